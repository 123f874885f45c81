import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from quizzes.models import Deck

SEED = Path(settings.BASE_DIR) / "fixtures" / "virtualization.md"
SEED_SLUG = "virtualization"


class Command(BaseCommand):
    help = "First-run setup for `make run`: import the seed deck and create a demo admin, once each."

    def handle(self, *args, **options):
        self._seed_deck()
        self._demo_admin()
        if settings.TELEGRAM_BOT_TOKEN:
            self.stdout.write("Telegram bot: on (TELEGRAM_BOT_TOKEN is set).")
        else:
            self.stdout.write(
                "Telegram bot: off. Put TELEGRAM_BOT_TOKEN=<token from @BotFather> in .env and `make run` again."
            )
        self.stdout.write("Admin: http://127.0.0.1:8000/admin/   API docs: http://127.0.0.1:8000/api/v1/docs/")

    def _seed_deck(self):
        if Deck.objects.filter(slug=SEED_SLUG).exists():
            return
        from quizzes.services.documents import document_import

        report = document_import(
            deck_slug=SEED_SLUG, title="Virtualization", source_name=SEED.name, content=SEED.read_bytes()
        )
        self.stdout.write(f"Imported the seed deck: {report.summary()}")

    def _demo_admin(self):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser("admin", "admin@localhost", password)
        self.stdout.write(self.style.SUCCESS(f"Created the demo admin: username admin, password {password}"))
