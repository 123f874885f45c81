"""Importing a document into a deck: the only way generated cards reach the database."""

import hashlib
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from django.conf import settings
from django.db import transaction

from quizzes.errors import InvalidInput
from quizzes.generation import Bank, CardDraft, generate, stored
from quizzes.models import Card, Deck, Document, Note
from quizzes.services.card_reports import card_reports_resolve
from quizzes.services.cards import MANUAL_PREFIX
from quizzes.slugs import deck_slug_checked

CONTENT_FIELDS = ["kind", "section", "front", "back", "choices", "answer", "explanation"]
BATCH = 2000
KEEP_MINE, TAKE_DOCUMENT = "mine", "document"


@dataclass
class ImportReport:
    deck: str
    added: int = 0
    updated: int = 0
    retired: int = 0
    unchanged: int = 0
    notes: int = 0
    conflicts: list[dict] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)
    document_id: int | None = None
    dry_run: bool = False
    verdict: str = ""  # one line when the text yields nothing to ask, instead of a bare "0 added"

    def summary(self) -> str:
        text = (
            f"{self.added} added, {self.updated} updated, {self.retired} retired, {self.unchanged} unchanged, "
            f"{len(self.conflicts)} conflicts, {len(self.skipped)} skipped"
        )
        text = f"{self.verdict} {text}" if self.verdict else text
        return text + (" (dry run: nothing saved)" if self.dry_run else "")

    def as_dict(self) -> dict:
        return asdict(self)


def decode_document(content: bytes) -> str:
    """Bytes from a file or an upload → text, or InvalidInput saying what is wrong with it."""
    limit = settings.RECALL_MAX_DOCUMENT_BYTES
    if len(content) > limit:
        raise InvalidInput(f"The document is {len(content) / 1e6:.1f} MB; the limit is {limit / 1e6:.0f} MB.")
    if b"\x00" in content[:8192]:
        raise InvalidInput("The document is binary, not Markdown text.")
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"The document is not UTF-8 text (bad byte at position {exc.start}).") from None
    if not text.strip():
        raise InvalidInput("The document is empty.")
    return text


def _card_fields(draft: CardDraft) -> dict:
    return {
        "kind": draft.kind,
        "section": draft.section[:500],
        "front": draft.front,
        "back": draft.back,
        "choices": draft.choices,
        "answer": draft.answer,
        "explanation": draft.explanation,
    }


def document_import(
    *,
    deck_slug: str,
    content: bytes,
    source_name: str,
    title: str | None = None,
    user=None,
    dry_run: bool = False,
    progress: Callable[[str], None] | None = None,
    resolutions: dict[str, str] | None = None,
) -> ImportReport:
    """Create or update a deck from a Markdown document: generate its bank, then import the bank.

    `resolutions` (card key → "mine" or "document") settles conflicts staff already decided.
    """
    say = progress or (lambda message: None)
    slug = deck_slug_checked(deck_slug)
    text = decode_document(content)
    say(f"Read {len(content):,} bytes.")
    bank = _stored_bank(slug, content)
    if bank is None:
        bank = generate(text, deck=slug)
        say(f"Generated {len(bank.facts):,} facts and {len(bank.cards):,} cards.")
    else:
        say(f"Unchanged since the last import: reused its {len(bank.facts):,} facts and {len(bank.cards):,} cards.")
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
        resolutions=resolutions,
        generator=stored.generator_version(),
    )


def _stored_bank(slug: str, content: bytes) -> Bank | None:
    """The bank of the deck's latest document when it is this very file and today's generator
    made it; the sync that follows still compares every card with the deck as it is now."""
    latest = Document.objects.filter(deck__slug=slug).only("sha256", "generator").first()
    if latest is None or latest.sha256 != hashlib.sha256(content).hexdigest():
        return None
    if latest.generator != stored.generator_version():
        return None
    data = Document.objects.filter(pk=latest.pk).values_list("bank", flat=True).first()
    return stored.unpack(bytes(data)) if data else None


def bank_import(
    *,
    deck_slug: str,
    bank: Bank,
    content: bytes,
    text: str,
    source_name: str,
    title: str | None = None,
    user=None,
    dry_run: bool = False,
    progress: Callable[[str], None] | None = None,
    resolutions: dict[str, str] | None = None,
    generator: str = "",
) -> ImportReport:
    """Sync a bank (facts + card drafts, from any source) into a deck in one transaction.

    Notes and cards are matched by their stable keys: changed ones are updated in
    place, new ones added, vanished ones retired (never deleted, so review history
    stays). A card staff edited by hand is left alone and reported as a conflict, unless
    `resolutions` (card key → "mine" or "document") already settles it.
    `content` is the source file as uploaded (its hash dedupes versions); `text` what is kept of it.
    `generator` names the generator that made the bank from `text`, which is then kept for reuse.
    """
    say = progress or (lambda message: None)
    slug = deck_slug_checked(deck_slug)
    report = ImportReport(deck=slug, dry_run=dry_run, notes=len(bank.facts), verdict=bank.verdict())
    report.skipped = [{"reason": s.reason, "where": s.where, "excerpt": s.excerpt} for s in bank.skipped]

    with transaction.atomic():
        deck, created = Deck.objects.get_or_create(
            slug=slug, defaults={"title": title or slug.replace("-", " ").title()}
        )
        if title and deck.title != title and not created:
            deck.title = title
            deck.save(update_fields=["title", "updated_at"])
        notes = _sync_notes(deck, bank.facts)
        _sync_cards(deck, bank.cards, notes, report, say, resolutions or {})
        sha = hashlib.sha256(content).hexdigest()
        latest = deck.documents.only("sha256", "generator").first()

        def kept() -> dict:  # packed only when a row takes it: an unchanged re-import stores nothing
            return {"bank": stored.pack(bank), "generator": generator} if generator else {"bank": None, "generator": ""}

        if latest is None or latest.sha256 != sha:
            document = Document.objects.create(
                deck=deck,
                source_name=source_name[:255],
                text=text,
                sha256=sha,
                report=report.as_dict(),
                imported_by=user,
                **kept(),
            )
            report.document_id = document.pk
            # Only the latest version's bank can be reused: the older ones would only take space.
            deck.documents.exclude(pk=document.pk).exclude(bank=None).update(bank=None, generator="")
        elif generator and latest.generator != generator:
            Document.objects.filter(pk=latest.pk).update(**kept())
        if dry_run:
            transaction.set_rollback(True)
    return report


def _sync_notes(deck: Deck, facts) -> dict[str, Note]:
    existing = {n.key: n for n in Note.objects.filter(deck=deck)}
    to_create, to_update = [], []
    for fact in facts:
        values = {
            "section": fact.section_label[:500],
            "extractor": fact.extractor,
            "cue": fact.cue,
            # Compare as stored: JSON turns tuples into lists, which would otherwise never match.
            "fields": json.loads(json.dumps(fact.fields)),
        }
        note = existing.get(fact.key)
        if note is None:
            to_create.append(Note(deck=deck, key=fact.key, **values))
            continue
        changed = note.retired or any(getattr(note, k) != v for k, v in values.items())
        if changed:
            for k, v in values.items():
                setattr(note, k, v)
            note.retired = False
            to_update.append(note)
    Note.objects.bulk_create(to_create, batch_size=BATCH)
    Note.objects.bulk_update(to_update, ["section", "extractor", "cue", "fields", "retired"], batch_size=BATCH)
    live = {f.key for f in facts}
    _retire(Note, [n.pk for key, n in existing.items() if key not in live and not n.retired])
    return {**existing, **{n.key: n for n in to_create}}


def _retire(model, pks: list[int]):
    """Hide from study, keep the row: reviews of it stay in history."""
    for start in range(0, len(pks), BATCH):
        model.objects.filter(pk__in=pks[start : start + BATCH]).update(retired=True)


def conflict_entry(card: Card, draft: CardDraft, digest: str) -> dict:
    """Both versions of a card staff edited whose source changed, enough to settle it either way later."""
    return {
        "key": draft.key,
        "card": card.pk,
        "front": card.front[:120],
        "hash": digest,
        "mine": {name: getattr(card, name) for name in CONTENT_FIELDS},
        "theirs": _card_fields(draft),
    }


def _stale(card: Card, digest: str, note: Note | None) -> bool:
    return card.generated_hash != digest or card.retired or card.note_id != (note and note.pk)


def matched_cards(existing: dict[str, Card], drafts: list[CardDraft]) -> dict[str, Card]:
    """Each draft's card in the deck, by draft key: the card with its key, or else the card its fact
    had under another kind. A fact keeps one card, whose kind may change ("What is X?" becomes a
    multiple choice once the document has terms enough for options): the card that went is the row
    the new one takes over, so learners keep their progress on the fact."""
    live = {d.key for d in drafts}
    vacated: dict[str, list[Card]] = {}
    for key, card in existing.items():
        if key not in live and card.note_id and not key.startswith(MANUAL_PREFIX):
            vacated.setdefault(key.rsplit(":", 1)[0], []).append(card)
    for cards in vacated.values():
        cards.sort(key=lambda c: (c.retired, c.pk))  # a live card first: it has the learners' progress
    matched: dict[str, Card] = {}
    for draft in drafts:
        card = existing.get(draft.key)
        if card is None and (taken := vacated.get(draft.note_key)):
            card = taken.pop(0)
        if card is not None:
            matched[draft.key] = card
    return matched


def _sync_cards(deck, drafts: list[CardDraft], notes: dict[str, Note], report: ImportReport, say, resolutions):
    existing = {c.key: c for c in Card.objects.filter(deck=deck)}
    matched = matched_cards(existing, drafts)
    to_create, to_update, kept, rekeyed = [], [], [], []
    for number, draft in enumerate(drafts, start=1):
        digest = draft.content_hash()
        note = notes.get(draft.note_key)
        card = matched.get(draft.key)
        if card is not None and card.key != draft.key:
            card.key = draft.key  # a staff edit of it stays theirs: the checks below report the conflict
            rekeyed.append(card)
        if card is None:
            to_create.append(Card(deck=deck, note=note, key=draft.key, generated_hash=digest, **_card_fields(draft)))
        elif card.edited_by_staff and card.generated_hash != digest and resolutions.get(card.key) == KEEP_MINE:
            # Staff chose their version: remember the source it answers, so this change stops conflicting.
            card.generated_hash = digest
            kept.append(card)
            report.unchanged += 1
        elif card.edited_by_staff and resolutions.get(card.key) != TAKE_DOCUMENT:
            if card.generated_hash != digest:
                report.conflicts.append(conflict_entry(card, draft, digest))
            else:
                report.unchanged += 1
        elif card.edited_by_staff or _stale(card, digest, note):
            for k, v in _card_fields(draft).items():
                setattr(card, k, v)
            card.note, card.generated_hash, card.retired = note, digest, False
            card.edited_by_staff = False
            to_update.append(card)
        else:
            report.unchanged += 1
        if number % 5000 == 0:
            say(f"Matched {number:,} of {len(drafts):,} cards.")
    Card.objects.bulk_create(to_create, batch_size=BATCH)
    fields = [
        "key",
        "kind",
        "section",
        "front",
        "back",
        "choices",
        "answer",
        "explanation",
        "note",
        "generated_hash",
        "retired",
        "edited_by_staff",
    ]
    updated = {c.pk for c in to_update}
    # A card that took over its fact's row and changed too is saved with `to_update`, key and all.
    Card.objects.bulk_update([c for c in rekeyed if c.pk not in updated], ["key"], batch_size=BATCH)
    Card.objects.bulk_update(to_update, fields, batch_size=BATCH)
    Card.objects.bulk_update(kept, ["generated_hash"], batch_size=BATCH)
    report.added, report.updated = len(to_create), len(to_update)
    taken = {c.pk for c in matched.values()}
    stale = [
        c.pk for key, c in existing.items() if c.pk not in taken and not c.retired and not key.startswith(MANUAL_PREFIX)
    ]
    _retire(Card, stale)
    report.retired = len(stale)
    # A card the document changed or dropped was fixed or retired: learners' reports of it are answered.
    card_reports_resolve(card_ids=[c.pk for c in to_update if c.pk] + stale)
    say(f"Cards: {report.summary()}.")
