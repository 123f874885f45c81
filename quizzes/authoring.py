"""Reads for staff authoring in the admin: deck summaries and card health.

Every read here is a fixed number of queries whatever the deck's size: counts are aggregated in
the database, per-card figures are correlated subqueries the card list pages through.
"""

from django.db.models import Count, FloatField, IntegerField, OuterRef, Q, QuerySet, Subquery, Sum, Value
from django.db.models.functions import Cast, Coalesce, NullIf

from quizzes.models import Card, CardReport, Deck, Document, ImportDraft, ReviewState


def _scalar(queryset, expression, field) -> Subquery:
    """One aggregate per outer row: grouped on the outer key, so it yields a single value."""
    return Subquery(queryset.values("card").annotate(value=expression).values("value")[:1], output_field=field)


def cards_with_health(cards: QuerySet) -> QuerySet:
    """Cards with their learners' reviews, lapses, lapse rate and open reports, for sorting worst first."""
    states = ReviewState.objects.filter(card=OuterRef("pk"))
    reports = CardReport.objects.filter(card=OuterRef("pk"), resolved_at__isnull=True)
    zero = Value(0)
    return cards.annotate(
        health_reviews=Coalesce(_scalar(states, Sum("reps"), IntegerField()), zero),
        health_lapses=Coalesce(_scalar(states, Sum("lapses"), IntegerField()), zero),
        open_reports=Coalesce(_scalar(reports, Count("pk"), IntegerField()), zero),
    ).annotate(
        health_lapse_rate=Cast("health_lapses", FloatField()) / NullIf(Cast("health_reviews", FloatField()), 0.0)
    )


def decks_with_counts(decks: QuerySet) -> QuerySet:
    live = Card.objects.filter(deck=OuterRef("pk"), retired=False).values("deck").annotate(n=Count("pk")).values("n")
    last = Document.objects.filter(deck=OuterRef("pk")).order_by("-imported_at").values("imported_at")[:1]
    return decks.annotate(
        live_cards=Coalesce(Subquery(live, output_field=IntegerField()), Value(0)), last_import=Subquery(last)
    )


def deck_summary(*, deck: Deck) -> dict:
    """Counts per kind and state, open reports and pending drafts: three queries for any deck size."""
    rows = (
        Card.objects.filter(deck=deck)
        .values("kind")
        .annotate(
            live=Count("pk", filter=Q(retired=False)),
            retired=Count("pk", filter=Q(retired=True)),
            edited=Count("pk", filter=Q(edited_by_staff=True)),
        )
        .order_by("kind")
    )
    labels = dict(Card.Kind.choices)
    kinds = [{**row, "label": labels.get(row["kind"], row["kind"])} for row in rows]
    totals = {name: sum(k[name] for k in kinds) for name in ("live", "retired", "edited")}
    reported = CardReport.objects.filter(card__deck=deck, resolved_at__isnull=True).values("card").distinct().count()
    drafts = list(ImportDraft.objects.filter(deck_slug=deck.slug, status=ImportDraft.Status.PENDING)[:20])
    return {"kinds": kinds, "totals": totals, "reported": reported, "drafts": drafts}
