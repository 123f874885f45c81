from datetime import timedelta

import pytest
from django.utils import timezone

from quizzes.errors import InvalidInput
from quizzes.models import Learner
from quizzes.services.learners import learner_for_telegram, telegram_link_consume, telegram_link_create
from tests.factories import LearnerFactory

pytestmark = pytest.mark.django_db


def test_a_deep_link_token_links_the_chat_once():
    learner = LearnerFactory()
    token = telegram_link_create(learner=learner)
    assert len(token) <= 64
    assert telegram_link_consume(token=token, chat_id=4242).pk == learner.pk
    assert Learner.objects.get(pk=learner.pk).telegram_chat_id == 4242
    with pytest.raises(InvalidInput, match="expired or was already used"):
        telegram_link_consume(token=token, chat_id=4242)


def test_linking_moves_the_chat_off_a_telegram_only_account():
    chat_only, _ = learner_for_telegram(chat_id=77)
    account = LearnerFactory()
    telegram_link_consume(token=telegram_link_create(learner=account), chat_id=77)
    assert Learner.objects.get(pk=account.pk).telegram_chat_id == 77
    assert Learner.objects.get(pk=chat_only.pk).telegram_chat_id is None


def test_an_expired_token_is_refused():
    learner = LearnerFactory()
    token = telegram_link_create(learner=learner)
    Learner.objects.filter(pk=learner.pk).update(link_token_expires_at=timezone.now() - timedelta(seconds=1))
    with pytest.raises(InvalidInput):
        telegram_link_consume(token=token, chat_id=1)


def test_start_twice_finds_the_same_learner():
    first, created = learner_for_telegram(chat_id=5, name="Ada")
    again, created_again = learner_for_telegram(chat_id=5)
    assert created and not created_again and first.pk == again.pk
