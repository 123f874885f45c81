"""Prose clozes blank what the sentence teaches (a term, name, number or contrast), in a sentence
that is a whole claim a reader can take in at once; otherwise no cloze."""

import pytest

from quizzes.generation.language import lacks_main_clause, without_article_hint
from tests.quizzes.generation.helpers import cards_of


def clozes(markdown: str) -> list[tuple[str, str]]:
    return [(c.front, c.back) for c in cards_of(markdown, "cloze")]


def answers(markdown: str) -> list[str]:
    return [back for _, back in clozes(markdown)]


def test_the_everyday_head_of_a_compound_beside_its_modifier_is_no_blank():
    weight = (
        "## Batch Normalization\n\nEven with proper weight initialization, weights can get big or small in training.\n"
    )
    assert "initialization" not in answers(weight)
    osi = (
        "## OSI\n\nThe OSI model provides a common reference for understanding how networking protocols "
        "interact, regardless of the specific hardware or software implementations.\n"
    )
    assert "implementations" not in answers(osi)


# A blank no modifier predicts (after a quantity, an adjective or a verb, or a term the sentence names),
# or whose word the sentence does not repeat ("called" is no form of "callback").
KEPT_BLANKS = [
    ("Containers", "Container images are typically only a few megabytes in size, unlike VM images.", "megabytes"),
    ("Containers", "VMs have a longer lifecycle than containers and are best used for long periods.", "lifecycle"),
    ("TCP", "TCP ensures packets arrive in order and can handle retransmission of lost packets.", "retransmission"),
    ("JavaScript", "Data types are referred to as JavaScript data primitives, the lowest-level types.", "primitives"),
    ("Parsing", "The grammar keeps no whitespace, and there are no explicit tokens for whitespace.", "tokens"),
    ("Events", "On a resize, no arguments are passed to the listener callback when called.", "listener callback"),
]  # fmt: skip


@pytest.mark.parametrize("heading, sentence, answer", KEPT_BLANKS)
def test_a_blank_no_modifier_predicts_stays(heading, sentence, answer):
    assert answers(f"## {heading}\n\n{sentence}\n") == [answer]


def test_a_verb_before_its_object_is_no_blank():
    markdown = (
        "## Hash table\n\nA hash table (commonly referred to as hash map) is a data structure that implements an "
        "associative array abstract data type, a structure that can map keys to values.\n"
    )
    assert "implements" not in answers(markdown)


def test_a_blank_whose_word_the_sentence_repeats_is_given_away():
    markdown = (
        "## Hash table\n\nIn the case of hash collisions, there are a number of collision resolution techniques.\n"
    )
    assert not [a for a in answers(markdown) if "collision" in a]


@pytest.mark.parametrize(
    "sentence, fragment",
    [
        ("Variance errors, which are caused by the model approximating noise in the input data (overfitting).", True),
        (
            "N(0,√2/(n_in+n_out)) -- so-called Xavier initialization (glorot), it helps to keep the signals in range",
            True,
        ),
        ("Another algorithms that use the same idea: RMSProp, Adam", True),
        # a main clause after the aside, after the label, or around the relative clause
        ("Dropout, which removes random neurons during training, is a regularization technique.", False),
        ("Learn More: The DOCTYPE declaration prevents browsers from entering quirks mode.", False),
        ("Pure cores: document generation and scheduling are plain functions that tests call.", False),
        ("There are two main operations a bloom filter can perform: insertion and search.", False),
        ("Docker — a container platform — runs on Linux.", False),
        ("Every path from a node to its descendant NIL nodes contains the same number of black nodes.", False),
        ("A hash table is a data structure that implements an associative array.", False),
    ],
)
def test_a_sentence_without_a_main_clause_is_a_fragment(sentence, fragment):
    assert lacks_main_clause(sentence) is fragment


def test_an_item_without_a_main_clause_gets_no_cloze_and_one_with_it_does():
    items = (
        "## Tradeoff\n\nWe can see two types of errors:\n\n"
        "* **Variance errors**, which are caused by the model approximating noise in the input data.\n"
    )
    assert clozes(items) == []
    label = (
        "## Initialization\n\n* **N(0,1/n)** -- so-called **Xavier initialization**, it helps keep signals in range\n"
    )
    assert clozes(label) == []
    lead_in = (
        "## Adagrad\n\nIt is called **Adagrad**. Another algorithms that use the same idea: **RMSProp**, **Adam**\n"
    )
    assert "RMSProp" not in answers(lead_in)
    aside = "## Dropout\n\n**Dropout**, which removes random neurons in training, is a regularization technique.\n"
    assert answers(aside) == ["Dropout"]


def test_a_call_out_label_does_not_make_its_sentence_a_fragment():
    markdown = (
        '## Doctype\n\n> 📚 **Learn More**: The DOCTYPE declaration prevents browsers from entering "quirks mode," '
        "which was used to support very old websites.\n"
    )
    assert answers(markdown) == ["quirks"]


def test_the_article_before_a_blank_does_not_hint_a_vowel():
    [(front, back)] = clozes(
        "## Events\n\nIn JavaScript, typing into a text box raises an **input** event on the element.\n"
    )
    assert (front, back) == ("In JavaScript, typing into a text box raises a(n) _____ event on the element.", "input")
    assert (
        without_article_hint("An _____ is a(n) thing; a _____ and an item")
        == "A(n) _____ is a(n) thing; a _____ and an item"
    )


def test_a_clause_too_long_to_read_for_one_blank_gets_no_cloze():
    long = (
        "## TCP and UDP\n\nTCP prioritizes reliability and ordered delivery, making it suitable for applications that "
        "require data accuracy, while UDP emphasizes speed and efficiency, making it appropriate for applications "
        "where a lost datagram is acceptable in exchange for reduced latency.\n"
    )
    assert clozes(long) == []
    # A long sentence whose asked clause is short still gives its card.
    clause = (
        "## Binary search tree\n\nOn average, each comparison allows the operations to skip about half of the tree, "
        "so that each lookup, insertion or deletion takes time proportional to the logarithm of the number of "
        "items stored in the tree, which is much better than a scan.\n"
    )
    assert answers(clause) == ["logarithm"]


def test_praise_is_no_part_of_the_blank():
    markdown = "## Tools\n\nPip-tools builds upon pip and provides a good workflow for generating requirements files.\n"
    assert answers(markdown) == ["workflow"]


def test_a_word_said_once_in_the_setting_purpose_or_verb_of_a_claim_is_no_blank():
    from tests.quizzes.generation.helpers import cards_of

    page = (
        "# Line width\n\n"
        "In code styleguides, maximum line length rules are often set to 100 or 120 columns.\n\n"
        "Developers often use whitespace to break up long lines for readability.\n\n"
        "The formatter is originally written in Rust and transpiled for production into WebAssembly modules.\n\n"
        "What to learn first can be an overwhelming question for a new Rust developer.\n"
    )
    answers = {c.back for c in cards_of(page, "cloze")}
    assert not answers & {"styleguides", "readability", "transpiled", "Rust"}, answers


def test_guidance_addressed_to_any_reader_is_asked_for_its_number():
    from tests.quizzes.generation.helpers import cards_of

    page = (
        "# Pension annuities\n\n## Cash from a pension\n\n"
        "If you decide to buy an annuity you can still take up to 25% of your pension pot tax free as cash.\n\n"
        "Under current pension rules you have to buy the annuity within 6 months of taking the cash.\n\n"
        "## Choosing\n\nWe think you will like the calculator we built, which compares 40 insurers.\n\n"
        "You will now open the calculator and enter 3 quotes from different insurers.\n"
    )
    answers = {c.back for c in cards_of(page, "cloze")}
    assert {"25%", "6"} <= answers, answers  # a digit counting a unit is a span ("within _____ months")
    assert not answers & {"40", "3"}, answers  # the speaker's remark and the tutorial's step are not rules
