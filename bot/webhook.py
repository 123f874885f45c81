"""The webhook endpoint: Telegram POSTs updates here when the bot runs inside the web process."""

import asyncio
import hmac
import logging
import threading

import orjson
from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from telegram import Update

logger = logging.getLogger("bot")


class _ProcessRunner:
    """One event loop and one initialised Application per web process, reused by every request.

    A new Application per request would open a new HTTP client and ask Telegram getMe each time.
    Requests take turns (a lock) because a loop runs in one thread at a time.
    """

    def __init__(self):
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._app = None

    def process(self, payload: dict) -> None:
        from bot.application import build_application

        with self._lock:
            if self._app is None:
                self._loop = asyncio.new_event_loop()
                app = build_application(polling=False)
                self._loop.run_until_complete(app.initialize())
                self._app = app
            update = Update.de_json(payload, self._app.bot)
            self._loop.run_until_complete(self._app.process_update(update))

    def reset(self) -> None:
        """Forget the Application (tests point the bot at a new Bot API double)."""
        with self._lock:
            if self._app is not None:
                self._loop.run_until_complete(self._app.shutdown())
                self._loop.close()
            self._app = self._loop = None


runner = _ProcessRunner()
MAX_UPDATE_ID = 2**63  # TelegramUpdate.update_id is a signed 64-bit column


def _is_update_id(value) -> bool:
    """Telegram's update ids are positive (52 bits at most); one that does not fit the signed 64-bit
    column remembering seen updates cannot be from Telegram."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < MAX_UPDATE_ID


@csrf_exempt
@require_POST
def telegram_webhook(request):
    secret = settings.TELEGRAM_WEBHOOK_SECRET
    given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
    if not secret or not hmac.compare_digest(given.encode(), secret.encode()):
        return JsonResponse({"detail": "Wrong or missing secret token."}, status=403)
    try:
        # orjson refuses nesting past 1,024 levels instead of overflowing the stack as json does.
        payload = orjson.loads(request.body)
        if not isinstance(payload, dict) or not _is_update_id(payload.get("update_id")):
            raise ValueError("not an update")
    except ValueError:
        return JsonResponse({"detail": "The body must be a Telegram Update object."}, status=400)
    try:
        runner.process(payload)
    except Exception:
        # Swallow the error, otherwise Telegram will hit the webhook again with the same update.
        logger.exception("webhook update %s failed", payload.get("update_id"))
    return HttpResponse(status=200)
