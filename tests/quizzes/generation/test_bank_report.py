"""manage.py bank_report: a bank judged in a minute, and a clear one-line error for bad input."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"


def _report(*args):
    out = io.StringIO()
    call_command("bank_report", *args, stdout=out)
    return out.getvalue()


def test_it_summarises_a_document_and_prints_sample_cards_in_full(tmp_path):
    doc = tmp_path / "net.md"
    doc.write_text(
        "# Net\n\n- Loki: the service that aggregates logs\n\n```js\nlet x = 1;\n```\n\nWhat is TCP::A protocol\n"
    )
    out = _report(str(doc), "--sample", "2")
    assert "== net.md" in out
    assert "blocks: 3 seen, 3 accounted for (2 with facts, 1 skipped)" in out
    assert "facts: " in out and "definitions 1" in out and "author 1" in out
    assert "skipped   1 × example code (a program)" in out
    assert out.count("-- [") == 2 and "   Q: " in out and "   A: " in out


def test_a_folder_reports_every_document_and_a_total():
    out = _report(str(CORPUS), "--sample", "0")
    assert out.count("\n== ") == 27
    assert "== 27 documents:" in out and "0 documents without cards" in out


def test_a_document_with_nothing_to_ask_says_so(tmp_path):
    doc = tmp_path / "empty.md"
    doc.write_text("Hello there.\n")
    assert "Nothing to ask: none of the 1 blocks states a fact" in _report(str(doc))


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "No such file or folder"), (b"\xff\xfe bad", "not UTF-8"), (b"", "empty"), (b"a", "--sample")],
)
def test_bad_input_is_a_one_line_error(tmp_path, content, message):
    doc = tmp_path / "doc.md"
    if content is not None:
        doc.write_bytes(content)
    args = [str(doc), "--sample", "-1"] if message == "--sample" else [str(doc)]
    with pytest.raises(CommandError, match=message):
        _report(*args)


def test_the_report_shows_lint_problems_per_rule_and_on_each_sampled_card(tmp_path):
    # The author's own cards are kept as written, so the lint still has something to say about them.
    doc = tmp_path / "own.md"
    doc.write_text("This one is the answer: yes::yes\n")
    out = _report(str(doc), "--sample", "1")
    assert "lint: 2 problems (pronoun or connective opening 1, answer in prompt 1)" in out
    assert "   lint: pronoun or connective opening: opens with “This”" in out
    assert "   lint: answer in prompt: the answer “yes” is in the prompt" in out


def test_the_corpus_report_counts_no_lint_problems():
    out = _report(str(CORPUS), "--sample", "0")
    assert "0 lint problems" in out.splitlines()[-1]
    assert "lint: 0 problems" in out
