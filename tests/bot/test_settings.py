"""Settings in the chat: by text and by buttons, through the same service as the API's PATCH me/."""

from datetime import time

import pytest

from quizzes import clock
from quizzes.models import Learner

pytestmark = pytest.mark.django_db(transaction=True)


def _learner():
    return Learner.objects.get(telegram_chat_id=4242)


def _expected_reminder(learner, at):
    return clock.reminder_instant(learner.timezone, clock.local_today(learner.timezone), at)


def test_settings_time_by_text_saves_it_and_moves_the_next_reminder(chat):
    chat.say("/settings zone Asia/Tokyo")
    chat.say("/settings time 07:30")
    reply = chat.last()["text"]
    assert "Sorry" not in reply and "Daily reminder: <b>07:30</b> (Asia/Tokyo)" in reply
    learner = _learner()
    assert learner.reminder_time == time(7, 30)
    assert learner.next_reminder_at == _expected_reminder(learner, time(7, 30))


def test_a_time_button_saves_it_moves_the_next_reminder_and_ticks_itself(chat):
    chat.say("/settings")
    keyboard = chat.last()
    assert chat.button(keyboard, "✓ 09:00"), "the current time is ticked"
    chat.tap(chat.button(keyboard, "18:00"))
    assert chat.answers()[-1] == "Saved"
    learner = _learner()
    assert learner.reminder_time == time(18, 0)
    assert learner.next_reminder_at == _expected_reminder(learner, time(18, 0))
    edited = chat.last("editMessageText")
    ticked = [b["text"] for b in chat.buttons(edited) if b["text"].startswith("✓")]
    assert ticked == ["✓ 18:00", "✓ 20 new/day"]


def test_a_new_cards_button_ticks_the_new_limit(chat):
    chat.say("/settings")
    chat.tap(chat.button(chat.last(), "5 new/day"))
    assert _learner().new_cards_per_day == 5
    assert chat.button(chat.last("editMessageText"), "✓ 5 new/day")


@pytest.mark.parametrize(
    ("command", "reply"),
    [
        ("/settings time 25:00", "is not a time of day"),
        ("/settings time noon", "is not a time of day"),
        ("/settings new lots", "must be a whole number"),
        ("/settings new ²", "must be a whole number"),
        ("/settings new 900", "between 0 and 500"),
        ("/settings zone Mars/Base", "Unknown time zone"),
        ("/settings pause now", "I didn't get that"),
    ],
)
def test_a_bad_setting_gets_a_one_line_explanation(chat, command, reply):
    chat.say(command)
    assert reply in chat.last()["text"] and "Sorry" not in chat.last()["text"]
    assert _learner().reminder_time == time(9, 0) and _learner().new_cards_per_day == 20


def test_tapping_the_current_choice_is_no_error(chat):
    chat.say("/settings")
    keyboard = chat.last()
    chat.tap(chat.button(keyboard, "18:00"), message_id=30)
    chat.tap(chat.button(chat.last("editMessageText"), "✓ 18:00"), message_id=30)
    assert chat.answers()[-1] == "Saved"
    assert not [t for t in chat.texts() if "Sorry" in t]
