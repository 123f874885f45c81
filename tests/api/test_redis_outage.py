"""Redis down or frozen: the throttle and the cache fail open, the API keeps answering and recording."""

import os
import socket
import threading
import time
import types

import pytest
from django.core.cache import caches

from api.throttles import LearnerRateThrottle, limiter
from config.redis_fail_open import Breaker, breaker, fail_open
from quizzes.models import ReviewLog
from tests.conftest import skip_or_fail
from tests.services_reachable import reachable

pytestmark = pytest.mark.django_db
PASSWORD = "analytical-engine-1843"


class FrozenRedis:
    """Accepts connections and never answers; hangs up after `hang_up` seconds (so a client without a
    socket timeout fails with an error instead of waiting forever)."""

    def __init__(self, hang_up: float = 2.0):
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.accepted = 0
        self.hang_up = hang_up
        self._held: list[socket.socket] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            self.accepted += 1
            self._held.append(conn)
            threading.Timer(self.hang_up, conn.close).start()

    def close(self):
        self.server.close()
        for conn in self._held:
            conn.close()


def _closed_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return probe.getsockname()[1]


def _point_redis_at(settings, url):
    settings.REDIS_URL = url
    settings.CACHES = {
        "default": {
            "BACKEND": "config.redis_fail_open.FailOpenRedisCache",
            "LOCATION": url,
            "OPTIONS": {"socket_connect_timeout": settings.REDIS_TIMEOUT, "socket_timeout": settings.REDIS_TIMEOUT},
        }
    }
    limiter.cache_clear()
    breaker.reset()


@pytest.fixture
def frozen_redis():
    server = FrozenRedis()
    yield server
    server.close()


@pytest.fixture(params=["refused", "frozen"])
def broken_redis(request, settings):
    if request.param == "refused":
        url = f"redis://127.0.0.1:{_closed_port()}/0"
    else:
        url = f"redis://127.0.0.1:{request.getfixturevalue('frozen_redis').port}/0"
    _point_redis_at(settings, url)
    yield request.param
    limiter.cache_clear()
    breaker.reset()


def test_login_registration_and_reviews_work_while_redis_is_unavailable(anon_api, api, basic_card, broken_redis):
    registered = anon_api.post("/api/v1/auth/register/", {"username": "ada", "password": PASSWORD}, format="json")
    assert registered.status_code == 201, registered.content
    login = anon_api.post("/api/v1/auth/token/", {"username": "ada", "password": PASSWORD}, format="json")
    assert login.status_code == 200 and login.json()["token"]

    review = api.post("/api/v1/study/reviews/", {"card": basic_card.pk, "rating": "good"}, format="json")
    assert review.status_code == 201, review.content
    assert ReviewLog.objects.filter(learner=api.learner, card=basic_card).count() == 1
    assert api.get("/api/v1/study/stats/").status_code == 200


def test_a_frozen_redis_is_skipped_after_its_first_timeout(api, settings, frozen_redis):
    _point_redis_at(settings, f"redis://127.0.0.1:{frozen_redis.port}/0")
    try:
        assert api.get("/api/v1/ping/").status_code == 200
        tried = frozen_redis.accepted
        assert tried >= 1
        for _ in range(5):
            assert api.get("/api/v1/ping/").status_code == 200
        assert frozen_redis.accepted == tried  # the breaker kept later requests away from it
    finally:
        limiter.cache_clear()
        breaker.reset()


def test_the_cache_reads_as_a_miss_and_drops_writes_without_redis(broken_redis):
    cache = caches["default"]
    assert cache.get("anything", "fallback") == "fallback"
    assert cache.set("k", "v") is None
    assert cache.add("k", "v") is False


def test_healthz_reports_redis_down_as_degraded_but_serving(client, broken_redis):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "database": "ok", "redis": "down", "broker": "down"}


def test_the_breaker_closes_by_itself_after_its_cooldown(monkeypatch):
    clock = [100.0]
    monkeypatch.setattr(time, "monotonic", lambda: clock[0])
    guard = Breaker(cooldown=5.0)
    monkeypatch.setattr("config.redis_fail_open.breaker", guard)
    calls = []

    def unreachable():
        calls.append(1)
        raise ConnectionRefusedError

    assert fail_open(unreachable, "fallback") == "fallback" and guard.is_open
    assert fail_open(lambda: calls.append(1) or "redis", "fallback") == "fallback"
    assert len(calls) == 1  # skipped while open
    clock[0] += 5.1
    assert fail_open(lambda: "redis", "fallback") == "redis"  # Redis is back: used again


@pytest.mark.integration
def test_throttling_and_health_recover_by_themselves_when_redis_is_back(api, settings, monkeypatch):
    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    if not reachable(url):
        skip_or_fail(f"needs Redis at {url}")
    monkeypatch.setattr(LearnerRateThrottle, "THROTTLE_RATES", {"user": "3/min"})
    skew = [0.0]
    monkeypatch.setattr(
        "config.redis_fail_open.time", types.SimpleNamespace(monotonic=lambda: time.monotonic() + skew[0])
    )
    _point_redis_at(settings, f"redis://127.0.0.1:{_closed_port()}/0")
    try:
        assert [api.get("/api/v1/ping/").status_code for _ in range(5)] == [200] * 5  # uncounted: failing open
        settings.REDIS_URL = url  # Redis is back (same settings, now answering)
        settings.CACHES = {**settings.CACHES, "default": {**settings.CACHES["default"], "LOCATION": url}}
        limiter.cache_clear()
        limiter().storage.reset()
        skew[0] = breaker.cooldown + 0.1  # the breaker's cooldown has passed
        assert [api.get("/api/v1/ping/").status_code for _ in range(4)] == [200, 200, 200, 429]  # counted again
        assert client_health() == {"status": "ok", "database": "ok", "redis": "ok", "broker": "ok"}
    finally:
        limiter.cache_clear()
        breaker.reset()


def client_health() -> dict:
    from django.test import Client

    return Client().get("/healthz").json()
