"""The Report button under a card: the learner says what is wrong and it reaches the admin."""

import pytest

from quizzes.models import CardReport, Learner
from tests.bot.conftest import CHAT

pytestmark = pytest.mark.django_db(transaction=True)
URL = "/telegram/webhook/"


def _post(client, update):
    return client.post(
        URL, update, content_type="application/json", HTTP_X_TELEGRAM_BOT_API_SECRET_TOKEN="s3cret-token"
    )


def _buttons(markup):
    return {b["text"]: b["callback_data"] for row in markup["inline_keyboard"] for b in row}


def test_report_button_asks_why_then_records_the_report(client, webhook):
    api = webhook
    _post(client, api.user_message(CHAT, "/start", update_id=1))
    _post(client, api.user_message(CHAT, "/study", update_id=2))
    card = api.sent("sendMessage", CHAT)[-1]
    report = _buttons(card["reply_markup"])["⚑ Report"]
    _post(client, {"update_id": 3, **api.callback(CHAT, 50, report)})
    question = api.sent("sendMessage", CHAT)[-1]
    assert question["text"] == "What is wrong with this card?"
    assert not CardReport.objects.exists()
    _post(client, {"update_id": 4, **api.callback(CHAT, 51, _buttons(question["reply_markup"])["Typo"])})
    saved = CardReport.objects.get()
    assert saved.learner == Learner.objects.get(telegram_chat_id=CHAT) and saved.reason == "typo"
    assert saved.card_id == int(report.split(":")[1])
    assert api.sent("editMessageText", CHAT)[-1]["text"] == "Reported. Thank you!"


def test_reporting_before_start_gets_a_friendly_alert(client, webhook):
    api = webhook
    _post(client, {"update_id": 5, **api.callback(CHAT, 50, "report:1:w")})
    alert = api.sent("answerCallbackQuery")[-1]
    assert "/start" in alert["text"] and not CardReport.objects.exists()
