"""Why a block yielded no fact, in words an author can act on."""

from collections import Counter

from quizzes.generation import code_blocks
from quizzes.generation.extractors import tables
from quizzes.generation.language import (
    ADDRESSED,
    DEPENDENT_OPENING,
    has_verb,
    headless,
    instruction,
    opens_mid_sentence,
    scaffolding,
)
from quizzes.generation.parsing import Block
from quizzes.generation.text import plain, sentences

MAX_STATEMENT_WORDS = 60


def why_no_fact(block: Block) -> str:
    if block.kind == "code":
        return code_blocks.why_not_asked(block)
    if block.kind == "table":
        rows = [[tables.cell_text(c) for c in row] for row in block.rows]
        if tables.shape(rows) == "data":
            return "table of numbers (data, not facts)"
        if tables.shape(rows) == "walkthrough":
            return "table of the lesson's own steps or project parts (a plan, not facts)"
        return "table with no row labels or headers to ask from"
    if block.kind == "label":
        return "label with nothing after it to name"
    if block.kind == "card":
        return "author card with an empty side"
    if block.kind == "definitions":
        return "definition list with definitions too short to ask"
    text = plain(block.text) if block.kind == "paragraph" else " ".join(plain(i.text) for i in block.items)
    if block.kind == "paragraph" and len(text.split()) > MAX_STATEMENT_WORDS and "." not in text:
        return "too long (one sentence of more than 60 words)"
    if block.kind == "list":
        return _why_list_says_nothing(block)
    return _why_prose_says_nothing(block.text)


# A checklist ("- [ ] Use …") or a walkthrough ("- **Stores** …") says why it gave nothing by its
# items; any other list by what it lacks.
_LIST_KINDS = ("instruction", "headless")


def _why_list_says_nothing(block: Block) -> str:
    kinds = Counter(_sentence_kind(plain(item.text), item.text) for item in block.items)
    kind = kinds.most_common(1)[0][0] if kinds else ""
    return _REASONS[kind] if kind in _LIST_KINDS else "list with no term, role or statement"


def _why_prose_says_nothing(text: str) -> str:
    """The commonest reason among the paragraph's sentences, so the report says what kind of prose it was."""
    kinds = Counter(_sentence_kind(plain(s), s) for s in sentences(text))
    kind = kinds.most_common(1)[0][0] if kinds else "plain"
    if kind.startswith("scaffolding: "):
        return f"not worth a card on its own ({kind.removeprefix('scaffolding: ')})"
    return _REASONS.get(kind, "no statement worth asking (no term, number, name or contrast)")


_REASONS = {
    "question": "questions to the reader",
    "instruction": "instructions or remarks to the reader (you, let's, do this, a checklist)",
    "headless": "descriptions without a subject (Stores …, Captures …)",
    "phrase": "phrases without a verb (a caption, a blurb, a bullet going on from its heading)",
    "dependent": "sentences that lean on the one before (It …, This …, Then …)",
    "short": "too short to state a fact",
}


def _sentence_kind(flat: str, marked: str = "") -> str:
    if flat.endswith("?"):
        return "question"
    if ADDRESSED.search(flat) or instruction(flat):
        return "instruction"
    if headless(marked or flat):
        return "headless"
    if DEPENDENT_OPENING.match(flat):
        return "dependent"
    if len(flat.split()) < 7:
        return "short"
    if not has_verb(flat) or opens_mid_sentence(flat):
        return "phrase"
    if reason := scaffolding(flat):
        return f"scaffolding: {reason}"  # a caption, history, praise …: the prose extractors' reasons
    return "plain"
