import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from api.throttles import limiter
from quizzes.models import Card
from tests.factories import CardFactory, DeckFactory, LearnerFactory, McqCardFactory, TrueFalseCardFactory, UserFactory


@pytest.fixture(autouse=True)
def _fresh_throttles():
    # Throttle counters live in the cache and the learner limiter's storage; each test starts with none.
    cache.clear()
    limiter().storage.reset()


@pytest.fixture
def deck(db):
    deck = DeckFactory(slug="docker", title="Docker")
    for i in range(3):
        CardFactory(deck=deck, front=f"Basic question {i}?", back=f"Answer {i}")
    McqCardFactory(
        deck=deck,
        front="Which command lists images?",
        choices=["docker ps", "docker images", "docker rm", "docker pull"],
        answer="docker images",
        back="docker images",
        explanation="docker images lists images.",
    )
    TrueFalseCardFactory(deck=deck, front="True or false? Containers need a full OS.", answer="False")
    return deck


@pytest.fixture
def basic_card(deck):
    return deck.cards.filter(kind=Card.Kind.BASIC).first()


@pytest.fixture
def mcq_card(deck):
    return deck.cards.get(kind=Card.Kind.MCQ)


@pytest.fixture
def other_api(db):
    client = APIClient()
    learner = LearnerFactory()
    client.force_authenticate(learner.user)
    client.learner = learner
    return client


@pytest.fixture
def staff_api(db):
    client = APIClient()
    client.force_authenticate(UserFactory(username="staff", is_staff=True))
    return client
