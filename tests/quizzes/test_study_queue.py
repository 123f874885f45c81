"""The study queue's rules that the API, the bot and the stats share. Runs on SQLite and, with
DATABASE_URL set, on PostgreSQL: the queue is hand-written SQL for both."""

import random
from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from bot import actions
from quizzes.errors import InvalidInput
from quizzes.services.quizzes import quiz_answer, quiz_start
from quizzes.services.reviews import review_record
from quizzes.stats import learner_stats
from quizzes.study_queue import due_queue
from tests.factories import (
    CardFactory,
    DeckFactory,
    LearnerFactory,
    McqCardFactory,
    NoteFactory,
    ReviewStateFactory,
)

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


NOON = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


@pytest.fixture
def note_cards():
    """One note's basic, reverse and mcq card, and a card of another note, all new."""
    deck = DeckFactory(slug="siblings")
    note = NoteFactory(deck=deck)
    basic = CardFactory(deck=deck, note=note, kind="basic")
    reverse = CardFactory(deck=deck, note=note, kind="reverse")
    mcq = McqCardFactory(deck=deck, note=note)
    other = CardFactory(deck=deck, note=NoteFactory(deck=deck))
    return basic, reverse, mcq, other


def _shown(learner, at, **kwargs):
    return [item.card.pk for item in due_queue(learner=learner, now=at, **kwargs).items]


def test_a_batch_never_holds_two_siblings_and_counts_them_once(learner, note_cards):
    basic, _reverse, _mcq, other = note_cards
    queue = due_queue(learner=learner, now=NOON)
    assert [item.card.pk for item in queue.items] == [basic.pk, other.pk]
    assert queue.new_available == 2


def test_answering_a_card_buries_its_siblings_until_the_learners_next_day(learner, note_cards):
    basic, reverse, _mcq, other = note_cards
    review_record(learner=learner, card=basic.pk, rating="easy", now=NOON)  # now in review, due in days
    assert _shown(learner, NOON) == [other.pk]
    assert due_queue(learner=learner, now=NOON).new_available == 1
    assert _shown(learner, NOON + timedelta(hours=11, minutes=59)) == [other.pk]
    assert _shown(learner, NOON + timedelta(hours=12)) == [reverse.pk, other.pk]  # the next local day


def test_the_day_that_ends_burying_is_the_learners_local_day(note_cards):
    basic, reverse, _mcq, other = note_cards
    learner = LearnerFactory(timezone="Asia/Tokyo")  # NOON UTC is 21:00 in Tokyo
    review_record(learner=learner, card=basic.pk, rating="easy", now=NOON)
    assert _shown(learner, NOON + timedelta(hours=2, minutes=59)) == [other.pk]
    assert _shown(learner, NOON + timedelta(hours=3)) == [reverse.pk, other.pk]


def test_due_reviews_of_one_note_come_one_a_day_but_learning_siblings_keep_their_steps(learner, note_cards):
    basic, reverse, _mcq, _other = note_cards
    for card in (basic, reverse):
        ReviewStateFactory(
            learner=learner, card=card, due=NOON - timedelta(hours=1), last_review=NOON - timedelta(days=3)
        )
    queue = due_queue(learner=learner, now=NOON)
    assert [item.card.pk for item in queue.items][:1] == [basic.pk] and reverse.pk not in _shown(learner, NOON)
    assert queue.due_count == 1

    review_record(learner=learner, card=basic.pk, rating="again", now=NOON)  # relearning, due in minutes
    assert reverse.pk not in _shown(learner, NOON + timedelta(minutes=20)), "a review sibling rests"
    assert basic.pk in _shown(learner, NOON + timedelta(minutes=20)), "the relearning card is never buried"


def test_a_new_card_waits_while_a_sibling_is_due(learner, note_cards):
    _basic, reverse, _mcq, other = note_cards
    ReviewStateFactory(
        learner=learner, card=reverse, due=NOON - timedelta(hours=1), last_review=NOON - timedelta(days=3)
    )
    assert _shown(learner, NOON) == [reverse.pk, other.pk]


def test_a_quiz_answer_buries_the_study_siblings_and_cards_without_a_note_are_never_siblings(learner, note_cards):
    basic, reverse, _mcq, other = note_cards
    loose = CardFactory(deck=basic.deck, note=None)
    quiz = quiz_start(learner=learner, deck_slug="siblings", size=1)
    quiz_answer(learner=learner, quiz_id=quiz.pk, question=1, answer="gamma")
    shown = _shown(learner, timezone.now())
    assert basic.pk not in shown and reverse.pk not in shown
    assert other.pk in shown and loose.pk in shown


def test_a_quiz_takes_one_card_per_note_and_none_whose_sibling_was_answered_today(learner):
    deck = DeckFactory(slug="quiz-siblings")
    notes = [NoteFactory(deck=deck) for _ in range(3)]
    cards = {note.pk: [McqCardFactory(deck=deck, note=note) for _ in range(3)] for note in notes}
    for seed in range(10):
        quiz = quiz_start(learner=learner, deck_slug="quiz-siblings", size=9, rng=random.Random(seed))
        asked = [q.card.note_id for q in quiz.questions.select_related("card")]
        assert sorted(asked) == sorted(cards), "one question per note"

    answered = cards[notes[0].pk][0]
    review_record(learner=learner, card=answered.pk, answer="gamma")
    for seed in range(10):
        quiz = quiz_start(learner=learner, deck_slug="quiz-siblings", size=9, rng=random.Random(seed))
        asked = [q.card for q in quiz.questions.select_related("card")]
        assert len(asked) == 3 and answered in asked, "its siblings rest; the answered card itself may come back"


def test_a_quiz_whose_every_question_rests_until_tomorrow_says_so(learner):
    deck = DeckFactory(slug="resting")
    note = NoteFactory(deck=deck)
    first, second = McqCardFactory(deck=deck, note=note), McqCardFactory(deck=deck, note=note)
    review_record(learner=learner, card=first.pk, answer="gamma")
    review_record(learner=learner, card=second.pk, answer="gamma")
    with pytest.raises(InvalidInput, match="tomorrow"):
        quiz_start(learner=learner, deck_slug="resting", size=5)
