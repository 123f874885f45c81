"""Tables of flashcards (.csv / .tsv): front, back and optional tags per row, with a header row.

The shape Anki's and Quizlet's exports use. Anki's text exports start with `#key:value` lines
(`#separator:tab`, `#html:true`, `#columns:…`); those are honoured, and `#columns:` stands in for
the header row.
"""

import csv
import io

from quizzes.errors import InvalidInput
from quizzes.generation import Bank
from quizzes.interop.fields import html_to_text, section_from_tags
from quizzes.interop.notes import SourceNote, bank_from_notes

FRONT = ("front", "question", "term", "prompt")
BACK = ("back", "answer", "definition", "response")
TAGS = ("tags", "tag")
SEPARATORS = {"tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|", "space": " ", "colon": ":"}


def read_table(text: str, *, source_name: str) -> list[SourceNote]:
    """Rows → notes, or InvalidInput naming the first problem (no header, a ragged row)."""
    directives, body = _directives(text.replace("\r\n", "\n"))
    delimiter = _delimiter(directives, body, source_name)
    rows = [row for row in csv.reader(io.StringIO(body), delimiter=delimiter) if any(cell.strip() for cell in row)]
    if "columns" in directives:
        header = next(csv.reader([directives["columns"]], delimiter=delimiter))
    elif rows:
        header, rows = rows[0], rows[1:]
    else:
        raise InvalidInput("The table has no rows.")
    columns = [cell.strip().lower() for cell in header]
    front, back = _column(columns, FRONT), _column(columns, BACK)
    if front is None or back is None:
        raise InvalidInput(
            f"The table has no header row naming its columns: the first row must be e.g. front{delimiter}back"
            f"{delimiter}tags (found {', '.join(repr(c) for c in header[:4])})."
        )
    tags = _column(columns, TAGS)
    is_html = directives.get("html", "false").lower() == "true"
    notes = []
    for number, row in enumerate(rows, start=2 if "columns" not in directives else 1):
        if len(row) != len(header):
            raise InvalidInput(f"Row {number} has {len(row)} fields; the header has {len(header)}.")
        cells = [html_to_text(c)[0] if is_html else c.strip() for c in row]
        row_tags = cells[tags].split() if tags is not None else []
        notes.append(
            SourceNote(
                origin="table",
                identity=cells[front],
                front=cells[front],
                back=cells[back],
                section=section_from_tags(row_tags),
                where=f"row {number}",
            )
        )
    if not notes:
        raise InvalidInput("The table has a header but no rows.")
    return notes


def table_bank(text: str, *, deck: str, source_name: str) -> Bank:
    return bank_from_notes(read_table(text, source_name=source_name), deck=deck)


def _directives(text: str) -> tuple[dict[str, str], str]:
    directives = {}
    lines = text.split("\n")
    start = 0
    for start, line in enumerate(lines):  # noqa: B007 - `start` is where the table begins
        if not line.startswith("#") or ":" not in line:
            break
        name, _, value = line[1:].partition(":")
        directives[name.strip().lower()] = value.strip("\r")
    else:
        start = len(lines)
    return directives, "\n".join(lines[start:])


def _delimiter(directives: dict, body: str, source_name: str) -> str:
    if "separator" in directives:
        named = directives["separator"]
        return SEPARATORS.get(named.lower(), named[:1] or ",")
    if source_name.lower().endswith((".tsv", ".txt")):
        return "\t"
    first = body.split("\n", 1)[0]
    # A ".csv" from a spreadsheet may use ; or tabs: the header row tells which.
    return max([",", "\t", ";"], key=first.count) if first else ","


def _column(columns: list[str], names: tuple[str, ...]) -> int | None:
    return next((i for i, c in enumerate(columns) if c in names), None)
