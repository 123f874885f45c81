"""Learners flag bad cards; staff fixing or retiring a card closes its reports."""

from django.db import transaction
from django.utils import timezone

from quizzes.errors import InvalidInput
from quizzes.models import CardReport, Learner
from quizzes.services.reviews import study_state

MAX_NOTE = 1000


def card_report(*, learner: Learner, card_id, reason: str, note: str = "") -> tuple[CardReport, bool]:
    """Record (or refine) a learner's open report of a card they can study; True when it is new.

    One open report per learner and card: tapping Report twice, or adding a note later, updates it.
    """
    if reason not in CardReport.Reason.values:
        raise InvalidInput(f"reason must be one of: {', '.join(CardReport.Reason.values)}.")
    note = (note or "").strip()
    if len(note) > MAX_NOTE:
        raise InvalidInput(f"note is {len(note)} characters; at most {MAX_NOTE}.")
    card, _ = study_state(learner=learner, card_id=card_id)
    with transaction.atomic():
        report = (
            CardReport.objects.select_for_update().filter(card=card, learner=learner, resolved_at__isnull=True).first()
        )
        if report is None:
            return CardReport.objects.create(card=card, learner=learner, reason=reason, note=note), True
        report.reason = reason
        report.note = note or report.note
        report.save(update_fields=["reason", "note"])
        return report, False


def card_reports_resolve(*, card_ids) -> int:
    """Close the open reports of these cards (they were fixed or retired); how many were closed."""
    return CardReport.objects.filter(card_id__in=card_ids, resolved_at__isnull=True).update(resolved_at=timezone.now())
