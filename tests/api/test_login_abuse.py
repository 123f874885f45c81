"""Guessed passwords and spoofed addresses: django-axes locks a username per address, and the
throttles and the lockout trust X-Forwarded-For only from our own proxies."""

from datetime import timedelta

import pytest
from rest_framework.throttling import AnonRateThrottle

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "analytical-engine-1843"
TOKEN = "/api/v1/auth/token/"


@pytest.fixture
def ada(db):
    user = UserFactory(username="ada", is_staff=True, is_superuser=True)
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.fixture
def lax_throttles(monkeypatch):
    # The lockout is under test here, not the throttle in front of it.
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"token": "1000/min", "register": "1000/min"})


def _token(client, password, address="10.0.0.1", **headers):
    body = {"username": "ada", "password": password}
    return client.post(TOKEN, body, format="json", REMOTE_ADDR=address, **headers)


def test_the_api_login_locks_at_the_fifth_failure_even_for_the_right_password(anon_api, ada, lax_throttles):
    codes = [_token(anon_api, "wrong").status_code for _ in range(5)]
    assert codes == [400, 400, 400, 400, 429]
    locked = _token(anon_api, PASSWORD)
    assert locked.status_code == 429
    assert "Too many failed logins" in locked.json()["detail"] and "15 minutes" in locked.json()["detail"]
    assert int(locked["Retry-After"]) == 15 * 60


def test_the_lockout_is_per_address_and_lifts_after_the_cooloff(anon_api, ada, lax_throttles, settings):
    for _ in range(5):
        _token(anon_api, "wrong")
    assert _token(anon_api, PASSWORD, address="10.0.0.2").status_code == 200  # another address is not locked
    settings.AXES_COOLOFF_TIME = timedelta(seconds=0)
    assert _token(anon_api, PASSWORD).status_code == 200


def test_the_admin_login_locks_with_a_clear_message(client, ada):
    form = {"username": "ada", "password": "wrong", "next": "/admin/"}
    codes = [client.post("/admin/login/", form, REMOTE_ADDR="10.0.0.1").status_code for _ in range(5)]
    assert codes == [200, 200, 200, 200, 429]
    locked = client.post("/admin/login/", {**form, "password": PASSWORD}, REMOTE_ADDR="10.0.0.1")
    assert locked.status_code == 429
    assert b"Too many failed logins for this account from your address" in locked.content
    assert not client.get("/admin/").wsgi_request.user.is_authenticated


def test_a_spoofed_forwarded_for_neither_escapes_the_login_throttle_nor_the_lockout(anon_api, ada, monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"token": "3/min", "register": "2/min"})
    codes = [_token(anon_api, "wrong", HTTP_X_FORWARDED_FOR=f"203.0.113.{i}").status_code for i in range(5)]
    assert codes == [400, 400, 400, 429, 429]
    signups = [
        anon_api.post(
            "/api/v1/auth/register/",
            {"username": f"bot{i}", "password": PASSWORD},
            format="json",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{i}",
        ).status_code
        for i in range(3)
    ]
    assert signups == [201, 201, 429]


def test_behind_one_proxy_the_address_it_appended_is_the_client(anon_api, ada, settings, monkeypatch):
    settings.NUM_PROXIES = 1
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"token": "2/min", "register": "2/min"})
    # The client wrote the first entry; our proxy appended the real address last.
    first = [_token(anon_api, "wrong", HTTP_X_FORWARDED_FOR=f"1.1.1.{i}, 192.0.2.7").status_code for i in range(3)]
    assert first == [400, 400, 429]
    assert _token(anon_api, "wrong", HTTP_X_FORWARDED_FOR="1.1.1.1, 192.0.2.8").status_code == 400
