from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Rating, State

from quizzes.scheduling import Memory, format_interval, preview, rating_for, review

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("rating", "state", "due_in"),
    [
        (Rating.Again, State.Learning, timedelta(minutes=1)),
        (Rating.Hard, State.Learning, timedelta(minutes=5, seconds=30)),
        (Rating.Good, State.Learning, timedelta(minutes=10)),
        (Rating.Easy, State.Review, None),
    ],
)
def test_first_review_of_a_new_card(rating, state, due_in):
    memory = review(None, rating, NOW)
    assert memory.state == state and memory.reps == 1 and memory.lapses == 0
    assert memory.last_review == NOW
    if due_in is None:
        assert memory.due - NOW >= timedelta(days=1)
    else:
        assert memory.due - NOW == due_in


def _reviewed(*ratings, start=NOW):
    memory, now = None, start
    for rating in ratings:
        memory = review(memory, rating, now)
        now = memory.due
    return memory, now


def test_good_twice_graduates_to_review_with_growing_intervals():
    memory, now = _reviewed(Rating.Good, Rating.Good)
    assert memory.state == State.Review
    first = memory.due - now
    memory = review(memory, Rating.Good, memory.due)
    assert memory.due - now > first


def test_again_in_review_is_a_lapse_and_relearns():
    memory, now = _reviewed(Rating.Good, Rating.Good, Rating.Good)
    lapsed = review(memory, Rating.Again, now)
    assert lapsed.state == State.Relearning and lapsed.lapses == 1 and lapsed.reps == 4
    assert lapsed.due - now == timedelta(minutes=10)


@pytest.mark.parametrize(("retention", "longer"), [(0.8, True), (0.97, False)])
def test_desired_retention_changes_intervals(retention, longer):
    base = review(Memory(State.Review, None, 10.0, 5.0, NOW, NOW - timedelta(days=10)), Rating.Good, NOW)
    other = review(
        Memory(State.Review, None, 10.0, 5.0, NOW, NOW - timedelta(days=10)),
        Rating.Good,
        NOW,
        desired_retention=retention,
    )
    assert (other.due - NOW > base.due - NOW) is longer


def test_preview_orders_intervals_again_to_easy():
    intervals = preview(None, NOW)
    assert intervals["again"] < intervals["hard"] < intervals["good"] < intervals["easy"]


@pytest.mark.parametrize(("correct", "rating"), [(True, Rating.Good), (False, Rating.Again)])
def test_auto_graded_answers_map_to_ratings(correct, rating):
    assert rating_for(correct) == rating


@pytest.mark.parametrize(
    ("interval", "text"),
    [
        (timedelta(seconds=30), "30s"),
        (timedelta(minutes=10), "10m"),
        (timedelta(hours=5), "5h"),
        (timedelta(days=4), "4d"),
        (timedelta(days=65), "2mo"),
        (timedelta(days=365), "1y"),
        (timedelta(days=550), "1.5y"),
    ],
)
def test_format_interval(interval, text):
    assert format_interval(interval) == text


def test_a_state_without_memory_starts_afresh_instead_of_failing():
    broken = Memory(State.Review, None, None, None, NOW, None, reps=3, lapses=1)
    memory = review(broken, Rating.Good, NOW)
    assert memory.state == State.Learning and memory.reps == 4 and memory.lapses == 1


def _in_review(stability: float, days_since: int) -> Memory:
    return Memory(State.Review, None, stability, 5.0, NOW, NOW - timedelta(days=days_since), reps=3)


@pytest.mark.parametrize("card_id", range(1, 21))
def test_every_previewed_interval_is_the_one_the_review_applies(card_id):
    memory = _in_review(stability=5.0 + card_id, days_since=5 + card_id % 4)
    seed = (7, card_id)
    shown = preview(memory, NOW, seed=seed)
    for name, rating in (("again", Rating.Again), ("hard", Rating.Hard), ("good", Rating.Good), ("easy", Rating.Easy)):
        assert review(memory, rating, NOW, seed=seed).due - NOW == shown[name], name


def test_fuzz_still_spreads_cards_that_would_fall_due_together():
    memory = _in_review(stability=40.0, days_since=40)
    intervals = {review(memory, Rating.Good, NOW, seed=(7, card_id)).due - NOW for card_id in range(1, 41)}
    assert len(intervals) >= 3, intervals
