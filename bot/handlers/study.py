from telegram import Update
from telegram.ext import ContextTypes

from bot import actions, formatting, keyboards, sessions
from bot.handlers.common import reply, run


async def send_next_card(update: Update, scope: actions.Scope = actions.EVERY_DECK, *, answered=False) -> None:
    """The next card of the session; when there is none, the session's summary after an answer,
    else when the next card will be due."""
    chat_id = update.effective_chat.id
    result = await run(update, actions.study_next, chat_id, scope)
    if result is None:
        return
    if isinstance(result, actions.NothingDue) and answered:
        end = await run(update, sessions.session_end, chat_id, scope)
        if end:
            await update.effective_chat.send_message(
                formatting.session_end(end), parse_mode="HTML", reply_markup=keyboards.session_end(end)
            )
        return
    if isinstance(result, actions.NothingDue):
        local = actions.local_time(result.next_due, result.zone) if result.next_due else None
        await update.effective_chat.send_message(formatting.nothing_due(result, local), parse_mode="HTML")
        return
    await update.effective_chat.send_message(
        formatting.card_front(result), parse_mode="HTML", reply_markup=keyboards.card_front(result)
    )


async def study(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/study [deck]: the next card of that deck or of every deck; buttons to pick one when unsure."""
    name = " ".join(context.args or [])
    choice = await run(update, sessions.study_choice, update.effective_chat.id, name)
    if isinstance(choice, sessions.DeckChoice):
        markup = keyboards.deck_choice(choice, quiz=False) if choice.decks else None
        await reply(update, formatting.deck_choice(choice, quiz=False), markup)
    elif choice is not None:
        await send_next_card(update, choice)


async def study_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The Study now button of a welcome or a reminder, or a deck picked from the buttons."""
    (deck,) = keyboards.parse(update.callback_query.data, keyboards.STUDY)
    await update.callback_query.answer()
    await send_next_card(update, keyboards.scope(deck, None))


async def more_new_cards(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """More new cards than today's limit, asked for at the end of a session."""
    (deck,) = keyboards.parse(update.callback_query.data, keyboards.MORE)
    await update.callback_query.answer()
    await send_next_card(update, actions.Scope(deck=int(deck), extra=sessions.MORE_NEW_CARDS))


async def show_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reveal the back with Again / Hard / Good / Easy, each labelled with its next interval."""
    query = update.callback_query
    card_id, deck, extra = keyboards.parse(query.data, keyboards.SHOW)
    card = await run(update, actions.reveal, update.effective_chat.id, int(card_id))
    if card:
        card.scope = keyboards.scope(deck, extra)
        await query.answer()
        await query.edit_message_text(
            formatting.card_with_answer(card), parse_mode="HTML", reply_markup=keyboards.ratings(card)
        )


def _client_id(update: Update, card_id: str) -> str:
    # One answer per card per message: a double tap or a replayed callback records once.
    message = update.callback_query.message
    return f"tg:{update.effective_chat.id}:{message.message_id if message else 0}:{card_id}"


async def rate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Record a self-graded review, then show the next card."""
    query = update.callback_query
    card_id, code, deck, extra = keyboards.parse(query.data, keyboards.RATE)
    rating = keyboards.RATING_CODES[code]
    result = await run(
        update, actions.rate, update.effective_chat.id, int(card_id), rating, _client_id(update, card_id)
    )
    await _after_answer(update, result, keyboards.scope(deck, extra))


async def choose(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Grade an auto-graded card from the chosen option, then show the next card."""
    query = update.callback_query
    card_id, key, deck, extra = keyboards.parse(query.data, keyboards.CHOOSE)
    result = await run(
        update, actions.answer_choice, update.effective_chat.id, int(card_id), key, _client_id(update, card_id)
    )
    await _after_answer(update, result, keyboards.scope(deck, extra))


async def _after_answer(update: Update, result: actions.Graded | None, scope: actions.Scope) -> None:
    if result is None:
        return
    query = update.callback_query
    if not result.created:
        await query.answer("Already recorded.")
        return
    await query.answer()
    await query.edit_message_text(formatting.graded(result), parse_mode="HTML")
    await send_next_card(update, scope, answered=True)


async def report(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Report: ask what is wrong in a message of its own (the card keeps its buttons), then record it."""
    query = update.callback_query
    card_id, code = keyboards.parse(query.data, keyboards.REPORT)
    if code is None:
        await query.answer()
        await update.effective_chat.send_message(
            "What is wrong with this card?", reply_markup=keyboards.report_reasons(int(card_id))
        )
        return
    reason = keyboards.REPORT_REASONS[code][0]
    if await run(update, actions.report, update.effective_chat.id, int(card_id), reason):
        await query.answer("Thanks: your teacher will look at it.")
        await query.edit_message_text("Reported. Thank you!")
