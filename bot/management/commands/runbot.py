import logging

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from telegram import Update

from bot.application import build_application


class Command(BaseCommand):
    help = "Run the Telegram bot with long polling (one process; for a webhook, see setwebhook)."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="exit 0 if a bot token is configured, else 1")

    def handle(self, *args, check, **options):
        if not settings.TELEGRAM_BOT_TOKEN:
            raise CommandError("TELEGRAM_BOT_TOKEN is not set: the bot is off. Put it in .env to turn it on.")
        if check:
            self.stdout.write("Telegram bot token is configured.")
            return
        logging.getLogger("httpx").setLevel(logging.WARNING)
        self.stdout.write(f"Polling {settings.TELEGRAM_API_URL} for updates; Ctrl-C stops.")
        app = build_application()
        # A webhook left from an earlier deployment would make getUpdates fail.
        app.run_polling(allowed_updates=Update.ALL_TYPES, drop_pending_updates=False)
