"""Quizzes: a short run of auto-graded questions; every answer also counts as a review."""

import random

from django.db import transaction
from django.utils import timezone

from quizzes.choices import MAX_TERM_CHARS, TERM_OPTIONS, presented_choices
from quizzes.errors import Conflict, InvalidInput, NotFound
from quizzes.generation.text import normalise
from quizzes.models import Card, Deck, Learner, QuizAnswer, QuizSession, ReviewLog
from quizzes.selectors import sibling_answered_today
from quizzes.services.reviews import grade, review_record

MAX_QUESTIONS = 50
# A deck of terms alone is quizzed on its terms: "What is the term for …?" with the term and three
# of its siblings as options. Only short answers make options; four distinct ones make a question.


def quiz_start(*, learner: Learner, deck_slug: str, size: int = 5, rng: random.Random | None = None) -> QuizSession:
    if not isinstance(size, int) or isinstance(size, bool) or not 1 <= size <= MAX_QUESTIONS:
        raise InvalidInput(f"size must be a whole number from 1 to {MAX_QUESTIONS}.")
    deck = Deck.objects.filter(slug=deck_slug, published=True).first()
    if deck is None:
        raise NotFound(f"No published deck {deck_slug!r}.")
    rng = rng or random.SystemRandom()
    questions = Card.objects.filter(deck=deck, retired=False, kind__in=Card.AUTO_GRADED)
    terms: list[str] = []
    if not questions.exists():
        questions, terms = _term_questions(deck)
        if len(terms) < TERM_OPTIONS:
            raise InvalidInput(
                f"Deck {deck_slug!r} has no multiple-choice or true/false questions, nor {TERM_OPTIONS} terms to ask."
            )
    # Siblings rest as in study (see study_queue): none whose sibling this learner answered today.
    by_note: dict[int, list] = {}
    for pk, note_id, kind, choices, back in questions.exclude(sibling_answered_today(learner=learner)).values_list(
        "pk", "note_id", "kind", "choices", "back"
    ):
        if not choices and terms:
            choices = [back, *rng.sample([t for t in terms if normalise(t) != normalise(back)], TERM_OPTIONS - 1)]
        by_note.setdefault(note_id or -pk, []).append((pk, kind, choices))
    if not by_note:
        raise InvalidInput(
            f"Every question of deck {deck_slug!r} rests until tomorrow: you answered a card of the same fact today."
        )
    # One question per note: siblings in one quiz would give each other away.
    picked = [rng.choice(group) for group in rng.sample(list(by_note.values()), min(size, len(by_note)))]
    with transaction.atomic():
        session = QuizSession.objects.create(learner=learner, deck=deck)
        # Each question keeps the order it is shown in for the whole quiz: a retried answer by
        # position (a Telegram poll option) must mean the same choice.
        QuizAnswer.objects.bulk_create(
            QuizAnswer(
                session=session,
                card_id=pk,
                position=position,
                # a term's question offers its options like a multiple choice
                choices=presented_choices(kind=kind if kind in Card.AUTO_GRADED else "mcq", choices=choices, rng=rng),
            )
            for position, (pk, kind, choices) in enumerate(picked, start=1)
        )
    return session


def _term_questions(deck: Deck):
    """The deck's reverse cards whose answer is a short term, and those terms (one of each)."""
    cards = Card.objects.filter(deck=deck, retired=False, kind=Card.Kind.REVERSE)
    short = [
        (pk, back.strip()) for pk, back in cards.values_list("pk", "back") if 0 < len(back.strip()) <= MAX_TERM_CHARS
    ]
    terms = list({normalise(back): back for _, back in short if "\n" not in back}.values())
    return cards.filter(pk__in=[pk for pk, back in short if back in terms]), terms


def quiz_for(*, learner: Learner, quiz_id) -> QuizSession:
    try:
        quiz_id = int(quiz_id)
    except (TypeError, ValueError):
        raise NotFound("No such quiz.") from None
    session = QuizSession.objects.select_related("deck").filter(pk=quiz_id, learner=learner).first()
    if session is None:
        raise NotFound("No such quiz.")
    return session


def quiz_answer(*, learner: Learner, quiz_id, question, answer) -> QuizAnswer:
    """Grade one question. Answering the same way twice is a no-op; changing an answer is refused."""
    session = quiz_for(learner=learner, quiz_id=quiz_id)
    try:
        position = int(question)
    except (TypeError, ValueError):
        raise InvalidInput("question must be the question's number.") from None
    item = QuizAnswer.objects.select_related("card__deck").filter(session=session, position=position).first()
    if item is None:
        raise NotFound(f"Quiz {session.pk} has no question {question}.")
    correct = _graded(item, answer)
    if item.answered_at is not None:
        if normalise(item.answer or "") == normalise(answer):
            return item
        raise Conflict("This question was already answered.")
    with transaction.atomic():
        updated = QuizAnswer.objects.filter(pk=item.pk, answered_at__isnull=True).update(
            answer=answer, correct=correct, answered_at=timezone.now()
        )
        if not updated:
            item.refresh_from_db()
            return item
        # a term asked as a choice is a self-graded card: the choice grades it, as "good" or "again"
        graded = {"answer": answer} if item.card.is_auto_graded else {"rating": "good" if correct else "again"}
        review_record(
            learner=learner,
            card=item.card,
            client_id=f"quiz-{session.pk}-{position}",
            source=ReviewLog.Source.QUIZ,
            **graded,
        )
        if not QuizAnswer.objects.filter(session=session, answered_at__isnull=True).exists():
            QuizSession.objects.filter(pk=session.pk).update(finished_at=timezone.now())
    item.refresh_from_db()
    return item


def _graded(item: QuizAnswer, answer) -> bool:
    """Right or wrong; the answer must be one of the options the question showed."""
    if item.card.is_auto_graded:
        return grade(item.card, answer)
    if not isinstance(answer, str) or normalise(answer) not in {normalise(c) for c in item.choices}:
        raise InvalidInput(f"answer must be one of: {', '.join(item.choices)}.")
    return normalise(answer) == normalise(item.card.back)


def quiz_attach_poll(*, quiz_id: int, position: int, poll_id: str) -> None:
    """Remember which Telegram poll asks which question, so a poll answer finds its way back."""
    QuizAnswer.objects.filter(session_id=quiz_id, position=position).update(telegram_poll_id=poll_id)


def quiz_question_for_poll(*, poll_id: str) -> tuple[int, int] | None:
    return QuizAnswer.objects.filter(telegram_poll_id=poll_id).values_list("session_id", "position").first()
