"""The values that flow out of generation: facts (notes) and card drafts.

Also the small, deterministic helpers every renderer shares: stable keys,
seeded option shuffles and distractor choice. Regenerating a document must give
the same bank, so nothing here reads the clock or a global random source.
"""

import hashlib
from dataclasses import dataclass, field

from quizzes.generation.seeds import seeded, stable_key
from quizzes.generation.text import normalise
from quizzes.generation.writing.distractors import honest_distractors

__all__ = ["CardDraft", "Fact", "alternate", "mcq", "note_key", "seeded", "stable_key", "true_false"]

MAX_FRONT = 900
MAX_BACK = 1200


@dataclass
class Fact:
    extractor: str
    section: tuple[str, ...]
    cue: str
    group: str
    fields: dict
    key: str = ""
    blocks: tuple[int, ...] = ()  # ids of the blocks it was read from (not part of its identity)

    @property
    def section_label(self) -> str:
        return " › ".join(self.section)


@dataclass
class CardDraft:
    key: str
    kind: str  # basic | reverse | cloze | mcq | true_false
    front: str
    back: str
    choices: list[str] = field(default_factory=list)
    answer: str = ""
    explanation: str = ""
    note_key: str = ""
    section: str = ""

    def content_hash(self) -> str:
        payload = "\x1f".join([self.kind, self.front, self.back, "\x1e".join(self.choices), self.answer])
        return hashlib.sha256((payload + "\x1f" + self.explanation).encode()).hexdigest()

    def is_well_formed(self) -> bool:
        return self.malformation() is None

    def malformation(self) -> str | None:
        """Why the card cannot be shown at all (empty, too long for a chat message, an answer not
        among distinct choices), or None. Whether the question gives its answer away is the card
        lint's call (`lint.py`), which knows when a prompt offers its answer as a choice on purpose."""
        if not self.front.strip():
            return "card without a question"
        if len(self.front) > MAX_FRONT or len(self.back) > MAX_BACK:
            return "card too long for a chat message"
        if self.kind == "mcq" and (self.answer not in self.choices or len(set(self.choices)) != len(self.choices)):
            return "multiple choice without its answer among distinct options"
        return None


def note_key(deck: str, fact: Fact) -> str:
    """Derived only from what and where the fact is: survives re-imports and reordering."""
    path = "/".join(normalise(p) for p in fact.section)
    return stable_key(deck, path, fact.extractor, normalise(fact.cue))


def mcq(
    key: str,
    question: str,
    correct: str,
    pool: list[str],
    *,
    also_true: set[str] = frozenset(),
    command: bool = False,
    **extra,
) -> CardDraft | None:
    """Four options, or no card: without three honest distractors (same shape as the answer,
    never another true answer) a multiple choice question only teaches guessing."""
    distractors = honest_distractors(correct, pool, key, also_true=also_true, command=command)
    if len(distractors) < 3:
        return None
    options = [correct, *distractors]
    seeded(key[::-1]).shuffle(options)
    return CardDraft(key=key, kind="mcq", front=question, back=correct, choices=options, answer=correct, **extra)


def true_false(key: str, statement: str, truth: bool, **extra) -> CardDraft:
    answer = "True" if truth else "False"
    return CardDraft(
        key=key,
        kind="true_false",
        front=f"True or false? {statement}",
        back=answer,
        choices=["True", "False"],
        answer=answer,
        **extra,
    )


def alternate(index: int, key: str) -> bool:
    """True/False balance across a run of siblings (`index` counts facts of one group, `key` names
    the group), starting at a key-dependent phase so one-fact groups are not all true."""
    return (index + seeded(key).randrange(2)) % 2 == 0
