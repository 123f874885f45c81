"""Glosses that say nothing a term is (an example, a statement that something exists, praise) make
no card; praise in front of a real gloss is left out; a term is named as its heading lists it."""

import pytest

from tests.quizzes.generation.helpers import cards_of, facts_of


def _definitions(markdown):
    return {f.fields["term"]: f.fields["definition"] for f in facts_of(markdown, "definitions")}


def test_a_category_whose_items_are_bold_examples_defines_nothing():
    markdown = (
        "## Where to get data\n\n"
        "* **Structured**\n"
        "  - **Internet of Things**, including data from different sensors, such as temperature sensors, "
        "provides a lot of useful data.\n"
        "  - **Surveys** that we ask users after purchase of a good, or after visiting a web site.\n"
        "* **Unstructured**\n"
        "  - **Texts** can be a rich source of insights, such as the overall sentiment of a review.\n"
    )
    assert _definitions(markdown) == {}


def test_a_category_described_by_its_children_is_still_a_term():
    markdown = (
        "## Layers\n\n"
        "- Transport layer\n"
        "  - provides reliable end-to-end delivery of segments between two hosts on a network\n"
    )
    assert "Transport layer" in _definitions(markdown)


@pytest.mark.parametrize(
    "markdown",
    [
        "- **Prepare data**. There are several steps in the data preparation process. You might need to collate data.",
        "* **Application domain** is an important concept, and data scientists often need some domain expertise.",
        "- **Clarify if the given diagram** is a tree or a graph.",
        # a remark with a subject of its own: what some rules do, not what the label is
        "Experimental feature: some rules support message arguments, such as the hex colour of a rule.",
    ],
)
def test_a_gloss_that_says_nothing_the_term_is_makes_no_card(markdown):
    assert facts_of(markdown, "definitions") == []


def test_praise_before_the_gloss_is_left_out():
    markdown = "## Dropout\n\n**Dropout** is an interesting technique that removes a share of random neurons.\n"
    assert _definitions(markdown)["Dropout"] == "a technique that removes a share of random neurons"
    # a word that names a kind stays: "simple" and "key" are not praise here
    named = "**SMA** is the simple moving average of the last n closing prices of a stock.\n"
    assert _definitions(named)["SMA"].startswith("the simple moving average")
    keyed = "**Primary key**: a key that identifies each row of a table uniquely.\n"
    assert _definitions(keyed)["Primary key"] == "a key that identifies each row of a table uniquely"


def test_a_range_in_brackets_is_no_alias():
    markdown = (
        "## Port numbers\n\n"
        "- Well-Known Ports (0-1023): Reserved for standard services like HTTP (port 80) and FTP (port 21).\n"
        "- Registered Ports (1024-49151): Used for applications and services that are officially registered.\n"
    )
    facts = facts_of(markdown, "definitions")
    assert {f.fields["term"]: f.fields["aliases"] for f in facts} == {"Well-Known Ports": [], "Registered Ports": []}
    assert not any("also called" in c.front for c in cards_of(markdown))
    aliased = "- **Virtual machine** (VM): a computer file that behaves like an actual computer.\n"
    assert facts_of(aliased, "definitions")[0].fields["aliases"] == ["VM"]


def test_terms_listed_in_a_heading_are_not_joined():
    markdown = (
        "# Security\n\n## What are authenticity, nonrepudiation and privacy?\n\n"
        "**Nonrepudiation** - is the concept of ensuring that a party cannot deny their involvement in a transaction.\n"
    )
    fronts = [c.front for c in cards_of(markdown, "basic")]
    assert any(f.endswith("what is nonrepudiation?") or f == "What is nonrepudiation?" for f in fronts), fronts
    assert not any("authenticity nonrepudiation" in f.lower() for f in fronts)


def test_an_imperative_heading_does_not_qualify_its_noun():
    markdown = (
        "# Trees\n\n## Techniques\n\n### Use recursion\n\n"
        "**Recursion** is the most common approach for traversing trees in coding interviews.\n"
    )
    fronts = [c.front for c in cards_of(markdown)]
    assert not any("use recursion" in f.lower() for f in fronts), fronts
    # a noun before the term in the heading still qualifies it
    operators = (
        "# JavaScript\n\n## Comparison Operators and Booleans\n\n"
        "- **Operators**: used to evaluate conditions by making comparisons between two values\n"
    )
    assert any("comparison operators" in c.front + c.back for c in cards_of(operators)), cards_of(operators)


def test_a_gloss_that_refers_to_something_is_asked_what_it_refers_to():
    markdown = (
        "# Security\n\n## Concepts\n\n"
        "**Privacy** - refers to the protection of personally identifiable information from unauthorized access.\n"
    )
    # "Privacy" is the glossary's capital, not a name: a common word, so the card names its topic
    basic = {c.front: c.back for c in cards_of(markdown, "basic")}
    assert basic.get("In Security, what does privacy refer to?") == (
        "The protection of personally identifiable information from unauthorized access"
    ), basic


def test_a_genus_with_a_purpose_its_siblings_share_keeps_the_next_sentence_in_its_answer():
    markdown = (
        "# Breadth-First Search (BFS)\n\n"
        "Breadth-first search (BFS) is an algorithm for traversing or searching tree or graph data structures. "
        "It starts at the tree root and explores the neighbor nodes first, before moving to the next level.\n"
    )
    cards = cards_of(markdown)
    basic = next(c for c in cards if c.kind == "basic" and "breadth-first" in c.front.lower())
    assert basic.back.endswith("explores the neighbor nodes first, before moving to the next level.")
    # with no sentence going on about it, the definition is still asked as it stands
    alone = "# Breadth-First Search (BFS)\n\nBreadth-first search (BFS) is an algorithm for traversing graphs.\n"
    assert any(c.back == "An algorithm for traversing graphs" for c in cards_of(alone))


def test_a_formula_symbol_labelling_a_noun_is_left_out_and_a_gloss_hanging_on_one_makes_no_card():
    markdown = (
        "## 0/1 knapsack problem\n\n"
        "The most common problem is the 0/1 knapsack problem, which restricts the number `xi` of copies of each "
        "kind of item to zero or one.\n\n"
        "- **Unbounded knapsack**: the only restriction on `xi` is that it is a non-negative integer value\n"
        "- **Max heap**: a heap where the key of `P` is greater than or equal to the key of `C`\n"
    )
    assert _definitions(markdown) == {
        "0/1 knapsack problem": "restricts the number of copies of each kind of item to zero or one"
    }
    # a symbol the term names is defined by it: "top k" of Recall@k
    metric = "- **Recall@k**: evaluates the fraction of relevant items among the top `k` recommendations\n"
    assert _definitions(metric)["Recall@k"].endswith("among the top k recommendations")


def test_a_term_its_author_names_without_an_article_is_asked_without_one():
    markdown = "# Networking\n\n## Protocols\n\nTCP is a connection-oriented protocol that delivers ordered data.\n"
    assert "In networking, what is TCP?" in [c.front for c in cards_of(markdown, "basic")]
    counted = "# Software\n\n## Containers\n\nA container is a standard unit of software that packages up code.\n"
    assert any(f.endswith("what is a container?") for f in [c.front for c in cards_of(counted, "basic")])


def test_a_gloss_opening_with_its_role_is_asked_what_the_term_is_for():
    markdown = (
        "# Networking\n\n## Port numbers\n\n"
        "- Well-Known Ports (0-1023): Reserved for standard services like HTTP (port 80) and FTP (port 21).\n"
        "- Registered Ports (1024-49151): Used for applications and services that are officially registered.\n"
    )
    basic = {c.front: c.back for c in cards_of(markdown, "basic")}
    assert (
        basic["In networking, what are well-known ports reserved for?"]
        == "Standard services like HTTP (port 80) and FTP (port 21)"
    )
    registered = basic["In networking, what are registered ports used for?"]
    assert registered == "Applications and services that are officially registered"


def test_a_rank_among_its_kind_is_asked_only_from_the_gloss_to_the_term():
    markdown = (
        "# Trees\n\n## Terms\n\n"
        "- **Recursion**: the most common approach for traversing trees in coding interviews\n"
        "- **Iteration**: a way of traversing trees with an explicit stack instead of the call stack\n"
        "- **Memoization**: a way of caching the results of calls so that repeated subproblems are solved once\n"
    )
    cards = cards_of(markdown)
    assert not any(c.kind == "basic" and "recursion" in c.front.lower() for c in cards)
    assert any(c.back == "Recursion" or c.answer == "Recursion" for c in cards)


def test_a_gloss_announcing_its_parts_in_a_list_after_it_is_no_definition():
    markdown = (
        "## The CIA triad\n\n"
        "The cyber security triad refers to the model that incorporates the three main considerations of security:\n\n"
        "- Confidentiality\n- Integrity\n- Availability\n"
    )
    assert facts_of(markdown, "definitions") == []
    formula = (
        "## Bounded knapsack problem\n\n"
        "The bounded knapsack problem removes the restriction that there is only one of each item:\n\n"
        "maximize the value\n"
    )
    assert len(facts_of(formula, "definitions")) == 1


def test_an_example_of_a_kind_is_asked_what_it_is_an_example_of():
    markdown = "# Hash tables\n\n## Introduction\n\n**Hashing** is the most common example of a space-time tradeoff.\n"
    assert {c.front: c.back for c in cards_of(markdown)} == {
        "What is hashing the most common example of?": "A space-time tradeoff"
    }
    # an example of how something is done is a clause, not a kind: no card
    clause = "## Intro\n\n**Hashing** is an example of how a table trades memory for speed when looking up keys.\n"
    assert facts_of(clause, "definitions") == []


def test_an_expansion_opening_a_section_is_asked_as_one():
    from tests.quizzes.generation.helpers import cards_of

    fronts = {c.front: c.back for c in cards_of("## ASAR\n\nASAR stands for Atom Shell Archive Format.\n")}
    assert fronts.get("What does ASAR stand for?") == "Atom Shell Archive Format"
    assert "What is ASAR?" not in fronts


def test_a_gloss_naming_only_the_class_a_term_belongs_to_is_no_definition():
    from tests.quizzes.generation.helpers import cards_of

    markdown = "# Bloom Filter\n\nBloom Filters are one of a class of probabilistic data structures.\n"
    assert not any("one of a class" in (c.front + c.back).lower() for c in cards_of(markdown))


def test_bold_terms_on_the_lines_of_one_paragraph_are_entries_and_an_expansion_is_asked_as_one():
    from tests.quizzes.generation.helpers import cards_of

    markdown = (
        "# Networking\n\n## Acronyms\n\n**DHCP** - Dynamic Host Configuration Protocol\n"
        "**VLAN** - Virtual Local Area Network\n**Hub** - A device that repeats every frame to all of its ports\n"
    )
    fronts = {c.front: c.back for c in cards_of(markdown)}
    # asked in its subject: "DHCP" alone may be anything's
    [asked] = [f for f in fronts if f.endswith("what does DHCP stand for?")]
    assert asked.startswith("In ") and fronts[asked] == "Dynamic Host Configuration Protocol"
    assert fronts[asked.replace("DHCP", "VLAN")] == "Virtual Local Area Network"
    assert not any("VLAN" in back and "DHCP" in front for front, back in fronts.items())


def test_members_filed_under_a_grade_are_no_definition():
    from tests.quizzes.generation.helpers import cards_of

    markdown = (
        "## Electrochemical Series\n\nMetals by reactivity:\n\n- Most reactive: Li, K, Na\n- Moderate: Zn, Fe, Pb, H\n"
    )
    assert not any(c.back == "Zn, Fe, Pb, H" for c in cards_of(markdown))


def test_a_plural_term_glossed_by_a_verb_is_asked_in_the_plural():
    from tests.quizzes.generation.helpers import cards_of

    markdown = (
        "## Cells\n\n- **Eukaryotic cells** – Have a nucleus and organelles\n- **Prokaryotic cells** – Lack a nucleus\n"
    )
    fronts = [c.front for c in cards_of(markdown)]
    assert "What do eukaryotic cells have?" in fronts
    assert not any("What does a" in f for f in fronts)


def test_a_bold_label_naming_the_role_of_a_passage_is_no_term():
    from quizzes.generation.writing.prompts import is_label

    for label in ("Mechanism", "Reason", "Effect", "Key Takeaways", "Main Idea", "Actual", "Interpretation"):
        assert is_label(label), label
    # A modifier that names what the effect or key is makes a term.
    for term in ("Wealth effect", "Side effect", "Photoelectric effect", "Primary Key", "Foreign Key", "Inflation"):
        assert not is_label(term), term
    markdown = (
        "# Macroeconomics\n\n## Wage Growth\n\n"
        "- **Reason**: Labor supply problems: many workers left these sectors during COVID.\n"
        "- **Mechanism**: Low interest rates lead to higher stock valuations.\n"
        "- **Wealth effect**: The rise in spending that follows a rise in perceived wealth.\n"
    )
    asked = " ".join(c.front + " " + c.back for c in cards_of(markdown)).lower()
    assert "wealth effect" in asked
    assert "reason" not in asked and "mechanism" not in asked


@pytest.mark.parametrize(
    "gloss, narrates_",
    [
        ("S&P 500 fell 30% as pandemic hit", True),
        ("Unemployment spiked to 14.7% (unprecedented peacetime level)", True),
        ("China grew at 5.5-6% annually", True),
        ("A structure used to store data", False),
        ("Output determined by aggregate demand", False),
        ("Files changed since the last commit", False),
        ("Memory allocated to 4 buffers", False),
        ("Rate of change of the general price level", False),
    ],
)
def test_a_note_of_what_happened_is_no_gloss(gloss, narrates_):
    from quizzes.generation.writing.prompts import narrates

    assert narrates(gloss) is narrates_


def test_a_rough_value_noted_against_a_label_is_no_gloss():
    markdown = (
        "# The Goods Market\n\n## Investment\n\n"
        "- **Share of GDP**: ~18% (substantial, but smaller than consumption)\n"
        "- **Importance**: Small (volatile but not systematically important)\n"
        "- **Fixed investment**: Spending by firms on new capital goods such as machines and buildings.\n"
    )
    asked = " ".join(c.front + " " + c.back for c in cards_of(markdown))
    assert "Share of GDP" not in asked and "Importance" not in asked
    assert "fixed investment" in asked.lower()


def test_a_noun_read_as_a_verb_before_what_modifies_it_opens_a_noun_phrase():
    from quizzes.generation.writing.prompts import definition_shape

    assert definition_shape("Bases present in the read that the reference lacks") == "noun"
    assert definition_shape("Sets operator used to combine the result-set of two queries") == "noun"
    assert definition_shape("Sets the global version of Python") == "verb"


def test_a_noun_compound_is_no_instruction():
    from tests.quizzes.generation.helpers import cards_of

    markdown = "# SQL\n\n### **UNION**: set operator used to combine the result-set of two or more SELECT statements\n"
    backs = [c.back for c in cards_of(markdown)]
    assert "Set operator used to combine the result-set of two or more SELECT statements" in backs, backs


def test_the_word_term_is_no_part_of_the_term_and_a_pronunciation_is_no_alias():
    from tests.quizzes.generation.helpers import cards_of

    page = (
        "# Maps\n\nThe term Sahul refers to the continental shelf joining Australia and New Guinea "
        "at low sea level.\n\n"
        "The Gall projection (/ɡɔːl/) is a cylindrical map projection that keeps areas true.\n"
    )
    fronts = [c.front for c in cards_of(page)]
    assert not any("term Sahul" in f or "also called" in f for f in fronts), fronts
    assert any("Sahul?" in f for f in fronts), fronts


def test_a_nota_bene_is_no_part_of_the_term_and_a_rank_among_uses_no_gloss():
    markdown = (
        "# Bonds\n\n- *N.B. The **coupon rate** is the annualised interest rate that a bond pays.*\n"
        "- Discount curves are one of the primary applications of yield curves.\n"
    )
    terms = [f.fields["term"] for f in facts_of(markdown, "definitions")]
    assert "coupon rate" in terms and not any("N.B" in t for t in terms), terms
    assert "Discount curves" not in terms
