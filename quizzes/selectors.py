"""Reads that are more than a get(): the study queue, statistics, progress, exports."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Case, Count, Exists, F, FilteredRelation, IntegerField, OuterRef, Q, Value, When
from django.db.models.functions import TruncDate
from django.utils import timezone

from quizzes import clock
from quizzes.models import Card, Deck, Delivery, Learner, QuizSession, ReviewLog, ReviewState, Subscription

STATE_NAMES = {None: "new", 1: "learning", 2: "review", 3: "relearning"}


@dataclass
class QueueItem:
    card: Card
    state: ReviewState | None

    @property
    def state_name(self) -> str:
        return STATE_NAMES[self.state.state if self.state else None]

    @property
    def due(self) -> datetime | None:
        return self.state.due if self.state else None


@dataclass
class DueQueue:
    due_count: int
    new_available: int
    items: list[QueueItem]


def study_decks(*, learner: Learner, deck: Deck | None = None):
    """The decks a learner studies: the one asked for, else their subscriptions, else every published deck."""
    if deck is not None:
        return Deck.objects.filter(pk=deck.pk, published=True)
    subscribed = Subscription.objects.filter(learner=learner, deck=OuterRef("pk"))
    has_subscriptions = Subscription.objects.filter(learner=learner, deck__published=True)
    decks = Deck.objects.filter(published=True)
    return decks.filter(Exists(subscribed)) if has_subscriptions.exists() else decks


def new_cards_left_today(*, learner: Learner, now: datetime | None = None) -> int:
    """The daily new-card limit minus the cards first seen since the learner's local midnight."""
    since = clock.start_of_local_day(learner.timezone, now)
    introduced = ReviewLog.objects.filter(learner=learner, reviewed_at__gte=since, state_before__isnull=True).count()
    return max(0, learner.new_cards_per_day - introduced)


def due_queue(*, learner: Learner, deck: Deck | None = None, limit: int = 20, now: datetime | None = None) -> DueQueue:
    """Learning and relearning first, then due reviews (oldest first), then new cards up to
    what is left of today's new limit. A constant number of indexed queries, whatever the deck size."""
    now = now or timezone.now()
    decks = list(study_decks(learner=learner, deck=deck).values_list("pk", flat=True))
    due = ReviewState.objects.filter(learner=learner, deck_id__in=decks, due__lte=now, card__retired=False)
    due_count = due.count()
    states = list(
        due.select_related("card")
        .annotate(
            in_review=Case(
                When(state=ReviewState.State.REVIEW, then=Value(1)), default=Value(0), output_field=IntegerField()
            )
        )
        .order_by("in_review", "due")[:limit]
    )
    items = [QueueItem(card=s.card, state=s) for s in states]

    seen = ReviewState.objects.filter(learner=learner, card=OuterRef("pk"))
    unseen = Card.objects.filter(deck_id__in=decks, retired=False).exclude(Exists(seen))
    left_today = new_cards_left_today(learner=learner, now=now)
    new_available = min(left_today, unseen.count()) if left_today else 0
    room = min(limit - len(items), new_available)
    if room > 0:
        items += [QueueItem(card=card, state=None) for card in unseen.order_by("deck_id", "id")[:room]]
    return DueQueue(due_count=due_count, new_available=new_available, items=items)


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
    now = now or timezone.now()
    zone = clock.zone(learner.timezone)
    today = clock.local_today(learner.timezone, now)
    logs = ReviewLog.objects.filter(learner=learner)
    window = logs.filter(reviewed_at__gte=clock.days_ago(learner.timezone, 30, now)).aggregate(
        total=Count("id"),
        today=Count("id", filter=Q(reviewed_at__gte=clock.local_midnight(learner.timezone, today))),
        recalled=Count("id", filter=Q(rating__gt=ReviewLog.Rating.AGAIN, state_before=ReviewState.State.REVIEW)),
        recall_attempts=Count("id", filter=Q(state_before=ReviewState.State.REVIEW)),
    )
    active = ReviewState.objects.filter(learner=learner, card__retired=False)
    horizon = clock.local_midnight(learner.timezone, today + timedelta(days=7))
    upcoming = dict(
        active.filter(due__lt=horizon)
        .annotate(day=TruncDate("due", tzinfo=zone))
        .values("day")
        .annotate(n=Count("id"))
        .values_list("day", "n")
    )
    due_now = active.filter(due__lte=now).count()
    forecast = [
        {
            "date": (today + timedelta(days=i)).isoformat(),
            "due": sum(n for day, n in upcoming.items() if day <= today)
            if i == 0
            else upcoming.get(today + timedelta(days=i), 0),
        }
        for i in range(7)
    ]
    days = set(
        logs.filter(reviewed_at__gte=clock.days_ago(learner.timezone, 366, now))
        .annotate(day=TruncDate("reviewed_at", tzinfo=zone))
        .values_list("day", flat=True)
        .distinct()
    )
    streak, day = 0, today if today in days else today - timedelta(days=1)
    while day in days:
        streak, day = streak + 1, day - timedelta(days=1)
    attempts = window["recall_attempts"]
    return {
        "reviews_today": window["today"],
        "reviews_30d": window["total"],
        "due_now": due_now,
        "forecast": forecast,
        "retention_30d": round(window["recalled"] / attempts, 3) if attempts else None,
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
