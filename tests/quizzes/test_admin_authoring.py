"""Authoring in the admin: the deck page, the card list for review, the card form per kind, drafts."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from quizzes.models import Card, CardReport, Deck, ImportDraft, ReviewState
from quizzes.services.documents import document_import
from tests.factories import CardFactory, DeckFactory, LearnerFactory, McqCardFactory, TrueFalseCardFactory
from tests.quizzes.admin_uploads import upload_and_run
from tests.quizzes.services.test_document_import import SHEET  # the Docker sheet every import test reads
from tests.quizzes.test_admin import _card_post, _change_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    from tests.factories import UserFactory

    client.force_login(UserFactory(username="editor", is_staff=True, is_superuser=True))
    return client


def _cards(deck, count):
    Card.objects.bulk_create(
        Card(deck=deck, key=f"k{n}", kind=Card.Kind.BASIC, front=f"Q{n}?", back=f"A{n}") for n in range(count)
    )


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


# The deck page


def test_deck_page_shows_counts_per_kind_and_state_without_inline_cards(staff_client):
    deck = DeckFactory()
    CardFactory(deck=deck, front="Only in the list?")
    CardFactory(deck=deck, retired=True)
    McqCardFactory(deck=deck, edited_by_staff=True)
    response = staff_client.get(reverse("admin:quizzes_deck_change", args=[deck.pk]))
    body = response.content.decode()
    assert "Only in the list?" not in body and "cards-0-front" not in body
    overview = body[body.index('id="deck-cards"') :]
    assert "2 live" in overview and "1 retired" in overview and "1 edited by staff" in overview
    assert f"deck__id__exact={deck.pk}&amp;kind__exact=mcq" in overview


def test_deck_page_makes_the_same_number_of_queries_for_any_deck_size(staff_client):
    small, large = DeckFactory(), DeckFactory()
    _cards(small, 3)
    _cards(large, 300)
    few, _ = _queries(staff_client, reverse("admin:quizzes_deck_change", args=[small.pk]))
    many, _ = _queries(staff_client, reverse("admin:quizzes_deck_change", args=[large.pk]))
    assert few == many


def test_deck_page_renders_a_deck_of_ten_thousand_cards(staff_client):
    deck = DeckFactory()
    _cards(deck, 10_000)
    _, response = _queries(staff_client, reverse("admin:quizzes_deck_change", args=[deck.pk]))
    assert "10000 live" in response.content.decode()


def test_deck_list_shows_live_card_counts_and_the_last_import(staff_client):
    document_import(deck_slug="docker", content=SHEET, source_name="docker.md")
    response = staff_client.get(reverse("admin:quizzes_deck_changelist"))
    body = response.content.decode()
    assert re.search(r'class="field-live_cards">4<', body)
    assert 'class="field-last_import">-<' not in body and "field-last_import" in body


# The card list


def test_card_list_makes_the_same_number_of_queries_for_any_deck_size(staff_client):
    small, large = DeckFactory(), DeckFactory()
    _cards(small, 3)
    _cards(large, 300)
    url = reverse("admin:quizzes_card_changelist")
    few, _ = _queries(staff_client, f"{url}?deck__id__exact={small.pk}")
    many, _ = _queries(staff_client, f"{url}?deck__id__exact={large.pk}")
    assert few == many


def test_card_list_sorts_the_worst_cards_first_and_counts_reports(staff_client):
    deck = DeckFactory()
    easy, hard, _new = (CardFactory(deck=deck, front=f"{name} card?") for name in ("Easy", "Hard", "New"))
    for card, lapses in ((easy, 0), (hard, 3)):
        ReviewState.objects.create(
            learner=LearnerFactory(), card=card, deck=deck, state=2, due=card.created_at, reps=4, lapses=lapses
        )
    CardReport.objects.create(card=hard, learner=LearnerFactory(), reason="wrong")
    deck_page = staff_client.get(reverse("admin:quizzes_deck_change", args=[deck.pk])).content.decode()
    worst = re.search(r'href="([^"]+)" id="deck-worst"', deck_page).group(1).replace("&amp;", "&")
    body = staff_client.get(worst).content.decode()
    assert body.index("Hard card?") < body.index("Easy card?") < body.index("New card?")
    assert "75%" in body
    reported = staff_client.get(reverse("admin:quizzes_card_changelist"), {"reported": "open"}).content.decode()
    assert "Hard card?" in reported and "Easy card?" not in reported


def test_retiring_cards_closes_their_reports(staff_client):
    card = CardFactory()
    CardReport.objects.create(card=card, learner=LearnerFactory(), reason="typo")
    staff_client.post(reverse("admin:quizzes_card_changelist"), {"action": "retire", "_selected_action": [card.pk]})
    card.refresh_from_db()
    assert card.retired and CardReport.objects.get().resolved_at is not None


def test_a_reported_card_page_lists_the_reports_and_fixing_it_closes_them(staff_client):
    card = CardFactory()
    CardReport.objects.create(card=card, learner=LearnerFactory(), reason="wrong", note="It is docker images")
    assert "It is docker images" in staff_client.get(_change_url(card)).content.decode()
    staff_client.post(_change_url(card), _card_post(card, back="docker images"))
    assert CardReport.objects.get().resolved_at is not None


def test_retiring_by_hand_closes_reports_without_marking_the_card_edited(staff_client):
    card = CardFactory()
    CardReport.objects.create(card=card, learner=LearnerFactory(), reason="wrong")
    staff_client.post(_change_url(card), _card_post(card, retired="on"))
    card.refresh_from_db()
    assert card.retired and not card.edited_by_staff and CardReport.objects.get().resolved_at is not None


# The card form


def test_a_multiple_choice_card_is_edited_through_its_choice_inputs(staff_client):
    card = McqCardFactory()
    page = staff_client.get(_change_url(card)).content.decode()
    assert 'name="choice_3" value="gamma"' in page and 'name="choices"' not in page
    data = _card_post(card, choice_2="beta prime", correct="2")
    assert staff_client.post(_change_url(card), data).status_code == 302
    card.refresh_from_db()
    assert card.choices == ["alpha", "beta prime", "gamma", "delta"] and card.answer == "beta prime"
    assert card.edited_by_staff


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"choice_2": "Alpha"}, "each choice must differ"),
        ({"correct": "5"}, "the answer must be a choice"),
        ({"correct": None}, "Mark the correct choice"),
        ({"choice_2": "", "choice_3": "", "choice_4": "", "correct": "1"}, "at least two choices"),
        ({"front": "  "}, "cannot be empty"),
    ],
    ids=["duplicate", "answer not a choice", "no answer", "one choice", "empty front"],
)
def test_an_invalid_multiple_choice_card_is_refused_with_a_clear_message(staff_client, overrides, message):
    card = McqCardFactory()
    response = staff_client.post(_change_url(card), _card_post(card, **overrides))
    assert response.status_code == 200 and message in response.content.decode()
    card.refresh_from_db()
    assert card.choices == ["alpha", "beta", "gamma", "delta"] and not card.edited_by_staff


def test_a_true_false_card_is_a_choice_of_true_or_false(staff_client):
    card = TrueFalseCardFactory()
    assert 'name="truth" value="False"' in staff_client.get(_change_url(card)).content.decode()
    staff_client.post(_change_url(card), _card_post(card, truth="True"))
    card.refresh_from_db()
    assert card.answer == "True" and card.choices == ["True", "False"] and card.edited_by_staff


def test_a_cloze_card_needs_its_blank(staff_client):
    card = CardFactory(kind=Card.Kind.CLOZE, front="A _____ runs containers.", back="runtime")
    response = staff_client.post(_change_url(card), _card_post(card, front="A runtime runs containers."))
    assert response.status_code == 200 and "needs a blank" in response.content.decode()


def test_edited_by_staff_cannot_be_ticked_by_hand(staff_client):
    card = CardFactory()
    staff_client.post(_change_url(card), _card_post(card, edited_by_staff="on"))
    card.refresh_from_db()
    assert not card.edited_by_staff


def test_save_and_next_opens_the_next_card_of_the_deck(staff_client):
    deck = DeckFactory()
    first, _retired, following = CardFactory(deck=deck), CardFactory(deck=deck, retired=True), CardFactory(deck=deck)
    CardFactory()  # another deck's card is never "next"
    response = staff_client.post(_change_url(first), _card_post(first, front="Fixed?", _savenext="1"))
    assert response.status_code == 302 and response["Location"] == _change_url(following)
    response = staff_client.post(_change_url(following), _card_post(following, _savenext="1"))
    assert f"deck__id__exact={deck.pk}" in response["Location"]


def test_the_card_page_previews_the_telegram_message_with_its_buttons_and_the_api_item(staff_client):
    card = McqCardFactory(front="Which <one> lists images?")
    body = staff_client.get(_change_url(card)).content.decode()
    preview = body[body.index('id="learner-preview"') :]
    assert "<b>Which &amp;lt;one&amp;gt; lists images?</b>" in preview  # the HTML sent, escaped for Telegram
    assert "gamma" in preview and "⚑ Report" in preview
    assert "&quot;choices&quot;: [" in preview and "&quot;back&quot;: null" in preview


# Drafts


@pytest.fixture(autouse=True)
def _worker(eager_celery):
    """Uploads are jobs: these tests run them at once, as a worker would."""


def _upload(client, content, **extra):
    return upload_and_run(client, content, **extra)


def test_an_upload_is_a_draft_previewing_every_card_until_published(staff_client):
    response = staff_client.get(_upload(staff_client, SHEET)["Location"])  # the job's page, done at once
    draft = ImportDraft.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/importdraft/{draft.pk}/change/")
    assert not Deck.objects.exists()
    page = staff_client.get(response["Location"]).content.decode()
    assert "Using docker, how do you download an image?" in page
    assert "Using docker, which command would you use to delete an image?" in page
    staff_client.post(reverse("admin:quizzes_importdraft_publish", args=[draft.pk]))
    assert Deck.objects.get(slug="docker").cards.count() == 4
    draft.refresh_from_db()
    assert draft.status == ImportDraft.Status.PUBLISHED


def test_publishing_twice_is_refused_with_a_message(staff_client):
    _upload(staff_client, SHEET)
    draft = ImportDraft.objects.get()
    url = reverse("admin:quizzes_importdraft_publish", args=[draft.pk])
    staff_client.post(url)
    response = staff_client.post(url, follow=True)
    assert "already published" in response.content.decode() and Card.objects.count() == 4


def test_publish_needs_a_post(staff_client):
    _upload(staff_client, SHEET)
    response = staff_client.get(reverse("admin:quizzes_importdraft_publish", args=[ImportDraft.objects.get().pk]))
    assert response.status_code == 405 and not Deck.objects.exists()


def test_a_reimport_draft_shows_before_and_after_and_resolves_a_conflict_from_the_page(staff_client):
    document_import(deck_slug="docker", content=SHEET, source_name="docker.md")
    pull = Card.objects.get(kind="basic", back="docker pull IMAGE")
    Card.objects.filter(pk=pull.pk).update(front="How do you fetch an image?", edited_by_staff=True)
    push = Card.objects.get(kind="basic", back="docker push IMAGE")
    changed = SHEET.replace(b"# Download an image", b"# Download an image by name").replace(
        b"# Upload an image", b"# Upload an image to a registry"
    )
    _upload(staff_client, changed)
    draft = ImportDraft.objects.get()
    page = staff_client.get(reverse("admin:quizzes_importdraft_change", args=[draft.pk])).content.decode()
    # Each changed task now has options among the commands: its card is asked as a choice, in the same row.
    assert "Using docker, how do you upload an image?" in page
    assert "Using docker, which command would you use to upload an image to a registry?" in page
    after = "Using docker, which command would you use to download an image by name?"
    assert "How do you fetch an image?" in page and after in page
    [conflict] = draft.preview["conflicts"]["items"]
    assert conflict["card"] == pull.pk
    resolve = reverse("admin:quizzes_importdraft_resolve", args=[draft.pk])
    staff_client.post(resolve, {"key": conflict["key"], "take": "document"})
    staff_client.post(reverse("admin:quizzes_importdraft_publish", args=[draft.pk]))
    pull.refresh_from_db()
    push.refresh_from_db()
    assert pull.front == after and pull.kind == "mcq" and not pull.edited_by_staff
    assert push.front == "Using docker, which command would you use to upload an image to a registry?"


def test_a_bad_resolution_is_a_message_not_an_error(staff_client):
    _upload(staff_client, SHEET)
    draft = ImportDraft.objects.get()
    url = reverse("admin:quizzes_importdraft_resolve", args=[draft.pk])
    response = staff_client.post(url, {"key": "nope", "take": "mine"}, follow=True)
    assert response.status_code == 200 and "No conflict about card" in response.content.decode()


def test_the_admin_home_lists_recall_first_and_plumbing_after(staff_client):
    body = staff_client.get(reverse("admin:index")).content.decode()
    order = [
        body.index(f'href="/admin/{path}/"')
        for path in ("quizzes/deck", "quizzes/card", "quizzes/document", "quizzes/learner")
    ]
    assert order == sorted(order)
    assert order[-1] < body.index('href="/admin/django_celery_beat/') and order[-1] < body.index(
        'href="/admin/authtoken/'
    )


def test_a_draft_older_than_the_decks_last_import_says_its_preview_is_stale(staff_client):
    _upload(staff_client, SHEET)
    draft = ImportDraft.objects.get()
    url = reverse("admin:quizzes_importdraft_change", args=[draft.pk])
    assert 'id="stale-draft"' not in staff_client.get(url).content.decode()
    document_import(deck_slug="docker", content=SHEET, source_name="docker.md")
    assert 'id="stale-draft"' in staff_client.get(url).content.decode()


def test_staff_add_a_multiple_choice_card_by_hand(staff_client):
    deck = DeckFactory()
    url = reverse("admin:quizzes_card_add")
    assert 'name="choice_1"' in staff_client.get(url).content.decode()
    data = _card_post(
        Card(deck=deck, kind=Card.Kind.MCQ, front="Which command lists images?", choices=[], answer=""),
        choice_1="docker ps",
        choice_2="docker images",
        correct="2",
    )
    response = staff_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    card = Card.objects.get()
    assert card.choices == ["docker ps", "docker images"] and card.answer == "docker images"
    assert card.edited_by_staff and card.key.startswith("manual-")


def test_the_new_deck_page_renders(staff_client):
    assert staff_client.get(reverse("admin:quizzes_deck_add")).status_code == 200
