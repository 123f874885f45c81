from quizzes.generation import candidate_cards, generate
from quizzes.generation.extractors import EXTRACTORS
from quizzes.generation.lint import card_problems
from quizzes.generation.parsing import parse


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
