"""Other documents, of other shapes, import into well-formed cards; no input crashes the generator."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizzes.generation import generate

DATA = Path(__file__).resolve().parent.parent / "data"
DOCUMENTS = sorted(p for p in DATA.glob("*.md") if p.name != "README.md")


def _assert_well_formed(bank):
    # The author's own cards may repeat a word of the answer in the question: they are taken as written.
    author = {f.key for f in bank.facts if f.extractor == "author"}
    keys = set()
    for card in bank.cards:
        assert card.key not in keys
        keys.add(card.key)
        assert card.is_well_formed() or (card.key.rsplit(":", 1)[0] in author and card.front and card.back), card
        assert "\ue000" not in card.front + card.back
        if card.kind == "mcq":
            assert card.answer in card.choices
        if card.kind == "true_false":
            assert card.choices == ["True", "False"] and card.answer in ("True", "False")


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_real_shaped_documents_import_cleanly(path):
    bank = generate(path.read_text(), deck="corpus")
    _assert_well_formed(bank)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("git_cheatsheet.md", {"cheatsheets": 12}),
        ("tldr_tar.md", {"cheatsheets": 5}),
        ("readme_with_tables.md", {"tables": 13}),  # two tables, each capped (tables.MAX_CELLS_PER_TABLE)
        ("notes_networking.md", {"definitions": 4, "comparisons": 3}),
        ("awesome_list.md", {}),
    ],
)
def test_each_shape_is_recognised(name, expected):
    bank = generate((DATA / name).read_text(), deck="corpus")
    counts = {}
    for fact in bank.facts:
        counts[fact.extractor] = counts.get(fact.extractor, 0) + 1
    for extractor, count in expected.items():
        assert counts.get(extractor, 0) >= count, counts
    if not expected:
        assert bank.cards == [], "a list of links teaches nothing"


MARKDOWN_BITS = st.sampled_from(
    [
        "# ",
        "## ",
        "- ",
        "  - ",
        "1. ",
        "**",
        "_",
        "`",
        "```",
        "```sh\n",
        "|",
        "|---|",
        "\n",
        "\n\n",
        ": ",
        " is ",
        " vs ",
        "(",
        ")",
        "<p>",
        "<img src=x>",
        "&amp;",
        "&nbsp;",
        "⭐",
        "# comment\n",
        "$ ",
        "TODO",
        "::",
        ":::",
        "\n?\n",
        "==",
        "{{c1::",
        "}}",
        "<!-- recall:skip -->\n",
        "<!-- recall:skip-section -->\n",
        "\n: ",
        "<br>",
        "\ue000",
        "\x00",
    ]
)
TEXT = st.lists(st.one_of(MARKDOWN_BITS, st.text(max_size=12)), max_size=60).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_no_markdown_input_crashes_the_generator(markdown):
    _assert_well_formed(generate(markdown, deck="fuzz"))
