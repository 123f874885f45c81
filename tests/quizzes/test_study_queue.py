"""The study queue's rules that the API, the bot and the stats share. Runs on SQLite and, with
DATABASE_URL set, on PostgreSQL: the queue is hand-written SQL for both."""

import random

import pytest

from bot import actions
from quizzes.services.quizzes import quiz_answer, quiz_start
from quizzes.services.reviews import review_record
from quizzes.stats import learner_stats
from quizzes.study_queue import due_queue
from tests.factories import CardFactory, DeckFactory, LearnerFactory, McqCardFactory

pytestmark = pytest.mark.django_db

CHAT = 6262


def test_a_quiz_on_never_studied_cards_does_not_spend_the_days_new_cards():
    learner = LearnerFactory(new_cards_per_day=3, telegram_chat_id=CHAT)
    deck = DeckFactory(slug="quizzed")
    for _ in range(3):
        McqCardFactory(deck=deck)
    basics = [CardFactory(deck=deck) for _ in range(5)]
    quiz = quiz_start(learner=learner, deck_slug="quizzed", size=3, rng=random.Random(1))
    for question in quiz.questions.all():
        quiz_answer(learner=learner, quiz_id=quiz.pk, question=question.position, answer="gamma")

    queue = due_queue(learner=learner)
    assert queue.new_available == 3
    assert [item.card.pk for item in queue.items] == [card.pk for card in basics[:3]]
    assert learner_stats(learner=learner)["new_today"] == 0
    assert actions.study_next(CHAT).due_count == 3  # the bot's "3 to go"

    review_record(learner=learner, card=basics[0].pk, rating="good")
    assert due_queue(learner=learner).new_available == 2
    stats = learner_stats(learner=learner)
    assert stats["new_today"] == 1 and stats["new_limit"] == 3
    assert stats["reviews_today"] == 4  # quiz answers are still reviews
