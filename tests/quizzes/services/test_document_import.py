from pathlib import Path

import pytest
from django.utils import timezone

from quizzes.errors import InvalidInput
from quizzes.models import Card, Deck, Document, Note, ReviewLog, ReviewState
from quizzes.services.documents import document_import
from tests.factories import LearnerFactory

pytestmark = pytest.mark.django_db

SEED = (Path(__file__).resolve().parents[3] / "fixtures" / "virtualization.md").read_bytes()

SHEET = b"""# Docker
## CLI
```sh
# Download an image
docker pull IMAGE
# Upload an image
docker push IMAGE
# List all images
docker images
# Delete an image
docker rmi IMAGE
```
"""


def _import(content, **kwargs):
    return document_import(deck_slug="docker", content=content, source_name="doc.md", **kwargs)


def _review(card):
    learner = LearnerFactory()
    now = timezone.now()
    ReviewState.objects.create(learner=learner, card=card, deck=card.deck, state=2, due=now, reps=3)
    ReviewLog.objects.create(
        learner=learner, card=card, client_id="x", rating=3, state_after=2, due_after=now, reviewed_at=now
    )
    return learner


def test_first_import_creates_deck_notes_cards_and_keeps_the_document():
    report = _import(SHEET, title="Docker basics")
    deck = Deck.objects.get(slug="docker")
    assert deck.title == "Docker basics"
    assert report.added == Card.objects.filter(deck=deck).count() == 4
    assert Note.objects.filter(deck=deck).count() == 4
    assert Document.objects.get().sha256 and report.document_id


def test_reimporting_unchanged_touches_nothing():
    _import(SHEET)
    report = _import(SHEET)
    assert (report.added, report.updated, report.retired, report.unchanged) == (0, 0, 0, 4)
    assert Document.objects.count() == 1


def _no_generation(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("generated again")

    monkeypatch.setattr("quizzes.services.documents.generate", refuse)


def test_reimporting_the_same_file_reuses_its_bank_and_still_syncs_the_deck(monkeypatch):
    first = _import(SEED)
    edited = Card.objects.filter(kind="basic").first()
    Card.objects.filter(pk=edited.pk).update(front="Edited by staff", edited_by_staff=True)
    retired = Card.objects.exclude(pk=edited.pk).first()
    Card.objects.filter(pk=retired.pk).update(retired=True)
    _no_generation(monkeypatch)

    again = _import(SEED)

    # The stored bank is what generating would give: the same sync as before, card for card.
    assert (again.added, again.updated, again.retired, again.conflicts) == (0, 1, 0, [])
    assert again.unchanged == first.added - 1 and again.notes == first.notes and again.skipped == first.skipped
    assert Card.objects.get(pk=edited.pk).front == "Edited by staff"
    assert not Card.objects.get(pk=retired.pk).retired


def test_a_changed_document_or_generator_generates_again(monkeypatch):
    _import(SHEET)
    Document.objects.update(generator="an older generator")
    report = _import(SHEET)  # generated again, and the document now names today's generator
    assert report.unchanged == 4 and Document.objects.get().generator != "an older generator"

    _no_generation(monkeypatch)
    with pytest.raises(AssertionError, match="generated again"):
        _import(SHEET + b"# Tag an image\ndocker tag IMAGE NEW\n")


def test_only_the_latest_version_keeps_its_bank():
    _import(SHEET)
    _import(SHEET.replace(b"# List all images", b"# List every image"))
    latest, older = Document.objects.all()
    assert latest.bank and latest.generator
    assert older.bank is None and older.generator == ""


def test_reimport_updates_in_place_adds_and_retires_keeping_progress():
    _import(SHEET)
    pull = Card.objects.get(kind="basic", back="docker pull IMAGE")
    learner = _review(pull)
    rmi = Card.objects.get(back="docker rmi IMAGE")
    _review(rmi)

    changed = SHEET.replace(b"# Download an image", b"# Download an image from a registry").replace(
        b"# Delete an image\ndocker rmi IMAGE\n", b"# Show image history\ndocker history IMAGE\n"
    )
    report = _import(changed)

    pull.refresh_from_db()
    # Updated in place, same row: with a new command beside it the fact is now asked as a choice.
    assert pull.front == "Using docker, which command would you use to download an image from a registry?"
    assert pull.kind == "mcq" and pull.key.endswith(":mcq")
    assert ReviewState.objects.get(learner=learner, card=pull).reps == 3
    rmi.refresh_from_db()
    assert rmi.retired and ReviewLog.objects.filter(card=rmi).exists()
    assert Card.objects.filter(back="docker history IMAGE", retired=False).exists()
    assert report.retired >= 1 and report.added >= 1 and report.updated >= 1
    assert Card.objects.filter(deck__slug="docker").values("key").distinct().count() == Card.objects.count()


def test_a_vanished_card_comes_back_when_its_fact_returns():
    _import(SHEET)
    _import(SHEET.replace(b"# Delete an image\ndocker rmi IMAGE\n", b""))
    assert Card.objects.filter(back="docker rmi IMAGE", retired=True).exists()
    _import(SHEET)
    assert Card.objects.filter(back="docker rmi IMAGE", retired=False).count() == 1


def test_staff_edits_are_never_overwritten_and_reported_as_conflicts():
    _import(SHEET)
    card = Card.objects.get(kind="basic", back="docker pull IMAGE")
    Card.objects.filter(pk=card.pk).update(front="How do you fetch an image?", edited_by_staff=True)
    report = _import(SHEET.replace(b"# Download an image", b"# Download an image by name"))
    card.refresh_from_db()
    assert card.front == "How do you fetch an image?"
    assert [c["card"] for c in report.conflicts] == [card.pk]


def test_dry_run_reports_but_saves_nothing():
    report = _import(SHEET, dry_run=True)
    assert report.added == 4 and report.dry_run
    assert not Deck.objects.exists() and not Card.objects.exists() and not Document.objects.exists()


def test_seed_imports_with_skips_reported():
    report = document_import(deck_slug="virtualization", content=SEED, source_name="virtualization.md")
    reasons = {s["reason"] for s in report.skipped}
    assert {"copyright line", "image", "TODO placeholder"} <= reasons
    # Every fact's best card (a term's reverse too): the Docker sheet, definitions, the rated table, clozes
    assert report.added <= 2 * report.notes and report.added > 45


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        ("caf\xe9".encode("latin-1") + b" text", "not UTF-8"),
        (b"a" * (2 * 1024 * 1024 + 1), "limit"),
    ],
)
def test_bad_documents_are_rejected_and_nothing_is_written(content, message):
    with pytest.raises(InvalidInput, match=message):
        _import(content)
    assert not Deck.objects.exists()


def test_a_slug_without_letters_is_rejected():
    with pytest.raises(InvalidInput):
        document_import(deck_slug="!!!", content=SHEET, source_name="x.md")


def test_a_document_whose_text_yields_nothing_says_so_in_one_line():
    report = _import(b"Hello there.\n\n![a cat](cat.png)\n", dry_run=True)
    assert report.summary().startswith("Nothing to ask: none of the 2 blocks states a fact")
