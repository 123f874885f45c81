from quizzes.generation import candidate_cards, generate
from quizzes.generation.extractors import EXTRACTORS
from quizzes.generation.lint import card_problems
from quizzes.generation.parsing import parse
from quizzes.generation.writing.topics import document_titled, topic_of


def facts_of(markdown: str, extractor: str):
    return [f for section in parse(markdown).sections for f in EXTRACTORS[extractor].extract(section)]


def cards_of(markdown: str, kind: str | None = None):
    """The bank's cards: one per fact, as a learner gets them."""
    cards = generate(markdown, deck="test").cards
    return [c for c in cards if kind is None or c.kind == kind]


def written_cards(markdown: str, kind: str | None = None):
    """Every card a template wrote that passes the lint, before the judge keeps one per fact: how a
    reverse or a multiple choice of a fact reads, whichever card the bank keeps."""
    cards = candidate_cards(markdown, deck="test")
    return [c for c in cards if (kind is None or c.kind == kind) and not card_problems(c)]


def answers_by_front(markdown: str) -> dict[str, str]:
    return {c.front: c.answer or c.back for c in cards_of(markdown)}


def topics_by_heading(markdown: str) -> dict[str, str]:
    """Each section's topic, by its heading, as the cards of a document name it."""
    document = parse(markdown)
    with document_titled(document.title, markdown):
        return {section.path[-1]: topic_of(section.path) for section in document.sections}
