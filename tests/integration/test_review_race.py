"""Concurrent copies of one answer record exactly one review (PostgreSQL, real threads and connections)."""

import threading

import pytest
from django.db import connection

from quizzes.models import ReviewLog, ReviewState
from quizzes.services.reviews import review_record
from tests.factories import CardFactory, LearnerFactory

pytestmark = pytest.mark.integration


def _race(count, work):
    barrier = threading.Barrier(count)
    results, errors = [], []

    def run():
        try:
            barrier.wait()
            results.append(work())
        except Exception as exc:  # collected and asserted below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results, errors


def test_racing_copies_with_one_key_record_once(postgres):
    learner, card = LearnerFactory(), CardFactory()
    results, errors = _race(8, lambda: review_record(learner=learner, card=card.pk, rating="good", client_id="tap-1"))
    assert errors == []
    assert ReviewLog.objects.filter(learner=learner).count() == 1
    assert sum(r.created for r in results) == 1
    assert len({r.log.pk for r in results}) == 1
    assert ReviewState.objects.get(learner=learner, card=card).reps == 1


def test_racing_first_reviews_without_keys_all_count(postgres):
    learner, card = LearnerFactory(), CardFactory()
    results, errors = _race(4, lambda: review_record(learner=learner, card=card.pk, rating="good"))
    assert all(r.created for r in results)
    assert errors == []
    assert ReviewLog.objects.filter(learner=learner).count() == 4
    assert ReviewState.objects.get(learner=learner, card=card).reps == 4
