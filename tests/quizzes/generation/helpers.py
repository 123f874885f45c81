from quizzes.generation import generate
from quizzes.generation.extractors import EXTRACTORS
from quizzes.generation.parsing import parse


def facts_of(markdown: str, extractor: str):
    return [f for section in parse(markdown).sections for f in EXTRACTORS[extractor].extract(section)]


def cards_of(markdown: str, kind: str | None = None):
    cards = generate(markdown, deck="test").cards
    return [c for c in cards if kind is None or c.kind == kind]
