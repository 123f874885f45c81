import pytest

from tests.quizzes.generation.helpers import cards_of, facts_of


@pytest.mark.parametrize(
    ("markdown", "term", "aliases", "definition"),
    [
        (
            "A **container** is defined as a standard unit of software that packages code.",
            "container",
            [],
            "a standard unit of software that packages code",
        ),
        (
            "A **virtual machine** (VM) is a computer file that behaves like another computer.",
            "virtual machine",
            ["VM"],
            "a computer file that behaves like another computer",
        ),
        (
            "- _Hypervisor_: also known as a _virtual machine monitor_ (VMM), is a piece of software that runs VMs.",
            "Hypervisor",
            ["virtual machine monitor", "VMM"],
            "a piece of software that runs VMs",
        ),
        (
            "**Docker Hub**: a hosted registry service for sharing container images.",
            "Docker Hub",
            [],
            "a hosted registry service for sharing container images",
        ),
        (
            "The mechanism is called _Containerization_, and it is defined as a form of OS-level virtualization.",
            "Containerization",
            [],
            "a form of OS-level virtualization",
        ),
        (
            "Not to be confused with a _container runtime_, which is a low-level component of the engine.",
            "container runtime",
            [],
            "a low-level component of the engine",
        ),
    ],
)
def test_it_finds_defined_terms_with_aliases(markdown, term, aliases, definition):
    [fact] = [f for f in facts_of(markdown, "definitions") if f.fields["type"] == "definition"]
    assert fact.fields["term"] == term
    assert fact.fields["aliases"] == aliases
    assert fact.fields["definition"] == definition


def test_a_section_opening_with_its_title_defines_it():
    [fact] = facts_of(
        "## Docker Engine\nThe Docker Engine is an open source containerization technology.\n", "definitions"
    )
    assert fact.cue == "Docker Engine"


def test_abbreviation_expansions_become_facts():
    [fact] = facts_of("It works thanks to **WSL 2** (Windows Subsystem for Linux, version 2).", "definitions")
    assert fact.fields == {
        "term": "WSL 2",
        "aliases": [],
        "definition": "Windows Subsystem for Linux, version 2",
        "type": "abbreviation",
    }


def test_plain_emphasis_is_not_a_definition():
    assert facts_of("This is **really** important for everyone to know.", "definitions") == []


GLOSSARY = "\n\n".join(
    f"**{term}**: {definition}."
    for term, definition in [
        ("Latency", "the time a message takes to travel between two hosts"),
        ("Bandwidth", "the amount of data a link carries in one second"),
        ("Jitter", "the variation in latency between consecutive packets"),
        ("Throughput", "the rate of useful data actually delivered over a link"),
        ("Packet loss", "the share of packets that never reach their destination"),
    ]
)


def test_definition_cards_hide_the_term_and_borrow_sibling_distractors():
    cards = cards_of(GLOSSARY)
    mcqs = [c for c in cards if c.kind == "mcq"]
    assert len(mcqs) == 5
    for card in mcqs:
        assert len(card.choices) == 4 and card.answer in card.choices
        assert card.answer.lower() not in card.front.lower()
    reverse = [c for c in cards if c.kind == "reverse"]
    assert {c.back for c in reverse} == {"Latency", "Bandwidth", "Jitter", "Throughput", "Packet loss"}


def test_false_statements_swap_the_term_for_a_sibling():
    statements = [c for c in cards_of(GLOSSARY) if c.kind == "true_false"]
    false = [c for c in statements if c.answer == "False"]
    assert false, "expected some false statements"
    for card in false:
        assert " not " not in card.front
    assert 1 <= len(false) <= 4
