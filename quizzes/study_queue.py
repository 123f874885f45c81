"""The study queue: what a learner should see next. The hottest read in Recall.

Hand-written statements (portable across PostgreSQL and SQLite) on one cursor, instead of ORM
querysets: on this path their Python-side compilation and row handling cost several times what
the database did (see BENCHMARKS.md). Deck ids are resolved first and passed as literals, so
both lists go through their indexes whatever the planner guesses about a learner.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db import connection
from django.utils import timezone

from quizzes import clock, rows, scheduling
from quizzes.choices import presented_choices
from quizzes.models import Card, Deck, Learner, ReviewLog

# Cards first studied since the local midnight `since`: what the daily new-card limit counts.
# A quiz's first sighting of a card is not counted (Anki does not count a cram session against
# new cards either): a quiz should not spend the day's allowance. Stats count the same way.
NEW_TODAY = """
    SELECT COUNT(*) FROM quizzes_reviewlog l
    WHERE l.learner_id = %(learner)s AND l.reviewed_at >= %(since)s AND l.state_before IS NULL
      AND l.source <> %(quiz)s"""
_DECKS_AND_NEW_TODAY = f"""
    WITH mine AS (
        SELECT s.deck_id FROM quizzes_subscription s
        JOIN quizzes_deck sd ON sd.id = s.deck_id AND sd.published = %(yes)s
        WHERE s.learner_id = %(learner)s
    )
    SELECT d.id, ({NEW_TODAY})
    FROM quizzes_deck d
    WHERE d.published = %(yes)s AND {{deck_filter}}"""
_ANY_OF_MINE = "(d.id IN (SELECT deck_id FROM mine) OR (%(every_deck)s AND NOT EXISTS (SELECT 1 FROM mine)))"
# Cards of one note are siblings (basic, reverse, cloze, mcq of one fact) and give each other away:
# once a learner answers one, anywhere (study, bot, quiz), the others rest until their next local
# day, as Anki buries siblings. Cards in learning or relearning are never buried: their steps are
# minutes apart and a day's rest would undo them. No batch holds two siblings either (ROW_NUMBER
# per note), so the counts are of cards a learner will actually be shown.
#
# `answered` is the notes answered today with the lowest and highest card answered: a card rests
# when its note is there and it is not the only card answered. Grouped once and hash-joined, it
# costs the same for a backlog of thousands; a correlated NOT EXISTS per due card made the due
# statement 20 times slower on PostgreSQL for 1,500 due cards.
_ANSWERED_TODAY = """
    answered AS (
        SELECT s.note_id, MIN(s.id) AS lo, MAX(s.id) AS hi
        FROM quizzes_reviewlog l JOIN quizzes_card s ON s.id = l.card_id
        WHERE l.learner_id = %(learner)s AND l.reviewed_at >= %(since)s AND s.note_id IS NOT NULL
        GROUP BY s.note_id
    )"""
_ONE_PER_NOTE = "ROW_NUMBER() OVER (PARTITION BY COALESCE(c.note_id, -c.id) ORDER BY {order}) AS nth"
_DUE = f"""
    WITH {_ANSWERED_TODAY}
    SELECT {{queued_columns}}, q.state, q.due, COUNT(*) OVER ()
    FROM (
        SELECT {{card_columns}}, rs.state AS state, rs.due AS due,
               {_ONE_PER_NOTE.format(order="CASE WHEN rs.state = 2 THEN 1 ELSE 0 END, rs.due, c.id")}
        FROM quizzes_reviewstate rs
        JOIN quizzes_card c ON c.id = rs.card_id AND c.retired = %(no)s
        LEFT JOIN answered a ON a.note_id = c.note_id
        WHERE rs.learner_id = %(learner)s AND rs.due <= %(now)s AND rs.deck_id IN ({{decks}})
          AND (rs.state <> 2 OR a.note_id IS NULL OR (a.lo = c.id AND a.hi = c.id))
    ) q
    WHERE q.nth = 1
    ORDER BY CASE WHEN q.state = 2 THEN 1 ELSE 0 END, q.due
    LIMIT %(limit)s"""
# A new card also waits while a sibling is due now: that one comes first, and then buries it.
# Anti-joins here, not the due statement's LEFT JOIN: over every unseen card PostgreSQL misjudged
# that join's OR filter and fell back to a nested loop per card.
_NEW = f"""
    WITH {_ANSWERED_TODAY},
    due_notes AS (
        SELECT DISTINCT s.note_id
        FROM quizzes_reviewstate rs JOIN quizzes_card s ON s.id = rs.card_id AND s.retired = %(no)s
        WHERE rs.learner_id = %(learner)s AND rs.due <= %(now)s AND s.note_id IS NOT NULL
    )
    SELECT {{queued_columns}}, NULL, NULL, COUNT(*) OVER ()
    FROM (
        SELECT {{card_columns}}, {_ONE_PER_NOTE.format(order="c.id")}
        FROM quizzes_card c
        WHERE c.deck_id IN ({{decks}}) AND c.retired = %(no)s
          AND NOT EXISTS (SELECT 1 FROM quizzes_reviewstate rs WHERE rs.learner_id = %(learner)s AND rs.card_id = c.id)
          AND NOT EXISTS (SELECT 1 FROM answered a WHERE a.note_id = c.note_id AND (a.lo <> c.id OR a.hi <> c.id))
          AND NOT EXISTS (SELECT 1 FROM due_notes d WHERE d.note_id = c.note_id)
    ) q
    WHERE q.nth = 1
    ORDER BY q.deck_id, q.id
    LIMIT %(limit)s"""


@dataclass
class QueueItem:
    card: Card
    state: int | None  # ReviewState.State, or None for a new card
    due: datetime | None
    choices: list[str]  # an auto-graded card's choices, in this presentation's order

    @property
    def state_name(self) -> str:
        return scheduling.STATE_NAMES[self.state]


@dataclass
class DueQueue:
    due_count: int
    new_available: int
    items: list[QueueItem]


def _items(fetched) -> tuple[list[QueueItem], int]:
    width = len(rows.CARD_COLUMNS)
    items = []
    for row in fetched:
        card = rows.card(row[:width])
        choices = presented_choices(kind=card.kind, choices=card.choices)
        items.append(QueueItem(card=card, state=row[width], due=rows.aware(row[width + 1]), choices=choices))
    return items, (fetched[0][-1] if fetched else 0)


def _decks(cursor, learner: Learner, deck: Deck | None, since: datetime):
    """(deck id, cards first seen today) rows: the one deck asked for, else the learner's
    subscriptions, else (until they pick decks) every published deck. Mirrors selectors.study_decks;
    change both together."""
    deck_filter = "d.id = %(deck)s" if deck else _ANY_OF_MINE
    cursor.execute(
        _DECKS_AND_NEW_TODAY.format(deck_filter=deck_filter),
        {
            "learner": learner.pk,
            "yes": True,
            "every_deck": not learner.picked_decks,
            "deck": deck.pk if deck else None,
            "since": connection.ops.adapt_datetimefield_value(since),
            "quiz": ReviewLog.Source.QUIZ.value,
        },
    )
    return cursor.fetchall()


def due_queue(*, learner: Learner, deck: Deck | None = None, limit: int = 20, now: datetime | None = None) -> DueQueue:
    """Learning and relearning first, then due reviews (oldest first), then new cards up to what
    is left of today's new-card limit; one card per note, none whose sibling was answered today.
    Three statements whatever the deck size."""
    now = now or timezone.now()
    since = clock.start_of_local_day(learner.timezone, now)
    with connection.cursor() as cursor:
        decks_rows = _decks(cursor, learner, deck, since)
        if not decks_rows:
            return DueQueue(due_count=0, new_available=0, items=[])
        deck_ids = [row[0] for row in decks_rows]
        left_today = max(0, learner.new_cards_per_day - decks_rows[0][1])
        params = {
            "learner": learner.pk,
            "no": False,
            "now": connection.ops.adapt_datetimefield_value(now),
            "since": connection.ops.adapt_datetimefield_value(since),
            "limit": limit,
            **{f"deck{i}": pk for i, pk in enumerate(deck_ids)},
        }
        sql = {
            "card_columns": rows.select_list("c", rows.CARD_COLUMNS),
            "queued_columns": rows.select_list("q", rows.CARD_COLUMNS),
            "decks": ", ".join(f"%(deck{i})s" for i in range(len(deck_ids))),
        }
        cursor.execute(_DUE.format(**sql), params)
        items, due_count = _items(cursor.fetchall())
        new_available = 0
        if left_today:
            # At least one row, even when the queue is full, to learn how many new cards there are.
            params["limit"] = max(1, min(limit - len(items), left_today))
            cursor.execute(_NEW.format(**sql), params)
            unseen, unseen_count = _items(cursor.fetchall())
            new_available = min(left_today, unseen_count)
            items += unseen[: min(limit - len(items), new_available)]
    return DueQueue(due_count=due_count, new_available=new_available, items=items)
