"""The bot's study flow as its handlers call it (bot.actions), for the rules it shares with the API."""

from datetime import timedelta

import pytest
from django.utils import timezone

from bot import actions, keyboards
from quizzes import clock
from quizzes.choices import choice_key
from quizzes.errors import InvalidInput
from quizzes.models import QuizAnswer, ReviewLog, ReviewState
from quizzes.study_queue import due_queue
from tests.factories import CardFactory, DeckFactory, LearnerFactory, McqCardFactory, NoteFactory, ReviewStateFactory

pytestmark = pytest.mark.django_db

CHAT = 5151


@pytest.fixture
def learner():
    return LearnerFactory(telegram_chat_id=CHAT)


@pytest.mark.parametrize("rating", ["hard", "good", "easy"])
def test_the_interval_on_a_rating_button_is_the_interval_applied(learner, rating):
    for n in range(8):  # fuzz varies by card, so one card could agree by luck
        card = CardFactory()
        ReviewStateFactory(learner=learner, card=card, stability=12.0 + n, reps=4, last_review=None)
        shown = actions.reveal(CHAT, card.pk).intervals[rating]
        graded = actions.rate(CHAT, card.pk, rating, client_id=f"tap-{n}")
        assert graded.interval == shown
    assert ReviewState.objects.filter(learner=learner, reps=5).count() == 8


def test_a_second_tap_on_another_rating_of_the_same_card_keeps_the_first(learner):
    card = CardFactory()
    first = actions.rate(CHAT, card.pk, "good", client_id="tg:msg-1")
    second = actions.rate(CHAT, card.pk, "again", client_id="tg:msg-1")
    assert first.created and not second.created
    assert second.rating == "good"
    assert ReviewState.objects.get(learner=learner, card=card).reps == 1


def _mcq_deck():
    deck = DeckFactory(slug="shuffled")
    return McqCardFactory(
        deck=deck, choices=["docker ps", "docker images", "docker rm", "docker pull"], answer="docker images"
    )


def test_a_study_card_shows_shuffled_buttons_and_grades_the_text_on_the_tapped_one(learner):
    card = _mcq_deck()
    positions = set()
    for _ in range(30):
        view = actions.study_next(CHAT)
        assert view.id == card.pk and sorted(view.choices) == sorted(card.choices)
        positions.add(view.choices.index("docker images"))
    assert len(positions) > 1, "the right answer sat in one place for 30 presentations"

    buttons = [row[0] for row in keyboards.card_front(view).inline_keyboard if row[0].text != "⚑ Report"]
    assert [b.text for b in buttons] == view.choices
    tapped = next(b for b in buttons if b.text == "docker ps")
    card_id, key, _deck, _extra = keyboards.parse(tapped.callback_data, keyboards.CHOOSE)
    graded = actions.answer_choice(CHAT, int(card_id), key, client_id="tg:1")
    assert graded.correct is False and ReviewLog.objects.get(learner=learner).answer == "docker ps"


def test_a_button_sent_before_the_shuffle_still_grades_the_choice_at_its_index(learner):
    card = _mcq_deck()
    assert actions.answer_choice(CHAT, card.pk, "1", client_id="tg:old").correct is True


def test_a_choice_the_card_no_longer_has_is_refused(learner):
    card = _mcq_deck()
    with pytest.raises(InvalidInput):
        actions.answer_choice(CHAT, card.pk, choice_key("docker run"), client_id="tg:2")


def test_a_quiz_answer_retried_after_a_reshuffle_grades_the_same_choice(learner):
    card = _mcq_deck()
    first = actions.quiz_begin(CHAT, card.deck_id, size=1)
    wrong = next(i for i, c in enumerate(first.choices) if c != "docker images")
    correct, _score = actions.quiz_answer(CHAT, first.quiz_id, 1, wrong)
    assert correct is False
    # The card is presented again in study in between, reshuffled each time...
    later = timezone.now() + timedelta(hours=1)
    orders = {tuple(due_queue(learner=learner, deck=card.deck, now=later).items[0].choices) for _ in range(20)}
    assert len(orders) > 1
    # ...and the retried tap (a replayed poll answer, say) still means the same choice: no conflict.
    correct, _score = actions.quiz_answer(CHAT, first.quiz_id, 1, wrong)
    assert correct is False
    answer = QuizAnswer.objects.get(session_id=first.quiz_id)
    assert answer.answer == first.choices[wrong] and answer.choices == first.choices
    assert ReviewLog.objects.filter(learner=learner).count() == 1


def test_after_rating_a_card_the_bot_does_not_show_its_siblings_that_day(learner):
    deck = DeckFactory(slug="bot-siblings")
    note = NoteFactory(deck=deck)
    basic = CardFactory(deck=deck, note=note)
    CardFactory(deck=deck, note=note, kind="reverse")
    other = CardFactory(deck=deck, note=NoteFactory(deck=deck))
    first = actions.study_next(CHAT)
    assert first.id == basic.pk and first.due_count == 2  # the reverse is not counted: it will not come today
    actions.rate(CHAT, basic.pk, "easy", client_id="tg:b")
    following = actions.study_next(CHAT)
    assert following.id == other.pk and following.due_count == 1
    actions.rate(CHAT, other.pk, "easy", client_id="tg:o")
    assert isinstance(actions.study_next(CHAT), actions.NothingDue)


def test_when_only_resting_siblings_are_due_the_bot_says_they_come_back_at_midnight(learner):
    deck = DeckFactory(slug="resting-siblings")
    note = NoteFactory(deck=deck)
    basic, reverse = CardFactory(deck=deck, note=note), CardFactory(deck=deck, note=note, kind="reverse")
    hour_ago = timezone.now() - timedelta(hours=1)
    for card in (basic, reverse):
        ReviewStateFactory(learner=learner, card=card, due=hour_ago, last_review=hour_ago - timedelta(days=5))
    assert actions.study_next(CHAT).id == basic.pk
    actions.rate(CHAT, basic.pk, "good", client_id="tg:r")
    nothing = actions.study_next(CHAT)
    assert isinstance(nothing, actions.NothingDue)
    tomorrow = clock.local_midnight("UTC", clock.local_today("UTC") + timedelta(days=1))
    assert nothing.next_due == tomorrow, "not the resting card's due time, which has passed"


def test_a_deck_of_terms_alone_is_offered_for_a_quiz_and_asked_in_the_bot(learner):
    from quizzes.selectors import decks_with_questions

    deck = DeckFactory(slug="bot-terms", title="Terms")
    learner.subscriptions.create(deck=deck)
    for term in ["hypervisor", "container", "image", "volume"]:
        CardFactory(deck=deck, kind="reverse", front=f"What is the term for the gloss of {term}?", back=term)
    assert deck in decks_with_questions(learner=learner)
    question = actions.quiz_begin(CHAT, deck.pk, size=1)
    term = question.prompt.removeprefix("What is the term for the gloss of ").removesuffix("?")
    assert question.choices[question.correct_index] == term and len(question.choices) == 4
    correct, _score = actions.quiz_answer(CHAT, question.quiz_id, 1, question.correct_index)
    assert correct is True and ReviewLog.objects.get(learner=learner).source == "quiz"
    fewer = DeckFactory(slug="bot-few", title="Few")
    learner.subscriptions.create(deck=fewer)
    CardFactory(deck=fewer, kind="reverse", back="alone")
    assert fewer not in decks_with_questions(learner=learner)
    # four reverse cards, but two share a term and one answers with a sentence: two options only
    for back in ["alone", " alone ", "a sentence\nover two lines", "x" * 81]:
        CardFactory(deck=fewer, kind="reverse", back=back)
    assert fewer not in decks_with_questions(learner=learner)
    with pytest.raises(InvalidInput):
        actions.quiz_begin(CHAT, fewer.pk, size=1)
