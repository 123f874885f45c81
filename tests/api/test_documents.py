import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from quizzes.models import Deck

pytestmark = pytest.mark.django_db

DOC = b"# Docker\n## CLI\n```sh\n# List images\ndocker images\n# Pull an image\ndocker pull IMAGE\n```\n"


def _upload(client, content=DOC, **extra):
    return client.post(
        "/api/v1/documents/",
        {"file": SimpleUploadedFile("d.md", content), "deck": "docker-cli", **extra},
        format="multipart",
    )


def test_staff_upload_imports_and_reports(staff_api):
    response = _upload(staff_api, title="Docker CLI")
    assert response.status_code == 201, response.content
    report = response.json()
    # 2 commands × (basic, true/false) + one reverse: "What does docker pull IMAGE do?" spells its answer out
    assert report["added"] == 5 and report["deck"] == "docker-cli" and report["document_id"]
    assert Deck.objects.get(slug="docker-cli").title == "Docker CLI"


def test_dry_run_is_200_and_saves_nothing(staff_api):
    response = _upload(staff_api, dry_run="true")
    assert response.status_code == 200 and response.json()["dry_run"] is True
    assert not Deck.objects.exists()


@pytest.mark.parametrize(("content", "fragment"), [(b"", "empty"), (b"\x00\x01", "binary"), (b"\xff\xfe\xfa", "UTF-8")])
def test_bad_documents_are_400(staff_api, content, fragment):
    response = _upload(staff_api, content=content)
    assert response.status_code == 400 and fragment in response.content.decode()


def test_learners_cannot_upload(api):
    assert _upload(api).status_code == 403


def test_oversized_upload_is_413(staff_api):
    response = _upload(staff_api, content=b"x" * (3 * 1024 * 1024 + 10))
    assert response.status_code == 413 and "too large" in response.json()["detail"]
