import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from quizzes.generation import Bank, generate
from quizzes.services.documents import _card_fields

FIXTURES = Path(settings.BASE_DIR) / "fixtures"
SEED = FIXTURES / "virtualization.md"
OUTPUT = FIXTURES / "virtualization.json"
# Fixed so the file only changes when the generated bank does.
STAMP = "2026-01-01T00:00:00Z"


def bank_fixture(bank: Bank, *, slug: str, title: str) -> list[dict]:
    """The bank as a `loaddata` fixture: one deck, its notes and cards, with stable pks."""
    rows = [
        {
            "model": "quizzes.deck",
            "pk": 1,
            "fields": {"slug": slug, "title": title, "published": True, "created_at": STAMP, "updated_at": STAMP},
        }
    ]
    note_pks = {}
    for pk, fact in enumerate(bank.facts, start=1):
        note_pks[fact.key] = pk
        fields = {
            "deck": 1,
            "key": fact.key,
            "section": fact.section_label,
            "extractor": fact.extractor,
            "cue": fact.cue,
            "fields": fact.fields,
            "created_at": STAMP,
            "updated_at": STAMP,
        }
        rows.append({"model": "quizzes.note", "pk": pk, "fields": fields})
    for pk, card in enumerate(bank.cards, start=1):
        fields = {
            "deck": 1,
            "note": note_pks.get(card.note_key),
            "key": card.key,
            **_card_fields(card),
            "generated_hash": card.content_hash(),
            "created_at": STAMP,
            "updated_at": STAMP,
        }
        rows.append({"model": "quizzes.card", "pk": pk, "fields": fields})
    return rows


def seed_fixture_text() -> str:
    bank = generate(SEED.read_text(encoding="utf-8"), deck="virtualization")
    return json.dumps(bank_fixture(bank, slug="virtualization", title="Virtualization"), ensure_ascii=False, indent=1)


class Command(BaseCommand):
    help = "Regenerate fixtures/virtualization.json (the seed bank) from fixtures/virtualization.md."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="exit 1 if the file is out of date")

    def handle(self, *args, check, **options):
        text = seed_fixture_text() + "\n"
        if check:
            if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
                raise CommandError(f"{OUTPUT.name} is out of date: run `python manage.py seed_fixture`.")
            self.stdout.write(f"{OUTPUT.name} is up to date.")
            return
        OUTPUT.write_text(text, encoding="utf-8")
        self.stdout.write(f"Wrote {OUTPUT.name}.")
