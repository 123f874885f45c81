"""The admin's upload queues an import job; its page shows a progress bar, then the report, the draft or the error."""

import pytest
from django.urls import reverse

from quizzes.admin_import_jobs import REFRESH_SECONDS
from quizzes.models import Deck, ImportDraft, ImportJob
from quizzes.services.import_jobs import import_job_run
from tests.factories import UserFactory
from tests.quizzes.admin_uploads import post_upload, upload_and_run

pytestmark = pytest.mark.django_db

SHEET = b"# Docker\n## CLI\n```sh\n# Download an image\ndocker pull IMAGE\n# List all images\ndocker images\n```\n"
REFRESH = '<meta http-equiv="refresh"'


@pytest.fixture
def staff_client(client):
    client.force_login(UserFactory(username="editor", is_staff=True, is_superuser=True))
    return client


def _job_url(job, follow=False):
    url = reverse("admin:quizzes_importjob_change", args=[job.pk])
    return f"{url}?follow=1" if follow else url


def test_an_upload_is_queued_and_its_page_shows_a_progress_bar_that_reloads_itself(staff_client):
    response = post_upload(staff_client, SHEET)
    job = ImportJob.objects.get()
    assert response.status_code == 302 and response["Location"] == _job_url(job, follow=True)
    assert job.status == "queued" and job.as_draft and not Deck.objects.exists() and not ImportDraft.objects.exists()
    page = staff_client.get(response["Location"]).content.decode()
    assert '<progress id="job-progress" max="100" value="0">' in page
    assert f'{REFRESH} content="{REFRESH_SECONDS}; url={_job_url(job, follow=True)}">' in page
    assert "Queued" in page and "Waiting for a worker." in page
    assert "<script>" not in page  # a CSP without 'unsafe-inline' must not break the page


def test_a_running_job_shows_its_stage_and_progress(staff_client):
    post_upload(staff_client, SHEET)
    job = ImportJob.objects.get()
    ImportJob.objects.filter(pk=job.pk).update(status="running", progress=40, stage="Generated 2 facts and 4 cards.")
    page = staff_client.get(_job_url(job, follow=True)).content.decode()
    assert 'value="40"' in page and "Generated 2 facts and 4 cards." in page and REFRESH in page


def test_once_the_worker_made_the_draft_the_reloading_page_opens_it(staff_client):
    post_upload(staff_client, SHEET)
    job = ImportJob.objects.get()
    assert import_job_run(job_id=job.pk) == "done"  # what the worker does while the page waits
    job.refresh_from_db()
    draft = ImportDraft.objects.get()
    assert job.draft == draft and draft.created_by.username == "editor" and not Deck.objects.exists()
    response = staff_client.get(_job_url(job, follow=True))
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:quizzes_importdraft_change", args=[draft.pk])
    review = staff_client.get(response["Location"]).content.decode()
    assert "Using docker, how do you download an image?" in review and "Uploaded as a draft" in review


def test_a_finished_draft_job_opened_later_links_to_its_draft(staff_client, eager_celery):
    upload_and_run(staff_client, SHEET)
    job = ImportJob.objects.get()
    page = staff_client.get(_job_url(job)).content.decode()
    draft_url = reverse("admin:quizzes_importdraft_change", args=[job.draft_id])
    assert f'<a href="{draft_url}">Review the draft</a>' in page and "(pending review)" in page
    assert 'value="100"' in page and REFRESH not in page
    assert "Draft ready to review: 2 added, 0 updated, 0 retired, 0 conflicts." in page


def test_publish_now_ends_with_the_report_and_the_cards(staff_client, eager_celery):
    response = upload_and_run(staff_client, SHEET, title="Docker", publish_now="on")
    job = ImportJob.objects.get()
    assert job.status == "done" and not job.as_draft and job.draft is None
    page = staff_client.get(response["Location"]).content.decode()
    assert "Import report for “docker”" in page and 'id="card-preview"' in page
    assert "Using docker, how do you download an image?" in page and REFRESH not in page
    assert Deck.objects.get(slug="docker").cards.count() == 2 and not ImportDraft.objects.exists()


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("x.md", b"\x00\x01binary", "The document is binary, not Markdown text."),
        ("deck.csv", b"front,back\nQ,A,extra\n", "Row 2 has 3 fields; the header has 2."),
    ],
)
def test_a_failed_job_shows_its_error_in_one_line(staff_client, eager_celery, name, content, error):
    response = upload_and_run(staff_client, content, name=name)
    page = staff_client.get(response["Location"]).content.decode()
    assert f'<p class="errornote" id="job-error">{error}</p>' in page
    assert "Failed" in page and REFRESH not in page and not Deck.objects.exists()


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"deck": "bad slug"}, "Enter a valid “slug”"),
        ({"content": b"x" * (2 * 1024 * 1024 + 1)}, "The file is 2.1 MB; the limit is 2 MB."),
    ],
)
def test_what_can_be_checked_at_once_is_refused_on_the_form_without_a_job(staff_client, data, error):
    response = post_upload(staff_client, data.pop("content", SHEET), **data)
    assert response.status_code == 200 and error in response.content.decode()
    assert not ImportJob.objects.exists()


def test_an_unknown_job_is_404(staff_client):
    assert staff_client.get(reverse("admin:quizzes_importjob_change", args=[999])).status_code == 404
    assert staff_client.get("/admin/quizzes/importjob/nope/change/").status_code == 404


def test_the_job_list_shows_status_and_stage_and_jobs_cannot_be_added_or_edited(staff_client, eager_celery):
    upload_and_run(staff_client, SHEET)
    page = staff_client.get(reverse("admin:quizzes_importjob_changelist")).content.decode()
    assert "docker.md" in page and "Draft ready to review" in page and '<progress max="100" value="100">' in page
    assert staff_client.get(reverse("admin:quizzes_importjob_add")).status_code == 403
    job = ImportJob.objects.get()
    assert staff_client.post(_job_url(job), {"status": "queued"}).status_code == 200
    job.refresh_from_db()
    assert job.status == "done"


def test_the_admin_home_lists_import_jobs_beside_the_drafts_before_the_plumbing(staff_client):
    body = staff_client.get(reverse("admin:index")).content.decode()
    drafts, jobs = body.index('href="/admin/quizzes/importdraft/"'), body.index('href="/admin/quizzes/importjob/"')
    assert drafts < jobs < body.index('href="/admin/quizzes/cardreport/"') < body.index('href="/admin/authtoken/')
