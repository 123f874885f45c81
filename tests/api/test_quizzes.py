import pytest

from quizzes.models import ReviewLog
from tests.factories import DeckFactory, McqCardFactory

pytestmark = pytest.mark.django_db


def _start(api, size=2, slug="docker"):
    return api.post(f"/api/v1/decks/{slug}/quizzes/", {"size": size}, format="json")


def test_quiz_runs_from_start_to_score(api, deck):
    response = _start(api)
    assert response.status_code == 201
    quiz = response.json()
    assert quiz["size"] == 2 and quiz["answered"] == 0 and not quiz["finished"]
    for question in quiz["questions"]:
        assert question["kind"] in ("mcq", "true_false") and "answer" not in question
        assert question["your_answer"] is None and question["correct"] is None
    answers = {"Which command lists images?": "docker images", "True or false? Containers need a full OS.": "True"}
    for question in quiz["questions"]:
        result = api.post(
            f"/api/v1/quizzes/{quiz['id']}/answers/",
            {"question": question["question"], "answer": answers[question["prompt"]]},
            format="json",
        )
        assert result.status_code == 200, result.content
        assert "correct_answer" in result.json() and "explanation" in result.json()
    final = api.get(f"/api/v1/quizzes/{quiz['id']}/").json()
    assert final["finished"] and final["answered"] == 2 and final["correct"] == 1 and final["score"] == 0.5
    assert ReviewLog.objects.filter(learner=api.learner, source="quiz").count() == 2


def test_answering_twice_the_same_way_is_idempotent_and_a_change_is_refused(api, deck):
    DeckFactory(slug="only-mcq")
    McqCardFactory(deck=deck.__class__.objects.get(slug="only-mcq"))
    quiz = _start(api, size=1, slug="only-mcq").json()
    url = f"/api/v1/quizzes/{quiz['id']}/answers/"
    first = api.post(url, {"question": 1, "answer": "gamma"}, format="json")
    again = api.post(url, {"question": 1, "answer": "gamma"}, format="json")
    assert first.json() == again.json() and first.json()["correct"] is True
    assert api.post(url, {"question": 1, "answer": "alpha"}, format="json").status_code == 409
    assert ReviewLog.objects.count() == 1


@pytest.mark.parametrize(
    ("payload", "status"),
    [({"question": 9, "answer": "x"}, 404), ({"question": 1, "answer": "not a choice"}, 400), ({"answer": "x"}, 400)],
)
def test_bad_answers(api, deck, payload, status):
    quiz = _start(api, size=1).json()
    assert api.post(f"/api/v1/quizzes/{quiz['id']}/answers/", payload, format="json").status_code == status


def test_quizzes_are_private(api, other_api, deck):
    quiz = _start(api).json()
    assert other_api.get(f"/api/v1/quizzes/{quiz['id']}/").status_code == 404
    response = other_api.post(
        f"/api/v1/quizzes/{quiz['id']}/answers/", {"question": 1, "answer": "True"}, format="json"
    )
    assert response.status_code == 404


@pytest.mark.parametrize(("size", "status"), [(0, 400), (51, 400), ("many", 400), (3, 201)])
def test_quiz_size_is_validated(api, deck, size, status):
    assert _start(api, size=size).status_code == status


def test_a_deck_without_questions_cannot_be_quizzed(api):
    DeckFactory(slug="empty")
    response = _start(api, slug="empty")
    assert response.status_code == 400 and "no multiple-choice" in response.json()["detail"]
    assert _start(api, slug="missing").status_code == 404


def test_each_quiz_shuffles_its_choices_and_keeps_that_order_while_it_runs(api, deck):
    McqCardFactory(deck=DeckFactory(slug="one-question"), choices=["w", "x", "y", "z"], answer="y")
    positions = set()
    for _ in range(30):
        quiz = _start(api, size=1, slug="one-question").json()
        shown = quiz["questions"][0]["choices"]
        assert sorted(shown) == ["w", "x", "y", "z"]
        positions.add(shown.index("y"))
        again = api.get(f"/api/v1/quizzes/{quiz['id']}/").json()["questions"][0]["choices"]
        assert again == shown, "a running quiz keeps the order it showed"
    assert len(positions) > 1, "the right answer sat in one place in 30 quizzes"


def _glossary(slug="terms", count=5):
    from quizzes.models import Card
    from tests.factories import CardFactory

    deck = DeckFactory(slug=slug)
    terms = ["hypervisor", "container", "image", "volume", "registry", "daemon"][:count]
    for term in terms:
        CardFactory(deck=deck, kind=Card.Kind.BASIC, front=f"What is a {term}?", back=f"The gloss of {term}")
        CardFactory(deck=deck, kind=Card.Kind.REVERSE, front=f"What is the term for the gloss of {term}?", back=term)
    return deck, terms


def test_a_deck_of_terms_alone_is_quizzed_on_its_terms_with_sibling_terms_as_options(api):
    _, terms = _glossary()
    quiz = _start(api, size=3, slug="terms").json()
    assert quiz["size"] == 3
    for question in quiz["questions"]:
        term = question["prompt"].removeprefix("What is the term for the gloss of ").removesuffix("?")
        assert term in question["choices"] and len(set(question["choices"])) == 4
        assert set(question["choices"]) <= set(terms)
        wrong = next(c for c in question["choices"] if c != term)
        answer = term if question["question"] != 1 else wrong
        result = api.post(
            f"/api/v1/quizzes/{quiz['id']}/answers/",
            {"question": question["question"], "answer": answer},
            format="json",
        )
        assert result.status_code == 200, result.content
        assert result.json()["correct"] is (answer == term) and result.json()["correct_answer"] == term
    final = api.get(f"/api/v1/quizzes/{quiz['id']}/").json()
    assert final["finished"] and final["correct"] == 2
    ratings = set(ReviewLog.objects.filter(learner=api.learner, source="quiz").values_list("rating", flat=True))
    assert len(ratings) == 2  # the wrong choice recorded "again", the right ones "good"


def test_a_term_question_refuses_an_answer_it_did_not_offer_and_too_few_terms_give_no_quiz(api):
    _glossary()
    quiz = _start(api, size=1, slug="terms").json()
    url = f"/api/v1/quizzes/{quiz['id']}/answers/"
    assert api.post(url, {"question": 1, "answer": "not offered"}, format="json").status_code == 400
    _glossary(slug="three", count=3)
    response = _start(api, slug="three")
    assert response.status_code == 400 and "terms" in response.json()["detail"]
