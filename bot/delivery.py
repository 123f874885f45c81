"""Outgoing Telegram messages from Celery workers: one module that knows Telegram's limits and errors.

Every send passes a limiter shared by all worker processes (Redis when REDIS_URL is set):
about 30 messages a second overall and one a second per chat. Errors are sorted the
way they must be handled: a blocked bot is permanent, a 429 says how long to wait,
network trouble and 5xx are worth another try.
"""

import logging
import time
from dataclasses import dataclass
from functools import lru_cache

import httpx
from django.conf import settings
from limits import RateLimitItemPerSecond
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter

logger = logging.getLogger("bot.delivery")
HEADROOM = 0.97


class DeliveryError(Exception):
    pass


class ChatUnreachable(DeliveryError):
    """Permanent: the user blocked the bot, deleted their account, or the chat is gone."""


class RetryLater(DeliveryError):
    """Telegram asked us to slow down (429: wait exactly `after`) or had a hiccup (back off from `after`)."""

    def __init__(self, message: str, after: float, *, exact: bool = False):
        super().__init__(message)
        self.after, self.exact = after, exact

    def delay(self, attempt: int) -> float:
        return self.after if self.exact else self.after * 2 ** (attempt - 1)


class Rejected(DeliveryError):
    """Permanent for this message (bad request): retrying the same payload cannot help."""


@dataclass(frozen=True)
class Limits:
    overall: RateLimitItemPerSecond
    per_chat: RateLimitItemPerSecond


@lru_cache(maxsize=1)
def _limiter() -> tuple[MovingWindowRateLimiter, Limits]:
    storage = storage_from_string(settings.REDIS_URL or "memory://")
    # Telegram counts arrivals, we count departures: a little headroom keeps network jitter from
    # pushing a 31st message into Telegram's second, which would cost a whole retry_after.
    overall = max(1, int(settings.TELEGRAM_MESSAGES_PER_SECOND * HEADROOM))
    limits = Limits(
        overall=RateLimitItemPerSecond(overall),
        per_chat=RateLimitItemPerSecond(settings.TELEGRAM_MESSAGES_PER_CHAT_PER_SECOND),
    )
    return MovingWindowRateLimiter(storage), limits


@lru_cache(maxsize=1)
def _client() -> httpx.Client:
    return httpx.Client(timeout=httpx.Timeout(10.0, connect=5.0))


def wait_for_slot(chat_id: int, *, max_wait: float = 60.0) -> None:
    """Block until both the overall and this chat's budget allow one more message."""
    limiter, limits = _limiter()
    chat = str(chat_id)
    deadline = time.monotonic() + max_wait
    while not (
        limiter.test(limits.per_chat, "chat", chat)
        and limiter.hit(limits.overall, "overall")
        and limiter.hit(limits.per_chat, "chat", chat)
    ):
        if time.monotonic() > deadline:
            raise RetryLater("rate limiter kept us waiting", after=1.0)
        time.sleep(0.01)


def send_message(chat_id: int, text: str, *, reply_markup: dict | None = None, attempts: int = 4) -> dict:
    """Send one HTML message, waiting out 429s and retrying transient failures with backoff."""
    payload = {"chat_id": chat_id, "text": text, "parse_mode": "HTML", "link_preview_options": {"is_disabled": True}}
    if reply_markup:
        payload["reply_markup"] = reply_markup
    attempt = 1
    while True:
        wait_for_slot(chat_id)
        try:
            return _call("sendMessage", payload)
        except RetryLater as exc:
            if attempt == attempts:
                raise
            logger.info("chat %s: %s; retrying in %.1fs", chat_id, exc, exc.delay(attempt))
            time.sleep(exc.delay(attempt))
            attempt += 1


def _call(method: str, payload: dict) -> dict:
    url = f"{settings.TELEGRAM_API_URL}/bot{settings.TELEGRAM_BOT_TOKEN}/{method}"
    try:
        response = _client().post(url, json=payload)
    except httpx.HTTPError as exc:
        raise RetryLater(f"network error: {exc.__class__.__name__}", after=1.0) from None
    try:
        body = response.json()
    except ValueError:
        body = {}
    if response.status_code == 200 and body.get("ok"):
        return body["result"]
    description = body.get("description") or response.reason_phrase
    if response.status_code == 429:
        retry_after = (body.get("parameters") or {}).get("retry_after", 1)
        raise RetryLater(description, after=float(retry_after), exact=True)
    if response.status_code >= 500:
        raise RetryLater(description, after=1.0)
    if response.status_code == 403 or "chat not found" in description.lower():
        raise ChatUnreachable(description)
    raise Rejected(description)
