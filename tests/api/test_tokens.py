"""Tokens: a fresh one per login, revoked by DELETE auth/token/, by expiry and by a password change."""

from datetime import timedelta

import pytest
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "analytical-engine-1843"
TOKEN = "/api/v1/auth/token/"


@pytest.fixture
def ada(db):
    user = UserFactory(username="ada")
    user.set_password(PASSWORD)
    user.save()
    return user


def _login(password=PASSWORD) -> str:
    response = APIClient().post(TOKEN, {"username": "ada", "password": password}, format="json")
    assert response.status_code == 200, response.content
    return response.json()["token"]


def _client(token: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    return client


def test_each_login_returns_a_fresh_token_and_the_old_one_stops_working(ada):
    first, second = _login(), _login()
    assert first != second
    assert _client(first).get("/api/v1/ping/").status_code == 401
    assert _client(second).get("/api/v1/ping/").status_code == 200


def test_delete_revokes_the_token_in_use(ada):
    client = _client(_login())
    assert client.delete(TOKEN).status_code == 204
    refused = client.get("/api/v1/ping/")
    assert refused.status_code == 401 and refused.json()["detail"]
    assert client.delete(TOKEN).status_code == 401


def test_delete_needs_a_token(anon_api, ada):
    assert anon_api.delete(TOKEN).status_code == 401


def test_a_token_past_its_lifetime_is_refused_with_a_reason(ada, settings):
    settings.API_TOKEN_TTL_DAYS = 30
    token = _login()
    Token.objects.filter(key=token).update(created=timezone.now() - timedelta(days=31))
    refused = _client(token).get("/api/v1/ping/")
    assert refused.status_code == 401 and "expired" in refused.json()["detail"]
    assert not Token.objects.filter(key=token).exists()


def test_no_expiry_when_the_lifetime_is_zero(ada, settings):
    settings.API_TOKEN_TTL_DAYS = 0
    token = _login()
    Token.objects.filter(key=token).update(created=timezone.now() - timedelta(days=3650))
    assert _client(token).get("/api/v1/ping/").status_code == 200


def test_a_password_change_revokes_every_token(ada):
    token = _login()
    ada.set_password("a-brand-new-passphrase-2026")
    ada.save()
    assert _client(token).get("/api/v1/ping/").status_code == 401


def test_saving_the_user_without_a_new_password_keeps_the_token(ada):
    token = _login()
    ada.first_name = "Ada"
    ada.save()
    assert _client(token).get("/api/v1/ping/").status_code == 200


def test_the_admin_password_change_form_revokes_tokens(client, ada):
    token = _login()
    admin = UserFactory(username="root", is_staff=True, is_superuser=True)
    client.force_login(admin)
    new = "a-brand-new-passphrase-2026"
    response = client.post(
        f"/admin/auth/user/{ada.pk}/password/", {"password1": new, "password2": new, "usable_password": "true"}
    )
    assert response.status_code == 302, response.content[:500]
    assert _client(token).get("/api/v1/ping/").status_code == 401


def test_a_deeply_nested_login_body_is_400(anon_api):
    body = ("[" * 20_000 + "]" * 20_000).encode()
    response = anon_api.post(TOKEN, body, content_type="application/json")
    assert response.status_code == 400
