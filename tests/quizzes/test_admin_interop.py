"""The admin's Anki export action and its upload of packages and tables."""

import pytest
from django.urls import reverse

from quizzes.models import Deck
from tests.anki_collections import add_note, import_apkg, new_collection, notes_of, write_apkg
from tests.factories import CardFactory, DeckFactory, UserFactory
from tests.quizzes.admin_uploads import upload_and_run

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    client.force_login(UserFactory(username="editor", is_staff=True, is_superuser=True))
    return client


def test_export_action_downloads_the_deck_as_an_apkg(staff_client, tmp_path):
    deck = DeckFactory(slug="docker")
    CardFactory.create_batch(3, deck=deck)
    response = staff_client.post(
        reverse("admin:quizzes_deck_changelist"), {"action": "export_apkg", "_selected_action": [deck.pk]}
    )
    assert response.status_code == 200 and response["Content-Disposition"] == 'attachment; filename="docker.apkg"'
    (tmp_path / "d.apkg").write_bytes(response.content)
    col = new_collection(tmp_path / "anki")
    import_apkg(col, tmp_path / "d.apkg")
    assert len(notes_of(col)) == 3
    col.close()


def test_export_action_asks_for_one_deck(staff_client):
    ids = [DeckFactory().pk, DeckFactory().pk]
    response = staff_client.post(
        reverse("admin:quizzes_deck_changelist"), {"action": "export_apkg", "_selected_action": ids}, follow=True
    )
    assert "Select exactly one deck to export." in response.content.decode()


@pytest.mark.parametrize("kind", ["apkg", "csv"])
def test_packages_and_tables_are_imported_by_a_job_not_drafted(staff_client, eager_celery, tmp_path, kind):
    if kind == "apkg":
        col = new_collection(tmp_path / "anki")
        add_note(col, "Basic", {"Front": "What is Docker?", "Back": "A container runtime"})
        content = write_apkg(col, tmp_path / "deck.apkg", legacy=False).read_bytes()
        col.close()
    else:
        content = b"front,back\nWhat is Docker?,A container runtime\n"
    response = upload_and_run(staff_client, content, name=f"deck.{kind}")
    page = staff_client.get(response["Location"]).content.decode()
    assert "Import report" in page and "What is Docker?" in page
    assert Deck.objects.get(slug="docker").cards.get().front == "What is Docker?"
