from datetime import UTC, datetime, time, timedelta

import pytest
from django.db import connection

from bot import delivery
from quizzes import clock
from quizzes.models import Delivery, Learner, ReviewState
from quizzes.selectors import due_counts_by_deck, reminder_candidates
from quizzes.services import learners as learner_services
from quizzes.services.learners import learner_update_settings, reminder_schedule
from quizzes.services.reminders import reminder_deliver, reminder_sweep
from quizzes.services.reviews import review_record
from quizzes.stats import learner_stats
from quizzes.study_queue import due_queue
from tests.factories import (
    CardFactory,
    DeckFactory,
    LearnerFactory,
    NoteFactory,
    ReviewStateFactory,
    SubscriptionFactory,
)

pytestmark = pytest.mark.django_db

WINTER = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)


def _learner(*, chat=1, zone="UTC", at=time(9, 0), due=True, now=WINTER, deck=None, **extra):
    extra.setdefault("new_cards_per_day", 0)  # reminders of due cards; those of new cards are tested below
    learner = LearnerFactory(telegram_chat_id=chat, timezone=zone, reminder_time=at, **extra)
    reminder_schedule(learner=learner, now=now)
    card = CardFactory(deck=deck or DeckFactory(title="Virtualization"))
    ReviewStateFactory(
        learner=learner, card=card, stability=2.0, due=now - timedelta(hours=1) if due else now + timedelta(days=3)
    )
    return learner


def _selected(now, **kwargs):
    return {pk for batch in reminder_candidates(now=now, **kwargs) for pk, _zone in batch}


class Sent(list):
    def __call__(self, chat_id, text, reply_markup=None):
        self.append((chat_id, text, reply_markup))
        return {"message_id": len(self)}


@pytest.mark.parametrize(
    ("zone", "day", "expected_utc"),
    [
        ("Europe/Berlin", "2026-01-15", "08:00"),  # CET, UTC+1
        ("Europe/Berlin", "2026-03-28", "08:00"),  # the day before summer time
        ("Europe/Berlin", "2026-03-29", "07:00"),  # CEST from 02:00 that night
        ("America/New_York", "2026-11-01", "14:00"),  # back to EST that morning
        ("Asia/Tokyo", "2026-06-01", "00:00"),
    ],
)
def test_reminder_instant_follows_the_zone_and_dst(zone, day, expected_utc):
    instant = clock.reminder_instant(zone, datetime.fromisoformat(day).date(), time(9, 0))
    assert instant.strftime("%H:%M") == expected_utc and instant.tzinfo == UTC


def test_sweep_selects_learners_whose_local_reminder_time_has_passed():
    tokyo = _learner(chat=1, zone="Asia/Tokyo")  # 09:00 JST = 00:00 UTC: passed
    berlin = _learner(chat=2, zone="Europe/Berlin", at=time(14, 0))  # 13:00 UTC: not yet at 12:00 UTC
    new_york = _learner(chat=3, zone="America/New_York", at=time(6, 30))  # 11:30 UTC: passed
    assert _selected(WINTER) == {tokyo.pk, new_york.pk}
    assert berlin.pk in _selected(WINTER + timedelta(hours=1, minutes=1))


def test_dst_change_moves_the_utc_instant():
    saturday = datetime(2026, 3, 28, 7, 5, tzinfo=UTC)
    sunday = datetime(2026, 3, 29, 7, 5, tzinfo=UTC)
    learner = _learner(zone="Europe/Berlin", now=saturday)
    assert learner.pk not in _selected(saturday)  # 09:00 CET is 08:00 UTC
    reminder_schedule(learner=learner, now=sunday)
    assert learner.pk in _selected(sunday)  # 09:00 CEST is 07:00 UTC


@pytest.mark.parametrize(
    "extra",
    [{"reminders_enabled": False}, {"chat": None}, {"due": False}],
    ids=["paused", "no telegram chat", "nothing due"],
)
def test_sweep_leaves_out(extra):
    _learner(**extra)
    assert _selected(WINTER) == set()


def test_cards_in_unpublished_decks_or_retired_do_not_count():
    hidden = _learner(deck=DeckFactory(published=False))
    retired = _learner(chat=2)
    ReviewState.objects.filter(learner=retired).update(card=CardFactory(retired=True))
    assert hidden.pk not in _selected(WINTER) and retired.pk not in _selected(WINTER)


def test_delivery_sends_once_a_local_day_then_waits_for_tomorrow():
    learner = _learner(zone="Europe/Berlin")
    send = Sent()
    assert reminder_deliver(learner_id=learner.pk, now=WINTER, send=send) == "sent"
    assert reminder_deliver(learner_id=learner.pk, now=WINTER, send=send) == "already sent"
    assert len(send) == 1 and send[0][0] == 1
    assert "1 card due</b> in Virtualization" in send[0][1]
    assert send[0][2]["inline_keyboard"][0][0]["callback_data"] == "study"
    record = Delivery.objects.get(learner=learner)
    assert record.status == "sent" and record.local_date.isoformat() == "2026-01-15" and record.due_count == 1
    learner.refresh_from_db()
    assert learner.next_reminder_at == datetime(2026, 1, 16, 8, 0, tzinfo=UTC)
    assert learner.pk not in _selected(WINTER)


def test_the_message_counts_every_deck():
    learner = _learner()
    card = CardFactory(deck=DeckFactory(title="Docker"))
    for _ in range(2):
        extra = CardFactory(deck=card.deck)
        ReviewState.objects.create(learner=learner, card=extra, deck=card.deck, state=2, due=WINTER - timedelta(1))
    send = Sent()
    reminder_deliver(learner_id=learner.pk, now=WINTER, send=send)
    assert "3 cards due</b>: 2 in Docker, 1 in Virtualization." in send[0][1]


def test_a_chat_that_blocked_the_bot_turns_reminders_off():
    learner = _learner()

    def blocked(*args, **kwargs):
        raise delivery.ChatUnreachable("Forbidden: bot was blocked by the user")

    assert reminder_deliver(learner_id=learner.pk, now=WINTER, send=blocked) == "blocked"
    learner.refresh_from_db()
    assert not learner.reminders_enabled and Delivery.objects.get().status == "blocked"


def test_a_failed_send_is_retried_by_the_next_sweep():
    learner = _learner()

    def flaky(*args, **kwargs):
        raise delivery.RetryLater("Bad Gateway", after=1)

    assert reminder_deliver(learner_id=learner.pk, now=WINTER, send=flaky) == "failed"
    assert Delivery.objects.get().status == "failed"
    assert learner.pk in _selected(WINTER + timedelta(minutes=5))
    send = Sent()
    assert reminder_deliver(learner_id=learner.pk, now=WINTER + timedelta(minutes=5), send=send) == "sent"
    assert Delivery.objects.get().attempts == 2


def test_nothing_due_at_delivery_time_sends_nothing():
    learner = _learner()
    ReviewState.objects.filter(learner=learner).update(due=WINTER + timedelta(days=1))
    assert reminder_deliver(learner_id=learner.pk, now=WINTER, send=Sent()) == "nothing due"
    assert not Delivery.objects.exists()


def test_sweep_enqueues_in_batches_and_ignore_schedule_keeps_the_daily_rule():
    learners = [_learner(chat=i, at=time(23, 0)) for i in range(1, 6)]  # reminder later today
    batches = []
    assert reminder_sweep(enqueue=batches.append, now=WINTER) == 0
    assert reminder_sweep(enqueue=batches.append, now=WINTER, ignore_schedule=True, batch_size=2) == 5
    assert [len(b) for b in batches] == [2, 2, 1]
    reminder_deliver(learner_id=learners[0].pk, now=WINTER, send=Sent())
    batches.clear()
    assert reminder_sweep(enqueue=batches.append, now=WINTER, ignore_schedule=True) == 4
    assert learners[0].pk not in batches[0]


def test_changing_time_or_zone_reschedules():
    learner = _learner(zone="UTC", at=time(9, 0))
    learner_update_settings(learner=learner, timezone="Asia/Tokyo", reminder_time=time(21, 0))
    learner.refresh_from_db()
    local_day = clock.local_today("Asia/Tokyo")
    assert learner.next_reminder_at == clock.reminder_instant("Asia/Tokyo", local_day, time(21, 0))


def test_new_learners_get_a_schedule():
    from quizzes.services.learners import learner_for_telegram, learner_register

    assert learner_register(username="ada", password="analytical-engine-1843").next_reminder_at is not None
    learner, _ = learner_for_telegram(chat_id=77)
    assert Learner.objects.get(pk=learner.pk).next_reminder_at is not None


class WorkerKilled(BaseException):
    """Stands in for SIGKILL mid-send: nothing after it runs, no except Exception catches it."""


def test_the_send_happens_after_the_claim_is_committed_and_outside_any_transaction():
    learner = _learner()
    seen = []

    def send(chat_id, text, reply_markup=None):
        seen.append((list(connection.savepoint_ids), Delivery.objects.get(learner=learner).status))
        return {}

    assert reminder_deliver(learner_id=learner.pk, now=WINTER, send=send) == "sent"
    assert seen == [([], "pending")]  # no atomic block open during the send; the claim was saved first


def test_a_fresh_claim_of_a_worker_that_died_mid_send_is_left_alone_then_resent_once_stale(settings):
    settings.REMINDER_CLAIM_TIMEOUT = 180
    learner = _learner()

    def killed(*args, **kwargs):
        raise WorkerKilled

    with pytest.raises(WorkerKilled):
        reminder_deliver(learner_id=learner.pk, now=WINTER, send=killed)
    claim = Delivery.objects.get(learner=learner)
    assert claim.status == "pending" and claim.claimed_at == WINTER

    send = Sent()
    redelivered = WINTER + timedelta(seconds=60)  # the broker hands the batch out again
    assert reminder_deliver(learner_id=learner.pk, now=redelivered, send=send) == "in flight"
    assert send == []
    stale = WINTER + timedelta(seconds=181)
    assert reminder_deliver(learner_id=learner.pk, now=stale, send=send) == "sent"
    assert reminder_deliver(learner_id=learner.pk, now=stale, send=send) == "already sent"
    assert len(send) == 1
    claim.refresh_from_db()
    assert claim.status == "sent" and claim.attempts == 2


def test_a_slow_failure_does_not_undo_a_reminder_another_worker_sent(settings):
    settings.REMINDER_CLAIM_TIMEOUT = 180
    learner = _learner()

    def slow_then_failed(*args, **kwargs):
        # While this send hangs past the claim timeout, another worker takes the stale claim over.
        later = WINTER + timedelta(seconds=200)
        assert reminder_deliver(learner_id=learner.pk, now=later, send=Sent()) == "sent"
        raise delivery.RetryLater("timed out", after=1)

    assert reminder_deliver(learner_id=learner.pk, now=WINTER, send=slow_then_failed) == "sent"
    assert Delivery.objects.get(learner=learner).status == "sent"


def test_a_reminder_counts_due_siblings_once_and_leaves_out_those_resting_today():
    learner = LearnerFactory(telegram_chat_id=77)
    deck = DeckFactory(title="Kanban")
    note = NoteFactory(deck=deck)
    basic, reverse = CardFactory(deck=deck, note=note), CardFactory(deck=deck, note=note, kind="reverse")
    alone = CardFactory(deck=deck)
    for card in (basic, reverse, alone):
        ReviewStateFactory(learner=learner, card=card, due=WINTER - timedelta(hours=1))
    assert due_counts_by_deck(learner=learner, now=WINTER) == [("Kanban", 2)]  # one per note, as the queue

    review_record(learner=learner, card=basic.pk, rating="good", now=WINTER - timedelta(minutes=5))
    assert due_counts_by_deck(learner=learner, now=WINTER) == [("Kanban", 1)]  # the reverse rests till tomorrow
    review_record(learner=learner, card=alone.pk, rating="good", now=WINTER - timedelta(minutes=4))
    assert reminder_deliver(learner_id=learner.pk, now=WINTER, send=Sent()) == "nothing due"


def _newcomer(*, chat=7, cards=3, per_day=20, title="Virtualization"):
    """A learner who started the bot and never studied: only new cards."""
    deck = DeckFactory(title=title)
    CardFactory.create_batch(cards, deck=deck)
    learner = LearnerFactory(telegram_chat_id=chat, new_cards_per_day=per_day)
    reminder_schedule(learner=learner, now=WINTER)
    SubscriptionFactory(learner=learner, deck=deck)
    return learner


def test_a_learner_with_only_new_cards_is_reminded_once_a_local_day():
    learner = _newcomer(cards=25)
    assert learner.pk in _selected(WINTER)
    send = Sent()
    assert reminder_deliver(learner_id=learner.pk, now=WINTER, send=send) == "sent"
    assert send[0][1] == "⏰ <b>20 new cards waiting</b> in Virtualization."
    assert Delivery.objects.get(learner=learner).due_count == 20
    assert reminder_deliver(learner_id=learner.pk, now=WINTER, send=send) == "already sent"
    assert len(send) == 1 and learner.pk not in _selected(WINTER + timedelta(hours=2))


def test_due_and_new_cards_are_both_in_the_reminder():
    learner = _learner(new_cards_per_day=2)
    CardFactory.create_batch(3, deck=ReviewState.objects.get(learner=learner).deck)
    send = Sent()
    reminder_deliver(learner_id=learner.pk, now=WINTER, send=send)
    assert send[0][1] == "⏰ <b>1 card due</b> in Virtualization.\n🆕 <b>2 new cards waiting</b> in Virtualization."


def test_a_learner_who_takes_no_new_cards_is_not_reminded_of_them():
    learner = _newcomer(per_day=0)
    assert learner.pk not in _selected(WINTER)


def test_new_cards_done_for_today_send_nothing_and_wait_for_tomorrow():
    learner = _newcomer(cards=3, per_day=1)
    card = learner.subscriptions.get().deck.cards.first()
    review_record(learner=learner, card=card.pk, rating="good", client_id="c1", now=WINTER - timedelta(hours=3))
    ReviewState.objects.filter(learner=learner).update(due=WINTER + timedelta(days=4))
    assert learner.pk in _selected(WINTER), "the sweep leaves new cards to the delivery"
    assert reminder_deliver(learner_id=learner.pk, now=WINTER, send=Sent()) == "nothing due"
    learner.refresh_from_db()
    assert learner.next_reminder_at == datetime(2026, 1, 16, 9, 0, tzinfo=UTC)
    assert learner.pk not in _selected(WINTER + timedelta(minutes=5)), "not picked again every sweep"


def test_nothing_to_remind_before_the_reminder_time_looks_again_at_the_reminder_time():
    learner = _learner(at=time(15, 0))  # picked early by --ignore-schedule
    ReviewState.objects.filter(learner=learner).update(due=WINTER + timedelta(hours=1))
    assert reminder_deliver(learner_id=learner.pk, now=WINTER, send=Sent()) == "nothing due"
    learner.refresh_from_db()
    assert learner.next_reminder_at == datetime(2026, 1, 15, 15, 0, tzinfo=UTC)


def test_nothing_to_remind_looks_again_when_a_card_falls_due_later_today():
    learner = _learner()
    ReviewState.objects.filter(learner=learner).update(due=WINTER + timedelta(hours=2))
    assert reminder_deliver(learner_id=learner.pk, now=WINTER, send=Sent()) == "nothing due"
    learner.refresh_from_db()
    assert learner.next_reminder_at == WINTER + timedelta(hours=2)


def test_a_deck_the_learner_left_is_neither_reminded_nor_counted_nor_queued():
    learner = _learner(deck=DeckFactory(title="Left behind"))
    kept = DeckFactory(title="Kept")
    SubscriptionFactory(learner=learner, deck=kept)  # subscribed to Kept only: Left behind was left
    assert learner.pk not in _selected(WINTER)
    assert reminder_deliver(learner_id=learner.pk, now=WINTER, send=Sent()) == "nothing due"
    assert due_queue(learner=learner, now=WINTER).items == []
    assert learner_stats(learner=learner, now=WINTER)["due_now"] == 0
    ReviewStateFactory(learner=learner, card=CardFactory(deck=kept), due=WINTER - timedelta(hours=1))
    send = Sent()
    assert reminder_deliver(learner_id=learner.pk, now=WINTER, send=send) == "sent"
    assert send[0][1] == "⏰ <b>1 card due</b> in Kept."
    assert learner_stats(learner=learner, now=WINTER)["due_now"] == 1


def test_leaving_one_deck_while_studying_every_deck_by_default_keeps_the_others():
    learner = _learner(deck=DeckFactory(slug="left", title="Left behind"))
    kept = DeckFactory(title="Kept")
    ReviewStateFactory(learner=learner, card=CardFactory(deck=kept), due=WINTER - timedelta(hours=1))
    assert not learner.subscriptions.exists()  # studies every published deck until it picks
    learner_services.subscription_set(learner=learner, deck_slug="left", subscribed=False)
    send = Sent()
    assert reminder_deliver(learner_id=learner.pk, now=WINTER, send=send) == "sent"
    assert send[0][1] == "⏰ <b>1 card due</b> in Kept."
    learner_services.subscription_set(learner=learner, deck_slug=kept.slug, subscribed=False)
    learner.refresh_from_db()
    assert learner_stats(learner=learner, now=WINTER)["due_now"] == 0
    assert due_queue(learner=learner, now=WINTER).items == []
