from quizzes.generation.extractors import comparisons
from quizzes.generation.extractors.comparisons import swap
from quizzes.generation.writing.tables import agree_singular
from tests.quizzes.generation.helpers import cards_of, facts_of, written_cards

DOC = """## Virtual Machines Vs Containers
- **Storage space**
  - Virtual machines can take up a lot of storage space since they virtualize an entire machine.
  - Containers take up much less space than VMs, given that images are small.
- **Maintainability**
  - Each OS in every VM instance needs to be maintained separately.
  - For all the reasons above, containers are easier to maintain than VMs.
- **Boot time**
  - Virtual machines need minutes to boot a full operating system.
  - Containers start in about a second because they share a kernel.
"""


def test_aspects_with_one_bullet_per_subject_become_facts():
    facts = facts_of(DOC, "comparisons")
    assert [f.cue for f in facts] == ["Storage space", "Maintainability", "Boot time"]
    assert facts[0].fields["subjects"] == ["Virtual Machines", "Containers"]


def test_swapping_subjects_keeps_number_and_capitals():
    assert swap("Containers take up less space than VMs.", "Virtual Machines", "Containers") == (
        "Virtual machines take up less space than containers."
    )
    assert (
        swap("Each OS in every VM instance", "Virtual Machines", "Containers") == "Each OS in every container instance"
    )


def test_an_aspect_gets_a_two_choice_question_or_a_statement_never_both():
    cards = [c for c in cards_of(DOC) if c.kind in ("mcq", "true_false")]
    assert cards
    assert len({c.note_key for c in cards}) == len(cards)


def test_a_false_statement_is_a_swapped_contrast():
    storage = facts_of(DOC, "comparisons")[0]
    statements = [comparisons._statement_card(storage, side, i) for side in (0, 1) for i in range(4)]
    false = {c.front for c in statements if c and c.answer == "False"}
    # Each contradicts the containers' side: "Containers take up much less space than VMs".
    assert false == {
        "True or false? Virtual machines take up much less space than containers, given that images are small.",
        "True or false? Containers can take up a lot of storage space since they virtualize an entire machine.",
    }


def test_a_claim_that_may_hold_for_both_sides_is_not_contrasted():
    assert comparisons._contrasted("Containers", "Containers take up less space than VMs.", "VMs", "VMs are big.")
    assert comparisons._contrasted("TCP", "TCP needs a handshake first.", "UDP", "UDP sends without a connection.")
    # "more" and "compared to" set the subject against something else, not against the other side.
    assert not comparisons._contrasted(
        "VMs", "VMs improve security compared to bare metal.", "Containers", "Containers may leak."
    )
    assert not comparisons._contrasted("VMs", "VMs scale by adding more power.", "Containers", "Containers scale.")


def test_which_of_the_two_agrees_with_its_singular_subject():
    assert agree_singular("enable greater efficiency") == "enables greater efficiency"
    assert agree_singular("are easier to maintain") == "is easier to maintain"
    assert agree_singular("requires a handshake") == "requires a handshake"
    assert agree_singular("can be relocated") == "can be relocated"
    assert agree_singular("access the disk directly") == "accesses the disk directly"


def test_a_swap_that_would_not_contradict_the_document_makes_no_false_statement():
    # "Virtual machines need minutes to boot" swapped is not contrasted by the other side's text.
    statements = cards_of(DOC, "true_false")
    assert not any("Containers need minutes" in c.front for c in statements)


def test_which_of_the_two_questions_offer_both_subjects_and_hide_them_in_the_prompt():
    questions = [c for c in cards_of(DOC, "mcq") if "which of the two" in c.front.lower()]
    assert questions
    for card in questions:
        assert card.choices == ["Virtual Machines", "Containers"]
        assert "container" not in card.front.lower() and "vm" not in card.front.lower().split()


def test_subjects_are_guessed_without_a_vs_title():
    doc = DOC.replace("## Virtual Machines Vs Containers", "## Differences")
    facts = facts_of(doc, "comparisons")
    assert [s.lower() for s in facts[0].fields["subjects"]] == ["virtual machines", "containers"]


def test_sides_that_do_not_contrast_ask_how_the_comparing_side_compares():
    markdown = (
        "## Virtual Machines Vs Containers\n\n- **Performance**\n"
        "  - Virtual machines suit applications that need a full operating system.\n"
        "  - Containers enable greater server efficiency and reduced overhead over VMs.\n\n"
        "- **Maintainability**\n"
        "  - Each OS in every VM instance needs to be maintained separately.\n"
        "  - For all the reasons specified above, containers are easier to maintain than VMs.\n"
    )
    basics = {c.front: c.back for c in written_cards(markdown, "basic")}
    assert basics["How do containers compare with virtual machines in performance?"] == (
        "Containers enable greater server efficiency and reduced overhead over VMs."
    )
    maintained = basics["How do virtual machines and containers differ in maintainability?"]
    assert "above" not in maintained and "Containers: Containers are easier to maintain than VMs." in maintained


def test_the_difference_is_each_sides_claim_without_its_reasons():
    markdown = (
        "## Virtual Machines Vs Containers\n\n- **Storage space**\n"
        "  - Virtual machines can take up a lot of storage space since they virtualize an entire machine.\n"
        "  - Containers take up much less space than VMs, given that images are only a few megabytes.\n"
        "- **Scalability**\n"
        "  - Virtual machines can be scaled by adding more computing power, or by adding extra VMs.\n"
        "  - Containers offer near limitless scalability thanks to their instantaneous start-up time.\n"
        "- **Security**\n"
        "  - Virtual machines improve security in several ways when compared to systems on bare hardware.\n"
        "  - Given that all containers share the same hardware, an exploit in one container could escape.\n"
        "- **Software**\n"
        "  - _Hypervisor_: also known as a VMM, is a piece of software that creates and runs virtual machines.\n"
        "  - _Container engine_: a piece of software that accepts user requests and runs containers.\n"
    )
    basics = {c.front: c for c in written_cards(markdown, "basic") if c.front.startswith("How do")}
    storage = basics["How do virtual machines and containers differ in storage space?"]
    assert storage.back == (
        "Virtual Machines: Virtual machines can take up a lot of storage space.\n"
        "Containers: Containers take up much less space than VMs."
    )
    assert "given that images are only a few megabytes" in storage.explanation, "the reasons follow the answer"
    assert basics["How do virtual machines and containers differ in scalability?"].back == (
        "Virtual Machines: Virtual machines can be scaled by adding more computing power.\n"
        "Containers: Containers offer near limitless scalability."
    )
    assert basics["How do virtual machines and containers differ in security?"].back == (
        "Virtual Machines: Virtual machines improve security in several ways.\n"
        "Containers: An exploit in one container could escape."
    )
    assert basics["How do virtual machines and containers differ in software?"].back == (
        "Virtual Machines: Hypervisor\nContainers: Container engine"
    )


def test_a_list_in_a_claim_is_not_cut_at_its_commas():
    assert comparisons._gist("Containers enable greater efficiency, lower cost, and less overhead.", "VMs") == (
        "Containers enable greater efficiency, lower cost, and less overhead."
    )


def test_a_later_sentence_that_sets_one_side_against_the_other_is_the_comparison():
    markdown = (
        "## Virtual Machines Vs Containers\n\n- **Portability**\n"
        "  - Virtual machines can be relocated among the computers of a network. It copies a whole OS. "
        "As such, VMs are portable but take significantly longer than containers to move.\n"
        "  - With containers, applications can be built once and run on any host with an engine.\n"
        "- **Size**\n"
        "  - Virtual machines are large.\n  - Containers are small.\n"
    )
    [card] = [c for c in cards_of(markdown, "basic") if "portability" in c.front]
    assert card.front == "How do virtual machines compare with containers in portability?"
    assert card.back == "VMs are portable but take significantly longer than containers to move."
