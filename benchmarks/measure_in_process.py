"""The parts measured inside this process: queries per request, the sweep, delivery, imports."""

import subprocess
import time
import uuid
from collections import Counter
from datetime import timedelta

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from benchmarks.load import ENDPOINTS


def queries_per_request(token: str) -> dict:
    from quizzes.models import Card

    client = Client(HTTP_AUTHORIZATION=f"Token {token}")
    card = Card.objects.filter(kind="basic", deck__slug="bench").values_list("pk", flat=True).first()
    counts = {}
    for name, (method, path) in ENDPOINTS.items():
        with CaptureQueriesContext(connection) as captured:
            if method == "POST":
                response = client.post(
                    path,
                    {"card": card, "rating": "good"},
                    content_type="application/json",
                    secure=True,
                    HTTP_IDEMPOTENCY_KEY=uuid.uuid4().hex,
                )
            else:
                response = client.get(path, secure=True)
        assert response.status_code < 300, (name, response.status_code, response.content[:200])
        counts[name] = len(captured)
    return counts


def sweep_seconds(redis_url: str) -> dict:
    """One real sweep over every learner, enqueueing to Redis, then the queue is thrown away."""
    import redis

    from quizzes.models import Learner
    from quizzes.services.reminders import reminder_sweep
    from quizzes.tasks import deliver_reminders

    queue = f"bench-sweep-{uuid.uuid4().hex[:6]}"
    started = time.perf_counter()
    queued = reminder_sweep(enqueue=lambda ids: deliver_reminders.apply_async(args=[ids], queue=queue))
    seconds = time.perf_counter() - started
    redis.Redis.from_url(redis_url).delete(queue)
    return {"seconds": seconds, "queued": queued, "learners": Learner.objects.count()}


def delivery_rate(env: dict, count: int, *, limit: int) -> dict:
    """Real worker processes deliver `count` reminders to a double enforcing Telegram's 30/s."""
    from quizzes.models import Learner, ReviewState
    from quizzes.tasks import deliver_reminders
    from tests.celery_worker import start_celery_worker
    from tests.telegram_double import BotApiDouble

    now = timezone.now()
    ids = list(
        Learner.objects.filter(user__username__startswith="bench", subscriptions__isnull=True)
        .order_by("-pk")
        .values_list("pk", flat=True)[:count]
    )
    ReviewState.objects.filter(learner_id__in=ids).update(due=now - timedelta(hours=1))
    Learner.objects.filter(pk__in=ids).update(next_reminder_at=now - timedelta(minutes=1))
    queue = f"bench-delivery-{uuid.uuid4().hex[:6]}"
    with BotApiDouble(global_per_second=limit, per_chat_per_second=1) as api:
        worker_env = {**env, "TELEGRAM_API_URL": api.url, "TELEGRAM_BOT_TOKEN": api.token, "CELERY_QUEUE": queue}
        worker = start_celery_worker(
            queue=queue, concurrency=4, env=worker_env, loglevel="ERROR", stderr=subprocess.DEVNULL
        )
        try:
            time.sleep(3)  # let the pool start, so its start-up is not counted against the rate
            for start in range(0, len(ids), 10):
                deliver_reminders.apply_async(args=[ids[start : start + 10]], queue=queue)
            api.wait_for(lambda a: len(a.delivered()) >= len(ids), timeout=60 + len(ids) / 5)
            time.sleep(2)  # anything sent twice would show up now
        finally:
            worker.terminate()
            worker.wait(20)
        accepted = [c for c in api.calls if c.method == "sendMessage" and c.ok]
        per_chat = Counter(int(c.params["chat_id"]) for c in accepted)
        span = accepted[-1].at - accepted[0].at if len(accepted) > 1 else 1.0
        throttled = sum(1 for c in api.calls if c.method == "sendMessage" and not c.ok)
    return {
        "messages": len(ids),
        "rate": round((len(accepted) - 1) / span, 2),
        "lost": len(ids) - len(per_chat),
        "repeated": sum(n - 1 for n in per_chat.values()),
        "throttled_429": throttled,
    }


def import_seconds(document: bytes) -> dict:
    from quizzes.services.documents import document_import

    started = time.perf_counter()
    first = document_import(deck_slug="bench-import", content=document, source_name="synthetic.md")
    middle = time.perf_counter()
    again = document_import(deck_slug="bench-import", content=document, source_name="synthetic.md")
    end = time.perf_counter()
    assert again.added == again.updated == 0, again.summary()
    return {"import": middle - started, "reimport": end - middle, "bytes": len(document), "cards": first.added}


def generation_seconds(markdown: str) -> dict:
    """Generation alone (parse, extract, render, select), once warmed up: no database."""
    from quizzes.generation import generate

    generate(markdown[:2000], deck="bench-warm-up")  # lazily loaded word lists are not the document's cost
    started = time.perf_counter()
    bank = generate(markdown, deck="bench-glossary")
    return {"seconds": round(time.perf_counter() - started, 2), "facts": len(bank.facts), "cards": len(bank.cards)}
