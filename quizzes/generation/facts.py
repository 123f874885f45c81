"""The values that flow out of generation: facts (notes) and card drafts.

Also the small, deterministic helpers every renderer shares: stable keys,
seeded option shuffles and distractor choice. Regenerating a document must give
the same bank, so nothing here reads the clock or a global random source.
"""

import hashlib
import random
from dataclasses import dataclass, field

from quizzes.generation.text import contains_word, normalise

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
        """Short enough for a chat message, and the answer is not given away by the question."""
        if not self.front.strip() or len(self.front) > MAX_FRONT or len(self.back) > MAX_BACK:
            return False
        if self.kind in ("basic", "reverse", "cloze") and len(self.back) <= 80:
            return not contains_word(self.front, self.back)
        if self.kind == "mcq":
            return (
                self.answer in self.choices
                and len(set(self.choices)) == len(self.choices)
                and not contains_word(self.front, self.answer)
            )
        return True


def stable_key(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


def note_key(deck: str, fact: Fact) -> str:
    """Derived only from what and where the fact is: survives re-imports and reordering."""
    path = "/".join(normalise(p) for p in fact.section)
    return stable_key(deck, path, fact.extractor, normalise(fact.cue))


def seeded(key: str) -> random.Random:
    return random.Random(int(hashlib.sha256(key.encode()).hexdigest()[:16], 16))


def pick_distractors(correct: str, pool: list[str], key: str, count: int = 3) -> list[str]:
    """Siblings of similar length, so the right option does not stand out by size."""
    seen = {normalise(correct)}
    candidates = []
    for option in pool:
        norm = normalise(option)
        if norm and norm not in seen:
            seen.add(norm)
            candidates.append(option)
    rng = seeded(key)
    rng.shuffle(candidates)
    candidates.sort(key=lambda o: abs(len(o) - len(correct)))
    return candidates[:count]


def mcq(key: str, question: str, correct: str, pool: list[str], **extra) -> CardDraft | None:
    distractors = pick_distractors(correct, pool, key)
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
    """True/False balance across a run of siblings, starting at a key-dependent phase."""
    return (index + seeded(key).randrange(2)) % 2 == 0
