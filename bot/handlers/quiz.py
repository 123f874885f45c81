from telegram import Poll, Update
from telegram.ext import ContextTypes

from bot import actions, formatting, keyboards, sessions
from bot.handlers.common import in_db_thread, reply, run


async def quiz(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/quiz [deck] [questions]: a quiz of that deck (five questions unless told); buttons when unsure."""
    args = list(context.args or [])
    size = int(args.pop()) if args and args[-1].isascii() and args[-1].isdigit() else sessions.QUIZ_SIZE
    choice = await run(update, sessions.quiz_choice, update.effective_chat.id, " ".join(args), size)
    if isinstance(choice, sessions.DeckChoice):
        markup = keyboards.deck_choice(choice, quiz=True) if choice.decks else None
        await reply(update, formatting.deck_choice(choice, quiz=True), markup)
    elif choice is not None:
        await _begin(update, context, choice, size)


async def quiz_deck_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A deck picked for a quiz, or "Quiz" at the end of a study session."""
    deck, size = (int(x) for x in keyboards.parse(update.callback_query.data, keyboards.QUIZ_START))
    await update.callback_query.answer()
    await _begin(update, context, deck, size)


async def _begin(update: Update, context: ContextTypes.DEFAULT_TYPE, deck_id: int, size: int) -> None:
    question = await run(update, actions.quiz_begin, update.effective_chat.id, deck_id, size)
    if question:
        await send_question(update.effective_chat.id, question, context)


async def send_question(chat_id: int, question: actions.QuizQuestion, context: ContextTypes.DEFAULT_TYPE) -> None:
    """As a Telegram quiz poll when it fits; otherwise as a message with numbered buttons."""
    if formatting.fits_poll(question.prompt, question.choices):
        message = await context.bot.send_poll(
            chat_id,
            question=f"{question.position}/{question.total} {question.prompt}"[: formatting.MAX_POLL_QUESTION],
            options=question.choices,
            type=Poll.QUIZ,
            is_anonymous=False,
            correct_option_ids=[question.correct_index],
            explanation=formatting.clip(question.explanation, formatting.MAX_POLL_EXPLANATION),
        )
        await in_db_thread(actions.quiz_poll_sent)(question.quiz_id, question.position, message.poll.id)
        return
    await context.bot.send_message(
        chat_id,
        formatting.quiz_question(question.position, question.total, question.prompt, question.choices),
        parse_mode="HTML",
        reply_markup=keyboards.quiz_choices(question.quiz_id, question.position, len(question.choices)),
    )


async def poll_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A quiz poll was answered: grade it, then the next question or the score."""
    answer = update.poll_answer
    if not answer.option_ids or answer.user is None:
        return  # a retracted vote
    result = await run(update, actions.quiz_poll_answer, answer.user.id, answer.poll_id, answer.option_ids[0])
    if result:
        chat_id, _correct, following = result
        await _continue(chat_id, following, context)


async def quiz_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The button fallback for questions too long for a poll."""
    query = update.callback_query
    quiz_id, position, index = (int(x) for x in keyboards.parse(query.data, keyboards.QUIZ))
    result = await run(update, actions.quiz_answer, update.effective_chat.id, quiz_id, position, index)
    if result is None:
        return
    correct, following = result
    await query.answer(formatting.quiz_feedback(correct))
    await query.edit_message_reply_markup(None)
    await _continue(update.effective_chat.id, following, context)


async def _continue(chat_id: int, following, context: ContextTypes.DEFAULT_TYPE) -> None:
    if isinstance(following, actions.QuizScore):
        await context.bot.send_message(chat_id, formatting.quiz_score(following), parse_mode="HTML")
    else:
        await send_question(chat_id, following, context)
