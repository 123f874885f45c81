"""The API as a client developer meets it: a front door, offline docs, and a schema that says what
the server enforces."""

import re

import pytest
import yaml
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db


@pytest.fixture
def schema(anon_api):
    response = anon_api.get("/api/v1/schema/")
    assert response.status_code == 200
    return yaml.safe_load(response.content)


@pytest.mark.parametrize("path", ["/", "/api/v1/"])
def test_the_roots_link_to_docs_schema_and_admin(anon_api, path):
    response = anon_api.get(path)
    assert response.status_code == 200
    body = response.json()
    assert body["docs"] == "http://testserver/api/v1/docs/"
    assert body["schema"] == "http://testserver/api/v1/schema/"
    assert body["admin"] == "http://testserver/admin/"
    assert body["api"] == "http://testserver/api/v1/"


def test_swagger_ui_is_served_from_the_project_not_a_cdn(anon_api):
    page = anon_api.get("/api/v1/docs/")
    assert page.status_code == 200
    html = page.content.decode()
    urls = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert urls and not [u for u in urls if u.startswith(("http:", "https:", "//"))], urls
    assets = [u for u in urls if u.startswith("/static/")]
    assert any(u.endswith("swagger-ui-bundle.js") for u in assets)
    for url in assets:
        assert finders.find(url.removeprefix("/static/")), f"{url} is not shipped with the project"
    script = anon_api.get("/api/v1/docs/", {"script": ""}).content.decode()
    assert "/api/v1/schema/" in script and "cdn" not in script.lower()


def test_the_schema_states_the_page_size_bounds(schema):
    parameters = schema["paths"]["/api/v1/decks/"]["get"]["parameters"]
    page_size = next(p for p in parameters if p["name"] == "page_size")
    assert page_size["schema"] == {"type": "integer", "minimum": 1, "maximum": 500}


def test_the_schema_lists_the_time_zones_the_server_accepts(schema, api):
    zones = schema["components"]["schemas"]["TimezoneEnum"]["enum"]
    assert "Europe/Berlin" in zones and "localtime" not in zones
    response = api.patch("/api/v1/me/", {"timezone": "Mars/Olympus"}, format="json")
    assert response.status_code == 400 and "Unknown time zone" in response.json()["errors"]["timezone"][0]


def test_the_schema_says_a_review_is_a_rating_or_an_answer_not_both(schema, api, basic_card):
    operation = schema["paths"]["/api/v1/study/reviews/"]["post"]["requestBody"]
    assert operation["required"] is True
    body = schema["components"]["schemas"]["ReviewInputRequest"]
    shapes = [schema["components"]["schemas"][ref["$ref"].rsplit("/", 1)[-1]] for ref in body["oneOf"]]
    assert sorted(sorted(s["required"]) for s in shapes) == [["answer", "card"], ["card", "rating"]]
    both = api.post("/api/v1/study/reviews/", {"card": basic_card.pk, "rating": "good", "answer": "x"}, format="json")
    assert both.status_code == 400


def test_card_count_is_in_every_deck_response_the_schema_marks_it_required_in(schema, staff_api, deck):
    assert "card_count" in schema["components"]["schemas"]["Deck"]["required"]
    created = staff_api.post("/api/v1/decks/", {"slug": "new", "title": "New"}, format="json")
    assert created.status_code == 201 and created.json()["card_count"] == 0
    changed = staff_api.patch(f"/api/v1/decks/{deck.slug}/", {"title": "Docker 2"}, format="json")
    assert changed.json()["card_count"] == 5
    assert staff_api.get(f"/api/v1/decks/{deck.slug}/").json()["card_count"] == 5


def test_descriptions_hold_no_notes_for_maintainers(schema):
    text = yaml.safe_dump(schema).lower()
    for internal in ("hottest", "on purpose", "modelserializer", "benchmark", "sql"):
        assert internal not in text, internal


def test_the_token_endpoint_body_has_its_own_name(schema):
    body = schema["paths"]["/api/v1/auth/token/"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    register = schema["paths"]["/api/v1/auth/register/"]["post"]["requestBody"]["content"]["application/json"]
    assert body["$ref"].endswith("/CredentialsRequest") and body != register["schema"]


def test_a_weak_password_is_named_in_errors(anon_api):
    response = anon_api.post("/api/v1/auth/register/", {"username": "bob", "password": "123"}, format="json")
    assert response.status_code == 400
    assert "too short" in response.json()["errors"]["password"][0]


@pytest.mark.parametrize("page_size", ["0", "501", "²", "-1"])
def test_a_page_size_outside_the_schema_is_a_400_naming_it(api, deck, page_size):
    response = api.get("/api/v1/decks/", {"page_size": page_size})
    assert response.status_code == 400 and "page_size" in response.json()["errors"]
