from telegram import Update
from telegram.ext import ContextTypes

from bot import actions, formatting, keyboards
from bot.handlers.common import edit, reply, run


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Find or create the learner (or link an account from a deep link) and welcome them."""
    token = context.args[0] if context.args else None
    user = update.effective_user
    result = await run(update, actions.start, update.effective_chat.id, user.full_name if user else "", token)
    if result:
        await reply(update, formatting.welcome(result), keyboards.study_button())


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List every command."""
    await reply(update, formatting.help_text())


async def not_understood(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Plain text or a command the bot does not know: say what to send instead, never stay silent."""
    await reply(update, formatting.not_understood(update.effective_message.text or ""))


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reviews today, due cards, streak and retention."""
    data = await run(update, actions.stats, update.effective_chat.id)
    if data:
        await reply(update, formatting.stats(data))


async def decks(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Published decks with subscribe and unsubscribe buttons."""
    items = await run(update, actions.decks, update.effective_chat.id)
    if items is not None:
        await reply(update, formatting.decks(items), keyboards.decks(items))


async def subscription_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Subscribe to or leave a deck, then redraw the list."""
    query = update.callback_query
    deck_id, on = keyboards.parse(query.data, keyboards.SUBSCRIBE)
    items = await run(update, actions.set_subscription, update.effective_chat.id, int(deck_id), on == "1")
    if items is not None:
        await query.answer("Subscribed" if on == "1" else "Unsubscribed")
        await edit(update, formatting.decks(items), keyboards.decks(items))


SETTING_WORDS = {"time": "reminder_time", "zone": "timezone", "tz": "timezone", "new": "new_cards_per_day"}


async def settings(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show settings, or change one: /settings time 07:30 · zone Europe/Berlin · new 15 · pause · resume."""
    chat_id, args = update.effective_chat.id, context.args or []
    if args:
        changes = _parse_setting(args)
        if changes is None:
            await update.effective_message.reply_text(
                "I didn't get that. Try /settings time 07:30, /settings zone Europe/Berlin, /settings new 15, "
                "/settings pause or /settings resume."
            )
            return
        data = await run(update, actions.update_settings, chat_id, **changes)
    else:
        data = await run(update, actions.settings_view, chat_id)
    if data:
        await reply(update, formatting.settings(data), keyboards.settings(data))


def _parse_setting(args: list[str]) -> dict | None:
    """Which setting the words name; the service parses and validates the value itself."""
    word = args[0].lower()
    if word in ("pause", "resume"):
        return {"reminders_enabled": word == "resume"} if len(args) == 1 else None
    if word not in SETTING_WORDS or len(args) != 2:
        return None
    return {SETTING_WORDS[word]: args[1]}


async def settings_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A preset from the settings keyboard."""
    query = update.callback_query
    what, value = keyboards.parse(query.data, keyboards.SETTING)
    change = {
        "t": {"reminder_time": value},
        "n": {"new_cards_per_day": value},
        "p": {"reminders_enabled": value == "1"},
    }[what]
    data = await run(update, actions.update_settings, update.effective_chat.id, **change)
    if data:
        await query.answer("Saved")
        await edit(update, formatting.settings(data), keyboards.settings(data))


async def stop(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Pause every reminder until /start or /settings resume."""
    if await run(update, actions.stop, update.effective_chat.id):
        await update.effective_message.reply_text("Reminders paused. Send /settings resume or /start to turn them on.")
