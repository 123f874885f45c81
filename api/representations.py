"""Hot responses built as plain dicts. The serializers beside them stay as the documented schema
(drf-spectacular reads them, schemathesis checks responses against it); building these by hand
saves the per-field machinery on the three busiest endpoints (see BENCHMARKS.md)."""

from rest_framework.fields import DateTimeField

from quizzes import scheduling

_datetime = DateTimeField().to_representation


def due_queue_data(queue) -> dict:
    results = []
    for item in queue.items:
        card = item.card
        auto = card.is_auto_graded
        results.append(
            {
                "id": card.pk,
                "kind": card.kind,
                "section": card.section,
                "front": card.front,
                "back": None if auto else card.back,
                "choices": item.choices,
                "state": item.state_name,
                "due": _datetime(item.due) if item.due else None,
            }
        )
    return {"due_count": queue.due_count, "new_available": queue.new_available, "results": results}


def review_data(log) -> dict:
    interval = log.due_after - log.reviewed_at
    card = log.card
    return {
        "id": log.pk,
        "card": log.card_id,
        "rating": scheduling.RATING_NAMES[log.rating],
        "correct": log.correct,
        "answer": log.answer,
        "source": log.source,
        "state": scheduling.STATE_NAMES[log.state_after],
        "next_due": _datetime(log.due_after),
        "interval": scheduling.format_interval(interval),
        "interval_seconds": round(interval.total_seconds()),
        "reviewed_at": _datetime(log.reviewed_at),
        # So a client can show the right answer after a wrong one (quiz answers have these too).
        "correct_answer": card.answer_text,
        "explanation": card.explanation,
    }
