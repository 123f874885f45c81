"""Fast, deterministic seeding of the benchmark database with PostgreSQL COPY.

Two populations: API learners with a full deck each (learners × cards review states and two
review logs per state), and reminder-only learners with a Telegram chat and a few states,
so the sweep runs over a realistic number of learners.
"""

import random
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import psycopg
from django.contrib.auth.hashers import make_password


@dataclass(frozen=True)
class Size:
    api_learners: int
    cards: int
    reminder_learners: int
    states_per_reminder_learner: int
    requests: int
    deliveries: int
    document_bytes: int
    glossary_terms: int

    @property
    def learners(self) -> int:
        return self.api_learners + self.reminder_learners


FULL = Size(
    api_learners=10_000,
    cards=100,
    reminder_learners=90_000,
    states_per_reminder_learner=1,
    requests=4_000,
    deliveries=900,
    document_bytes=1_000_000,
    glossary_terms=2_000,
)
QUICK = Size(
    api_learners=300,
    cards=100,
    reminder_learners=2_700,
    states_per_reminder_learner=1,
    requests=600,
    deliveries=120,
    document_bytes=200_000,
    glossary_terms=300,
)

NOW = datetime.now(UTC).replace(microsecond=0)


def _copy(cur, table: str, columns: list[str], rows) -> int:
    count = 0
    with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
            count += 1
    return count


def seed(dsn: str, size: Size, *, rng_seed: int = 7) -> dict:
    """Fill an empty, migrated database. Returns what the load tests need (tokens, card ids)."""
    rng = random.Random(rng_seed)
    password = make_password("bench-password-123")
    tokens: list[str] = []
    with psycopg.connect(dsn, autocommit=False) as conn, conn.cursor() as cur:
        cur.execute(
            "INSERT INTO quizzes_deck (slug, title, description, published, desired_retention, created_at, updated_at)"
            " VALUES ('bench', 'Benchmark deck', '', true, 0.9, %s, %s) RETURNING id",
            (NOW, NOW),
        )
        deck_id = cur.fetchone()[0]
        kinds = ["basic"] * int(size.cards * 0.7) + ["mcq"] * int(size.cards * 0.15)
        kinds += ["true_false"] * (size.cards - len(kinds))
        card_rows = []
        for i, kind in enumerate(kinds):
            choices = '["alpha", "beta", "gamma", "delta"]' if kind == "mcq" else '["True", "False"]'
            answer = {"mcq": "gamma", "true_false": "True"}.get(kind, "")
            card_rows.append(
                (
                    deck_id,
                    f"bench-{i}",
                    kind,
                    "Bench",
                    f"Question {i}?",
                    f"Answer {i}",
                    choices if kind != "basic" else "[]",
                    answer,
                    "",
                    False,
                    False,
                    "",
                    NOW,
                    NOW,
                )
            )
        _copy(
            cur,
            "quizzes_card",
            [
                "deck_id",
                "key",
                "kind",
                "section",
                "front",
                "back",
                "choices",
                "answer",
                "explanation",
                "retired",
                "edited_by_staff",
                "generated_hash",
                "created_at",
                "updated_at",
            ],
            card_rows,
        )
        cur.execute("SELECT id, kind FROM quizzes_card WHERE deck_id = %s ORDER BY id", (deck_id,))
        cards = cur.fetchall()
        card_ids = [pk for pk, _ in cards]
        basic_ids = [pk for pk, kind in cards if kind == "basic"]

        cur.execute("SELECT coalesce(max(id), 0) FROM auth_user")
        first_user = cur.fetchone()[0] + 1
        users = (
            (first_user + i, password, False, f"bench{i}", "", "", "", False, True, NOW) for i in range(size.learners)
        )
        _copy(
            cur,
            "auth_user",
            [
                "id",
                "password",
                "is_superuser",
                "username",
                "first_name",
                "last_name",
                "email",
                "is_staff",
                "is_active",
                "date_joined",
            ],
            users,
        )
        tokens = [secrets.token_hex(20) for _ in range(size.api_learners)]
        _copy(
            cur,
            "authtoken_token",
            ["key", "user_id", "created"],
            ((tokens[i], first_user + i, NOW) for i in range(size.api_learners)),
        )

        cur.execute("SELECT coalesce(max(id), 0) FROM quizzes_learner")
        first_learner = cur.fetchone()[0] + 1

        def learner_rows():
            for i in range(size.learners):
                api = i < size.api_learners
                # A third of the reminder-only learners reached their reminder time a little while ago.
                due_reminder = not api and i % 3 == 0
                next_at = NOW - timedelta(minutes=10) if due_reminder else NOW + timedelta(hours=rng.randint(1, 23))
                yield (
                    first_learner + i,
                    first_user + i,
                    5_000_000 + i,
                    "UTC",
                    "09:00",
                    20 if not api else 1000,
                    True,
                    False,  # picked_decks: the model's default, as for a learner who never chose
                    next_at,
                    NOW,
                )

        _copy(
            cur,
            "quizzes_learner",
            [
                "id",
                "user_id",
                "telegram_chat_id",
                "timezone",
                "reminder_time",
                "new_cards_per_day",
                "reminders_enabled",
                "picked_decks",
                "next_reminder_at",
                "created_at",
            ],
            learner_rows(),
        )
        _copy(
            cur,
            "quizzes_subscription",
            ["learner_id", "deck_id", "created_at"],
            ((first_learner + i, deck_id, NOW) for i in range(size.api_learners)),
        )

        def state_rows():
            for i in range(size.learners):
                learner = first_learner + i
                chosen = card_ids if i < size.api_learners else rng.sample(card_ids, size.states_per_reminder_learner)
                for card in chosen:
                    # About one in ten cards is due now, like a learner coming back after a day.
                    due = (
                        NOW - timedelta(hours=rng.randint(1, 48))
                        if rng.random() < 0.1
                        else NOW + timedelta(days=rng.randint(1, 60))
                    )
                    state = 1 if rng.random() < 0.05 else 2
                    step = 0 if state == 1 else None
                    yield (
                        learner,
                        card,
                        deck_id,
                        state,
                        step,
                        round(rng.uniform(1, 60), 3),
                        round(rng.uniform(2, 8), 3),
                        due,
                        due - timedelta(days=3),
                        rng.randint(1, 12),
                        rng.randint(0, 3),
                    )

        states = _copy(
            cur,
            "quizzes_reviewstate",
            [
                "learner_id",
                "card_id",
                "deck_id",
                "state",
                "step",
                "stability",
                "difficulty",
                "due",
                "last_review",
                "reps",
                "lapses",
            ],
            state_rows(),
        )

        days: dict[tuple, list[int]] = {}  # (learner, UTC day) -> reviews, recalled, attempts

        def log_rows():
            for i in range(size.api_learners):
                learner = first_learner + i
                for card in card_ids:
                    for n in range(2):
                        at = NOW - timedelta(days=rng.randint(0, 60), minutes=rng.randint(0, 1440))
                        rating = rng.choice((1, 3, 3, 3, 4))
                        counts = days.setdefault((learner, at.date()), [0, 0, 0])
                        counts[0] += 1
                        counts[1] += rating > 1
                        counts[2] += 1  # every seeded review is of a card in review
                        yield (
                            learner,
                            card,
                            f"seed-{card}-{n}",
                            rating,
                            "",
                            None,
                            "api",
                            2,
                            2,
                            at + timedelta(days=4),
                            at,
                        )

        logs = _copy(
            cur,
            "quizzes_reviewlog",
            [
                "learner_id",
                "card_id",
                "client_id",
                "rating",
                "answer",
                "correct",
                "source",
                "state_before",
                "state_after",
                "due_after",
                "reviewed_at",
            ],
            log_rows(),
        )
        _copy(
            cur,
            "quizzes_reviewday",
            ["learner_id", "day", "reviews", "recalled", "attempts"],
            ((learner, day, *counts) for (learner, day), counts in days.items()),
        )
        for sequence_table in ("auth_user", "quizzes_learner"):
            cur.execute(
                f"SELECT setval(pg_get_serial_sequence('{sequence_table}', 'id'), "
                f"(SELECT max(id) FROM {sequence_table}))"
            )
        conn.commit()
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    return {
        "tokens": tokens,
        "basic_card_ids": basic_ids,
        "review_states": states,
        "review_logs": logs,
        "first_learner": first_learner,
        "deck_id": deck_id,
    }
