from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from quizzes.errors import RecallError
from quizzes.services.imports import content_import


class Command(BaseCommand):
    help = (
        "Create or update a deck from a Markdown document, an Anki package (.apkg) or a table (.csv/.tsv: "
        "front, back, optional tags), keeping every learner's progress."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="the Markdown, .apkg, .csv or .tsv file")
        parser.add_argument("--deck", required=True, help="the deck's slug (created if new)")
        parser.add_argument("--title", help="the deck's title (default: from the slug)")
        parser.add_argument("--dry-run", action="store_true", help="report what would change, save nothing")

    def handle(self, *args, path, deck, title, dry_run, **options):
        file = Path(path)
        if not file.exists():
            raise CommandError(f"No such file: {path}")
        if not file.is_file():
            raise CommandError(f"Not a file: {path}")
        try:
            content = file.read_bytes()
            report = content_import(
                deck_slug=deck,
                content=content,
                source_name=file.name,
                title=title,
                dry_run=dry_run,
                progress=self._progress if len(content) > 200_000 else None,
            )
        except (RecallError, OSError) as exc:
            raise CommandError(f"{path}: {exc}") from None
        self._print_report(report)

    def _progress(self, message):
        self.stderr.write(message)

    def _print_report(self, report):
        self.stdout.write(f"Deck {report.deck}: {report.summary()}")
        for conflict in report.conflicts:
            self.stdout.write(f"  conflict: card {conflict['card']} was edited by staff; kept: {conflict['front']}")
        for skip in report.skipped:
            self.stdout.write(f"  skipped ({skip['reason']}) in {skip['where']}: {skip['excerpt']}")
