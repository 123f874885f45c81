from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from quizzes.errors import RecallError
from quizzes.services.import_drafts import import_draft_create
from quizzes.services.imports import content_import, source_kind


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
        parser.add_argument(
            "--draft", action="store_true", help="store it for review in the admin instead of publishing it"
        )

    def handle(self, *args, path, deck, title, dry_run, draft=False, **options):
        file = Path(path)
        if not file.exists():
            raise CommandError(f"No such file: {path}")
        if not file.is_file():
            raise CommandError(f"Not a file: {path}")
        if draft and dry_run:
            raise CommandError("Choose --draft or --dry-run, not both.")
        try:
            content = file.read_bytes()
            if draft:
                if source_kind(content=content, source_name=file.name) != "markdown":
                    raise CommandError(f"{path}: drafts are for Markdown documents; import this file without --draft.")
                self._print_draft(
                    import_draft_create(deck_slug=deck, content=content, source_name=file.name, title=title)
                )
                return
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

    def _print_draft(self, draft):
        preview = draft.preview
        counts = ", ".join(f"{preview[name]['total']} {name}" for name in ("added", "updated", "retired", "conflicts"))
        self.stdout.write(
            f"Draft {draft.pk} for deck {draft.deck_slug}: {counts}, {preview['unchanged']} unchanged. "
            "Nothing is published until it is reviewed and published in the admin."
        )

    def _progress(self, message):
        self.stderr.write(message)

    def _print_report(self, report):
        self.stdout.write(f"Deck {report.deck}: {report.summary()}")
        for conflict in report.conflicts:
            self.stdout.write(f"  conflict: card {conflict['card']} was edited by staff; kept: {conflict['front']}")
        for skip in report.skipped:
            self.stdout.write(f"  skipped ({skip['reason']}) in {skip['where']}: {skip['excerpt']}")
