import pytest

from quizzes.generation.extractors import key_sentences
from quizzes.generation.extractors.key_sentences import open_place
from tests.quizzes.generation.helpers import cards_of, facts_of


def test_emphasised_term_is_deleted_from_an_informative_sentence_that_names_its_topic():
    [card] = cards_of("## Hypervisors\nA type 1 hypervisor runs on **bare metal** without a host system.", "cloze")
    assert card.front == "In Hypervisors, a type 1 hypervisor runs on _____ without a host system."
    assert card.back == "bare metal"


def test_a_sentence_that_points_outside_itself_is_not_clozed():
    assert cards_of("Therefore, it is considered a **hardware-level** virtualization technique.", "cloze") == []


def test_a_verb_or_a_label_is_not_the_span_to_blank():
    assert cards_of("## DOM\n- **Provides** a structured way to access any element on your page", "cloze") == []
    markdown = "## HTML\n📝 **Element types**: div elements take up the full width of their parent in the viewport."
    cards = cards_of(markdown, "cloze")
    # The call-out label is neither the blank nor part of the statement asked.
    expected = ("In HTML, div elements take up the full width of their parent in the _____.", "viewport")
    assert [(c.front, c.back) for c in cards] == [expected]


def test_inline_code_is_a_technical_term():
    [card] = cards_of("You can list running containers with `docker ps` in any terminal.", "cloze")
    assert card.back == "docker ps" and "docker ps" not in card.front


def test_short_or_definition_sentences_are_not_clozed():
    assert cards_of("Use **this**.", "cloze") == []
    assert cards_of("A **widget** is a small component used to build interfaces.", "cloze") == []


def test_no_topic_prefix_when_the_topic_names_the_blank():
    markdown = (
        "## Floyd–Warshall Algorithm\n"
        "In computer science, the **Floyd–Warshall algorithm** is an algorithm for finding shortest paths."
    )
    [fact] = facts_of(markdown, "key_sentences")
    [card] = key_sentences.render(fact, [], 0)
    assert card.front == "In computer science, the _____ is an algorithm for finding shortest paths."
    # In a bank the definition card asks this sentence already ("What is the Floyd–Warshall
    # algorithm?"): the cloze would ask it backwards, so selection keeps only the definition.
    assert [c.kind for c in cards_of(markdown)] == ["basic"]


def test_the_action_of_an_instruction_is_not_blanked():
    assert cards_of("## Challenge\n- **Double-click** a plant to bring it to the front of the jar.", "cloze") == []


def test_a_leading_connective_is_dropped_unless_a_pronoun_follows_it():
    [card] = cards_of("## Docker\nHowever, containers share the **host kernel** with each other.", "cloze")
    assert card.front == "In Docker, containers share the _____ with each other."
    assert card.explanation == "However, containers share the host kernel with each other."
    assert cards_of("## Docker\nTherefore, it shares the **host kernel** with each other.", "cloze") == []


@pytest.mark.parametrize(
    "sentence, span, is_open",
    [
        ("Docker can fully run in WSL 2.", "WSL 2", True),
        ("Docker can fully run in WSL 2.", "WSL", True),
        ("The app is deployed on Kubernetes.", "Kubernetes", True),
        ("Docker can fully run in WSL 2, so Linux tools work natively on Windows machines.", "WSL 2", False),
        ("Each letter is represented by a number modulo 26.", "26", False),
        ("Multiple values in an array are separated by a comma.", "comma", False),
        ("On macOS, containers must run a Linux host VM.", "Linux", False),
    ],
)
def test_a_short_sentence_ending_in_an_open_place_is_no_fair_blank(sentence, span, is_open):
    assert open_place(span, sentence) is is_open


def test_a_place_a_short_sentence_cannot_pin_down_gets_no_cloze():
    markdown = "## Docker Engine\n\nDocker can fully run in **WSL 2**. Containers then run natively on Windows.\n"
    assert not [c for c in cards_of(markdown, "cloze") if c.back.startswith("WSL")]
