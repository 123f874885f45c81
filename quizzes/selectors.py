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
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce, Length, Trim
from django.utils import timezone

from quizzes import clock
from quizzes.choices import MAX_TERM_CHARS, TERM_OPTIONS
from quizzes.models import Card, Deck, Delivery, Learner, QuizSession, ReviewLog, ReviewState, Subscription


def studies(learner, deck: str = "pk") -> Q:
    """The one rule for which decks a learner studies: their subscriptions to published decks, or
    every published deck while they have none and never picked any. A condition on the rows of any query whose column
    `deck` holds a deck id; `learner` is a learner or an OuterRef to one, so the reminder sweep asks
    it of every learner in one statement. (The study queue's SQL mirrors it: study_queue.py.)"""
    mine = Subscription.objects.filter(learner=learner, deck__published=True)
    picked = Learner.objects.filter(pk=learner.pk if isinstance(learner, Learner) else learner, picked_decks=True)
    return Q(Exists(mine.filter(deck=OuterRef(deck)))) | (~Q(Exists(mine)) & ~Q(Exists(picked)))


def study_decks(*, learner: Learner, deck: Deck | None = None):
    """The decks a learner studies: the one asked for, else the ones `studies` names.

    A lazy queryset, so callers can use it as a subquery rather than paying a query for it.
    """
    if deck is not None:
        return Deck.objects.filter(pk=deck.pk, published=True)
    return Deck.objects.filter(studies(learner), published=True)


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
                "answer": card.answer_text,
                "explanation": card.explanation,
                "section": card.section,
                "note": card.note.key if card.note else None,
                "retired": card.retired,
            }
            for card in cards
        ],
    }


def _due_cards(learner, now: datetime, *, learner_in_subquery):
    """Due, live cards of the decks the learner studies. Seen from the subscription subquery the
    learner is one level further out when it is an OuterRef, hence the second argument."""
    return ReviewState.objects.filter(learner=learner, due__lte=now, card__retired=False, deck__published=True).filter(
        studies(learner_in_subquery, "deck_id")
    )


def due_cards(*, learner: Learner, now: datetime):
    return _due_cards(learner, now, learner_in_subquery=learner)


def reminder_candidates(*, now: datetime, ignore_schedule: bool = False, batch_size: int = 1000):
    """Batches of ids (with zones) of learners who may be due a reminder now: Telegram linked,
    reminders on, (unless ignore_schedule) their next reminder instant reached, and a card due in
    the decks they study or new cards taken at all. Keyset-paginated over an index.

    Whether new cards are waiting today (unseen ones, and today's allowance not used up on the
    learner's local day) is left to the delivery, which works it out for one learner and moves the
    next reminder to tomorrow when there is nothing to say. Asking it here of every learner in a
    correlated subquery made a sweep over 100,000 learners five times slower."""
    due = _due_cards(OuterRef("pk"), now, learner_in_subquery=OuterRef(OuterRef("pk")))
    learners = Learner.objects.filter(reminders_enabled=True, telegram_chat_id__isnull=False)
    if not ignore_schedule:
        learners = learners.filter(next_reminder_at__lte=now)
    learners = learners.filter(Q(new_cards_per_day__gt=0) | Q(Exists(due)))
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
        due_cards(learner=learner, now=now)
        .exclude(resting)
        .values_list("deck__title")
        .annotate(n=Count(one_per_note, distinct=True))
        .order_by("-n", "deck__title")
    )


def decks_with_unseen_cards(*, learner: Learner) -> list[str]:
    """Titles of the decks the learner studies that still hold cards they never saw, in the order
    the study queue brings new cards (by deck)."""
    seen = ReviewState.objects.filter(learner=learner, card=OuterRef("pk"))
    unseen = Card.objects.filter(deck=OuterRef("pk"), retired=False).filter(~Exists(seen))
    return list(study_decks(learner=learner).filter(Exists(unseen)).order_by("pk").values_list("title", flat=True))


def deck_named(*, learner: Learner, name: str) -> Deck | None:
    """The published deck a learner means by `name`: its slug or title, else the one deck whose
    title contains it (the learner's own decks first). None when nothing or several match."""
    name = (name or "").strip()
    if not name:
        return None
    published = Deck.objects.filter(published=True)
    exact = published.filter(Q(slug__iexact=name) | Q(title__iexact=name)).first()
    if exact:
        return exact
    for decks in (study_decks(learner=learner), published):
        found = list(decks.filter(title__icontains=name)[:2])
        if len(found) == 1:
            return found[0]
    return None


def decks_with_questions(*, learner: Learner):
    """The decks a learner studies that have quiz questions (multiple choice, true/false), or
    terms enough to be asked as choices among each other (see services.quizzes)."""
    questions = Card.objects.filter(deck=OuterRef("pk"), retired=False, kind__in=Card.AUTO_GRADED)
    # Counted as services.quizzes._term_questions picks them: distinct one-line answers short
    # enough to be options, so a deck listed here never answers "not enough terms" when started.
    terms = (
        Card.objects.filter(deck=OuterRef("pk"), retired=False, kind=Card.Kind.REVERSE)
        .annotate(term=Trim("back"))
        .annotate(length=Length("term"))
        .exclude(term__contains="\n")
        .filter(length__gt=0, length__lte=MAX_TERM_CHARS)
        .order_by()
        .values("deck")
        .annotate(n=Count("term", distinct=True))
        .values("n")
    )
    decks = study_decks(learner=learner).annotate(terms=Subquery(terms))
    return decks.filter(Q(Exists(questions)) | Q(terms__gte=TERM_OPTIONS)).order_by("title")


def unseen_card(*, learner: Learner, deck: Deck | None = None) -> Card | None:
    """The next card the learner never saw, in the study queue's order for new cards, whatever
    today's new-card limit says: for "more new cards" at the end of a session."""
    seen = ReviewState.objects.filter(learner=learner, card=OuterRef("pk"))
    decks = study_decks(learner=learner, deck=deck)
    return (
        Card.objects.filter(deck__in=decks, retired=False)
        .filter(~Exists(seen))
        .select_related("deck")
        .order_by("deck_id", "id")
        .first()
    )


SESSION_PAUSE = timedelta(minutes=30)
SESSION_REVIEWS_READ = 1000


def study_session(*, learner: Learner, now: datetime) -> dict:
    """The study session that just ended: the learner's reviews (quizzes aside) back from now to the
    first pause of 30 minutes. Reads at most the last 1000 reviews; a longer session is summed over
    those (`complete` says whether it was)."""
    logs = list(
        ReviewLog.objects.filter(learner=learner, reviewed_at__lte=now)
        .exclude(source=ReviewLog.Source.QUIZ)
        .order_by("-reviewed_at", "-id")
        .values_list("card_id", "rating", "correct", "reviewed_at")[:SESSION_REVIEWS_READ]
    )
    session, last = [], now
    for log in logs:
        if last - log[3] > SESSION_PAUSE:
            break
        session.append(log)
        last = log[3]
    first_tries = {}
    for card_id, rating, correct, _at in reversed(session):
        first_tries.setdefault(card_id, correct if correct is not None else rating > ReviewLog.Rating.AGAIN)
    return {
        "cards": len(first_tries),
        "reviews": len(session),
        "right_first_try": sum(first_tries.values()),
        "seconds": round((session[0][3] - session[-1][3]).total_seconds()) if session else 0,
        "complete": len(session) < SESSION_REVIEWS_READ,
    }
