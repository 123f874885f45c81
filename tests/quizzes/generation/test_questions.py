"""A heading that asks a question, answered by the paragraph under it, is asked as written."""

import pytest

from quizzes.generation import generate
from quizzes.generation.parsing import parse
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
    # Every question names its subject, the rare words of "What is hoisting?" are no subject to a learner.
    # The answer says what it is, without the subject the question already names (sets E, session 23)
    assert fronts["In JavaScript, what is hoisting?"] == (
        "JavaScript's default behavior of moving declarations to the top of the current scope."
    )
    assert fronts["In JavaScript, how do you clone an object?"].startswith("Use structuredClone(obj) for a deep copy")
    closure = next(back for front, back in fronts.items() if front.endswith("what is a closure?"))
    assert closure.startswith("The combination of a function") and "outer scope" not in closure


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


@pytest.mark.parametrize("label", ["Q.", "Q:", "Q1.", "Q12:", "Question:", "Question 3:"])
def test_an_interview_label_is_no_part_of_the_question(label):
    markdown = (
        f"# Statistics\n\n## {label} What is the mode of a distribution?\n\n"
        "The mode of a distribution is the most commonly occurring value in it.\n"
    )
    [fact] = facts_of(markdown, "questions")
    assert fact.fields["question"] == "What is the mode of a distribution?"
    assert all("Q" not in part[:2] for part in fact.section)


@pytest.mark.parametrize("heading", ["Q&A", "Quota: limits", "Queues: what they are"])
def test_words_that_start_with_q_are_not_labels(heading):
    markdown = f"# Notes\n\n## {heading}\n\nA queue holds items in the order they arrive for later work.\n"
    assert parse(markdown).sections[-1].title == heading


def test_a_long_subject_may_be_answered_without_one_of_its_words():
    markdown = (
        "# Statistics\n\n## What are the five-number summary statistics of a distribution?\n\n"
        "The five-number summary of a distribution consists of the median, the two quartiles and the extremes.\n\n"
        "## What is a box-plot?\n\n"
        "The boxplot graphically represents the distribution of a quantitative variable by its five-number summary.\n"
    )
    questions = [f.fields["question"] for f in facts_of(markdown, "questions")]
    assert questions == ["What are the five-number summary statistics of a distribution?", "What is a box-plot?"]


@pytest.mark.parametrize(
    "heading, answer",
    [
        # the term asked about comes last: a definition read backwards
        (
            "How does the Polling Agent monitor cloud usage?",
            "A processing module that gathers usage data by polling IT resources is called a polling agent.",
        ),
        # what the thing is, not how it happens
        (
            "How does Resource Replication take place in Cloud Computing?",
            "Resource Replication is the creation of multiple instances of the same IT resource.",
        ),
    ],
)
def test_a_definition_does_not_answer_how_or_why(heading, answer):
    assert facts_of(f"# Cloud\n\n## {heading}\n\n{answer}\n", "questions") == []


@pytest.mark.parametrize(
    "heading, answer",
    [
        (
            "Why does Simpson's Paradox occur?",
            "Simpson's Paradox occurs because a third variable affects both variables.",
        ),
        ("How does a hash table find a key?", "It hashes the key into a bucket index, which is a slot in the array."),
        ("How does the CPU fetch instructions?", "The CPU reads memory at the address that is the program counter."),
    ],
)
def test_an_answer_that_says_how_or_why_is_asked(heading, answer):
    assert [f.fields["question"] for f in facts_of(f"# Notes\n\n## {heading}\n\n{answer}\n", "questions")] == [heading]


FAQ = """# Sourdough FAQ

## At which temperature should I store my starter?

The temperature decides how long it takes until the starter is ready. If you can wait a week, keep
it in the kitchen. A temperature of around 18-25 degrees Celsius is advised.

## How long should I wait before the bake?

While resting the dough should grow by another 20-30% in size. Leave it for at least 1 hour.

## What is the best temperature to bake the bread?

A temperature of around 230 degrees Celsius gives a nice crust and a fluffy inside.

## I forgot the timer, when is my bread ready?

The moment the crust is turning nice and brown.
"""


def test_a_faq_in_the_readers_voice_is_asked_in_the_learners_and_answered_by_the_amount_it_asks():
    fronts = {c.front: c.back for c in cards_of(FAQ)}
    stored = next(
        back for front, back in fronts.items() if front.endswith("at which temperature should you store your starter?")
    )
    assert stored == "A temperature of around 18-25 degrees Celsius is advised."
    # "20-30% in size" is no time: the sentence that says how long answers "How long …?"
    asked = {front.split(", ", 1)[-1]: back for front, back in fronts.items()}  # each names the FAQ's subject
    assert asked["how long should you wait before the bake?"] == "Leave it for at least 1 hour."
    # The judgement "best" is asked, not repeated, by the answer.
    assert asked["what is the best temperature to bake the bread?"].startswith("A temperature of around 230")
    # A story before the question ("I forgot the timer, …") is not asked.
    assert not any(front.startswith(("You forgot", "I forgot")) for front in fronts)
