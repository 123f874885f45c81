import functools
import logging

from asgiref.sync import sync_to_async
from django.db import close_old_connections
from telegram import Update
from telegram.error import BadRequest, Forbidden
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot import actions
from quizzes.errors import RecallError

logger = logging.getLogger("bot")
SORRY = "Sorry, something went wrong on my side. Please try again in a moment."


def in_db_thread(action):
    """`action` made awaitable, run in the thread that holds the bot's database connection.

    Each call is treated like a request: a connection that broke (a database restart) or outlived
    CONN_MAX_AGE is replaced before and closed after, as Django does around every HTTP request.
    """

    @functools.wraps(action)
    def call(*args, **kwargs):
        close_old_connections()
        try:
            return action(*args, **kwargs)
        finally:
            close_old_connections()

    return sync_to_async(call)


async def drop_seen_updates(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Act on each update once: a webhook retry or a re-fetched update stops here.

    An update that cannot be claimed (the database refused the id, or is down) is not processed
    either: acting without the claim could act twice, and an apology would be a reply.
    """
    try:
        claimed = await in_db_thread(actions.claim_update)(update.update_id)
    except Exception:
        logger.exception("could not claim update %s; not processed", update.update_id)
        raise ApplicationHandlerStop from None
    if not claimed:
        logger.info("update %s seen before; ignored", update.update_id)
        raise ApplicationHandlerStop


async def reply(update: Update, text: str, markup=None) -> None:
    await update.effective_message.reply_html(text, reply_markup=markup, disable_web_page_preview=True)


async def edit(update: Update, text: str, markup=None) -> None:
    """Redraw the message a button was on. Tapping the choice already made changes nothing, which
    Telegram refuses as "message is not modified": that is no error to the learner."""
    try:
        await update.callback_query.edit_message_text(
            text, parse_mode="HTML", reply_markup=markup, disable_web_page_preview=True
        )
    except BadRequest as exc:
        if "not modified" not in str(exc).lower():
            raise


async def run(update: Update, action, *args, **kwargs):
    """Await a sync action; a domain error becomes a friendly reply and ends the handler (None)."""
    try:
        return await in_db_thread(action)(*args, **kwargs)
    except RecallError as exc:
        if update.callback_query:
            await update.callback_query.answer(str(exc)[:200], show_alert=True)
        elif update.effective_message:
            await update.effective_message.reply_text(str(exc))
        return None


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """One place for every unexpected error: log it, tell the user kindly, never crash the bot."""
    error = context.error
    chat = update.effective_chat if isinstance(update, Update) else None
    if isinstance(error, Forbidden) and chat:
        # The user blocked the bot; reminders would only fail again.
        await in_db_thread(actions.chat_blocked)(chat.id)
        logger.info("chat %s blocked the bot; reminders paused", chat.id)
        return
    logger.error("error handling update %s", getattr(update, "update_id", None), exc_info=error)
    if chat:
        try:
            await context.bot.send_message(chat.id, SORRY)
        except Exception:  # the apology is best effort; the error is already logged
            logger.warning("could not apologise to chat %s", chat.id)
