"""Telegram-side bookkeeping: seen updates and chats that blocked the bot."""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from quizzes.models import Learner, TelegramUpdate

UPDATE_MEMORY = timedelta(days=2)


def telegram_update_claim(*, update_id: int) -> bool:
    """True the first time an update id is seen. Telegram retries a webhook until it gets a 200,
    and a restarted poller may fetch an update again: both must act once."""
    try:
        with transaction.atomic():
            TelegramUpdate.objects.create(update_id=update_id)
        return True
    except IntegrityError:
        return False


def telegram_updates_prune(*, now=None) -> int:
    """Forget old update ids; Telegram never redelivers after a day."""
    cutoff = (now or timezone.now()) - UPDATE_MEMORY
    deleted, _ = TelegramUpdate.objects.filter(received_at__lt=cutoff).delete()
    return deleted


def telegram_chat_blocked(*, chat_id: int) -> bool:
    """The user blocked the bot: stop reminding them (they can /start again)."""
    return bool(Learner.objects.filter(telegram_chat_id=chat_id).update(reminders_enabled=False))
