"""A local HTTP double of the Telegram Bot API that enforces Telegram's rules.

The real python-telegram-bot Application (and Recall's own delivery module) talk to
it through TELEGRAM_API_URL. It records every call, serves getUpdates from a queue,
and answers the way Telegram does when a rule is broken: unknown HTML tags and bare
ampersands are "can't parse entities", text over 4096 characters is "message is too
long", callback data outside 1-64 bytes is "BUTTON_DATA_INVALID", polls over their
limits are refused, an edit that changes nothing is "message is not modified", chats that
blocked the bot get 403, and bursts get 429 with retry_after.
"""

import contextlib
import itertools
import json
import re
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

ALLOWED_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "tg-spoiler",
    "span",
    "blockquote",
    "tg-emoji",
}
JSON_FIELDS = {
    "chat_id",
    "message_id",
    "reply_markup",
    "options",
    "correct_option_ids",
    "is_anonymous",
    "offset",
    "timeout",
    "limit",
    "show_alert",
    "commands",
    "allowed_updates",
    "disable_web_page_preview",
    "link_preview_options",
    "correct_option_id",
}
ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")


class TelegramError(Exception):
    def __init__(self, code: int, description: str, retry_after: int | None = None):
        super().__init__(description)
        self.code, self.description, self.retry_after = code, description, retry_after


class _TelegramHTML(HTMLParser):
    """Checks markup the way Telegram does and returns the visible text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_TAGS:
            raise TelegramError(400, f'Bad Request: can\'t parse entities: Unsupported start tag "{tag}"')
        if tag == "span" and dict(attrs).get("class") != "tg-spoiler":
            raise TelegramError(400, "Bad Request: can't parse entities: span needs class tg-spoiler")
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            raise TelegramError(400, f'Bad Request: can\'t parse entities: Unmatched end tag "{tag}"')
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def visible_text(text: str, parse_mode: str | None) -> str:
    if parse_mode != "HTML":
        return text
    stray = [m.start() for m in re.finditer("&", text) if not ENTITY.match(text, m.start())]
    if stray:
        raise TelegramError(400, f"Bad Request: can't parse entities: bare & at byte offset {stray[0]}")
    parser = _TelegramHTML()
    parser.feed(text)
    parser.close()
    if parser.stack:
        raise TelegramError(400, f"Bad Request: can't parse entities: Can't find end tag \"{parser.stack[-1]}\"")
    return unescape("".join(parser.text))


@dataclass
class Call:
    method: str
    params: dict
    at: float = field(default_factory=time.monotonic)
    ok: bool = False  # False for an attempt Telegram refused (400, 403, 429)


class BotApiDouble:
    """Start with `with BotApiDouble() as api:`; point the bot at `api.url`."""

    def __init__(
        self,
        token: str = "123456:TEST",
        *,
        per_chat_per_second: float | None = None,
        global_per_second: float | None = None,
        retry_after: int = 1,
        reply_delay: float = 0.0,
    ):
        self.token = token
        self.per_chat_per_second = per_chat_per_second
        self.global_per_second = global_per_second
        self.retry_after = retry_after
        # A slow Telegram: each send is recorded on arrival, answered this many seconds later.
        self.reply_delay = reply_delay
        self.unanswered: list[dict] = []
        self.calls: list[Call] = []
        self.blocked_chats: set[int] = set()
        self.fail_next: deque[TelegramError] = deque()
        self._updates: list[dict] = []
        self._update_ids = itertools.count(1000)
        self._message_ids = itertools.count(1)
        self._poll_ids = itertools.count(1)
        self._edited: dict[tuple[int, int], tuple[str, str]] = {}  # (chat, message) -> (text, markup) last set
        self._sent_at: dict[int | None, deque[float]] = defaultdict(deque)
        self._lock = threading.Condition()
        self._server: ThreadingHTTPServer | None = None

    # --- lifecycle
    def __enter__(self):
        double = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                double._handle(self)

            do_GET = do_POST

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self._server.shutdown()
        self._server.server_close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    # --- driving the bot
    def push_update(self, update: dict) -> int:
        with self._lock:
            update = {"update_id": next(self._update_ids), **update}
            self._updates.append(update)
            self._lock.notify_all()
            return update["update_id"]

    def user_message(self, chat_id: int, text: str, *, update_id: int | None = None) -> dict:
        update = {"message": self._message(chat_id, text, from_user=True)}
        if text.startswith("/"):
            command = text.split(" ", 1)[0]
            update["message"]["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        if update_id is not None:
            update["update_id"] = update_id
        return update

    def callback(self, chat_id: int, message_id: int, data: str) -> dict:
        message = self._message(chat_id, "…", from_user=False)
        message["message_id"] = message_id
        user = {"id": chat_id, "is_bot": False, "first_name": "Ada"}
        return {
            "callback_query": {
                "id": str(next(self._update_ids)),
                "from": user,
                "chat_instance": "1",
                "message": message,
                "data": data,
            }
        }

    def poll_answer(self, chat_id: int, poll_id: str, option: int) -> dict:
        user = {"id": chat_id, "is_bot": False, "first_name": "Ada"}
        answer = {"poll_id": poll_id, "user": user, "option_ids": [option], "option_persistent_ids": [f"o{option}"]}
        return {"poll_answer": answer}

    # --- reading what the bot did
    def sent(self, method: str | None = None, chat_id: int | None = None) -> list[dict]:
        with self._lock:
            return [
                c.params
                for c in self.calls
                if (method is None or c.method == method)
                and (chat_id is None or int(c.params.get("chat_id", 0)) == chat_id)
            ]

    def delivered(self, method: str = "sendMessage") -> list[dict]:
        """What reached the chat: accepted calls only, not attempts refused with 429 or 403."""
        with self._lock:
            return [c.params for c in self.calls if c.method == method and c.ok]

    def wait_for(self, predicate, timeout: float = 10.0):
        """Block until predicate(self) is truthy; return its value."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                value = predicate(self)
                if value:
                    return value
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"timed out; calls: {[c.method for c in self.calls][-15:]}")
                self._lock.wait(min(remaining, 0.1))

    def pending_updates(self) -> int:
        with self._lock:
            return len(self._updates)

    # --- the HTTP side
    def _handle(self, request: BaseHTTPRequestHandler):
        path = urlsplit(request.path).path
        match = re.fullmatch(r"/bot([^/]+)/(\w+)", path)
        if not match or match.group(1) != self.token:
            return self._reply(request, 404, {"ok": False, "error_code": 404, "description": "Not Found"})
        method = match.group(2)
        params = self._params(request)
        try:
            result = self._dispatch(method, params)
        except TelegramError as error:
            body = {"ok": False, "error_code": error.code, "description": error.description}
            if error.retry_after is not None:
                body["parameters"] = {"retry_after": error.retry_after}
            return self._reply(request, error.code, body)
        if self.reply_delay and method != "getUpdates":
            with self._lock:
                self.unanswered.append(params)
            time.sleep(self.reply_delay)
            with self._lock:
                self.unanswered.remove(params)
        self._reply(request, 200, {"ok": True, "result": result})

    @staticmethod
    def _params(request) -> dict:
        length = int(request.headers.get("Content-Length") or 0)
        raw = request.rfile.read(length) if length else b""
        kind = request.headers.get("Content-Type", "")
        if "json" in kind:
            return json.loads(raw or b"{}")
        params = dict(parse_qsl(raw.decode(), keep_blank_values=True)) if raw else {}
        query = urlsplit(request.path).query
        params.update(parse_qsl(query))
        # PTB sends non-string values JSON-encoded inside the form; text fields stay text.
        for key in JSON_FIELDS & params.keys():
            with contextlib.suppress(ValueError, TypeError):
                params[key] = json.loads(params[key])
        return params

    @staticmethod
    def _reply(request, status: int, body: dict):
        data = json.dumps(body).encode()
        request.send_response(status)
        request.send_header("Content-Type", "application/json")
        request.send_header("Content-Length", str(len(data)))
        request.end_headers()
        # A long poll cut short by the bot shutting down is normal, not an error.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            request.wfile.write(data)

    def _dispatch(self, method: str, params: dict):
        with self._lock:
            if method == "getUpdates":
                return self._get_updates(params)
            self.calls.append(Call(method, params))
            self._lock.notify_all()
            if self.fail_next and method in ("sendMessage", "sendPoll", "editMessageText"):
                raise self.fail_next.popleft()
            handler = getattr(self, f"_m_{method}", None)
            result = handler(params) if handler else True
            self.calls[-1].ok = True
            return result

    def _get_updates(self, params: dict):
        offset = int(params.get("offset") or 0)
        timeout = min(float(params.get("timeout") or 0), 1.0)
        deadline = time.monotonic() + timeout
        while True:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            if self._updates or time.monotonic() >= deadline:
                return list(self._updates)
            self._lock.wait(max(0.01, deadline - time.monotonic()))

    # --- rule checks
    def _throttle(self, chat_id):
        now = time.monotonic()
        for key, rate in ((chat_id, self.per_chat_per_second), (None, self.global_per_second)):
            if rate is None:
                continue
            window = self._sent_at[key]
            while window and now - window[0] > 1.0:
                window.popleft()
            if len(window) >= rate:
                raise TelegramError(429, f"Too Many Requests: retry after {self.retry_after}", self.retry_after)
        for key in (chat_id, None):
            self._sent_at[key].append(now)

    def _chat(self, params) -> int:
        try:
            chat_id = int(params["chat_id"])
        except (KeyError, ValueError, TypeError):
            raise TelegramError(400, "Bad Request: chat not found") from None
        if chat_id in self.blocked_chats:
            raise TelegramError(403, "Forbidden: bot was blocked by the user")
        return chat_id

    def _check_text(self, params, field_name="text"):
        text = params.get(field_name)
        if not isinstance(text, str) or not text.strip():
            raise TelegramError(400, "Bad Request: message text is empty")
        visible = visible_text(text, params.get("parse_mode"))
        if len(visible) > 4096:
            raise TelegramError(400, "Bad Request: message is too long")
        return visible

    @staticmethod
    def _check_markup(params):
        markup = params.get("reply_markup")
        if isinstance(markup, str):
            markup = json.loads(markup)
        for row in (markup or {}).get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= 64:
                    raise TelegramError(400, "Bad Request: BUTTON_DATA_INVALID")
                if not button.get("text"):
                    raise TelegramError(400, "Bad Request: text buttons are unallowed in the inline keyboard")
        return markup

    def _message(self, chat_id: int, text: str, *, from_user: bool) -> dict:
        sender = (
            {"id": chat_id, "is_bot": False, "first_name": "Ada"}
            if from_user
            else {"id": 123456, "is_bot": True, "first_name": "Recall", "username": "RecallBot"}
        )
        return {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": "Ada"},
            "from": sender,
            "text": text,
        }

    # --- methods
    def _m_getMe(self, params):
        return {
            "id": 123456,
            "is_bot": True,
            "first_name": "Recall",
            "username": "RecallBot",
            "can_join_groups": False,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    def _m_sendMessage(self, params):
        chat_id = self._chat(params)
        text = self._check_text(params)
        markup = self._check_markup(params)
        self._throttle(chat_id)
        message = self._message(chat_id, text, from_user=False)
        if markup:
            message["reply_markup"] = markup
        return message

    def _m_editMessageText(self, params):
        chat_id = self._chat(params)
        text = self._check_text(params)
        markup = self._check_markup(params)
        key, content = (chat_id, int(params.get("message_id", 0))), (params.get("text"), json.dumps(markup))
        if self._edited.get(key) == content:
            raise TelegramError(400, "Bad Request: message is not modified")
        self._edited[key] = content
        message = self._message(chat_id, text, from_user=False)
        message["message_id"] = int(params.get("message_id", 0))
        return message

    def _m_editMessageReplyMarkup(self, params):
        chat_id = self._chat(params)
        self._check_markup(params)
        message = self._message(chat_id, "…", from_user=False)
        message["message_id"] = int(params.get("message_id", 0))
        return message

    def _m_answerCallbackQuery(self, params):
        if len(str(params.get("text", ""))) > 200:
            raise TelegramError(400, "Bad Request: MESSAGE_TOO_LONG")
        return True

    def _m_sendPoll(self, params):
        chat_id = self._chat(params)
        question, options = params.get("question", ""), params.get("options") or []
        options = [o if isinstance(o, str) else o.get("text", "") for o in options]
        if not 1 <= len(question) <= 300:
            raise TelegramError(400, "Bad Request: poll question length must be 1-300")
        if not 2 <= len(options) <= 12 or any(not 1 <= len(o) <= 100 for o in options):
            raise TelegramError(400, "Bad Request: poll options must be 2-12, each 1-100 characters")
        if params.get("type") == "quiz":
            correct = params.get("correct_option_ids")
            if not isinstance(correct, list) or not all(0 <= i < len(options) for i in correct):
                raise TelegramError(400, "Bad Request: wrong correct option ids")
        if len(str(params.get("explanation", ""))) > 200:
            raise TelegramError(400, "Bad Request: poll explanation is too long")
        self._throttle(chat_id)
        message = self._message(chat_id, "", from_user=False)
        message.pop("text")
        message["poll"] = {
            "id": f"poll-{next(self._poll_ids)}",
            "question": question,
            "total_voter_count": 0,
            "options": [{"text": o, "voter_count": 0, "persistent_id": f"o{i}"} for i, o in enumerate(options)],
            "is_closed": False,
            "is_anonymous": bool(params.get("is_anonymous", True)),
            "type": params.get("type", "regular"),
            "allows_multiple_answers": False,
            "allows_revoting": False,
            "members_only": False,
        }
        return message
