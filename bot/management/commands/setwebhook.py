import asyncio

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import URLValidator
from telegram import Update
from telegram.error import TelegramError

from bot.application import build_application, register_commands


class Command(BaseCommand):
    help = "Register https://<host>/telegram/webhook/ with Telegram (and the bot's command menu)."

    def add_arguments(self, parser):
        parser.add_argument("url", help="public HTTPS URL of /telegram/webhook/")
        parser.add_argument("--delete", action="store_true", help="remove the webhook (go back to polling)")

    def handle(self, *args, url, delete, **options):
        if not settings.TELEGRAM_BOT_TOKEN:
            raise CommandError("TELEGRAM_BOT_TOKEN is not set.")
        if not delete:
            try:
                URLValidator(schemes=["https"])(url)
            except ValidationError:
                raise CommandError(f"Not an https URL: {url}") from None
            if not settings.TELEGRAM_WEBHOOK_SECRET:
                raise CommandError("Set TELEGRAM_WEBHOOK_SECRET first: the webhook rejects requests without it.")
        try:
            asyncio.run(self._apply(url, delete))
        except TelegramError as exc:
            raise CommandError(f"Telegram refused: {exc.message}") from None
        self.stdout.write("Webhook removed." if delete else f"Webhook set to {url}.")

    async def _apply(self, url, delete):
        app = build_application(polling=False)
        async with app:
            if delete:
                await app.bot.delete_webhook()
                return
            await app.bot.set_webhook(
                url, secret_token=settings.TELEGRAM_WEBHOOK_SECRET, allowed_updates=Update.ALL_TYPES
            )
            await register_commands(app)
