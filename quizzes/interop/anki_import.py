"""Reading Anki packages (.apkg) with the standard library: zipfile, sqlite3 and, for the current
layout, a zstd decoder.

An .apkg is a zip holding one SQLite collection, in one of three layouts:
`collection.anki2` (Anki 2.0, and what genanki writes), `collection.anki21` (2.1 before 2.1.50)
and `collection.anki21b` (current Anki: zstd-compressed, note types in their own tables). Newer
packages also carry `collection.anki2` with a single "please update" note, so the newest
collection present is the one read. Media files are left out (Recall's cards hold text) and
reported.
"""

import io
import json
import sqlite3
import zipfile
from dataclasses import dataclass

import zstandard

from quizzes.errors import InvalidInput
from quizzes.generation import Bank, Skip
from quizzes.interop.fields import html_to_text, section_from_tags
from quizzes.interop.notes import SourceNote, bank_from_notes

COLLECTIONS = ("collection.anki21b", "collection.anki21", "collection.anki2")
# Package versions in the `meta` member: 1 and 2 are the legacy layouts, 3 the current one.
KNOWN_PACKAGE_VERSION = 3
# Collection schema versions this reader understands: 11 (legacy JSON note types) to 18 (current).
KNOWN_SCHEMAS = range(11, 19)
# A collection unpacks to at most this: a 2 MB upload must not become gigabytes in memory. A
# 10,000-note deck is about 4 MB unpacked, so real decks are far below it.
MAX_COLLECTION_BYTES = 64 * 1024 * 1024
CLOZE_KIND = 1
IMAGE_OCCLUSION = "Image Occlusion"


@dataclass
class NoteType:
    name: str
    is_cloze: bool
    fields: list[str]


def apkg_bank(content: bytes, *, deck: str) -> Bank:
    notes, skipped = read_apkg(content)
    return bank_from_notes(notes, deck=deck, skipped=skipped)


def read_apkg(content: bytes) -> tuple[list[SourceNote], list[Skip]]:
    """An .apkg's notes as plain text, plus what was left out and why; InvalidInput for a bad file."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except zipfile.BadZipFile:
        raise InvalidInput("The file is not an Anki package: an .apkg is a zip archive, and this is not one.") from None
    with archive:
        names = set(archive.namelist())
        if "meta" in names:
            version = _package_version(archive.read("meta"))
            if version > KNOWN_PACKAGE_VERSION:
                raise InvalidInput(
                    f"The package is from a newer Anki (package version {version}); export it again with "
                    "'Support older Anki versions' ticked."
                )
        member = next((name for name in COLLECTIONS if name in names), None)
        if member is None:
            raise InvalidInput("The zip holds no Anki collection (collection.anki2, .anki21 or .anki21b).")
        database = _collection_bytes(archive, member)
        media = sorted(name for name in names if name.isdigit())
    notes, skipped = _read_collection(database)
    if not notes and not skipped:
        raise InvalidInput("The package holds no notes.")
    if media:
        skipped.append(Skip("media files not imported: Recall cards hold text only", "package", f"{len(media)} files"))
    return notes, skipped


def _package_version(meta: bytes) -> int:
    """Field 1 (a varint) of the PackageMetadata protobuf; absent means the oldest layout."""
    if meta[:1] != b"\x08":
        return 1
    value, shift = 0, 0
    for byte in meta[1:10]:
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            break
    return value


def _collection_bytes(archive: zipfile.ZipFile, member: str) -> bytes:
    info = archive.getinfo(member)
    if info.file_size > MAX_COLLECTION_BYTES:
        raise InvalidInput(f"The collection unpacks to {info.file_size / 1e6:.0f} MB; the limit is {_limit()}.")
    try:
        data = archive.read(member)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise InvalidInput(f"The package is damaged: cannot unpack {member} ({exc}).") from None
    if member.endswith("anki21b"):
        try:
            with zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data)) as reader:
                data = reader.read(MAX_COLLECTION_BYTES + 1)
        except zstandard.ZstdError as exc:
            raise InvalidInput(f"The package is damaged: {member} is not zstd-compressed ({exc}).") from None
        if len(data) > MAX_COLLECTION_BYTES:
            raise InvalidInput(f"The collection unpacks to more than {_limit()}; the limit is {_limit()}.")
    return data


def _limit() -> str:
    return f"{MAX_COLLECTION_BYTES // (1024 * 1024)} MB"


def _read_collection(database: bytes) -> tuple[list[SourceNote], list[Skip]]:
    db = sqlite3.connect(":memory:")
    try:
        db.deserialize(_without_wal(database))
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"col", "notes", "cards"} <= tables:
            raise InvalidInput("The package's collection has no notes table: it is not an Anki collection.")
        schema = db.execute("SELECT ver FROM col").fetchone()[0]
        if schema not in KNOWN_SCHEMAS:
            raise InvalidInput(
                f"The collection uses Anki schema {schema}, which Recall does not know (it reads 11 to 18); "
                "export it again with 'Support older Anki versions' ticked."
            )
        note_types = _note_types_tables(db) if "notetypes" in tables else _note_types_json(db)
        return _notes(db, note_types)
    except sqlite3.DatabaseError as exc:
        raise InvalidInput(f"The package's collection is not a readable SQLite database ({exc}).") from None
    finally:
        db.close()


def _without_wal(database: bytes) -> bytes:
    """Anki saves collections in WAL mode (header bytes 18 and 19 are 2), which an in-memory
    database cannot open; marking them 1 (rollback journal) reads the same pages."""
    if database[:16] == b"SQLite format 3\x00" and database[18:20] == b"\x02\x02":
        return database[:18] + b"\x01\x01" + database[20:]
    return database


def _note_types_json(db: sqlite3.Connection) -> dict[int, NoteType]:
    models = json.loads(db.execute("SELECT models FROM col").fetchone()[0] or "{}")
    return {
        int(mid): NoteType(
            name=model.get("name", ""),
            is_cloze=model.get("type") == CLOZE_KIND,
            fields=[f["name"] for f in sorted(model.get("flds", []), key=lambda f: f.get("ord", 0))],
        )
        for mid, model in models.items()
    }


def _note_types_tables(db: sqlite3.Connection) -> dict[int, NoteType]:
    fields: dict[int, list[str]] = {}
    for ntid, name in db.execute("SELECT ntid, name FROM fields ORDER BY ntid, ord"):
        fields.setdefault(ntid, []).append(name)
    return {
        ntid: NoteType(name=name, is_cloze=_config_kind(config) == CLOZE_KIND, fields=fields.get(ntid, []))
        for ntid, name, config in db.execute("SELECT id, name, config FROM notetypes")
    }


def _config_kind(config: bytes) -> int:
    """Field 1 (`kind`: 0 normal, 1 cloze) of the NotetypeConfig protobuf; absent means normal."""
    return config[1] if config[:1] == b"\x08" and len(config) > 1 else 0


def _notes(db: sqlite3.Connection, note_types: dict[int, NoteType]) -> tuple[list[SourceNote], list[Skip]]:
    ords: dict[int, set[int]] = {}
    for nid, ord_ in db.execute("SELECT nid, ord FROM cards"):
        ords.setdefault(nid, set()).add(ord_)
    notes, skipped = [], []
    media_notes = extra_templates = 0
    for nid, guid, mid, tags, flds in db.execute("SELECT id, guid, mid, tags, flds FROM notes ORDER BY id"):
        kind = note_types.get(mid)
        values = flds.split("\x1f")
        where = f"note {guid}"
        if kind is None:
            skipped.append(Skip("note type missing from the collection", where, html_to_text(values[0])[0][:80]))
            continue
        if kind.name.startswith(IMAGE_OCCLUSION):
            skipped.append(Skip("image occlusion needs its image; Recall cards hold text only", where, ""))
            continue
        texts = [html_to_text(v) for v in values]
        if any(had_media for _, had_media in texts):
            media_notes += 1
        plain = [text for text, _ in texts] + ["", ""]
        named = dict(zip(kind.fields, plain, strict=False))
        section = section_from_tags(tags.split())
        common = {"origin": "anki", "identity": guid, "section": section, "where": where}
        card_ords = ords.get(nid, set())
        if kind.is_cloze:
            notes.append(
                SourceNote(
                    front="",
                    cloze=plain[0],
                    extra=named.get("Back Extra", plain[1] if len(kind.fields) > 1 else ""),
                    deletions=tuple(sorted(o + 1 for o in card_ords)),
                    **common,
                )
            )
            continue
        extra_templates += len(card_ords - {0, 1})
        notes.append(SourceNote(front=plain[0], back=plain[1], reverse=1 in card_ords, **common))
    if media_notes:
        skipped.append(Skip("images and sounds left out of note text", "package", f"{media_notes} notes"))
    if extra_templates:
        skipped.append(
            Skip("cards of a third or later template not imported (Recall asks front→back and back→front)", "", "")
        )
    return notes, skipped
