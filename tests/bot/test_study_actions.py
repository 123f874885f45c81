"""The bot's study flow as its handlers call it (bot.actions), for the rules it shares with the API."""

import pytest

from bot import actions
from quizzes.models import ReviewState
from tests.factories import CardFactory, LearnerFactory, ReviewStateFactory

pytestmark = pytest.mark.django_db

CHAT = 5151


@pytest.fixture
def learner():
    return LearnerFactory(telegram_chat_id=CHAT)


@pytest.mark.parametrize("rating", ["hard", "good", "easy"])
def test_the_interval_on_a_rating_button_is_the_interval_applied(learner, rating):
    for n in range(8):  # fuzz varies by card, so one card could agree by luck
        card = CardFactory()
        ReviewStateFactory(learner=learner, card=card, stability=12.0 + n, reps=4, last_review=None)
        shown = actions.reveal(CHAT, card.pk).intervals[rating]
        graded = actions.rate(CHAT, card.pk, rating, client_id=f"tap-{n}")
        assert graded.interval == shown
    assert ReviewState.objects.filter(learner=learner, reps=5).count() == 8


def test_a_second_tap_on_another_rating_of_the_same_card_keeps_the_first(learner):
    card = CardFactory()
    first = actions.rate(CHAT, card.pk, "good", client_id="tg:msg-1")
    second = actions.rate(CHAT, card.pk, "again", client_id="tg:msg-1")
    assert first.created and not second.created
    assert second.rating == "good"
    assert ReviewState.objects.get(learner=learner, card=card).reps == 1
