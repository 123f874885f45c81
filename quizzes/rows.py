"""Model instances from the rows of hand-written SQL (study queue, stats, reviews).

Raw rows skip Django's converters: SQLite hands back JSON and datetimes as text, and its
datetimes as naive UTC. These helpers make both backends' rows look like the ORM's.
"""

import json
from datetime import UTC, datetime

from django.db import connection
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from quizzes.models import Card, ReviewState

CARD_COLUMNS = ["id", "deck_id", "kind", "section", "front", "back", "choices", "answer", "explanation"]
STATE_COLUMNS = ["id", "state", "step", "stability", "difficulty", "due", "last_review", "reps", "lapses"]


def aware(value) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = parse_datetime(value)
    return value if timezone.is_aware(value) else timezone.make_aware(value, UTC)


def select_list(alias: str, columns: list[str]) -> str:
    return ", ".join(f"{alias}.{column}" for column in columns)


def card(values) -> Card:
    """A Card from CARD_COLUMNS values; the other fields load on access, like .only()."""
    values = list(values)
    choices = values[6]
    values[6] = json.loads(choices) if isinstance(choices, str) else choices
    return Card.from_db(connection.alias, CARD_COLUMNS, values)


def review_state(values, **known) -> ReviewState | None:
    """A ReviewState from STATE_COLUMNS values (None for a card without one, from a LEFT JOIN);
    `known` sets the foreign keys the query already fixed."""
    if values[0] is None:
        return None
    values = list(values)
    values[5], values[6] = aware(values[5]), aware(values[6])
    state = ReviewState.from_db(connection.alias, STATE_COLUMNS, values)
    for name, value in known.items():
        setattr(state, name, value)
    return state
