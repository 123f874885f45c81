"""Recording an answer: the one write the API, the bot and quizzes all share."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from fsrs import State

from quizzes import scheduling
from quizzes.errors import InvalidInput, NotFound
from quizzes.generation.text import normalise
from quizzes.models import Card, Learner, ReviewLog, ReviewState


@dataclass
class RecordedReview:
    log: ReviewLog
    created: bool  # False when an idempotency key replayed an earlier answer


def memory_of(state: ReviewState | None) -> scheduling.Memory | None:
    if state is None:
        return None
    return scheduling.Memory(
        state=State(state.state),
        step=state.step,
        stability=state.stability,
        difficulty=state.difficulty,
        due=state.due,
        last_review=state.last_review,
        reps=state.reps,
        lapses=state.lapses,
    )


def card_for_study(card_id) -> Card:
    try:
        card_id = int(card_id)
    except (TypeError, ValueError):
        raise InvalidInput("card must be a card id (an integer).") from None
    card = Card.objects.select_related("deck").filter(pk=card_id, retired=False, deck__published=True).first()
    if card is None:
        raise NotFound(f"No card {card_id} to study.")
    return card


def grade(card: Card, answer) -> bool:
    """Auto-graded answer → right or wrong. The answer must be one of the card's choices."""
    if not isinstance(answer, str) or not answer.strip():
        raise InvalidInput("answer must be one of the card's choices, as text.")
    by_norm = {normalise(choice): choice for choice in card.choices}
    chosen = by_norm.get(normalise(answer))
    if chosen is None:
        raise InvalidInput(f"answer must be one of: {', '.join(card.choices)}.")
    return normalise(chosen) == normalise(card.answer)


def _rating(card: Card, rating, answer) -> tuple[int, bool | None]:
    if card.is_auto_graded:
        if rating is not None:
            raise InvalidInput(f"A {card.kind} card is graded from its answer: send answer, not rating.")
        correct = grade(card, answer)
        return scheduling.rating_for(correct), correct
    if answer is not None:
        raise InvalidInput(f"A {card.kind} card is self-graded: send rating (again, hard, good or easy), not answer.")
    if rating not in scheduling.RATINGS:
        raise InvalidInput("rating must be one of: again, hard, good, easy.")
    return scheduling.RATINGS[rating], None


def review_record(
    *,
    learner: Learner,
    card: Card | int,
    rating: str | None = None,
    answer: str | None = None,
    client_id: str | None = None,
    source: str = ReviewLog.Source.API,
    now: datetime | None = None,
) -> RecordedReview:
    """Schedule the card with FSRS and append a ReviewLog.

    `client_id` (an Idempotency-Key, a Telegram callback id) makes retries safe: the
    unique (learner, client_id) constraint lets exactly one of any number of copies
    in, even when they race; the others get the first one's result.
    """
    if not isinstance(card, Card):
        card = card_for_study(card)
    if client_id is not None and (not isinstance(client_id, str) or not 1 <= len(client_id) <= 100):
        raise InvalidInput("The idempotency key must be 1 to 100 characters.")
    fsrs_rating, correct = _rating(card, rating, answer)
    now = now or timezone.now()
    try:
        return _record(learner, card, fsrs_rating, correct, answer, client_id, source, now)
    except IntegrityError:
        # Another copy of this request got in first and our atomic block rolled back: hand back its result.
        existing = ReviewLog.objects.filter(learner=learner, client_id=client_id).first() if client_id else None
        if existing is not None:
            return RecordedReview(log=existing, created=False)
    # No key: two first reviews of one card raced to create its state. It exists now; go again.
    return _record(learner, card, fsrs_rating, correct, answer, client_id, source, now)


def _record(learner, card, fsrs_rating, correct, answer, client_id, source, now) -> RecordedReview:
    with transaction.atomic():
        state = ReviewState.objects.select_for_update().filter(learner=learner, card=card).first()
        before = memory_of(state)
        after = scheduling.review(before, fsrs_rating, now, desired_retention=card.deck.desired_retention)
        values = {
            "state": int(after.state),
            "step": after.step,
            "stability": after.stability,
            "difficulty": after.difficulty,
            "due": after.due,
            "last_review": after.last_review,
            "reps": after.reps,
            "lapses": after.lapses,
        }
        if state is None:
            ReviewState.objects.create(learner=learner, card=card, deck_id=card.deck_id, **values)
        else:
            ReviewState.objects.filter(pk=state.pk).update(**values)
        log = ReviewLog.objects.create(
            learner=learner,
            card=card,
            client_id=client_id or uuid.uuid4().hex,
            rating=int(fsrs_rating),
            answer=answer or "",
            correct=correct,
            source=source,
            state_before=state.state if state else None,
            state_after=int(after.state),
            due_after=after.due,
            reviewed_at=now,
        )
        return RecordedReview(log=log, created=True)
