"""A staff member logs in, uploads a document, watches its import job, then reviews and publishes, in a real browser."""

import shutil

import pytest
from django.db import connections
from rest_framework.authtoken.models import Token

from quizzes.models import Card, CardReport, Deck, ReviewState
from tests.factories import CardFactory, LearnerFactory, UserFactory

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


SHEET = """# Docker
## CLI
```sh
# Download an image
docker pull IMAGE
# Upload an image
docker push IMAGE
# List running containers
docker ps
# Delete an image
docker rmi IMAGE
```
"""
CHANGED = SHEET.replace("# List running containers", "# List all running containers").replace(
    "# Upload an image", "# Upload an image to a registry"
)


@pytest.fixture
def worker(monkeypatch):
    """A Celery worker the test starts by hand, so the browser first sees the job waiting for it."""
    from quizzes.tasks import run_import

    queued = []
    monkeypatch.setattr(run_import, "delay", queued.append)

    def run_next():
        assert len(queued) == 1, queued
        return run_import(queued.pop())  # the task itself, as the worker process would run it

    return run_next


def _upload(page, url, path, run_worker):
    """Upload through the form, watch the job's progress page, let the worker run, and land on the draft."""
    page.goto(f"{url}/admin/quizzes/deck/")
    page.click("text=Upload document")
    page.set_input_files("#id_document", str(path))
    page.fill("#id_deck", "docker")
    page.fill("#id_title", "Docker")
    page.click("#upload-form input[type=submit]")
    page.wait_for_selector("#job-progress")
    assert "Queued" in page.inner_text("#job-status") and page.get_attribute("#job-progress", "value") == "0"
    assert run_worker() == "done"
    page.wait_for_selector("#import-review")  # the page reloaded itself and the finished job opened its draft
    assert "Uploaded as a draft" in page.content()


def test_staff_drafts_reviews_publishes_edits_and_settles_conflicts(live_server, browser_page, worker, tmp_path):
    """The whole authoring loop in a real browser, from the first upload to a settled re-import."""
    UserFactory(username="editor", is_staff=True, is_superuser=True)
    learner = LearnerFactory()
    first, second = tmp_path / "docker.md", tmp_path / "docker-v2.md"
    first.write_text(SHEET)
    second.write_text(CHANGED)
    page, url = browser_page, live_server.url
    page.goto(f"{url}/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "correct horse battery")
    page.click("input[type=submit]")

    # Upload as a draft: every new card previewed, nothing published.
    _upload(page, url, first, worker)
    assert "Pending review" in page.inner_text("#draft-status")
    preview = page.inner_text("#card-preview")
    assert "Using docker, how do you download an image?" in preview and "docker rmi IMAGE" in preview
    assert not Deck.objects.exists()

    # Publish.
    page.click("#publish-draft")
    page.wait_for_selector("text=Published:")
    assert "Published" in page.inner_text("#draft-status")
    assert Deck.objects.get(slug="docker").cards.filter(retired=False).count() == 4

    # The deck page counts; its link opens the card list, where a multiple-choice card is edited.
    page.click("#draft-status a")
    page.wait_for_selector("#deck-cards")
    assert "4 live" in page.inner_text("#deck-cards")
    page.click("#deck-cards >> text=All cards")
    page.wait_for_selector("#searchbar")
    page.fill("#searchbar", "list running")
    page.press("#searchbar", "Enter")
    page.wait_for_load_state()
    page.click("text=Using docker, which command would you use to list running containers?")
    page.wait_for_selector("#id_choice_1")
    page.wait_for_load_state()
    assert page.is_visible("#id_choice_1") and page.is_hidden(".field-truth") and page.is_hidden(".field-back")
    chosen = next(n for n in range(1, 5) if page.input_value(f"#id_choice_{n}") == "docker ps")
    page.fill(f"#id_choice_{chosen}", "docker container ls")
    page.fill("#id_front", "Which command lists running containers?")
    page.click("input[name=_continue]")
    page.wait_for_selector("#learner-preview")
    mcq = Card.objects.get(front="Which command lists running containers?")
    assert "docker container ls" in mcq.choices and mcq.answer == "docker container ls" and mcq.edited_by_staff
    telegram = page.inner_text("#learner-preview")
    assert "Which command lists running containers?" in telegram and "docker container ls" in telegram
    assert "⚑ Report" in telegram

    # Switching the kind shows the fields that kind uses.
    page.select_option("#id_kind", "true_false")
    assert page.is_visible(".field-truth") and page.is_hidden(".field-choice_1")
    page.select_option("#id_kind", "mcq")

    # A basic card corrected by hand.
    upload_card = Card.objects.get(front="Using docker, how do you upload an image?")
    page.goto(f"{url}/admin/quizzes/card/{upload_card.pk}/change/")
    page.fill("#id_front", "How do you share an image?")
    page.click("input[name=_save]")
    page.wait_for_selector("#changelist")

    # A learner reports a card through the API; the admin shows it.
    listing = Card.objects.get(front="Using docker, which command would you use to delete an image?")
    token = Token.objects.create(user=learner.user).key
    answer = page.request.post(
        f"{url}/api/v1/study/cards/{listing.pk}/report/",
        data={"reason": "unclear", "note": "Delete it locally or from the registry?"},
        headers={"Authorization": f"Token {token}"},
    )
    assert answer.status == 201, answer.text()
    page.goto(f"{url}/admin/quizzes/deck/{listing.deck_id}/change/")
    assert "1 reported by learners" in page.inner_text("#deck-cards")
    page.click("#deck-reported")
    page.wait_for_selector("#changelist")
    page.click("text=Using docker, which command would you use to delete an image?")
    page.wait_for_selector("#learner-preview")
    assert "Delete it locally or from the registry?" in page.content()

    # Re-import a changed document: updates with before and after, and two conflicts. With the new
    # wording every task has options among the commands, so each fact's card becomes a choice in its row.
    _upload(page, url, second, worker)
    updated = page.inner_text("#updated-cards")
    assert "Using docker, how do you download an image?" in updated  # before
    assert "Using docker, which command would you use to download an image?" in updated  # after
    mine = page.locator(".recall-conflict", has_text="Which command lists running containers?")
    theirs = page.locator(".recall-conflict", has_text="How do you share an image?")
    assert "Using docker, which command would you use to upload an image to a registry?" in theirs.inner_text()
    mine.locator(".keep-mine").click()
    page.wait_for_selector("text=keeping your version")
    page.locator(".recall-conflict", has_text="How do you share an image?").locator(".take-document").click()
    page.wait_for_selector("text=taking the document's version")
    page.click("#publish-draft")
    page.wait_for_selector("text=Published:")

    mcq.refresh_from_db()
    upload_card.refresh_from_db()
    assert mcq.front == "Which command lists running containers?" and mcq.edited_by_staff
    assert upload_card.front == "Using docker, which command would you use to upload an image to a registry?"
    assert upload_card.kind == "mcq" and not upload_card.edited_by_staff
    assert Card.objects.get(front="Using docker, which command would you use to download an image?").retired is False
    assert ReviewState.objects.count() == 0 and CardReport.objects.get().resolved_at is None
    page.screenshot(path=str(tmp_path / "published.png"))
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
