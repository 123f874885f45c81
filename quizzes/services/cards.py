"""Cards authored or corrected by staff, by hand."""

import uuid

from quizzes.models import Card, Deck
from quizzes.services.card_reports import card_reports_resolve

MANUAL_PREFIX = "manual-"


def new_manual_key() -> str:
    # Never derived from content: an import must not mistake a hand-written card for a generated one.
    return f"{MANUAL_PREFIX}{uuid.uuid4().hex}"


def card_create(*, deck: Deck, **fields) -> Card:
    return Card.objects.create(deck=deck, key=new_manual_key(), edited_by_staff=True, **fields)


def card_update(*, card: Card, **fields) -> Card:
    """Apply a correction and mark the card, so the next import reports a conflict instead of undoing it."""
    for name, value in fields.items():
        setattr(card, name, value)
    card.edited_by_staff = True
    card.save()
    card_reports_resolve(card_ids=[card.pk])  # a correction answers the learners who reported the card
    return card
