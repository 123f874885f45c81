"""A staff member logs in, uploads a document, and sees the report and the cards, in a real browser."""

import shutil

import pytest
from django.db import connections

from tests.factories import CardFactory, UserFactory

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
        page = browser.new_page()
        # Every Content-Security-Policy refusal is reported on the console; the tests assert none.
        page.csp_violations = []
        page.on(
            "console",
            lambda message: "Content Security Policy" in message.text and page.csp_violations.append(message.text),
        )
        yield page
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
    assert "How do you list all images?" in preview and "docker rmi IMAGE" in preview
    page.screenshot(path=str(tmp_path / "upload.png"))
    assert page.csp_violations == []


def _log_in(page, live_server):
    UserFactory(username="editor", is_staff=True, is_superuser=True)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "correct horse battery")
    page.click("input[type=submit]")
    page.wait_for_selector("#content")


def test_admin_pages_work_under_the_content_security_policy(live_server, browser_page):
    card = CardFactory(front="What is a hypervisor?")
    page = browser_page
    _log_in(page, live_server)
    response = page.goto(f"{live_server.url}/admin/quizzes/card/{card.pk}/change/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page.click("text=Provenance")  # the admin's own JavaScript (collapsible fieldsets) still runs
    page.wait_for_selector("text=Generated hash")
    page.goto(f"{live_server.url}/admin/quizzes/deck/add/")
    page.locator("#id_title").press_sequentially("Docker Basics")
    assert page.input_value("#id_slug") == "docker-basics"  # prepopulated fields: admin JS from a file
    page.goto(f"{live_server.url}/api/v1/decks/")  # DRF's browsable API
    page.wait_for_selector("text=Deck List")
    assert page.csp_violations == []


def test_swagger_ui_renders_from_our_own_files_under_the_policy(live_server, browser_page):
    page = browser_page
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{live_server.url}/api/v1/docs/")
    page.wait_for_selector(".swagger-ui .info .title")
    assert "Recall API" in page.inner_text(".swagger-ui .info .title")
    page.wait_for_selector("text=/api/v1/study/due/")
    assert page.csp_violations == []
    assert all(url.startswith(live_server.url) for url in requested), "no CDN"
