"""What a learner meets first in the chat, through the Bot API double and the real Application."""

import pytest

from quizzes.models import Learner

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize(
    ("text", "head"),
    [("hello?", "I only answer commands and buttons."), ("/frobnicate now", "I don't know /frobnicate.")],
)
def test_plain_text_and_unknown_commands_get_a_helpful_reply(chat, text, head):
    chat.say(text)
    reply = chat.last()["text"]
    assert reply.startswith(head) and "/study" in reply and "/help" in reply


def test_after_rating_the_answer_stays_in_view_with_the_result_under_it(chat):
    chat.say("/study")
    chat.tap(chat.button(chat.last(), "Show answer"), message_id=7)
    chat.tap(chat.button(chat.last("editMessageText"), "Good"), message_id=7)
    rated = chat.last("editMessageText")
    assert rated["message_id"] == 7
    text = rated["text"]
    assert text.index("What do dangling images show as?") < text.index("&lt;none&gt; &amp; untagged")
    assert text.index("&lt;none&gt; &amp; untagged") < text.index("docker image prune removes them")
    assert text.index("docker image prune removes them") < text.index("Rated <b>Good</b> · next in")


def test_the_stats_forecast_names_its_days(chat):
    chat.say("/stats")
    text = chat.last()["text"]
    assert "<b>Due in the next 7 days</b>\nToday: 0\nTomorrow: 0\n" in text


def test_a_quiz_ends_with_the_questions_missed_and_their_answers(chat):
    chat.say("/quiz")
    for _ in range(2):
        poll = chat.last("sendPoll")
        wrong = (poll["correct_option_ids"][0] + 1) % len(poll["options"])
        learner = Learner.objects.get(telegram_chat_id=4242)
        question = learner.quizzes.get().questions.get(telegram_poll_id__isnull=False, answered_at__isnull=True)
        chat.vote(question.telegram_poll_id, wrong)
    score = chat.last()["text"]
    assert "Quiz finished: <b>0 of 2</b> right." in score and "To look at again" in score
    assert "• Which command lists images?\n  → <b>docker images</b>" in score
    assert "• True or false? Containers need a full OS.\n  → <b>False</b>" in score
