"""A staff member logs in, uploads a document, and sees the report and the cards, in a real browser."""

import shutil

import pytest
from django.db import connections

from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
def browser_page(monkeypatch):
    if not CHROMIUM:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    # Playwright's sync API runs an event loop in this thread; the ORM calls the test makes are still sync.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        yield browser.new_page()
        browser.close()
        # The ORM calls made while Playwright's loop ran opened a connection of their own
        # (Django keeps connections per async context); close it so the test database can be dropped.
        connections.close_all()


def test_staff_uploads_a_document_and_sees_report_and_cards(live_server, browser_page, tmp_path, settings):
    UserFactory(username="editor", is_staff=True, is_superuser=True)
    document = tmp_path / "docker.md"
    document.write_text(
        "# Docker\n## CLI\n```sh\n# List all images\ndocker images\n# Delete an image\ndocker rmi IMAGE\n```\n"
    )
    page = browser_page
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "correct horse battery")
    page.click("input[type=submit]")
    page.goto(f"{live_server.url}/admin/quizzes/deck/")
    page.click("text=Upload document")
    page.set_input_files("#id_document", str(document))
    page.fill("#id_deck", "docker")
    page.fill("#id_title", "Docker")
    page.click("#upload-form input[type=submit]")
    page.wait_for_selector("#import-report")
    assert "Import report" in page.inner_text("#import-report")
    preview = page.inner_text("#card-preview")
    assert "Using docker, how do you list all images?" in preview and "docker rmi IMAGE" in preview
    page.screenshot(path=str(tmp_path / "upload.png"))
