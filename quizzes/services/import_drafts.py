"""Upload as a draft, review what would change, then publish: the admin's way to import.

A draft stores the document and a preview computed against the deck as it is; no card is touched
until `import_draft_publish` runs the real import, which matches cards afresh (the deck may have
changed since the preview) and applies how staff settled each conflict.
"""

import hashlib
from collections.abc import Callable

from django.db import transaction
from django.utils import timezone

from quizzes.errors import Conflict, InvalidInput, NotFound
from quizzes.generation import Bank, generate
from quizzes.models import Card, Deck, ImportDraft
from quizzes.services.card_reports import card_reports_resolve
from quizzes.services.cards import MANUAL_PREFIX
from quizzes.services.documents import (
    CONTENT_FIELDS,
    KEEP_MINE,
    TAKE_DOCUMENT,
    ImportReport,
    _card_fields,
    conflict_entry,
    decode_document,
    document_import,
    matched_cards,
)
from quizzes.slugs import deck_slug_checked

# Each list in a preview names at most this many cards; the totals always count all of them.
PREVIEW_LIMIT = 500


def import_draft_create(
    *,
    deck_slug: str,
    content: bytes,
    source_name: str,
    title: str | None = None,
    user=None,
    progress: Callable[[str], None] | None = None,
):
    """Store an uploaded document with a preview of every change it would make; change nothing else."""
    say = progress or (lambda message: None)
    slug = deck_slug_checked(deck_slug)
    text = decode_document(content)
    say(f"Read {len(content):,} bytes.")
    bank = generate(text, deck=slug)
    say(f"Generated {len(bank.facts):,} facts and {len(bank.cards):,} cards; comparing them with the deck.")
    preview = bank_preview(deck_slug=slug, bank=bank)
    preview["sha256"] = hashlib.sha256(text.encode()).hexdigest()
    return ImportDraft.objects.create(
        deck_slug=slug,
        title=title or "",
        source_name=source_name[:255],
        text=text,
        preview=preview,
        created_by=user,
    )


def _listing(items: list) -> dict:
    return {"total": len(items), "items": items[:PREVIEW_LIMIT]}


def bank_preview(*, deck_slug: str, bank: Bank) -> dict:
    """What syncing a bank (from any source) into the deck would add, update (before and after), retire and keep."""
    deck = Deck.objects.filter(slug=deck_slug).first()
    existing = {c.key: c for c in Card.objects.filter(deck=deck)} if deck else {}
    matched = matched_cards(existing, bank.cards)
    added, updated, conflicts, unchanged = [], [], [], 0
    for draft in bank.cards:
        digest, card = draft.content_hash(), matched.get(draft.key)
        after = _card_fields(draft)
        if card is None:
            added.append(after)
        elif card.edited_by_staff and card.generated_hash != digest:
            conflicts.append(conflict_entry(card, draft, digest))
        elif not card.edited_by_staff and (card.generated_hash != digest or card.retired):
            before = {name: getattr(card, name) for name in CONTENT_FIELDS}
            changed = [name for name in CONTENT_FIELDS if before[name] != after[name]] or ["retired"]
            updated.append({"card": card.pk, "key": draft.key, "before": before, "after": after, "changed": changed})
        else:
            unchanged += 1
    taken = {c.pk for c in matched.values()}
    retired = [
        {"card": c.pk, "key": key, "kind": c.kind, "front": c.front}
        for key, c in existing.items()
        if c.pk not in taken and not c.retired and not key.startswith(MANUAL_PREFIX)
    ]
    skipped = [{"reason": s.reason, "where": s.where, "excerpt": s.excerpt} for s in bank.skipped]
    return {
        "deck_exists": deck is not None,
        "cards": len(bank.cards),
        "notes": len(bank.facts),
        "limit": PREVIEW_LIMIT,
        "added": _listing(added),
        "updated": _listing(updated),
        "retired": _listing(retired),
        "unchanged": unchanged,
        "conflicts": _listing(conflicts),
        "skipped": _listing(skipped),
    }


def _pending(draft_id: int) -> ImportDraft:
    draft = ImportDraft.objects.select_for_update().filter(pk=draft_id).first()
    if draft is None:
        raise NotFound(f"No import draft {draft_id}.")
    if draft.status != ImportDraft.Status.PENDING:
        raise Conflict(f"This import was already {draft.get_status_display().lower()}.")
    return draft


def import_draft_publish(*, draft_id: int, user=None) -> ImportReport:
    """Run the real import of a pending draft, applying the conflict resolutions chosen so far."""
    with transaction.atomic():
        draft = _pending(draft_id)
        report = document_import(
            deck_slug=draft.deck_slug,
            content=draft.text.encode(),
            source_name=draft.source_name,
            title=draft.title or None,
            user=user or draft.created_by,
            resolutions=draft.resolutions,
        )
        taken = [key for key, take in draft.resolutions.items() if take == TAKE_DOCUMENT]
        if taken:
            # Taking the document's version is a fix: the reports about the old text are answered.
            card_reports_resolve(card_ids=Card.objects.filter(deck__slug=draft.deck_slug, key__in=taken).values("pk"))
        draft.status, draft.published_at = ImportDraft.Status.PUBLISHED, timezone.now()
        draft.report = report.as_dict()
        draft.save(update_fields=["status", "published_at", "report"])
    return report


def import_draft_discard(*, draft_id: int) -> None:
    with transaction.atomic():
        draft = _pending(draft_id)
        draft.status = ImportDraft.Status.DISCARDED
        draft.save(update_fields=["status"])


def import_conflict_resolve(*, draft_id: int, key: str, take: str) -> ImportDraft:
    """Settle one conflict: before publishing, remember the choice; after, apply it to the card now."""
    if take not in (KEEP_MINE, TAKE_DOCUMENT):
        raise InvalidInput(f"take must be {KEEP_MINE!r} or {TAKE_DOCUMENT!r}.")
    with transaction.atomic():
        draft = ImportDraft.objects.select_for_update().filter(pk=draft_id).first()
        if draft is None:
            raise NotFound(f"No import draft {draft_id}.")
        if draft.status == ImportDraft.Status.DISCARDED:
            raise Conflict("This import was discarded.")
        published = draft.status == ImportDraft.Status.PUBLISHED
        conflicts = draft.report.get("conflicts", []) if published else draft.preview["conflicts"]["items"]
        entry = next((c for c in conflicts if c["key"] == key), None)
        if entry is None:
            raise NotFound(f"No conflict about card {key!r} in this import.")
        if published:
            _apply_resolution(entry, take)
            entry["resolved"] = take
            draft.save(update_fields=["report"])
        else:
            draft.resolutions[key] = take
            draft.save(update_fields=["resolutions"])
    return draft


def _apply_resolution(entry: dict, take: str) -> None:
    card = Card.objects.select_for_update().filter(pk=entry["card"]).first()
    if card is None:
        raise NotFound(f"Card {entry['card']} no longer exists.")
    if take == TAKE_DOCUMENT:
        for name, value in entry["theirs"].items():
            setattr(card, name, value)
        card.edited_by_staff = False
        card_reports_resolve(card_ids=[card.pk])
    card.generated_hash = entry["hash"]
    card.save()
