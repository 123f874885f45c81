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


def test_each_item_gets_a_cloze_card():
    cards = cards_of("Kinds of storage:\n- Block\n- File\n- Object\n", "cloze")
    assert sorted(c.back for c in cards) == ["Block", "File", "Object"]
    assert all("_____" in c.front for c in cards)
