"""The one dispatch point for imports: a file's content and name decide how it becomes a bank.

Markdown goes through generation; Anki packages and tables are read as the notes they already
are. Every kind then goes through the same sync (bank_import), so keys, updates in place,
retirement and conflicts behave alike whatever the source.
"""

from collections.abc import Callable

from django.conf import settings

from quizzes.errors import InvalidInput
from quizzes.generation import Bank
from quizzes.interop.anki_import import apkg_bank
from quizzes.interop.tables import table_bank
from quizzes.services.documents import ImportReport, bank_import, decode_document, document_import
from quizzes.slugs import deck_slug_checked

ZIP_MAGIC = b"PK\x03\x04"
TABLE_SUFFIXES = (".csv", ".tsv")


def source_kind(*, content: bytes, source_name: str) -> str:
    """ "apkg", "table" or "markdown": a zip (or an .apkg name) is a package, whatever else it is called."""
    name = source_name.lower()
    if content.startswith(ZIP_MAGIC) or name.endswith((".apkg", ".colpkg")):
        return "apkg"
    if name.endswith(TABLE_SUFFIXES):
        return "table"
    return "markdown"


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
    """Import a Markdown document, an Anki package or a table into a deck, keeping every learner's progress."""
    kind = source_kind(content=content, source_name=source_name)
    if kind == "markdown":
        return document_import(
            deck_slug=deck_slug,
            content=content,
            source_name=source_name,
            title=title,
            user=user,
            dry_run=dry_run,
            progress=progress,
        )
    say = progress or (lambda message: None)
    slug = deck_slug_checked(deck_slug)
    if kind == "apkg":
        _check_size(content)
        bank = apkg_bank(content, deck=slug)
        text = _as_table(bank)
    else:
        text = decode_document(content)
        bank = table_bank(text, deck=slug, source_name=source_name)
    say(f"Read {len(bank.facts):,} notes and {len(bank.cards):,} cards.")
    return bank_import(
        deck_slug=slug,
        bank=bank,
        content=content,
        text=text,
        source_name=source_name,
        title=title,
        user=user,
        dry_run=dry_run,
        progress=progress,
    )


def _check_size(content: bytes):
    limit = settings.RECALL_MAX_DOCUMENT_BYTES
    if len(content) > limit:
        raise InvalidInput(f"The file is {len(content) / 1e6:.1f} MB; the limit is {limit / 1e6:.0f} MB.")


def _as_table(bank: Bank) -> str:
    """What the deck's Document keeps of a package: its cards as readable lines, not the zip."""
    return "\n".join(f"{card.front}\t{card.back}".replace("\n", " ") for card in bank.cards)
