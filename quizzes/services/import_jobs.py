"""Imports that run in a worker: a request queues a job, the worker runs it and records progress.

Progress is written only between the import's phases, outside its transaction, so another
connection (the page polling the job) sees it while the import is still running.
"""

import logging
from collections.abc import Callable

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from quizzes.errors import InvalidInput, RecallError
from quizzes.models import ImportDraft, ImportJob
from quizzes.services.import_drafts import import_draft_create
from quizzes.services.imports import content_import, source_kind
from quizzes.slugs import deck_slug_checked

logger = logging.getLogger(__name__)

log = logging.getLogger(__name__)
# Percent done after each message of the import's first phases (reading, generating); saving is the rest.
PROGRESS_STEPS = (10, 40, 60)


def import_job_enqueue(
    *,
    deck_slug: str,
    content: bytes,
    source_name: str,
    title: str | None = None,
    user=None,
    dry_run: bool = False,
    draft: bool = False,
) -> ImportJob:
    """Check what can be checked at once, store the upload and queue it once the job row is committed.

    With `draft`, a Markdown document becomes an import draft to review instead of an import;
    packages and tables have no draft form and are imported as they are.
    """
    deck_slug_checked(deck_slug)
    limit = settings.RECALL_MAX_DOCUMENT_BYTES
    if len(content) > limit:
        raise InvalidInput(f"The file is {len(content) / 1e6:.1f} MB; the limit is {limit / 1e6:.0f} MB.")
    if not content.strip():
        raise InvalidInput("The file is empty.")
    job = ImportJob.objects.create(
        deck_slug=deck_slug,
        title=title or "",
        source_name=source_name[:255],
        content=content,
        dry_run=dry_run,
        as_draft=draft and source_kind(content=content, source_name=source_name) == "markdown",
        created_by=user if user is not None and user.is_authenticated else None,
    )
    # After commit: a worker that picked the id up before the row existed would find nothing.
    transaction.on_commit(lambda: _queue(job))
    return job


def _queue(job: ImportJob) -> None:
    """Hand the job to the broker; if the broker is down, the job fails with a reason instead of
    the request failing (or hanging) after the upload was accepted."""
    from quizzes.tasks import run_import  # tasks import services: imported here to avoid the cycle

    try:
        run_import.delay(job.pk)
    except Exception:
        logger.warning("Import job %s could not be queued", job.pk, exc_info=True)
        job.status, job.finished_at = ImportJob.Status.FAILED, timezone.now()
        job.error = "The task queue is unavailable right now, so the import did not start. Please try again shortly."
        job.content = b""
        ImportJob.objects.filter(pk=job.pk).update(
            status=job.status, finished_at=job.finished_at, error=job.error, content=b""
        )


def import_job_run(*, job_id: int) -> str:
    """Run a queued job; return its final status. A job already finished is left as it is, so a
    redelivered task does nothing twice; one left running by a dead worker is run again (its import
    was one transaction, so the dead run saved nothing)."""
    claimed = ImportJob.objects.filter(pk=job_id).exclude(status__in=ImportJob.FINISHED)
    if not claimed.update(status=ImportJob.Status.RUNNING, started_at=timezone.now(), progress=5, stage="Started."):
        job = ImportJob.objects.filter(pk=job_id).only("status").first()
        return job.status if job else "missing"
    job = ImportJob.objects.get(pk=job_id)
    connection = transaction.get_connection()
    depth = len(connection.atomic_blocks)
    steps = iter(PROGRESS_STEPS)

    def progress(message: str):
        # Only what is said before the import's own transaction is written: inside it a write would
        # stay invisible to the polling page until the end, and hold the write lock on SQLite.
        if len(connection.atomic_blocks) > depth:
            return
        ImportJob.objects.filter(pk=job_id).update(progress=next(steps, PROGRESS_STEPS[-1]), stage=message[:200])

    try:
        outcome = _draft(job, progress) if job.as_draft else _import(job, progress)
    except RecallError as exc:
        _finish(job_id, status=ImportJob.Status.FAILED, error=str(exc))
        return ImportJob.Status.FAILED
    except Exception:
        # Reported to the uploader without internals; the traceback goes to the worker's log.
        log.exception("import job %s failed", job_id)
        _finish(job_id, status=ImportJob.Status.FAILED, error="The import failed unexpectedly; see the worker log.")
        return ImportJob.Status.FAILED
    _finish(job_id, status=ImportJob.Status.DONE, **outcome)
    return ImportJob.Status.DONE


def _import(job: ImportJob, progress: Callable[[str], None]) -> dict:
    report = content_import(
        deck_slug=job.deck_slug,
        content=bytes(job.content),
        source_name=job.source_name,
        title=job.title or None,
        user=job.created_by,
        dry_run=job.dry_run,
        progress=progress,
    )
    return {"report": report.as_dict(), "stage": f"Done: {report.summary()}."}


def _draft(job: ImportJob, progress: Callable[[str], None]) -> dict:
    draft = import_draft_create(
        deck_slug=job.deck_slug,
        content=bytes(job.content),
        source_name=job.source_name,
        title=job.title or None,
        user=job.created_by,
        progress=progress,
    )
    counts = ", ".join(f"{draft.preview[key]['total']} {key}" for key in ("added", "updated", "retired", "conflicts"))
    return {"draft": draft, "stage": f"Draft ready to review: {counts}."}


def _finish(
    job_id: int, *, status: str, report: dict | None = None, draft: ImportDraft | None = None, error="", stage=""
):
    ImportJob.objects.filter(pk=job_id).update(
        status=status,
        draft=draft,
        progress=100,
        stage=(stage or ("Failed." if error else ""))[:200],
        report=report,
        error=error,
        content=b"",  # the bytes were only for the worker; the deck's Document (or the draft) keeps the text
        finished_at=timezone.now(),
    )
