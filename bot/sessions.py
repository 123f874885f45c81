"""Choosing what to study or quiz in the chat, and the summary that ends a study session.

Plain synchronous functions like bot/actions.py: handlers await them and get plain data back.
"""

from dataclasses import dataclass
from datetime import date, datetime

from django.utils import timezone

from bot.actions import EVERY_DECK, Scope, _learner, scoped_deck
from quizzes import clock
from quizzes.errors import InvalidInput
from quizzes.selectors import (
    deck_named,
    decks_with_questions,
    next_due_at,
    study_decks,
    study_session,
    unseen_card,
)
from quizzes.services.quizzes import MAX_QUESTIONS

MORE_NEW_CARDS = 10
QUIZ_SIZE = 5


@dataclass
class DeckChoice:
    """Buttons to pick a deck: the name was missing, or matched no deck (`unknown`)."""

    decks: list[tuple[int, str]]
    unknown: str = ""
    size: int = QUIZ_SIZE  # for a quiz


@dataclass
class SessionEnd:
    cards: int
    right_first_try: int
    seconds: int
    next_due: datetime | None  # in the learner's zone
    today: date
    zone: str
    scope: Scope = EVERY_DECK
    more_new: bool = False  # unseen cards are left beyond today's limit
    quiz_deck: int | None = None
    complete: bool = True


def study_choice(chat_id: int, name: str = "") -> Scope | DeckChoice:
    """/study <deck>: that deck; /study alone: every deck, or buttons when the learner has several."""
    learner = _learner(chat_id)
    decks = list(study_decks(learner=learner).order_by("title").values_list("pk", "title"))
    if name:
        deck = deck_named(learner=learner, name=name)
        return Scope(deck=deck.pk) if deck else DeckChoice(decks=decks, unknown=name)
    return DeckChoice(decks=decks) if len(decks) > 1 else EVERY_DECK


def quiz_choice(chat_id: int, name: str = "", size: int = QUIZ_SIZE) -> int | DeckChoice:
    """/quiz <deck> [n]: that deck's id; without a name, the one deck with questions, or buttons."""
    if not 1 <= size <= MAX_QUESTIONS:
        raise InvalidInput(f"A quiz has 1 to {MAX_QUESTIONS} questions, like /quiz docker 10.")
    learner = _learner(chat_id)
    decks = list(decks_with_questions(learner=learner).values_list("pk", "title"))
    if name:
        deck = deck_named(learner=learner, name=name)
        return deck.pk if deck else DeckChoice(decks=decks, unknown=name, size=size)
    if not decks:
        raise InvalidInput("There is no deck with quiz questions yet.")
    return decks[0][0] if len(decks) == 1 else DeckChoice(decks=decks, size=size)


def session_end(chat_id: int, scope: Scope = EVERY_DECK) -> SessionEnd:
    """What the session that just ran out of cards did, what is due next, and what could follow."""
    learner = _learner(chat_id)
    deck = scoped_deck(scope)
    now = timezone.now()
    done = study_session(learner=learner, now=now)
    next_due = next_due_at(learner=learner, deck=deck)
    with_questions = decks_with_questions(learner=learner)
    if deck is not None:
        with_questions = with_questions.filter(pk=deck.pk)
    quiz_deck = with_questions.values_list("pk", flat=True).first()
    return SessionEnd(
        cards=done["cards"],
        right_first_try=done["right_first_try"],
        seconds=done["seconds"],
        complete=done["complete"],
        next_due=next_due.astimezone(clock.zone(learner.timezone)) if next_due else None,
        today=clock.local_today(learner.timezone, now),
        zone=learner.timezone,
        scope=Scope(deck=scope.deck),
        more_new=unseen_card(learner=learner, deck=deck) is not None,
        quiz_deck=quiz_deck,
    )
