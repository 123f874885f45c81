"""What the bot does, as plain synchronous functions over services and selectors.

Handlers await these through sync_to_async and get back plain data to format, so
nothing async ever touches the ORM, and the bot shares every rule with the API.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.utils import timezone

from quizzes import clock, scheduling
from quizzes.choices import choice_named, presented_choices
from quizzes.errors import InvalidInput, KeyReused, NotFound
from quizzes.models import Deck, Learner, ReviewLog
from quizzes.selectors import next_due_at, quiz_summary, study_decks, unseen_card
from quizzes.services import learners as learner_services
from quizzes.services import quizzes as quiz_services
from quizzes.services.card_reports import card_report
from quizzes.services.reviews import (
    RecordedReview,
    card_for_study,
    fuzz_seed,
    memory_of,
    review_record,
    study_state,
)
from quizzes.services.telegram import telegram_chat_blocked, telegram_update_claim
from quizzes.stats import learner_stats
from quizzes.study_queue import due_queue


@dataclass(frozen=True)
class Scope:
    """What a study session covers, carried in its buttons: the bot keeps no state between updates."""

    deck: int = 0  # a deck id, or 0 for every deck the learner studies
    extra: int = 0  # new cards still to show beyond today's limit ("more new cards")


EVERY_DECK = Scope()


@dataclass
class CardView:
    id: int
    kind: str
    front: str
    back: str = ""
    choices: list[str] = field(default_factory=list)
    explanation: str = ""
    intervals: dict[str, str] = field(default_factory=dict)
    due_count: int = 0
    scope: Scope = EVERY_DECK

    @property
    def auto_graded(self) -> bool:
        return self.kind in ("mcq", "true_false")


@dataclass
class NothingDue:
    next_due: datetime | None
    zone: str


@dataclass
class Graded:
    front: str
    created: bool
    rating: str
    interval: str
    correct: bool | None = None
    answer: str = ""
    explanation: str = ""


@dataclass
class QuizQuestion:
    quiz_id: int
    position: int
    total: int
    prompt: str
    choices: list[str]
    correct_index: int
    explanation: str


@dataclass
class QuizScore:
    quiz_id: int
    correct: int
    total: int
    missed: list[tuple[str, str]] = field(default_factory=list)  # (question, right answer)


def _learner(chat_id: int) -> Learner:
    learner = Learner.objects.filter(telegram_chat_id=chat_id).first()
    if learner is None:
        raise NotFound("I don't know you yet: send /start first.")
    return learner


def claim_update(update_id: int) -> bool:
    return telegram_update_claim(update_id=update_id)


def chat_blocked(chat_id: int) -> bool:
    return telegram_chat_blocked(chat_id=chat_id)


def start(chat_id: int, name: str, token: str | None = None) -> dict:
    """Link an account with a deep-link token, or find or create the chat's learner; subscribe it."""
    if token:
        learner = learner_services.telegram_link_consume(token=token, chat_id=chat_id)
        created, linked = False, True
    else:
        learner, created = learner_services.learner_for_telegram(chat_id=chat_id, name=name)
        linked = False
    if not learner.reminders_enabled and not created:
        learner_services.learner_update_settings(learner=learner, reminders_enabled=True)
    if not learner.picked_decks and not learner.subscriptions.exists():
        learner_services.subscribe_to_published(learner=learner)
    decks = list(study_decks(learner=learner).values_list("title", flat=True))
    return {"created": created, "linked": linked, "username": learner.user.username, "decks": decks}


def _card_view(card, *, due_count=0, with_answer=False, state=None, learner=None, choices=()) -> CardView:
    view = CardView(id=card.pk, kind=card.kind, front=card.front, due_count=due_count, choices=list(choices))
    if with_answer:
        view.back, view.explanation = card.back, card.explanation
        memory = memory_of(state)
        view.intervals = {
            name: scheduling.format_interval(interval)
            for name, interval in scheduling.preview(
                memory, timezone.now(), desired_retention=card.deck.desired_retention, seed=fuzz_seed(learner, card)
            ).items()
        }
    return view


def scoped_deck(scope: Scope) -> Deck | None:
    if not scope.deck:
        return None
    deck = Deck.objects.filter(pk=scope.deck, published=True).first()
    if deck is None:
        raise NotFound("That deck is no longer available. Send /study to pick another.")
    return deck


def study_next(chat_id: int, scope: Scope = EVERY_DECK) -> CardView | NothingDue:
    """The next card of the session: due ones first, then today's new ones, then any extra new
    ones the learner asked for; or when the next card falls due."""
    learner = _learner(chat_id)
    deck = scoped_deck(scope)
    queue = due_queue(learner=learner, deck=deck, limit=1)
    if queue.items:
        item = queue.items[0]
        view = _card_view(item.card, due_count=queue.due_count + queue.new_available, choices=item.choices)
        view.scope = scope
        return view
    if scope.extra and (card := unseen_card(learner=learner, deck=deck)):
        view = _card_view(card, due_count=scope.extra, choices=presented_choices(kind=card.kind, choices=card.choices))
        view.scope = Scope(deck=scope.deck, extra=scope.extra - 1)
        return view
    return NothingDue(next_due=next_due_at(learner=learner, deck=deck), zone=learner.timezone)


def reveal(chat_id: int, card_id: int) -> CardView:
    learner = _learner(chat_id)
    card, state = study_state(learner=learner, card_id=card_id)
    return _card_view(card, with_answer=True, state=state, learner=learner)


def _graded(recorded) -> Graded:
    log = recorded.log
    return Graded(
        front=log.card.front,
        created=recorded.created,
        rating=scheduling.RATING_NAMES[log.rating],
        interval=scheduling.format_interval(log.due_after - log.reviewed_at),
        correct=log.correct,
        answer=log.card.answer_text,
        explanation=log.card.explanation,
    )


def _record_once(**review) -> Graded:
    """A second tap on another button of the same message reuses its key: the first answer stands."""
    try:
        return _graded(review_record(source=ReviewLog.Source.BOT, **review))
    except KeyReused as reused:
        return _graded(RecordedReview(log=reused.first, created=False))


def rate(chat_id: int, card_id: int, rating: str, client_id: str) -> Graded:
    return _record_once(learner=_learner(chat_id), card=card_id, rating=rating, client_id=client_id)


def answer_choice(chat_id: int, card_id: int, key: str, client_id: str) -> Graded:
    """`key` names the chosen text (quizzes.choices.choice_key): buttons come in a shuffled order,
    and the answer is graded by value. One or two digits are an index from before the shuffle,
    still on buttons sent earlier."""
    card = card_for_study(card_id)
    if key.isdigit() and len(key) <= 2:
        chosen = card.choices[int(key)] if int(key) < len(card.choices) else None
    else:
        chosen = choice_named(card.choices, key)
    if chosen is None:
        raise InvalidInput("That choice is no longer available.")
    return _record_once(learner=_learner(chat_id), card=card, answer=chosen, client_id=client_id)


def decks(chat_id: int) -> list[dict]:
    learner = _learner(chat_id)
    subscribed = set(learner.subscriptions.values_list("deck_id", flat=True))
    return [
        {"id": d.pk, "slug": d.slug, "title": d.title, "subscribed": d.pk in subscribed}
        for d in Deck.objects.filter(published=True).order_by("title")
    ]


def set_subscription(chat_id: int, deck_id: int, subscribed: bool) -> list[dict]:
    deck = Deck.objects.filter(pk=deck_id, published=True).first()
    if deck is None:
        raise NotFound("That deck is no longer available.")
    learner_services.subscription_set(learner=_learner(chat_id), deck_slug=deck.slug, subscribed=subscribed)
    return decks(chat_id)


def stats(chat_id: int) -> dict:
    return learner_stats(learner=_learner(chat_id))


def settings_view(chat_id: int) -> dict:
    learner = _learner(chat_id)
    return {
        "timezone": learner.timezone,
        "reminder_time": learner.reminder_time.strftime("%H:%M"),
        "new_cards_per_day": learner.new_cards_per_day,
        "reminders_enabled": learner.reminders_enabled,
    }


def update_settings(chat_id: int, **changes) -> dict:
    learner_services.learner_update_settings(learner=_learner(chat_id), **changes)
    return settings_view(chat_id)


def _question(session, position: int) -> QuizQuestion:
    summary = quiz_summary(session=session)
    item = summary["questions"][position - 1]
    answer = item.card.answer_text
    correct = item.choices.index(answer) if answer in item.choices else 0
    return QuizQuestion(
        quiz_id=session.pk,
        position=position,
        total=summary["size"],
        prompt=item.card.front,
        choices=list(item.choices),
        correct_index=correct,
        explanation=item.card.explanation or f"Answer: {answer}",
    )


def quiz_begin(chat_id: int, deck_id: int, size: int = 5) -> QuizQuestion:
    deck = scoped_deck(Scope(deck=deck_id))
    session = quiz_services.quiz_start(learner=_learner(chat_id), deck_slug=deck.slug, size=size)
    return _question(session, 1)


def quiz_poll_sent(quiz_id: int, position: int, poll_id: str) -> None:
    quiz_services.quiz_attach_poll(quiz_id=quiz_id, position=position, poll_id=poll_id)


def quiz_answer(chat_id: int, quiz_id: int, position: int, index: int) -> tuple[bool, QuizQuestion | QuizScore]:
    """Grade one answer; return whether it was right and what comes next (a question or the score)."""
    learner = _learner(chat_id)
    session = quiz_services.quiz_for(learner=learner, quiz_id=quiz_id)
    question = _question(session, position)
    if not 0 <= index < len(question.choices):
        raise InvalidInput("That choice is not part of the question.")
    item = quiz_services.quiz_answer(
        learner=learner, quiz_id=quiz_id, question=position, answer=question.choices[index]
    )
    return item.correct, _after(session, position)


def quiz_poll_answer(user_id: int, poll_id: str, index: int) -> tuple[int, bool, QuizQuestion | QuizScore] | None:
    """A poll answer names the user, not the chat; in a private chat they are the same id."""
    found = quiz_services.quiz_question_for_poll(poll_id=poll_id)
    if found is None:
        return None
    quiz_id, position = found
    correct, following = quiz_answer(user_id, quiz_id, position, index)
    return user_id, correct, following


def _after(session, position: int) -> QuizQuestion | QuizScore:
    summary = quiz_summary(session=session)
    if position < summary["size"]:
        return _question(session, position + 1)
    missed = [(q.card.front, q.card.answer) for q in summary["questions"] if q.answered_at and not q.correct]
    return QuizScore(quiz_id=session.pk, correct=summary["correct"], total=summary["size"], missed=missed)


def stop(chat_id: int) -> bool:
    learner_services.learner_update_settings(learner=_learner(chat_id), reminders_enabled=False)
    return True


def report(chat_id: int, card_id: int, reason: str) -> bool:
    card_report(learner=_learner(chat_id), card_id=card_id, reason=reason)
    return True


def local_time(dt: datetime, zone_name: str) -> str:
    return dt.astimezone(clock.zone(zone_name)).strftime("%H:%M")
