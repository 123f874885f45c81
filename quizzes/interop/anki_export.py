"""Writing a deck as an Anki package (.apkg) with genanki.

One Anki note per Recall note where the cards fit one of Anki's stock note types: a basic card
and its reverse become one "Basic (and reversed card)" note, a note's cloze cards one "Cloze" note
numbered c1, c2, … Cards that fit no stock type with their siblings (multiple choice, true/false,
a lone reverse) become "Basic" notes whose front lists the choices. GUIDs come from Recall's
stable keys, so re-exporting after a re-import updates the same notes in Anki instead of adding
copies. Text is HTML-escaped; the section path becomes a hierarchical tag.
"""

import hashlib
import io
import itertools
import zipfile
from dataclasses import dataclass

import genanki

from quizzes.interop.fields import BLANK, tag_for, text_to_html


def _stable_id(*parts: str) -> int:
    # Anki ids are 64-bit; 48 bits keep clear of its own millisecond-timestamp ids colliding by chance.
    return int(hashlib.sha256("\x1f".join(("recall", *parts)).encode()).hexdigest()[:12], 16)


def _model(name: str, stock: genanki.Model) -> genanki.Model:
    """Anki's stock note type under its stock name, with an id of Recall's so every export shares it."""
    return genanki.Model(
        _stable_id("model", name),
        name,
        fields=stock.fields,
        templates=stock.templates,
        css=stock.css,
        model_type=stock.model_type,
    )


BASIC = _model("Basic", genanki.BASIC_MODEL)
BASIC_AND_REVERSED = _model("Basic (and reversed card)", genanki.BASIC_AND_REVERSED_CARD_MODEL)
CLOZE = _model("Cloze", genanki.CLOZE_MODEL)


@dataclass
class ExportCard:
    key: str
    kind: str
    front: str
    back: str
    note: str | None = None
    section: str = ""
    choices: tuple[str, ...] = ()
    answer: str = ""
    explanation: str = ""


def guid(*keys: str) -> str:
    return genanki.guid_for("recall", *keys)


def apkg_bytes(*, slug: str, title: str, description: str, cards: list[ExportCard]) -> bytes:
    """The whole deck as an .apkg file's bytes."""
    deck = genanki.Deck(_stable_id("deck", slug), title or slug, description=text_to_html(description))
    for note in anki_notes(cards):
        deck.add_note(note)
    buffer = io.BytesIO()
    genanki.Package(deck).write_to_file(buffer)
    return _deflated(buffer.getvalue())


def _deflated(package: bytes) -> bytes:
    """genanki stores the collection uncompressed; deflated, a 10,000-note deck fits an upload's 2 MB."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as stored, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as packed:
        for info in stored.infolist():
            packed.writestr(info.filename, stored.read(info))
    return out.getvalue()


def anki_notes(cards: list[ExportCard]) -> list[genanki.Note]:
    """Recall cards grouped by their note → Anki notes, in the order the cards came."""
    groups: dict[str, list[ExportCard]] = {}
    for card in cards:
        groups.setdefault(card.note or card.key, []).append(card)
    notes: list[genanki.Note] = []
    for note_key, members in groups.items():
        notes.extend(_notes_of(note_key, members))
    return notes


def _notes_of(note_key: str, cards: list[ExportCard]) -> list[genanki.Note]:
    notes = []
    rest = list(cards)
    basic = next((c for c in rest if c.kind == "basic"), None)
    reverse = next((c for c in rest if c.kind == "reverse"), None)
    if basic and reverse and reverse.front == basic.back and reverse.back == basic.front:
        notes.append(_note(BASIC_AND_REVERSED, [basic.front, basic.back], basic, guid(note_key)))
        rest = [c for c in rest if c not in (basic, reverse)]
    elif basic:
        notes.append(_note(BASIC, [basic.front, basic.back], basic, guid(note_key)))
        rest.remove(basic)
    clozes = [c for c in rest if c.kind == "cloze"]
    merged = _merged_cloze(clozes)
    if merged is not None:
        fields = [merged, text_to_html(clozes[0].explanation)]
        notes.append(_note(CLOZE, fields, clozes[0], guid(note_key, "cloze"), html=True))
        rest = [c for c in rest if c.kind != "cloze"]
    for card in rest:
        if card.kind == "cloze" and _blanks(card.front):
            text = _merged_cloze([card])
            notes.append(_note(CLOZE, [text, text_to_html(card.explanation)], card, guid(card.key), html=True))
        else:
            fields = [_front_with_choices(card), _back_with_explanation(card)]
            notes.append(_note(BASIC, fields, card, guid(card.key), html=True))
    return notes


def _note(
    model: genanki.Model, fields: list[str], card: ExportCard, note_guid: str, html: bool = False
) -> genanki.Note:
    values = fields if html else [text_to_html(f) for f in fields]
    tags = [tag_for(card.section)] if tag_for(card.section) else []
    return genanki.Note(model=model, fields=values, tags=tags, guid=note_guid)


def _blanks(front: str) -> list[int]:
    positions, start = [], 0
    while (found := front.find(BLANK, start)) >= 0:
        positions.append(found)
        start = found + len(BLANK)
    return positions


def _merged_cloze(cards: list[ExportCard]) -> str | None:
    """The cloze cards of one note as one Anki cloze text, when they blank parts of the same text.

    Recall's list clozes each blank one item and show the others: filling each card's blanks with
    its answer must give the same full text, and the blanks must not overlap.
    """
    if not cards:
        return None
    deletions: list[tuple[int, int, str]] = []  # start, card number, answer
    full = None
    for number, card in enumerate(cards, start=1):
        blanks = _blanks(card.front)
        if not blanks:
            return None
        text = card.front.replace(BLANK, card.back)
        if full is not None and text != full:
            return None
        full = text
        grown = len(card.back) - len(BLANK)
        deletions.extend((start + i * grown, number, card.back) for i, start in enumerate(blanks))
    deletions.sort()
    if any(a[0] + len(a[2]) > b[0] for a, b in itertools.pairwise(deletions)):
        return None
    return _marked(full, deletions)


def _marked(full: str, deletions: list[tuple[int, int, str]]) -> str:
    parts, at = [], 0
    for start, number, answer in deletions:
        parts.append(text_to_html(full[at:start]))
        parts.append(f"{{{{c{number}::{text_to_html(answer)}}}}}")
        at = start + len(answer)
    parts.append(text_to_html(full[at:]))
    return "".join(parts)


def _front_with_choices(card: ExportCard) -> str:
    front = text_to_html(card.front)
    if not card.choices:
        return front
    items = "".join(f"<li>{text_to_html(choice)}</li>" for choice in card.choices)
    return f'{front}<ol type="A">{items}</ol>'


def _back_with_explanation(card: ExportCard) -> str:
    back = text_to_html(card.answer or card.back)
    return f"{back}<br><br>{text_to_html(card.explanation)}" if card.explanation else back
