"""Review history is append-only: staff cannot delete a reviewed card or deck over the API (409),
only what nobody has reviewed (204)."""

import pytest
from django.db.models import ProtectedError

from quizzes.models import Card, Deck, ReviewLog, ReviewState
from quizzes.services.reviews import review_record

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviewed(learner, basic_card):
    review_record(learner=learner, card=basic_card, rating="good")
    return basic_card


def test_deleting_a_reviewed_card_is_409_and_keeps_every_review(staff_api, reviewed):
    response = staff_api.delete(f"/api/v1/cards/{reviewed.pk}/")
    assert response.status_code == 409
    assert "1 review(s)" in response.json()["detail"] and "retire it instead" in response.json()["detail"]
    assert Card.objects.filter(pk=reviewed.pk).exists()
    assert ReviewLog.objects.filter(card=reviewed).count() == 1 and ReviewState.objects.filter(card=reviewed).exists()


def test_deleting_a_deck_with_reviewed_cards_is_409(staff_api, reviewed):
    response = staff_api.delete("/api/v1/decks/docker/")
    assert response.status_code == 409 and "unpublish it instead" in response.json()["detail"]
    assert Deck.objects.filter(slug="docker").exists() and ReviewLog.objects.count() == 1


def test_a_card_or_deck_nobody_reviewed_is_deleted(staff_api, reviewed, deck):
    other = deck.cards.exclude(pk=reviewed.pk).first()
    assert staff_api.delete(f"/api/v1/cards/{other.pk}/").status_code == 204
    assert not Card.objects.filter(pk=other.pk).exists()


def test_no_path_can_cascade_reviews_away(reviewed):
    with pytest.raises(ProtectedError):
        reviewed.deck.delete()
    assert ReviewLog.objects.count() == 1
