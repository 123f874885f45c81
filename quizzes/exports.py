"""A deck as a file to download: JSON, CSV or an Anki package. One place for the command,
the API and the admin, so the three give the same bytes."""

import csv
import io
import json
from dataclasses import dataclass

from quizzes.errors import InvalidInput
from quizzes.interop.anki_export import ExportCard, apkg_bytes
from quizzes.models import Deck
from quizzes.selectors import deck_export

FORMATS = ("json", "csv", "apkg")
CSV_COLUMNS = ["key", "kind", "front", "back", "choices", "answer", "section", "note"]
CONTENT_TYPES = {"json": "application/json", "csv": "text/csv; charset=utf-8", "apkg": "application/apkg"}


@dataclass
class ExportFile:
    content: bytes
    content_type: str
    filename: str
    cards: int


def deck_export_file(*, deck: Deck, format: str, include_retired: bool = False) -> ExportFile:
    if format not in FORMATS:
        raise InvalidInput(f"Unknown export format {format!r}: use one of {', '.join(FORMATS)}.")
    data = deck_export(deck=deck, include_retired=include_retired)
    if not include_retired:
        for card in data["cards"]:
            card.pop("retired")
    if format == "json":
        content = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()
    elif format == "csv":
        content = _csv(data).encode()
    else:
        content = apkg_bytes(
            slug=deck.slug,
            title=deck.title,
            description=deck.description,
            cards=[_export_card(card) for card in data["cards"] if not card.get("retired")],
        )
    return ExportFile(content, CONTENT_TYPES[format], f"{deck.slug}.{format}", len(data["cards"]))


def _export_card(card: dict) -> ExportCard:
    return ExportCard(
        key=card["key"],
        kind=card["kind"],
        front=card["front"],
        back=card["back"],
        note=card["note"],
        section=card["section"],
        choices=tuple(card["choices"]),
        answer=card["answer"],
        explanation=card["explanation"],
    )


def _csv(data: dict) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for card in data["cards"]:
        writer.writerow({**card, "choices": json.dumps(card["choices"], ensure_ascii=False)})
    return buffer.getvalue()
