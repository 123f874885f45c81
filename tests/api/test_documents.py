import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from quizzes.models import Deck, ImportJob

pytestmark = pytest.mark.django_db

DOC = b"# Docker\n## CLI\n```sh\n# List images\ndocker images\n# Pull an image\ndocker pull IMAGE\n```\n"


def _upload(client, content=DOC, name="d.md", **extra):
    return client.post(
        "/api/v1/documents/",
        {"file": SimpleUploadedFile(name, content), "deck": "docker-cli", **extra},
        format="multipart",
    )


@pytest.fixture
def run_queued(eager_celery, django_capture_on_commit_callbacks):
    """Upload, then let the queued import run, as a worker would once the request's transaction commits."""

    def upload(client, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return _upload(client, **kwargs)

    return upload


def test_upload_answers_202_with_a_queued_job_and_imports_nothing_yet(staff_api):
    response = _upload(staff_api, title="Docker CLI")
    assert response.status_code == 202, response.content
    job = response.json()
    assert job["status"] == "queued" and job["progress"] == 0 and job["report"] is None
    assert response["Location"].endswith(f"/api/v1/documents/imports/{job['id']}/")
    assert not Deck.objects.exists()


def test_polling_the_job_gives_the_report_once_the_worker_ran_it(staff_api, run_queued):
    job = run_queued(staff_api, title="Docker CLI").json()
    polled = staff_api.get(f"/api/v1/documents/imports/{job['id']}/").json()
    assert polled["status"] == "done" and polled["progress"] == 100, polled
    # one "how do you …?" card per command: a true/false or reverse of a two-line sheet repeats it
    assert polled["report"]["added"] == 2 and polled["report"]["deck"] == "docker-cli"
    assert Deck.objects.get(slug="docker-cli").title == "Docker CLI"
    assert ImportJob.objects.get(pk=job["id"]).content == b""  # the upload is not kept twice


def test_dry_run_job_reports_and_saves_nothing(staff_api, run_queued):
    job = run_queued(staff_api, dry_run="true").json()
    polled = staff_api.get(f"/api/v1/documents/imports/{job['id']}/").json()
    assert polled["status"] == "done" and polled["report"]["dry_run"] is True
    assert not Deck.objects.exists()


@pytest.mark.parametrize(("content", "fragment"), [(b"\x00\x01", "binary"), (b"\xff\xfe\xfa", "UTF-8")])
def test_bad_documents_fail_the_job_with_the_reason(staff_api, run_queued, content, fragment):
    job = run_queued(staff_api, content=content).json()
    polled = staff_api.get(f"/api/v1/documents/imports/{job['id']}/").json()
    assert polled["status"] == "failed" and fragment in polled["error"], polled
    assert not Deck.objects.exists()


def test_empty_file_is_refused_at_once(staff_api):
    response = _upload(staff_api, content=b"  \n")
    assert response.status_code == 400 and "empty" in response.json()["detail"]
    assert not ImportJob.objects.exists()


def test_learners_cannot_upload_or_read_jobs(api, staff_api):
    job = _upload(staff_api).json()
    assert _upload(api).status_code == 403
    assert api.get(f"/api/v1/documents/imports/{job['id']}/").status_code == 403


def test_unknown_job_is_404(staff_api):
    assert staff_api.get("/api/v1/documents/imports/999/").status_code == 404


def test_oversized_upload_is_413(staff_api):
    response = _upload(staff_api, content=b"x" * (3 * 1024 * 1024 + 10))
    assert response.status_code == 413 and "too large" in response.json()["detail"]


def test_deck_slug_is_kept_exactly_as_given(staff_api, run_queued):
    response = staff_api.post(
        "/api/v1/documents/", {"file": SimpleUploadedFile("d.md", DOC), "deck": "mlb--intro"}, format="multipart"
    )
    assert response.status_code == 202 and response.json()["deck_slug"] == "mlb--intro"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("deck.csv", b"front,back,tags\nWhat is Docker?,A container runtime,tools\n"),
        ("deck.tsv", b"front\tback\nWhat is Docker?\tA container runtime\n"),
    ],
)
def test_tables_are_imported_through_the_same_job(staff_api, run_queued, name, content):
    job = run_queued(staff_api, content=content, name=name).json()
    polled = staff_api.get(f"/api/v1/documents/imports/{job['id']}/").json()
    assert polled["status"] == "done" and polled["report"]["added"] == 1, polled
    assert Deck.objects.get(slug="docker-cli").cards.get().back == "A container runtime"


def test_an_anki_package_is_imported_through_the_same_job(staff_api, run_queued):
    from quizzes.interop.anki_export import ExportCard, apkg_bytes

    cards = [ExportCard(key="k", kind="basic", front="What is Docker?", back="A container runtime")]
    package = apkg_bytes(slug="docker", title="Docker", description="", cards=cards)
    job = run_queued(staff_api, content=package, name="docker.apkg").json()
    polled = staff_api.get(f"/api/v1/documents/imports/{job['id']}/").json()
    assert polled["status"] == "done" and polled["report"]["added"] == 1, polled


def test_a_ragged_table_fails_its_job_naming_the_row(staff_api, run_queued):
    job = run_queued(staff_api, content=b"front,back\nQ,A,extra\n", name="deck.csv").json()
    polled = staff_api.get(f"/api/v1/documents/imports/{job['id']}/").json()
    assert polled["status"] == "failed" and polled["error"] == "Row 2 has 3 fields; the header has 2."
