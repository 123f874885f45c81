"""Every bad request is a 4xx with a JSON body that names the problem."""

import pytest

pytestmark = pytest.mark.django_db


def test_malformed_json_is_400(api, basic_card):
    response = api.generic("POST", "/api/v1/study/reviews/", b'{"card": 1, "rating": ', content_type="application/json")
    assert response.status_code == 400 and "Malformed JSON" in response.json()["detail"]


def test_deeply_nested_json_is_400(api, basic_card):
    body = ("[" * 20_000 + "]" * 20_000).encode()  # valid JSON, far deeper than any request needs
    response = api.generic("POST", "/api/v1/study/reviews/", body, content_type="application/json")
    assert response.status_code == 400 and "Malformed JSON" in response.json()["detail"]


def test_nested_but_parseable_json_is_a_validation_error(api, basic_card):
    nested = {"card": {"a": {"b": {"c": [1, 2, [3]]}}}, "rating": ["good"]}
    response = api.post("/api/v1/study/reviews/", nested, format="json")
    assert response.status_code == 400 and "card" in response.json()["errors"]


def test_body_over_the_cap_is_413(api):
    response = api.generic("POST", "/api/v1/study/reviews/", b"x" * (70 * 1024), content_type="application/json")
    assert response.status_code == 413


def test_empty_body_is_400(api):
    response = api.generic("POST", "/api/v1/study/reviews/", b"", content_type="application/json")
    assert response.status_code == 400


def test_unsupported_media_type_is_415(api):
    response = api.generic("POST", "/api/v1/study/reviews/", b"card=1", content_type="text/csv")
    assert response.status_code == 415 and "detail" in response.json()


def test_unknown_paths_and_methods(api):
    response = api.get("/api/v1/study/reviews/abc/")
    assert response.status_code == 404 and response.json() == {"detail": "Not found."}
    response = api.delete("/api/v1/study/stats/")
    assert response.status_code == 405 and "detail" in response.json()
