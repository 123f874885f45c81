"""Daily reminders: when each learner's is due, the sweep that finds them, and sending one exactly once."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from bot import delivery, formatting, keyboards
from quizzes import clock
from quizzes.models import Delivery, Learner
from quizzes.selectors import (
    decks_with_unseen_cards,
    due_counts_by_deck,
    next_due_at,
    reminded_on_local_day,
    reminder_candidates,
)
from quizzes.services.learners import reminder_schedule
from quizzes.study_queue import due_queue


def reminder_sweep(
    *,
    enqueue: Callable[[list[int]], None],
    now: datetime | None = None,
    ignore_schedule: bool = False,
    batch_size: int = 500,
) -> int:
    """Find every learner due a reminder and enqueue their deliveries in batches; return how many.

    ignore_schedule skips the reminder-time check (after an outage, say); once a local day still holds.
    """
    now = now or timezone.now()
    queued = 0
    for batch in reminder_candidates(now=now, ignore_schedule=ignore_schedule, batch_size=batch_size):
        if ignore_schedule:
            done = reminded_on_local_day(learners=batch, now=now)
            batch = [(pk, zone) for pk, zone in batch if pk not in done]
        ids = [pk for pk, _zone in batch]
        if ids:
            enqueue(ids)
            queued += len(ids)
    return queued


@dataclass
class ReminderCounts:
    due: list[tuple[str, int]]  # (deck title, cards due), most first
    new: int = 0  # new cards the study queue would show today
    new_decks: list[str] = field(default_factory=list)  # where those new cards are

    @property
    def total(self) -> int:
        return sum(n for _title, n in self.due) + self.new


def reminder_counts(*, learner: Learner, now: datetime) -> ReminderCounts:
    """What today's reminder says: due cards per deck and the new cards waiting, over the decks the
    learner studies. The new cards are what the study queue offers, so the two never disagree."""
    counts = ReminderCounts(due=due_counts_by_deck(learner=learner, now=now))
    if learner.new_cards_per_day:
        counts.new = due_queue(learner=learner, limit=1, now=now).new_available
        if counts.new:
            counts.new_decks = decks_with_unseen_cards(learner=learner)
    return counts


def _remind_when_something_is_due(*, learner: Learner, today, now: datetime) -> None:
    """The sweep picked a learner who has nothing to study after all (today's new cards are done,
    say): look again when their next card falls due later today, never before their reminder time,
    else at tomorrow's reminder time; not at every sweep until midnight."""
    todays = clock.reminder_instant(learner.timezone, today, learner.reminder_time)
    reminder_schedule(learner=learner, from_day=today + timedelta(days=1))
    next_due = next_due_at(learner=learner, now=now)
    if next_due is None:
        return
    again = max(next_due, todays)
    if again < learner.next_reminder_at and clock.local_today(learner.timezone, again) == today:
        learner.next_reminder_at = again
        Learner.objects.filter(pk=learner.pk).update(next_reminder_at=again)


def reminder_deliver(*, learner_id: int, now: datetime | None = None, send=None) -> str:
    """Send one learner today's reminder, at most once per local day (at least once if a worker dies).

    Three steps, each its own transaction, so no database transaction stays open during a send
    that may take seconds: claim the day's Delivery (committed), send, then mark it sent. A
    duplicated or redelivered task finds the claim and leaves it alone while it is fresh; a claim
    older than REMINDER_CLAIM_TIMEOUT that never reached "sent" belonged to a worker that died
    mid-send, and is sent again (Telegram may have had it: at least once beats never).
    """
    send = delivery.send_message if send is None else send
    now = now or timezone.now()
    claim = _claim(learner_id=learner_id, now=now)
    if isinstance(claim, str):
        return claim
    record, chat_id, counts = claim
    try:
        send(chat_id, formatting.reminder(counts), reply_markup=keyboards.study_button().to_dict())
    except delivery.ChatUnreachable as exc:
        return _settle(record=record, status=Delivery.Status.BLOCKED, error=str(exc)[:500])
    except delivery.DeliveryError as exc:
        # Left due: the next sweep (5 minutes on) tries again; nothing is lost.
        return _settle(record=record, status=Delivery.Status.FAILED, error=str(exc)[:500])
    return _settle(record=record, status=Delivery.Status.SENT)


def _claim(*, learner_id: int, now: datetime):
    """The claimed Delivery with what to send, or why there is nothing to send."""
    with transaction.atomic():
        # The learner's row lock serialises claims of the same learner across workers.
        learner = Learner.objects.select_for_update().filter(pk=learner_id).first()
        if learner is None or not learner.reminders_enabled or learner.telegram_chat_id is None:
            return "skipped"
        today = clock.local_today(learner.timezone, now)
        record = Delivery.objects.filter(learner=learner, local_date=today).first()
        if record is not None and record.status in Delivery.FINAL:
            reminder_schedule(learner=learner, from_day=today + timedelta(days=1))
            return "already sent"
        if record is not None and record.status == Delivery.Status.PENDING and not _stale(record, now):
            return "in flight"
        counts = reminder_counts(learner=learner, now=now)
        if not counts.due and not counts.new:
            _remind_when_something_is_due(learner=learner, today=today, now=now)
            return "nothing due"
        record = record or Delivery(learner=learner, local_date=today)
        record.status, record.claimed_at, record.error = Delivery.Status.PENDING, now, ""
        record.due_count = counts.total
        record.attempts += 1
        record.save()
        return record, learner.telegram_chat_id, counts


def _stale(record: Delivery, now: datetime) -> bool:
    timeout = timedelta(seconds=settings.REMINDER_CLAIM_TIMEOUT)
    return record.claimed_at is None or record.claimed_at <= now - timeout


def _settle(*, record: Delivery, status: str, error: str = "") -> str:
    with transaction.atomic():
        learner = Learner.objects.select_for_update().filter(pk=record.learner_id).first()
        if learner is None:  # deleted while we were sending; the Delivery went with them
            return "skipped"
        current = Delivery.objects.filter(pk=record.pk).values_list("status", flat=True).first()
        if current in Delivery.FINAL and status == Delivery.Status.FAILED:
            return current  # another worker took over our stale claim and finished it
        record.status, record.error = status, error
        if status == Delivery.Status.SENT:
            record.sent_at = timezone.now()
        record.save(update_fields=["status", "error", "sent_at"])
        if status == Delivery.Status.BLOCKED:
            learner.reminders_enabled = False
            learner.save(update_fields=["reminders_enabled"])
        if status in Delivery.FINAL:
            reminder_schedule(learner=learner, from_day=record.local_date + timedelta(days=1))
    return status
