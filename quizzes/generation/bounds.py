"""Limits that keep generation's work in proportion to what a study document can hold.

markdown-it builds several tokens per table cell and per list item, so a 2 MB document
of one-character items or a 1,000-column table would cost minutes and gigabytes before
any extractor runs. The source is trimmed first, line by line, and everything a limit
leaves out is reported as a skip with its reason.
"""

import re

MAX_COLUMNS = 12
MAX_TABLE_ROWS = 200
MAX_LIST_DEPTH = 6
MAX_LEVEL = 24  # markdown-it nesting level of a container (two per list or quote level)
MAX_BLOCK_CHARS = 20_000  # one paragraph or cell
# Structural lines read per document: a line costs 1, a list or quote line 2, a table row one per cell.
# Real notes of 2 MB stay well under it; the budget bounds parse time whatever the shape.
MAX_COST = 80_000

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CELL_SEPARATOR = re.compile(r"(?<!\\)\|")
_NESTED_MARKER = re.compile(r"^\s*(?:[-*+>]|\d{1,9}[.)])(?:\s|$)")
# markdown-it stops at its nesting limit and silently drops the REST OF THE DOCUMENT, so no line
# may nest deeper than it can: indentation and leading markers are capped (depth past
# MAX_LIST_DEPTH is then reported as too deep by the parser).
NESTING_LIMIT = 100  # markdown-it's maxNesting, set in parsing.py
MAX_INDENT = 40
MAX_MARKERS = 20
_MARKERS = re.compile(r"^(?:[ \t]*(?:[-*+]|\d{1,9}[.)]|>)(?:[ \t]+|$))+")
_ONE_MARKER = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)]|>)(?:[ \t]+|$)")


def _cap_nesting(line: str) -> str:
    indent = len(line) - len(line.lstrip(" \t"))
    if indent > MAX_INDENT:
        line = " " * MAX_INDENT + line.lstrip(" \t")
    m = _MARKERS.match(line)
    if m and m.end() > 2 * MAX_MARKERS:
        markers = _ONE_MARKER.findall(m[0])
        if len(markers) > MAX_MARKERS:
            line = "".join(markers[:MAX_MARKERS]) + line[m.end() :]
    return line


def _cut_row(line: str) -> tuple[str, int]:
    """A table row cut to MAX_COLUMNS cells → (row, cells it had)."""
    parts = _CELL_SEPARATOR.split(line)
    leading = not parts[0].strip()
    cells = len(parts) - leading - (not parts[-1].strip())
    if cells <= MAX_COLUMNS:
        return line, cells
    keep = parts[: MAX_COLUMNS + leading]
    return "|".join(keep) + "|", cells


def bound_source(markdown: str) -> tuple[str, list[tuple[str, str]]]:
    """The part of the document that is read, and (reason, excerpt) for what is not."""
    lines = markdown.split("\n")
    out: list[str] = []
    notes: list[tuple[str, str]] = []
    fence: str | None = None
    cost = 0
    wide_table = False
    for number, line in enumerate(lines, start=1):
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
            cost += 1  # a cheatsheet line can be a fact of its own
            if cost > MAX_COST:
                rest = len(lines) - number + 1
                notes.append((f"document too long: the last {rest:,} lines (from line {number:,}) not read", line[:80]))
                if fence is not None:
                    out.append(fence)  # close the cut code block
                break
            out.append(line)
            continue
        if m := _FENCE.match(line):
            fence = m.group(1)[:3]
            cost += 1
            out.append(line)
            continue
        if not line.strip():
            wide_table = False
            out.append(line)
            continue
        line = _cap_nesting(line)
        if line.count("|") >= 1:
            line, cells = _cut_row(line)
            if cells > MAX_COLUMNS and not wide_table:
                wide_table = True
                notes.append(
                    (f"table too wide: {cells:,} columns, only the first {MAX_COLUMNS} read", line.strip()[:80])
                )
            cost += max(1, min(cells, MAX_COLUMNS))
        else:
            cost += 2 if _NESTED_MARKER.match(line) else 1
        if cost > MAX_COST:
            rest = len(lines) - number + 1
            notes.append((f"document too long: the last {rest:,} lines (from line {number:,}) not read", line[:80]))
            break
        out.append(line)
    return "\n".join(out), notes
