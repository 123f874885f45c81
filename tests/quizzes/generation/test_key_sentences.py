from tests.quizzes.generation.helpers import cards_of


def test_emphasised_term_is_deleted_from_an_informative_sentence():
    [card] = cards_of("Therefore, it is considered a **hardware-level** virtualization technique.", "cloze")
    assert card.front == "Therefore, it is considered a _____ virtualization technique."
    assert card.back == "hardware-level"


def test_inline_code_is_a_technical_term():
    [card] = cards_of("You can list running containers with `docker ps` in any terminal.", "cloze")
    assert card.back == "docker ps" and "docker ps" not in card.front


def test_short_or_definition_sentences_are_not_clozed():
    assert cards_of("Use **this**.", "cloze") == []
    assert cards_of("A **widget** is a small component used to build interfaces.", "cloze") == []
