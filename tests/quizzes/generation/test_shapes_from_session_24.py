"""Shapes from the I–K reads (session 24): a language's reference page whose title names only the
part ("Appendix A: Keywords") and whose opening names the language, a heading cut to an adverb
("Keywords Currently in Use"), and a list of code names glossed by what they do."""

from .helpers import answers_by_front, topics_by_heading, written_cards

KEYWORDS = """## Appendix A: Keywords

The following list contains keywords that are reserved for current or future use by the Rust
language. As such, they cannot be used as identifiers.

### Keywords Currently in Use

* `break` - exit a loop immediately
* `let` - bind a variable
* `fn` - define a function or the function pointer type
* `if` - branch based on the result of a conditional expression
* `Self` - a type alias for the type implementing a trait
* `static` - global variable or lifetime lasting the entire program execution
"""


def test_a_reference_page_is_about_the_language_its_opening_names():
    topics = topics_by_heading(KEYWORDS)
    assert topics["Keywords Currently in Use"] in ("Rust", "Rust keywords"), topics


def test_a_heading_cut_to_an_adverb_loses_it():
    from quizzes.generation.writing.grammar import is_only_adverb

    assert is_only_adverb("currently") and not is_only_adverb("weekly") and not is_only_adverb("family")
    assert "currently" not in topics_by_heading(KEYWORDS)["Keywords Currently in Use"].lower()


def test_a_name_in_code_is_asked_as_the_kind_its_heading_names():
    cards = answers_by_front(KEYWORDS)
    assert cards.get("In Rust, what does the break keyword do?") == "Exits a loop immediately", cards
    # the code's own capital stays: Self is not self
    assert cards.get("In Rust, what is the Self keyword?") == "A type alias for the type implementing a trait"
    reverse = {c.front: c.back for c in written_cards(KEYWORDS, "reverse")}
    assert reverse.get("In Rust, which keyword defines a function or the function pointer type?") == "fn", reverse


def test_a_word_in_code_is_a_name_even_when_prose_would_read_it_as_a_label():
    # "let" and "if" in prose open a remark or a condition; in code they are keywords with glosses
    # of three words ("bind a variable"), which for a name in code is enough
    cards = answers_by_front(KEYWORDS)
    assert cards.get("In Rust, what does the let keyword do?") == "Binds a variable", cards
    assert any("the if keyword" in front for front in cards), cards
