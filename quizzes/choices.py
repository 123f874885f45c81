"""How an auto-graded question's choices are put in front of a learner.

Each presentation of a multiple-choice card gets its own fair shuffle (Fisher-Yates through
random.shuffle), because generated choices keep the right answer where the generator put it
(first in 40% of 4-choice questions). Answers are graded by value, so an order is never stored
for study; a quiz stores the order it presented, so a retried answer means the same choice.

True/false keeps True, False: both words are always there, so their order tells nothing about
the answer (whether a statement is true is the generator's balance to keep), and a fixed order
spares learners a mis-tap on a swapped pair.
"""

import hashlib
import random

from quizzes.generation.text import normalise

# A deck of terms alone is quizzed on its terms, each with three sibling terms as options.
TERM_OPTIONS = 4
# A term longer than this (or on several lines) makes no option: it is a sentence, not a name.
MAX_TERM_CHARS = 80

_rng = random.SystemRandom()  # no shared seed to reason about across threads and processes


def presented_choices(*, kind: str, choices: list[str], rng: random.Random | None = None) -> list[str]:
    """The choices in the order to show them this time; empty for self-graded kinds."""
    if kind == "true_false":
        return sorted(choices, key=lambda choice: normalise(choice) != "true")
    if kind != "mcq":
        return []
    shuffled = list(choices)
    (rng or _rng).shuffle(shuffled)
    return shuffled


def choice_key(choice: str) -> str:
    """A short name for a choice's text, for a button that must say which choice it is whatever
    order it was shown in (Telegram's callback data is at most 64 bytes, too short for the text)."""
    return hashlib.blake2b(choice.encode(), digest_size=4).hexdigest()


def choice_named(choices: list[str], key: str) -> str | None:
    return next((choice for choice in choices if choice_key(choice) == key), None)
