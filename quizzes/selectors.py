"""Reads that are more than a get(): progress, exports, reminders. The two hottest reads have
modules of their own: the study queue (quizzes/study_queue.py) and statistics (quizzes/stats.py)."""

from datetime import datetime, timedelta

from django.db.models import (
    Count,
    Exists,
    F,
    FilteredRelation,
    OuterRef,
    Q,
    Value,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from quizzes import clock
from quizzes.models import Card, Deck, Delivery, Learner, QuizSession, ReviewLog, ReviewState, Subscription


def study_decks(*, learner: Learner, deck: Deck | None = None):
    """The decks a learner studies: the one asked for, else their subscriptions, else every published deck.

    A lazy queryset, so callers can use it as a subquery rather than paying a query for it.
    """
    if deck is not None:
        return Deck.objects.filter(pk=deck.pk, published=True)
    mine = Subscription.objects.filter(learner=learner, deck__published=True)
    return Deck.objects.filter(published=True).filter(Q(Exists(mine.filter(deck=OuterRef("pk")))) | ~Q(Exists(mine)))


def next_due_at(*, learner: Learner, deck: Deck | None = None, now: datetime | None = None) -> datetime | None:
    """When the study queue, empty now, next has a card. Cards due already yet not shown are resting
    (a sibling was answered today, see study_queue): they come back at the learner's next midnight."""
    now = now or timezone.now()
    decks = study_decks(learner=learner, deck=deck)
    states = ReviewState.objects.filter(learner=learner, deck__in=decks, card__retired=False)
    upcoming = states.filter(due__gt=now).order_by("due").values_list("due", flat=True).first()
    if states.filter(due__lte=now).exists():
        tomorrow = clock.local_midnight(learner.timezone, clock.local_today(learner.timezone, now) + timedelta(days=1))
        upcoming = min(upcoming, tomorrow) if upcoming else tomorrow
    return upcoming


def deck_progress(*, learner: Learner, deck: Deck):
    """Each card of a deck with this learner's state: one query with a filtered left join."""
    return (
        Card.objects.filter(deck=deck)
        .annotate(mine=FilteredRelation("review_states", condition=Q(review_states__learner=learner)))
        .annotate(state=F("mine__state"), due=F("mine__due"), reps=F("mine__reps"), lapses=F("mine__lapses"))
        .values("id", "key", "retired", "state", "due", "reps", "lapses")
        .order_by("id")
    )


def learner_reviews(*, learner: Learner):
    return ReviewLog.objects.filter(learner=learner).select_related("card").order_by("-reviewed_at", "-id")


def quiz_summary(*, session: QuizSession) -> dict:
    questions = list(session.questions.select_related("card").order_by("position"))
    answered = [q for q in questions if q.answered_at]
    return {
        "session": session,
        "questions": questions,
        "answered": len(answered),
        "correct": sum(1 for q in answered if q.correct),
        "size": len(questions),
    }


def deck_export(*, deck: Deck, include_retired: bool = False) -> dict:
    cards = Card.objects.filter(deck=deck).select_related("note").order_by("id")
    if not include_retired:
        cards = cards.filter(retired=False)
    return {
        "deck": {
            "slug": deck.slug,
            "title": deck.title,
            "description": deck.description,
            "published": deck.published,
            "desired_retention": deck.desired_retention,
        },
        "cards": [
            {
                "key": card.key,
                "kind": card.kind,
                "front": card.front,
                "back": card.back,
                "choices": card.choices if card.is_auto_graded else [],
                "answer": card.answer if card.is_auto_graded else card.back,
                "explanation": card.explanation,
                "section": card.section,
                "note": card.note.key if card.note else None,
                "retired": card.retired,
            }
            for card in cards
        ],
    }


def reminder_candidates(*, now: datetime, ignore_schedule: bool = False, batch_size: int = 1000):
    """Batches of ids of learners to remind now: Telegram linked, reminders on, a card due, and
    (unless ignore_schedule) their next reminder instant reached. Keyset-paginated over an index."""
    due = ReviewState.objects.filter(learner=OuterRef("pk"), due__lte=now, card__retired=False, deck__published=True)
    learners = Learner.objects.filter(reminders_enabled=True, telegram_chat_id__isnull=False).filter(Exists(due))
    if not ignore_schedule:
        learners = learners.filter(next_reminder_at__lte=now)
    last = 0
    while True:
        batch = list(learners.filter(pk__gt=last).order_by("pk").values_list("pk", "timezone")[:batch_size])
        if not batch:
            return
        last = batch[-1][0]
        yield batch


def reminded_on_local_day(*, learners: list[tuple[int, str]], now: datetime) -> set[int]:
    """Which of these (id, zone) learners already have a reminder for their own local today."""
    today = {pk: clock.local_today(zone, now) for pk, zone in learners}
    rows = Delivery.objects.filter(learner_id__in=today, local_date__in=set(today.values())).values_list(
        "learner_id", "local_date"
    )
    return {pk for pk, day in rows if today[pk] == day}


def sibling_answered_today(
    *, learner: Learner, now: datetime | None = None, card_ref: str = "pk", note_ref: str = "note_id"
) -> Exists:
    """True for a card a sibling of which this learner answered since their local midnight: the
    study queue's burying rule (study_queue.py) for ORM reads. The refs name the card's id and note
    id in the outer query (defaults for a Card queryset)."""
    since = clock.start_of_local_day(learner.timezone, now)
    answered = ReviewLog.objects.filter(learner=learner, reviewed_at__gte=since, card__note_id=OuterRef(note_ref))
    return Exists(answered.exclude(card_id=OuterRef(card_ref)))


def due_counts_by_deck(*, learner: Learner, now: datetime) -> list[tuple[str, int]]:
    """Cards due per deck, counted as the study queue will show them: review cards resting after a
    sibling's answer today left out, and siblings due together counted once."""
    resting = Q(state=ReviewState.State.REVIEW) & Q(
        sibling_answered_today(learner=learner, now=now, card_ref="card_id", note_ref="card__note_id")
    )
    one_per_note = Coalesce("card__note_id", Value(0) - F("card_id"))
    return list(
        ReviewState.objects.filter(learner=learner, due__lte=now, card__retired=False, deck__published=True)
        .exclude(resting)
        .values_list("deck__title")
        .annotate(n=Count(one_per_note, distinct=True))
        .order_by("-n", "deck__title")
    )
