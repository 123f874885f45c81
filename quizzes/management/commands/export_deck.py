import csv
import io
import json

from django.core.management.base import BaseCommand, CommandError

from quizzes.models import Deck
from quizzes.selectors import deck_export

CSV_COLUMNS = ["key", "kind", "front", "back", "choices", "answer", "section", "note"]


class Command(BaseCommand):
    help = "Write a deck's cards as JSON or CSV."

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("--format", choices=["json", "csv"], default="json")
        parser.add_argument("--output", help="file to write (default: standard output)")
        parser.add_argument("--include-retired", action="store_true")

    def handle(self, *args, slug, format, output, include_retired, **options):
        deck = Deck.objects.filter(slug=slug).first()
        if deck is None:
            raise CommandError(f"No deck with slug {slug!r}.")
        data = deck_export(deck=deck, include_retired=include_retired)
        for card in data["cards"]:
            if not include_retired:
                card.pop("retired")
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n" if format == "json" else self._csv(data)
        if output:
            try:
                with open(output, "w", encoding="utf-8") as file:
                    file.write(text)
            except OSError as exc:
                raise CommandError(f"Cannot write {output}: {exc.strerror}") from None
            self.stderr.write(f"Wrote {len(data['cards'])} cards to {output}.")
        else:
            self.stdout.write(text, ending="")

    def _csv(self, data):
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for card in data["cards"]:
            writer.writerow({**card, "choices": json.dumps(card["choices"], ensure_ascii=False)})
        return buffer.getvalue()
