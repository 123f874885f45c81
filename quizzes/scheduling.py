"""FSRS scheduling as plain data in, plain data out. No ORM: services persist the result.

A card a learner has never answered has no memory yet (None); its first review
starts it in the Learning state, as FSRS does.
"""

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from fsrs import Card as FsrsCard
from fsrs import Rating, Scheduler, State
from fsrs.scheduler import FUZZ_RANGES

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
    # Learning steps stay at the fsrs defaults; only retention varies per deck. fsrs fuzzes with
    # the global random(), so a button's preview and the review itself drew different intervals
    # ("Easy · 8d" became "next in 6d"): fuzzing is ours, decided by _fuzzed from a seed.
    return Scheduler(desired_retention=desired_retention, enable_fuzzing=False)


def _fuzz_fraction(seed: tuple, reps: int) -> float:
    """A number in [0, 1) fixed by who answers which card for the how-manieth time: the preview on
    a button and the review that follows draw the same, and siblings due together still spread."""
    digest = hashlib.blake2b(repr((*seed, reps)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


def _fuzzed(interval: timedelta, fraction: float, maximum_interval: int) -> timedelta:
    """fsrs's own fuzz (same ranges, same rounding) with `fraction` in place of random()."""
    days = interval.days
    if days < 2.5:
        return interval
    delta = 1.0 + sum(r["factor"] * max(min(float(days), r["end"]) - r["start"], 0.0) for r in FUZZ_RANGES)
    high = min(round(days + delta), maximum_interval)
    low = min(max(2, round(days - delta)), high)
    return timedelta(days=min(round(fraction * (high - low + 1) + low), maximum_interval))


def rating_for(correct: bool) -> Rating:
    """Auto-graded cards: a right answer is Good, a wrong one Again."""
    return Rating.Good if correct else Rating.Again


def review(
    memory: Memory | None, rating: Rating, now: datetime, *, desired_retention: float = 0.9, seed: tuple = ()
) -> Memory:
    """The memory after answering with `rating` at `now` (timezone-aware).

    `seed` names the learner and card (say `(learner_id, card_id)`): with the repetition count it
    decides the fuzz of a review interval, so the same answer always gets the same interval."""
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
    scheduler = scheduler_for(desired_retention)
    updated, _log = scheduler.review_card(card, rating, review_datetime=now)
    due = updated.due
    if updated.state == State.Review:  # fsrs fuzzes only intervals that end in Review
        fraction = _fuzz_fraction(seed, memory.reps if memory else 0)
        due = now + _fuzzed(updated.due - now, fraction, scheduler.maximum_interval)
    reps = (memory.reps if memory else 0) + 1
    lapses = (memory.lapses if memory else 0) + (
        memory is not None and memory.state == State.Review and rating == Rating.Again
    )
    return Memory(
        state=updated.state,
        step=updated.step,
        stability=updated.stability,
        difficulty=updated.difficulty,
        due=due,
        last_review=updated.last_review,
        reps=reps,
        lapses=int(lapses),
    )


def preview(
    memory: Memory | None, now: datetime, *, desired_retention: float = 0.9, seed: tuple = ()
) -> dict[str, timedelta]:
    """The interval each rating would give, for "Again 1m · Good 10m"-style buttons: exactly what
    review() applies for the same memory and seed."""
    return {
        name: review(memory, rating, now, desired_retention=desired_retention, seed=seed).due - now.astimezone(UTC)
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
