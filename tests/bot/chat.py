"""Driving the bot through its webhook, one update at a time, and reading what it sent."""

import itertools

from tests.bot.conftest import CHAT

URL = "/telegram/webhook/"


class Chat:
    """One private chat with the bot: each call posts an update and returns once it is handled."""

    def __init__(self, client, api, chat_id: int = CHAT):
        self.client, self.api, self.chat_id = client, api, chat_id
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(100)

    def _post(self, update: dict) -> None:
        update = {**update, "update_id": next(self._update_ids)}
        response = self.client.post(
            URL, update, content_type="application/json", HTTP_X_TELEGRAM_BOT_API_SECRET_TOKEN="s3cret-token"
        )
        assert response.status_code == 200

    def say(self, text: str) -> None:
        self._post(self.api.user_message(self.chat_id, text))

    def tap(self, button: dict, message_id: int | None = None) -> None:
        self._post(self.api.callback(self.chat_id, message_id or next(self._message_ids), button["callback_data"]))

    def vote(self, poll_id: str, option: int) -> None:
        self._post(self.api.poll_answer(self.chat_id, poll_id, option))

    def sent(self, method: str = "sendMessage") -> list[dict]:
        return self.api.sent(method, self.chat_id)

    def last(self, method: str = "sendMessage") -> dict:
        return self.sent(method)[-1]

    def texts(self, method: str = "sendMessage") -> list[str]:
        return [p.get("text", "") for p in self.sent(method)]

    @staticmethod
    def buttons(message: dict) -> list[dict]:
        return [b for row in (message.get("reply_markup") or {}).get("inline_keyboard", []) for b in row]

    def button(self, message: dict, starts_with: str) -> dict:
        found = [b for b in self.buttons(message) if b["text"].startswith(starts_with)]
        assert found, f"no button {starts_with!r} in {[b['text'] for b in self.buttons(message)]}"
        return found[0]

    def answers(self) -> list[str]:
        """The texts of the callback answers (the small toasts)."""
        return [p.get("text", "") for p in self.api.sent("answerCallbackQuery")]
