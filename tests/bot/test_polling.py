"""The whole chat, end to end and offline: /start → /study → Show answer → Good → next card →
/quiz → poll answers → score → /stats, through the real Application in polling mode."""

import pytest

from quizzes.models import Learner, QuizSession, ReviewLog, ReviewState
from tests.bot.conftest import CHAT

pytestmark = pytest.mark.django_db(transaction=True)


def _texts(api, method="sendMessage"):
    return [p.get("text", "") for p in api.sent(method, CHAT)]


def _last_markup(api, method="sendMessage"):
    with_buttons = [p for p in api.sent(method, CHAT) if p.get("reply_markup")]
    return with_buttons[-1]["reply_markup"]["inline_keyboard"]


def test_study_and_quiz_session(polling_bot, api):
    assert api.sent("setMyCommands"), "commands are registered on start"
    assert {c["command"] for c in api.sent("setMyCommands")[0]["commands"]} >= {"study", "quiz", "stats", "settings"}

    polling_bot.send(api.user_message(CHAT, "/start"))
    polling_bot.drain()
    assert "Welcome to <b>Recall</b>!" in _texts(api)[-1] and "Docker &lt;CLI&gt;" in _texts(api)[-1]
    learner = Learner.objects.get(telegram_chat_id=CHAT)
    assert learner.subscriptions.count() == 1

    polling_bot.send(api.user_message(CHAT, "/study"))
    polling_bot.drain()
    front = api.sent("sendMessage", CHAT)[-1]
    assert "What do dangling images show as?" in front["text"]
    show = front["reply_markup"]["inline_keyboard"][0][0]
    assert show["text"] == "Show answer"

    polling_bot.send(api.callback(CHAT, 77, show["callback_data"]))
    polling_bot.drain()
    revealed = api.sent("editMessageText", CHAT)[-1]
    assert "&lt;none&gt; &amp; untagged" in revealed["text"]
    *rating_rows, report_row = revealed["reply_markup"]["inline_keyboard"]
    assert [b["text"] for b in report_row] == ["⚑ Report"]
    buttons = [b for row in rating_rows for b in row]
    assert [b["text"].split(" ·")[0] for b in buttons] == ["Again", "Hard", "Good", "Easy"]
    assert all("·" in b["text"] for b in buttons), "each rating shows its next interval"
    good = next(b for b in buttons if b["text"].startswith("Good"))

    polling_bot.send(api.callback(CHAT, 77, good["callback_data"]))
    polling_bot.send(api.callback(CHAT, 77, good["callback_data"]))  # a double tap
    polling_bot.drain()
    assert ReviewLog.objects.filter(learner=learner).count() == 1
    assert ReviewState.objects.get(learner=learner).reps == 1
    assert "Rated <b>Good</b>" in api.sent("editMessageText", CHAT)[-1]["text"]
    next_card = api.sent("sendMessage", CHAT)[-1]
    assert "Which command lists images?" in next_card["text"]

    choices = [b for row in next_card["reply_markup"]["inline_keyboard"] for b in row]
    right = next(b for b in choices if b["text"] == "docker images")
    polling_bot.send(api.callback(CHAT, 78, right["callback_data"]))
    polling_bot.drain()
    assert "✅ Right" in api.sent("editMessageText", CHAT)[-1]["text"]
    assert ReviewLog.objects.get(learner=learner, card__kind="mcq").correct is True

    polling_bot.send(api.user_message(CHAT, "/quiz"))
    polling_bot.drain()
    polls = api.sent("sendPoll", CHAT)
    assert len(polls) == 1 and polls[0]["type"] == "quiz" and polls[0]["is_anonymous"] is False
    assert isinstance(polls[0]["correct_option_ids"], list) and polls[0]["explanation"]
    session = QuizSession.objects.get(learner=learner)
    first_poll_id = session.questions.get(position=1).telegram_poll_id
    assert first_poll_id

    correct_first = polls[0]["correct_option_ids"][0]
    polling_bot.send(api.poll_answer(CHAT, first_poll_id, correct_first))
    polling_bot.drain()
    polls = api.sent("sendPoll", CHAT)
    assert len(polls) == 2
    second_poll_id = session.questions.get(position=2).telegram_poll_id
    wrong = (
        1 - polls[1]["correct_option_ids"][0]
        if len(polls[1]["options"]) == 2
        else (polls[1]["correct_option_ids"][0] + 1) % 4
    )
    polling_bot.send(api.poll_answer(CHAT, second_poll_id, wrong))
    polling_bot.drain()
    assert "Quiz finished: <b>1 of 2</b> right." in _texts(api)[-1]
    session.refresh_from_db()
    assert session.finished_at is not None

    polling_bot.send(api.user_message(CHAT, "/stats"))
    polling_bot.drain()
    stats = _texts(api)[-1]
    assert "Reviews today: <b>4</b>" in stats and "Streak: <b>1</b> day" in stats


def test_nothing_due_says_when_the_next_card_is(polling_bot, api, study_deck):
    polling_bot.send(api.user_message(CHAT, "/start"))
    polling_bot.drain()
    learner = Learner.objects.get(telegram_chat_id=CHAT)
    learner.new_cards_per_day = 0
    learner.save()
    polling_bot.send(api.user_message(CHAT, "/study"))
    polling_bot.drain()
    assert "Nothing to study yet" in _texts(api)[-1] or "All done for now" in _texts(api)[-1]


def test_unknown_chat_is_told_to_start(polling_bot, api):
    polling_bot.send(api.user_message(CHAT, "/stats"))
    polling_bot.drain()
    assert "send /start first" in _texts(api)[-1]


def test_settings_and_stop(polling_bot, api):
    polling_bot.send(api.user_message(CHAT, "/start"))
    polling_bot.send(api.user_message(CHAT, "/settings time 07:30"))
    polling_bot.send(api.user_message(CHAT, "/settings zone Europe/Berlin"))
    polling_bot.send(api.user_message(CHAT, "/settings zone Mars/Base"))
    polling_bot.send(api.user_message(CHAT, "/settings new 7"))
    polling_bot.send(api.user_message(CHAT, "/settings bogus"))
    polling_bot.drain()
    learner = Learner.objects.get(telegram_chat_id=CHAT)
    assert learner.timezone == "Europe/Berlin" and learner.new_cards_per_day == 7
    assert learner.reminder_time.strftime("%H:%M") == "07:30"
    texts = _texts(api)
    assert any("Unknown time zone" in t for t in texts) and any("I didn't get that" in t for t in texts)
    pause = _last_markup(api)[-1][0]
    polling_bot.send(api.callback(CHAT, 5, pause["callback_data"]))
    polling_bot.drain()
    learner.refresh_from_db()
    assert not learner.reminders_enabled
    polling_bot.send(api.user_message(CHAT, "/start"))
    polling_bot.send(api.user_message(CHAT, "/stop"))
    polling_bot.drain()
    learner.refresh_from_db()
    assert not learner.reminders_enabled and "Reminders paused" in _texts(api)[-1]


def test_decks_subscribe_and_unsubscribe(polling_bot, api):
    polling_bot.send(api.user_message(CHAT, "/start"))
    polling_bot.send(api.user_message(CHAT, "/decks"))
    polling_bot.drain()
    button = _last_markup(api)[0][0]
    assert button["text"].startswith("Unsubscribe")
    polling_bot.send(api.callback(CHAT, 9, button["callback_data"]))
    polling_bot.drain()
    assert not Learner.objects.get(telegram_chat_id=CHAT).subscriptions.exists()
    assert _last_markup(api, "editMessageText")[0][0]["text"].startswith("Subscribe")


def test_a_429_is_retried_after_retry_after(polling_bot, api):
    from tests.telegram_double import TelegramError

    api.fail_next.append(TelegramError(429, "Too Many Requests: retry after 1", retry_after=1))
    polling_bot.send(api.user_message(CHAT, "/help"))
    helps = api.wait_for(lambda a: len(found := [t for t in _texts(a) if "/study" in t]) == 2 and found, timeout=15)
    assert len(helps) == 2, "the first attempt got 429, the retry went through"
    first, second = [c for c in api.calls if c.method == "sendMessage"][-2:]
    assert second.at - first.at >= 0.9


def test_errors_get_a_kind_reply_and_the_bot_keeps_going(polling_bot, api, monkeypatch):
    from bot import actions

    polling_bot.send(api.user_message(CHAT, "/start"))
    polling_bot.drain()
    monkeypatch.setattr(actions, "stats", lambda chat_id: 1 / 0)
    polling_bot.send(api.user_message(CHAT, "/stats"))
    polling_bot.drain()
    assert "Sorry, something went wrong" in _texts(api)[-1]
    polling_bot.send(api.user_message(CHAT, "/help"))
    polling_bot.drain()
    assert "/study" in _texts(api)[-1]


def test_a_chat_that_blocked_the_bot_pauses_its_reminders(polling_bot, api):
    polling_bot.send(api.user_message(CHAT, "/start"))
    polling_bot.drain()
    api.blocked_chats.add(CHAT)
    polling_bot.send(api.user_message(CHAT, "/help"))
    polling_bot.drain()
    assert not Learner.objects.get(telegram_chat_id=CHAT).reminders_enabled
