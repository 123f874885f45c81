"""FSRS scheduling as plain data in, plain data out. No ORM: services persist the result.

A card a learner has never answered has no memory yet (None); its first review
starts it in the Learning state, as FSRS does.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from fsrs import Card as FsrsCard
from fsrs import Rating, Scheduler, State

RATINGS = {"again": Rating.Again, "hard": Rating.Hard, "good": Rating.Good, "easy": Rating.Easy}
RATING_NAMES = {value: name for name, value in RATINGS.items()}
STATE_NAMES = {None: "new", State.Learning: "learning", State.Review: "review", State.Relearning: "relearning"}


@dataclass(frozen=True)
class Memory:
    """What FSRS knows about one learner and one card."""

    state: State
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None
    reps: int = 0
    lapses: int = 0


@lru_cache(maxsize=32)
def scheduler_for(desired_retention: float) -> Scheduler:
    # Learning steps and fuzzing stay at the fsrs defaults; only retention varies per deck.
    return Scheduler(desired_retention=desired_retention)


def rating_for(correct: bool) -> Rating:
    """Auto-graded cards: a right answer is Good, a wrong one Again."""
    return Rating.Good if correct else Rating.Again


def review(memory: Memory | None, rating: Rating, now: datetime, *, desired_retention: float = 0.9) -> Memory:
    """The memory after answering with `rating` at `now` (timezone-aware)."""
    now = now.astimezone(UTC)
    # A state without FSRS memory (hand-made or imported) cannot be scheduled from; start it afresh.
    fresh = memory is None or (
        memory.state != State.Learning and (memory.stability is None or memory.difficulty is None)
    )
    card = (
        FsrsCard(card_id=0, due=now)
        if fresh
        else FsrsCard(
            card_id=0,
            state=memory.state,
            step=memory.step,
            stability=memory.stability,
            difficulty=memory.difficulty,
            due=memory.due.astimezone(UTC),
            last_review=memory.last_review.astimezone(UTC) if memory.last_review else None,
        )
    )
    updated, _log = scheduler_for(desired_retention).review_card(card, rating, review_datetime=now)
    reps = (memory.reps if memory else 0) + 1
    lapses = (memory.lapses if memory else 0) + (
        memory is not None and memory.state == State.Review and rating == Rating.Again
    )
    return Memory(
        state=updated.state,
        step=updated.step,
        stability=updated.stability,
        difficulty=updated.difficulty,
        due=updated.due,
        last_review=updated.last_review,
        reps=reps,
        lapses=int(lapses),
    )


def preview(memory: Memory | None, now: datetime, *, desired_retention: float = 0.9) -> dict[str, timedelta]:
    """The interval each rating would give, for "Again 1m · Good 10m"-style buttons."""
    return {
        name: review(memory, rating, now, desired_retention=desired_retention).due - now.astimezone(UTC)
        for name, rating in RATINGS.items()
    }


def format_interval(interval: timedelta) -> str:
    """A compact, human interval: 45s, 10m, 3h, 4d, 2mo, 1.5y."""
    seconds = max(0, interval.total_seconds())
    if seconds < 60:
        return f"{round(seconds)}s"
    if seconds < 3600:
        return f"{round(seconds / 60)}m"
    if seconds < 86400:
        return f"{round(seconds / 3600)}h"
    days = seconds / 86400
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{round(days / 30)}mo"
    return f"{days / 365:.1f}y".replace(".0y", "y")
