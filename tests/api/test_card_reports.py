import pytest

from quizzes.models import CardReport
from tests.factories import CardFactory, DeckFactory

pytestmark = pytest.mark.django_db


def _report(api, card_id, payload):
    return api.post(f"/api/v1/study/cards/{card_id}/report/", payload, format="json")


def test_learner_reports_a_card_of_a_published_deck(api):
    card = CardFactory()
    response = _report(api, card.pk, {"reason": "wrong", "note": "The answer is docker images."})
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["card"] == card.pk and body["reason"] == "wrong" and body["resolved"] is False
    report = CardReport.objects.get()
    assert report.learner == api.learner and report.note == "The answer is docker images."


def test_reporting_the_same_card_again_updates_the_open_report(api):
    card = CardFactory()
    _report(api, card.pk, {"reason": "typo"})
    response = _report(api, card.pk, {"reason": "unclear", "note": "Which command?"})
    assert response.status_code == 200
    report = CardReport.objects.get()
    assert report.reason == "unclear" and report.note == "Which command?"


@pytest.mark.parametrize(
    "card",
    [
        lambda: CardFactory(deck=DeckFactory(published=False)),
        lambda: CardFactory(retired=True),
    ],
    ids=["unpublished deck", "retired card"],
)
def test_a_card_the_learner_cannot_study_is_not_found(api, card):
    response = _report(api, card().pk, {"reason": "wrong"})
    assert response.status_code == 404 and "detail" in response.json()
    assert not CardReport.objects.exists()


def test_a_missing_card_is_not_found(api):
    assert _report(api, 999_999, {"reason": "wrong"}).status_code == 404


@pytest.mark.parametrize(
    "payload",
    [{}, {"reason": "boring"}, {"reason": "other", "note": "x" * 1001}],
    ids=["no reason", "unknown reason", "note too long"],
)
def test_bad_report_input_is_a_400_naming_the_field(api, payload):
    response = _report(api, CardFactory().pk, payload)
    assert response.status_code == 400
    assert response.json()["detail"].split(":")[0] in ("reason", "note")


def test_reporting_needs_authentication(anon_api):
    assert _report(anon_api, CardFactory().pk, {"reason": "wrong"}).status_code == 401


def test_staff_correcting_a_card_through_the_api_closes_its_reports(api):
    from rest_framework.test import APIClient

    from tests.factories import UserFactory

    card = CardFactory()
    _report(api, card.pk, {"reason": "typo"})
    staff = APIClient()
    staff.force_authenticate(UserFactory(is_staff=True))
    assert staff.patch(f"/api/v1/cards/{card.pk}/", {"front": "Fixed?"}, format="json").status_code == 200
    assert CardReport.objects.get().resolved_at is not None
