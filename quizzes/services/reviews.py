"""Recording an answer: the one write the API, the bot and quizzes all share.

Hand-written statements, portable across PostgreSQL and SQLite: a review is one read (card,
deck and state together) and, in one transaction, two writes. Through the ORM the same work
cost several times as much in Python as in the database (see BENCHMARKS.md).
"""

import uuid
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from fsrs import State

from quizzes import clock, rows, scheduling
from quizzes.errors import Conflict, InvalidInput, KeyReused, NotFound
from quizzes.generation.text import normalise
from quizzes.models import Card, Deck, Learner, ReviewLog, ReviewState

# Racing answers to one card each cost the losers one more read; past this many, give up.
ATTEMPTS = 8

_CARD_AND_STATE = f"""
    SELECT {rows.select_list("c", rows.CARD_COLUMNS)}, d.desired_retention, c.retired, d.published,
           {rows.select_list("rs", rows.STATE_COLUMNS)}
    FROM quizzes_card c
    JOIN quizzes_deck d ON d.id = c.deck_id
    LEFT JOIN quizzes_reviewstate rs ON rs.card_id = c.id AND rs.learner_id = %(learner)s
    WHERE c.id = %(card)s"""
_MEMORY = "state, step, stability, difficulty, due, last_review, reps, lapses"
_MEMORY_VALUES = "%(state)s, %(step)s, %(stability)s, %(difficulty)s, %(due)s, %(last_review)s, %(reps)s, %(lapses)s"
_INSERT_STATE = f"""
    INSERT INTO quizzes_reviewstate (learner_id, card_id, deck_id, {_MEMORY})
    VALUES (%(learner)s, %(card)s, %(deck)s, {_MEMORY_VALUES})"""
_UPDATE_STATE = """
    UPDATE quizzes_reviewstate
    SET state = %(state)s, step = %(step)s, stability = %(stability)s, difficulty = %(difficulty)s,
        due = %(due)s, last_review = %(last_review)s, reps = %(reps)s, lapses = %(lapses)s
    WHERE id = %(id)s AND reps = %(reps_before)s"""
# The learner's local day gains one review; ON CONFLICT is an upsert on PostgreSQL and SQLite alike.
_COUNT_DAY = """
    INSERT INTO quizzes_reviewday (learner_id, day, reviews, recalled, attempts) {source}
    ON CONFLICT (learner_id, day) DO UPDATE SET reviews = quizzes_reviewday.reviews + 1,
        recalled = quizzes_reviewday.recalled + excluded.recalled,
        attempts = quizzes_reviewday.attempts + excluded.attempts"""
_DAY_VALUES = "%(learner)s, %(day)s, 1, %(recalled)s, %(attempt)s"
_LOG_COLUMNS = (
    "learner_id, card_id, client_id, rating, answer, correct, source, state_before, state_after, due_after, reviewed_at"
)
_LOG_VALUES = (
    "%(learner)s, %(card)s, %(client_id)s, %(rating)s, %(answer)s, %(correct)s, %(source)s, "
    "%(state_before)s, %(state_after)s, %(due_after)s, %(reviewed_at)s"
)


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


def fuzz_seed(learner: Learner | None, card: Card) -> tuple[int, int]:
    """What fixes a review's fuzz, with the repetition count: previews pass the same, so they agree.

    Staff previewing a card in the admin have no learner; their preview stands for a first review."""
    return (learner.pk if learner else 0, card.pk)


def _card_and_state(card_id: int, learner: Learner | None) -> tuple[Card, ReviewState | None, bool]:
    """The card (its deck's retention attached), this learner's state of it, and whether it can be studied."""
    with connection.cursor() as cursor:
        cursor.execute(_CARD_AND_STATE, {"card": card_id, "learner": learner.pk if learner else None})
        row = cursor.fetchone()
    if row is None:
        raise NotFound(f"No card {card_id} to study.")
    width = len(rows.CARD_COLUMNS)
    card = rows.card(row[:width])
    retention, retired, published = row[width : width + 3]
    card.deck = Deck.from_db(connection.alias, ["id", "desired_retention"], [card.deck_id, retention])
    state = rows.review_state(row[width + 3 :], learner=learner, card=card, deck_id=card.deck_id)
    return card, state, bool(published and not retired)


def _card_id(card_id) -> int:
    try:
        return int(card_id)
    except (TypeError, ValueError):
        raise InvalidInput("card must be a card id (an integer).") from None


def card_for_study(card_id) -> Card:
    return study_state(learner=None, card_id=card_id)[0]


def study_state(*, learner: Learner | None, card_id) -> tuple[Card, ReviewState | None]:
    """A card a learner can study, and their state of it (None while it is new, or with no learner)."""
    card, state, studyable = _card_and_state(_card_id(card_id), learner)
    if not studyable:
        raise NotFound(f"No card {card.pk} to study.")
    return card, state


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

    `card` is a card id to study (it must be live in a published deck), or a Card the caller
    already holds, such as a quiz's question, answered whatever has happened to it since.

    `client_id` (an Idempotency-Key, a Telegram callback id) makes retries safe: the
    unique (learner, client_id) constraint lets exactly one of any number of copies
    in, even when they race; the others get the first one's result.
    """
    if client_id is not None and (not isinstance(client_id, str) or not 1 <= len(client_id) <= 100):
        raise InvalidInput("The idempotency key must be 1 to 100 characters.")
    card_id = card.pk if isinstance(card, Card) else _card_id(card)
    now = now or timezone.now()
    for _attempt in range(ATTEMPTS):
        studied, state, studyable = _card_and_state(card_id, learner)
        if not (studyable or isinstance(card, Card)):
            raise NotFound(f"No card {card_id} to study.")
        fsrs_rating, correct = _rating(studied, rating, answer)
        try:
            recorded = _record(learner, studied, state, fsrs_rating, correct, answer, client_id, source, now)
        except IntegrityError:
            # Another copy of this request got in first and our atomic block rolled back: hand back its result.
            existing = ReviewLog.objects.filter(learner=learner, client_id=client_id).first() if client_id else None
            if existing is not None:
                _check_same_request(existing, card_id, fsrs_rating, correct, answer)
                return RecordedReview(log=existing, created=False)
            continue  # no key: another first review of this card created its state; read it and go again
        if recorded is not None:
            return recorded
    raise Conflict("This card was answered several times at once; try again.")


def _check_same_request(first: ReviewLog, card_id: int, fsrs_rating, correct, answer) -> None:
    """A replay must be the request the key first carried (the IETF Idempotency-Key draft answers
    a reused key with another body 422): returning the first result for a different answer would
    tell the client its new answer was recorded."""
    same = first.card_id == card_id and (
        normalise(first.answer) == normalise(answer) if correct is not None else first.rating == int(fsrs_rating)
    )
    if not same:
        raise KeyReused(
            f"Idempotency-Key {first.client_id!r} was already used for a different review "
            "(another card, rating or answer); send a new key for a new answer.",
            first=first,
        )


def _record(learner, card, state, fsrs_rating, correct, answer, client_id, source, now) -> RecordedReview | None:
    """Write the new state and the log; None if another review changed the state since we read it.

    Optimistic: the update only applies while `reps` is what we read, so two answers at once
    cannot both schedule from the same memory, and nobody waits on a row lock.
    """
    after = scheduling.review(
        memory_of(state), fsrs_rating, now, desired_retention=card.deck.desired_retention, seed=fuzz_seed(learner, card)
    )
    log = ReviewLog(
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
    adapt = connection.ops.adapt_datetimefield_value
    params = {
        "learner": learner.pk,
        "card": card.pk,
        "deck": card.deck_id,
        # the state: where it was, and where it goes
        "id": state.pk if state else None,
        "reps_before": state.reps if state else None,
        "state": int(after.state),
        "step": after.step,
        "stability": after.stability,
        "difficulty": after.difficulty,
        "due": adapt(after.due),
        "last_review": adapt(after.last_review),
        "reps": after.reps,
        "lapses": after.lapses,
        # the log
        "client_id": log.client_id,
        "rating": log.rating,
        "answer": log.answer,
        "correct": log.correct,
        "source": log.source,
        "state_before": log.state_before,
        "state_after": log.state_after,
        "due_after": adapt(log.due_after),
        "reviewed_at": adapt(log.reviewed_at),
        # the day
        "day": connection.ops.adapt_datefield_value(now.astimezone(clock.zone(learner.timezone)).date()),
        "attempt": int(log.state_before == ReviewState.State.REVIEW),
        "recalled": int(log.state_before == ReviewState.State.REVIEW and log.rating > ReviewLog.Rating.AGAIN),
    }
    write = _INSERT_STATE if state is None else _UPDATE_STATE
    log.pk = (_write_as_one_statement if connection.vendor == "postgresql" else _write_in_a_transaction)(write, params)
    return RecordedReview(log=log, created=True) if log.pk is not None else None


def _write_as_one_statement(write: str, params: dict) -> int | None:
    """PostgreSQL: state, log and day count in one statement, atomic by itself, so the hottest write
    needs no BEGIN and COMMIT round trips. Nothing is logged or counted unless the state write found its row."""
    # Inside a caller's transaction (a quiz), a savepoint keeps a failure here from spoiling it.
    with transaction.atomic() if connection.in_atomic_block else nullcontext(), connection.cursor() as cursor:
        cursor.execute(
            f"WITH memory AS ({write} RETURNING id), "
            f"log AS (INSERT INTO quizzes_reviewlog ({_LOG_COLUMNS}) SELECT {_LOG_VALUES} FROM memory RETURNING id), "
            f"counted AS ({_COUNT_DAY.format(source=f'SELECT {_DAY_VALUES} FROM log')}) "
            "SELECT id FROM log",
            params,
        )
        row = cursor.fetchone()
    return row[0] if row else None


def _write_in_a_transaction(write: str, params: dict) -> int | None:
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(write, params)
        if cursor.rowcount == 0:
            return None
        cursor.execute(_COUNT_DAY.format(source=f"VALUES ({_DAY_VALUES})"), params)
        insert = f"INSERT INTO quizzes_reviewlog ({_LOG_COLUMNS}) VALUES ({_LOG_VALUES})"
        if connection.features.can_return_columns_from_insert:
            cursor.execute(insert + " RETURNING id", params)
            return cursor.fetchone()[0]
        cursor.execute(insert, params)  # SQLite before 3.35
        return cursor.lastrowid
