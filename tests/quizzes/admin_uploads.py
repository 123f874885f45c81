"""Uploading through the admin's form, with or without a worker running the queued job."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse


def post_upload(client, content: bytes, *, name: str = "docker.md", deck: str = "docker", **extra):
    """Post the upload form; the job stays queued (the test's transaction never commits)."""
    return client.post(
        reverse("admin:quizzes_deck_upload"), {"document": SimpleUploadedFile(name, content), "deck": deck, **extra}
    )


def upload_and_run(client, content: bytes, **kwargs):
    """Post the upload form and run its job as a worker would once the request commits (needs eager_celery)."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return post_upload(client, content, **kwargs)
