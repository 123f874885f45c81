"""Cards the author wrote explicitly, in the syntax spaced-repetition note takers already use.

`Question::Answer` is a basic card and `Question:::Answer` a basic and a reverse card (one per
line); a multi-line card is question lines, a line holding only `?` (`??` adds the reverse), then
answer lines; `==text==` or Anki's `{{c1::text}}` marks cloze deletions, the same number hiding
together. Works on a paragraph's raw Markdown, before any guessing, so those lines are not
read again by the extractors.
"""

import re

_CLOZE = re.compile(r"\{\{c(?P<number>\d{1,3})::(?P<text>.+?)(?:::(?P<hint>[^{}]*?))?\}\}", re.S)
_HIGHLIGHT = re.compile(r"(?<![=\w])==(?=\S)(?P<text>[^=\n]+?)(?<=\S)==(?![=\w])")
_SEPARATOR = re.compile(r"(?<!:):{2,3}(?!:)")
_CODE_SPAN = re.compile(r"`+[^`]*`+")


def _outside_code(line: str) -> str:
    """The line with code spans blanked, so `std::vector` is not read as a card separator."""
    return _CODE_SPAN.sub(lambda m: " " * len(m[0]), line)


def cloze_numbers(text: str) -> list[int]:
    return sorted({int(m["number"]) for m in _CLOZE.finditer(text)})


def cloze_side(text: str, number: int) -> tuple[str, list[str]]:
    """The text with deletion `number` hidden (the others shown) → (front, hidden answers)."""
    answers: list[str] = []

    def replace(m: re.Match) -> str:
        if int(m["number"]) == number:
            answers.append(m["text"].strip())
            return f"[{m['hint'].strip()}]" if m["hint"] else "_____"
        return m["text"]

    return _CLOZE.sub(replace, text), answers


def _as_anki_cloze(raw: str) -> str:
    """`==a== and ==b==` → `{{c1::a}} and {{c2::b}}`, numbered after any Anki deletions present."""
    taken = cloze_numbers(raw)
    counter = iter(range(max(taken, default=0) + 1, 10**6))
    return _HIGHLIGHT.sub(lambda m: f"{{{{c{next(counter)}::{m['text']}}}}}", raw)


def cards_in(raw: str) -> tuple[list[dict], str]:
    """A paragraph's raw Markdown → (explicit cards, the lines that are not cards).

    Each card is {"kind": "basic" | "basic_reverse" | "cloze", "front": raw, "back": raw};
    a cloze card's front holds `{{cN::…}}` deletions and its back is empty.
    """
    lines = raw.split("\n")
    marker = next((i for i, line in enumerate(lines) if line.strip() in ("?", "??")), None)
    if marker is not None and 0 < marker < len(lines) - 1:
        kind = "basic_reverse" if lines[marker].strip() == "??" else "basic"
        front, back = "\n".join(lines[:marker]).strip(), "\n".join(lines[marker + 1 :]).strip()
        return [{"kind": kind, "front": front, "back": back}], ""
    visible = _outside_code(raw)
    if _CLOZE.search(visible) or _HIGHLIGHT.search(visible):
        return [{"kind": "cloze", "front": _as_anki_cloze(raw).strip(), "back": ""}], ""
    cards, rest = [], []
    for line in lines:
        m = _SEPARATOR.search(_outside_code(line))
        front, back = (line[: m.start()].strip(), line[m.end() :].strip()) if m else ("", "")
        if front and back:
            kind = "basic_reverse" if len(m[0]) == 3 else "basic"
            cards.append({"kind": kind, "front": front, "back": back})
        else:
            rest.append(line)
    return cards, "\n".join(rest)
