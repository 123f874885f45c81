"""The one dispatch point for imports: a file's content and name decide how it becomes a bank."""

from collections.abc import Callable

from quizzes.services.documents import ImportReport, document_import


def content_import(
    *,
    deck_slug: str,
    content: bytes,
    source_name: str,
    title: str | None = None,
    user=None,
    dry_run: bool = False,
    progress: Callable[[str], None] | None = None,
) -> ImportReport:
    """Import any supported file into a deck: Markdown today's way, keeping every learner's progress."""
    return document_import(
        deck_slug=deck_slug,
        content=content,
        source_name=source_name,
        title=title,
        user=user,
        dry_run=dry_run,
        progress=progress,
    )
