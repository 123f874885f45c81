"""Webhook mode: the same Application inside the web process, behind a secret, acting once per update."""

import pytest
from django.db import DataError

from bot.webhook import runner
from quizzes.models import Learner, ReviewLog
from tests.bot.conftest import CHAT

pytestmark = pytest.mark.django_db(transaction=True)
URL = "/telegram/webhook/"


def _post(client, update, secret="s3cret-token"):
    headers = {"HTTP_X_TELEGRAM_BOT_API_SECRET_TOKEN": secret} if secret is not None else {}
    return client.post(URL, update, content_type="application/json", **headers)


def test_webhook_runs_the_study_flow_and_ignores_a_redelivered_update(client, webhook):
    api = webhook
    start = api.user_message(CHAT, "/start", update_id=1)
    assert _post(client, start).status_code == 200
    assert _post(client, start).status_code == 200  # Telegram retried the same update
    assert len([t for t in api.sent("sendMessage", CHAT) if "Welcome" in t["text"]]) == 1

    assert _post(client, api.user_message(CHAT, "/study", update_id=2)).status_code == 200
    card = api.sent("sendMessage", CHAT)[-1]
    show = card["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    _post(client, {"update_id": 3, **api.callback(CHAT, 50, show)})
    ratings = api.sent("editMessageText", CHAT)[-1]["reply_markup"]["inline_keyboard"]
    good = next(b for row in ratings for b in row if b["text"].startswith("Good"))
    _post(client, {"update_id": 4, **api.callback(CHAT, 50, good["callback_data"])})
    _post(client, {"update_id": 4, **api.callback(CHAT, 50, good["callback_data"])})
    learner = Learner.objects.get(telegram_chat_id=CHAT)
    assert ReviewLog.objects.filter(learner=learner).count() == 1
    assert "Which command lists images?" in api.sent("sendMessage", CHAT)[-1]["text"]


@pytest.mark.parametrize("secret", [None, "", "wrong"])
def test_webhook_rejects_a_wrong_or_missing_secret(client, webhook, secret):
    response = _post(client, webhook.user_message(CHAT, "/start", update_id=9), secret=secret)
    assert response.status_code == 403
    assert webhook.sent("sendMessage") == []


def test_webhook_is_closed_when_no_secret_is_configured(client, webhook, settings):
    settings.TELEGRAM_WEBHOOK_SECRET = ""
    assert _post(client, webhook.user_message(CHAT, "/start", update_id=9), secret="").status_code == 403


@pytest.mark.parametrize("body", [b"not json", b"[]", b'{"no_update_id": 1}'])
def test_webhook_rejects_what_is_not_an_update(client, webhook, body):
    response = client.post(
        URL, body, content_type="application/json", HTTP_X_TELEGRAM_BOT_API_SECRET_TOKEN="s3cret-token"
    )
    assert response.status_code == 400


def test_webhook_answers_200_even_when_handling_fails(client, webhook, monkeypatch):
    monkeypatch.setattr(runner, "process", lambda payload: 1 / 0)
    assert _post(client, webhook.user_message(CHAT, "/start", update_id=11)).status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"update_id": 5, "message": ' + b'{"a": ' * 100_000 + b"1" + b"}" * 100_001,
    ],
    ids=["nested-list", "deep-field"],
)
def test_webhook_answers_400_to_a_deeply_nested_body(client, webhook, body):
    response = client.post(
        URL, body, content_type="application/json", HTTP_X_TELEGRAM_BOT_API_SECRET_TOKEN="s3cret-token"
    )
    assert response.status_code == 400
    assert webhook.sent("sendMessage") == []


@pytest.mark.parametrize("update_id", [2**63, 2**70, -1, True, 1.5])
def test_webhook_refuses_an_update_id_no_telegram_update_has(client, webhook, update_id):
    update = webhook.user_message(CHAT, "/start", update_id=1)
    response = _post(client, {**update, "update_id": update_id})
    assert response.status_code == 400
    assert webhook.sent("sendMessage") == []


def test_an_update_that_cannot_be_claimed_gets_no_reply_and_no_apology(client, webhook, monkeypatch):
    def refuse(update_id):
        raise DataError("value out of range for type bigint")

    monkeypatch.setattr("bot.actions.claim_update", refuse)
    assert _post(client, webhook.user_message(CHAT, "/start", update_id=12)).status_code == 200
    assert webhook.sent("sendMessage") == []
    assert not Learner.objects.filter(telegram_chat_id=CHAT).exists()
