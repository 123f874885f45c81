"""Reads that are more than a get(): statistics, progress, exports, reminders. The study queue,
the hottest read, lives in quizzes/study_queue.py."""

from datetime import datetime, timedelta

from django.db.models import (
    Count,
    Exists,
    F,
    FilteredRelation,
    OuterRef,
    Q,
)
from django.db.models.functions import TruncDate
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


def next_due_at(*, learner: Learner, deck: Deck | None = None) -> datetime | None:
    decks = study_decks(learner=learner, deck=deck)
    state = (
        ReviewState.objects.filter(learner=learner, deck__in=decks, card__retired=False)
        .order_by("due")
        .only("due")
        .first()
    )
    return state.due if state else None


def learner_stats(*, learner: Learner, now: datetime | None = None) -> dict:
    """Two queries: the learner's reviews grouped by local day (today, 30 days, retention, streak)
    and their review states grouped by due day (due now, 7-day forecast)."""
    now = now or timezone.now()
    zone = clock.zone(learner.timezone)
    today = clock.local_today(learner.timezone, now)
    per_day = {
        day: (n, recalled, attempts)
        for day, n, recalled, attempts in ReviewLog.objects.filter(
            learner=learner, reviewed_at__gte=clock.days_ago(learner.timezone, 366, now)
        )
        .annotate(day=TruncDate("reviewed_at", tzinfo=zone))
        .order_by()  # the model's default ordering would split the groups
        .values("day")
        .annotate(
            n=Count("id"),
            recalled=Count("id", filter=Q(rating__gt=ReviewLog.Rating.AGAIN, state_before=ReviewState.State.REVIEW)),
            attempts=Count("id", filter=Q(state_before=ReviewState.State.REVIEW)),
        )
        .values_list("day", "n", "recalled", "attempts")
    }
    month = [per_day[day] for day in per_day if day > today - timedelta(days=30)]
    recalled, attempts = sum(m[1] for m in month), sum(m[2] for m in month)
    streak, day = 0, today if today in per_day else today - timedelta(days=1)
    while day in per_day:
        streak, day = streak + 1, day - timedelta(days=1)

    horizon = clock.local_midnight(learner.timezone, today + timedelta(days=7))
    upcoming, due_now = {}, 0
    for due_day, n, due in (
        ReviewState.objects.filter(learner=learner, card__retired=False, due__lt=horizon)
        .annotate(day=TruncDate("due", tzinfo=zone))
        .values("day")
        .annotate(n=Count("id"), now=Count("id", filter=Q(due__lte=now)))
        .values_list("day", "n", "now")
    ):
        # Overdue cards count towards today.
        upcoming[max(due_day, today)] = upcoming.get(max(due_day, today), 0) + n
        due_now += due
    return {
        "reviews_today": per_day.get(today, (0, 0, 0))[0],
        "reviews_30d": sum(m[0] for m in month),
        "due_now": due_now,
        "forecast": [
            {"date": (today + timedelta(days=i)).isoformat(), "due": upcoming.get(today + timedelta(days=i), 0)}
            for i in range(7)
        ],
        "retention_30d": round(recalled / attempts, 3) if attempts else None,
        "streak_days": streak,
    }


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
    return ReviewLog.objects.filter(learner=learner).order_by("-reviewed_at", "-id")


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


def due_counts_by_deck(*, learner: Learner, now: datetime) -> list[tuple[str, int]]:
    return list(
        ReviewState.objects.filter(learner=learner, due__lte=now, card__retired=False, deck__published=True)
        .values_list("deck__title")
        .annotate(n=Count("id"))
        .order_by("-n", "deck__title")
    )
