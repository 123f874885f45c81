import csv
import io
import json

import pytest

from tests.anki_collections import import_apkg, new_collection, notes_of
from tests.factories import DeckFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("fmt", ["json", "csv", "apkg"])
def test_learners_download_a_deck_they_can_study(api, deck, fmt, tmp_path):
    response = api.get(f"/api/v1/decks/docker/export/?format={fmt}")
    assert response.status_code == 200, response.content
    assert response["Content-Disposition"] == f'attachment; filename="docker.{fmt}"'
    if fmt == "json":
        assert len(json.loads(response.content)["cards"]) == 5
    elif fmt == "csv":
        assert len(list(csv.DictReader(io.StringIO(response.content.decode())))) == 5
    else:
        (tmp_path / "d.apkg").write_bytes(response.content)
        col = new_collection(tmp_path / "anki")
        import_apkg(col, tmp_path / "d.apkg")
        assert len(notes_of(col)) == 5
        col.close()


def test_json_is_the_default(api, deck):
    response = api.get("/api/v1/decks/docker/export/")
    assert response.status_code == 200 and json.loads(response.content)["deck"]["slug"] == "docker"


def test_unknown_format_is_400_naming_the_formats(api, deck):
    response = api.get("/api/v1/decks/docker/export/?format=xlsx")
    assert response.status_code == 400 and "json, csv, apkg" in response.json()["detail"]


def test_unpublished_decks_are_404_for_learners_but_staff_export_them(api, staff_api):
    DeckFactory(slug="draft", published=False)
    assert api.get("/api/v1/decks/draft/export/?format=csv").status_code == 404
    assert staff_api.get("/api/v1/decks/draft/export/?format=csv").status_code == 200


def test_anonymous_export_is_401(anon_api, deck):
    assert anon_api.get("/api/v1/decks/docker/export/?format=csv").status_code == 401
