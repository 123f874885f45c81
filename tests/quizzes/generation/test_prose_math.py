"""Math markup, undefined symbols and lines about an unnamed operator: a card shows text the
reader can study, or there is no card."""

import pytest

from quizzes.generation.extractors import definitions
from quizzes.generation.text import has_math, math_as_text, uses_symbol, without_broken_aside
from tests.quizzes.generation.helpers import cards_of


def test_simple_inline_math_renders_as_text():
    assert math_as_text(r"approximately $95\%$ of the observations") == "approximately 95% of the observations"
    assert math_as_text(r"the product $A \times B$") == "the product A × B"
    assert math_as_text(r"$\Theta(k\cdot \binom{n}{k})$") == "Θ(k·C(n, k))"


def test_math_beyond_the_table_gives_none_and_money_is_no_math():
    assert math_as_text(r"the power set $\mathcal{P}(A)$") is None
    assert math_as_text("it costs $5 and $10 a month") == "it costs $5 and $10 a month"
    assert not has_math("it costs $5 and $10 a month")
    assert has_math(r"$\mathcal{P}(A)$")


def test_dollar_signs_in_code_are_no_math():
    marked = "\ue002$HOME\ue003 and \ue002$PATH\ue003 are variables"
    assert math_as_text(marked) == marked


def test_one_letter_symbols_need_a_definition_unless_asymptotic():
    assert uses_symbol("Enumerating the product takes time proportional to n·m.")
    assert not uses_symbol("The lookup runs faster than O(n).")
    assert not uses_symbol("Traversal takes O(h) where h is the height of the tree.")
    assert not uses_symbol("Use the \ue002-n\ue003 flag, e.g. for dry runs, on a 5 m cable.")


def test_a_cloze_inside_math_is_rendered_as_text():
    markdown = (
        "# Statistics\n## Standard deviation rule\n"
        r"For a bell-shaped distribution, approximately $95\%$ of the observations fall within "
        "2 standard deviations of the mean."
    )
    fronts = [front for front, _ in ((c.front, c.back) for c in cards_of(markdown, "cloze"))]
    assert all("$" not in front for front in fronts)


def test_returns_true_of_an_operator_in_the_code_below_gives_no_cloze():
    markdown = (
        "# Bash\n## Arithmetic operators\n"
        "* Returns true if the numbers are **equal**\n\n```bash\n[[ ${arg1} -eq ${arg2} ]]\n```\n"
    )
    assert cards_of(markdown, "cloze") == []


def test_a_broken_list_aside_is_dropped_and_a_whole_one_kept():
    assert without_broken_aside("any character between the brackets (such as a, b, ).") == (
        "any character between the brackets."
    )
    assert without_broken_aside("a list (such as a, b, c).") == "a list (such as a, b, c)."


def test_a_cell_opening_with_means_asks_what_the_symbol_means():
    markdown = (
        "# Regular expressions\n## Regex symbols\n\n| Symbol | Matches |\n| --- | --- |\n"
        "| `^spam` | means the string must begin with spam. |\n"
        "| `spam$` | means the string must end with spam. |\n"
        "| `\\d` | a digit character. |\n"
    )
    pairs = [(c.front, c.back) for c in cards_of(markdown) if c.kind == "basic"]
    assert any(
        "what does ^spam mean?" in front.lower() and back.startswith("The string must begin") for front, back in pairs
    )
    assert not any(back.startswith("means") for _, back in pairs)


def test_how_the_document_tested_its_examples_gives_no_cloze():
    from quizzes.generation.language import document_convention

    assert document_convention("All examples are tested with text-davinci-003 unless otherwise specified.")
    assert not document_convention("Unit tests are run by the CI server on every push.")


def _defined(term: str) -> str:
    return (
        f"# Uncertainty\n\n## Propagation\n\n{term} is the [expected value](https://example.org/ev), or mean, of a "
        "measured quantity. If uncertainties of the quantities are independent, the covariances are null.\n"
    )


@pytest.mark.parametrize("term", ["``E[a]``", "`a + b`"])
def test_a_formulas_notation_is_no_term_to_ask(term):
    assert cards_of(_defined(term), "basic") == []


def test_a_name_in_code_is_still_a_term():
    [card] = cards_of(_defined("`Measurement`"), "basic")
    assert card.back == "The expected value, or mean, of a measured quantity"


@pytest.mark.parametrize(
    ("term", "notation"),
    [
        ("E[a]", True),
        ("P(A|B)", True),
        ("Var(X)", True),
        ("f(x, y)", True),
        ("a + b", True),
        ("x^2", True),
        ("$S(x)$", True),
        (r"\sigma_{ab}", True),
        ("O(n)", False),  # a bound, which a complexity question asks
        ("len(s)", False),  # a function of code
        ("arr[i]", False),
        ("I/O", False),
        ("C-4", False),
        (r"\section", False),  # a LaTeX guide's command
        (r"\begin{document}", False),
        (r"\d+", False),  # a regular expression
    ],
)
def test_notation_is_told_from_names(term, notation):
    assert definitions.is_notation(term) is notation


def test_an_answers_math_is_shown_as_text():
    markdown = (
        "# Risk Measures\n\n## Properties\n\n"
        "- **Completeness**: the property that the distortion function gives a unique mapping between the "
        "survival function $S(x)$ and the distorted $S^*(x)$ for each $x$\n"
        "- **Monotonicity**: the property that a riskier loss $X \\le Y$ never gets a smaller measure\n"
        "- **Nominal value**: the nominal result of the operation ``G(a, \\dots)`` on the measured quantities\n"
    )
    backs = [c.back for c in cards_of(markdown, "basic")]
    assert (
        "The property that the distortion function gives a unique mapping between the survival function S(x) "
        "and the distorted S^*(x) for each x"
    ) in backs
    assert "The nominal result of the operation G(a, …) on the measured quantities" in backs
    assert not any("$" in back or "\\" in back for back in backs)
