"""Accounts and learner settings."""

import re
import secrets
from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model, password_validation
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from quizzes import clock
from quizzes.clock import is_valid_zone
from quizzes.errors import Conflict, InvalidInput, NotFound
from quizzes.models import Deck, Learner, Subscription

LINK_TTL = timedelta(hours=1)


def learner_for_user(user) -> Learner:
    """Every authenticated user studies as a learner; staff accounts get one on first use."""
    learner = getattr(user, "learner", None)
    if learner is None:
        learner, created = Learner.objects.get_or_create(user=user)
        if created:
            reminder_schedule(learner=learner)
    return learner


def learner_register(*, username: str, password: str) -> Learner:
    User = get_user_model()
    username = (username or "").strip()
    if not username or len(username) > 150:
        raise InvalidInput("Choose a username of 1 to 150 characters.", field="username")
    try:
        password_validation.validate_password(password, User(username=username))
    except ValidationError as exc:
        raise InvalidInput(" ".join(exc.messages), field="password") from None
    try:
        with transaction.atomic():
            user = User.objects.create_user(username=username, password=password)
            return reminder_schedule(learner=Learner.objects.create(user=user))
    except IntegrityError:
        raise Conflict("That username is taken.") from None


SETTINGS = ("timezone", "reminder_time", "new_cards_per_day", "reminders_enabled")
_WALL_CLOCK = re.compile(r"^([01]?[0-9]|2[0-3]):([0-5][0-9])(?::([0-5][0-9]))?$")


def parse_reminder_time(value) -> time:
    """A wall-clock time from a `time` or text like 7:30, 07:30 or 07:30:00; anything else is refused."""
    if isinstance(value, time):
        return value.replace(tzinfo=None)
    match = _WALL_CLOCK.match(value.strip()) if isinstance(value, str) else None
    if match is None:
        raise InvalidInput(f"{str(value)[:20]!r} is not a time of day; use HH:MM, like 07:30.")
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    return time(hours, minutes, seconds)


def _parse_new_cards(value) -> int:
    text = str(value).strip()
    if isinstance(value, bool) or not isinstance(value, int | str) or not (text.isascii() and text.isdigit()):
        raise InvalidInput("The daily new-card limit must be a whole number between 0 and 500.")
    number = int(value)
    if not 0 <= number <= 500:
        raise InvalidInput("The daily new-card limit must be between 0 and 500.")
    return number


def learner_update_settings(*, learner: Learner, **changes) -> Learner:
    """Change settings from the API or the bot alike: parse and validate each value, save, and move
    the next reminder when its time, zone or on/off changed."""
    unknown = set(changes) - set(SETTINGS)
    if unknown:
        raise InvalidInput(f"Unknown setting: {', '.join(sorted(unknown))}.")
    if "timezone" in changes and not is_valid_zone(changes["timezone"]):
        raise InvalidInput(f"Unknown time zone {str(changes['timezone'])[:64]!r}; use a name like Europe/Berlin.")
    if "reminder_time" in changes:
        changes["reminder_time"] = parse_reminder_time(changes["reminder_time"])
    if "new_cards_per_day" in changes:
        changes["new_cards_per_day"] = _parse_new_cards(changes["new_cards_per_day"])
    if "reminders_enabled" in changes:
        changes["reminders_enabled"] = bool(changes["reminders_enabled"])
    for name, value in changes.items():
        setattr(learner, name, value)
    learner.save(update_fields=list(changes))
    if changes.keys() & {"timezone", "reminder_time", "reminders_enabled"}:
        reminder_schedule(learner=learner)
    return learner


def subscription_set(*, learner: Learner, deck_slug: str, subscribed: bool) -> Deck:
    deck = Deck.objects.filter(slug=deck_slug, published=True).first()
    if deck is None:
        raise NotFound(f"No published deck {deck_slug!r}.")
    with transaction.atomic():
        if not learner.picked_decks:
            # Until now the learner studied every published deck by default: make that explicit,
            # so leaving one deck keeps the others, and leaving all of them means none.
            if not learner.subscriptions.exists():
                subscribe_to_published(learner=learner)
            learner.picked_decks = True
            Learner.objects.filter(pk=learner.pk).update(picked_decks=True)
        if subscribed:
            Subscription.objects.get_or_create(learner=learner, deck=deck)
        else:
            Subscription.objects.filter(learner=learner, deck=deck).delete()
    return deck


def subscribe_to_published(*, learner: Learner) -> int:
    decks = Deck.objects.filter(published=True)
    created = Subscription.objects.bulk_create(
        [Subscription(learner=learner, deck=d) for d in decks], ignore_conflicts=True
    )
    return len(created)


def telegram_link_create(*, learner: Learner) -> str:
    """A one-time token for t.me/<bot>?start=<token>; Telegram allows 64 chars of [A-Za-z0-9_-]."""
    learner.link_token = secrets.token_urlsafe(24)
    learner.link_token_expires_at = timezone.now() + LINK_TTL
    learner.save(update_fields=["link_token", "link_token_expires_at"])
    return learner.link_token


def telegram_link_consume(*, token: str, chat_id: int) -> Learner:
    """Attach a Telegram chat to the account that asked for the link; the token then dies."""
    with transaction.atomic():
        learner = Learner.objects.select_for_update().filter(link_token=token).first()
        if learner is None or learner.link_token_expires_at < timezone.now():
            raise InvalidInput("This link has expired or was already used. Ask for a new one in the app.")
        # The chat may already belong to a Telegram-only learner made by /start: move it over.
        Learner.objects.filter(telegram_chat_id=chat_id).exclude(pk=learner.pk).update(telegram_chat_id=None)
        learner.telegram_chat_id = chat_id
        learner.link_token = None
        learner.link_token_expires_at = None
        learner.save(update_fields=["telegram_chat_id", "link_token", "link_token_expires_at"])
    return learner


def learner_for_telegram(*, chat_id: int, name: str = "") -> tuple[Learner, bool]:
    """Find the learner of a chat, or create a Telegram-only account for it."""
    learner = Learner.objects.select_related("user").filter(telegram_chat_id=chat_id).first()
    if learner:
        return learner, False
    User = get_user_model()
    try:
        with transaction.atomic():
            user = User.objects.create_user(username=f"tg-{chat_id}", password=None, first_name=name[:150])
            return reminder_schedule(learner=Learner.objects.create(user=user, telegram_chat_id=chat_id)), True
    except IntegrityError:
        # Two /start updates raced, or the account exists but was unlinked: use what is there.
        learner = Learner.objects.select_related("user").filter(user__username=f"tg-{chat_id}").first()
        if learner is None:
            raise
        Learner.objects.filter(telegram_chat_id=chat_id).exclude(pk=learner.pk).update(telegram_chat_id=None)
        learner.telegram_chat_id = chat_id
        learner.save(update_fields=["telegram_chat_id"])
        return learner, False


def reminder_schedule(*, learner: Learner, now: datetime | None = None, from_day=None) -> Learner:
    """Set when the learner's next reminder is due: today's reminder time in their zone (or that of
    `from_day`). Call after anything that moves it: sign-up, a new time or zone, a reminder sent."""
    day = from_day or clock.local_today(learner.timezone, now)
    learner.next_reminder_at = clock.reminder_instant(learner.timezone, day, learner.reminder_time)
    Learner.objects.filter(pk=learner.pk).update(next_reminder_at=learner.next_reminder_at)
    return learner
