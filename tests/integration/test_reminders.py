"""Reminders for real: PostgreSQL, Redis, a Celery worker process and the Bot API double."""

import os
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone

from quizzes.models import Delivery
from tests.celery_worker import start_celery_worker
from tests.conftest import skip_or_fail
from tests.factories import CardFactory, DeckFactory, LearnerFactory, ReviewStateFactory
from tests.services_reachable import reachable
from tests.telegram_double import BotApiDouble

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture
def redis_url():
    if not reachable(REDIS_URL):
        skip_or_fail(f"needs Redis at {REDIS_URL}")
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()  # no queued tasks or limiter windows from an earlier run
    return REDIS_URL


class Stack:
    """A worker process plus the environment every subprocess here shares."""

    def __init__(self, api: BotApiDouble, redis: str, **overrides):
        db = settings.DATABASES["default"]
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
            "REDIS_URL": redis,
            "CELERY_QUEUE": f"test-{uuid.uuid4().hex[:8]}",
            "TELEGRAM_API_URL": api.url,
            "TELEGRAM_BOT_TOKEN": api.token,
            "CONN_MAX_AGE": "0",
            "LOG_LEVEL": "WARNING",
            **overrides,
        }
        self.worker: subprocess.Popen | None = None

    def start_worker(self, concurrency=1):
        self.worker = start_celery_worker(queue=self.env["CELERY_QUEUE"], concurrency=concurrency, env=self.env)
        return self.worker

    def pool_children(self) -> list[int]:
        out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(self.worker.pid)], capture_output=True, text=True)
        return [int(pid) for pid in out.stdout.split()]

    def send_reminders(self, *args) -> str:
        result = subprocess.run(
            [sys.executable, "manage.py", "send_reminders", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    def stop(self):
        if self.worker and self.worker.poll() is None:
            self.worker.send_signal(signal.SIGTERM)
            try:
                self.worker.wait(15)
            except subprocess.TimeoutExpired:
                self.worker.kill()


@pytest.fixture
def learners(postgres):
    def make(count):
        deck = DeckFactory(title="Virtualization")
        now = timezone.now()
        made = []
        for i in range(count):
            learner = LearnerFactory(telegram_chat_id=9000 + i, next_reminder_at=now - timedelta(minutes=1))
            for _ in range(2):
                ReviewStateFactory(learner=learner, card=CardFactory(deck=deck), due=now - timedelta(hours=1))
            made.append(learner)
        connection.close()  # the worker and commands use their own connections
        return made

    return make


def _per_chat(api) -> Counter:
    return Counter(int(p["chat_id"]) for p in api.delivered())


def _sent_deliveries(expected: int, timeout: float = 30) -> int:
    """The Deliveries marked sent once `expected` are, or after timeout: the double answers a send
    before the worker commits it, so a fixed sleep after the last message races the commit."""
    deadline = time.monotonic() + timeout
    while (count := Delivery.objects.filter(status="sent").count()) < expected and time.monotonic() < deadline:
        time.sleep(0.2)
    return count


def test_each_learner_gets_exactly_one_reminder_and_a_second_sweep_sends_nothing(learners, redis_url):
    people = learners(3)
    with BotApiDouble() as api:
        stack = Stack(api, redis_url)
        try:
            stack.start_worker(concurrency=2)
            assert stack.send_reminders() == "Queued 3 reminder deliveries."
            api.wait_for(lambda a: len(a.sent("sendMessage")) == 3, timeout=60)
            assert _per_chat(api) == {learner.telegram_chat_id: 1 for learner in people}
            assert "2 cards due</b> in Virtualization" in api.sent("sendMessage")[0]["text"]
            assert stack.send_reminders() == "Queued 0 reminder deliveries."
            assert stack.send_reminders("--ignore-schedule") == "Queued 0 reminder deliveries."
            time.sleep(1)
            assert len(api.sent("sendMessage")) == 3
            assert set(Delivery.objects.values_list("status", flat=True)) == {"sent"}
        finally:
            stack.stop()


def test_a_worker_killed_mid_batch_loses_and_repeats_nothing(learners, redis_url):
    people = learners(8)
    with BotApiDouble() as api:
        # Two messages a second makes the batch slow enough to kill the worker in the middle of it.
        stack = Stack(api, redis_url, TELEGRAM_MESSAGES_PER_SECOND="2", REMINDER_CLAIM_TIMEOUT="3")
        try:
            stack.start_worker(concurrency=1)
            assert stack.send_reminders() == "Queued 8 reminder deliveries."
            api.wait_for(lambda a: len(a.sent("sendMessage")) >= 3, timeout=60)
            time.sleep(0.2)  # let the third delivery commit; the worker now waits for its next slot
            [child] = stack.pool_children()
            os.kill(child, signal.SIGKILL)
            assert len(api.sent("sendMessage")) < 8, "killed before the batch finished"
            # The batch comes back at once. If the killed process had already claimed its next
            # reminder (it waits for the rate-limit slot after claiming), that one is left to the
            # next sweep once its claim is stale; so sweep again after the claim timeout.
            api.wait_for(lambda a: len(a.sent("sendMessage")) >= 7, timeout=90)
            time.sleep(3.5)
            assert stack.send_reminders() in ("Queued 0 reminder deliveries.", "Queued 1 reminder deliveries.")
            api.wait_for(lambda a: len(a.sent("sendMessage")) >= 8, timeout=30)
            assert _sent_deliveries(8) == 8
            assert _per_chat(api) == {learner.telegram_chat_id: 1 for learner in people}
        finally:
            stack.stop()


def test_429s_delay_but_do_not_lose_or_repeat_messages(learners, redis_url):
    people = learners(6)
    with BotApiDouble(global_per_second=2, retry_after=1) as api:
        stack = Stack(api, redis_url)
        try:
            stack.start_worker(concurrency=2)
            stack.send_reminders()
            api.wait_for(lambda a: len(_per_chat(a)) == 6, timeout=90)
            time.sleep(1)
            assert _per_chat(api) == {learner.telegram_chat_id: 1 for learner in people}
            assert len(api.sent("sendMessage")) > 6, "the double did answer some attempts with 429"
        finally:
            stack.stop()


def test_a_whole_worker_killed_mid_send_is_picked_up_after_the_visibility_timeout(learners, redis_url):
    people = learners(6)
    chats = {learner.telegram_chat_id for learner in people}
    with BotApiDouble(reply_delay=1.0) as api:
        stack = Stack(api, redis_url, CELERY_VISIBILITY_TIMEOUT="5", REMINDER_CLAIM_TIMEOUT="2")
        try:
            stack.start_worker(concurrency=1)
            assert stack.send_reminders() == "Queued 6 reminder deliveries."
            api.wait_for(lambda a: a.unanswered and len(a.sent("sendMessage")) >= 2, timeout=60)
            for pid in [*stack.pool_children(), stack.worker.pid]:  # the whole worker, mid-send
                os.kill(pid, signal.SIGKILL)
            stack.worker.wait(10)
            in_flight = {int(p["chat_id"]) for p in api.unanswered}
            assert len(in_flight) == 1 and len(_per_chat(api)) < 6
            killed_at = time.monotonic()
            # The batch returns 5 s after the dead worker fetched it, maybe within the claim timeout of
            # its claim on the reminder in flight; a claim still fresh then is left to the next sweep. Let
            # the claim go stale first, so the redelivered batch itself must send it.
            time.sleep(2)

            stack.start_worker(concurrency=1)  # the unacked batch returns after 5 s, not an hour
            api.wait_for(lambda a: set(_per_chat(a)) == chats, timeout=60)
            assert _sent_deliveries(6) == 6
            assert time.monotonic() - killed_at < 40
            twice = {chat for chat, n in _per_chat(api).items() if n > 1}
            assert twice <= in_flight, "only the message in flight when the worker died may be sent again"
        finally:
            stack.stop()
