import pytest
from rest_framework.throttling import AnonRateThrottle

from quizzes.models import Learner

pytestmark = pytest.mark.django_db


def test_register_then_token_then_authenticated_request(anon_api):
    response = anon_api.post(
        "/api/v1/auth/register/", {"username": "ada", "password": "analytical-engine-1843"}, format="json"
    )
    assert response.status_code == 201 and response.json()["username"] == "ada"
    assert Learner.objects.filter(user__username="ada").exists()
    response = anon_api.post(
        "/api/v1/auth/token/", {"username": "ada", "password": "analytical-engine-1843"}, format="json"
    )
    token = response.json()["token"]
    anon_api.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert anon_api.get("/api/v1/ping/").json() == {"ok": True}


@pytest.mark.parametrize(
    ("payload", "status", "fragment"),
    [
        ({"username": "bob", "password": "123"}, 400, "too short"),
        ({"username": "bob"}, 400, "password"),
        ({"username": "", "password": "analytical-engine-1843"}, 400, "username"),
    ],
)
def test_register_rejects_bad_input(anon_api, payload, status, fragment):
    response = anon_api.post("/api/v1/auth/register/", payload, format="json")
    assert response.status_code == status and fragment in response.content.decode()


def test_register_refuses_a_taken_username(anon_api):
    payload = {"username": "ada", "password": "analytical-engine-1843"}
    anon_api.post("/api/v1/auth/register/", payload, format="json")
    response = anon_api.post("/api/v1/auth/register/", payload, format="json")
    assert response.status_code == 409 and response.json() == {"detail": "That username is taken."}


def test_wrong_password_gets_no_token(anon_api, learner):
    response = anon_api.post(
        "/api/v1/auth/token/", {"username": learner.user.username, "password": "nope"}, format="json"
    )
    assert response.status_code == 400 and "token" not in response.json()


def test_requests_without_credentials_are_401(anon_api):
    for path in ["/api/v1/decks/", "/api/v1/study/due/", "/api/v1/study/stats/", "/api/v1/me/"]:
        response = anon_api.get(path)
        assert response.status_code == 401 and "detail" in response.json()


def test_token_endpoint_is_throttled(anon_api, monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"token": "3/min", "register": "2/min"})
    codes = [
        anon_api.post("/api/v1/auth/token/", {"username": "x", "password": "y"}, format="json").status_code
        for _ in range(5)
    ]
    assert codes[:3] == [400, 400, 400] and codes[3:] == [429, 429]
    codes = [anon_api.post("/api/v1/auth/register/", {}, format="json").status_code for _ in range(3)]
    assert codes[-1] == 429
