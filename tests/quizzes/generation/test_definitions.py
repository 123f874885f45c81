from collections import Counter

import pytest

from quizzes.generation.extractors import definitions
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


def _rendered(markdown):
    facts = facts_of(markdown, "definitions")
    return [card for index, fact in enumerate(facts) for card in definitions.render(fact, facts, index)]


def test_definition_cards_hide_the_term_and_borrow_sibling_distractors():
    cards = cards_of(GLOSSARY)
    mcqs = [c for c in cards if c.kind == "mcq"]
    assert len(mcqs) == 5
    for card in mcqs:
        assert len(card.choices) == 4 and card.answer in card.choices
        assert card.answer.lower() not in card.front.lower()
    reverse = [c for c in _rendered(GLOSSARY) if c.kind == "reverse"]
    assert {c.back for c in reverse} == {"Latency", "Bandwidth", "Jitter", "Throughput", "Packet loss"}


def test_no_fact_yields_more_than_three_cards():
    cards = cards_of(GLOSSARY)
    assert len(_rendered(GLOSSARY)) == 20, "four candidates per definition"
    assert max(Counter(c.note_key for c in cards).values()) == 3


@pytest.mark.parametrize(
    ("markdown", "front"),
    [
        ("## Kanban\n**board**: a wall or screen that shows every work item.", "In Kanban, what is a board?"),
        ("## Kanban\n**WIP limits**: caps on the work in each column.", "What are WIP limits?"),
        ("## Virtualization\n**Hypervisor**: a piece of software that runs VMs.", "What is Hypervisor?"),
        ("## Apps\n**Container engine**: a piece of software that runs containers.", "What is a container engine?"),
        ("## Nets\n**API**: an interface that programs call.", "What is an API?"),
        ("## Web\n**Mutation Observer**: watches the DOM for changes.", "What does Mutation Observer do?"),
        ("## Web\n**Closure**: capturing the scope of an outer function.", "What is meant by “Closure”?"),
        ("## Big O\n**Big O notation**: used to classify algorithms by growth.", "What is Big O notation?"),
    ],
)
def test_the_question_fits_the_shape_of_the_definition(markdown, front):
    assert [c.front for c in _rendered(markdown) if c.kind == "basic"] == [front]


def test_a_bold_label_is_not_a_term():
    assert _rendered("**NOTE**: browser support for this may vary a lot between vendors.") == []


def test_false_statements_swap_the_term_for_a_sibling():
    statements = [c for c in _rendered(GLOSSARY) if c.kind == "true_false"]
    false = [c for c in statements if c.answer == "False"]
    assert false, "expected some false statements"
    for card in false:
        assert " not " not in card.front
    assert 1 <= len(false) <= 4


def test_a_definition_that_states_a_purpose_is_asked_what_it_is_for():
    markdown = (
        "## Tracking Movement\n- **pos1 and pos2**: Calculate how far the mouse has moved since the last update\n"
    )
    cards = _rendered(markdown)
    basic = next(c for c in cards if c.kind == "basic")
    assert basic.front == "In Tracking Movement, what are pos1 and pos2 used for?"
    statement = next(c for c in cards if c.kind == "true_false")
    assert statement.front.startswith("True or false? pos1 and pos2 are used to calculate how far")


def test_a_definition_that_points_elsewhere_makes_no_card():
    assert _rendered("## CSS\n**Positioning context**: These values are relative to the nearest ancestor.") == []
    assert _rendered("## Drag\n**terrariumElement**: The specific plant element we're making draggable.") == []
