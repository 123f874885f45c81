"""Every .apkg Recall writes is opened with the `anki` library: what Anki would show is what is checked."""

import time
from pathlib import Path

import pytest

from quizzes.exports import deck_export_file
from quizzes.models import Card, Deck
from quizzes.services.documents import document_import
from quizzes.services.imports import content_import
from tests.anki_collections import import_apkg, new_collection, notes_of
from tests.factories import CardFactory, DeckFactory, McqCardFactory, NoteFactory, TrueFalseCardFactory

pytestmark = pytest.mark.django_db
SEED = Path(__file__).resolve().parents[3] / "fixtures" / "virtualization.md"


def _open_in_anki(tmp_path, deck, name="deck"):
    path = tmp_path / f"{name}.apkg"
    path.write_bytes(deck_export_file(deck=deck, format="apkg").content)
    col = new_collection(tmp_path / f"anki-{name}")
    log = import_apkg(col, path)
    return col, log


@pytest.fixture
def deck(db):
    deck = DeckFactory(slug="docker", title="Docker")
    pair = NoteFactory(deck=deck, key="pair")
    CardFactory(deck=deck, note=pair, key="pair:basic", front="hypervisor", back="runs <VMs> & more", section="Basics")
    CardFactory(deck=deck, note=pair, key="pair:reverse", kind="reverse", front="runs <VMs> & more", back="hypervisor")
    listed = NoteFactory(deck=deck, key="list")
    for item in ("build", "ship", "run"):
        shown = ", ".join("_____" if other == item else other for other in ("build", "ship", "run"))
        CardFactory(
            deck=deck,
            note=listed,
            key=f"list:cloze:{item}",
            kind="cloze",
            front=f"Docker steps: {shown}.",
            back=item,
            section="Docker › Workflow",
        )
    McqCardFactory(deck=deck, key="mcq", front="Which is greek?", explanation="gamma is a letter.")
    TrueFalseCardFactory(deck=deck, key="tf", front="True or false? Containers need a full OS.")
    CardFactory(deck=deck, key="gone", front="Retired question", retired=True)
    return deck


def test_notes_fields_cloze_numbering_and_tags_match_the_deck(tmp_path, deck):
    col, log = _open_in_anki(tmp_path, deck)
    notes = {n.notetype: n for n in notes_of(col)}
    assert len(log.new) == 4 and len(notes_of(col)) == 4  # the retired card stays out

    pair = notes["Basic (and reversed card)"]
    assert pair.fields == {"Front": "hypervisor", "Back": "runs &lt;VMs&gt; &amp; more"} and pair.ords == [0, 1]
    assert pair.tags == ["Basics"]

    cloze = notes["Cloze"]
    assert cloze.fields["Text"] == "Docker steps: {{c1::build}}, {{c2::ship}}, {{c3::run}}."
    assert cloze.ords == [0, 1, 2] and cloze.tags == ["Docker::Workflow"]

    basics = [n for n in notes_of(col) if n.notetype == "Basic"]
    fronts = sorted(n.fields["Front"] for n in basics)
    assert fronts[0].startswith("True or false? Containers need a full OS.<ol") and "<li>False</li>" in fronts[0]
    assert fronts[1] == 'Which is greek?<ol type="A"><li>alpha</li><li>beta</li><li>gamma</li><li>delta</li></ol>'
    mcq = next(n for n in basics if n.fields["Front"].startswith("Which"))
    assert mcq.fields["Back"] == "gamma<br><br>gamma is a letter."
    col.close()


def test_a_second_export_after_a_reimport_updates_the_same_anki_notes(tmp_path):
    document_import(deck_slug="virtualization", content=SEED.read_bytes(), source_name="v.md")
    deck = Deck.objects.get(slug="virtualization")
    col, first = _open_in_anki(tmp_path, deck, "first")
    count = len(notes_of(col))
    guids = {n.guid for n in notes_of(col)}
    assert len(first.new) == count > 45  # the whole seed bank, one card per fact

    # A corrected definition: the same notes, one with new text.
    changed = SEED.read_text().replace("creates and runs virtual machines", "creates and runs guest machines")
    report = document_import(deck_slug="virtualization", content=changed.encode(), source_name="v.md")
    assert report.updated > 0 and report.added == 0
    # Anki updates a note only when the incoming modification time differs from its own, and genanki
    # stamps every note with the export's time in whole seconds: a second export needs a later second.
    time.sleep(1.1)
    path = tmp_path / "second.apkg"
    path.write_bytes(deck_export_file(deck=deck, format="apkg").content)
    second = import_apkg(col, path)
    assert len(second.new) == 0 and len(second.updated) > 0 and len(notes_of(col)) == count
    assert {n.guid for n in notes_of(col)} == guids
    assert any("creates and runs guest machines" in n.fields.get("Back", "") for n in notes_of(col))
    col.close()


def test_round_trip_through_apkg_gives_the_same_fronts_and_backs(tmp_path):
    document_import(deck_slug="virtualization", content=SEED.read_bytes(), source_name="v.md")
    source = Deck.objects.get(slug="virtualization")
    exported = deck_export_file(deck=source, format="apkg").content
    report = content_import(deck_slug="copy", content=exported, source_name="virtualization.apkg")
    assert report.skipped == []

    flashcards = ["basic", "reverse", "cloze"]
    originals = Card.objects.filter(deck=source, kind__in=flashcards)
    copies = Card.objects.filter(deck__slug="copy", kind__in=flashcards)
    assert Card.objects.filter(deck__slug="copy").count() == Card.objects.filter(deck=source).count()
    # A reverse card phrased its own way travels as a Basic note, so kinds may differ; text may not.
    assert {(c.front, c.back) for c in originals} <= {(c.front, c.back) for c in copies}
    assert originals.count() > 20
    # Quiz cards come back as flashcards whose front lists the choices and whose back is the answer.
    for quiz in Card.objects.filter(deck=source, kind__in=["mcq", "true_false"]):
        copied = Card.objects.get(deck__slug="copy", front__startswith=quiz.front + "\n")
        assert copied.back.startswith(quiz.answer) and all(choice in copied.front for choice in quiz.choices)
