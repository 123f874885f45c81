"""Table prompts: a row is a subject, a column an attribute ("Storage space"), a predicate ("Has a
nucleus"), a yes/no property ("Stable") or a purpose ("Best for")."""

import re

from quizzes.generation.writing.grammar import as_common, be, is_acronym, is_only_verb, verb_base

_GENERIC_CAPTION = re.compile(r"^(?:table|summary|overview|comparison|results?|data)$", re.I)


def table_name(caption: str, topic: str) -> str:
    caption = caption.strip()
    if not caption or _GENERIC_CAPTION.match(caption) or caption.endswith("?"):
        return f"the {topic} table" if topic else "the table"
    return f"the “{caption}” table"


def attribute(column: str) -> str:
    """'Storage space' → 'storage space', 'Scalability' → 'scalability'; 'CPU', 'Big-O' and
    'JavaScript' keep their capitals."""
    words = column.split()
    sentence_case = (
        words and all(w[1:].islower() or not w[1:] for w in words[:1]) and all(w.islower() for w in words[1:])
    )
    if sentence_case and not is_acronym(words[0]):
        return column[:1].lower() + column[1:]
    return as_common(column, heading=True)


def _is_attribute(column: str) -> bool:
    """A column header names something a row has, not a position or a symbol ('2', 'S', '#')."""
    letters = [c for c in column if c.isalpha()]
    return len(letters) >= 2 and not re.fullmatch(r"[\d\W_]+", column)


def _predicate(column: str) -> tuple[str, str] | None:
    """'Has a nucleus' → ('does', 'have a nucleus'); 'Is stable' → ('is', 'stable'); else None."""
    first, _, rest = column.partition(" ")
    lowered = first.lower()
    if lowered in ("is", "are") and rest:
        return "is", rest
    if lowered in ("can", "must", "should", "will") and rest:
        return lowered, rest
    if rest and first[:1].isalpha() and lowered.endswith("s") and is_only_verb(lowered):
        return "does", f"{verb_base(lowered)} {rest}"
    return None


_TRAILING_PREPOSITION = re.compile(r"\b(?:for|in|with|to|of|on|at|by)$", re.I)


_SYMBOLS = re.compile(r"[^\w\s'’&+#./()-]")


_FREE_TEXT = re.compile(r"^(?:comments?|notes?|remarks?|misc\w*|other|examples?|usage|sample)$", re.I)
YES_NO = {"yes", "no", "true", "false", "✓", "✗", "✔", "✘", "❌", "✅"}
# "What it controls", "How to use": a column that is itself a question has no noun to ask about.
_VERB_VALUE = re.compile(
    r"^(?:doesn't|does not|don't|do not|can't|cannot|can|must|needs?|requires?|supports?|works?|allows?|"
    r"makes?|uses?|has|have|is|are|not|no longer|depends?)\b",
    re.I,
)
_QUESTION_COLUMN = re.compile(r"^(?:what|how|which|when|where|why|who)\b", re.I)


def _asks_yes_no(column: str, value: str) -> bool:
    return value.strip().lower() in YES_NO and len(column.split()) == 1


def property_question(table: str, row: str, column: str, *, rated: bool, value: str = "") -> str | None:
    column = _SYMBOLS.sub("", column).strip()
    if not _is_attribute(column) or not row.strip() or _FREE_TEXT.match(column):
        return None
    if _asks_yes_no(column, value):
        return f"In {table}, is {row} {attribute(column)}?"  # "Stable: Yes" → "is Insertion sort stable?"
    if _QUESTION_COLUMN.match(column):
        return f"In {table}, what is given under “{column}” for {row}?"
    if rated:
        return None  # a rating alone says little: rated cells are asked as comparisons (tables.py)
    if predicate := _predicate(column):
        verb, rest = predicate
        return f"In {table}, {verb} {row} {rest}?"
    if _TRAILING_PREPOSITION.search(column):
        return f"In {table}, what is {row} {attribute(column)}?"  # "Best for" → "what is X best for?"
    return f"In {table}, what {be(attribute(column))} the {attribute(column)} of {row}?"


def property_statement(table: str, row: str, column: str, value: str, *, rated: bool) -> str | None:
    column = _SYMBOLS.sub("", column).strip()
    if not _is_attribute(column) or _FREE_TEXT.match(column) or _asks_yes_no(column, value):
        return None  # a yes/no cell is asked directly; swapping its row proves nothing
    if rated or _VERB_VALUE.match(value):
        return None  # "… are Doesn't support dragging": a value that is a clause reads only as an answer
    if _TRAILING_PREPOSITION.search(column):
        return f"In {table}, {row} {be(row)} {attribute(column)} {value}."  # "… is best for file uploads."
    if _QUESTION_COLUMN.match(column):
        return None  # "the answer to “What It Controls” for left is …" reads as a form, not a fact
    if _predicate(column):
        return f"In {table}, the answer to “{column}” for {row} is {value}."
    return f"In {table}, the {attribute(column)} of {row} {be(attribute(column))} {value}."
