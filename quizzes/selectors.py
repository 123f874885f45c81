"""Reads that are more than a get(): exports, queues, statistics."""

from quizzes.models import Card, Deck


def deck_export(*, deck: Deck, include_retired: bool = False) -> dict:
    cards = Card.objects.filter(deck=deck).select_related("note").order_by("id")
    if not include_retired:
        cards = cards.filter(retired=False)
    return {
        "deck": {
            "slug": deck.slug,
            "title": deck.title,
            "description": deck.description,
            "published": deck.published,
            "desired_retention": deck.desired_retention,
        },
        "cards": [
            {
                "key": card.key,
                "kind": card.kind,
                "front": card.front,
                "back": card.back,
                "choices": card.choices if card.is_auto_graded else [],
                "answer": card.answer if card.is_auto_graded else card.back,
                "section": card.section,
                "note": card.note.key if card.note else None,
                "retired": card.retired,
            }
            for card in cards
        ],
    }
