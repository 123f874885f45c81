"""A prose cloze must stand alone and blank the thing its sentence teaches: no table row or
reference link read as prose, no "the object" met elsewhere, no half-sentence bullet, and no
blank on a verb phrase, a passive participle, a label run into its sentence, the head a name
before it predicts, or what "not just …" plays down."""

import pytest

from quizzes.generation.language import (
    among_adjectives,
    bare_order,
    in_a_purpose_clause,
    kind_after_its_name,
    leans_on_a_referent,
    markup_residue,
    only_a_relative_verb,
    opens_with_a_verb,
    passive_participle,
    played_down,
    spells_its_answer,
)
from tests.quizzes.generation.helpers import cards_of


def answers(markdown: str) -> list[str]:
    return [c.back for c in cards_of(markdown, "cloze")]


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("If there is no error, the object is null.", True),
        ("A callback is a function passed to another function and executed when the event happens.", True),
        ("The event loop runs callbacks once the call stack is empty.", False),
        ("The value of an expression is computed before the call.", False),
        ("A promise resolves to an object, and the object is frozen.", False),
        ("The result is that the tree is roughly height-balanced.", False),
        ("In k-Means classification, the output is a set of classes assigned to each vector.", False),
        ("Using the right HTML for the right control is called making use of Semantic HTML.", False),
    ],
)
def test_a_kind_named_only_by_the_leans_on_an_earlier_sentence(sentence, leans):
    assert leans_on_a_referent(sentence) is leans


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("Galvanic cells that generate electricity from spontaneous reactions", True),
        ("Standard potentials that quantify reduction tendencies", True),
        ("Electrolytic cells that use electricity to drive non-spontaneous reactions", True),
        ("Anything that goes into an if needs to evaluate to true or false.", False),
        ("Models that overfit perform poorly on new data.", False),
    ],
)
def test_a_bullet_whose_only_verb_is_relative_is_a_fragment(sentence, fragment):
    assert only_a_relative_verb(sentence) is fragment


def test_shapes_of_a_blank_that_is_no_term():
    assert opens_with_a_verb("are ints") and not opens_with_a_verb("integer literals")
    assert passive_participle("back-ported", "a new way that was later ")
    assert not passive_participle("undefined", "the variable is ")  # a value, not a verb
    assert played_down("Callbacks are used everywhere, not just in ")
    assert markup_residue("you can use the built-in [oct()][oct] function")
    assert markup_residue("10 9 * * 5 | At 9:10AM of every Friday | | 0 0 * * 0 |")
    assert not markup_residue("An array [a, b] holds two values.")


def test_clozes_of_these_shapes_are_not_made():
    octal = "## Octal\n\nAs with binary, octal numbers **are ints** and support all operations.\n"
    assert "are ints" not in answers(octal)
    history = "## Formatting\n\nPython 3 added a formatting method that was later back-ported to Python 2.7.\n"
    assert answers(history) == []
    assert answers("## Callbacks\n\nCallbacks are used everywhere, not just in DOM events.\n") == []
    git = "## Jekyll\n\nIn Jekyll, all content and site structure are plain files that a Git repository can version.\n"
    assert "repository" not in answers(git)
    label = "## Heuristics\n\n- **User control and freedom** User makes mistakes and should be able to correct them.\n"
    assert answers(label) == []


def test_a_cloze_of_a_whole_claim_is_still_made():
    markdown = (
        "## Browsers\n\nIn normal browsers, web pages usually run in a sandboxed environment without native access.\n"
    )
    assert answers(markdown) == ["sandboxed"]


def test_a_blank_in_the_purpose_of_an_instruction_or_on_a_names_kind_is_no_fact():
    sentence = "To trigger workflows for more activity types, use the types keyword."
    assert in_a_purpose_clause("workflows", sentence)
    assert not in_a_purpose_clause("types", sentence)  # the means is the fact
    assert not in_a_purpose_clause("hashing", "To be sure, hashing is slow.")
    assert kind_after_its_name("keyword", "To trigger workflows, use the types ")
    assert not kind_after_its_name("keyword", "Python reserves each ")
    assert answers("## PR events\n\n" + sentence + "\n") == []


def test_half_a_possessive_phrase_is_no_blank():
    markdown = (
        "## Type Checker\n\nWhereas linters traditionally operate only on a single file's or snippet's AST at a "
        "time, type checkers understand cross-file dependencies and types.\n"
    )
    assert "snippet's AST" not in answers(markdown)


def test_a_front_that_spells_its_answer_inside_another_word_gives_it_away():
    assert spells_its_answer("In ESLint, global declarations inform _____ rules.", "lint")
    assert not spells_its_answer("In JavaScript, anything that goes into a(n) _____ needs to evaluate.", "if")
    assert not spells_its_answer("In the LRU cache, get() and set() must each run in _____ time.", "O(1)")


@pytest.mark.parametrize(
    ("sentence", "order"),
    [
        ("Limit to Pull Requests which target master.", True),
        ("Click on the button to save.", True),
        ("Access to the file is restricted to admins.", False),
        ("Support for ES modules was added in Node 12.", False),
    ],
)
def test_a_base_verb_and_a_preposition_with_no_verb_after_is_an_order(sentence, order):
    assert bare_order(sentence) is order


def test_a_choice_judged_without_saying_of_what_leans_on_the_text_before():
    assert leans_on_a_referent("As with binary, giving the wrong base will raise a ValueError.")


def test_one_qualifier_in_a_row_of_adjectives_is_no_blank():
    assert among_adjectives("The challenge of individual, ", " decision trees is that …")
    assert not among_adjectives("colours such as red, ", " and blue")
    assert not among_adjectives("web pages run in a ", " environment")
