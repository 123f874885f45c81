"""Real Anki code (the `anki` package, the library Anki is built on) writing and reading .apkg files,
so Recall's import and export are checked against what Anki itself does."""

from dataclasses import dataclass
from pathlib import Path

import pytest

anki_collection = pytest.importorskip("anki.collection")
from anki import import_export_pb2 as pb  # noqa: E402

Collection = anki_collection.Collection


@dataclass
class AnkiNote:
    guid: str
    notetype: str
    fields: dict[str, str]
    tags: list[str]
    ords: list[int]


def new_collection(folder: Path) -> "Collection":
    folder.mkdir(parents=True, exist_ok=True)
    return Collection(str(folder / "collection.anki2"))


def add_note(col, notetype: str, fields: dict[str, str], tags=()) -> int:
    note = col.new_note(col.models.by_name(notetype))
    for name, value in fields.items():
        note[name] = value
    note.tags = list(tags)
    col.add_note(note, col.decks.id("Default"))
    return note.id


def write_apkg(col, path: Path, *, legacy: bool) -> Path:
    """legacy=True: collection.anki21 (Anki 2.1 before 2.1.50); False: collection.anki21b (current)."""
    options = pb.ExportAnkiPackageOptions(
        with_scheduling=False, with_deck_configs=False, with_media=True, legacy=legacy
    )
    col.export_anki_package(out_path=str(path), options=options, limit=None)
    return path


def import_apkg(col, path: Path) -> pb.ImportResponse.Log:
    """Import as Anki's File › Import does, updating notes whose GUID it already has."""
    options = pb.ImportAnkiPackageOptions(
        update_notes=pb.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_ALWAYS,
        update_notetypes=pb.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_ALWAYS,
        with_scheduling=False,
    )
    return col.import_anki_package(pb.ImportAnkiPackageRequest(package_path=str(path), options=options)).log


def notes_of(col) -> list[AnkiNote]:
    notes = []
    for note_id in col.find_notes(""):
        note = col.get_note(note_id)
        notes.append(
            AnkiNote(
                guid=note.guid,
                # Anki names an imported note type "Basic+" when the collection has its own "Basic".
                notetype=note.note_type()["name"].rstrip("+"),
                fields=dict(note.items()),
                tags=list(note.tags),
                ords=sorted(card.ord for card in note.cards()),
            )
        )
    return notes
