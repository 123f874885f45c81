"""import_deck and export_deck with Anki packages and tables, and one slug everywhere."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from quizzes.models import Card, Deck
from tests.anki_collections import import_apkg, new_collection, notes_of

pytestmark = pytest.mark.django_db
SEED = Path(__file__).resolve().parents[2] / "fixtures" / "virtualization.md"


def _run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_export_deck_writes_an_apkg_that_anki_opens(tmp_path):
    _run("import_deck", str(SEED), "--deck", "virtualization")
    target = tmp_path / "v.apkg"
    _, err = _run("export_deck", "virtualization", "--format", "apkg", "--output", str(target))
    assert "Wrote" in err
    col = new_collection(tmp_path / "anki")
    log = import_apkg(col, target)
    assert len(log.new) == len(notes_of(col)) > 45  # the whole seed bank, one card per fact
    col.close()


def test_apkg_export_needs_an_output_file():
    _run("import_deck", str(SEED), "--deck", "virtualization")
    with pytest.raises(CommandError, match="give --output PATH"):
        _run("export_deck", "virtualization", "--format", "apkg")


def test_import_deck_reads_a_table_and_a_second_import_updates_in_place(tmp_path):
    table = tmp_path / "cards.csv"
    table.write_text("front,back,tags\nWhat is 2+2?,four,math\nCapital of France?,Paris,geo\n")
    out, _ = _run("import_deck", str(table), "--deck", "quiz")
    assert out.startswith("Deck quiz: 2 added")
    table.write_text("front,back,tags\nWhat is 2+2?,4,math\nCapital of France?,Paris,geo\n")
    out, _ = _run("import_deck", str(table), "--deck", "quiz")
    assert out.startswith("Deck quiz: 0 added, 1 updated, 0 retired, 1 unchanged")
    assert Card.objects.get(front="What is 2+2?").back == "4"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("deck.apkg", b"not a zip", "not an Anki package"),
        ("ragged.csv", b"front,back\nQ,A,extra\n", "Row 2 has 3 fields"),
        ("headless.csv", b"Q,A\nQ2,A2\n", "no header row"),
    ],
)
def test_import_deck_refuses_bad_files_in_one_line(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message) as raised:
        _run("import_deck", str(path), "--deck", "x")
    assert "\n" not in str(raised.value)
    assert not Deck.objects.exists()


def test_a_slug_is_kept_exactly_as_given_so_export_finds_the_deck(tmp_path):
    out, _ = _run("import_document", str(SEED), "--deck", "mlb--intro")
    assert out.startswith("Deck mlb--intro:")
    out, _ = _run("export_deck", "mlb--intro", "--format", "csv")
    assert out.startswith("key,kind,front")
    assert list(Deck.objects.values_list("slug", flat=True)) == ["mlb--intro"]


@pytest.mark.parametrize("command", ["import_deck", "export_deck"])
def test_an_invalid_slug_is_refused_naming_the_valid_form(command):
    args = [str(SEED), "--deck", "MLB intro!"] if command == "import_deck" else ["MLB intro!"]
    with pytest.raises(CommandError, match="use only letters, digits, hyphens and underscores"):
        _run(command, *args)
    assert not Deck.objects.exists()


def test_a_csv_export_imports_back_with_the_same_fronts_and_backs(tmp_path):
    _run("import_deck", str(SEED), "--deck", "virtualization")
    target = tmp_path / "v.csv"
    _run("export_deck", "virtualization", "--format", "csv", "--output", str(target))
    out, _ = _run("import_deck", str(target), "--deck", "copy")
    assert "0 skipped" in out

    def cards(slug):
        return sorted(Card.objects.filter(deck__slug=slug).values_list("front", "back"))

    assert cards("copy") == cards("virtualization")
