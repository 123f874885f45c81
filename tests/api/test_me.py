import pytest

from quizzes.models import Learner

pytestmark = pytest.mark.django_db


def test_settings_read_and_change_only_my_own(api, other_api):
    assert api.get("/api/v1/me/").json()["timezone"] == "UTC"
    response = api.patch(
        "/api/v1/me/",
        {"timezone": "Europe/Berlin", "reminder_time": "07:30", "new_cards_per_day": 5, "reminders_enabled": False},
        format="json",
    )
    assert response.status_code == 200, response.content
    assert response.json()["timezone"] == "Europe/Berlin" and response.json()["reminder_time"] == "07:30"
    other = Learner.objects.get(pk=other_api.learner.pk)
    assert other.timezone == "UTC" and other.new_cards_per_day == 20 and other.reminders_enabled


@pytest.mark.parametrize(
    "payload",
    [{"timezone": "Mars/Olympus"}, {"new_cards_per_day": -1}, {"new_cards_per_day": 10000}, {"reminder_time": "25:00"}],
)
def test_bad_settings_are_400(api, payload):
    response = api.patch("/api/v1/me/", payload, format="json")
    assert response.status_code == 400


def test_telegram_link_is_a_one_time_deep_link(api, settings):
    settings.TELEGRAM_BOT_USERNAME = "RecallTestBot"
    first = api.post("/api/v1/me/telegram-link/").json()
    second = api.post("/api/v1/me/telegram-link/").json()
    assert first["url"].startswith("https://t.me/RecallTestBot?start=") and first["url"] != second["url"]
    token = second["url"].rsplit("=", 1)[1]
    assert len(token) <= 64 and token.replace("-", "").replace("_", "").isalnum()
