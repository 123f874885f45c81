import os

import pytest
from rest_framework.test import APIClient

from tests.factories import LearnerFactory

REQUIRE_SERVICES = bool(os.environ.get("RECALL_REQUIRE_SERVICES"))


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """PBKDF2's million iterations protect production and cost half a second per test user here."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


_KEPT_BY_FLUSH = {"django_content_type", "auth_permission"}


@pytest.fixture(scope="session", autouse=True)
def _postgres_flush_by_delete():
    """Tests that commit (the bot's, the browser's) empty every table after each test. PostgreSQL's
    TRUNCATE makes new files for each of the ~100 tables and indexes, most of a second per test;
    DELETE of the few rows a test leaves takes milliseconds. Foreign keys are deferred, so order
    does not matter. Content types and permissions stay: the flush would only recreate them."""
    from django.db.backends.postgresql.operations import DatabaseOperations

    truncate = DatabaseOperations.sql_flush

    def sql_flush(self, style, tables, *, reset_sequences=False, allow_cascade=False):
        if reset_sequences or allow_cascade:
            return truncate(self, style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade)
        return [f"DELETE FROM {self.quote_name(table)};" for table in tables if table not in _KEPT_BY_FLUSH]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(DatabaseOperations, "sql_flush", sql_flush)
        yield


def skip_or_fail(reason: str):
    """CI sets RECALL_REQUIRE_SERVICES, so a missing service fails there instead of hiding."""
    if REQUIRE_SERVICES:
        pytest.fail(f"{reason} (RECALL_REQUIRE_SERVICES is set)")
    pytest.skip(reason)


@pytest.fixture
def learner(db):
    return LearnerFactory()


@pytest.fixture
def api(learner):
    client = APIClient()
    client.force_authenticate(learner.user)
    client.learner = learner
    return client


@pytest.fixture
def anon_api():
    return APIClient()


@pytest.fixture
def eager_celery():
    """Run queued tasks in the test's own process, as soon as they are queued."""
    from config.celery import app

    app.conf.task_always_eager = True
    yield app
    app.conf.task_always_eager = False


_DATABASE_FIXTURES = {
    "db",
    "transactional_db",
    "django_db_reset_sequences",
    "django_db_serialized_rollback",
    "live_server",
}


def pytest_addoption(parser):
    parser.addoption(
        "--database-tests-only",
        action="store_true",
        help="run only tests that touch the database or are integration tests (make test's second run: "
        "the rest gave their answer in the first run, and no database can change it)",
    )


def pytest_collection_modifyitems(config, items):
    if not config.getoption("--database-tests-only"):
        return
    kept, left = [], []
    for item in items:
        touches_database = bool(_DATABASE_FIXTURES & set(getattr(item, "fixturenames", ())))
        if touches_database or item.get_closest_marker("django_db") or item.get_closest_marker("integration"):
            kept.append(item)
        else:
            left.append(item)
    items[:] = kept
    config.hook.pytest_deselected(items=left)
