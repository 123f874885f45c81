from datetime import timedelta

import pytest
from django.utils import timezone

from quizzes.models import ReviewLog, ReviewState
from quizzes.services.reviews import review_record
from tests.factories import CardFactory, DeckFactory, ReviewStateFactory

pytestmark = pytest.mark.django_db


def _due(api, **params):
    response = api.get("/api/v1/study/due/", params)
    assert response.status_code == 200, response.content
    return response.json()


def _review(api, payload, **headers):
    return api.post("/api/v1/study/reviews/", payload, format="json", **headers)


def test_new_learner_gets_new_cards_without_answers(api, deck):
    data = _due(api, deck="docker")
    assert data["due_count"] == 0 and data["new_available"] == 5
    assert [r["state"] for r in data["results"]] == ["new"] * 5
    mcq = next(r for r in data["results"] if r["kind"] == "mcq")
    assert "answer" not in mcq and mcq["back"] is None and mcq["due"] is None


def test_self_graded_review_schedules_the_card(api, basic_card):
    response = _review(api, {"card": basic_card.pk, "rating": "good"})
    assert response.status_code == 201, response.content
    review = response.json()
    assert review["card"] == basic_card.pk and review["rating"] == "good" and review["correct"] is None
    assert review["state"] == "learning" and review["interval"] == "10m" and review["next_due"]
    state = ReviewState.objects.get(learner=api.learner, card=basic_card)
    assert state.reps == 1


@pytest.mark.parametrize(
    ("answer", "correct", "rating"), [("docker images", True, "good"), ("docker ps", False, "again")]
)
def test_auto_graded_review_maps_correctness_to_rating(api, mcq_card, answer, correct, rating):
    review = _review(api, {"card": mcq_card.pk, "answer": answer}).json()
    assert review["correct"] is correct and review["rating"] == rating


def test_learning_cards_come_before_new_and_new_limit_applies(api, deck, basic_card):
    api.learner.new_cards_per_day = 2
    api.learner.save()
    _review(api, {"card": basic_card.pk, "rating": "again"})
    ReviewState.objects.filter(card=basic_card).update(due=timezone.now() - timedelta(seconds=1))
    data = _due(api, deck="docker")
    assert data["due_count"] == 1 and data["new_available"] == 1
    assert [r["state"] for r in data["results"]] == ["learning", "new"]
    assert data["results"][0]["id"] == basic_card.pk


def test_learning_before_reviews_then_oldest_review_first(api, deck):
    cards = list(deck.cards.order_by("id"))
    now = timezone.now()
    for card, state, ago in [(cards[0], 2, 5), (cards[1], 1, 1), (cards[2], 2, 50)]:
        ReviewState.objects.create(
            learner=api.learner, card=card, deck=deck, state=state, due=now - timedelta(minutes=ago)
        )
    ids = [r["id"] for r in _due(api, deck="docker")["results"][:3]]
    assert ids == [cards[1].pk, cards[2].pk, cards[0].pk]


@pytest.mark.parametrize("limit", ["0", "-1", "101", "100000000000000000000", "abc"])
def test_bad_limit_is_a_400(api, deck, limit):
    response = api.get("/api/v1/study/due/", {"limit": limit})
    assert response.status_code == 400 and response.json()["detail"].startswith("limit: ")


def test_unknown_or_unpublished_deck_is_a_404(api, deck):
    DeckFactory(slug="draft", published=False)
    for slug in ["nope", "draft"]:
        response = api.get("/api/v1/study/due/", {"deck": slug})
        assert response.status_code == 404 and "detail" in response.json()


@pytest.mark.parametrize(
    ("payload", "fragment"),
    [
        ({"card": 1, "rating": "perfect"}, "rating"),
        ({"card": "x", "rating": "good"}, "card"),
        ({"rating": "good"}, "card"),
        ({"card": 1}, "either rating"),
        ({"card": 1, "rating": "good", "answer": "x"}, "either rating"),
    ],
)
def test_malformed_reviews_are_400(api, basic_card, payload, fragment):
    payload = {**payload, "card": basic_card.pk if payload.get("card") == 1 else payload.get("card")}
    payload = {k: v for k, v in payload.items() if v is not None}
    response = _review(api, payload)
    assert response.status_code == 400 and fragment in response.content.decode()


def test_wrong_kind_of_answer_is_a_400(api, basic_card, mcq_card):
    response = _review(api, {"card": basic_card.pk, "answer": "Answer 0"})
    assert response.status_code == 400 and "self-graded" in response.json()["detail"]
    response = _review(api, {"card": mcq_card.pk, "rating": "good"})
    assert response.status_code == 400 and "graded from its answer" in response.json()["detail"]
    response = _review(api, {"card": mcq_card.pk, "answer": "docker fly"})
    assert response.status_code == 400 and "one of" in response.json()["detail"]


def test_unknown_retired_or_unpublished_cards_are_404(api, deck):
    retired = CardFactory(deck=deck, retired=True)
    hidden = CardFactory(deck=DeckFactory(published=False))
    for card_id in [999999, retired.pk, hidden.pk]:
        response = _review(api, {"card": card_id, "rating": "good"})
        assert response.status_code == 404 and "detail" in response.json()
    assert not ReviewLog.objects.exists()


def test_idempotency_key_replays_the_first_response(api, basic_card):
    first = _review(api, {"card": basic_card.pk, "rating": "good"}, HTTP_IDEMPOTENCY_KEY="tap-1")
    again = _review(api, {"card": basic_card.pk, "rating": "good"}, HTTP_IDEMPOTENCY_KEY="tap-1")
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json()
    assert ReviewLog.objects.count() == 1
    assert ReviewState.objects.get(card=basic_card).reps == 1
    _review(api, {"card": basic_card.pk, "rating": "good"}, HTTP_IDEMPOTENCY_KEY="tap-2")
    assert ReviewLog.objects.count() == 2


@pytest.mark.parametrize(
    "second",
    [{"rating": "easy"}, {"card": "other", "rating": "good"}],
    ids=["another rating", "another card"],
)
def test_an_idempotency_key_reused_with_another_body_is_a_422_naming_the_key(api, deck, basic_card, second):
    other = CardFactory(deck=deck)
    first = _review(api, {"card": basic_card.pk, "rating": "good"}, HTTP_IDEMPOTENCY_KEY="tap-7")
    body = {"card": basic_card.pk, **second}
    if body["card"] == "other":
        body["card"] = other.pk
    response = _review(api, body, HTTP_IDEMPOTENCY_KEY="tap-7")
    assert first.status_code == 201
    assert response.status_code == 422, response.content
    assert "'tap-7'" in response.json()["detail"] and "Idempotency-Key" in response.json()["detail"]
    assert ReviewLog.objects.count() == 1
    assert not ReviewState.objects.filter(card=other).exists()
    assert ReviewState.objects.get(card=basic_card).reps == 1


def test_an_auto_graded_answer_reused_with_another_choice_is_a_422(api, mcq_card):
    assert _review(api, {"card": mcq_card.pk, "answer": "docker ps"}, HTTP_IDEMPOTENCY_KEY="k").status_code == 201
    same = _review(api, {"card": mcq_card.pk, "answer": " Docker PS"}, HTTP_IDEMPOTENCY_KEY="k")
    assert same.status_code == 201 and same.json()["answer"] == "docker ps"
    other = _review(api, {"card": mcq_card.pk, "answer": "docker rm"}, HTTP_IDEMPOTENCY_KEY="k")
    assert other.status_code == 422


def test_a_wrong_answer_is_told_the_right_one_and_why(api, mcq_card):
    response = _review(api, {"card": mcq_card.pk, "answer": "docker ps"})
    assert response.status_code == 201
    data = response.json()
    assert data["correct"] is False
    assert data["correct_answer"] == mcq_card.answer and data["explanation"] == mcq_card.explanation
    replay = _review(api, {"card": mcq_card.pk, "answer": "docker rm"}, HTTP_IDEMPOTENCY_KEY="x")
    assert replay.json()["correct_answer"] == mcq_card.answer


def test_a_self_graded_review_returns_the_back_as_its_answer(api, basic_card):
    data = _review(api, {"card": basic_card.pk, "rating": "again"}).json()
    assert data["correct_answer"] == basic_card.back and data["explanation"] == basic_card.explanation


def test_study_cards_present_their_choices_shuffled_and_grade_the_chosen_text(api, deck, mcq_card):
    positions = set()
    for _ in range(40):
        results = _due(api, deck="docker")["results"]
        shown = next(r for r in results if r["kind"] == "mcq")["choices"]
        assert sorted(shown) == sorted(mcq_card.choices)
        positions.add(shown.index(mcq_card.answer))
        assert next(r for r in results if r["kind"] == "true_false")["choices"] == ["True", "False"]
    assert len(positions) > 1, "the right answer sat in one place for 40 presentations"
    assert _review(api, {"card": mcq_card.pk, "answer": mcq_card.answer}).json()["correct"] is True


def test_idempotency_keys_are_per_learner(api, other_api, basic_card):
    _review(api, {"card": basic_card.pk, "rating": "good"}, HTTP_IDEMPOTENCY_KEY="same")
    response = _review(other_api, {"card": basic_card.pk, "rating": "easy"}, HTTP_IDEMPOTENCY_KEY="same")
    assert response.status_code == 201 and response.json()["rating"] == "easy"


def test_too_long_idempotency_key_is_a_400(api, basic_card):
    response = _review(api, {"card": basic_card.pk, "rating": "good"}, HTTP_IDEMPOTENCY_KEY="k" * 101)
    assert response.status_code == 400


def test_reviews_are_private(api, other_api, basic_card):
    mine = _review(api, {"card": basic_card.pk, "rating": "good"}).json()
    _review(other_api, {"card": basic_card.pk, "rating": "hard"})
    listing = api.get("/api/v1/study/reviews/").json()
    assert [r["id"] for r in listing["results"]] == [mine["id"]]
    assert api.get(f"/api/v1/study/reviews/{mine['id']}/").json() == mine
    assert other_api.get(f"/api/v1/study/reviews/{mine['id']}/").status_code == 404


def test_progress_lists_every_card_with_my_state_only(api, other_api, deck, basic_card):
    _review(api, {"card": basic_card.pk, "rating": "good"})
    _review(other_api, {"card": basic_card.pk, "rating": "easy"})
    rows = {r["card"]: r for r in api.get("/api/v1/decks/docker/progress/").json()["results"]}
    assert len(rows) == 5
    assert rows[basic_card.pk]["state"] == "learning" and rows[basic_card.pk]["reps"] == 1
    assert all(r["state"] == "new" and r["reps"] == 0 for pk, r in rows.items() if pk != basic_card.pk)
    other = {r["card"]: r for r in other_api.get("/api/v1/decks/docker/progress/").json()["results"]}
    assert other[basic_card.pk]["state"] == "review"


def test_stats_count_today_due_forecast_retention_and_streak(api, deck, basic_card, mcq_card):
    _review(api, {"card": basic_card.pk, "rating": "easy"})
    _review(api, {"card": mcq_card.pk, "answer": "docker ps"})
    # Yesterday: a card in review, forgotten.
    now = timezone.now()
    other = deck.cards.filter(kind="basic").exclude(pk=basic_card.pk).first()
    ReviewStateFactory(learner=api.learner, card=other, due=now, last_review=now)
    review_record(learner=api.learner, card=other.pk, rating="again", now=now - timedelta(days=1))
    stats = api.get("/api/v1/study/stats/").json()
    assert stats["reviews_today"] == 2 and stats["reviews_30d"] == 3
    assert stats["streak_days"] == 2
    assert stats["retention_30d"] == 0.0
    assert len(stats["forecast"]) == 7 and sum(d["due"] for d in stats["forecast"]) >= 1
    assert stats["due_now"] == 1  # yesterday's forgotten card, relearning since minutes after


def test_due_queue_review_and_stats_use_a_constant_number_of_queries(api, django_assert_max_num_queries):
    deck = DeckFactory(slug="big")
    cards = [CardFactory(deck=deck) for _ in range(60)]
    now = timezone.now()
    for card in cards[:40]:
        ReviewStateFactory(
            learner=api.learner, card=card, due=now - timedelta(hours=1), last_review=now - timedelta(days=3)
        )
    with django_assert_max_num_queries(8):
        assert len(_due(api, deck="big", limit=50)["results"]) == 50
    with django_assert_max_num_queries(8):
        assert _review(api, {"card": cards[0].pk, "rating": "good"}).status_code == 201
    with django_assert_max_num_queries(8):
        assert api.get("/api/v1/study/stats/").status_code == 200


def test_hand_built_responses_match_their_serializers(api, deck, basic_card, mcq_card):
    from api.representations import due_queue_data, review_data
    from api.serializers import DueQueueSerializer, ReviewSerializer
    from quizzes.study_queue import due_queue

    _review(api, {"card": basic_card.pk, "rating": "again"})
    ReviewState.objects.filter(card=basic_card).update(due=timezone.now() - timedelta(seconds=1))
    queue = due_queue(learner=api.learner)
    assert due_queue_data(queue) == DueQueueSerializer(queue).data
    log = ReviewLog.objects.get()
    assert review_data(log) == ReviewSerializer(log).data
