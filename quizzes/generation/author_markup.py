"""Cards the author wrote explicitly, in the syntax spaced-repetition note takers already use.

`Question::Answer` is a basic card and `Question:::Answer` a basic and a reverse card (one per
line); a multi-line card is question lines, a line holding only `?` (`??` adds the reverse), then
answer lines; a `Q: …` line followed by an `A: …` line (bold or not, as study notes write them) is a
basic card; `==text==` or Anki's `{{c1::text}}` marks cloze deletions, the same number hiding
together. Works on a paragraph's raw Markdown, before any guessing, so those lines are not
read again by the extractors.
"""

import re

_CLOZE = re.compile(r"\{\{c(?P<number>\d{1,3})::(?P<text>.+?)(?:::(?P<hint>[^{}]*?))?\}\}", re.S)
_HIGHLIGHT = re.compile(r"(?<![=\w])==(?=\S)(?P<text>[^=\n]+?)(?<=\S)==(?![=\w])")
_SEPARATOR = re.compile(r"(?<!:):{2,3}(?!:)")
_CODE_SPAN = re.compile(r"`+[^`]*`+")
_EMPHASIS = r"(?:\*\*|__|\*|_)?"
_QUESTION_LINE = re.compile(
    rf"^\s*{_EMPHASIS}(?:Q|Question)\s*[:.)]\s*{_EMPHASIS}\s*(?P<text>.*?)\s*{_EMPHASIS}\s*$", re.I
)
_ANSWER_LINE = re.compile(rf"^\s*{_EMPHASIS}(?:A|Answer)\s*[:.)]\s*{_EMPHASIS}\s*(?P<text>.*?)\s*$", re.I)


def _outside_code(line: str) -> str:
    """The line with code spans and link texts blanked, so `std::vector` and "[Generator :: SiteLocity](…)"
    are not read as card separators."""
    line = _CODE_SPAN.sub(lambda m: " " * len(m[0]), line)
    return _LINK_TEXT.sub(lambda m: " " * len(m[0]), line)


_LINK_TEXT = re.compile(r"\[[^\[\]]*\]\([^()\s]*\)")


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
    if cards := _question_answer_pairs(lines):
        return cards
    visible = _outside_code(raw)
    if _CLOZE.search(visible) or (_HIGHLIGHT.search(visible) and re.search(r"\w", _HIGHLIGHT.sub("", visible))):
        # "==Revenue is greatest at center point==" alone highlights a line; it hides nothing from itself
        return [{"kind": "cloze", "front": _as_anki_cloze(raw).strip(), "back": ""}], ""
    cards, rest = [], []
    for line in lines:
        m = _SEPARATOR.search(_outside_code(line))
        front, back = (line[: m.start()].strip(), line[m.end() :].strip()) if m else ("", "")
        if _RATIO.fullmatch(front) and _RATIO.fullmatch(back):
            front = back = ""  # "Cells:Biology:: Atoms:Chemistry": an analogy in its notation, no card
        if front and back:
            kind = "basic_reverse" if len(m[0]) == 3 else "basic"
            cards.append({"kind": kind, "front": front, "back": back})
        else:
            rest.append(line)
    return cards, "\n".join(rest)


_RATIO = re.compile(r"[\w-]+\s?:\s?[\w-]+")


def _question_answer_pairs(lines: list[str]) -> tuple[list[dict], str] | None:
    """`Q: …` / `A: …` line pairs (an answer may run on over the next lines) → (cards, the other lines),
    or None when the paragraph holds no such pair."""
    cards: list[dict] = []
    rest: list[str] = []
    position = 0
    while position < len(lines):
        question = _QUESTION_LINE.match(lines[position])
        answer = _ANSWER_LINE.match(lines[position + 1]) if position + 1 < len(lines) else None
        if not (question and answer and question["text"] and answer["text"]):
            rest.append(lines[position])
            position += 1
            continue
        back = [answer["text"]]
        position += 2
        while position < len(lines) and not _QUESTION_LINE.match(lines[position]):
            back.append(lines[position].strip())
            position += 1
        cards.append({"kind": "basic", "front": question["text"], "back": " ".join(back)})
    return (cards, "\n".join(rest)) if cards else None
