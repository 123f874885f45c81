"""A learner's statistics, by the learner's own calendar: local days, DST, overdue cards, retired cards."""

import importlib
from datetime import UTC, date, datetime, timedelta

import pytest
from django.apps import apps as django_apps

from quizzes.models import ReviewDay, ReviewLog
from quizzes.services.reviews import review_record
from quizzes.stats import learner_stats
from tests.factories import CardFactory, DeckFactory, LearnerFactory, ReviewStateFactory

pytestmark = pytest.mark.django_db

# 10:30 in Auckland (UTC+13 in November, daylight time): local today is the 28th, UTC's is the 27th.
NOW = datetime(2026, 11, 27, 21, 30, tzinfo=UTC)


def _review(learner, at, *, rating="good", in_review=True):
    """An answer recorded at `at`, the way every interface records one, on a card of its own."""
    card = CardFactory()
    if in_review:
        _state(learner, card, at - timedelta(days=1))
    return review_record(learner=learner, card=card.pk, rating=rating, now=at)


def _state(learner, card, due):
    return ReviewStateFactory(learner=learner, card=card, due=due, last_review=due)


@pytest.fixture
def learner():
    return LearnerFactory(timezone="Pacific/Auckland")


def test_a_learner_with_nothing_has_zeros_and_no_retention(learner):
    stats = learner_stats(learner=learner, now=NOW)
    assert stats == {
        "reviews_today": 0,
        "reviews_30d": 0,
        "new_today": 0,
        "new_limit": 20,
        "due_now": 0,
        "forecast": [{"date": f"2026-11-{28 + i}" if i < 3 else f"2026-12-0{i - 2}", "due": 0} for i in range(7)],
        "retention_30d": None,
        "streak_days": 0,
    }


def test_days_are_the_learners_local_days(learner):
    _review(learner, datetime(2026, 11, 27, 11, 5, tzinfo=UTC))  # 00:05 on the 28th in Auckland: today
    _review(learner, datetime(2026, 11, 27, 10, 55, tzinfo=UTC))  # 23:55 on the 27th: yesterday
    stats = learner_stats(learner=learner, now=NOW)
    assert stats["reviews_today"] == 1
    assert stats["reviews_30d"] == 2
    assert stats["streak_days"] == 2


def test_streak_counts_back_from_yesterday_until_a_day_without_reviews(learner):
    for days_back in (1, 2, 3, 5):  # local days before today; the 4th is missing
        _review(learner, NOW - timedelta(days=days_back))
    stats = learner_stats(learner=learner, now=NOW)
    assert stats["reviews_today"] == 0
    assert stats["streak_days"] == 3


def test_streak_crosses_a_dst_change():
    # Berlin leaves summer time on 2026-10-25; a review at 23:30 local each night from the 20th to the 28th.
    learner = LearnerFactory(timezone="Europe/Berlin")
    now = datetime(2026, 10, 28, 23, 45, tzinfo=UTC)  # 00:45 on the 29th, local
    for day in range(20, 29):
        offset = 2 if day < 25 else 1
        _review(learner, datetime(2026, 10, day, 23 - offset, 30, tzinfo=UTC))
    assert learner_stats(learner=learner, now=now)["streak_days"] == 9


def test_retention_counts_only_reviews_of_cards_in_review_over_thirty_local_days(learner):
    _review(learner, NOW - timedelta(hours=1), rating="good")  # recalled
    _review(learner, NOW - timedelta(days=3), rating="again")  # forgot
    _review(learner, NOW - timedelta(days=4), rating="easy")  # recalled
    _review(learner, NOW - timedelta(days=5), rating="again", in_review=False)  # a new card: not retention
    _review(learner, NOW - timedelta(days=40), rating="again")  # too long ago
    stats = learner_stats(learner=learner, now=NOW)
    assert stats["reviews_30d"] == 4
    assert stats["retention_30d"] == round(2 / 3, 3)


def test_other_learners_do_not_count(learner):
    _review(LearnerFactory(), NOW - timedelta(hours=1))
    _state(LearnerFactory(), CardFactory(), NOW - timedelta(hours=1))
    stats = learner_stats(learner=learner, now=NOW)
    assert stats["reviews_today"] == 0 and stats["due_now"] == 0


def test_forecast_puts_overdue_cards_today_and_skips_retired_cards(learner):
    deck = DeckFactory()
    cards = [CardFactory(deck=deck) for _ in range(6)]
    _state(learner, cards[0], NOW - timedelta(days=3))  # overdue: due now, counted today
    _state(learner, cards[1], NOW - timedelta(minutes=1))  # due now
    _state(learner, cards[2], NOW + timedelta(hours=2))  # later today, local
    _state(learner, cards[3], datetime(2026, 11, 28, 11, 30, tzinfo=UTC))  # 00:30 on the 29th, local
    _state(learner, cards[4], NOW + timedelta(days=30))  # beyond the week
    retired = cards[5]
    retired.retired = True
    retired.save()
    _state(learner, retired, NOW - timedelta(days=1))
    stats = learner_stats(learner=learner, now=NOW)
    assert stats["due_now"] == 2
    assert [day["due"] for day in stats["forecast"]] == [3, 1, 0, 0, 0, 0, 0]
    assert stats["forecast"][0]["date"] == "2026-11-28"


def test_a_bad_zone_name_falls_back_to_utc():
    learner = LearnerFactory(timezone="Not/AZone")
    _review(learner, datetime(2026, 11, 27, 0, 30, tzinfo=UTC))
    stats = learner_stats(learner=learner, now=NOW)
    assert stats["reviews_today"] == 1
    assert stats["forecast"][0]["date"] == "2026-11-27"


def test_each_answer_adds_to_one_row_for_its_local_day(learner):
    _review(learner, NOW - timedelta(hours=2), rating="again")
    _review(learner, NOW - timedelta(hours=1), rating="good")
    _review(learner, NOW, rating="good", in_review=False)
    day = ReviewDay.objects.get(learner=learner)
    assert (day.day.isoformat(), day.reviews, day.recalled, day.attempts) == ("2026-11-28", 3, 1, 2)


def test_reviews_logged_before_days_were_counted_are_counted_by_the_migration(learner):
    migration = importlib.import_module("quizzes.migrations.0005_review_days")
    card = CardFactory()
    for i, (at, rating, before) in enumerate(
        [
            (datetime(2026, 11, 27, 11, 5, tzinfo=UTC), 3, 2),  # 00:05 on the 28th in Auckland
            (datetime(2026, 11, 27, 10, 55, tzinfo=UTC), 1, 2),  # 23:55 on the 27th
            (datetime(2026, 11, 27, 10, 50, tzinfo=UTC), 3, None),
        ]
    ):
        ReviewLog.objects.create(
            learner=learner,
            card=card,
            client_id=f"old-{i}",
            rating=rating,
            state_before=before,
            state_after=2,
            due_after=at,
            reviewed_at=at,
        )
    migration.count_past_reviews(django_apps, None)
    assert sorted(ReviewDay.objects.values_list("day", "reviews", "recalled", "attempts")) == [
        (date(2026, 11, 27), 2, 0, 1),
        (date(2026, 11, 28), 1, 1, 1),
    ]


def test_due_counts_cover_the_decks_the_learner_studies_and_no_others(learner):
    published, other, hidden = DeckFactory(), DeckFactory(), DeckFactory(published=False)
    for deck in (published, other, hidden):
        _state(learner, CardFactory(deck=deck), NOW - timedelta(hours=1))
    assert learner_stats(learner=learner, now=NOW)["due_now"] == 2, "no subscriptions: every published deck"
    learner.subscriptions.create(deck=published)
    learner.subscriptions.create(deck=hidden)
    assert learner_stats(learner=learner, now=NOW)["due_now"] == 1, "only the published deck subscribed to"
