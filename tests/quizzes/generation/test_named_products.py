"""Pages about a named product whose prose names it in shapes a word-by-word reading misses: a
package in code (`Measurements.jl`), a name of several words ("the Serverless Framework", "Texas
Hold'em"), and a name a card must neither repeat nor blank."""

from quizzes.generation import generate
from quizzes.generation.writing.prompts import fair_blank
from quizzes.generation.writing.topics import document_titled, dominant_name, in_topic
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
    # ("val", clipped from its gloss's "value", gives itself away: session 24)
    assert "In Uncertain.jl's quantity type, what is meant by “err”?" in fronts, fronts
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


FRAMEWORK_GUIDE = """# AWS - Introduction

The Zorbo Framework helps you develop and deploy your cloud functions, along with the infrastructure they require.
It is a CLI that offers structure and automation out of the box, so the Zorbo Framework suits small teams.

## Core Concepts

Here are the Framework's main concepts and how they pertain to the cloud.

### Functions

A function is an independent unit of deployment, and the Framework deploys each one on its own.
The Zorbo Framework keeps functions small, and the Framework packs them for you.

### Services

A **Service** is the Framework's unit of organization. You can think of it as a project file, though you can
have multiple services for one application, and the Zorbo Framework reads it whenever you deploy with the
Zorbo Framework from the command line.

### Plugins

You can extend the Framework with plugins, which the Zorbo Framework loads from the project file.
"""


def test_a_name_the_prose_writes_after_a_capitalised_word_is_the_whole_phrase():
    assert dominant_name(FRAMEWORK_GUIDE) == "Zorbo Framework"  # not "Framework", which "the Framework" also says
    fronts = {c.front for c in cards_of(FRAMEWORK_GUIDE)}
    # the product's services, not the platform's ("In AWS services, …") its title names
    assert "In the Zorbo Framework, what is a service?" in fronts, fronts


def test_a_word_before_a_name_in_few_of_its_uses_or_only_opening_sentences_is_no_part_of_it():
    once = FRAMEWORK_GUIDE.replace("Zorbo Framework", "Zorbo").replace("the Framework", "Zorbo")
    once = once.replace("to the cloud.", "to the Acme Zorbo.")
    assert dominant_name(once) == "Zorbo"
    opening = "# Kiln\n\n" + "Using Kiln is quick, and teams like Kiln for builds. " * 5
    assert dominant_name(opening) == "Kiln"  # "Using" opens a sentence: no name's


def test_an_apostrophe_inside_a_name_is_part_of_it_and_an_owners_is_not():
    game = (
        "# Card Games\n\nWelcome to Texas Hold'em! In Texas Hold'em, players make the best hand.\n\n"
        "## Play\n\nEach round of Texas Hold'em has four bets, and a game of Texas Hold'em ends at the "
        "showdown, where Texas Hold'em rewards the best hand.\n"
    )
    assert dominant_name(game) == "Texas Hold'em"  # not "Hold"
    owned = "# Tools\n\nThe design of Zorbo is simple. " + "We use Zorbo's cache, and Zorbo builds fast. " * 4
    assert dominant_name(owned) == "Zorbo"


def test_a_prompt_naming_the_topic_without_its_kind_already_names_it():
    prompt = "Texas Hold'em is played with 2–10 players and a standard _____-card deck."
    assert in_topic("Texas Hold'em Poker", prompt) == prompt
    assert (
        in_topic("the Zorbo Framework", "Zorbo deploys each _____ on its own.")
        == "Zorbo deploys each _____ on its own."
    )


def test_a_prompt_naming_neither_the_topic_nor_its_name_takes_it():
    assert in_topic("Texas Hold'em Poker", "Each player is dealt _____.") == (
        "In Texas Hold'em Poker, each player is dealt _____."
    )
    # an everyday word before the kind is no name the prompt says: "flask" of a flask is not Flask's
    assert in_topic("Flask Framework", "Flask experiments need a _____.").startswith("In the Flask Framework, ")


PRODUCT_NOTES = """# Appendix: Technical Details

This technical appendix explains the design of the Zorbo package, how Zorbo propagates the errors.

## Correlation

What we mean by correlation in Zorbo is explained in the usage section, and the documentation of Zorbo
gives examples. The use of derivatives was inspired by the quantify package, but the rest of the
implementation of Zorbo relies on memoization.

## Propagation

Every operation in Zorbo keeps the list of derivatives, which makes Zorbo exact.
"""


def test_a_cloze_blanks_another_word_than_the_pages_own_name():
    bank = generate(PRODUCT_NOTES, deck="test")
    assert not any(f.fields.get("answer") == "Zorbo" or f.fields.get("term") == "Zorbo" for f in bank.facts)
    backs = {c.back for c in bank.cards if c.kind == "cloze"}
    assert "memoization" in backs, backs  # the sentence's other rare word, not the free guess "Zorbo"


def test_a_cloze_still_blanks_a_name_that_is_not_the_pages():
    sums = "## Sums\n\nThe error of a sum is propagated through the Kalvex rule of independent variables.\n"
    markdown = f"{PRODUCT_NOTES}\n{sums}"
    backs = {c.back for c in generate(markdown, deck="test").cards if c.kind == "cloze"}
    assert "Kalvex" in backs, backs


def test_a_cloze_under_a_later_top_heading_does_not_blank_the_titles_subject():
    markdown = (
        "# Kalvex Filter\n\nA Kalvex filter is a probabilistic set that answers membership queries.\n\n"
        "# Operations\n\nEvery lookup hashes the key, and then the Kalvex filter checks each bit of its array.\n"
    )
    sentence = "Every lookup hashes the key, and then the Kalvex filter checks each bit of its array."
    with document_titled("Kalvex Filter", markdown):
        assert not fair_blank("Kalvex", sentence, ("Operations",))  # "the _____ filter" of the Kalvex filter page
        assert fair_blank("array", sentence, ("Operations",))
