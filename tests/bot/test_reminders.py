"""Reminders as the chat sees them: sent through the Bot API double, followed by the Study button."""

from datetime import timedelta

import pytest
from django.utils import timezone

from quizzes.models import Learner
from quizzes.services.reminders import reminder_deliver
from tests.factories import CardFactory, DeckFactory, ReviewStateFactory

pytestmark = pytest.mark.django_db(transaction=True)


def _remind():
    learner = Learner.objects.get(telegram_chat_id=4242)
    return reminder_deliver(learner_id=learner.pk, now=timezone.now())


def test_a_learner_who_never_studied_is_reminded_of_new_cards_and_can_start(chat):
    assert _remind() == "sent"
    reminder = chat.last()
    assert reminder["text"] == "⏰ <b>3 new cards waiting</b> in Docker &lt;CLI&gt;."
    chat.tap(chat.button(reminder, "Study now"))
    assert "What do dangling images show as?" in chat.last()["text"]
    assert _remind() == "already sent"


def test_a_reminder_names_due_cards_and_new_ones(chat):
    learner = Learner.objects.get(telegram_chat_id=4242)
    card = learner.subscriptions.get().deck.cards.last()
    ReviewStateFactory(learner=learner, card=card, due=timezone.now() - timedelta(hours=1))
    assert _remind() == "sent"
    assert chat.last()["text"] == (
        "⏰ <b>1 card due</b> in Docker &lt;CLI&gt;.\n🆕 <b>2 new cards waiting</b> in Docker &lt;CLI&gt;."
    )
    chat.tap(chat.button(chat.last(), "Study now"))
    assert card.front in chat.last()["text"]


def test_no_reminder_for_a_deck_the_learner_left(chat):
    learner = Learner.objects.get(telegram_chat_id=4242)
    other = DeckFactory(title="Kubernetes")
    CardFactory(deck=other, front="What is a pod?")
    learner.subscriptions.create(deck=other)
    for card in learner.subscriptions.get(deck__slug="docker").deck.cards.all():
        ReviewStateFactory(learner=learner, card=card, due=timezone.now() - timedelta(hours=1))
    chat.say("/decks")
    chat.tap(chat.button(chat.last(), "Unsubscribe: Docker"))
    assert _remind() == "sent"
    assert chat.last()["text"] == "⏰ <b>1 new card waiting</b> in Kubernetes."
    chat.tap(chat.button(chat.last(), "Study now"))
    assert "What is a pod?" in chat.last()["text"]


def test_leaving_the_only_deck_means_no_reminder_no_card_and_no_due_count(chat):
    learner = Learner.objects.get(telegram_chat_id=4242)
    for card in learner.subscriptions.get().deck.cards.all():
        ReviewStateFactory(learner=learner, card=card, due=timezone.now() - timedelta(hours=1))
    chat.say("/decks")
    chat.tap(chat.button(chat.last(), "Unsubscribe: Docker"))
    assert _remind() == "nothing due"
    chat.say("/study")
    assert "What do dangling images show as?" not in chat.last()["text"]
    chat.say("/start")  # starting again does not quietly bring back what the learner left
    assert not Learner.objects.get(pk=learner.pk).subscriptions.exists()
