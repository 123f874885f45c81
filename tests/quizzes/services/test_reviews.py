"""Recording reviews: optimistic writes that never lose an answer, and what may be studied."""

import pytest
from django.db import transaction

from quizzes.errors import Conflict, KeyReused, NotFound
from quizzes.models import ReviewLog, ReviewState
from quizzes.services import reviews
from quizzes.services.reviews import card_for_study, review_record, study_state
from tests.factories import CardFactory, DeckFactory, LearnerFactory, McqCardFactory

pytestmark = pytest.mark.django_db


def test_an_answer_landing_between_read_and_write_is_kept_and_scheduled_from(monkeypatch):
    learner, card = LearnerFactory(), CardFactory()
    review_record(learner=learner, card=card.pk, rating="good")
    read = reviews._card_and_state
    interleaved = []

    def another_answer_meanwhile(card_id, learner):
        found = read(card_id, learner)
        if not interleaved:
            interleaved.append(None)  # once: the interleaved answer reads through here too
            interleaved[0] = review_record(learner=learner, card=card_id, rating="again")
        return found

    monkeypatch.setattr(reviews, "_card_and_state", another_answer_meanwhile)
    recorded = review_record(learner=learner, card=card.pk, rating="good")
    state = ReviewState.objects.get(learner=learner, card=card)
    assert state.reps == 3 and ReviewLog.objects.filter(learner=learner).count() == 3
    # The late answer was scheduled from the memory the interleaved one left, not the one it first read.
    assert recorded.log.state_before == interleaved[0].log.state_after


def test_an_answer_that_keeps_losing_races_gives_up_with_a_conflict(monkeypatch):
    learner, card = LearnerFactory(), CardFactory()
    review_record(learner=learner, card=card.pk, rating="good")
    monkeypatch.setattr(reviews, "_record", lambda *args: None)
    with pytest.raises(Conflict):
        review_record(learner=learner, card=card.pk, rating="good")


def test_retired_cards_and_unpublished_decks_cannot_be_studied_but_quiz_cards_can_be_answered():
    learner = LearnerFactory()
    retired = CardFactory(retired=True)
    hidden = CardFactory(deck=DeckFactory(published=False))
    for card in (retired, hidden):
        with pytest.raises(NotFound):
            card_for_study(card.pk)
        with pytest.raises(NotFound):
            review_record(learner=learner, card=card.pk, rating="good")
    # A quiz holds its question; retiring it mid-quiz must not swallow the answer.
    question = McqCardFactory(retired=True)
    recorded = review_record(learner=learner, card=question, answer="gamma", source=ReviewLog.Source.QUIZ)
    assert recorded.log.correct is True and recorded.log.pk


def test_study_state_reads_the_card_with_its_deck_and_this_learners_state():
    learner, other = LearnerFactory(), LearnerFactory()
    card = CardFactory(deck=DeckFactory(desired_retention=0.85))
    review_record(learner=other, card=card.pk, rating="easy")
    studied, state = study_state(learner=learner, card_id=card.pk)
    assert studied.front == card.front and studied.deck.desired_retention == 0.85 and state is None
    review_record(learner=learner, card=card.pk, rating="good")
    _, state = study_state(learner=learner, card_id=str(card.pk))
    assert state.reps == 1 and state.learner_id == learner.pk and state.due.tzinfo is not None


def test_the_returned_log_is_the_stored_one():
    learner, card = LearnerFactory(), CardFactory()
    recorded = review_record(learner=learner, card=card.pk, rating="hard", client_id="k-1")
    stored = ReviewLog.objects.get(pk=recorded.log.pk)
    for field in ("card_id", "client_id", "rating", "state_after", "due_after", "reviewed_at", "source"):
        assert getattr(stored, field) == getattr(recorded.log, field), field


def test_a_replayed_key_inside_a_callers_transaction_leaves_the_transaction_usable():
    learner, card = LearnerFactory(), CardFactory()
    with transaction.atomic():
        first = review_record(learner=learner, card=card.pk, rating="good", client_id="tap")
        again = review_record(learner=learner, card=card.pk, rating="good", client_id="tap")
        assert again.created is False and again.log.pk == first.log.pk
        # Another body under the same key is refused (issue 14), and the transaction stays usable too.
        with pytest.raises(KeyReused):
            review_record(learner=learner, card=card.pk, rating="easy", client_id="tap")
        assert ReviewState.objects.get(learner=learner, card=card).reps == 1
