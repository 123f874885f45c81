import pytest

from quizzes.models import Card, Deck
from tests.factories import CardFactory, DeckFactory

pytestmark = pytest.mark.django_db


def test_learners_see_published_decks_only(api, deck):
    DeckFactory(slug="draft", published=False)
    response = api.get("/api/v1/decks/")
    assert [d["slug"] for d in response.json()["results"]] == ["docker"]
    assert response.json()["results"][0]["card_count"] == 5
    assert api.get("/api/v1/decks/draft/").status_code == 404


def test_deck_cards_hide_answers_of_auto_graded_cards(api, deck):
    cards = api.get("/api/v1/decks/docker/cards/").json()["results"]
    mcq = next(c for c in cards if c["kind"] == "mcq")
    assert "answer" not in mcq and mcq["back"] is None and len(mcq["choices"]) == 4
    basic = next(c for c in cards if c["kind"] == "basic")
    assert basic["back"] and basic["choices"] == []


def test_a_learner_browsing_a_deck_sees_choices_shuffled_but_staff_see_them_as_stored(api, staff_api, deck):
    stored = ["docker ps", "docker images", "docker rm", "docker pull"]
    orders = set()
    for _ in range(30):
        cards = api.get("/api/v1/decks/docker/cards/", {"kind": "mcq"}).json()["results"]
        assert sorted(cards[0]["choices"]) == sorted(stored)
        orders.add(tuple(cards[0]["choices"]))
    assert len(orders) > 1
    assert staff_api.get("/api/v1/decks/docker/cards/", {"kind": "mcq"}).json()["results"][0]["choices"] == stored


@pytest.mark.parametrize(
    ("query", "count"),
    [({"kind": "mcq"}, 1), ({"kind": "basic"}, 3), ({"q": "images"}, 1), ({"q": "nothing-like-this"}, 0)],
)
def test_deck_cards_filter(api, deck, query, count):
    response = api.get("/api/v1/decks/docker/cards/", query)
    assert response.status_code == 200 and response.json()["count"] == count


def test_deck_cards_filter_by_section(api, deck):
    CardFactory(deck=deck, section="Docker › CLI")
    assert api.get("/api/v1/decks/docker/cards/", {"section": "cli"}).json()["count"] == 1


def test_unknown_kind_is_a_400(api, deck):
    response = api.get("/api/v1/decks/docker/cards/", {"kind": "essay"})
    assert response.status_code == 400 and "kind" in response.json()["errors"]
    assert response.json()["detail"].startswith("kind: ")


def test_pagination_caps_page_size(api, deck):
    for _ in range(3):
        CardFactory(deck=deck)
    response = api.get("/api/v1/decks/docker/cards/", {"page_size": 2, "page": 2})
    assert len(response.json()["results"]) == 2 and response.json()["count"] == 8
    assert api.get("/api/v1/decks/docker/cards/", {"page": 99}).status_code == 404


def test_learners_cannot_author(api, deck, basic_card):
    assert api.post("/api/v1/decks/", {"slug": "x", "title": "X"}, format="json").status_code == 403
    assert api.patch("/api/v1/decks/docker/", {"title": "Mine"}, format="json").status_code == 403
    assert api.delete("/api/v1/decks/docker/").status_code == 403
    assert (
        api.post("/api/v1/decks/docker/cards/", {"kind": "basic", "front": "Q", "back": "A"}, format="json").status_code
        == 403
    )
    assert api.patch(f"/api/v1/cards/{basic_card.pk}/", {"front": "x"}, format="json").status_code == 403
    response = api.delete(f"/api/v1/cards/{basic_card.pk}/")
    assert response.status_code == 403 and "detail" in response.json()


def test_staff_create_update_and_delete_decks_and_cards(staff_api, deck, basic_card):
    assert staff_api.post("/api/v1/decks/", {"slug": "k8s", "title": "Kubernetes"}, format="json").status_code == 201
    assert staff_api.patch("/api/v1/decks/k8s/", {"published": False}, format="json").json()["published"] is False
    response = staff_api.post(
        "/api/v1/decks/k8s/cards/",
        {
            "kind": "mcq",
            "front": "Which orchestrates?",
            "choices": ["Kubernetes", "Vim", "Make", "Bash"],
            "answer": "Kubernetes",
        },
        format="json",
    )
    assert response.status_code == 201 and response.json()["edited_by_staff"] is True
    response = staff_api.patch(f"/api/v1/cards/{basic_card.pk}/", {"front": "Corrected?"}, format="json")
    assert response.status_code == 200
    basic_card.refresh_from_db()
    assert basic_card.front == "Corrected?" and basic_card.edited_by_staff
    assert staff_api.delete(f"/api/v1/cards/{basic_card.pk}/").status_code == 204
    assert staff_api.delete("/api/v1/decks/k8s/").status_code == 204
    assert not Deck.objects.filter(slug="k8s").exists() and not Card.objects.filter(pk=basic_card.pk).exists()


@pytest.mark.parametrize(
    "payload",
    [
        {"kind": "mcq", "front": "Q?", "choices": ["a", "b"], "answer": "c"},
        {"kind": "mcq", "front": "Q?", "choices": ["a"], "answer": "a"},
        {"kind": "basic", "front": "Q?", "choices": "not a list"},
        {"kind": "essay", "front": "Q?"},
    ],
)
def test_staff_card_validation(staff_api, deck, payload):
    response = staff_api.post("/api/v1/decks/docker/cards/", payload, format="json")
    assert response.status_code == 400


def test_staff_deck_validation(staff_api, deck):
    assert staff_api.post("/api/v1/decks/", {"slug": "docker", "title": "Dup"}, format="json").status_code == 400
    response = staff_api.post("/api/v1/decks/", {"slug": "x", "title": "X", "desired_retention": 2}, format="json")
    assert response.status_code == 400 and "desired_retention" in response.json()["errors"]
