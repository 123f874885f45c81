"""Cards authored or corrected by staff, by hand."""

import uuid

from django.db import transaction

from quizzes.errors import Conflict
from quizzes.models import Card, Deck, ReviewLog
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


def _reviews_of(cards) -> int:
    return ReviewLog.objects.filter(card__in=cards).count()


def card_delete(*, card: Card) -> None:
    """Delete a card nobody has reviewed. Review history is append-only evidence of what each
    learner did, so a reviewed card is refused (409): retire it instead, which hides it from study."""
    reviews = _reviews_of([card])
    if reviews:
        raise Conflict(
            f"The card has {reviews} review(s) by learners and review history is never deleted: "
            'retire it instead (PATCH {"retired": true}).'
        )
    card.delete()


def deck_delete(*, deck: Deck) -> None:
    """Delete a deck none of whose cards has been reviewed; otherwise refuse, as card_delete does."""
    reviews = _reviews_of(Card.objects.filter(deck=deck))
    if reviews:
        raise Conflict(
            f"The deck's cards have {reviews} review(s) by learners and review history is never deleted: "
            'unpublish it instead (PATCH {"published": false}).'
        )
    deck.delete()


def card_delete_or_retire(*, card: Card) -> str:
    """For the admin's delete: a reviewed card is retired (history kept), any other deleted."""
    if _reviews_of([card]):
        if not card.retired:
            card.retired = True
            card.save(update_fields=["retired", "updated_at"])
            card_reports_resolve(card_ids=[card.pk])
        return "retired"
    card.delete()
    return "deleted"


def deck_delete_or_retire(*, deck: Deck) -> str:
    """For the admin's delete: a deck with reviewed cards is unpublished and its cards retired."""
    with transaction.atomic():
        if _reviews_of(Card.objects.filter(deck=deck)):
            Deck.objects.filter(pk=deck.pk).update(published=False)
            Card.objects.filter(deck=deck, retired=False).update(retired=True)
            return "retired"
        deck.delete()
        return "deleted"
