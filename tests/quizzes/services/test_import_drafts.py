import pytest

from quizzes.errors import Conflict, InvalidInput, NotFound
from quizzes.models import Card, CardReport, Deck, ImportDraft
from quizzes.services import import_drafts
from quizzes.services.card_reports import card_report
from quizzes.services.documents import document_import
from tests.factories import LearnerFactory
from tests.quizzes.services.test_document_import import SHEET  # the Docker sheet every import test reads

pytestmark = pytest.mark.django_db

CHANGED = SHEET.replace(b"# Download an image", b"# Download an image by name").replace(
    b"# Delete an image\ndocker rmi IMAGE\n", b""
)


def _draft(content, slug="docker"):
    return import_drafts.import_draft_create(deck_slug=slug, content=content, source_name="docker.md")


def _edit_pull_card(front="How do you fetch an image?"):
    card = Card.objects.get(kind="basic", back="docker pull IMAGE")
    Card.objects.filter(pk=card.pk).update(front=front, edited_by_staff=True)
    return card


def test_a_draft_of_a_new_deck_previews_every_card_and_creates_nothing():
    draft = _draft(SHEET)
    assert draft.status == ImportDraft.Status.PENDING
    assert draft.preview["added"]["total"] == 4 == len(draft.preview["added"]["items"])
    assert "Using docker, how do you download an image?" in [c["front"] for c in draft.preview["added"]["items"]]
    assert not Deck.objects.exists() and not Card.objects.exists()


def test_publishing_a_draft_runs_the_import_once():
    draft = _draft(SHEET)
    report = import_drafts.import_draft_publish(draft_id=draft.pk)
    assert report.added == 4 and Deck.objects.get(slug="docker").cards.count() == 4
    draft.refresh_from_db()
    assert draft.status == ImportDraft.Status.PUBLISHED and draft.report["added"] == 4
    with pytest.raises(Conflict):
        import_drafts.import_draft_publish(draft_id=draft.pk)


def test_a_reimport_draft_names_updates_with_before_and_after_retirements_and_leaves_cards_alone():
    document_import(deck_slug="docker", content=SHEET, source_name="docker.md")
    draft = _draft(CHANGED)
    preview = draft.preview
    updated = {u["before"]["back"]: u for u in preview["updated"]["items"]}
    pull = updated["docker pull IMAGE"]
    assert pull["before"]["front"] == "Using docker, how do you download an image?"
    assert pull["after"]["front"] == "Using docker, how do you download an image by name?"
    assert "front" in pull["changed"]
    assert any(
        r["front"] == "Using docker, which command would you use to delete an image?"
        for r in preview["retired"]["items"]
    )
    assert preview["unchanged"] > 0 and preview["conflicts"]["total"] == 0
    assert Card.objects.filter(front="Using docker, how do you download an image?", retired=False).exists()
    assert not Card.objects.filter(retired=True).exists()


def test_a_conflict_shows_both_versions():
    document_import(deck_slug="docker", content=SHEET, source_name="docker.md")
    card = _edit_pull_card()
    conflicts = _draft(CHANGED).preview["conflicts"]["items"]
    assert [c["card"] for c in conflicts] == [card.pk]
    assert conflicts[0]["mine"]["front"] == "How do you fetch an image?"
    assert conflicts[0]["theirs"]["front"] == "Using docker, how do you download an image by name?"


def test_keep_mine_chosen_before_publishing_keeps_the_edit_and_stops_the_conflict():
    document_import(deck_slug="docker", content=SHEET, source_name="docker.md")
    card = _edit_pull_card()
    draft = _draft(CHANGED)
    import_drafts.import_conflict_resolve(draft_id=draft.pk, key=card.key, take="mine")
    report = import_drafts.import_draft_publish(draft_id=draft.pk)
    card.refresh_from_db()
    assert card.front == "How do you fetch an image?" and card.edited_by_staff and report.conflicts == []
    again = document_import(deck_slug="docker", content=CHANGED, source_name="docker.md")
    assert again.conflicts == []


def test_take_the_documents_version_after_publishing_replaces_the_edit_and_resolves_reports():
    document_import(deck_slug="docker", content=SHEET, source_name="docker.md")
    card = _edit_pull_card()
    card_report(learner=LearnerFactory(), card_id=card.pk, reason="unclear")
    draft = _draft(CHANGED)
    report = import_drafts.import_draft_publish(draft_id=draft.pk)
    assert [c["card"] for c in report.conflicts] == [card.pk]
    import_drafts.import_conflict_resolve(draft_id=draft.pk, key=card.key, take="document")
    card.refresh_from_db()
    assert card.front == "Using docker, how do you download an image by name?" and not card.edited_by_staff
    assert CardReport.objects.get().resolved_at is not None
    draft.refresh_from_db()
    assert draft.report["conflicts"][0]["resolved"] == "document"
    assert document_import(deck_slug="docker", content=CHANGED, source_name="docker.md").conflicts == []


def test_resolving_needs_a_known_conflict_and_choice():
    draft = _draft(SHEET)
    with pytest.raises(InvalidInput):
        import_drafts.import_conflict_resolve(draft_id=draft.pk, key="x", take="both")
    with pytest.raises(NotFound):
        import_drafts.import_conflict_resolve(draft_id=draft.pk, key="no-such-card", take="mine")


def test_a_discarded_draft_cannot_be_published():
    draft = _draft(SHEET)
    import_drafts.import_draft_discard(draft_id=draft.pk)
    with pytest.raises(Conflict):
        import_drafts.import_draft_publish(draft_id=draft.pk)
    assert not Deck.objects.exists()


def test_a_preview_lists_at_most_the_limit_but_counts_everything(monkeypatch):
    monkeypatch.setattr(import_drafts, "PREVIEW_LIMIT", 3)
    preview = _draft(SHEET).preview
    assert preview["added"]["total"] == 4 and len(preview["added"]["items"]) == 3


def test_a_bad_document_makes_no_draft():
    with pytest.raises(InvalidInput):
        _draft(b"\x00binary")
    assert not ImportDraft.objects.exists()


def test_an_import_that_changes_or_drops_a_reported_card_closes_its_reports():
    document_import(deck_slug="docker", content=SHEET, source_name="docker.md")
    learner = LearnerFactory()
    changed = Card.objects.get(kind="basic", back="docker pull IMAGE")
    dropped = Card.objects.get(back="docker rmi IMAGE")
    untouched = Card.objects.get(kind="basic", back="docker images")
    for card in (changed, dropped, untouched):
        card_report(learner=learner, card_id=card.pk, reason="wrong")
    document_import(deck_slug="docker", content=CHANGED, source_name="docker.md")
    open_reports = CardReport.objects.filter(resolved_at__isnull=True)
    assert list(open_reports.values_list("card", flat=True)) == [untouched.pk]
