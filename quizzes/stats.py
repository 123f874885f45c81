"""A learner's statistics: reviews today and over 30 days, new cards today, retention, streak, due now
and a 7-day forecast.

Three hand-written statements on one cursor, like the study queue (see study_queue.py): on this
hot read the ORM's compilation cost several times what PostgreSQL did. Reviews come from the
per-day counts kept as answers are recorded (ReviewDay), at most a year of rows however much a
learner reviews. Due days are the learner's local days: the backend's own SQL for a
timezone-aware date (the one TruncDate uses) keeps them right across DST on PostgreSQL and SQLite.
"""

from datetime import date, datetime, timedelta

from django.db import connection
from django.utils import timezone

from quizzes import clock, study_queue
from quizzes.models import Learner, ReviewLog

_REVIEW_DAYS = """
    SELECT day, reviews, recalled, attempts FROM quizzes_reviewday WHERE learner_id = %s AND day > %s"""
# Per local due day until the forecast's end: cards due, and of those, cards due already; in the
# decks the learner studies, by the rule of selectors.studies (subscribed published decks, or every
# published one while there are none and they never picked), as the study queue and the reminders count them.
_DUE_BY_DAY = """
    SELECT {day}, COUNT(*), SUM(CASE WHEN rs.due <= %s THEN 1 ELSE 0 END)
    FROM quizzes_reviewstate rs
    JOIN quizzes_card c ON c.id = rs.card_id AND c.retired = %s
    JOIN quizzes_deck d ON d.id = rs.deck_id AND d.published = %s
    WHERE rs.learner_id = %s AND rs.due < %s
      AND (rs.deck_id IN (SELECT s.deck_id FROM quizzes_subscription s JOIN quizzes_deck sd
                          ON sd.id = s.deck_id AND sd.published = %s WHERE s.learner_id = %s)
           OR (%s AND NOT EXISTS (SELECT 1 FROM quizzes_subscription s JOIN quizzes_deck sd
                          ON sd.id = s.deck_id AND sd.published = %s WHERE s.learner_id = %s)))
    GROUP BY 1"""


def _local_day(column: str, zone_name: str) -> tuple[str, tuple]:
    return connection.ops.datetime_cast_date_sql(column, (), zone_name)


def _as_date(value) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value  # SQLite returns text


def _streak(days: set[date], today: date) -> int:
    """Consecutive days with reviews, ending today, or yesterday while today is still open."""
    streak, day = 0, today if today in days else today - timedelta(days=1)
    while day in days:
        streak, day = streak + 1, day - timedelta(days=1)
    return streak


def learner_stats(*, learner: Learner, now: datetime | None = None) -> dict:
    now = now or timezone.now()
    zone_name = clock.zone(learner.timezone).key  # a bad name falls back to UTC, as everywhere
    today = clock.local_today(zone_name, now)
    adapt = connection.ops.adapt_datetimefield_value
    with connection.cursor() as cursor:
        cursor.execute(_REVIEW_DAYS, (learner.pk, connection.ops.adapt_datefield_value(today - timedelta(days=366))))
        per_day = {_as_date(day): (n, recalled, attempts) for day, n, recalled, attempts in cursor.fetchall()}

        day_sql, day_params = _local_day("rs.due", zone_name)
        horizon = clock.local_midnight(zone_name, today + timedelta(days=7))
        cursor.execute(
            _DUE_BY_DAY.format(day=day_sql),
            (
                *day_params,
                *(adapt(now), False, True, learner.pk, adapt(horizon), True, learner.pk),
                *(not learner.picked_decks, True, learner.pk),
            ),
        )
        due_rows = cursor.fetchall()
        # The same count the study queue takes off today's new-card limit, so they cannot disagree.
        since = clock.local_midnight(zone_name, today)
        cursor.execute(
            study_queue.NEW_TODAY,
            {"learner": learner.pk, "since": adapt(since), "quiz": ReviewLog.Source.QUIZ.value},
        )
        (new_today,) = cursor.fetchone()
        upcoming, due_now = {}, 0
        for day, n, due in due_rows:
            day = max(_as_date(day), today)  # overdue cards count towards today
            upcoming[day] = upcoming.get(day, 0) + n
            due_now += due

    month = [counts for day, counts in per_day.items() if day > today - timedelta(days=30)]
    recalled, attempts = sum(m[1] for m in month), sum(m[2] for m in month)
    return {
        "reviews_today": per_day.get(today, (0, 0, 0))[0],
        "reviews_30d": sum(m[0] for m in month),
        "new_today": new_today,
        "new_limit": learner.new_cards_per_day,
        "due_now": due_now,
        "forecast": [
            {"date": (today + timedelta(days=i)).isoformat(), "due": upcoming.get(today + timedelta(days=i), 0)}
            for i in range(7)
        ],
        "retention_30d": round(recalled / attempts, 3) if attempts else None,
        "streak_days": _streak(set(per_day), today),
    }
