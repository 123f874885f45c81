"""Picking a deck for /study and /quiz, and the summary that ends a study session."""

import re

import pytest

from quizzes.models import Learner, QuizSession, ReviewLog
from tests.factories import CardFactory, DeckFactory, McqCardFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def second_deck(study_deck):
    deck = DeckFactory(slug="k8s", title="Kubernetes")
    CardFactory(deck=deck, front="What is a pod?", back="The smallest deployable unit")
    CardFactory(deck=deck, front="What is a node?", back="A worker machine")
    McqCardFactory(deck=deck, front="Which object scales pods?")
    return deck


def _learner():
    return Learner.objects.get(telegram_chat_id=4242)


def _rate_good(chat):
    chat.tap(chat.button(chat.last(), "Show answer"), message_id=50)
    chat.tap(chat.button(chat.last("editMessageText"), "Good"), message_id=50)


def test_study_with_a_deck_name_studies_that_deck_only(chat, second_deck):
    chat.say("/study kubernetes")
    assert "What is a pod?" in chat.last()["text"]
    _rate_good(chat)
    assert "What is a node?" in chat.last()["text"], "the session stays in the deck asked for"
    assert set(ReviewLog.objects.values_list("card__deck__slug", flat=True)) == {"k8s"}


def test_study_without_a_name_offers_the_decks_as_buttons(chat, second_deck):
    _learner().subscriptions.create(deck=second_deck)
    chat.say("/study")
    picker = chat.last()
    assert picker["text"] == "Which deck for study?"
    assert [b["text"] for b in chat.buttons(picker)] == ["All my decks", "Docker <CLI>", "Kubernetes"]
    chat.tap(chat.button(picker, "Kubernetes"))
    assert "What is a pod?" in chat.last()["text"]


def test_study_with_an_unknown_name_says_so_and_offers_the_decks(chat, second_deck):
    chat.say("/study cooking")
    reply = chat.last()
    assert reply["text"] == "I don't know a deck called “cooking”. Pick one for study:"
    assert "Docker <CLI>" in [b["text"] for b in chat.buttons(reply)]


def test_quiz_with_a_deck_name_and_a_size(chat, second_deck):
    chat.say("/quiz docker 2")
    poll = chat.last("sendPoll")
    assert poll["question"].startswith("1/2 ")
    session = QuizSession.objects.get()
    assert session.deck.slug == "docker" and session.questions.count() == 2


def test_quiz_without_a_name_offers_the_decks_with_questions(chat, second_deck):
    _learner().subscriptions.create(deck=second_deck)
    chat.say("/quiz")
    picker = chat.last()
    assert picker["text"] == "Which deck for a quiz of 5 questions?"
    chat.tap(chat.button(picker, "Kubernetes"))
    assert QuizSession.objects.get().deck.slug == "k8s"
    assert "Which object scales pods?" in chat.last("sendPoll")["question"]


@pytest.mark.parametrize("size", ["0", "51"])
def test_a_quiz_size_out_of_bounds_is_explained(chat, size):
    chat.say(f"/quiz docker {size}")
    assert chat.last()["text"] == "A quiz has 1 to 50 questions, like /quiz docker 10."
    assert not QuizSession.objects.exists()


def test_a_session_ends_with_a_summary_and_a_quiz_button(chat):
    chat.say("/study")
    _rate_good(chat)
    card = chat.last()
    chat.tap(chat.button(card, "docker images"), message_id=51)
    card = chat.last()
    chat.tap(chat.button(card, "True"), message_id=52)  # wrong: containers share the kernel
    summary = chat.last()
    text = summary["text"]
    assert text.startswith("🏁 <b>Session done</b>")
    assert "Cards: <b>3</b> · right on the first try: <b>2</b>" in text
    assert "Time: <b>under a minute</b>" in text
    assert re.search(r"Next card due: <b>(today|tomorrow) at \d\d:\d\d</b> \(UTC time\)", text)
    assert [b["text"] for b in chat.buttons(summary)] == ["Quiz: 5 questions"]
    chat.tap(chat.button(summary, "Quiz"))
    assert QuizSession.objects.get().deck.slug == "docker"


def test_more_new_cards_go_past_the_daily_limit(chat):
    learner = _learner()
    learner.new_cards_per_day = 1
    learner.save()
    chat.say("/study")
    _rate_good(chat)
    summary = chat.last()
    assert "Cards: <b>1</b>" in summary["text"]
    chat.tap(chat.button(summary, "10 more new cards"))
    assert "Which command lists images?" in chat.last()["text"]
    chat.tap(chat.button(chat.last(), "docker images"), message_id=60)
    assert "True or false? Containers need a full OS." in chat.last()["text"]
    assert ReviewLog.objects.filter(learner=learner).count() == 2


def test_a_quiz_size_that_is_no_number_is_read_as_part_of_the_name(chat):
    chat.say("/quiz docker ²")
    assert chat.last()["text"] == "I don't know a deck called “docker ²”. Pick one for a quiz of 5 questions:"
