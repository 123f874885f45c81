import pytest

from bot import formatting, keyboards
from bot.actions import CardView, Graded, QuizScore
from tests.telegram_double import TelegramError, visible_text


def test_card_text_is_escaped_and_valid_telegram_html():
    card = CardView(
        id=1,
        kind="basic",
        front="Delete dangling images (<none>) & more?",
        back="docker image prune",
        explanation="Untagged <none> images",
    )
    for html in (formatting.card_front(card), formatting.card_with_answer(card)):
        assert "&lt;none&gt;" in html and "&amp; more" in html
        visible_text(html, "HTML")  # raises if Telegram would refuse it


def test_commands_are_shown_as_code():
    card = CardView(id=1, kind="basic", front="List images?", back="docker images")
    assert "<code>docker images</code>" in formatting.card_with_answer(card)
    multi = CardView(id=1, kind="basic", front="Diffs?", back="git diff\ngit diff --staged")
    assert "<pre>git diff\ngit diff --staged</pre>" in formatting.card_with_answer(multi)


def test_messages_never_exceed_4096_characters():
    card = CardView(id=1, kind="basic", front="Q" * 5000, back="A" * 5000, explanation="E" * 5000)
    for html in (formatting.card_front(card), formatting.card_with_answer(card)):
        assert len(visible_text(html, "HTML")) <= 4096


def test_graded_messages():
    right = Graded(front="Which?", created=True, rating="good", interval="10m", correct=True, answer="docker ps")
    wrong = Graded(front="Which?", created=True, rating="again", interval="1m", correct=False, answer="a < b")
    assert "✅" in formatting.graded(right) and "next in 10m" in formatting.graded(right).lower()
    assert "a &lt; b" in formatting.graded(wrong)
    rated = Graded(front="Q", created=True, rating="easy", interval="4d")
    assert "Rated <b>Easy</b> · next in 4d." in formatting.graded(rated)


def test_help_lists_every_command():
    text = formatting.help_text()
    for name, _ in formatting.COMMANDS:
        assert f"/{name}" in text
    visible_text(text, "HTML")


@pytest.mark.parametrize(
    ("prompt", "choices", "fits"),
    [("Q?", ["a", "b"], True), ("Q" * 301, ["a", "b"], False), ("Q?", ["a" * 101, "b"], False), ("Q?", ["a"], False)],
)
def test_poll_limits(prompt, choices, fits):
    assert formatting.fits_poll(prompt, choices) is fits


def test_stats_text():
    text = formatting.stats(
        {
            "reviews_today": 3,
            "new_today": 4,
            "new_limit": 20,
            "due_now": 2,
            "streak_days": 1,
            "retention_30d": 0.875,
            "forecast": [{"date": f"2026-12-0{n + 1}", "due": n} for n in range(7)],
        }
    )
    assert "88%" in text and "1</b> day\n" in text
    assert "New cards today: <b>4</b> of 20" in text
    visible_text(text, "HTML")


def test_the_stats_forecast_names_its_days():
    forecast = [{"date": f"2026-12-0{n}", "due": n * 2} for n in range(1, 8)]  # Tuesday 1 December onwards
    text = formatting.stats(
        {
            "reviews_today": 0,
            "new_today": 0,
            "new_limit": 20,
            "due_now": 0,
            "streak_days": 0,
            "retention_30d": None,
            "forecast": forecast,
        }
    )
    assert "Today: 2\nTomorrow: 4\nThu 3: 6\nFri 4: 8\nSat 5: 10\nSun 6: 12\nMon 7: 14" in text


def test_a_rated_card_keeps_its_answer_in_view():
    rated = Graded(front="Q?", created=True, rating="good", interval="3d", answer="<none> & co", explanation="Why")
    text = formatting.graded(rated)
    assert text == "<b>Q?</b>\n\n&lt;none&gt; &amp; co\n\n<i>Why</i>\n\nRated <b>Good</b> · next in 3d."


def test_a_quiz_score_lists_the_questions_missed_with_their_answers():
    missed = [(f"Question {i} <x>?", f"Answer {i}") for i in range(12)]
    text = formatting.quiz_score(QuizScore(quiz_id=1, correct=3, total=15, missed=missed))
    assert "<b>3 of 15</b> right" in text
    assert "• Question 0 &lt;x&gt;?\n  → <b>Answer 0</b>" in text and "Answer 9" in text
    assert "Answer 10" not in text and "…and 2 more." in text
    visible_text(text, "HTML")
    assert "To look at again" not in formatting.quiz_score(QuizScore(quiz_id=1, correct=2, total=2))


def test_callback_data_fits_64_bytes_and_round_trips():
    card = CardView(id=999_999_999_999, kind="mcq", front="Q", choices=["x" * 50, "b", "c", "d"])
    markups = [
        keyboards.card_front(card),
        keyboards.ratings(CardView(id=999_999_999_999, kind="basic", front="Q")),
        keyboards.quiz_choices(999_999_999_999, 50, 4),
        keyboards.settings({"reminders_enabled": True, "reminder_time": "09:00", "new_cards_per_day": 20}),
        keyboards.decks([{"id": 999_999_999_999, "title": "T" * 300, "subscribed": False}]),
    ]
    for markup in markups:
        for row in markup.inline_keyboard:
            for button in row:
                assert 1 <= len(button.callback_data.encode()) <= 64
                assert any(keyboards.parse(button.callback_data, kind) for kind in keyboards.PATTERNS)


def test_long_choices_become_numbered_buttons_with_the_list_in_the_message():
    card = CardView(id=5, kind="mcq", front="Which?", choices=["x" * 80, "b", "c", "d"])
    assert [b.text for row in keyboards.card_front(card).inline_keyboard[:-1] for b in row] == ["1", "2", "3", "4"]
    assert "1. " + "x" * 80 in formatting.card_front(card)


@pytest.mark.parametrize("data", ["rate:1:z", "rate:x:g", "show:1:2", "sub:1", "set:t:abc;", "", "pick:1:123"])
def test_foreign_callback_data_does_not_parse(data):
    assert not any(keyboards.parse(data, kind) for kind in keyboards.PATTERNS)


def test_the_double_refuses_what_telegram_refuses():
    for bad in ["<none>", "a & b", "<b>open", "<span>x</span>"]:
        with pytest.raises(TelegramError):
            visible_text(bad, "HTML")
    assert visible_text("<b>a</b> &lt;none&gt; &amp;", "HTML") == "a <none> &"


def test_the_deck_picker_shows_twenty_decks_and_says_how_to_reach_the_rest():
    from bot.sessions import DeckChoice

    choice = DeckChoice(decks=[(i, f"Deck {i}") for i in range(1, 31)])
    buttons = [b.text for row in keyboards.deck_choice(choice, quiz=False).inline_keyboard for b in row]
    assert buttons[0] == "All my decks" and buttons[1:] == [f"Deck {i}" for i in range(1, 21)]
    text = formatting.deck_choice(choice, quiz=False)
    assert "The first 20 of 30; for another, send /study and its name." in text
    visible_text(text, "HTML")
