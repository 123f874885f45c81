import asyncio
import threading
import time

import pytest
from telegram import Update

from bot.application import build_application
from bot.webhook import runner
from quizzes.models import Card
from tests.factories import CardFactory, DeckFactory, McqCardFactory, TrueFalseCardFactory
from tests.telegram_double import BotApiDouble

CHAT = 4242


@pytest.fixture
def study_deck(transactional_db):
    deck = DeckFactory(slug="docker", title="Docker <CLI>")
    CardFactory(
        deck=deck,
        kind=Card.Kind.BASIC,
        front="What do dangling images show as?",
        back="<none> & untagged",
        explanation="docker image prune removes them",
    )
    McqCardFactory(
        deck=deck,
        front="Which command lists images?",
        choices=["docker ps", "docker images", "docker rm", "docker pull"],
        answer="docker images",
        explanation="docker images: List all images",
    )
    TrueFalseCardFactory(
        deck=deck,
        front="True or false? Containers need a full OS.",
        answer="False",
        explanation="They share the host's kernel.",
    )
    return deck


@pytest.fixture
def api():
    with BotApiDouble() as double:
        yield double


class PollingBot:
    """The real Application, long-polling the double from a thread of its own."""

    def __init__(self, api: BotApiDouble):
        self.api = api
        self.app = build_application(token=api.token, api_url=api.url)
        self._stop = threading.Event()
        self._started = threading.Event()
        self._thread = threading.Thread(target=lambda: asyncio.run(self._serve()), daemon=True)

    async def _serve(self):
        async with self.app:
            await self.app.post_init(self.app)  # run_polling does this in production
            await self.app.start()
            await self.app.updater.start_polling(poll_interval=0.0, timeout=1, allowed_updates=Update.ALL_TYPES)
            self._started.set()
            while not self._stop.is_set():
                await asyncio.sleep(0.02)
            await self.app.updater.stop()
            await self.app.stop()

    def __enter__(self):
        self._thread.start()
        assert self._started.wait(10), "bot did not start"
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(15)

    def send(self, update: dict) -> int:
        return self.api.push_update(update)

    def drain(self, timeout=10.0):
        """Wait until the bot has fetched every update and gone quiet."""
        self.api.wait_for(lambda a: a.pending_updates() == 0, timeout)
        settled = len(self.api.calls)
        while True:
            time.sleep(0.3)
            if len(self.api.calls) == settled:
                return
            settled = len(self.api.calls)


@pytest.fixture
def polling_bot(api, study_deck):
    with PollingBot(api) as bot:
        yield bot


@pytest.fixture
def webhook(api, settings, study_deck):
    settings.TELEGRAM_BOT_TOKEN = api.token
    settings.TELEGRAM_API_URL = api.url
    settings.TELEGRAM_WEBHOOK_SECRET = "s3cret-token"
    runner.reset()
    yield api
    runner.reset()


@pytest.fixture
def chat(client, webhook):
    """A learner who has said /start in the webhook-driven chat."""
    from tests.bot.chat import Chat  # chat.py reads CHAT from this module

    chat = Chat(client, webhook)
    chat.say("/start")
    return chat
