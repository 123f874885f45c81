"""The admin's delete retires what learners have reviewed instead of cascading their history away."""

import pytest
from django.urls import reverse

from quizzes.models import Card, Deck, ReviewLog
from quizzes.services.reviews import review_record
from tests.factories import CardFactory, DeckFactory, LearnerFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    client.force_login(UserFactory(username="editor", is_staff=True, is_superuser=True))
    return client


@pytest.fixture
def deck():
    deck = DeckFactory(slug="docker", title="Docker")
    reviewed, fresh = CardFactory(deck=deck, front="Reviewed?"), CardFactory(deck=deck, front="Fresh?")
    review_record(learner=LearnerFactory(), card=reviewed, rating="good")
    deck.reviewed, deck.fresh = reviewed, fresh
    return deck


def test_deleting_a_reviewed_card_retires_it_and_says_so(staff_client, deck):
    url = reverse("admin:quizzes_card_delete", args=[deck.reviewed.pk])
    assert staff_client.get(url).status_code == 200  # the confirmation page does not refuse
    response = staff_client.post(url, {"post": "yes"}, follow=True)
    assert response.status_code == 200
    assert "retired instead of deleted" in response.content.decode()
    card = Card.objects.get(pk=deck.reviewed.pk)
    assert card.retired and ReviewLog.objects.filter(card=card).count() == 1


def test_bulk_delete_retires_the_reviewed_and_deletes_the_rest(staff_client, deck):
    response = staff_client.post(
        reverse("admin:quizzes_card_changelist"),
        {"action": "delete_selected", "_selected_action": [deck.reviewed.pk, deck.fresh.pk], "post": "yes"},
        follow=True,
    )
    assert response.status_code == 200
    assert Card.objects.get(pk=deck.reviewed.pk).retired
    assert not Card.objects.filter(pk=deck.fresh.pk).exists()
    assert ReviewLog.objects.count() == 1


def test_deleting_a_deck_with_reviews_unpublishes_it_and_retires_its_cards(staff_client, deck):
    url = reverse("admin:quizzes_deck_delete", args=[deck.pk])
    response = staff_client.post(url, {"post": "yes"}, follow=True)
    assert response.status_code == 200 and "unpublished" in response.content.decode()
    kept = Deck.objects.get(pk=deck.pk)
    assert not kept.published and not kept.cards.filter(retired=False).exists()
    assert ReviewLog.objects.count() == 1


def test_a_deck_nobody_reviewed_is_deleted(staff_client):
    empty = DeckFactory(slug="empty")
    CardFactory(deck=empty)
    staff_client.post(reverse("admin:quizzes_deck_delete", args=[empty.pk]), {"post": "yes"})
    assert not Deck.objects.filter(pk=empty.pk).exists()
