"""Per-learner throttling: a sliding window per user, a 429 with Retry-After past it, other learners unaffected."""

import pytest
from rest_framework.test import APIClient

from api.throttles import LearnerRateThrottle
from tests.factories import LearnerFactory


@pytest.fixture
def three_a_minute(monkeypatch):
    monkeypatch.setattr(LearnerRateThrottle, "THROTTLE_RATES", {"user": "3/min"})


def _client(learner):
    client = APIClient()
    client.force_authenticate(learner.user)
    return client


def test_a_learner_past_the_rate_gets_429_with_retry_after(db, three_a_minute):
    client = _client(LearnerFactory())
    codes = [client.get("/api/v1/study/stats/").status_code for _ in range(3)]
    assert codes == [200, 200, 200]
    refused = client.get("/api/v1/study/stats/")
    assert refused.status_code == 429
    assert "throttled" in refused.json()["detail"].lower()
    assert 1 <= int(refused["Retry-After"]) <= 60


def test_each_learner_has_a_window_of_their_own(db, three_a_minute):
    busy, other = _client(LearnerFactory()), _client(LearnerFactory())
    for _ in range(4):
        busy.get("/api/v1/ping/")
    assert busy.get("/api/v1/ping/").status_code == 429
    assert other.get("/api/v1/ping/").status_code == 200


def test_the_window_slides_open_again(db, three_a_minute, monkeypatch):
    clock = [1_000_000.0]
    monkeypatch.setattr("time.time", lambda: clock[0])
    client = _client(LearnerFactory())
    for _ in range(3):
        assert client.get("/api/v1/ping/").status_code == 200
    assert client.get("/api/v1/ping/").status_code == 429
    clock[0] += 121  # two windows later nothing of the first one is weighed any more
    assert client.get("/api/v1/ping/").status_code == 200
