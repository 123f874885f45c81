"""Distractors that are the same kind of thing as the answer, and false.

A distractor is only fair when nothing but knowledge tells it apart: a number among numbers, a
command among commands, a capitalised name among capitalised names. `shape()` is that notion of
"the same kind", shared by the picker and by the card lint.
"""

import re

from quizzes.generation.seeds import seeded
from quizzes.generation.text import normalise
from quizzes.generation.writing.grammar import reads_as_name

_NUMBER = re.compile(r"^[~≈<>≤≥±+-]?\s*\d[\d.,_\s]*(?:%|[A-Za-zµ]{1,3})?$")
_CODE = re.compile(r"[(){}\[\]<>=/$|\\`;]|(?:^|\s)--?\w|\w\.\w|\w_\w|^\S+\s+[A-Z_]{3,}\b")
_IDENTIFIER = re.compile(r"^[a-z]+[A-Z0-9]\w*$")  # offsetLeft, pos1: names from code
_COMMAND = re.compile(r"^[a-z][\w.-]*(?:\s+\S+)+$")


def shape(text: str) -> str:
    """'number', 'code', 'sentence', or 'name'/'term' (capitalised or not) for words."""
    flat = text.strip()
    if _NUMBER.match(flat):
        return "number"
    if flat and not any(c.isalnum() for c in flat):
        return "code"  # "%", "&&", "+": a sign, whichever characters it is made of
    if _CODE.search(flat) or "\n" in flat or _IDENTIFIER.match(flat):
        return "code"
    if len(flat.split()) > 8:
        return "sentence"
    first = next((c for c in flat if c.isalpha()), "")
    return "name" if first.isupper() else "term"


def same_shape(answer: str, option: str, answer_is_command: bool = False) -> bool:
    if answer_is_command:
        return bool(_COMMAND.match(option.strip().split("\n")[0]))
    return shape(answer) == shape(option)


def match_case(correct: str, option: str) -> str:
    """A common noun takes the answer's initial case ('Container engine' among 'Hypervisor'), so
    the odd capital out does not give the answer away; names keep theirs."""
    if reads_as_name(option) or not correct[:1].isalpha() or not option[:1].isalpha():
        return option
    first = option[0].upper() if correct[0].isupper() else option[0].lower()
    return first + option[1:]


def honest_distractors(
    correct: str,
    pool: list[str],
    key: str,
    *,
    also_true: set[str] = frozenset(),
    command: bool = False,
    count: int = 3,
) -> list[str]:
    """`count` options of the answer's shape, none equal to it or to another true answer
    (`also_true`, normalised), nearest in length first; fewer when the pool has not enough."""
    banned = {_identity(correct), *also_true}
    chosen: list[str] = []
    for option in (match_case(correct, o) for o in pool):
        norm = _identity(option)
        if norm and norm not in banned and same_shape(correct, option, command):
            banned.add(norm)
            chosen.append(option)
    rng = seeded(key)
    rng.shuffle(chosen)
    # Options that end like the answer ('Bounce Rate' for 'Conversion Rate') first, so its head
    # word does not single it out; then nearest in length.
    head = _head(correct)
    chosen.sort(key=lambda o: (bool(head) and _head(o) != head, abs(len(o) - len(correct))))
    return chosen[:count]


def _head(option: str) -> str:
    """The last word of a phrase of words ('rate' of 'Conversion Rate'); '' for one word or code."""
    words = option.split()
    return words[-1].lower() if len(words) > 1 and all(w.isalpha() for w in words) else ""


def _identity(option: str) -> str:
    """An option's normalised form, or the sign itself ('%', '&&'), which normalising erases."""
    return normalise(option) or option.strip()
