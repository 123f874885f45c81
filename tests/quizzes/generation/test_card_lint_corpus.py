"""Zero lint problems in what the generator keeps, on the seed and on every test document.

Picks up every Markdown file under tests/data/ (the corpus copied there) and tests/quizzes/data/,
so a document added later is checked without touching this test.
"""

from pathlib import Path

import pytest

from quizzes.generation import generate
from quizzes.generation.lint import lint_cards

ROOT = Path(__file__).resolve().parents[3]
DOCUMENTS = sorted(
    [
        ROOT / "fixtures" / "virtualization.md",
        *(ROOT / "tests" / "data").glob("**/*.md"),
        *(ROOT / "tests" / "quizzes" / "data").glob("**/*.md"),
    ]
)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_kept_cards_have_no_lint_problems(path):
    bank = generate(path.read_text(encoding="utf-8"), deck="lint")
    problems = lint_cards(bank.cards)
    assert problems == [], "\n".join(f"{p.rule}: {p.detail} ({p.card_key})" for p in problems[:10])


def test_the_seed_keeps_most_of_its_facts():
    """The lint is a filter, not a shredder: nearly every fact of the seed still teaches."""
    bank = generate((ROOT / "fixtures" / "virtualization.md").read_text(encoding="utf-8"), deck="lint")
    taught = {c.note_key for c in bank.cards}
    # Clozes whose sentence needs a topic put before it are left out by design (selection._LEANS),
    # not by the lint: they do not count against it.
    leaning = sum("leans on the ones around it" in s.reason for s in bank.skipped)
    assert len(taught) >= 0.9 * (len(bank.facts) - leaning)
