"""Card text as Anki stores it: HTML fields, `{{cN::answer::hint}}` cloze deletions, hierarchical tags."""

import html
import re

BLANK = "_____"  # what Recall's own cloze cards show in place of the answer

_BREAK = re.compile(r"<br\s*/?>|<(?:ol|ul)\b[^>]*>|</(?:div|p|li|tr|h[1-6])>", re.I)
_MEDIA_TAG = re.compile(r"<(?:img|audio|video|object|embed)\b[^>]*>", re.I)
_SOUND = re.compile(r"\[sound:[^\]]*\]")
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"[ \t\u00a0]+")
_LINES = re.compile(r"\s*\n\s*")
CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.S)


def html_to_text(field: str) -> tuple[str, bool]:
    """An Anki field → plain text, and whether it held media (images, sounds) that were left out."""
    had_media = bool(_MEDIA_TAG.search(field) or _SOUND.search(field))
    text = _SOUND.sub("", _MEDIA_TAG.sub("", field))
    text = _TAG.sub("", _BREAK.sub("\n", text))
    text = html.unescape(text).replace("\u00a0", " ")
    return _LINES.sub("\n", _SPACES.sub(" ", text)).strip(), had_media


def text_to_html(text: str) -> str:
    """Plain text → an Anki field that shows exactly that text."""
    return html.escape(text, quote=False).replace("\n", "<br>")


def cloze_numbers(text: str) -> list[int]:
    return sorted({int(m.group(1)) for m in CLOZE.finditer(text)})


def cloze_card(text: str, number: int) -> tuple[str, str]:
    """The front and back of card `number` of a cloze note: that deletion blanked, the others shown."""
    answers: list[str] = []

    def show(match: re.Match) -> str:
        if int(match.group(1)) != number:
            return match.group(2)
        answers.append(match.group(2))
        hint = match.group(3)
        return f"{BLANK} ({hint})" if hint else BLANK

    front = CLOZE.sub(show, text)
    return front, "; ".join(answers)


def tag_for(section: str) -> str:
    """A section path ("Networking › Bridges") → one hierarchical Anki tag ("Networking::Bridges")."""
    parts = [re.sub(r"\s+", "_", p.strip()) for p in section.split("›")]
    return "::".join(p for p in parts if p)


def section_from_tags(tags: list[str]) -> tuple[str, ...]:
    """The first hierarchical tag (or else the first tag) as a section path."""
    if not tags:
        return ()
    tag = next((t for t in tags if "::" in t), tags[0])
    return tuple(p.replace("_", " ") for p in tag.split("::") if p)
