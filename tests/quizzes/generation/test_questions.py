"""A heading that asks a question, answered by the paragraph under it, is asked as written."""

import pytest

from quizzes.generation import generate
from tests.quizzes.generation.helpers import cards_of, facts_of

NOTES = """# JavaScript interview notes

## What is a closure?

A closure is the combination of a function bundled together with references to its surrounding state
(the lexical environment). It gives a function access to an outer scope.

## What is hoisting

Hoisting is JavaScript's default behavior of moving declarations to the top of the current scope.

## How do you clone an object?

Use `structuredClone(obj)` for a deep copy, or the spread syntax `{...obj}` for a shallow copy.
"""


def test_the_author_question_is_the_prompt_and_the_opening_sentence_the_answer():
    fronts = {c.front: c.back for c in cards_of(NOTES)}
    assert fronts["What is hoisting?"] == (
        "Hoisting is JavaScript's default behavior of moving declarations to the top of the current scope."
    )
    assert fronts["How do you clone an object?"].startswith("Use structuredClone(obj) for a deep copy")
    closure = next(back for front, back in fronts.items() if front.endswith("what is a closure?"))
    assert closure.startswith("A closure is the combination of a function") and "outer scope" not in closure


def test_the_answered_paragraph_is_not_asked_a_second_time():
    bank = generate(NOTES, deck="js")
    closure_cards = [c for c in bank.cards if "closure" in c.front.lower()]
    assert len(closure_cards) == 1
    assert bank.accounted_blocks() == bank.blocks


@pytest.mark.parametrize(
    "markdown",
    [
        # A question that only leads into a table or list.
        "# Events\n\n## Why use pointer events?\n\nThey beat click events for these important reasons:\n\n- touch\n",
        # A title that names a function, not a question.
        "# Bits\n\n## Is Power of Two\n\nThis method checks whether the number provided is a power of two.\n",
        # A claim written as a title.
        "# Drag\n\n## Why Closures Are Perfect for Dragging\n\nEach plant needs to remember its own position.\n",
        # The lesson talking to its reader.
        "# Random\n\n## What is weighted random?\n\nLet's say you have a list of items and want to pick one.\n",
        # A question about something named elsewhere.
        "# Kanban\n\n## How does it work?\n\nCards move across the board from left to right as work progresses.\n",
    ],
)
def test_questions_that_do_not_ask_on_their_own_are_not_asked(markdown):
    assert facts_of(markdown, "questions") == []


def test_a_question_without_its_subject_gets_the_topic():
    markdown = (
        "# Kanban\n\n## Why does the order matter?\n\n"
        "Work items are pulled in priority order so the team finishes first things first.\n"
    )
    [card] = [c for c in cards_of(markdown) if c.note_key and "order matter" in c.front]
    assert card.front == "In Kanban, why does the order matter?"


def test_an_answer_defining_only_part_of_the_asked_subject_is_not_asked():
    markdown = (
        "# Networking\n\n## What is encryption at rest and in transit?\n\n"
        "Encryption is the process of converting data into a secure format to protect it from tampering.\n\n"
        "## What are port numbers?\n\n"
        "In networking, a port number is a numeric identifier used to tell apart the services on one device.\n"
    )
    questions = [f.fields["question"] for f in facts_of(markdown, "questions")]
    assert questions == ["What are port numbers?"]
