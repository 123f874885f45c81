"""Bot actions treat the database as a request does: no connection outlives its welcome."""

import pytest
from asgiref.sync import async_to_sync
from django.db import connection

from bot.handlers.common import in_db_thread
from quizzes.models import Learner

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_bot_action_does_not_keep_an_expired_connection(monkeypatch):
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.skip("Django never closes an in-memory SQLite database; the PostgreSQL run checks this")
    monkeypatch.setitem(connection.settings_dict, "CONN_MAX_AGE", 0)  # expired as soon as an action ends
    connection.close()  # the next connection is opened under that setting

    def query():
        Learner.objects.count()
        return connection.connection is not None

    def connection_left_open():
        return connection.connection is not None

    assert async_to_sync(in_db_thread(query))() is True
    # Without the wrapper the bot's thread would still hold the first action's connection here.
    assert async_to_sync(in_db_thread(connection_left_open))() is False
