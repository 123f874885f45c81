"""Import of .apkg files that real Anki code wrote, in both of its current layouts."""

import io
import sqlite3
import zipfile

import pytest
import zstandard

from quizzes.errors import InvalidInput
from quizzes.interop.anki_export import apkg_bytes
from quizzes.interop.anki_import import apkg_bank
from quizzes.models import Card, Deck, ReviewState
from quizzes.services.imports import content_import
from tests.anki_collections import add_note, new_collection, write_apkg
from tests.factories import LearnerFactory, ReviewStateFactory

BOMB = 65 * 1024 * 1024  # zeros: a few kilobytes packed, more than a collection may unpack to
LAYOUTS = [pytest.param(True, id="collection.anki21"), pytest.param(False, id="collection.anki21b")]


def _package(tmp_path, *, legacy, extra=None):
    col = new_collection(tmp_path / "col")
    add_note(
        col,
        "Basic",
        {"Front": "What is <b>Docker</b>?", "Back": "A container &amp; runtime<br>tool"},
        ["Tools::Docker"],
    )
    add_note(col, "Basic (and reversed card)", {"Front": "hypervisor", "Back": "runs VMs"})
    add_note(col, "Cloze", {"Text": "{{c1::Paris}} is the capital of {{c2::France::country}}", "Back Extra": "geo"})
    if extra:
        extra(col)
    path = write_apkg(col, tmp_path / "deck.apkg", legacy=legacy)
    col.close()
    return path.read_bytes()


@pytest.mark.parametrize("legacy", LAYOUTS)
def test_reads_basic_reversed_and_cloze_notes_with_tags_as_sections(tmp_path, legacy):
    bank = apkg_bank(_package(tmp_path, legacy=legacy), deck="d")
    assert [(c.kind, c.front, c.back, c.section, c.explanation) for c in bank.cards] == [
        ("basic", "What is Docker?", "A container & runtime\ntool", "Tools › Docker", ""),
        ("basic", "hypervisor", "runs VMs", "", ""),
        ("reverse", "runs VMs", "hypervisor", "", ""),
        ("cloze", "_____ is the capital of France", "Paris", "", "geo"),
        ("cloze", "Paris is the capital of _____ (country)", "France", "", "geo"),
    ]
    assert bank.skipped == []


def test_media_is_left_out_and_reported(tmp_path):
    def with_image(col):
        add_note(col, "Basic", {"Front": 'Which logo? <img src="logo.png">', "Back": "Docker"})

    bank = apkg_bank(_package(tmp_path, legacy=False, extra=with_image), deck="d")
    assert ("Which logo?", "Docker") in [(c.front, c.back) for c in bank.cards]
    assert [s.reason for s in bank.skipped] == ["images and sounds left out of note text"]


@pytest.mark.django_db
@pytest.mark.parametrize("legacy", LAYOUTS)
def test_importing_the_same_package_again_updates_in_place_and_keeps_progress(tmp_path, legacy):
    content = _package(tmp_path, legacy=legacy)
    first = content_import(deck_slug="anki-deck", content=content, source_name="deck.apkg")
    assert first.added == 5
    card = Card.objects.get(deck__slug="anki-deck", front="hypervisor")
    learner = LearnerFactory()

    ReviewStateFactory(learner=learner, card=card)
    again = content_import(deck_slug="anki-deck", content=content, source_name="deck.apkg")
    assert (again.added, again.updated, again.unchanged, again.retired) == (0, 0, 5, 0)
    assert ReviewState.objects.filter(card=card, learner=learner).exists()


def _zip(**members) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name.replace("_", "."), data)
    return buffer.getvalue()


def _legacy_collection_with_schema(tmp_path, schema: int) -> bytes:
    content = _package(tmp_path, legacy=True)
    database = zipfile.ZipFile(io.BytesIO(content)).read("collection.anki21")
    path = tmp_path / "c.db"
    path.write_bytes(database)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE col SET ver = ?", (schema,))
    return _zip(collection_anki21=path.read_bytes())


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: b"# Not a zip at all\n", "not an Anki package: an .apkg is a zip archive"),
        (lambda tmp: _zip(readme_txt=b"hello"), "holds no Anki collection"),
        (lambda tmp: _zip(meta=b"\x08\x04", collection_anki21b=b""), "newer Anki \\(package version 4\\)"),
        (lambda tmp: _legacy_collection_with_schema(tmp, 99), "Anki schema 99, which Recall does not know"),
        (lambda tmp: _zip(collection_anki2=b"garbage" * 100), "not a readable SQLite database"),
        (lambda tmp: _zip(meta=b"\x08\x03", collection_anki21b=b"not zstd"), "not zstd-compressed"),
        (lambda tmp: apkg_bytes(slug="empty", title="Empty", description="", cards=[]), "holds no notes"),
        (lambda tmp: _zip(collection_anki2=bytes(BOMB)), "unpacks to 68 MB; the limit is 64 MB"),
        (
            lambda tmp: _zip(meta=b"\x08\x03", collection_anki21b=zstandard.compress(bytes(BOMB))),
            "unpacks to more than 64 MB",
        ),
    ],
)
def test_bad_packages_are_refused_in_one_line_and_change_nothing(tmp_path, make, message):
    with pytest.raises(InvalidInput, match=message) as raised:
        content_import(deck_slug="anki-deck", content=make(tmp_path), source_name="deck.apkg")
    assert "\n" not in str(raised.value)
    assert not Deck.objects.exists()
