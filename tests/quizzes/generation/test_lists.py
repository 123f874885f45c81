import pytest

from quizzes.generation.extractors.lists import _split_outside_parens
from tests.quizzes.generation.helpers import cards_of, facts_of


def test_enumeration_after_a_lead_in_drops_filler_items():
    markdown = (
        "There are many different types of virtualization:\n- Hardware;\n- Network;\n- Storage;\n- ... and others.\n"
    )
    [fact] = facts_of(markdown, "lists")
    assert fact.fields["label"] == "types of virtualization"
    assert fact.fields["items"] == ["Hardware", "Network", "Storage"]


def test_inline_example_lists():
    markdown = (
        "Two of the most popular hypervisors are the Oracle Virtual Box and VMware. "
        'Popular container engines include Docker, RKT ("Rocket") from RedHat, and LXD (Linux Containers).'
    )
    facts = {f.fields["label"]: f.fields["items"] for f in facts_of(markdown, "lists")}
    assert facts == {
        "popular hypervisors": ["Oracle Virtual Box", "VMware"],
        "popular container engines": ["Docker", 'RKT ("Rocket") from RedHat', "LXD (Linux Containers)"],
    }


def test_splitting_keeps_parentheses_whole():
    assert _split_outside_parens("A (x, y), B and C") == ["A (x, y)", "B", "C"]


def test_a_list_is_recalled_whole_not_blanked_item_by_item():
    cards = cards_of("## Storage\nKinds of storage:\n- Block\n- File\n- Object\n")
    assert [(c.kind, c.front, c.back) for c in cards] == [
        ("basic", "Name the 3 kinds of storage.", "Block; File; Object")
    ]


def test_membership_questions_take_distractors_only_from_lists_of_the_same_kind_of_thing():
    markdown = (
        "## Tools\nPopular hypervisors include VirtualBox, VMware and Hyper-V. "
        "Popular container engines include Docker, Podman, LXD and CRI-O. "
        "Popular orchestration engines include Kubernetes, Nomad and Swarm."
    )
    mcqs = cards_of(markdown, "mcq")
    hypervisors = {"VirtualBox", "VMware", "Hyper-V"}
    assert not any(c.answer in hypervisors for c in mcqs), "no other list of hypervisors to borrow from"
    for card in mcqs:
        engines = {"Docker", "Podman", "LXD", "CRI-O", "Kubernetes", "Nomad", "Swarm"}
        assert set(card.choices) <= engines and not set(card.choices) & hypervisors


def _recall_cards(markdown):
    return [c for c in cards_of(markdown, "basic") if "name" in c.front.lower()]


def test_the_variables_of_an_example_are_not_a_list_to_recall():
    markdown = "## Drag\n\nThe position tracking system:\n\n- pos1 and pos2\n- pos3 and pos4\n- terrariumElement\n"
    assert _recall_cards(markdown) == []


def test_the_actions_of_a_walkthrough_are_not_a_list_to_recall():
    for items in ("- Build\n- Create\n- Measure\n- Explore\n", "- Add visual feedback\n- Implement boundaries\n"):
        assert _recall_cards(f"## Extensions\n\nCreative extensions:\n\n{items}") == [], items


def test_links_are_not_a_list_to_recall():
    markdown = "## Author\n\nMore projects by the author:\n\n- yesbrainer.ai\n- okso.app\n- trekhleb.dev\n"
    assert _recall_cards(markdown) == []


def test_terms_each_explained_in_the_list_are_asked_one_by_one_not_named_together():
    markdown = (
        "## Offsets\n\nKey insights about offset properties:\n\n"
        "- **Positioning context**: values are relative to the nearest positioned ancestor\n"
        "- **Real-time updates**: the value changes as soon as the style changes\n"
    )
    assert _recall_cards(markdown) == []


def test_names_that_open_with_a_verb_like_word_are_still_a_list():
    markdown = "## Virtualization\n\nThere are many types of virtualization:\n\n- Network Virtualization\n- Storage\n"
    assert [c.back for c in _recall_cards(markdown)] == ["Network Virtualization; Storage"]


def test_a_role_lead_in_names_the_list_by_its_section():
    markdown = "# Teams\n\n## Kanban\n\nBenefits:\n\n- Visible work\n- Less multitasking\n- Faster feedback\n"
    assert [c.front for c in _recall_cards(markdown)] == ["Name the 3 benefits of Kanban."]


def test_a_counted_lead_in_names_what_the_list_is_of():
    markdown = "## Flowers\n\nA flower consists of four parts:\n\n- Petal\n- Sepal\n- Stamen\n- Pistil\n"
    [card] = _recall_cards(markdown)
    # "In Flowers, name the 4 parts of a flower." named its topic twice
    assert card.front == "Name the 4 parts of a flower." and card.back == "Petal; Sepal; Stamen; Pistil"


def test_steps_in_order_are_a_sequence_not_a_list_to_name():
    markdown = "## Mitosis\n\nMitosis has four phases:\n\n1. Prophase\n2. Metaphase\n3. Anaphase\n4. Telophase\n"
    assert facts_of(markdown, "lists") == []
    [order] = [c for c in cards_of(markdown) if c.key.endswith(":order")]
    assert order.front.startswith("Phases of mitosis — put these in order:")


def test_a_lead_in_naming_its_members_asks_for_them_by_name():
    markdown = (
        "## Git\n\nCommon branching strategies include:\n\n- Git Flow\n- GitHub Flow\n- Trunk-based development\n"
    )
    [card] = _recall_cards(markdown)
    # "include": these are some of the strategies, so any three answer
    assert card.front.endswith("ame 3 common branching strategies.")
    clause = "## Git\n\nThe tools we use every day are:\n\n- Git\n- Make\n- Docker\n"
    assert all("name the" not in c.front.lower() or "tools we use" in c.front for c in _recall_cards(clause))


def test_names_in_capitals_are_not_actions():
    markdown = "## Web\n\nHTTP defines several methods:\n\n- GET\n- POST\n- PUT\n- DELETE\n"
    [card] = _recall_cards(markdown)
    # "several methods": HTTP has more than these four
    assert card.front.endswith("name 4 methods of HTTP.") and card.back == "GET; POST; PUT; DELETE"


def test_a_list_of_things_to_do_is_not_named():
    markdown = "## CSS\n\nTake a little time and make the page look better:\n\n- Choose a font\n- Colorize headers\n"
    assert [c for c in cards_of(markdown) if c.note_key.startswith("lists")] == []


def test_a_lead_in_with_its_own_verb_names_the_list_without_it():
    markdown = (
        "# Docker\n\n## Components\n\nThe main components of Docker are:\n\n- Docker Engine\n- Docker Hub\n"
        "- Docker Compose\n"
    )
    [card] = _recall_cards(markdown)
    # "In Docker components, name the 3 components of Docker are." before
    assert card.front == "Name the 3 components of Docker."


@pytest.mark.parametrize(
    "lead, items",
    [
        ("There are many different types of virtualization:", "- Hardware\n- Network\n- Storage\n"),
        ("Types of virtualization include:", "- Hardware\n- Network\n- Storage\n"),
        ("Types of virtualization:", "- Hardware\n- Network\n- Storage\n- ... and others.\n"),
        ("Types of virtualization:", "- Hardware\n- Network\n- Storage\n- etc.\n"),
        ("Some of the types of virtualization are:", "- Hardware\n- Network\n- Storage\n"),
        ("Types of virtualization, among others:", "- Hardware\n- Network\n- Storage\n"),
    ],
)
def test_a_list_the_author_leaves_open_is_not_asked_as_all_there_is(lead, items):
    [card] = _recall_cards(f"## Virtualization\n\n{lead}\n\n{items}")
    assert card.front == "Name 3 types of virtualization." and card.back == "Hardware; Network; Storage"


def test_a_closed_lead_in_keeps_the_count_as_the_whole():
    markdown = "## Virtualization\n\nThe three types of virtualization are:\n\n- Hardware\n- Network\n- Storage\n"
    [card] = _recall_cards(markdown)
    assert card.front == "Name the 3 types of virtualization."


@pytest.mark.parametrize(
    "lead, front",
    [
        ("The advantages of Kanban are:", "Name the 3 advantages of Kanban."),
        ("Some advantages of Kanban are:", "Name 3 advantages of Kanban."),
        ("Kanban has several benefits:", "Name 3 benefits of Kanban."),
        ("A few benefits:", "Name 3 benefits of Kanban."),
    ],
)
def test_a_role_lead_in_drops_its_article_verb_and_quantifier_but_stays_open(lead, front):
    markdown = f"# Teams\n\n## Kanban\n\n{lead}\n\n- Visible work\n- Less multitasking\n- Faster feedback\n"
    assert [c.front for c in _recall_cards(markdown)] == [front]


def test_a_members_lead_in_with_a_quantifier_or_a_participle_names_its_members():
    for lead, front in (
        ("Popular programming languages are:", "name 3 popular programming languages."),
        ("Several famous composers are:", "name 3 famous composers."),
        ("The supported browsers are:", "name the 3 supported browsers."),
    ):
        markdown = f"## Things\n\n{lead}\n\n- Sublime Text\n- Visual Basic\n- Emacs Lisp\n"
        assert [c.front.split(", ", 1)[-1] for c in _recall_cards(markdown)] == [front], lead


def test_a_bold_term_over_its_properties_is_no_list_of_members_and_an_outline_number_no_word():
    markdown = (
        "## 3.2 Components of Galvanic Cells\n\n**Anode:**\n- Electrode where oxidation occurs\n"
        "- Negative terminal in galvanic cells\n- Electrons flow from the anode\n\n"
        "## 9.1 Overpotential\n\nSome words about it here.\n\n**Kinds of overpotential:**\n"
        "- Activation overpotential\n- Concentration overpotential\n- Resistance overpotential\n"
    )
    fronts = [c.front for c in cards_of(markdown)]
    assert not any("Galvanic" in f or "Electrode where" in f for f in fronts)
    assert not any("9.1" in f or "3.2" in f for f in fronts)


def test_a_plural_label_names_the_members_and_a_condition_lead_in_lists_none():
    markdown = (
        "## Corrosion\n\nMetals rust in water.\n\n**Protection Methods:**\n- Galvanization\n- Cathodic protection\n"
        "- Coating with paint\n\n## Spontaneity\n\nA redox reaction is spontaneous when:\n- E°cell > 0\n- ΔG° < 0\n"
    )
    fronts = [c.front for c in cards_of(markdown)]
    assert any(f.endswith("name the 3 protection methods.") or f == "Name the 3 protection methods." for f in fronts)
    assert not any("spontaneous when" in f for f in fronts)


def test_a_bare_plural_lead_in_names_the_kinds_of_its_heading():
    markdown = (
        "## 9.1 Overpotential\n\nThe extra voltage a reaction needs.\n\n**Types:**\n"
        "- Activation overpotential\n- Concentration overpotential\n- Resistance overpotential\n"
    )
    assert "Name the 3 types of overpotential." in [c.front for c in cards_of(markdown)]


def test_an_outline_label_with_a_count_names_its_sub_bullets():
    from tests.quizzes.generation.helpers import cards_of

    outline = (
        "# Tactics of the Empire\n\n"
        "* Three main tactics\n  * Siege warfare\n    * Very slow\n  * Naval blockade\n  * Scorched earth\n"
        "* Why the tactics failed\n  * The rebels knew the hills\n  * Supply lines were long\n"
        "* Trees\n  * Depth-first search\n  * Breadth-first search\n"
    )
    cards = {c.front: c.back for c in cards_of(outline)}
    assert cards["Name the 3 main tactics of the Empire."] == "Siege warfare; Naval blockade; Scorched earth"
    assert not any("failed" in front or "trees" in front.lower() for front in cards), cards
