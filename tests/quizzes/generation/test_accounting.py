"""Nothing is lost silently, and hostile documents are bounded and reported (pure, no timing)."""

from pathlib import Path

import pytest

from quizzes import generation
from quizzes.generation import generate
from quizzes.generation.bounds import MAX_COLUMNS, MAX_TABLE_ROWS
from quizzes.generation.extractors.tables import MAX_CELLS_PER_TABLE

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"
DOCUMENTS = sorted(p for p in CORPUS.glob("*.md") if p.name != "README.md")


def _block_reasons(bank):
    return {s.reason for s in bank.skipped if s.block >= 0}


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_every_corpus_document_yields_cards_and_accounts_for_every_block(path):
    bank = generate(path.read_text(), deck="corpus")
    assert bank.cards
    assert bank.blocks > 0 and bank.accounted_blocks() == bank.blocks


def test_the_corpus_copy_is_complete():
    assert len(DOCUMENTS) == 27 and (CORPUS / "LICENSES").is_dir()


def test_a_block_without_facts_is_reported_with_its_reason():
    bank = generate("# T\n\n```js\nconst x = f(1);\n```\n\nHello there.\n", deck="t")
    assert bank.blocks == 2 and bank.accounted_blocks() == 2
    assert _block_reasons(bank) == {"example code (a program)", "too short to state a fact"}


@pytest.mark.parametrize(
    ("paragraph", "reason"),
    [
        ("Now you will add the form to your page and open it.", "instructions or remarks to the reader"),
        ("It walks the whole tree before it returns anything at all.", "sentences that lean on the one before"),
        ("Why would anyone sort a list that is already sorted here?", "questions to the reader"),
        ("The day was long and the work was slow for all of the people.", "no statement worth asking"),
        ("The colored arrows show the positions that each element maps to.", "not worth a card on its own (caption)"),
        ("A recursive merge sort algorithm used to sort an array of 7 integer values.", "phrases without a verb"),
        ("- [ ] Use encryption on all sensitive data.\n- [ ] Use HSTS header with SSL.", "instructions or remarks"),
        ("- **Stores** the position in the constructor\n- **Captures** references to the DOM", "descriptions without"),
    ],
)
def test_prose_without_facts_says_what_kind_of_prose_it_was(paragraph, reason):
    [found] = _block_reasons(generate(paragraph + "\n", deck="t"))
    assert found.startswith(reason)


def test_a_document_that_yields_nothing_says_so_in_one_line():
    bank = generate("Hello there.\n\n![a cat](cat.png)\n", deck="t")
    assert bank.facts == [] and bank.verdict().startswith("Nothing to ask: none of the 2 blocks states a fact")


def test_a_ten_thousand_level_nested_list_is_skipped_as_too_deep_and_the_rest_is_read():
    bank = generate("- " * 10_000 + "deep\n\n## After\n\n- **Kept**: a definition after the deep list\n", deck="t")
    assert any(s.reason.startswith("too deep") for s in bank.skipped)
    assert [f.cue for f in bank.facts if f.extractor == "definitions"] == ["Kept"]


def test_deep_indentation_and_quotes_do_not_swallow_the_rest_of_the_document():
    lines = "\n".join("  " * i + "- item" for i in range(1_400)) + "\n\n" + ">" * 10_000 + " quoted\n"
    bank = generate(lines + "\n## After\n\n- **Kept**: a definition after the deep parts\n", deck="t")
    assert [f.cue for f in bank.facts if f.extractor == "definitions"] == ["Kept"]
    assert any(s.reason.startswith("too deep") for s in bank.skipped)


def test_a_thousand_column_table_is_cut_and_reported():
    header = "|" + "|".join(f"c{i}" for i in range(1_000)) + "|\n|" + "---|" * 1_000 + "\n"
    rows = "".join("|" + "|".join(f"r{r}" for _ in range(1_000)) + "|\n" for r in range(192))
    bank = generate(header + rows, deck="t")
    cells = [f for f in bank.facts if f.extractor == "tables"]
    assert len(cells) == MAX_CELLS_PER_TABLE
    left_out = (MAX_COLUMNS - 1) * 192 - MAX_CELLS_PER_TABLE
    reasons = {s.reason for s in bank.skipped}
    assert f"table card cap: {left_out} cells left out (at most {MAX_CELLS_PER_TABLE} per table, " in " ".join(reasons)
    assert "table too wide: 1,000 columns, only the first 12 read" in {s.reason for s in bank.skipped}


def test_rows_past_the_limit_are_reported():
    table = "| k | v |\n|---|---|\n" + "".join(f"| key{i} | value {i} |\n" for i in range(MAX_TABLE_ROWS + 50))
    bank = generate(table, deck="t")
    assert f"table too long: 50 rows after the first {MAX_TABLE_ROWS} not read" in {s.reason for s in bank.skipped}


def test_a_document_past_the_structural_budget_reports_the_lines_not_read():
    bank = generate("- a\n" * 500_000, deck="t")
    assert any(s.reason.startswith("document too long: the last") for s in bank.skipped)


def test_an_oversized_paragraph_is_skipped_as_too_long():
    bank = generate("word " * 10_000 + "\n", deck="t")
    assert _block_reasons(bank) == {"too long (a paragraph over 20,000 characters)"}


def test_facts_past_the_document_limit_are_reported_not_kept(monkeypatch):
    monkeypatch.setattr(generation, "MAX_FACTS", 3)
    markdown = (
        "".join(f"- Term{i}: the meaning of term number {i} here\n" for i in range(6))
        + "\n# Later\n\nA X is a thing.\n"
    )
    bank = generation.generate(markdown, deck="t")
    assert len(bank.facts) == 3
    reasons = {s.reason for s in bank.skipped}
    assert "too many facts: only the first 3 kept" in reasons
    assert "not kept: the document reached 3 facts before this block" in reasons
    assert bank.accounted_blocks() == bank.blocks


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_explanations_carry_no_call_out_marks(path):
    for card in generate(path.read_text(), deck="corpus").cards:
        assert not card.explanation or card.explanation[0].isalnum() or card.explanation[0] in "`\"'([<", card
