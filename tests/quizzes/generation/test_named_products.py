"""Pages about a named product whose prose names it in shapes a word-by-word reading misses: a
package in code (`Measurements.jl`), a name of several words ("the Serverless Framework", "Texas
Hold'em"), and a name a card must neither repeat nor blank."""

from quizzes.generation.writing.topics import dominant_name, in_topic
from tests.quizzes.generation.helpers import cards_of

PACKAGE_APPENDIX = """Appendix: Technical Details
===========================

This technical appendix explains the design of `Uncertain.jl` package, how it
propagates the errors when performing calculations.

The `Quantity` Type
-------------------

`Quantity` is a parametric type, whose parameter is the subtype of the nominal value.
`Quantity` type itself is a subtype of `AbstractFloat`.
The fields represent:

- `val`: the nominal value of the quantity.
- `err`: the uncertainty, assumed to be standard deviation.

Correlation
-----------

What we mean by correlation in `Uncertain.jl` is explained in the usage section. The rest of
the implementation of `Uncertain.jl` is independent from that of other packages, and
the trick adopted in `Uncertain.jl` is to propagate the error always using independent variables.

Every operation in `Uncertain.jl` keeps the list of derivatives, which the documentation of
`Uncertain.jl` describes at length: see the [issue](https://github.com/Example/Uncertain.jl/issues/1).
"""


def test_a_package_named_in_code_is_the_name_the_page_is_about():
    assert dominant_name(PACKAGE_APPENDIX) == "Uncertain.jl"
    fronts = {c.front for c in cards_of(PACKAGE_APPENDIX)}
    # the product's part, not "the quantity type" of nothing; the everyday title gives way to the product
    assert "In Uncertain.jl's quantity type, what is meant by “val”?" in fronts, fronts
    assert not any(f.lower().startswith("in technical details") for f in fronts), fronts
    # written without the backticks, it is the same name
    assert dominant_name(PACKAGE_APPENDIX.replace("`Uncertain.jl`", "Uncertain.jl")) == "Uncertain.jl"


def test_a_package_in_an_address_or_a_file_in_code_names_no_page():
    linked = PACKAGE_APPENDIX.replace("`Uncertain.jl`", "[the package](https://example.org/Uncertain.jl/docs)")
    assert dominant_name(linked) == ""
    files = PACKAGE_APPENDIX.replace("`Uncertain.jl`", "`uncertain.js`")  # a script's file, not a package
    assert dominant_name(files) == ""


def test_a_prompt_opening_on_the_products_part_is_prefixed_with_the_product_alone():
    assert in_topic("Cooklang's recipe metadata", "Recipe metadata lists _____.") == (
        "In Cooklang, recipe metadata lists _____."
    )
    assert (
        in_topic("JavaScript data types", "Data types are called _____.")
        == "In JavaScript, data types are called _____."
    )
