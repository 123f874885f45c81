"""Tables: a cell is a fact (row × column), asked of its row with the topic named, never the table
(a learner never saw it). Rated columns compare rows: two rated rows make one fact per column
('which is better for portability, virtual machines or containers?'); more rows ask which is best
and state each cell against its nearest row. Free text is asked, never swapped into a false
statement: another row's value contradicts nothing."""

import re

from rapidfuzz import fuzz
from wordfreq import zipf_frequency

from quizzes.generation.extractors.cheatsheets import spelled_out
from quizzes.generation.facts import CardDraft, Fact, alternate, mcq, true_false
from quizzes.generation.parsing import Section
from quizzes.generation.text import (
    CODE_OPEN,
    LINE_BREAK,
    capitalise,
    has_math,
    math_as_text,
    normalise,
    plain,
    sentences,
    star_count,
    strip_trailing,
    without_broken_aside,
)
from quizzes.generation.writing.grammar import (
    as_common,
    be,
    can_be_verb,
    is_adjective,
    is_english,
    is_noun,
    is_only_adjective,
    is_only_verb,
    is_past_tense,
    is_plural,
    reads_as_name,
    singular,
    verb_base,
    with_article,
)
from quizzes.generation.writing.prompts import definition_question, definition_shape, subject_form, verb_object_question
from quizzes.generation.writing.tables import (
    YES_NO,
    a_structure,
    agree_singular,
    attribute,
    better_question,
    better_statement,
    case_named,
    column_measure,
    describes_its_row,
    echoes_label,
    elided_arguments_shown,
    has_attribute,
    implementation_question,
    is_attribute_column,
    is_description_column,
    is_space_row,
    is_use_column,
    kind_of_items,
    looks_like_code,
    measure_of,
    measure_question,
    measure_statement,
    measure_subject,
    measure_value,
    only_one_question,
    operation_question,
    outer_element,
    plain_header,
    property_question,
    rows_are_names,
    same_statement,
    split_unit,
    without_name_lead,
)
from quizzes.generation.writing.topics import in_topic, title_cased_english, topic_of

NAME = "tables"
_CONNECTIVE = re.compile(r"^(?:in\s+)?(?:summary|short|brief|overview|conclusion|table|comparison)$", re.I)


def _rating(value: str, top: int) -> str:
    count = star_count(value)
    return f"{count} of {top} stars" if count is not None else value


_EXAMPLE_COLUMN = re.compile(r"^(?:examples?|e\.g\.|samples?|usage|illustrations?|comments?|notes?|remarks?)\b", re.I)
# "Non-semantic choice", "Bad practice": a column of what not to do is no fact to recall.
_ANTI_COLUMN = re.compile(r"^(?:non[-\s]?|not\b|bad\b|wrong\b|anti[-\s]?|avoid\b|don'?t\b|incorrect\b)", re.I)
# "Step | Purpose": the rows are the lesson's own steps, not ideas to recall.
_WALKTHROUGH_HEADER = re.compile(r"^(?:steps?|tasks?|stages?|phases?|milestones?)$", re.I)
_PLANNED = re.compile(r"^(?:actions?|events?)$", re.I)  # with a date column: a plan or a timeline
_DATE_COLUMN = re.compile(r"^(?:date|year|when|released|published)$", re.I)
# "Element | ID | Purpose": the id, class or file a walkthrough gave its own project.
_IDENTIFIER_COLUMN = re.compile(r"^(?:ids?|identifiers?|class(?:es| names?)?|selectors?|file ?names?|paths?)$", re.I)
_PROJECT_IDENTIFIER = re.compile(r"\b(?:id|class|name)=[\"']")
_EXAMPLE_ROW = re.compile(r"^(?:examples?|e\.g\.|for example|sample)\b", re.I)
# A teacher asks a handful of a table's ideas, not every cell: the rest is reported as a skip.
MAX_CELLS_PER_TABLE = 6
MAX_GLOSSARY_ROWS = 40  # as many terms as a list glossary's section gives (`MAX_SIBLINGS` distractors)
_NUMBER = re.compile(r"^[-+−]?(?:\d[\d,]*(?:\.\d+)?(?:e[-+]?\d+)?|\.\d+|∞|inf(?:inity)?)\s*%?$", re.I)


_TICK = {"✓": 1, "✔": 1, "✅": 1, "☑": 1, "✗": 0, "✘": 0, "❌": 0, "✖": 0}
_SCORE = re.compile(r"^(?P<score>\d{1,2}(?:\.\d)?)\s*/\s*(?:5|10)$")


def rating_value(cell: str) -> int | float | None:
    """A rating's value: stars, a tick or cross, or a score out of 5 or 10; None for anything else.
    Ratings are asked only as comparisons between rows, never as "what rating does X get"."""
    if (stars := star_count(cell)) is not None:
        return stars
    flat = plain(cell).replace("\ufe0f", "").strip()
    if flat in _TICK:
        return _TICK[flat]
    m = _SCORE.match(flat)
    return float(m["score"]) if m else None


_TRUTH = {"yes": True, "true": True, "no": False, "false": False}


def truth_value(cell: str) -> bool | None:
    """A boolean cell's truth: Yes/No, True/False, a tick or a cross; None for anything else."""
    flat = plain(cell).replace("\ufe0f", "").strip()
    return bool(_TICK[flat]) if flat in _TICK else _TRUTH.get(flat.lower())


def cell_text(marked: str) -> str:
    """A cell's plain text; values separated by `<br>` are joined with semicolons. Simple math
    shows as text ("$A \\times B$" → "A × B"); math beyond that stays, and gives no card."""
    return "; ".join(part for part in (_cell_part(p) for p in marked.split(LINE_BREAK)) if part)


def _cell_part(marked: str) -> str:
    text = plain(marked)
    return without_broken_aside(math_as_text(text) or text)


def shape(rows: list[list[str]]) -> str:
    """How a table (plain cells, header first) is read: "property" (two contrasted columns, one
    property per row, no row labels), "data" (a matrix of numbers: measurements, not facts),
    "walkthrough" (the lesson's plan, "Step | Purpose", or its project's parts, "Element | ID"), "categories"
    (parallel columns of examples, "Structured | Semi-structured | Unstructured"), else "grid" (row label ×
    column header)."""
    header, body = rows[0], rows[1:]
    if header and _WALKTHROUGH_HEADER.match(header[0].strip()):
        return "walkthrough"
    if header and _PLANNED.match(header[0].strip()) and any(_DATE_COLUMN.match(h.strip()) for h in header[1:]):
        return "walkthrough"  # "Action | Description | Date": a plan's steps and their days, trivia a reader drops
    asked = [c for c, h in enumerate(header) if not (c and _skipped_column(h))]  # not an anti-example column
    if any(_IDENTIFIER_COLUMN.match(h.strip()) for h in header) or any(
        _PROJECT_IDENTIFIER.search(r[c]) for r in body for c in asked if c < len(r)
    ):
        return "walkthrough"  # "Element | ID | Purpose": the parts of the lesson's own project
    if parallel_categories(header, body):
        return "categories"
    if len(header) == 2 and all(header) and body:
        # "Heapify (create a heap out of …)": the aside in brackets does not make the key a phrase
        words = [len(re.sub(r"\([^()]*\)", " ", r[0]).split()) for r in body if r and r[0]]
        if words and sum(words) / len(words) > 3 and not any(r[0].endswith(":") for r in body if r):
            return "property"
    # A matrix or series of numbers is data; one number per row ("SSH | 22") is still a fact.
    values = [c for r in body for c in r[1:] if c]
    if (
        ((len(header) >= 4 and len(body) >= 2) or len(header) >= 6)
        and values
        and sum(bool(_NUMBER.match(c)) for c in values) >= 0.7 * len(values)
    ):
        return "data"
    return "grid"


# A word two headers share, inside longer words ('structured' in 'Semi-structured', 'Unstructured').
_SHARED_STEM = 5
# How much longer one column's cells may be than another's in a table of parallel examples; a
# label column ('Python') beside descriptions ('Data science, automation, AI') is far shorter.
_EVEN_CELLS = 2.5


# "Pros | Cons", "Advantages | Disadvantages", "Do | Don't": two lists of a verdict, not two sides
# of one property per row.
_EVALUATION = re.compile(
    r"^(?:pros?|cons?|(?:dis)?advantages?|benefits?|drawbacks?|strengths?|weakness(?:es)?|"
    r"do(?:'?s)?|don'?ts?|good|bad|(?:in)?correct|right|wrong)$",
    re.I,
)


# What a key column's header calls its rows ("Parameters", "Options"): a label column, not a category.
_KEY_KINDS = {
    "parameter", "argument", "variable", "field", "column", "key", "name", "term", "item", "type", "command",
    "method", "function", "property", "attribute", "element", "tag", "option", "flag", "event", "setting",
    "value", "operator", "symbol", "keyword", "step", "task", "operation",
}  # fmt: skip


def _is_value(cell: str) -> bool:
    """A number, a bound, a tick or a rating: what a row has, never an example of a category."""
    flat = cell.strip()
    return (
        flat.lower() in YES_NO
        or rating_value(flat) is not None
        or bool(_NUMBER.match(flat))
        or _value_kind(measure_value(flat, "complexity")) == "asymptotic"
    )


def parallel_categories(header: list[str], body: list[list[str]]) -> str:
    """How the columns of a table without a label column are parallel categories whose cells are
    examples of each ('Structured | Semi-structured | Unstructured' over rows of examples), read
    down each column, never across: 'stem' (the headers share a word), 'adjectives', 'plurals'
    ('Tools | Languages | Frameworks'), 'evaluations' ('Pros | Cons'), or '' for a table whose
    first column labels its rows ('Language | Best for | Why'). A row of such a table holds
    unrelated examples, so 'the semi-structured of <a structured example>' would be a misread."""
    if len(header) == 2 and body and all(_EVALUATION.match(plain_header(h)) for h in header):
        return "evaluations"  # "Pros | Cons": two lists side by side, whose rows pair nothing
    if len(header) < 3 or not body or not all(h and len(h.split()) <= 3 for h in header):
        return ""
    # An example or notes column describes a labelled row; "Non-relational" is a category like "Relational".
    if any(is_attribute_column(h) or _EXAMPLE_COLUMN.match(h) or is_use_column(h) for h in header):
        return ""
    if _WALKTHROUGH_HEADER.match(header[0].strip()) or _ASPECT_HEADER.match(header[0].strip()):
        return ""
    if singular(header[0].strip().lower()) in _KEY_KINDS or _TERM_HEADER.match(header[0].strip()):
        return ""  # "Parameters | Types | Defaults": the first column names what each row is
    cells = [v for r in body for v in r[: len(header)] if v]
    if sum(_is_value(v) for v in cells) * 2 > len(cells) or all(looks_like_code(r[0]) for r in body if r and r[0]):
        return ""  # bounds, numbers or ticks are a row's values, and a column of code is a key
    lengths = [
        sum(len(r[c].split()) for r in body if c < len(r) and r[c])
        / max(1, sum(1 for r in body if c < len(r) and r[c]))
        for c in range(len(header))
    ]
    if min(lengths) == 0 or max(lengths) > _EVEN_CELLS * min(lengths):
        return ""
    lasts = [re.split(r"[\s-]+", h.strip())[-1].lower() for h in header]
    pieces = [set(re.findall(r"[a-z]+", h.lower())) for h in header]
    if any(len(stem) >= _SHARED_STEM and all(any(stem in w for w in words) for words in pieces) for stem in pieces[0]):
        return "stem"
    if all(w.isalpha() and is_adjective(w) for w in lasts):
        return "adjectives"
    if all(w.isalpha() and is_plural(w) and is_noun(w) for w in lasts):
        return "plurals"
    return ""


def _commonness(label: str) -> float:
    """How common a row label is (wordfreq's Zipf scale): its rarest word, less half a point for
    each further word, so 'Binary' or 'Array' come before 'Rank-pairing', 'Strict Fibonacci' or
    'Brodal'; a number ('2-3 heap') or a label without words ('*') counts as uncommon."""
    words = re.findall(r"[A-Za-z]+|\d+", label)
    scores = [0.0 if w.isdigit() else zipf_frequency(w, "en") for w in words if len(w) > 1 or w.isdigit()]
    return min(scores) - 0.5 * (len(words) - 1) if scores else 0.0


_TYPE_COLUMN = re.compile(r"^(?:type|data ?type|value ?type)$", re.I)
_DEFAULT_COLUMN = re.compile(r"^(?:default(?: value)?|defaults)$", re.I)


def _options_table(header: list[str]) -> bool:
    """ "Name | Type | Default | Description": options, which several things of a page may each have."""
    return any(_DEFAULT_COLUMN.match(h.strip()) for h in header)


def _trivial_columns(header: list[str]) -> set[int]:
    """An options table's types: a radius is a number and a flag a boolean, which a reader guesses;
    the default and what the option does are the facts."""
    if not _options_table(header):
        return set()
    return {c for c, h in enumerate(header) if c and _TYPE_COLUMN.match(h.strip())}


def _skipped_column(column: str) -> bool:
    """Examples and remarks illustrate their row, an anti-example column says what not to do, and
    an identifier column names the walkthrough's own project."""
    return bool(
        _EXAMPLE_COLUMN.match(column)
        or _ANTI_COLUMN.match(column.lstrip("✅❌✓✗✔✘ \ufe0f"))
        or _IDENTIFIER_COLUMN.match(column.strip())
        or _TALLY_COLUMN.match(column.strip())
    )


# "Item | Count | Remark": how many of each part one build takes, trivia no teacher kept (Z2's parts
# list: "what is the count of Diode?" → 42, three times over).
_TALLY_COLUMN = re.compile(r"^(?:count|qty|quantity|amount|pcs|pieces|units|no\.?|#)$", re.I)


def _asked_cells(
    header: list[str], rows: list[list[str]], described: int | None = None
) -> tuple[list[tuple[int, int]], int]:
    """The (row, column) cells worth a card, at most MAX_CELLS_PER_TABLE of a table of three rows
    or more, and how many the cap
    left out. Rows with common labels first; cells are taken along diagonals so the handful
    spreads over rows and columns instead of exhausting the first row."""
    trivial = _trivial_columns(header)
    columns = [
        c
        for c, column in enumerate(header[1:], start=1)
        if column and not _skipped_column(column) and c != described and c not in trivial
    ]
    ranked = sorted(
        (r for r, row in enumerate(rows) if not _EXAMPLE_ROW.match(row[0])),
        key=lambda r: (-_commonness(rows[r][0]), r),
    )
    cells = [
        (rank, c, r)
        for rank, r in enumerate(ranked)
        for c in columns
        if c < len(rows[r])
        and rows[r][c]
        and not _not_applicable(rows[r][c])
        and not _school_sign_described(rows[r][0], header[c])
        and not _gives_nothing(rows[r][0], rows[r][c], header[c], header)
    ]
    cells.sort(key=lambda cell: (cell[0] + columns.index(cell[1]), cell[0]))
    # Two rows contrast two subjects ("Virtual machines | Containers"): every aspect is an idea,
    # and the parser's column bound already keeps that small.
    limit = len(cells) if len(ranked) <= 2 else MAX_CELLS_PER_TABLE
    if len(columns) == 1 and (is_description_column(header[columns[0]]) or described is not None):
        limit = MAX_GLOSSARY_ROWS  # "Type | Description": a glossary in table form, one idea a row
    chosen = [(r, c) for _, c, r in cells[:limit]]
    return chosen, len(cells) - len(chosen)


def _keys_and_descriptions(header: list[str], body: list[list[str]]) -> bool:
    """A table without headers whose rows pair a short key ("dd", "yy or Y", ":wq") with what it
    does ("delete current line"): read as a key | description table."""
    if any(h.strip() for h in header) or len(header) != 2 or len(body) < 3:
        return False
    pairs = [r for r in body if len(r) == 2 and r[0].strip() and r[1].strip()]
    short = [r for r in pairs if len(r[0].split()) <= 3 and len(r[1].split()) >= 2]
    return len(pairs) == len(body) and len(short) >= 0.8 * len(body)


_EXAMPLES_FOLLOW = re.compile(
    r"\b(?:some|a few|several)\s+examples\s+(?:are|follow)|\bexamples?\s+(?:are\s+)?(?:in|shown\s+in)\s+the\s+"
    r"(?:table|following)|\bfor\s+example(?:s)?\s*[:,]?\s*$",
    re.I,
)


_NUMBERED_INSTANCE = re.compile(r"^(?P<kind>[A-Z]?[a-z]+)\s+(?:\d{1,2}|[A-Z])$")


def _numbered_instances(labels: list[str]) -> bool:
    """ "Bond 1", "Bond 2", "Bond 3"; "Case A", "Case B": rows an example numbers, whose cells are
    made-up figures that readers dropped as arbitrary ("what is the face value of bond 2?")."""
    found = [_NUMBERED_INSTANCE.match(plain(label).strip()) for label in labels]
    return len(labels) >= 2 and all(found) and len({m["kind"].lower() for m in found if m}) == 1


def _grid_tables(section: Section):
    """Each grid table of the section: (caption, source blocks, header, labelled rows)."""
    caption = section.title
    caption_block = None
    previous = None
    for block in section.blocks:
        before, previous = previous, block
        if (
            block.kind == "table"
            and before is not None
            and before.kind == "paragraph"
            and _EXAMPLES_FOLLOW.search(plain(before.text))
        ):
            continue  # "Some examples are in the table below": samples of the point, not facts to recall
        if block.kind == "label":
            label = strip_trailing(plain(block.text))
            # "In summary:" introduces a table without naming it; the section title says more.
            caption = section.title if _CONNECTIVE.match(label) else label
            caption_block = block.id
            continue
        if block.kind != "table":
            continue
        sources = (block.id,) if caption_block is None else (block.id, caption_block)
        header = [cell_text(c) for c in block.rows[0]]
        body = _resolved([[cell_text(c) for c in row] for row in block.rows[1:]])
        if _keys_and_descriptions(header, body):
            header = ["Key", "Description"]  # "|   |   |" over "| dd | delete current line |": a reference list
        if shape([header, *body]) != "grid":
            continue
        if _numbered_instances([r[0] for r in body if r]):
            continue  # "Bond 1 | Zero | 1,000 USD": a worked example's data, not facts of its subject
        if _continued_rows(header, body):
            continue  # a journal's "Asset A/C Dr." over "To Bank A/C Cr.": an entry told over two rows
        if _unnamed_relation(header, body):
            continue  # "| | Interdiction | Education |" over "supply | dec | same": which way it reads, unsaid
        if any(_JUDGED_EXAMPLES.match(h.strip()) for h in header):
            continue  # "Good Name | Good Alternative | Avoid": samples of a rule, judged, not facts
        code_columns = _code_columns(block.rows)
        if _a_codebook(header, body, code_columns) or _amounts_converted([r[0] for r in body if r]):
            # "Column | Description" over `total_cases`, `iso_code`: one dataset's columns, which no
            # teacher kept as cards; "1/4 cup | 1/8 tsp": amounts looked up, not things with a property
            continue
        if _bounds_of_operations(caption, header, body):
            # "Access | Search | Insertion" over one row of bounds: each column is an operation.
            header, body = ["Operation", caption], [[h, v] for h, v in zip(header, body[0], strict=True)]
        if _grouped(header, body):
            header, body, code_columns = _ungrouped(header, body, code_columns)
        rows = [r for r in body if r and r[0]]
        if len(header) < 2 or not rows:
            continue
        yield caption, sources, header, rows, code_columns


_EVERYDAY_SHORTCUT = re.compile(r"^(?:ctrl|cmd|command|control|⌘|\^)\s*[-+]?\s*[cvxszyaf]$", re.I)
_EVERYDAY_ACTION = re.compile(r"^(?:copy|paste|cut|save|undo|redo|select all|find)\b", re.I)
_JUDGED_EXAMPLES = re.compile(r"^(?:good|bad|avoid|correct|incorrect|wrong|right|do|don['’]?t|better|worse)\b", re.I)
_CODEBOOK_KEY = re.compile(r"^(?:header|column|column name|variable|variable name|field|field name)s?$", re.I)
_IDENTIFIER = re.compile(r"^[A-Za-z]\w*_\w+$|^[a-z]+[A-Z]\w*$")  # "total_cases", "shareWomen"
_AMOUNT = re.compile(r"^(?:\d+(?:[./-]\d+)*|½|¼|¾|⅓|⅔)\s+[A-Za-z]")  # "1/4 cup", "2 eggs"; not "404"
_MOST = 0.75


def _a_codebook(header: list[str], body: list[list[str]], code_columns: set[int]) -> bool:
    """Columns of a dataset named as code (`Rank`, total_cases) under "Column", "Variable" or
    "Header"; "Field | Range" over "Minute", "Hour" is crontab's, a fact of its own."""
    keys = [r[0] for r in body if r and r[0]]
    named = len(keys) if 0 in code_columns else sum(bool(_IDENTIFIER.match(k.strip())) for k in keys)
    return bool(_CODEBOOK_KEY.match(header[0].strip())) and bool(keys) and named >= _MOST * len(keys)


def _amounts_converted(labels: list[str]) -> bool:
    return len(labels) >= 2 and sum(bool(_AMOUNT.match(label.strip())) for label in labels) >= _MOST * len(labels)


_RULE_CELL = re.compile(r"^:?-{3,}:?$")  # "| --- | --- |" again mid-table: a divider, no row
_DITTO = re.compile(r"^(?:same|same as above|ditto|as above|〃|\")$", re.I)
_IS_EXPRESSION = re.compile(r"^is\s+(?=[<>=≤≥~^*\d])")  # "is >=1.2.3 <1.3.0": what the row amounts to


def _unnamed_relation(header: list[str], body: list[list[str]]) -> bool:
    """An empty corner over columns that are neither things compared over aspects (`_transposed`)
    nor attributes or measures the rows have ("| | supply | demand |" over "cars | elastic |
    elastic"): a grid of two kinds of things whose relation the table leaves unsaid, which no
    "What is the supply of cars?" asks rightly."""
    if not header or header[0].strip() or _transposed(header, body):
        return False
    cells = [c for r in body for c in r[1:] if c.strip()]
    if cells and sum(rating_value(c) is not None for c in cells) * 2 >= len(cells):
        return False  # "| | Virtual machines | Containers |" over "Security | ★★★ | ★★": things rated on aspects
    # the cells a few short labels, each used again and again ("elastic", "dec", "same"): a relation's
    # grades, where a property table's cells are values of their own ("1,000 USD", "6 Months")
    short = all(len(c.split()) <= 2 for c in cells)
    graded = len(cells) >= 4 and short and 2 * len({c.strip().lower() for c in cells}) <= len(cells)
    columns = [h for h in header[1:] if h.strip()]
    return graded and not all(_MEASURE_HEADER.match(h.strip()) or is_attribute_column(h) for h in columns)


def _continued_rows(header: list[str], body: list[list[str]]) -> bool:
    """No header over the labels, and a third of the rows or more without one, their other cells
    filled: each thing is told over several rows, which no one row's cells can ask."""
    if header and header[0].strip():
        return False
    continued = [r for r in body if r and not r[0].strip() and any(c.strip() for c in r[1:])]
    return len(body) >= 3 and 3 * len(continued) >= len(body)


def _resolved(body: list[list[str]]) -> list[list[str]]:
    """The rows as they read: dividers dropped, "same" taking the value above it, and "is >=1.2.3
    <1.3.0" the expression it says the row is."""
    rows: list[list[str]] = []
    for row in body:
        if row and all(_RULE_CELL.match(c.strip()) for c in row if c.strip()) and any(c.strip() for c in row):
            continue
        above = rows[-1] if rows else []
        cells = [
            above[c] if c and c < len(above) and _DITTO.match(cell.strip()) else _IS_EXPRESSION.sub("", cell.strip())
            for c, cell in enumerate(row)
        ]
        rows.append(cells)
    return rows


def _grouped(header: list[str], body: list[list[str]]) -> bool:
    """ "Category | Meaning | Suffix" with rows "Tense | Present | ø", " | Past | -ta": the first
    column names a group once, over the rows that belong to it."""
    return (
        len(header) >= 3 and bool(body) and bool(body[0][0]) and any(len(r) > 1 and not r[0] and r[1] for r in body[1:])
    )


def _ungrouped(header: list[str], body: list[list[str]], code_columns: set[int]):
    """Each row named by its own label and its group's ("Past tense", "Progressive aspect"), the
    group column folded into it, so every row is asked, not only each group's first."""
    rows, group = [], ""
    for row in body:
        group = row[0] or group
        if len(row) > 1 and row[1]:
            label, word = (w if reads_as_name(w, heading=True) else w.lower() for w in (row[1], group))
            rows.append([f"{label} {word}".strip(), *row[2:]])
    shifted = {c - 1 for c in code_columns if c >= 2} | ({0} if 1 in code_columns else set())
    return [header[1], *header[2:]], rows, shifted


def _describing_column(header: list[str], code_columns: set[int]) -> int | None:
    """ "Alias | Command | Description": one code column and one describing it. Each row is one
    fact, asked by its code ("What command does kgs run?") with the description told after; asking
    the description too gives a second card of the same row."""
    asked = [c for c, column in enumerate(header[1:], start=1) if column and not _skipped_column(column)]
    if len(asked) != 2 or 0 in code_columns:
        return None
    code = [c for c in asked if c in code_columns]
    prose = [c for c in asked if c not in code_columns and is_description_column(header[c])]
    return prose[0] if len(code) == 1 and len(prose) == 1 else None


def _code_columns(marked_rows: list[list[str]]) -> set[int]:
    """The columns whose filled cells are mostly code spans ("`MOVE`", "`ls -lAFh`")."""
    columns = set()
    for c in range(len(marked_rows[0])):
        cells = [r[c].strip() for r in marked_rows[1:] if c < len(r) and r[c].strip()]
        if cells and sum(cell.startswith(CODE_OPEN) for cell in cells) * 2 > len(cells):
            columns.add(c)
    return columns


# "Syntax", "Alias", "Shortcut": a header naming what a code column holds, not a tool of its own.
_CODE_ATTRIBUTES = {
    "syntax", "alias", "aliases", "shortcut", "shortcuts", "equivalent", "snippet", "signature", "keybinding",
    "code", "regex", "expression", "template", "before", "after", "old", "new",
}  # fmt: skip


def _names_a_tool(header: str) -> bool:
    """'Nu', 'CMD.EXE', 'Python', 'Bash': a capitalised name of a language or tool, not a common
    attribute noun ('Command', 'Output', 'Syntax')."""
    flat = header.strip()
    lowered = flat.lower()
    words = flat.split()
    # "Vanilla JS", "Git Bash": every word of a name is capitalised; "Renders as" is a phrase.
    if not words or len(words) > 2 or not all(w[:1].isupper() for w in words) or is_attribute_column(flat):
        return False
    if lowered in _CODE_ATTRIBUTES or singular(lowered) in _KEY_KINDS or singular(lowered) in _CODE_KINDS:
        return False
    return not (is_noun(lowered) and zipf_frequency(lowered, "en") >= _COMMON_NOUN)


def _platform_column(header: list[str], code_columns: set[int], c: int) -> bool:
    """'Action | Windows | Mac' over code: rows named in words, each column where the code is used."""
    return c in code_columns and 0 not in code_columns and _names_a_platform(header[c]) and not _transposed(header)


def _names_a_platform(header: str) -> bool:
    """'Windows', 'Mac', 'Vim': a capitalised header over code cells that is no attribute of its
    rows ('Command', 'Syntax', 'Example'), so it names where the code is used."""
    words = header.strip().split()
    lowered = header.strip().lower()
    return (
        0 < len(words) <= 2
        and all(w[:1].isupper() for w in words)
        and not is_attribute_column(header)
        and not _skipped_column(header)
        and lowered not in _CODE_ATTRIBUTES
        and singular(lowered) not in _KEY_KINDS
        and singular(lowered) not in _CODE_KINDS
    )


_COMMON_NOUN = 4.2  # "Output", "Input", "Windows": everyday nouns; "Python", "Bash" are rarer names


def peer_tools(header: list[str], rows: list[list[str]], code_columns: set[int], c: int) -> bool:
    """'CMD.EXE | Nu | Task' over code: the key column and column `c` are two tools side by side,
    so a cell is the column tool's equivalent of the row's code, never 'the nu of MOVE'. One row
    ("PROTOCOL | KEY EXCHANGE | …" over one cipher suite) takes a name apart: nothing to compare."""
    return len(rows) >= 2 and {0, c} <= code_columns and _names_a_tool(header[0]) and _names_a_tool(header[c])


def _bounds_of_operations(caption: str, header: list[str], body: list[list[str]]) -> bool:
    """A table under a measure ('Time Complexity') whose header names operations and whose one
    row holds their bounds, read sideways by row × column."""
    if not measure_of(caption) or len(body) != 1 or len(body[0]) != len(header) or len(header) < 2:
        return False
    words = all(re.fullmatch(r"[A-Za-z][\w -]{0,30}", h.strip()) for h in header)
    if any(_CASE_OR_SPACE.match(h.strip()) for h in header):
        return False  # "Best | Average | Worst": cases of one subject's bound, not operations
    return words and all(_value_kind(measure_value(v, "complexity")) == "asymptotic" for v in body[0])


_CASE_COLUMN = re.compile(r"^(?:best|average|worst)$", re.I)
_CASE_OR_SPACE = re.compile(r"^(?:best|average|worst|amortized|expected|memory|space|extra space)(?:[- ]case)?$", re.I)
# A footnote under a table: "* This is the average case …", "† Amortized".
_FOOTNOTE = re.compile(r"^\s*(?P<mark>\*{1,3}|†|‡)\s*(?P<text>\S.*)$", re.S)
_MARKED = re.compile(r"^(?P<value>.*?\S)\s*(?P<mark>\*{1,3}|†|‡)$")
_NOTE_COLUMN = re.compile(r"^(?:notes?|comments?|remarks?)$", re.I)


def _footnotes(section: Section) -> dict[str, str]:
    """The section's footnotes by mark: a paragraph opening with '*' or '†' explains the values the
    author marked with it."""
    notes = {}
    for block in section.blocks:
        if block.kind == "paragraph" and (m := _FOOTNOTE.match(plain(block.text))):
            notes.setdefault(m["mark"], strip_trailing(m["text"].strip()))
    return notes


def _without_mark(value: str) -> tuple[str, str]:
    """'O(1)*' → ('O(1)', '*'): a footnote mark is no part of the answer."""
    m = _MARKED.match(value.strip())
    return (m["value"], m["mark"]) if m else (value, "")


def left_out(section: Section) -> list[tuple[str, int]]:
    """For each grid or category table whose cells exceed the per-table cap: its header and how
    many cells were left without a card."""
    grids = [
        (header, _asked_cells(header, rows, _describing_column(header, code))[1])
        for _, _, header, rows, code in _grid_tables(section)
    ]
    categories = [
        (header, len(_category_examples(header, body, limit=None)) - len(_category_examples(header, body)))
        for _, _, header, body in _category_tables(section)
    ]
    return [(" | ".join(header), dropped) for header, dropped in [*grids, *categories] if dropped]


def _category_tables(section: Section):
    """Each table of parallel categories in the section: (caption, source blocks, header, rows)."""
    caption, caption_block = section.title, None
    for block in section.blocks:
        if block.kind == "label":
            label = strip_trailing(plain(block.text))
            caption = section.title if _CONNECTIVE.match(label) else label
            caption_block = block.id
        elif block.kind == "table":
            header = [cell_text(c) for c in block.rows[0]]
            body = [[cell_text(c) for c in row] for row in block.rows[1:]]
            if shape([header, *body]) == "categories":
                sources = (block.id,) if caption_block is None else (block.id, caption_block)
                yield caption, sources, header, body


def _category_examples(
    header: list[str], body: list[list[str]], limit: int | None = MAX_CELLS_PER_TABLE
) -> list[tuple[int, int]]:
    """The (row, column) examples worth asking which category they belong to: taken along
    rows so every column is asked as often, at most MAX_CELLS_PER_TABLE; an example found in two
    columns, or a cell the author left empty ('-', 'N/A'), belongs to no one category."""
    seen: dict[str, int] = {}
    for row in body:
        for value in row[: len(header)]:
            seen[normalise(value)] = seen.get(normalise(value), 0) + 1
    cells = [
        (r, c)
        for r, row in enumerate(body)
        for c, value in enumerate(row[: len(header)])
        if _given(value) and not _not_applicable(value) and not _is_value(value) and seen[normalise(value)] == 1
    ]
    return cells[:limit]


def _category_facts(section: Section) -> list[Fact]:
    """An example in a table of parallel categories is asked which category it is an example of;
    the table's rows pair nothing, so no row is ever asked as a subject."""
    facts = []
    for caption, sources, header, body in _category_tables(section):
        for r, c in _category_examples(header, body):
            options = [plain_header(h) or h for h in header]  # "✅ Pros": the marks are no part of the answer
            fields = {"type": "category", "value": body[r][c], "column": options[c], "options": options}
            fields["kind"] = kind_of_items(caption) or kind_of_items(section.title)
            fields["evaluations"] = len(header) == 2
            facts.append(
                Fact(
                    NAME,
                    section.path,
                    cue=f"{body[r][c]} / {header[c]}",
                    group=f"{caption}/categories",
                    fields=fields,
                    blocks=sources,
                )
            )
    return facts


_NOT_APPLICABLE = re.compile(r"^(?:n/?a|not applicable|not available|tbd|unknown)\.?$", re.I)


def _not_applicable(value: str) -> bool:
    """'N/A', 'TBD': the author says there is no value, which is no answer to learn."""
    return bool(_NOT_APPLICABLE.match(value.strip().strip("*").strip()))


def extract(section: Section) -> list[Fact]:
    facts: list[Fact] = _category_facts(section)
    footnotes = _footnotes(section)
    for caption, sources, header, rows, code_columns in _grid_tables(section):
        if sample_records(header, rows):
            continue  # "| StudentID | Subject | Teacher |" over "| 1 | Math | Mr. A |": a worked example's data
        note_column = next((c for c, h in enumerate(header) if c and _NOTE_COLUMN.match(h.strip())), None)
        stars = [rating_value(c) for r in rows for c in r[1:]]
        top = max((s for s in stars if s is not None), default=0)
        described = _describing_column(header, code_columns)
        chosen, _ = _asked_cells(header, rows, described)
        trivial, options = _trivial_columns(header), _options_table(header)
        for c, column in enumerate(header[1:], start=1):
            if not column or _skipped_column(column) or c == described or c in trivial:
                continue
            column_values = [(r[0], r[c]) for r in rows if c < len(r) and r[c]]
            scored = [(label, rating_value(v)) for label, v in column_values]
            rated_column = len(scored) >= 2 and all(s is not None for _, s in scored)
            base = {"column": column, "caption": caption, "top": top, "key_header": header[0]}
            base["commands"] = sorted(_commands_run(section))
            if footnotes:
                base["footnotes"] = footnotes
            if _is_glossary(header):
                base["glossary"] = True
            if options:
                base["options"] = True
            if _transposed(header, rows):
                base["subjects"] = [h for h in header[1:] if h]
            if peer_tools(header, rows, code_columns, c):
                base["peer_tools"] = True
            elif _platform_column(header, code_columns, c):
                base["platform_column"] = True
            if len(rows) > 2 and all(c < len(r) and truth_value(r[c]) is not None for r in rows):
                # Yes/No or ✓/✗ asked cell by cell were coin flips that readers dropped, each
                # giving the others away: the row that differs from all the others is the idea.
                # "Feature | Python | JavaScript" has subjects for columns: no row is their odd one.
                if not base.get("subjects") and (odd := _odd_row(rows, c)):
                    fields = {**base, "type": "odd one out", "row": odd, "column_values": column_values}
                    cue = f"only one / {caption} / {column}"
                    facts.append(
                        Fact(NAME, section.path, cue=cue, group=f"{caption}/{column}", fields=fields, blocks=sources)
                    )
                continue
            if rated_column and len(scored) == 2:
                # Two rated rows hold one idea, which is better for this column: one fact asks it,
                # instead of a card per cell that each gives the other away.
                fields = {**base, "type": "pair", "scores": scored, "index": c}
                cue = " / ".join([*(label for label, _ in scored), column])
                facts.append(
                    Fact(NAME, section.path, cue=cue, group=f"{caption}/compare", fields=fields, blocks=sources)
                )
                continue
            for r, row in enumerate(rows):
                if (r, c) not in chosen:
                    continue
                row_label, value = row[0], row[c]
                fields = {
                    **base,
                    "type": "cell",
                    "row": row_label,
                    "value": value,
                    "rating": _rating(value, top),
                    "rated": rating_value(value) is not None,
                    "column_values": column_values,
                }
                if note_column is not None and note_column < len(row) and row[note_column]:
                    fields["note"] = row[note_column]
                if described is not None and described < len(row) and row[described]:
                    fields["described"] = row[described]
                fields["code_row"] = [row[i] for i in sorted(code_columns) if i and i != c and i < len(row) and row[i]]
                cue = f"{_cue_label(row_label, value)} / {column}"
                facts.append(
                    Fact(NAME, section.path, cue=cue, group=f"{caption}/{column}", fields=fields, blocks=sources)
                )
            if rated_column:
                best = max(s for _, s in scored)
                leaders = [label for label, s in scored if s == best]
                if len(leaders) == 1:
                    fields = {**base, "type": "comparison", "scores": scored, "leader": leaders[0]}
                    cue = f"compare / {column}"
                    facts.append(
                        Fact(NAME, section.path, cue=cue, group=f"{caption}/compare", fields=fields, blocks=sources)
                    )
    return facts


# "StudentID", "Book_Title", "publisher_id": a database's column names, over rows of made-up data
_COLUMN_NAME = re.compile(r"^(?:[A-Z][a-z]+(?:[A-Z][a-z]*)*(?:ID|Id)|[A-Za-z]+_(?:[A-Za-z]+_)*[A-Za-z]+)$")
# "B1", "P2", "Mr. A", "Book C", "Student 3": a worked example's stand-ins, not facts of a subject
_STAND_IN = re.compile(
    r"^(?:[A-Z]\d{1,2}|(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z]|(?i:book|product|item|customer|user|student|employee|course|"
    r"project|supplier|part|order)\s+(?:[A-Z]|\d{1,3}))$"
)


def sample_records(header: list[str], rows: list[list[str]]) -> bool:
    """A table of a worked example's data: headed by a database's column names, or with stand-ins
    ("B1", "Mr. A") in half its cells or more."""
    if any(_COLUMN_NAME.match(cell_text(h).strip()) for h in header):
        return True
    # "sample1", "sample2", …: rows numbered under one stem are an exercise's records, not things to learn
    stems = [m["stem"].lower() for r in rows if r and (m := _NUMBERED_KEY.match(cell_text(r[0]).strip()))]
    if len(rows) >= 3 and len(stems) * 5 >= len(rows) * 4 and len(set(stems)) == 1:
        return True
    cells = [cell_text(c).strip() for r in rows for c in r[1:] if cell_text(c).strip()]
    return bool(cells) and 2 * sum(bool(_STAND_IN.match(c)) for c in cells) >= len(cells)


_NUMBERED_KEY = re.compile(r"^(?P<stem>[A-Za-z]{3,})[_-]?\d{1,3}$")  # "sample1"; "Week 1", "k1" are names
ODD_ONE_ROWS = 4  # the odd row and three others, all honest distractors


def _odd_row(rows: list[list[str]], c: int) -> str | None:
    """The label of the one row whose boolean in column `c` differs from every other row's, or
    None when two or more rows share the rarer value (no single answer) or the table is too small
    for three distractors."""
    if len(rows) < ODD_ONE_ROWS:
        return None
    truths = [truth_value(r[c]) for r in rows]
    odd = [r[0] for r, truth in zip(rows, truths, strict=True) if truths.count(truth) == 1]
    return odd[0] if len(odd) == 1 else None


_SAME_AS = re.compile(r"^(?:same as|equivalent to|equals?|shorthand for)\s+(?P<rest>\S.*)$", re.I)


# "Limitations", "Drawbacks", "Cons": a column of what goes wrong.
_NEGATIVE_COLUMN = re.compile(
    r"^(?:limitations?|drawbacks?|disadvantages?|cons|downsides?|weaknesses|weakness|caveats?|pitfalls?)$", re.I
)
_NEGATED = re.compile(r"n't\b|\b(?:not|no|never|without|cannot|only|lacks?|limited|slow\w*|hard\w*|poor\w*)\b", re.I)


def _odd_one_in_a_negative_column(column: str, value: str, values: list[str]) -> bool:
    """A cell of a column of drawbacks that, unlike most of its column, states no drawback: an
    aside from the author ('Modern browsers (widely supported)'), not an answer to 'what are the
    limitations of …?'."""
    if not _NEGATIVE_COLUMN.match(column.strip()) or _NEGATED.search(value):
        return False
    others = [v for v in values if v != value]
    return bool(others) and sum(bool(_NEGATED.search(v)) for v in others) * 2 >= len(others)


def _cue_label(label: str, value: str) -> str:
    """A row label for the fact's cue, which keys the fact by its words: a sign ('===', '!==')
    has none, so its value tells two signs' facts apart."""
    return label if normalise(label) else f"{label} ({value[:40]})"


# "Feature | Python | JavaScript": a first header naming what the rows are aspects of. Not
# "Property", which heads a list of properties described ("Property | What It Measures").
_ASPECT_HEADER = re.compile(
    r"^(?:features?|aspects?|criteri(?:a|on)|characteristics?|dimensions?|factors?|properties|attributes?)$", re.I
)


def _transposed(header: list[str], rows: list[list[str]] = ()) -> bool:
    """Whether the rows are aspects and the columns the subjects compared ('Feature | Python |
    JavaScript'), so a cell is the column's value for the row's aspect. A column that reads as an
    attribute ('Description', 'Best for', 'What it does', 'Notes') means the rows are described.
    An empty corner over aspects written as phrases ('| | Traditional app | Twelve-factor app |'
    over 'Time between deploys') is one too, unless the columns are measures ('| | Time | Space |')."""
    subjects = header[1:]
    if len(subjects) < 2 or not all(h and len(h.split()) <= 3 and not is_attribute_column(h) for h in subjects):
        return False
    if _ASPECT_HEADER.match(header[0].strip()):
        return True
    # "For an order-m tree... | Internal Node | Leaf Node": a caption in the corner names no rows
    corner = not header[0].strip() or bool(_CAPTION_CORNER.search(header[0].strip()))
    return (
        corner
        and len(subjects) <= 4
        and not any(_MEASURE_HEADER.match(h.strip()) for h in subjects)
        and bool(rows)
        and all(len(row[0].split()) >= 2 or _a_doing(row[0]) for row in rows)
    )


_CAPTION_CORNER = re.compile(r"(?:\.\.\.|…|:)$|^for\s", re.I)


def _a_doing(label: str) -> bool:
    """ "Stores", "Pronounced": what each column's subject does or how it is done, an aspect."""
    word = label.strip().lower()
    if not word.isalpha() or word in _NOT_DOINGS or word.endswith("ss") or not word.endswith(("s", "ed")):
        return False
    return can_be_verb(verb_base(word)) and verb_base(word) != word


_CRYPTIC = re.compile(r"[a-z]{1,4}")
_CRYPTIC_ZIPF = 3.0
_TRIVIA = {"pronounced", "spelled", "spelt", "written", "abbreviated"}  # how a name is said, not what it is
_NOT_DOINGS = {"notes", "pros", "cons", "examples", "features", "types", "uses", "costs", "needs", "limits", "steps"}
# "Less", "More", "Same structure": a cell that says how its column compares with the other, not what it is
_RELATIVE = re.compile(r"^(?:more|less|fewer|higher|lower|faster|slower|larger|smaller|better|worse|same)\b", re.I)


def _aspect_question(subject: str, aspect: str) -> str | None:
    """ "Stores" → "What does a leaf node store?", "Pronounced" → "How is the B+ tree pronounced?",
    "Used to store" → "What is the B+ tree used to store?"; None for an aspect that is no doing."""
    words = aspect.strip().split()
    if not words:
        return None
    first = words[0].lower()
    if first in ("used", "designed") and len(words) >= 3 and words[1].lower() in ("to", "for"):
        return f"What {be(subject)} {subject} {aspect.strip()[:1].lower() + aspect.strip()[1:]}?"
    if len(words) != 1 or not _a_doing(first) or first in _TRIVIA:
        return None
    if first.endswith("ed"):
        return f"How {be(subject)} {subject} {first}?"
    does = "do" if be(subject) == "are" else "does"
    return f"What {does} {subject} {verb_base(first)}?"


def _part_of_its_label(value: str, row: str) -> bool:
    """ "get" of "getUser", "User" of "getUserMessages": an identifier made of the answer."""
    value, row = value.strip(), row.strip()
    return " " not in value and " " not in row and len(value) >= 2 and value.lower() in row.lower() != value.lower()


def _compared(subject: str) -> str:
    """A compared column mid-sentence: 'Traditional app' → 'a traditional app'; 'Python', 'Virtual
    machines' and 'TCP' as a name or a plural reads."""
    words = subject.split()
    head = re.split(r"[-\s]", subject)[-1]
    if re.match(r"^[A-Z][+-]", subject) and head.islower() and is_noun(singular(head)):
        return subject if is_plural(head) else with_article(subject)  # "B-tree", "B+ tree": a kind of tree
    if title_cased_english(subject):
        common = subject.lower()  # "Internal Node", "Leaf Node": a header's capitals on everyday words
        return common if is_plural(common) else with_article(common)
    if (
        len(words) < 2
        or not all(w[1:].islower() or not w[1:].isalpha() for w in words)
        or words[-1] != words[-1].lower()
    ):
        return subject  # "Python", "React Native": a name
    common = subject[:1].lower() + subject[1:]
    return common if is_plural(common) else with_article(common)


_MEASURE_HEADER = re.compile(
    r"^(?:time|space|speed|cost|price|size|memory|performance|complexity|accuracy|latency|throughput|weight|"
    r"length|height|width|area|volume|rate|value|result|output|input|type|use|usage|purpose|meaning|pros|cons|"
    r"advantages?|disadvantages?|best|worst|average)s?\b",
    re.I,
)


def _given(value: str) -> bool:
    return star_count(value) is not None or any(c.isalnum() for c in value)


def _summary(fields: dict) -> str:
    return ", ".join(f"{label} {score} of {fields['top']}" for label, score in fields["scores"])


def _ask(fact: Fact, question: str) -> str:
    """A table's question names its topic, never the table: the learner never saw it. A row that
    already names the topic, spaced differently ('Quick sort' in Quicksort), needs no prefix."""
    topic, question = topic_of(fact.section), capitalise(question)
    squash = lambda text: re.sub(r"[\W_]+", "", text.lower())  # noqa: E731
    if fact.fields.get("subjects") and squash(topic) in {squash(s) for s in fact.fields["subjects"]}:
        topic = ""  # "In UDP, what is the speed of TCP?": the heading is one of the subjects compared
    key = _key_word(fact.fields)
    # "which is better: SQLite, Memory or Redis?" asks across rows; "What does ~1.2.3 mean?" needs its kind
    row = fact.fields.get("row", "")
    one_named_row = (
        fact.fields.get("type") == "cell" and re.fullmatch(r"[A-Za-z][\w -]*", row) and " than " not in question
    )
    if one_named_row and key and topic and is_plural(topic.lower()) and singular(topic.lower()) == singular(key):
        topic = ""  # "In continents, what is the highest point of Africa?": the row is one of them
    return question if topic and squash(topic) in squash(question) else in_topic(topic, question)


def _category_card(fact: Fact) -> list[CardDraft]:
    """'Which kind of data is “Raw video feed from surveillance camera” an example of:
    structured, semi-structured or unstructured?' → Unstructured. The example is quoted: it is
    the author's phrase, which an article would not always fit."""
    f = fact.fields
    value = f["value"]
    options = [attribute(h) for h in f["options"]]
    listed = ", ".join(options[:-1]) + " or " + options[-1]
    # As written: in quotes a capital reads as the author's, and 'Python' or 'Vim' keep theirs.
    example = f"“{strip_trailing(value)}”"
    if f.get("evaluations"):
        question = _ask(fact, f"Which list does {example} belong to: {listed}?")  # "pros or cons"
    else:
        question = _ask(fact, f"Which {f['kind'] or 'category'} is {example} an example of: {listed}?")
    explanation = f"{f['column']}: {strip_trailing(value)}."
    return [
        CardDraft(
            key=f"{fact.key}:basic",
            kind="basic",
            front=question,
            back=f["column"],
            explanation=explanation,
            note_key=fact.key,
            section=fact.section_label,
        )
    ]


# A cell that goes on from its row label ("^spam | means the string must begin with spam."):
# the verb belongs in the question, the rest is the answer.
_VERB_OPENING = re.compile(r"^(?P<verb>mean|match)(?:e?s)\s+(?P<rest>\S.*)$")


def render(fact: Fact, siblings: list[Fact], index: int) -> list[CardDraft]:
    cards = _render(fact, siblings, index)
    for card in cards:
        if card.kind in ("basic", "reverse"):
            _first_sentence_answers(card)
    return [card for card in cards if not any(has_math(text) for text in (card.front, card.back, *card.choices))]


ANSWER_WORDS = 25  # past this, a cell's later sentences are detail a learner reads, not recalls


def _first_sentence_answers(card: CardDraft) -> None:
    """'Bind to the address of bind_interface before connecting. This is only useful on systems
    with more than one address.': the first sentence answers; the rest explains."""
    parts = sentences(card.back)
    if len(parts) < 2 or len(card.back.split()) <= ANSWER_WORDS or len(parts[0].split()) < 4:
        return
    card.back = parts[0].strip()
    card.explanation = " ".join(filter(None, [" ".join(parts[1:]), card.explanation]))


def _render(fact: Fact, siblings: list[Fact], index: int) -> list[CardDraft]:
    f = fact.fields
    if f["type"] == "category":
        return _category_card(fact)
    if f["type"] == "pair":
        return _rated_pair(fact, index)
    if f["type"] == "odd one out":
        return _odd_one_out(fact)
    common = {"note_key": fact.key, "section": fact.section_label}
    if f["type"] == "comparison":
        labels = [label for label, _ in f["scores"]]
        return [
            CardDraft(
                key=f"{fact.key}:basic",
                kind="basic",
                front=_ask(fact, better_question(f["column"], labels)),
                back=f["leader"],
                # The ratings are the table's ("2 of 3" stars): a reason to read, not part of the answer.
                explanation=f"{attribute(f['column']).capitalize()}: {_summary(f)}.",
                **common,
            )
        ]

    if _CONDITION.match(f["row"]) and not f["rated"]:
        return _condition_cell(fact, common)
    if not _names_a_row(f["row"]) and not (is_description_column(f["column"]) and _NUMBER.match(f["row"])):
        return []  # "O(n)" heading a row: a table read sideways; "404 | Meaning" names a code
    if f["rated"]:
        return _rated_cell(fact, index)
    row, column, value = (
        _of_its_kind(f["row"], f.get("key_header", ""), f.get("caption", ""), tuple(r for r, _ in f["column_values"])),
        _NUMBER_SIGN.sub("number of ", f["column"]),
        f["value"],
    )
    if _EVERYDAY_SHORTCUT.match(row.strip()) and _EVERYDAY_ACTION.match(value.strip()):
        return []  # "Ctrl-c | Copy selected text": every editor's, nothing this one teaches
    if _CATCH_ALL.match(plain_header(row)):
        return []  # "TOTAL", "Others", "All": a sum or a remainder of the rows, no thing to ask about
    if _UNIT_COLUMN.match(column.strip()) and sum(v == value for _, v in f["column_values"]) >= _COMMON_UNIT_ROWS:
        return []  # "mm" for snow, rain and storage alike: a unit most rows share tells no row apart
    if _an_event(row) or (_DATE_COLUMN.match(column.strip()) and not re.search(r"\d", value)):
        return []  # "Alert key released": a timeline's event, not a thing; a "Date" cell of words, no date
    kind = _kind_of_rows(f.get("key_header", ""), [f["caption"], *fact.section])
    if f.get("peer_tools"):
        return _equivalent_cell(fact, common)
    if f.get("platform_column") and (noun := _code_noun([f["caption"], *fact.section])):
        # "Action | Windows | Mac" under "Shortcuts": "What is the Windows shortcut for copy?",
        # never "what are the windows of copy?".
        question = _ask(fact, f"What is the {column.strip()} {noun} for {as_common(row, heading=True)}?")
        return [CardDraft(key=f"{fact.key}:basic", kind="basic", front=question, back=value, **common)]
    if kind == "alias" and is_description_column(column) and _plain_command_gloss(row, f.get("code_row", []), value):
        return []  # "rm | rm -i | Remove a file": the text describes plain rm, not what the alias adds
    if kind == "alias" and _ELIDED.search(value):
        return []  # "kubectl config set-context ...": the rest of the command is the reader's to fill
    if kind == "alias":
        value = _expanded_alias(value, f["column_values"])
    measure = measure_of(f["caption"])
    if (by_column := column_measure(column)) and (cards := _measured_by_column(fact, measure or by_column)) is not None:
        return cards
    provides = _CONTEXT_HEADER.match(f.get("key_header", "").strip()) and _PROVIDER_COLUMN.match(column.strip())
    if provides and (cards := _implementation_cell(fact)) is not None:
        return cards
    if measure and _given(value) and _value_kind(measure_value(value, measure)) == "asymptotic":
        return _measured_cell(fact, measure, index)
    if _CRYPTIC.fullmatch(value.strip()) and zipf_frequency(value.strip(), "en") < _CRYPTIC_ZIPF:
        return []  # "export KUBECONFIG=… | env": the author's shorthand, which teaches nothing alone
    asked = row = elided_arguments_shown(row)
    if f.get("subjects"):
        # "Feature | Python | JavaScript": the columns are the subjects, the rows what they have.
        if _RELATIVE.match(value.strip()):
            return []
        if doing := _aspect_question(_compared(column), row):
            question = doing
        elif not has_attribute(column, row):
            return []  # "Introduced", "Written in": no thing the subject has ("the introduced of IPv6")
        else:
            question = property_question(_compared(column), row, rated=False, value=value, names=True)
    else:
        names = rows_are_names([label for label, _ in f["column_values"]])
        purposes = bool(_PURPOSE_HEADER.match(f.get("key_header", "").strip()))
        if symbol := _symbol_named(row):
            names, asked = True, symbol  # "Hyphen(-)" → "the hyphen (-)", a thing named mid-sentence
        question = property_question(asked, column, rated=False, value=value, names=names, kind=kind, purposes=purposes)
        if symbol and question == f"What is {symbol}?":
            question = f"What does {symbol} mean?"  # "What is the hash (#)?" reads as asking its name
        if purposes and question and question.startswith("Which element"):
            value = outer_element(value)  # "<h1>Title</h1>": the element is the answer, not the sample
    # A value that repeats its row or column label ("Order" under "Order") is layout, and "-" or
    # "?" marks a value the author does not give: neither is a fact.
    if question is None or not _given(value) or normalise(value) in (normalise(row), normalise(column)):
        return []
    if _part_of_its_label(value, row):
        return []  # "getUser | get": the row's own name spells the answer
    if re.match(r"^(?:is|are)\s", value):
        return []  # "ddp / ddkP | are common commands to …": the row is the cell's subject, no answer alone
    if (
        is_description_column(column)
        and re.match(r"^[a-z][\w.-]*\s", row)
        and spelled_out(value.lower(), [row], spare=0)
    ):
        return []  # "git merge | Merge branches": the command's own words give the answer
    if _PROJECT_IDENTIFIER.search(value):
        return []  # "<p> with id=\"quote\"": the walkthrough's own markup, not a fact
    if _odd_one_in_a_negative_column(column, value, [v for _, v in f["column_values"]]):
        return []  # "Limitations: Modern browsers (widely supported)" among "Doesn't …": no limitation
    if restates_label(row, value):
        return []  # "[:digit:] | All digits", "click | The user clicked on something"
    if _self_describing(row, column, value):
        return []  # "Auto-completion | Suggests code as you type": the feature's name says it
    if _FLAG.match(row) and not _command_named(fact):
        return []  # "-c | Operations apply to …" under "Transform strings": -c of which command?
    kind_word = _key_word(f)
    if glossary := _glossary_question(fact):
        question = glossary
        if asked := verb_object_question(question, value):
            question, value = asked  # "Burn | Refers to one try …": "What does burn refer to?" → "One try …"
    elif is_description_column(column) and kind_word and _a_quality(row, kind_word):
        # "Characteristic | Explanation" with "Memorable": a quality the rows name, no thing to define
        question = f"What does the {singular(kind_word)} “{row.lower()}” mean?"
    elif is_description_column(column) and kind_word in _KIND_WORDS and re.fullmatch(r"[A-Za-z]\w*", row):
        question = f"What is the {row} {kind_word}?"  # "Type | Description" with "Number": the Number type
    elif kind_word == "key" and _a_specification(row, value) and f.get("caption"):
        # "Focal Length | 5400 mm" under "Primary Telescope": a measure of the thing the heading names
        question = f"What is the {row.lower()} of the {f['caption'].strip().lower()}?"
    elif is_description_column(column) and (same := _SAME_AS.match(_unwrapped(value))):
        # "{A,B} | Same as A B": what the row equals is the answer, not the words "same as".
        question, value = f"What is {asked} the same as?", without_broken_aside(_without_aside(same["rest"]))
    elif is_description_column(column) and (use := _USED_TO.match(_without_example(value))):
        # "Hyphen(-) | Used to define a range.Ex: 1-5 …": what it is used for, the example left out.
        question, value = f"What is {asked} used for?", capitalise(use["rest"])
    elif is_description_column(column) and _without_example(value) != value:
        value = _without_example(value)
    elif verb := _VERB_OPENING.match(value):
        # "^spam | means the string must begin with spam.": the cell's verb is the question's.
        question, value = f"What does {asked} {verb['verb']}?", capitalise(verb["rest"])
    if kind == "operator" and not any(c.isalnum() for c in row) and (cards := _which_operator(fact, common)):
        return cards
    if _EQUIVALENT_COLUMN.match(column.strip()) and (amount := _AMOUNT_IN_UNIT.match(value.strip())):
        # "Cup | 236.6 mL" under "Equivalent": "How many mL is a cup?", not "the equivalent of cup"
        thing = row if reads_as_name(row) else with_article(row[:1].lower() + row[1:])  # "a cup", "an imperial pint"
        question = f"How many {amount['unit']} {be(row.split()[-1].lower())} {thing}?"
        value = f"About {amount['number']} {amount['unit']}" if amount["about"] else value
    if _ROW_BY_COLUMN.match(question) and not f.get("subjects") and not has_attribute(row, column):
        # "What is the CSAT of Best for?", "What is the UDP of SSH?", "What is the yo of ser?": the
        # column names a subject, a side or a form, not something the row has (as "the port of SSH"
        # does); no teacher kept one of 51 on two sets read blind.
        return []
    question = _ask(fact, question)
    unit = split_unit(column)[1]
    shown = f"{value} {unit}" if unit and _value_kind(value) == "number" else value  # "4879 km"
    explanation = f"{row} — {column}: {f['value']}."
    # An answer cut from its cell ("Used to define a range.Ex: …") keeps the whole cell to read.
    told = {"explanation": explanation} if value != f["value"] else {}
    if described := f.get("described"):
        explanation = f"{row}: {f['value']} — {described}"
        told = {"explanation": explanation}  # "kgs: kubectl get svc — List all services in ps output format"
    cards = [CardDraft(key=f"{fact.key}:basic", kind="basic", front=question, back=shown, **told, **common)]
    if which := _which_row_suits(fact, kind):
        cards.append(CardDraft(key=f"{fact.key}:which", kind="reverse", front=which, back=row, **common))
    # Other rows' numbers or code are honest wrong answers; another row's free text ('Best for:
    # smooth animations') may well be true of this row too, and a swapped text is no contradiction,
    # so free text is asked, never offered or stated.
    if glossary:
        terms = [label for label, _ in f["column_values"]]
        front = _ask(fact, f"Which term is defined as: {value[:1].lower() + value[1:]}?")
        if card := mcq(f"{fact.key}:mcq", front, row, terms, explanation=explanation, **common):
            cards.append(card)
    elif _value_kind(value) in ("number", "code"):
        pool = [v for _, v in f["column_values"] if _given(v)]
        pool += [s.fields["value"] for s in siblings if s.fields.get("type") == "cell" and s.fields["column"] == column]
        if not unit and (card := mcq(f"{fact.key}:mcq", question, value, pool, explanation=explanation, **common)):
            cards.append(card)
    return cards


_EQUIVALENT_COLUMN = re.compile(
    r"^(?:equivalents?|equals|conversion|(?:metric|imperial|us)\s+equivalent|in\s+\w+)$", re.I
)
_AMOUNT_IN_UNIT = re.compile(r"^(?P<about>~|≈|about\s+)?\s*(?P<number>\d[\d.,]*)\s*(?P<unit>[A-Za-zµ°][\w/°]*)$")
_BARE_KIND = re.compile(r"^(?:type|kind|variety|sort)$", re.I)
_KIND_HEADER = re.compile(r"^(?P<noun>[A-Za-z]+)\s+(?:type|kind|colou?r|grade|level|class)$", re.I)


def _of_its_kind(row: str, key_header: str, caption: str = "", labels: tuple[str, ...] = ()) -> str:
    """ "White" under "Roux type": a white roux; the bare adjective ("the cook time of white") names
    nothing, and "white" alone reads as another thing (the white sauce). Under a bare "Type" the
    table's caption names the kind ("Chocolate": white chocolate, semi-sweet (dark) chocolate)."""
    kind = _KIND_HEADER.match(key_header.strip())
    noun = kind["noun"] if kind else ""
    if not kind and _BARE_KIND.match(key_header.strip()) and re.fullmatch(r"[A-Za-z]+", caption.strip()):
        noun = singular(caption.strip().lower()) if is_plural(caption.strip().lower()) else caption.strip()
        # "white", "milk", "semi-sweet (dark)" of "Chocolate": when most rows describe, all name kinds
        described = [_describing_words(label) for label in labels or (row,)]
        if sum(bool(words) for words in described) * 2 <= len(described):
            return row
        words = _without_brackets(row).split()
        return f"{' '.join(words).lower()} {noun.lower()}" if 0 < len(words) <= 2 else row
    if not noun or " " in row.strip() or not is_adjective(row.strip().lower()):
        return row
    return f"{row.strip().lower()} {noun.lower()}"


def _without_brackets(label: str) -> str:
    return re.sub(r"\s*\([^()]*\)", "", label)


def _describing_words(label: str) -> list[str]:
    words = _without_brackets(label).split()
    return words if words and all(is_adjective(w.lower()) or "-" in w for w in words) else []


def _an_event(row: str) -> bool:
    """ "Alert key released", "Final alert broadcast": what happened, named by its past participle."""
    words = row.split()
    last = words[-1].lower() if words else ""
    return len(words) > 1 and last.isalpha() and is_past_tense(last) and not is_noun(last)


_ROW_BY_COLUMN = re.compile(r"^What (?:is|are) the .+ of .+\?$")
_NUMBER_SIGN = re.compile(r"^#\s*of\s+", re.I)  # "# of addresses": the number of addresses
_CATCH_ALL = re.compile(r"^(?:total|totals|sum|all|others?|misc(?:ellaneous)?|rest|average|overall)$", re.I)
# "> 0", "= 1", "≤ 10": a row labelled by a condition on the key column, not a name.
_CONDITION = re.compile(r"^(?:[<>=≤≥≠]=?|!=)\s*[-+−]?\d[\d.,]*\s*$")


def _condition_cell(fact: Fact, common: dict) -> list[CardDraft]:
    """'E°cell | ΔG° | …' with a row '> 0': the row is a condition on the key column, so the card
    says it ('If E°cell > 0, what is ΔG°?'), never 'what is the ΔG of > 0?'."""
    f = fact.fields
    key, column, value = f.get("key_header", "").strip(), split_unit(f["column"].strip())[0], f["value"]
    if not key or not _given(value) or not column:
        return []
    # A symbol ("ΔG°") is asked bare; a word ("Spontaneity") as "the spontaneity".
    asked = column if not re.search(r"[a-z]{3}", column) else f"the {attribute(column)}"
    # "Score" reads as a word mid-sentence ("if score >= 90"); "E°cell" and "pH" stay as written.
    key = key.lower() if key.isalpha() and key[1:].islower() else key
    question = _ask(fact, f"If {key} {f['row'].strip()}, what is {asked}?")
    return [CardDraft(key=f"{fact.key}:basic", kind="basic", front=question, back=value, **common)]


def _code_noun(titles: list[str]) -> str:
    """'Shortcuts by platform' → 'shortcut': what a heading calls the code its table lists."""
    for title in reversed(titles):
        for word in re.findall(r"[A-Za-z]+", title):
            if singular(word.lower()) in _CODE_KINDS - _PART_KINDS:
                return singular(word.lower())
    return ""


def _equivalent_cell(fact: Fact, common: dict) -> list[CardDraft]:
    """'CMD.EXE | Nu' with a row 'MOVE | mv': 'What is the Nu equivalent of CMD.EXE's MOVE?'."""
    f = fact.fields
    question = f"What is the {f['column'].strip()} equivalent of {f['key_header'].strip()}'s {f['row']}?"
    if not _given(f["value"]) or normalise(f["value"]) == normalise(f["row"]):
        return []
    return [CardDraft(key=f"{fact.key}:basic", kind="basic", front=_ask(fact, question), back=f["value"], **common)]


_GLOSS_WORDS = 5
_PLAIN_WORD = 3.5  # "remove", "file", "searches", "query"; not "interactively", "overwriting"


_UNIT_COLUMN = re.compile(r"^units?$", re.I)
_COMMON_UNIT_ROWS = 3
_ELIDED = re.compile(r"(?:\.\.\.|…)\s*$")


def _expanded_alias(command: str, aliases: list[tuple[str, str]]) -> str:
    """ "kgp --watch" where kgp is "kubectl get pods" in the same table: the command it runs, in full."""
    first, _, rest = command.partition(" ")
    full = next((value for alias, value in aliases if alias.strip() == first and value != command), "")
    return f"{full} {rest}".strip() if full and not _ELIDED.search(full) else command


def _plain_command_gloss(alias: str, code_row: list[str], description: str) -> bool:
    """'rm' aliased to 'rm -i' and described 'Remove a file': the alias keeps the command's own
    name and adds options, and a short gloss in everyday words only says what plain rm does.
    'Remove a file interactively' names what the alias adds and is asked."""
    if not any(cell.split()[:1] == [alias.strip()] for cell in code_row):
        return False
    words = re.findall(r"[A-Za-z]+", description)
    return len(words) <= _GLOSS_WORDS and all(zipf_frequency(w.lower(), "en") >= _PLAIN_WORD for w in words)


# "Hyphen(-)", "Question mark (?)": a symbol named in words, the symbol itself in brackets.
_SYMBOL_NAMED = re.compile(r"^(?P<name>[A-Za-z]+(?: [a-z]+)?)\s*\((?P<symbol>[^\w\s]{1,3})\)$")


def _symbol_named(label: str) -> str:
    """'Hyphen(-)' → 'the hyphen (-)'; '' for any other label."""
    m = _SYMBOL_NAMED.match(label.strip())
    return f"the {m['name'].lower()} ({m['symbol']})" if m else ""


_PARENTHESISED = re.compile(r"^\((?P<inner>[^()]+)\)(?P<rest>.*)$")


def _unwrapped(value: str) -> str:
    """'(same as @yearly) (non-standard)' → 'same as @yearly (non-standard)'."""
    m = _PARENTHESISED.match(value.strip())
    return f"{m['inner'].strip()}{m['rest']}" if m else value


def _without_aside(text: str) -> str:
    """'@yearly (non-standard)' → '@yearly': a trailing aside is no part of what a row equals."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", text).strip() or text


# "range.Ex: 1-5 in …", "items. e.g. 2,6,8 …": an example glued on after the description.
_EXAMPLE_TAIL = re.compile(r"(?:\.|\.?\s+)(?:Ex|Eg|E\.g|e\.g)\s*[.:,]\s*\S.*$", re.S)
_USED_TO = re.compile(r"^used\s+(?P<rest>(?:to|for)\s+\S.*?)\.?$", re.I)


def _without_example(value: str) -> str:
    """'Used to define a range.Ex: 1-5 in 5th field' → 'Used to define a range': the answer is
    the description, which the example only illustrates; a value that is all example stays."""
    head = _EXAMPLE_TAIL.sub("", value).strip().rstrip(",;:(").strip()  # "for lists, e.g. …"
    return head if len(head.split()) >= 3 else value


# "Best For", "Good for": what each row suits, which names the row back when the uses differ.
_SUITS_COLUMN = re.compile(r"^(?:best|good|ideal)\s+for$", re.I)
_VAGUE_ROW_NOUNS = {"name", "item", "option", "type", "thing", "category", "kind", "approach", "choice"}


def _row_noun(key_header: str, kind: str) -> str:
    """What a table's rows are, for 'which <noun> …?': their code kind, else the key column's
    header in the singular ('Risk Measures' → 'risk measure', 'API' as written); '' for a vague
    one ('Name', 'Item')."""
    header = as_common(key_header.strip(), heading=True)
    noun = kind or (singular(header) if re.fullmatch(r"[A-Za-z]+(?: [A-Za-z]+)?", header) else "")
    return "" if noun.lower() in _VAGUE_ROW_NOUNS else noun


def _which_row_suits(fact: Fact, kind: str) -> str | None:
    """'Python | Best For: Data science, automation, AI' asked the other way round: 'Which language
    is best for data science, automation, AI?' → Python. A list of uses is an opinion a learner
    cannot give word for word, but which row it describes is one answer, when every row's uses
    differ and the key header names what the rows are ('Language', 'Event Type')."""
    f = fact.fields
    column = f["column"].strip()
    values = [normalise(v) for _, v in f["column_values"]]
    if not _SUITS_COLUMN.match(column) or len(values) < 3 or len(set(values)) != len(values):
        return None
    noun = _row_noun(f.get("key_header", ""), kind)
    if not noun or noun == "operator":
        return None
    use = strip_trailing(f["value"])
    use = use[:1].lower() + use[1:] if use[1:2].islower() else use
    if "," in use and not re.search(r"\b(?:and|or)\b", use):
        use = " and ".join(use.rsplit(", ", 1))  # "cloud services, backend systems" reads as one list
    return _ask(fact, f"Which {noun} is {column.lower()} {use}?")


def _odd_one_out(fact: Fact) -> list[CardDraft]:
    """'In the risk measures, which measure is the only one that is not coherent?' → VaR, among
    other rows of the table: each holds the other value, so every distractor is honestly wrong."""
    f = fact.fields
    row, column = f["row"], f["column"]
    value = _value_of(f, row)
    others = [(label, v) for label, v in f["column_values"] if label != row]
    kind = _kind_of_rows(f["key_header"], [f["caption"], *fact.section])
    question = _ask(fact, only_one_question(_row_noun(f["key_header"], kind), column, truth_value(value)))
    explanation = f"{column}: {value} for {row}; {others[0][1]} for {', '.join(label for label, _ in others)}."
    card = mcq(
        f"{fact.key}:mcq",
        question,
        row,
        [label for label, _ in others],
        explanation=explanation,
        note_key=fact.key,
        section=fact.section_label,
    )
    return [card] if card else []


def _gives_nothing(label: str, value: str, column: str, header: list[str]) -> bool:
    """A cell no card is written for, left out before the per-table cap so the cap picks cells
    that teach: code whose own name spells the answer ('onclick | Simple button clicks',
    '${foo%suffix} | Remove suffix'), a use beside a description of the same row, or a boolean:
    'Is VaR coherent? → No' is a coin flip (a boolean column asks its odd row instead)."""
    return (
        truth_value(value) is not None
        or (looks_like_code(label) and echoes_label(label, value))
        or _use_beside_description(column, header)
        or _constant_setup(label, value)
        or _spelled_from_label(label, value, column)
    )


_ABBREVIATION_COLUMN = re.compile(r"^(?:abbreviations?|abbr\.?|short(?:\s+form)?s?|symbols?)$", re.I)


def _spelled_from_label(label: str, value: str, column: str) -> bool:
    """ "Milliliter | ml, mL", "Tablespoon | tbsp": an abbreviation made of its name's letters in
    order, which the name already tells ("Pound | lb" and "Ounce | oz" are worth asking)."""
    if not _ABBREVIATION_COLUMN.match(column.strip()):
        return False
    name = re.sub(r"[^a-z]", "", label.lower())
    forms = [f for f in re.split(r"\s*[,/;]\s*", value) if f.strip()]
    return bool(forms) and all(_letters_in_order(re.sub(r"[^a-z]", "", f.lower()), name) for f in forms)


def _letters_in_order(short: str, name: str) -> bool:
    letters = iter(name)
    return bool(short) and all(letter in letters for letter in short)


# "Initialize", "Create", "Constructor": setting a structure up, which costs nothing worth learning.
_SETUP = re.compile(r"^(?:init(?:iali[sz](?:e|ation))?|creat(?:e|ion)|construct(?:or|ion)?|new|empty)(?:\(\))?$", re.I)


def _constant_setup(label: str, value: str) -> bool:
    """'Initialize | O(1)' in a table of bounds: a constant-time setup is no fact next to the
    bounds of insertion or query."""
    bound = re.sub(r"\s+", "", measure_value(_without_mark(value)[0], "complexity"))
    return bool(_SETUP.match(label.strip())) and bound in ("O(1)", "Θ(1)")


def _use_beside_description(column: str, header: list[str]) -> bool:
    """A use column ('Use Case', 'Common Use Cases') next to a column that says what each row is:
    the uses follow from the description ('Horizontal position' → 'Tracking left-right
    movement') or are the author's examples of it, so only the description is asked. Alone, a
    use column ('Language | Best For') is the table's fact and is asked."""
    return is_use_column(column) and any(h != column and describes_its_row(h) for h in header[1:])


_WORD_NAME = re.compile(r"^[A-Za-z]+(?:[\s-][A-Za-z]+){0,2}$")
_SHORT_GLOSS = 6
# What a feature does, not what a term means: a glossary's "Latency | Delay before transfer"
# is a definition to learn, whatever its words.
_DOES_COLUMN = re.compile(r"^(?:what (?:it|they) do(?:es)?|function|purpose|action)$", re.I)


def _self_describing(row: str, column: str, value: str) -> bool:
    """A feature named in everyday words ('Auto-completion', 'Network Monitor') beside a short
    gloss of what it does ('Suggests code as you type'): the name already says it, so the card
    tests reading, not knowledge. Code ('${foo%suffix}', 'onpointerdown') and coined names are
    still asked, as are longer glosses that add how or when."""
    if not (_DOES_COLUMN.match(column.strip()) and _WORD_NAME.match(row.strip())):
        return False
    words = re.split(r"[\s-]+", row.strip())
    everyday = all(zipf_frequency(w.lower(), "en") >= 3.5 for w in words) and not row.strip().islower()
    return everyday and len(value.split()) <= _SHORT_GLOSS and "`" not in value


_FLAG = re.compile(r"^-{1,2}[A-Za-z][\w-]*$")
_WORD = re.compile(r"[A-Za-z][\w-]*")


def _commands_run(section: Section) -> set[str]:
    """The programs the section's own code runs: the first word of each line and of each piped stage."""
    commands = set()
    for block in section.blocks:
        if block.kind != "code":
            continue
        for stage in re.split(r"\n|\|", block.text):
            if m := _WORD.match(stage.strip()):
                commands.add(m.group().lower())
    return commands


def _command_named(fact: Fact) -> bool:
    """A bare option row ('-c') means something only with its command: a heading, caption or key
    header must name a program the section's code runs ('grep options' over 'grep -r …')."""
    f = fact.fields
    named = {w.lower() for text in [*fact.section, f["caption"], f.get("key_header", "")] for w in _WORD.findall(text)}
    return bool(named & set(f.get("commands", ())))


# The arithmetic and comparison signs of school mathematics: a table describing them ("+ |
# Addition: the sum of two numbers") only restates each sign's everyday name.
_SCHOOL_SIGNS = {"+", "-", "−", "*", "×", "/", "÷", "<", ">", "<=", ">=", "≤", "≥"}
# "Symbol | Description" under "Arithmetic Operators", "Event | Description": what each code-like
# row is, so a card reads "What does the % operator do?", "What is the select event?".
_PART_KINDS = {"field", "parameter", "argument", "column", "setting"}
_CODE_KINDS = {
    "field", "parameter", "argument", "column", "setting",
    "event", "property", "method", "function", "attribute", "element", "tag", "command", "flag", "keyword", "option",
    "alias", "shortcut", "variable", "directive", "selector", "macro", "hook", "statement",
}  # fmt: skip
# "Purpose | Semantic choice": each row is a use, and the other cells are what serves it.
_PURPOSE_HEADER = re.compile(r"^(?:purposes?|use cases?|uses?|goals?|needs?|intents?|scenarios?|situations?)$", re.I)


def _school_sign_described(label: str, column: str) -> bool:
    """'+ | Addition: the sum of two numbers': the answer is the sign's everyday name."""
    return label.strip() in _SCHOOL_SIGNS and is_description_column(column)


def _kind_of_rows(key_header: str, context: list[str]) -> str:
    """'operator' when the header or a heading above says the rows are operators; else the key
    column's header when it names a kind of code ('Event', 'Property'); else ''."""
    if any(re.search(r"\boperators?\b", text, re.I) for text in [key_header, *context]):
        return "operator"
    words = key_header.strip().lower().split()
    # "Event Type", "Command option": a short header names the kind by one of its words.
    kinds = [singular(w) for w in words if singular(w) in _CODE_KINDS] if len(words) <= 2 else []
    return kinds[-1] if kinds else ""


def _one_predicate(description: str) -> str:
    """'Compares two expressions. Returns true only if both are true' → 'Compares two expressions
    and returns true only if both are true': a second sentence that goes on with a verb is the same
    subject's; any other is left out."""
    first, *rest = sentences(description) or [description]
    verb = rest[0].split(" ", 1)[0].lower() if rest else ""
    if verb and can_be_verb(verb) and verb.endswith("s") and verb_base(verb) != verb:
        return f"{strip_trailing(first)} and {rest[0][:1].lower()}{rest[0][1:]}"
    return first


def _which_operator(fact: Fact, common: dict) -> list[CardDraft]:
    """'% | Remainder: Calculates the remainder …' is asked the useful way round: 'Which operator
    calculates the remainder …?' → %, among the table's other signs. The sign itself is no word a
    prompt can be told apart by, so 'What does % do?' would read as every other row's prompt."""
    f = fact.fields
    row, value = f["row"], f["value"]
    action = _one_predicate(without_name_lead(value))
    words = action.split(" ", 1)
    if len(words) < 2 or (not is_only_verb(words[0].lower()) and not can_be_verb(words[0].lower())):
        return []
    predicate = agree_singular(action[:1].lower() + action[1:])
    if not re.match(r"^[a-z]+s\b", predicate):
        return []  # "Logical AND of …": no action to ask which operator performs
    front = _ask(fact, f"Which operator {strip_trailing(predicate)}?")
    explanation = f"{strip_trailing(value)} ({row})."  # a sign opening it would read as a call-out mark
    cards = [CardDraft(key=f"{fact.key}:which", kind="basic", front=front, back=row, explanation=explanation, **common)]
    signs = [label for label, _ in f["column_values"]]
    if card := mcq(f"{fact.key}:mcq", front, row, signs, explanation=explanation, **common):
        cards.append(card)
    if (name := _name_lead(value)) and "operator" not in name.lower():
        # "Which operator is the strict equality operator?": the sign for a named operation, kept
        # when the description does not read alone (selection takes one basic card per fact).
        named = _ask(fact, f"Which operator is the {as_common(name)} operator?")
        cards.append(
            CardDraft(key=f"{fact.key}:name", kind="basic", front=named, back=row, explanation=explanation, **common)
        )
    return cards


_QUALITY_WORDS = {"characteristic", "quality", "property", "trait", "attribute", "feature", "principle"}


def _a_quality(row: str, kind_word: str) -> bool:
    """ "Memorable", or "Specific" under "Characteristic": a quality the rows name, no thing."""
    word = row.lower()
    return is_only_adjective(word) or (singular(kind_word) in _QUALITY_WORDS and " " not in word and is_adjective(word))


def _name_lead(value: str) -> str:
    """'Strict equality: Compares …' → 'Strict equality'; '' without a leading name."""
    rest = without_name_lead(value)
    return strip_trailing(value[: len(value) - len(rest)]) if rest != value else ""


# "Term | Definition", "Concept | Meaning", "Word | Explanation": a glossary laid out as a table.
_TERM_HEADER = re.compile(r"^(?:terms?|concepts?|words?|names?|keywords?|glossary|jargon|vocabulary)$", re.I)
_DEFINITION_HEADER = re.compile(r"^(?:definitions?|meanings?|explanations?|what it means|means)$", re.I)


def _is_glossary(header: list[str]) -> bool:
    return len(header) == 2 and bool(
        _TERM_HEADER.match(header[0].strip()) and _DEFINITION_HEADER.match(header[1].strip())
    )


def _glossary_question(fact: Fact) -> str | None:
    """A glossary row is asked as a definition ('What is latency?'), not as 'what is the
    definition of Latency?'."""
    f = fact.fields
    if not f.get("glossary"):
        return None
    term, definition = elided_arguments_shown(f["row"]), f["value"]
    if definition_shape(definition) in ("verb", "purpose") or re.match(r"^the\s", definition, re.I):
        return definition_question(term, definition, [])  # "the alert itself …": "What is the Pre-final Alert?"
    return f"What {be(term)} {subject_form(term, definition)}?"


def _key_word(fields: dict) -> str:
    """ "**Continent**" → "continent": the header over the row labels, as a word."""
    return plain(fields.get("key_header", "")).strip(" *_").lower()


def _a_specification(row: str, value: str) -> bool:
    """ "Focal Length | 5400 mm", "Secondary Mirror | 4-inch diameter": a property in English words
    and its measure."""
    words = row.split()
    return (
        1 <= len(words) <= 3
        and all(w.isalpha() and is_english(w.lower()) for w in words)
        and re.search(r"\d", value[:12]) is not None  # "5400 mm", "F/13.5", "16-inch clear aperture"
    )


_KIND_WORDS = {"type", "kind", "class", "category", "mode", "level", "format"}
_LABEL_WORDS = re.compile(r"[A-Za-z]+")
_EVERYDAY_WORD = 4.5  # "user", "some", "text", "letters": words that add nothing to the label


def _stems(text: str) -> set[str]:
    return {singular(verb_base(w.lower())) for w in _LABEL_WORDS.findall(text) if len(w) > 2}


def restates_label(label: str, value: str) -> bool:
    """The value says again what its row label says, in everyday words: '[:digit:]' → 'All
    digits', 'click' → 'The user clicked on something'. A value that adds a rarer word
    ('[:space:]' → 'All whitespace') or a label without words ('$1') is still worth asking."""
    named = _stems(label)
    said = _stems(value)
    if not named or not named <= said:
        return False
    return all(zipf_frequency(w, "en") >= _EVERYDAY_WORD for w in said - named)


def _measured_cell(fact: Fact, measure: str, index: int) -> list[CardDraft]:
    """A cell of a table whose caption names what every cell measures ("Time Complexities"):
    'What is the time complexity of insert in Binary heap?' rather than 'what is the insert of
    Binary?'. Bounds are never swapped into a false statement, so a true/false card is written
    only when another row's value is plainly different."""
    f = fact.fields
    row, column = f["row"], f["column"]
    document = topic_of(fact.section[:1])
    if is_space_row(row) and measure.endswith("complexity"):
        # A "Space" row measures the whole subject: "the average-case space complexity of LRU Cache".
        # "of a Bloom filter": the subject is one of its kind, named with an article.
        question = measure_question("space complexity", a_structure(document) if document else "it", column)
    elif (
        _OPERATION_HEADER.match(f.get("key_header", "").strip())
        and _CASE_COLUMN.match(column.strip())
        and (structure := _table_subject(fact.section))
    ):
        # "Operation | Average" with a row "Insertion": the operation in the subject, never "of
        # Insertion". Under "Operation | find-max | insert" the rows are kinds of the subject instead.
        question = operation_question(measure, row, structure, f"{column.strip().lower()}-case ")
    else:
        subject = measure_subject(row, document)
        question = measure_question(measure, subject, column)
        named = re.sub(r"\s*\([^)]*\)", "", document)
        stem = re.sub(r"[\s_-]+", "", named.lower())
        stem = stem[:4] if len(named.split()) == 1 else stem  # "Sorting" is named by "Bubble sort"
        unnamed = stem not in re.sub(r"[\s_-]+", "", question.lower())
        if subject == row and unnamed and len(named.split()) <= 4 and not is_plural(named.split()[-1].lower()):
            # "In the LRU Cache, what is the complexity of Get item?"; the rows of "JavaScript
            # Algorithms" are algorithms of their own ("of Quick sort") and need none.
            question = in_topic(document, question)
    shown = measure_value(f["value"], measure)
    common = {"note_key": fact.key, "section": fact.section_label}
    explanation = f"{row} — {column}: {shown}."
    cards = [CardDraft(key=f"{fact.key}:basic", kind="basic", front=question, back=shown, **common)]
    pool = [measure_value(v, measure) for _, v in f["column_values"] if _given(v)]
    if card := mcq(f"{fact.key}:mcq", question, shown, pool, explanation=explanation, **common):
        cards.append(card)
    wrong = [v for v in dict.fromkeys(pool) if v != shown and _swappable(shown, v)]
    if wrong:
        truth = alternate(index, fact.group)
        statement = measure_statement(question, shown if truth else wrong[index % len(wrong)])
        cards.append(true_false(f"{fact.key}:tf", statement, truth, explanation=explanation, **common))
    return cards


# "Language | API", "Platform | Library": each row is a place the document's subject is found in,
# and the column what provides it there.
_CONTEXT_HEADER = re.compile(
    r"^(?:(?:programming\s+)?languages?|platforms?|frameworks?|runtimes?|environments?|operating systems?|os|"
    r"databases?|dbms|engines?|browsers?|shells?)$",
    re.I,
)
_PROVIDER_COLUMN = re.compile(
    r"^(?:apis?|functions?|methods?|class(?:es)?|librar(?:y|ies)|modules?|packages?|implementations?|"
    r"built-?ins?|data (?:types?|structures?)|constructs?|equivalents?)$",
    re.I,
)


def _implementation_cell(fact: Fact) -> list[CardDraft] | None:
    """'Python | dict' under a document on hash tables: 'In Python, what is the API for a hash
    table?', never 'what is the API of Python?', which names no subject. No card when the
    document names no one subject; None when the subject is what the rows are ('Language | Type' in
    a document on programming languages), which is read as any other table."""
    f = fact.fields
    subject = _table_subject(fact.section)
    value = f["value"]
    if not subject or not _given(value) or _not_applicable(value) or not _names_a_row(f["row"]):
        return []
    said = {singular(w.lower()) for w in re.findall(r"[A-Za-z]+", subject)}
    if said & {singular(w.lower()) for w in re.findall(r"[A-Za-z]+", f"{f['key_header']} {f['column']}")}:
        return None  # "Programming languages": the rows are the subject itself, asked as any table's
    question = implementation_question(f["row"], f["column"], subject)
    explanation = f"{f['row']} — {f['column']}: {value}."
    common = {"note_key": fact.key, "section": fact.section_label}
    return [
        CardDraft(key=f"{fact.key}:basic", kind="basic", front=question, back=value, explanation=explanation, **common)
    ]


# "Operation | Big-O": the rows are operations on the subject; "Algorithm | Time complexity": the
# rows are the subjects measured.
_OPERATION_HEADER = re.compile(r"^(?:operations?|methods?|actions?|functions?|ops?)$", re.I)
_SUBJECT_HEADER = re.compile(r"^(?:algorithms?|data structures?|structures?|names?|sorts?|sorting algorithms?)$", re.I)
# Headings that name the measure or a part of any subject, not the subject measured.
_NOT_A_SUBJECT = re.compile(
    r"^(?:(?:time|space)\s+)?(?:complexit(?:y|ies)|performance|big[- ]?o(?: notation)?|costs?|runtimes?|analysis|"
    r"operations?|summary|overview|implementations?|usage|api|reference|cheat ?sheet|examples?|notes?|details|"
    r"comparison|benchmarks?|results?|discussion|explanation|basics|introduction|background|conclusion)$",
    re.I,
)
_SHORT_SUBJECT = 4
# "How it works", "Why use a heap": a heading that asks or does, not one that names a thing.
_NOT_A_NOUN_PHRASE = {"how", "what", "why", "when", "which", "where", "who", "using", "use", "about"}


def _table_subject(section: tuple[str, ...]) -> str:
    """What a table of a subject's operations or implementations is about: the nearest heading
    above the table's own ('Binary search tree (BST)' over 'Time complexity'), else the
    document's subject; '' when that is no short name of one thing (a plural heading, a title
    that is a sentence)."""
    for title in reversed(section[1:]):
        bare = re.sub(r"\s*\([^)]*\)", "", title).strip()
        if _NOT_A_SUBJECT.match(bare) or measure_of(bare):
            continue
        words = bare.split()
        last = words[-1].lower() if words else ""
        named = last.isalpha() and is_noun(last) and not is_plural(last) and words[0].lower() not in _NOT_A_NOUN_PHRASE
        if len(words) <= _SHORT_SUBJECT and named:
            return title
        break
    subject = topic_of(section[:1])
    bare = re.sub(r"\s*\([^)]*\)", "", subject).strip()
    return subject if 0 < len(bare.split()) <= _SHORT_SUBJECT else ""


def _measured_by_column(fact: Fact, measure: str) -> list[CardDraft] | None:
    """A cell of a column that names the measure ('Operation | Big-O | Note'): 'What is the
    average-case time complexity of the search operation in a hash table?' → O(1). The
    subject is named, a footnote mark ('O(1)*') leaves the answer for the explanation, and the case
    the footnote or the row's note names goes into the question. None when the cell is no bound
    (the caller reads it as any other cell); no card when the rows are neither operations nor
    subjects, since then nothing says what was measured."""
    f = fact.fields
    value, mark = _without_mark(f["value"])
    shown = measure_value(value, measure)
    if _value_kind(shown) != "asymptotic":
        return None
    notes = [n for n in (f.get("note", ""), f.get("footnotes", {}).get(mark, "") if mark else "") if n]
    case = case_named(" ".join(notes))
    key_header = f.get("key_header", "").strip()
    if _OPERATION_HEADER.match(key_header):
        subject = _table_subject(fact.section)
        if not subject:
            return []
        question = operation_question(measure, f["row"], subject, case)
    elif _SUBJECT_HEADER.match(key_header) and _names_a_row(f["row"]):
        question = _ask(fact, f"What is the {case}{measure} of {f['row']}?")
    else:
        return []
    common = {"note_key": fact.key, "section": fact.section_label}
    explanation = " ".join(f"{strip_trailing(n)}." for n in notes) or f"{f['row']}: {shown}."
    cards = [
        CardDraft(key=f"{fact.key}:basic", kind="basic", front=question, back=shown, explanation=explanation, **common)
    ]
    pool = [measure_value(_without_mark(v)[0], measure) for _, v in f["column_values"] if _given(v)]
    pool = [v for v in pool if _value_kind(v) == "asymptotic"]
    if card := mcq(f"{fact.key}:mcq", question, shown, pool, explanation=explanation, **common):
        cards.append(card)
    return cards


_ASYMPTOTIC = re.compile(r"[OΘΩoωθ]\s*\(|^(?:[\dnkmNKM\s*^()+/.!·×-]|log|lg|sqrt)+$")
_CODE = re.compile(r"[<>`{}=;]|\w\(")


def _value_kind(value: str) -> str:
    """'number' (22, 3.5 %), 'asymptotic' (Θ(log n), n log(n), 1 in a cost table), 'code'
    (<nav>, f(x)), 'yes/no', or 'text'."""
    flat = value.strip()
    if flat.lower() in YES_NO:
        return "yes/no"
    if _NUMBER.match(flat):
        return "number"
    if _ASYMPTOTIC.search(flat):
        return "asymptotic"
    return "code" if _CODE.search(flat) else "text"


def _swappable(value: str, other: str) -> bool:
    """Whether stating `other` for the row of `value` is plainly false: same kind, clearly
    different. Never for bounds (O(n) is also true of a Θ(log n) row), code, or yes/no (asked
    directly), and never for texts that overlap ('fast' and 'very fast')."""
    kind = _value_kind(value)
    if kind != _value_kind(other) or kind not in ("number", "text"):
        return False
    if kind == "number":
        return True
    a, b = normalise(value), normalise(other)
    return bool(a and b) and a not in b and b not in a and fuzz.token_set_ratio(a, b) < 50


def _rated_cell(fact: Fact, index: int) -> list[CardDraft]:
    """A rating means something only against another row's ('⭐' alone says little), so a rated
    cell is stated as a comparison with the row nearest to it that is rated differently, or with
    a row rated the same; the false statement reverses the comparison, which the table contradicts."""
    f = fact.fields
    row, mine = f["row"], rating_value(f["value"])
    ratings = [(label, rating_value(v)) for label, v in f["column_values"]]
    ratings = [(label, v) for label, v in ratings if v is not None]
    partner = _partner(row, ratings)
    if mine is None or partner is None:
        return []
    other, theirs = partner
    scores = f"{_rating(f['value'], f['top'])} against {_rating(_value_of(f, other), f['top'])}"
    explanation = f"{row} — {f['column']}: {scores} for {other}."
    truth = alternate(index, fact.group)
    names = rows_are_names([label for label, _ in ratings])
    statement = _comparison_statement(row, mine, other, theirs, f["column"], truth, names=names)
    return [
        true_false(
            f"{fact.key}:tf",
            _ask(fact, statement),
            truth,
            explanation=explanation,
            note_key=fact.key,
            section=fact.section_label,
        )
    ]


def _nearest(row: str, ratings: list[tuple[str, float]], exclude: set[str]) -> tuple[str, float] | None:
    """The row rated nearest to `row` but differently, else one rated the same."""
    mine = dict(ratings)[row]
    others = [(label, v) for label, v in ratings if label != row and label not in exclude]
    differing = [s for s in others if s[1] != mine]
    return min(differing or others, key=lambda s: abs(s[1] - mine)) if others else None


def _partner(row: str, ratings: list[tuple[str, float]]) -> tuple[str, float] | None:
    """The row `row` is compared with: its nearest, leaving out an earlier row that already
    compares itself with `row`, so one pair is not stated twice ('A beats B', 'B loses to A')."""
    labels = [label for label, _ in ratings]
    if row not in labels:
        return None
    taken = {
        label
        for label in labels[: labels.index(row)]
        if (theirs := _nearest(label, ratings, set())) and theirs[0] == row
    }
    return _nearest(row, ratings, taken)


def _comparison_statement(
    first: str, mine: float, second: str, theirs: float, column: str, truth: bool, *, names: bool
) -> str:
    """A true or a certainly false statement of how two rated rows compare: a reversed comparison,
    or a tie stated as one row being better."""
    if mine == theirs:
        if truth:
            return same_statement(first, second, column, names=names)
        return better_statement(first, second, column, names=names)
    high, low = (first, second) if mine > theirs else (second, first)
    return better_statement(*((high, low) if truth else (low, high)), column, names=names)


def _rated_pair(fact: Fact, index: int) -> list[CardDraft]:
    """Two rated rows ('Virtual machines', 'Containers') on one column: which is better, asked
    ('Which is better for portability, virtual machines or containers?') or, for every other
    column, stated true or false, so a table of two rows reads as a handful of varied questions."""
    f = fact.fields
    (first, mine), (second, theirs) = f["scores"]
    common = {"note_key": fact.key, "section": fact.section_label}
    explanation = f"{attribute(f['column'])}: {_summary(f)}."
    if mine == theirs:
        # "Which is better for portability? → Neither": a trick question, and "they are rated
        # the same" is trivia about the author's stars, which the prose often contradicts.
        return []
    if f["index"] % 2:
        truth = alternate(index // 2, fact.group)  # every other column is stated: balance those
        names = rows_are_names([first, second])
        statement = _ask(fact, _comparison_statement(second, theirs, first, mine, f["column"], truth, names=names))
        return [true_false(f"{fact.key}:tf", statement, truth, explanation=explanation, **common)]
    leader = first if mine > theirs else second
    back = f"{leader} ({explanation.removesuffix('.')})"
    front = _ask(fact, better_question(f["column"], [first, second]))
    return [CardDraft(key=f"{fact.key}:basic", kind="basic", front=front, back=back, **common)]


def _value_of(fields: dict, label: str) -> str:
    return next(v for row, v in fields["column_values"] if row == label)


def _names_a_row(label: str) -> bool:
    """'Bubble sort', '2-3 heap', '+' name a subject; 'O(log(n))', 'Θ(1)' or '42' are values."""
    return not re.fullmatch(r"\s*(?:[OΘΩ]\(.*\)|[-+−]?\d[\d.,]*\s*%?)\s*", label)
