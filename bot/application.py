"""The python-telegram-bot Application, built once from settings, for polling and webhook alike."""

from django.conf import settings
from telegram import BotCommand, Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    PollAnswerHandler,
    TypeHandler,
    filters,
)

from bot import formatting, keyboards
from bot.handlers import account, quiz, study
from bot.handlers.common import drop_seen_updates, on_error


def _pattern(kind: str):
    return keyboards.PATTERNS[kind]


def register_handlers(app: Application) -> None:
    app.add_handler(TypeHandler(Update, drop_seen_updates), group=-1)
    app.add_handlers(
        [
            CommandHandler("start", account.start),
            CommandHandler("help", account.help_command),
            CommandHandler("stats", account.stats),
            CommandHandler("decks", account.decks),
            CommandHandler("settings", account.settings),
            CommandHandler("stop", account.stop),
            CommandHandler("study", study.study),
            CommandHandler("quiz", quiz.quiz),
            CallbackQueryHandler(study.study_button, pattern=_pattern(keyboards.STUDY)),
            CallbackQueryHandler(study.show_answer, pattern=_pattern(keyboards.SHOW)),
            CallbackQueryHandler(study.rate, pattern=_pattern(keyboards.RATE)),
            CallbackQueryHandler(study.choose, pattern=_pattern(keyboards.CHOOSE)),
            CallbackQueryHandler(study.report, pattern=_pattern(keyboards.REPORT)),
            CallbackQueryHandler(study.more_new_cards, pattern=_pattern(keyboards.MORE)),
            CallbackQueryHandler(quiz.quiz_button, pattern=_pattern(keyboards.QUIZ)),
            CallbackQueryHandler(quiz.quiz_deck_button, pattern=_pattern(keyboards.QUIZ_START)),
            CallbackQueryHandler(account.subscription_button, pattern=_pattern(keyboards.SUBSCRIBE)),
            CallbackQueryHandler(account.settings_button, pattern=_pattern(keyboards.SETTING)),
            PollAnswerHandler(quiz.poll_answer),
            # Last: anything the handlers above did not take.
            MessageHandler(filters.TEXT | filters.COMMAND, account.not_understood),
        ]
    )
    app.add_error_handler(on_error)


async def register_commands(app: Application) -> None:
    """Telegram shows these in the command menu."""
    await app.bot.set_my_commands([BotCommand(name, description) for name, description in formatting.COMMANDS])


def build_application(*, token: str | None = None, api_url: str | None = None, polling: bool = True) -> Application:
    """An Application talking to `{api_url}/bot{token}/{method}`; a 429 is retried after retry_after."""
    token = token or settings.TELEGRAM_BOT_TOKEN
    api_url = (api_url or settings.TELEGRAM_API_URL).rstrip("/")
    builder = (
        ApplicationBuilder()
        .token(token)
        .base_url(f"{api_url}/bot")
        .base_file_url(f"{api_url}/file/bot")
        .rate_limiter(AIORateLimiter(max_retries=3))
        .post_init(register_commands)
    )
    if not polling:
        builder = builder.updater(None)
    app = builder.build()
    register_handlers(app)
    return app
