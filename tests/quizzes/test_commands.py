import csv
import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from quizzes.management.commands.seed_fixture import OUTPUT, seed_fixture_text
from quizzes.models import Card, Deck, ImportDraft

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "fixtures" / "virtualization.md"


def _run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_import_document_prints_the_report():
    out, _ = _run("import_document", str(SEED), "--deck", "virtualization", "--title", "Virtualization")
    assert out.startswith("Deck virtualization: ")
    assert "added" in out and "skipped (TODO placeholder)" in out
    assert Deck.objects.get().title == "Virtualization"


def test_import_document_draft_stores_a_preview_and_publishes_nothing():
    out, _ = _run("import_document", str(SEED), "--deck", "virtualization", "--draft")
    draft = ImportDraft.objects.get()
    assert out.startswith(f"Draft {draft.pk} for deck virtualization: ") and "added" in out
    assert draft.preview["added"]["total"] > 0 and not Deck.objects.exists()


def test_import_document_dry_run_saves_nothing():
    out, _ = _run("import_document", str(SEED), "--deck", "v", "--dry-run")
    assert "dry run" in out and not Card.objects.exists()


@pytest.mark.parametrize(
    ("make_path", "message"),
    [
        (lambda tmp: tmp / "missing.md", "No such file"),
        (lambda tmp: tmp, "Not a file"),
        (lambda tmp: _write(tmp / "bin.md", b"\x00\x01\x02"), "binary"),
        (lambda tmp: _write(tmp / "latin.md", "é".encode("latin-1")), "not UTF-8"),
        (lambda tmp: _write(tmp / "empty.md", b""), "empty"),
        (lambda tmp: _write(tmp / "big.md", b"x" * (2 * 1024 * 1024 + 10)), "limit"),
    ],
)
def test_import_document_rejects_bad_input_with_one_line(tmp_path, make_path, message):
    with pytest.raises(CommandError, match=message) as excinfo:
        _run("import_document", str(make_path(tmp_path)), "--deck", "x")
    assert "\n" not in str(excinfo.value)
    assert not Deck.objects.exists()


def _write(path, content):
    path.write_bytes(content)
    return path


def test_export_json_has_the_documented_shape(tmp_path):
    _run("import_document", str(SEED), "--deck", "virtualization")
    target = tmp_path / "deck.json"
    _run("export_deck", "virtualization", "--format", "json", "--output", str(target))
    data = json.loads(target.read_text())
    assert set(data["deck"]) >= {"slug", "title"}
    card = data["cards"][0]
    assert set(card) == {"key", "kind", "front", "back", "choices", "answer", "explanation", "section", "note"}
    for card in data["cards"]:
        if card["kind"] == "mcq":
            assert card["answer"] in card["choices"]
        elif card["kind"] == "true_false":
            assert card["answer"] in ("True", "False")
        else:
            assert card["choices"] == [] and card["answer"] == card["back"]


def test_export_leaves_out_retired_cards_unless_asked(tmp_path):
    _run("import_document", str(SEED), "--deck", "virtualization")
    Card.objects.filter(pk=Card.objects.first().pk).update(retired=True)
    total = Card.objects.count()
    out, _ = _run("export_deck", "virtualization")
    assert len(json.loads(out)["cards"]) == total - 1
    out, _ = _run("export_deck", "virtualization", "--include-retired")
    assert len(json.loads(out)["cards"]) == total


def test_export_csv(tmp_path):
    _run("import_document", str(SEED), "--deck", "virtualization")
    out, _ = _run("export_deck", "virtualization", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == Card.objects.count()
    assert json.loads(next(r for r in rows if r["kind"] == "mcq")["choices"])


def test_export_unknown_deck_fails_cleanly():
    with pytest.raises(CommandError, match="No deck"):
        _run("export_deck", "nope")


def test_seed_fixture_matches_a_fresh_generation_and_loads():
    assert OUTPUT.read_text() == seed_fixture_text() + "\n", "run `python manage.py seed_fixture`"
    call_command("loaddata", str(OUTPUT), verbosity=0)
    assert Card.objects.filter(deck__slug="virtualization").count() == sum(
        1 for row in json.loads(OUTPUT.read_text()) if row["model"] == "quizzes.card"
    )


def test_bootstrap_imports_the_seed_and_creates_an_admin_once():
    out, _ = _run("bootstrap")
    assert "Imported the seed deck" in out and "Created the demo admin" in out and "Telegram bot: off" in out
    out, _ = _run("bootstrap")
    assert "Imported" not in out and "Created" not in out


@pytest.fixture
def eager_celery():
    from config.celery import app

    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = False


def test_send_reminders_queues_and_delivers(eager_celery, settings):
    from datetime import timedelta

    from django.utils import timezone

    from tests.factories import LearnerFactory, ReviewStateFactory
    from tests.telegram_double import BotApiDouble

    learner = LearnerFactory(telegram_chat_id=555, next_reminder_at=timezone.now() - timedelta(minutes=1))
    ReviewStateFactory(learner=learner, stability=1.0, due=timezone.now() - timedelta(hours=2))
    with BotApiDouble() as api:
        settings.TELEGRAM_API_URL, settings.TELEGRAM_BOT_TOKEN = api.url, api.token
        out, _ = _run("send_reminders")
        assert out.strip() == "Queued 1 reminder deliveries."
        assert [int(p["chat_id"]) for p in api.delivered()] == [555]
        out, _ = _run("send_reminders", "--ignore-schedule")
        assert out.strip() == "Queued 0 reminder deliveries."
