"""One module per kind of fact; each has `extract(section)` and `render(fact, siblings, index)`."""

from quizzes.generation.extractors import (
    author_cards,
    cheatsheets,
    comparisons,
    definitions,
    flags,
    key_sentences,
    lists,
    property_tables,
    questions,
    records,
    sequences,
    statements,
    tables,
    templates,
)

# Order is reading order of facts (and so of cards) within a section; an author's question comes
# first because it claims its answer (see `generate`).
EXTRACTORS = {
    m.NAME: m
    for m in (
        questions,
        definitions,
        cheatsheets,
        flags,
        tables,
        property_tables,
        lists,
        comparisons,
        sequences,
        templates,
        key_sentences,
        statements,
        author_cards,
        records,
    )
}
