import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from quizzes.models import Delivery, ReviewLog, ReviewState, Subscription
from tests.factories import CardFactory, DeckFactory, LearnerFactory, NoteFactory

pytestmark = pytest.mark.django_db


def _violates(create):
    with pytest.raises(IntegrityError), transaction.atomic():
        create()


def test_note_and_card_keys_are_unique_per_deck_only():
    deck, other = DeckFactory(), DeckFactory()
    NoteFactory(deck=deck, key="k")
    NoteFactory(deck=other, key="k")
    _violates(lambda: NoteFactory(deck=deck, key="k"))
    CardFactory(deck=deck, key="c")
    CardFactory(deck=other, key="c")
    _violates(lambda: CardFactory(deck=deck, key="c"))


def test_a_learner_has_one_review_state_per_card():
    learner, card = LearnerFactory(), CardFactory()
    fields = {"learner": learner, "card": card, "deck": card.deck, "state": 1, "due": timezone.now()}
    ReviewState.objects.create(**fields)
    _violates(lambda: ReviewState.objects.create(**fields))


def test_review_log_client_id_is_unique_per_learner():
    learner, other, card = LearnerFactory(), LearnerFactory(), CardFactory()
    now = timezone.now()
    fields = {
        "card": card,
        "client_id": "abc",
        "rating": 3,
        "state_after": 1,
        "due_after": now,
        "reviewed_at": now,
    }
    ReviewLog.objects.create(learner=learner, **fields)
    ReviewLog.objects.create(learner=other, **fields)
    _violates(lambda: ReviewLog.objects.create(learner=learner, **fields))


def test_one_delivery_per_learner_and_local_day():
    learner = LearnerFactory()
    day = timezone.localdate()
    Delivery.objects.create(learner=learner, local_date=day)
    _violates(lambda: Delivery.objects.create(learner=learner, local_date=day))


def test_telegram_chat_can_link_to_one_learner_only():
    LearnerFactory(telegram_chat_id=42)
    LearnerFactory(telegram_chat_id=None)
    LearnerFactory(telegram_chat_id=None)
    _violates(lambda: LearnerFactory(telegram_chat_id=42))


def test_subscription_is_unique():
    learner, deck = LearnerFactory(), DeckFactory()
    Subscription.objects.create(learner=learner, deck=deck)
    _violates(lambda: Subscription.objects.create(learner=learner, deck=deck))
