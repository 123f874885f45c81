import pytest
from kombu.exceptions import OperationalError

from quizzes.errors import InvalidInput
from quizzes.models import Deck, ImportJob
from quizzes.services.import_jobs import import_job_enqueue, import_job_run

pytestmark = pytest.mark.django_db

DOC = b"# Docker\n## CLI\n```sh\n# List images\ndocker images\n# Pull an image\ndocker pull IMAGE\n```\n"


def test_enqueue_queues_the_task_only_when_the_job_is_committed(django_capture_on_commit_callbacks, monkeypatch):
    queued = []
    monkeypatch.setattr("quizzes.tasks.run_import.delay", queued.append)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        job = import_job_enqueue(deck_slug="docker", content=DOC, source_name="d.md")
    assert queued == [] and len(callbacks) == 1
    callbacks[0]()
    assert queued == [job.pk]


def test_a_job_the_broker_cannot_take_fails_with_a_reason_instead_of_the_request(
    django_capture_on_commit_callbacks, monkeypatch
):
    def broker_down(job_id):
        raise OperationalError("Error 111 connecting to 127.0.0.1:1. Connection refused.")

    monkeypatch.setattr("quizzes.tasks.run_import.delay", broker_down)
    with django_capture_on_commit_callbacks(execute=True):
        job = import_job_enqueue(deck_slug="docker", content=DOC, source_name="d.md")
    stored = ImportJob.objects.get(pk=job.pk)
    assert job.status == stored.status == "failed" and stored.content == b""
    assert "task queue is unavailable" in stored.error


def test_run_imports_and_records_the_report():
    job = import_job_enqueue(deck_slug="docker", content=DOC, source_name="d.md", title="Docker")
    assert import_job_run(job_id=job.pk) == "done"
    job.refresh_from_db()
    assert job.status == "done" and job.progress == 100 and job.report["added"] == 2
    assert job.started_at and job.finished_at and Deck.objects.get(slug="docker").title == "Docker"


def test_a_redelivered_finished_job_does_not_import_again():
    job = import_job_enqueue(deck_slug="docker", content=DOC, source_name="d.md")
    import_job_run(job_id=job.pk)
    Deck.objects.all().delete()
    assert import_job_run(job_id=job.pk) == "done"
    assert not Deck.objects.exists()


def test_a_job_left_running_by_a_dead_worker_runs_again():
    job = import_job_enqueue(deck_slug="docker", content=DOC, source_name="d.md")
    ImportJob.objects.filter(pk=job.pk).update(status="running")
    assert import_job_run(job_id=job.pk) == "done"
    assert Deck.objects.filter(slug="docker").exists()


def test_an_unexpected_error_fails_the_job_without_internals(monkeypatch):
    def explode(**kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr("quizzes.services.import_jobs.content_import", explode)
    job = import_job_enqueue(deck_slug="docker", content=DOC, source_name="d.md")
    assert import_job_run(job_id=job.pk) == "failed"
    job.refresh_from_db()
    assert "unexpectedly" in job.error and "secret" not in job.error


@pytest.mark.parametrize(
    ("slug", "content", "fragment"),
    [
        ("bad slug", DOC, "letters, digits, hyphens"),
        ("docker", b"", "empty"),
        ("docker", b"x" * (2 * 1024 * 1024 + 1), "limit"),
    ],
)
def test_enqueue_refuses_what_can_be_checked_at_once(slug, content, fragment):
    with pytest.raises(InvalidInput, match=fragment):
        import_job_enqueue(deck_slug=slug, content=content, source_name="d.md")
    assert not ImportJob.objects.exists()


def test_progress_is_recorded_before_the_import_transaction_and_not_inside_it(monkeypatch):
    from django.db import transaction

    from quizzes.services.documents import ImportReport

    seen = []

    def fake_import(*, progress, **kwargs):
        progress("Read 10 bytes.")
        seen.append(ImportJob.objects.values_list("progress", "stage").get())
        with transaction.atomic():
            progress("Matched 5,000 of 9,000 cards.")
            seen.append(ImportJob.objects.values_list("progress", "stage").get())
        return ImportReport(deck="docker")

    monkeypatch.setattr("quizzes.services.import_jobs.content_import", fake_import)
    job = import_job_enqueue(deck_slug="docker", content=DOC, source_name="d.md")
    assert import_job_run(job_id=job.pk) == "done"
    assert seen == [(10, "Read 10 bytes."), (10, "Read 10 bytes.")]


def test_a_draft_job_makes_a_draft_records_its_stages_and_changes_no_deck(monkeypatch):
    from django.db.models.query import QuerySet

    stages, update = [], QuerySet.update

    def recording_update(queryset, **values):
        if "stage" in values:  # every write of the job's progress, as a polling page would see them
            stages.append((values.get("progress"), values["stage"]))
        return update(queryset, **values)

    monkeypatch.setattr(QuerySet, "update", recording_update)
    job = import_job_enqueue(deck_slug="docker", content=DOC, source_name="d.md", title="Docker", draft=True)
    assert job.as_draft and import_job_run(job_id=job.pk) == "done"
    job.refresh_from_db()
    assert job.draft.title == "Docker" and job.draft.preview["added"]["total"] == 2 and job.report is None
    assert job.content == b"" and not Deck.objects.exists()
    assert [progress for progress, _ in stages] == [5, 10, 40, 100]
    assert stages[2][1] == "Generated 2 facts and 2 cards; comparing them with the deck."
    assert stages[3][1] == "Draft ready to review: 2 added, 0 updated, 0 retired, 0 conflicts."


@pytest.mark.parametrize("name", ["deck.csv", "deck.apkg"])
def test_only_markdown_can_be_a_draft_so_packages_and_tables_are_imported(name):
    job = import_job_enqueue(deck_slug="docker", content=b"front,back\nQ,A\n", source_name=name, draft=True)
    assert not job.as_draft


def test_a_draft_job_of_a_bad_document_fails_with_the_reason():
    job = import_job_enqueue(deck_slug="docker", content=b"\xff\xfe bad", source_name="d.md", draft=True)
    assert import_job_run(job_id=job.pk) == "failed"
    job.refresh_from_db()
    assert job.error.startswith("The document is not UTF-8 text") and job.draft is None
