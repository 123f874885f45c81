"""Faults and abuse, measured in this process: the figures of BENCHMARKS.md's "Faults and abuse".

    python -m benchmarks.faults refused   # Redis at a closed port
    python -m benchmarks.faults frozen    # Redis that accepts connections and never answers
    python -m benchmarks.faults abuse     # guessed passwords, spoofed addresses, hostile bodies

Each run uses a throwaway SQLite test database and Django's test client, so it needs no server;
it prints one JSON object. Run it on an older checkout for the "before" column.
"""

import json
import os
import socket
import statistics
import sys
import threading
import time
import uuid

PASSWORD = "analytical-engine-1843"


class FrozenRedis:
    """Accepts connections, never answers, hangs up after `hang_up` seconds (a frozen server
    behind a load balancer that eventually gives up)."""

    def __init__(self, hang_up: float = 5.0):
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.hang_up = hang_up
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            conn, _ = self.server.accept()
            threading.Timer(self.hang_up, conn.close).start()


def _closed_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return probe.getsockname()[1]


def _setup(redis_url: str) -> None:
    os.environ["REDIS_URL"] = redis_url
    os.environ.pop("DATABASE_URL", None)
    os.environ["TELEGRAM_WEBHOOK_SECRET"] = "bench-secret"
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"
    os.environ["LOG_LEVEL"] = "CRITICAL"
    import django

    django.setup()
    from django.test.utils import setup_databases, setup_test_environment

    setup_test_environment()
    setup_databases(verbosity=0, interactive=False)


def _deck_and_learner(username="ada"):
    from quizzes.models import Card, Deck
    from quizzes.services.learners import learner_register

    learner = learner_register(username=username, password=PASSWORD)
    deck, _ = Deck.objects.get_or_create(slug="bench", defaults={"title": "Bench"})
    card = Card.objects.create(deck=deck, key=uuid.uuid4().hex, kind="basic", front="Q?", back="A")
    return learner, card


def _timed(call):
    started = time.perf_counter()
    response = call()
    return response.status_code, (time.perf_counter() - started) * 1000


def _summary(results):
    codes = [code for code, _ms in results]
    times = sorted(ms for _code, ms in results)
    return {
        "requests": len(results),
        "5xx": sum(code >= 500 for code in codes),
        "ok": sum(code < 400 for code in codes),
        "p50_ms": round(statistics.median(times), 1),
        "max_ms": round(times[-1], 1),
    }


def redis_outage(mode: str, requests: int) -> dict:
    url = f"redis://127.0.0.1:{_closed_port()}/0" if mode == "refused" else f"redis://127.0.0.1:{FrozenRedis().port}/0"
    _setup(url)
    from django.test import Client

    from quizzes.models import ReviewLog

    learner, card = _deck_and_learner()
    client = Client(raise_request_exception=False)
    body = {"username": "ada", "password": PASSWORD}
    logins = [_timed(lambda: client.post("/api/v1/auth/token/", body, content_type="application/json"))]
    token = None
    response = client.post("/api/v1/auth/token/", body, content_type="application/json")
    if response.status_code == 200:
        token = response.json()["token"]
    else:
        from rest_framework.authtoken.models import Token

        token = Token.objects.get_or_create(user=learner.user)[0].key
    auth = {"HTTP_AUTHORIZATION": f"Token {token}"}
    pings = [_timed(lambda: client.get("/api/v1/ping/", **auth)) for _ in range(requests)]
    reviews = [
        _timed(
            lambda: client.post(
                "/api/v1/study/reviews/",
                {"card": card.pk, "rating": "good"},
                content_type="application/json",
                HTTP_IDEMPOTENCY_KEY=uuid.uuid4().hex,
                **auth,
            )
        )
        for _ in range(max(1, requests // 5))
    ]
    health = client.get("/healthz")
    return {
        "redis": mode,
        "login": _summary(logins),
        "authenticated_get": _summary(pings),
        "review_post": _summary(reviews),
        "reviews_recorded": ReviewLog.objects.count(),
        "healthz": [health.status_code, health.content.decode()[:120]],
    }


def abuse() -> dict:
    _setup("")
    from django.test import Client

    from quizzes.models import ReviewLog
    from quizzes.services.reviews import review_record
    from tests.multipart import MultipartUpload

    learner, card = _deck_and_learner()
    staff, _ = _deck_and_learner("root")
    staff.user.is_staff = staff.user.is_superuser = True
    staff.user.save()
    out = {}

    # Guessing the admin password from one address.
    client = Client(raise_request_exception=False)
    codes = [
        client.post("/admin/login/?next=/admin/", {"username": "root", "password": f"guess{i}"}).status_code
        for i in range(12)
    ]
    right = client.post("/admin/login/?next=/admin/", {"username": "root", "password": PASSWORD})
    out["admin_guesses"] = {
        "wrong_tries_before_refusal": next((i for i, code in enumerate(codes) if code != 200), len(codes)),
        "right_password_after_12_wrong": "logged in" if right.status_code == 302 else f"refused {right.status_code}",
    }

    # Sign-ups with a new X-Forwarded-For each time (THROTTLE_REGISTER: 20/hour by address).
    codes = [
        client.post(
            "/api/v1/auth/register/", {}, content_type="application/json", HTTP_X_FORWARDED_FOR=f"203.0.113.{i}"
        ).status_code
        for i in range(30)
    ]
    out["register_with_spoofed_xff"] = {"tries": 30, "throttled": codes.count(429)}

    # Tokens: two logins, logout, reuse.
    api = Client(raise_request_exception=False)
    body = {"username": "ada", "password": PASSWORD}
    first = api.post("/api/v1/auth/token/", body, content_type="application/json").json()["token"]
    second = api.post("/api/v1/auth/token/", body, content_type="application/json").json()["token"]
    logout = api.delete("/api/v1/auth/token/", HTTP_AUTHORIZATION=f"Token {second}")
    after = api.get("/api/v1/ping/", HTTP_AUTHORIZATION=f"Token {second}")
    out["tokens"] = {
        "second_login_same_token": first == second,
        "delete_token": logout.status_code,
        "token_after_delete": after.status_code,
    }

    # A staff delete of a reviewed card.
    review_record(learner=learner, card=card, rating="good")
    staff_client = Client(raise_request_exception=False)
    staff_client.force_login(staff.user)
    deleted = staff_client.delete(f"/api/v1/cards/{card.pk}/")
    out["delete_reviewed_card"] = {"status": deleted.status_code, "review_logs_left": ReviewLog.objects.count()}

    # Hostile bodies.
    nested = b"[" * 100_000 + b"]" * 100_000
    webhook = client.post(
        "/telegram/webhook/",
        nested,
        content_type="application/json",
        HTTP_X_TELEGRAM_BOT_API_SECRET_TOKEN="bench-secret",
    )
    out["webhook_100k_nested"] = webhook.status_code
    stream = MultipartUpload(50 * 1024 * 1024)
    upload = staff_client.generic(
        "POST",
        "/admin/quizzes/deck/upload/",
        data=b"x",
        content_type=f"multipart/form-data; boundary={stream.BOUNDARY}",
        CONTENT_LENGTH=str(stream.size),
        **{"wsgi.input": stream},
    )
    out["admin_upload_50mb"] = {"status": upload.status_code, "bytes_read": stream.read_bytes}
    return out


def main() -> None:
    mode = sys.argv[1] if len(sys.argv) > 1 else "abuse"
    requests = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    result = abuse() if mode == "abuse" else redis_outage(mode, requests)
    print(json.dumps(result, indent=1))
    sys.stdout.flush()
    os._exit(0)  # the frozen server's timers would keep the process alive


if __name__ == "__main__":
    main()
