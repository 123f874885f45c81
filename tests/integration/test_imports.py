"""Queued imports run by a real Celery worker process: on PostgreSQL with Redis, and with the
embedded defaults of `make run` (SQLite and the file broker, no server at all)."""

import os
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from quizzes.models import Card, ImportJob
from tests.celery_worker import start_celery_worker
from tests.conftest import skip_or_fail
from tests.services_reachable import reachable

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "fixtures" / "virtualization.md"
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
ENQUEUE = (
    "from pathlib import Path; from quizzes.services.import_jobs import import_job_enqueue; "
    "print(import_job_enqueue(deck_slug={slug!r}, content=Path({path!r}).read_bytes(), "
    "source_name='virtualization.md', draft={draft}).pk)"
)


def _env(**values) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    return {
        **env,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "CELERY_QUEUE": f"test-{uuid.uuid4().hex[:8]}",
        "CONN_MAX_AGE": "0",
        "LOG_LEVEL": "WARNING",
        **values,
    }


def _manage(env: dict, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def _wait_for(read_status, timeout=90) -> str:
    deadline = time.monotonic() + timeout
    status = None
    while time.monotonic() < deadline:
        status = read_status()
        if status in ("done", "failed"):
            return status
        time.sleep(0.5)
    return f"still {status} after {timeout} s"


def _stop(worker: subprocess.Popen):
    worker.terminate()
    try:
        worker.wait(15)
    except subprocess.TimeoutExpired:
        worker.kill()


def test_a_worker_runs_an_import_queued_on_postgres_and_redis(postgres):
    if not reachable(REDIS_URL):
        skip_or_fail(f"needs Redis at {REDIS_URL}")
    db = settings.DATABASES["default"]
    env = _env(DATABASE_URL=f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}", REDIS_URL=REDIS_URL)
    connection.close()
    enqueue = ENQUEUE.format(slug="virtualization", path=str(SEED), draft=False)
    job_id = int(_manage(env, "shell", "--no-imports", "-c", enqueue))
    assert ImportJob.objects.get(pk=job_id).status == "queued"
    worker = start_celery_worker(queue=env["CELERY_QUEUE"], concurrency=1, env=env)
    try:
        status = _wait_for(lambda: ImportJob.objects.get(pk=job_id).status)
    finally:
        _stop(worker)
    job = ImportJob.objects.get(pk=job_id)
    assert status == "done", job.error
    assert job.progress == 100 and job.report["added"] == Card.objects.filter(deck__slug="virtualization").count() > 45


def test_a_worker_runs_an_import_and_an_admin_draft_queued_with_the_embedded_defaults(tmp_path):
    # One migrated database and one worker for both jobs: each costs a Django start-up in a subprocess.
    database = tmp_path / "db.sqlite3"
    env = _env(DATABASE_URL=f"sqlite:///{database}")
    _manage(env, "migrate", "--noinput", "-v", "0")
    worker = start_celery_worker(queue=env["CELERY_QUEUE"], concurrency=1, env=env)
    try:
        enqueue = "; ".join(
            ENQUEUE.format(slug=slug, path=str(SEED), draft=draft)
            for slug, draft in (("virtualization", False), ("virtualization-review", True))
        )
        job_ids = [int(line) for line in _manage(env, "shell", "--no-imports", "-c", enqueue).split()]

        def status(job_id):
            with sqlite3.connect(database, timeout=5) as db:
                return db.execute("SELECT status FROM quizzes_importjob WHERE id = ?", (job_id,)).fetchone()[0]

        assert [_wait_for(lambda job_id=job_id: status(job_id)) for job_id in job_ids] == ["done", "done"]
    finally:
        _stop(worker)
    with sqlite3.connect(database) as db:
        cards = dict(
            db.execute(
                "SELECT deck.slug, count(card.id) FROM quizzes_deck deck "
                "LEFT JOIN quizzes_card card ON card.deck_id = deck.id GROUP BY deck.slug"
            ).fetchall()
        )
        drafts = db.execute("SELECT deck_slug FROM quizzes_importjob WHERE draft_id IS NOT NULL").fetchall()
    # The API's import fills its deck at once (the seed bank: about a hundred cards); the admin's
    # upload makes a draft for review and leaves its deck empty, if it makes one at all.
    assert cards["virtualization"] > 45 and cards.get("virtualization-review", 0) == 0
    assert drafts == [("virtualization-review",)]
