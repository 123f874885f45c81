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
# A description of a symbol ("+", "===") says what the symbol does.
_DESCRIBES = re.compile(r"^(?:description|meaning|purpose|function|what it does)$", re.I)
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
    if _DESCRIBES.match(column) and not any(c.isalpha() for c in row):
        return f"In {table}, what does “{row}” do?"  # "+ | Description" → 'what does “+” do?'
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
    if _DESCRIBES.match(column) and not any(c.isalpha() for c in row):
        return None  # "the description of + is Addition: …" reads as a form; the question asks it
    if rated or _VERB_VALUE.match(value):
        return None  # "… are Doesn't support dragging": a value that is a clause reads only as an answer
    if _TRAILING_PREPOSITION.search(column):
        return f"In {table}, {row} {be(row)} {attribute(column)} {value}."  # "… is best for file uploads."
    if _QUESTION_COLUMN.match(column):
        return None  # "the answer to “What It Controls” for left is …" reads as a form, not a fact
    if _predicate(column):
        return f"In {table}, the answer to “{column}” for {row} is {value}."
    return f"In {table}, the {attribute(column)} of {row} {be(attribute(column))} {value}."


# A caption that names what every cell measures: "Time Complexities", "Array Sorting Algorithms
# Complexity". Its columns are then operations or cases ("insert", "Worst"), not attributes.
_MEASURE = re.compile(r"\b(?P<kind>(?:time|space)\s+)?(?P<noun>complexit(?:y|ies)|costs?|runtimes?)$", re.I)
_CASE = re.compile(r"^(?:best|average|worst|amortized|expected)$", re.I)
_SPACE = re.compile(r"^(?:memory|space|extra space)$", re.I)


def measure_of(caption: str) -> str | None:
    """'Time Complexities' → 'time complexity'; 'Data Structure Operations Complexity' →
    'complexity'; None for a caption that does not name a measure."""
    m = _MEASURE.search(caption.strip())
    if not m:
        return None
    noun = m["noun"].lower()
    noun = "complexity" if noun.startswith("complexit") else noun.removesuffix("s")
    return f"{(m['kind'] or '').lower()}{noun}"


def measure_subject(row: str, document_topic: str) -> str:
    """'Binary' in a document on Heap → 'Binary heap': a row that names a kind of the document's
    one-word subject carries it; 'Array' or 'Quick sort' (in Quicksort) stand as they are."""
    topic = re.sub(r"\s*\([^)]*\)", "", document_topic).strip()
    squash = lambda text: re.sub(r"[\s_-]+", "", text.lower())  # noqa: E731
    if " " in topic or not topic.isalpha() or squash(topic) in squash(row) or len(row.split()) > 1:
        return row
    return f"{row} {topic.lower()}" if row[:1].isalpha() else row


def measure_question(measure: str, subject: str, column: str) -> str:
    """'What is the worst-case complexity of Quick sort?', 'What is the time complexity of insert
    in Binary heap?'"""
    column = column.strip()
    if _CASE.match(column):
        return f"What is the {column.lower()}-case {measure} of {subject}?"
    if _SPACE.match(column) and measure.endswith("complexity"):
        return f"What is the space complexity of {subject}?"
    return f"What is the {measure} of {column.lower() if column[1:].islower() else column} in {subject}?"


def measure_statement(question: str, value: str) -> str:
    """The question stated: 'The worst-case complexity of Quick sort is O(n^2).'"""
    body = question.removeprefix("What is ").removesuffix("?")
    return f"{body[:1].upper()}{body[1:]} is {value}."


_BOUND = re.compile(r"[OΘΩoωθ]\s*\(")


def measure_value(value: str, measure: str) -> str:
    """'n<sup>2</sup>' → 'n^2'; a bare complexity ('log(n)', '1') in a complexity table → 'O(log(n))'."""
    value = re.sub(r"<sup>(.*?)</sup>", r"^\1", value).strip()
    value = re.sub(r"\bn([2-9])\b", r"n^\1", value)  # "n2": a superscript the Markdown lost
    bare = re.fullmatch(r"(?:[\dnkmNKM\s*^()+/.!-]|log|lg|sqrt)+", value) and re.search(r"[\dnkmNKM]", value)
    return f"O({value})" if measure.endswith("complexity") and bare and not _BOUND.search(value) else value


def is_space_row(row: str) -> bool:
    return bool(_SPACE.match(row.strip()))
