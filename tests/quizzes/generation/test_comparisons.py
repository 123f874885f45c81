from quizzes.generation.extractors.comparisons import swap
from tests.quizzes.generation.helpers import cards_of, facts_of

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


def test_one_statement_per_aspect_and_a_false_one_is_a_swapped_contrast():
    statements = cards_of(DOC, "true_false")
    assert len({c.note_key for c in statements}) == len(statements)
    false = [c for c in statements if c.answer == "False"]
    assert [c.front for c in false] == [
        "True or false? Virtual machines take up much less space than containers, given that images are small."
    ]


def test_a_swap_that_would_not_contradict_the_document_makes_no_false_statement():
    # "Virtual machines need minutes to boot" swapped is not contrasted by the other side's text.
    statements = cards_of(DOC, "true_false")
    assert not any("Containers need minutes" in c.front for c in statements)


def test_which_of_the_two_questions_offer_both_subjects_and_hide_them_in_the_prompt():
    questions = [c for c in cards_of(DOC, "mcq") if "which of the two" in c.front]
    assert questions
    for card in questions:
        assert card.choices == ["Virtual Machines", "Containers"]
        assert "container" not in card.front.lower() and "vm" not in card.front.lower().split()


def test_subjects_are_guessed_without_a_vs_title():
    doc = DOC.replace("## Virtual Machines Vs Containers", "## Differences")
    facts = facts_of(doc, "comparisons")
    assert [s.lower() for s in facts[0].fields["subjects"]] == ["virtual machines", "containers"]
