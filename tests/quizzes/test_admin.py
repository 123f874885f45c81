import pytest
from django.urls import reverse

from quizzes.models import Card, Deck
from tests.factories import CardFactory, DeckFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    client.force_login(UserFactory(username="editor", is_staff=True, is_superuser=True))
    return client


@pytest.mark.parametrize(
    "model",
    ["deck", "card", "note", "document", "learner", "reviewlog", "reviewstate", "quizsession", "delivery"],
)
def test_every_changelist_renders(staff_client, model):
    CardFactory()
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
    url = reverse("admin:quizzes_card_change", args=[card.pk])
    data = {
        "deck": card.deck_id,
        "kind": card.kind,
        "section": "",
        "front": "A better question?",
        "back": card.back,
        "choices": "[]",
        "answer": "",
        "explanation": "",
    }
    response = staff_client.post(url, data)
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


UPLOAD = b"# Docker\n## CLI\n```sh\n# Download an image\ndocker pull IMAGE\n# List all images\ndocker images\n```\n"


def test_upload_creates_the_deck_and_shows_report_and_cards(staff_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    url = reverse("admin:quizzes_deck_upload")
    assert b"Upload a document" in staff_client.get(url).content
    response = staff_client.post(
        url, {"document": SimpleUploadedFile("docker.md", UPLOAD), "deck": "docker", "title": "Docker"}
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Import report" in body and "Using docker, how do you download an image?" in body
    assert Deck.objects.get(slug="docker").cards.count() == 6  # two commands: no mcq without 3 distractors


def test_upload_of_a_bad_file_shows_the_error_and_writes_nothing(staff_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = staff_client.post(
        reverse("admin:quizzes_deck_upload"),
        {"document": SimpleUploadedFile("x.md", b"\x00\x01binary"), "deck": "docker"},
    )
    assert response.status_code == 200 and b"binary" in response.content
    assert not Deck.objects.exists()


def test_upload_page_needs_staff(client):
    response = client.get(reverse("admin:quizzes_deck_upload"))
    assert response.status_code == 302 and "/login/" in response["Location"]
