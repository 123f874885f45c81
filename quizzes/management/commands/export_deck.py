from django.core.management.base import BaseCommand, CommandError

from quizzes.errors import RecallError
from quizzes.exports import FORMATS, deck_export_file
from quizzes.models import Deck
from quizzes.slugs import deck_slug_checked


class Command(BaseCommand):
    help = "Write a deck's cards as JSON, CSV or an Anki package (.apkg)."

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("--format", choices=FORMATS, default="json")
        parser.add_argument("--output", help="file to write (default: standard output; required for apkg)")
        parser.add_argument("--include-retired", action="store_true", help="also retired cards (not for apkg)")

    def handle(self, *args, slug, format, output, include_retired, **options):
        try:
            deck = Deck.objects.filter(slug=deck_slug_checked(slug)).first()
            if deck is None:
                raise CommandError(f"No deck with slug {slug!r}.")
            if format == "apkg" and not output:
                raise CommandError("An .apkg is a zip file: give --output PATH.")
            exported = deck_export_file(deck=deck, format=format, include_retired=include_retired)
        except RecallError as exc:
            raise CommandError(str(exc)) from None
        if output:
            try:
                with open(output, "wb") as file:
                    file.write(exported.content)
            except OSError as exc:
                raise CommandError(f"Cannot write {output}: {exc.strerror}") from None
            self.stderr.write(f"Wrote {exported.cards} cards to {output}.")
        else:
            self.stdout.write(exported.content.decode(), ending="")
