import os

import pytest
from rest_framework.test import APIClient

from tests.factories import LearnerFactory

REQUIRE_SERVICES = bool(os.environ.get("RECALL_REQUIRE_SERVICES"))


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
