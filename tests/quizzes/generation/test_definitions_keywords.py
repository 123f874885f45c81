import pytest

from tests.quizzes.generation.helpers import cards_of, written_cards

CHEATSHEET = """# SQL

## Queries

### **UPDATE**: used to modify the existing records in a table
* `UPDATE` table_name `SET` column1 = value1;

### **WHERE**: used to filter records/rows
* `SELECT` x `WHERE` y;

### **MIN() AND MAX()**: returns the smallest/largest value of the selected column
* `SELECT MIN(`x`) FROM` t;
"""


def test_a_keyword_in_capitals_glossed_by_what_it_does_is_defined():
    # "UPDATE" reads as an instruction and "WHERE" as a label in a heading, but in capitals and
    # glossed by "used to …" they are the language's keywords.
    fronts = {c.front: c.back for c in cards_of(CHEATSHEET, "basic")}
    assert fronts["In SQL, what is UPDATE used for?"] == "To modify the existing records in a table"
    assert fronts["In SQL, what is WHERE used for?"] == "To filter records/rows"


def test_labels_and_instructions_in_capitals_stay_out():
    markdown = "# Tips\n\n**NOTE**: remember to close the connection.\n\n**WHY**: because it is faster.\n"
    assert not [c for c in cards_of(markdown) if "NOTE" in c.front + c.back or "WHY" in c.front + c.back]


def test_a_headings_capital_conjunction_between_two_functions_is_lowered():
    cards = cards_of(CHEATSHEET)
    basic = next(c for c in cards if c.kind == "basic" and "MIN()" in c.front)
    assert basic.front == "In SQL, what do MIN() and MAX() return?"
    assert all("AND" not in c.front + c.back for c in cards)


def test_no_reverse_card_when_the_definition_names_a_word_of_the_term():
    markdown = (
        "# JavaScript\n\n## Comparison Operators and Booleans\n\n"
        "**Operators** are used to evaluate conditions by making comparisons that will create a Boolean value.\n"
    )
    cards = cards_of(markdown)
    assert any(c.kind == "basic" and c.back.startswith("To evaluate conditions") for c in cards)
    assert not [c for c in cards if c.kind == "reverse"]


def test_a_reverse_card_stays_when_the_definition_shares_only_an_everyday_word_or_the_field():
    markdown = (
        "# Basics\n\nA **data structure** is a particular way of organizing and storing data in a computer "
        "so that it can be accessed and modified efficiently.\n\n"
        "**Semantic HTML** means choosing HTML elements based on their meaning and purpose, not just their looks.\n"
    )
    answers = {c.back for c in written_cards(markdown, "reverse")}
    assert {"data structure", "Semantic HTML"} <= answers


def test_a_plural_definition_is_asked_what_it_is_called():
    markdown = "# Databases\n\n## Values\n\n**NULL**: values in a field with no value.\n"
    questions = {c.front for c in written_cards(markdown) if c.kind in ("reverse", "mcq")}
    assert questions and not any(q.startswith("Which term means") or "Which term means" in q for q in questions)
    assert any(q.endswith("what are values in a field with no value called?") for q in questions)


def test_a_heading_above_the_terms_own_names_its_kind_in_the_reverse_question():
    markdown = (
        "# JavaScript Basics\n\n## Data Types\n\n### Numbers\n\n"
        "**Numbers**: a kind of value for integers and decimals used in arithmetic.\n"
    )
    reverse = [c for c in written_cards(markdown) if c.kind == "reverse"]
    assert [c.front for c in reverse] == [
        "In JavaScript, which data type is a kind of value for integers and decimals used in arithmetic?"
    ]


def test_a_heading_of_another_shape_keeps_the_term_question():
    # "Algorithms by Paradigm" above "Algorithmic paradigm" names no kind of it.
    markdown = (
        "# Algorithms\n\n## Overview\n\n### Algorithmic paradigm\n\n"
        "An **algorithmic paradigm** is a generic method or approach which underlies the design of a class of "
        "algorithms.\n"
    )
    fronts = [c.front for c in written_cards(markdown) if c.kind == "reverse"]
    assert fronts and not any(f.startswith("Which overview") for f in fronts)


def test_a_section_opening_with_what_its_subject_does_defines_it():
    markdown = (
        "# Knapsack Problem\n\n## Variants\n\n### Bounded knapsack problem (BKP)\n\n"
        "The **bounded knapsack problem (BKP)** removes the restriction that there is only one of each item, "
        "but restricts the number of copies of each kind of item to a maximum value.\n\n"
        "### Fractional knapsack problem\n\n"
        "The **fractional knapsack problem** has a greedy solution that sorts items by value per weight.\n"
    )
    basic = [c for c in cards_of(markdown) if c.kind == "basic" and "knapsack problem" in c.front]
    # Two actions: the object of the first alone would leave "but restricts …" dangling.
    assert [(c.front, c.back.split(",")[0]) for c in basic] == [
        (
            "What does a bounded knapsack problem (also called BKP) do?",
            "Removes the restriction that there is only one of each item",
        )
    ]  # "has a greedy solution" is something it owns, not what it does


def test_a_name_in_code_gets_no_which_term_means_question():
    markdown = (
        "# DOM\n\n## Position properties\n\n"
        "- **offsetTop**: current distance from the top of the positioned parent element\n"
        "- **offsetLeft**: current distance from the left of the positioned parent element\n"
    )
    cards = cards_of(markdown)
    assert any(c.kind == "basic" and c.front.endswith("offsetTop?") for c in cards)
    assert not [c for c in cards if "Which term means" in c.front]


def test_the_sections_subject_named_after_is_with_a_which_clause_is_defined():
    markdown = (
        "# Knapsack Problem\n\n## Variants\n\n### 0/1 knapsack problem\n\n"
        "The most common problem being solved is the **0/1 knapsack problem**, which restricts the number "
        "of copies of each kind of item to zero or one.\n"
    )
    basic = [(c.front, c.back) for c in cards_of(markdown) if c.kind == "basic" and "0/1" in c.front]
    assert basic == [
        ("What does a 0/1 knapsack problem restrict?", "The number of copies of each kind of item to zero or one")
    ]


def test_a_function_call_term_is_asked_within_its_topic():
    markdown = (
        "# SQL Cheat Sheet\n\n## Reporting Queries\n\n"
        "### **COUNT()**: returns the number of rows that match a condition\n* `SELECT COUNT(`x`) FROM` t;\n"
    )
    cards = cards_of(markdown)
    assert cards and all(c.front.startswith("In SQL") for c in cards if "COUNT()" in c.front + c.back)


@pytest.mark.parametrize(
    "heading",
    [
        "### **DELETE**: used to delete existing records in a table",
        "### **SUM()**: returns the total sum of a numeric column",
        "### **AVG()**: returns the average value of a numeric column",
    ],
)
def test_a_keyword_whose_gloss_spells_it_is_not_asked(heading):
    # "What is DELETE used for? → To delete records": the keyword's own word is the answer.
    assert cards_of(f"# SQL Cheat Sheet\n\n## Queries\n\n{heading}\n") == []
