"""Celery tasks: ids in, one service call, nothing else."""

from celery import shared_task

from quizzes.services.import_jobs import import_job_run
from quizzes.services.reminders import reminder_deliver, reminder_sweep
from quizzes.services.telegram import telegram_updates_prune

# acks_late + reject_on_worker_lost: a task whose worker dies is redelivered, not dropped.
RELIABLE = {"acks_late": True, "reject_on_worker_lost": True}


@shared_task(**RELIABLE)
def sweep_reminders(ignore_schedule: bool = False) -> int:
    """Every 5 minutes (django-celery-beat): queue the reminders that are due."""
    return reminder_sweep(enqueue=lambda ids: deliver_reminders.delay(ids), ignore_schedule=ignore_schedule)


@shared_task(**RELIABLE)
def deliver_reminders(learner_ids: list[int]) -> dict[str, int]:
    """Send a batch of reminders; each learner's is claimed, so a rerun sends nothing twice."""
    outcomes: dict[str, int] = {}
    for learner_id in learner_ids:
        outcome = reminder_deliver(learner_id=learner_id)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    return outcomes


@shared_task
def prune_telegram_updates() -> int:
    return telegram_updates_prune()


@shared_task(**RELIABLE)
def run_import(job_id: int) -> str:
    """Import an uploaded file queued by import_job_enqueue; progress and report go on the job."""
    return import_job_run(job_id=job_id)
