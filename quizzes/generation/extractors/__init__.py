"""One module per kind of fact; each has `extract(section)` and `render(fact, siblings, index)`."""

from quizzes.generation.extractors import (
    author_cards,
    cheatsheets,
    comparisons,
    definitions,
    key_sentences,
    lists,
    sequences,
    statements,
    tables,
)

EXTRACTORS = {
    m.NAME: m
    for m in (definitions, cheatsheets, tables, lists, comparisons, sequences, key_sentences, statements, author_cards)
}
