import pytest
from django.urls import reverse

from quizzes.models import Card, Deck
from tests.factories import CardFactory, DeckFactory, UserFactory
from tests.multipart import MultipartUpload

pytestmark = pytest.mark.django_db


def _change_url(card):
    return reverse("admin:quizzes_card_change", args=[card.pk])


def _card_post(card, **overrides):
    """The card form as the browser sends it, with the (empty) reports inline's management form."""
    data = {
        "deck": card.deck_id,
        "kind": card.kind,
        "section": card.section,
        "front": card.front,
        "back": card.back,
        "explanation": card.explanation,
        "reports-TOTAL_FORMS": "0",
        "reports-INITIAL_FORMS": "0",
        "reports-MIN_NUM_FORMS": "0",
        "reports-MAX_NUM_FORMS": "1000",
    }
    if card.kind == Card.Kind.MCQ:
        data.update({f"choice_{n}": c for n, c in enumerate(card.choices, start=1)})
        if card.answer in card.choices:
            data["correct"] = str(card.choices.index(card.answer) + 1)
    if card.kind == Card.Kind.TRUE_FALSE:
        data["truth"] = card.answer
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


@pytest.fixture
def staff_client(client):
    client.force_login(UserFactory(username="editor", is_staff=True, is_superuser=True))
    return client


@pytest.mark.parametrize(
    "model",
    [
        "deck",
        "card",
        "importdraft",
        "importjob",
        "cardreport",
        "note",
        "document",
        "learner",
        "reviewlog",
        "reviewstate",
        "quizsession",
        "delivery",
    ],
)
def test_every_changelist_renders(staff_client, model):
    from quizzes.models import CardReport, ImportDraft, ImportJob
    from tests.factories import LearnerFactory

    CardReport.objects.create(card=CardFactory(), learner=LearnerFactory(), reason="typo", note="teh")
    ImportDraft.objects.create(deck_slug="docker", source_name="docker.md", text="# Docker")
    ImportJob.objects.create(deck_slug="docker", source_name="docker.md", content=b"# Docker")
    response = staff_client.get(reverse(f"admin:quizzes_{model}_changelist"))
    assert response.status_code == 200


def test_card_list_filters_by_kind_and_searches(staff_client):
    CardFactory(front="What is a hypervisor?")
    CardFactory(front="Which command lists images?", kind=Card.Kind.REVERSE)
    response = staff_client.get(reverse("admin:quizzes_card_changelist"), {"kind": "reverse"})
    assert b"lists images" in response.content and b"hypervisor" not in response.content
    response = staff_client.get(reverse("admin:quizzes_card_changelist"), {"q": "hypervisor"})
    assert b"hypervisor" in response.content and b"lists images" not in response.content


def test_editing_card_text_marks_it_as_edited_by_staff(staff_client):
    card = CardFactory()
    response = staff_client.post(_change_url(card), _card_post(card, front="A better question?"))
    assert response.status_code == 302, response.content[:2000]
    card.refresh_from_db()
    assert card.front == "A better question?" and card.edited_by_staff


def test_bulk_unpublish_and_publish_decks(staff_client):
    decks = [DeckFactory(), DeckFactory()]
    url = reverse("admin:quizzes_deck_changelist")
    ids = [d.pk for d in decks]
    staff_client.post(url, {"action": "unpublish", "_selected_action": ids})
    assert not Deck.objects.filter(published=True).exists()
    staff_client.post(url, {"action": "publish", "_selected_action": ids})
    assert Deck.objects.filter(published=True).count() == 2


def test_review_history_is_read_only(staff_client):
    response = staff_client.get(reverse("admin:quizzes_reviewlog_add"))
    assert response.status_code == 403


def test_upload_page_needs_staff(client):
    response = client.get(reverse("admin:quizzes_deck_upload"))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_an_oversized_admin_upload_is_refused_before_its_body_is_read(staff_client):
    body = MultipartUpload(50 * 1024 * 1024)
    response = staff_client.generic(
        "POST",
        reverse("admin:quizzes_deck_upload"),
        data=b"x",
        content_type=f"multipart/form-data; boundary={body.BOUNDARY}",
        CONTENT_LENGTH=str(body.size),
        **{"wsgi.input": body},
    )
    assert response.status_code == 413 and "too large" in response.content.decode()
    assert body.read_bytes == 0
    assert not Deck.objects.exists()
