"""Table shapes a row × column reading would misread: parallel categories of examples, a column
that names the measure, rows that are where the document's subject is found."""

import time

from quizzes.generation.extractors import tables
from quizzes.generation.extractors.tables import parallel_categories
from quizzes.generation.parsing import parse
from tests.quizzes.generation.helpers import cards_of, facts_of


def _all_cards(markdown: str):
    return [c for f in facts_of(markdown, "tables") for c in tables.render(f, [], 0)]


DATA_KINDS = """# Data Science
## Types of Data
| Structured | Semi-structured | Unstructured |
|---|---|---|
| List of people with their phone numbers | Wikipedia pages with links | Text of Encyclopaedia Britannica |
| Temperature in all rooms of a building | Scientific papers in JSON format | File share with corporate documents |
| Data for age and gender of visitors | Internet pages | Raw video feed from surveillance camera |
"""


def test_parallel_categories_ask_which_category_an_example_belongs_to():
    cards = _all_cards(DATA_KINDS)
    asked = {c.front: c.back for c in cards}
    question = (
        "In data science, which kind of data is “Raw video feed from surveillance camera” an example of: "
        "structured, semi-structured or unstructured?"
    )
    assert len(cards) == tables.MAX_CELLS_PER_TABLE
    assert {"Structured", "Semi-structured", "Unstructured"} == set(asked.values()), "every column is asked"
    assert asked.get(question, "Unstructured") == "Unstructured"
    # Never a row read across: "what is the semi-structured of <a structured example>?"
    assert not any(" of list of people" in c.front or "semi-structured of" in c.front for c in cards)


def test_parallel_categories_without_a_kind_heading_ask_for_the_category():
    markdown = (
        "## Stack\n| Tools | Languages | Frameworks |\n|---|---|---|\n| Vim | Python | Django |\n"
        "| Git | Rust | React |\n"
    )
    asked = {c.front: c.back for c in _all_cards(markdown)}
    assert asked["In Stack, which category is “Rust” an example of: tools, languages or frameworks?"] == "Languages"
    assert len(asked) == 6
    assert not any("languages of" in front.lower() for front in asked)


def test_an_example_in_two_columns_or_left_blank_is_not_asked():
    markdown = (
        "## Types of food\n| Sweet | Sour | Salty |\n|---|---|---|\n| Honey | Lemon | Olives |\n"
        "| Tomato | Tomato | - |\n"
    )
    backs = {c.front: c.back for c in _all_cards(markdown)}
    assert not any("Tomato" in front or "“-”" in front for front in backs)
    assert len(backs) == 3


def test_a_labelled_table_is_no_table_of_categories():
    # The first column labels its rows: short names beside longer descriptions, or an attribute column.
    assert not parallel_categories(
        ["Language", "Best For", "Why It's Popular"], [["Python", "Data science, AI", "Readable and rich libraries"]]
    )
    assert not parallel_categories(["HTTP Method", "CRUD", "SQL"], [["GET", "Read", "SELECT"]])
    assert not parallel_categories(["Symptom", "Cause", "Fix"], [["Slow page", "Big images", "Compress them"]])
    # Two columns are the property tables' (paired sides of one property).
    assert not parallel_categories(["Public", "Private"], [["Reachable from the internet", "Internal only"]])


HASH_TABLE = """# Hash table

## Implementations

| Language | API |
| --- | --- |
| C++ | `std::unordered_map` |
| Python | `dict` |
| JavaScript | `Object` or `Map` |

## Time complexity

| Operation | Big-O  | Note |
| --------- | ------ | ---- |
| Access    | N/A    | Accessing not possible as the hash code is not known |
| Search    | O(1)\\* |      |
| Insert    | O(1)\\* |      |

_\\* This is the average case, but in interviews we only care about the average case for hash tables._
"""


def test_a_measure_column_asks_the_measure_of_the_operation_in_the_subject():
    asked = {c.front: c for c in _all_cards(HASH_TABLE) if c.kind == "basic"}
    card = asked["What is the average-case time complexity of the search operation in a hash table?"]
    assert card.back == "O(1)", "the footnote mark is no part of the answer"
    assert "average case" in card.explanation
    assert not any("Big-O" in front or "access" in front for front in asked), "N/A is no answer"


def test_a_bound_without_footnote_is_asked_for_the_nearest_named_subject():
    markdown = (
        "# Trees\n## Binary search tree (BST)\nA sorted tree.\n### Time complexity\n"
        "| Operation | Big-O |\n|---|---|\n| Search | O(log(n)) |\n| Remove | O(log(n)) |\n"
    )
    fronts = {c.front: c.back for c in _all_cards(markdown) if c.kind == "basic"}
    assert fronts == {
        "What is the time complexity of the search operation in a binary search tree (BST)?": "O(log(n))",
        "What is the time complexity of the remove operation in a binary search tree (BST)?": "O(log(n))",
    }


def test_a_measure_column_over_rows_that_are_neither_operations_nor_subjects_gives_no_card():
    # "Case | Big-O": nothing says what was measured, and the row is no operation.
    markdown = "# Hash table\n## Time complexity\n| Case | Big-O |\n|---|---|\n| Typical | O(1) |\n| Bad | O(n) |\n"
    assert _all_cards(markdown) == []


def test_a_measure_column_over_algorithms_asks_the_algorithm():
    markdown = (
        "# Sorting\n## Summary\n| Algorithm | Time complexity |\n|---|---|\n| Bubble sort | O(n^2) |\n"
        "| Merge sort | O(n log n) |\n"
    )
    fronts = {c.front: c.back for c in _all_cards(markdown) if c.kind == "basic"}
    assert fronts["In sorting, what is the time complexity of Bubble sort?"] == "O(n^2)"


def test_one_row_of_bounds_under_operation_headers_is_read_per_operation():
    markdown = (
        "# Linked List\n## Time Complexity\n| Access | Search | Insertion |\n|---|---|---|\n| O(n) | O(n) | O(1) |\n"
    )
    fronts = {c.front: c.back for c in _all_cards(markdown) if c.kind == "basic"}
    assert fronts["What is the time complexity of the insertion operation in a linked list?"] == "O(1)"
    assert len(fronts) == 3


def test_a_one_row_table_of_words_is_not_read_as_bounds():
    markdown = "# Linked List\n## Time Complexity\n| Access | Search |\n|---|---|\n| slow | fast |\n"
    assert not any("operation" in c.front for c in _all_cards(markdown))


def test_language_rows_ask_for_the_subject_in_each_language():
    fronts = {c.front: c.back for c in _all_cards(HASH_TABLE) if c.kind == "basic"}
    assert fronts["In Python, what is the API for a hash table?"] == "dict"
    assert fronts["In C++, what is the API for a hash table?"] == "std::unordered_map"
    assert not any("API of" in front for front in fronts)


def test_language_rows_without_a_short_subject_give_no_card():
    markdown = (
        "# Everything you should know before your next big coding interview\n## Implementations\n"
        "| Language | API |\n|---|---|\n| Python | `dict` |\n| C++ | `std::map` |\n"
    )
    assert _all_cards(markdown) == []


def test_language_rows_with_attribute_columns_are_asked_as_before():
    markdown = "## Languages\n| Language | Best for |\n|---|---|\n| Python | Data science |\n| Go | Cloud services |\n"
    fronts = {c.front.lower() for c in cards_of(markdown)}
    assert "what is python best for?" in fronts


def test_a_wide_table_of_categories_stays_fast():
    header = "| " + " | ".join(f"Unstructured {i}" for i in range(1000)) + " |\n"
    rule = "|" + "---|" * 1000 + "\n"
    row = "| " + " | ".join(f"example number {i} here" for i in range(1000)) + " |\n"
    start = time.perf_counter()
    _all_cards("## Types of data\n" + header + rule + row)
    assert time.perf_counter() - start < 2


def test_pros_and_cons_side_by_side_are_two_lists_not_paired_sides():
    markdown = (
        "## Containers\n| ✅ Pros | ❌ Cons |\n|---|---|\n| Start in seconds | Share the host kernel |\n"
        "| Use little memory | Weaker isolation than VMs |\n"
    )
    cards = cards_of(markdown)
    asked = {c.front: c.back for c in cards}
    assert asked["In containers, which list does “Share the host kernel” belong to: pros or cons?"] == "Cons"
    # Never "where pros is “start in seconds”, what is cons?": the rows pair nothing.
    assert not any("where" in c.front.lower() for c in cards)


def test_a_measured_column_is_asked_of_its_row_and_never_backwards():
    markdown = (
        "## Electrochemistry\n| Half-reaction | E° (V) |\n|---|---|\n"
        "| F₂ + 2e⁻ → 2F⁻ | +2.87 |\n| Cu²⁺ + 2e⁻ → Cu | +0.34 |\n"
    )
    cards = {c.front: c.back for c in cards_of(markdown)}
    assert cards == {
        "In electrochemistry, what is the E° of the half-reaction F₂ + 2e⁻ → 2F⁻?": "+2.87 V",
        "In electrochemistry, what is the E° of the half-reaction Cu²⁺ + 2e⁻ → Cu?": "+0.34 V",
    }


def test_an_html_table_is_read_as_a_markdown_table_is():
    markdown = (
        "# Networking\n\n## Ports\n\n<table>\n<thead><tr><th>Protocol</th><th>Port</th></tr></thead>\n<tbody>\n"
        "<tr><td>SSH</td><td>22</td></tr>\n<tr><td><b>HTTP</b></td><td>80</td></tr>\n"
        "<tr><td>HTTPS</td><td>443 &amp; 8443</td></tr>\n</tbody>\n</table>\n"
    )
    [table] = [b for s in parse(markdown).sections for b in s.blocks if b.kind == "table"]
    assert table.rows == [["Protocol", "Port"], ["SSH", "22"], ["HTTP", "80"], ["HTTPS", "443 & 8443"]]
    assert {c.front: c.back for c in cards_of(markdown, "basic")}["In networking, what is the port of SSH?"] == "22"


def test_an_html_table_of_images_only_or_of_one_row_is_no_table():
    gallery = (
        '<table><tr><td><img src="a.png"></td><td><img src="b.png"></td></tr>\n<tr><td></td><td></td></tr></table>\n'
    )
    one_row = "<table><tr><th>Only</th><th>Header</th></tr></table>\n"
    for markdown in (gallery, one_row):
        assert not [b for s in parse(markdown).sections for b in s.blocks if b.kind == "table"]


def test_a_long_html_table_row_stays_fast():
    row = "<tr>" + "<td>cell</td>" * 5000 + "</tr>\n"
    start = time.perf_counter()
    parse("<table>\n" + row * 3 + "</table>\n")
    assert time.perf_counter() - start < 2


def test_rows_of_values_or_a_key_column_are_no_categories():
    # "Parameters | Types | Defaults": the first header names what each row is.
    assert not parallel_categories(
        ["Parameters", "Types", "Defaults"], [["timeout", "int", "30"], ["retries", "int", "3"]]
    )
    # One row of bounds under parallel headers is one subject's values, not examples.
    assert not parallel_categories(
        ["Best-case complexity", "Average-case complexity", "Worst-case complexity"], [["O(n)", "O(n log n)", "O(n^2)"]]
    )


def test_a_plural_subject_or_an_activity_takes_no_article():
    markdown = "# Hashing\n## Time complexity\n| Operation | Big-O |\n|---|---|\n| Insert | O(1) |\n| Lookup | O(1) |\n"
    fronts = {c.front for c in _all_cards(markdown)}
    assert "What is the time complexity of the insert operation in hashing?" in fronts


def test_one_row_of_case_bounds_is_not_read_as_operations():
    markdown = (
        "# Quicksort\n## Complexity\n| Best | Average | Worst |\n|---|---|---|\n| O(n log n) | O(n log n) | O(n^2) |\n"
    )
    assert not any("operation" in c.front for c in _all_cards(markdown))


def test_a_heading_that_asks_is_no_subject_of_a_bound():
    markdown = "# Heap\n## How it works\n| Operation | Big-O |\n|---|---|\n| Insert | O(log n) |\n| Peek | O(1) |\n"
    fronts = {c.front for c in _all_cards(markdown)}
    assert "What is the complexity of the insert operation in a heap?" in fronts


def test_language_rows_of_a_document_on_languages_are_not_implementations():
    markdown = (
        "# Programming languages\n## Families\n| Language | Implementation |\n|---|---|\n| Python | CPython |\n"
        "| Ruby | MRI |\n"
    )
    assert not any(" for " in c.front and "language" in c.front.lower() for c in _all_cards(markdown))


def test_a_negated_category_is_a_category_like_its_siblings():
    header = ["Relational", "Non-relational", "Graph-based"]
    assert parallel_categories(header, [["Tables with rows", "Documents in JSON", "Nodes and edges"]])


def test_a_measure_of_a_row_is_asked_of_the_row_and_never_looked_up_by_its_value():
    markdown = (
        "## Standard reduction potentials\n| Half-Reaction | E° (V) |\n|---|---|\n"
        "| F₂ + 2e⁻ → 2F⁻ | +2.87 |\n| Cu²⁺ + 2e⁻ → Cu | +0.34 |\n| Zn²⁺ + 2e⁻ → Zn | -0.76 |\n"
    )
    cards = cards_of(markdown)
    fronts = [c.front for c in cards]
    # The unit is said with the answer, not in the question.
    asked = next(c for c in cards if c.front.endswith("what is the E° of the half-reaction Cu²⁺ + 2e⁻ → Cu?"))
    assert asked.back == "+0.34 V"
    assert not any("cu²⁺" in f for f in fronts)  # a formula keeps its capitals
    assert not any(c.back.startswith(("F₂", "Cu²⁺", "Zn²⁺")) for c in cards)


def test_a_key_column_naming_a_kind_of_code_names_each_row_as_one():
    markdown = (
        "## File handling\n| Alias | Command | Description |\n|---|---|---|\n"
        "| rm | `rm -i` | Remove a file interactively |\n| cp | `cp -i` | Copy a file interactively |\n"
        "| mv | `mv -i` | Move a file interactively |\n"
    )
    fronts = [c.front for c in cards_of(markdown)]
    assert any(f.endswith("what command does the rm alias run?") for f in fronts)
    assert not any(" alia " in f or "do the rm alias do" in f for f in fronts)


def test_two_tools_side_by_side_ask_the_equivalent_never_the_tool_of_a_row():
    markdown = (
        "## Coming from CMD\n| CMD.EXE | Nu | Task |\n|---|---|---|\n"
        "| `MOVE` | `mv` | Move files |\n| `TYPE` | `open --raw` | Show a file |\n"
        "| `CLS` | `clear` | Clear the screen |\n"
    )
    fronts = {c.front: c.back for c in cards_of(markdown, "basic")}
    assert any(f.endswith("What is the Nu equivalent of CMD.EXE's MOVE?") for f in fronts)
    assert not any("the nu of" in f.lower() for f in fronts)


def test_rows_named_in_plain_words_under_a_field_header_are_asked_as_fields():
    markdown = (
        "## Crontab\n| Field | Range | Notes |\n|---|---|---|\n"
        "| Minute | 0 - 59 | |\n| Hour | 0 - 23 | |\n| Month | 1 - 12 | |\n"
    )
    fronts = [c.front for c in cards_of(markdown, "basic")]
    assert any(f.endswith("what is the range of the minute field?") for f in fronts)
    assert not any(f.endswith("range of minute?") for f in fronts)


def test_an_alias_command_column_asks_what_the_alias_runs_and_tells_its_description_after():
    markdown = (
        "## File handling\n| Alias | Command | Description |\n|---|---|---|\n"
        "| rm | `rm -i` | Remove a file |\n| cp | `cp -i` | Copy a file interactively |\n"
        "| ll | `ls -l` | List files as a long list |\n"
    )
    cards = cards_of(markdown)
    # One card a row: the command it runs, its description told after the answer (asking the
    # description too was a second card of the same row).
    assert [c.front.split(", ", 1)[-1] for c in cards] == [
        f"what command does the {alias} alias run?" for alias in ("rm", "cp", "ll")
    ]
    assert cards[1].back == "cp -i" and cards[1].explanation == "cp: cp -i — Copy a file interactively"


def test_a_parenthesised_same_as_and_a_glued_example_are_not_copied_into_the_answer():
    markdown = (
        "## Cron strings\n| String | Meaning |\n|---|---|\n"
        "| @yearly | Run once every year (non-standard) |\n| @annually | (same as @yearly) (non-standard) |\n"
        "| @daily | Run once each day |\n"
        "\n## Cron characters\n| Character | Description |\n|---|---|\n"
        "| Hyphen(-) | Used to define a range.Ex: 1-5 in 5th field(Day Of Week) |\n"
        "| Comma | Used to separate items.Ex: 2,6,8 in 2nd field(Hour) |\n"
        "| Asterisk | Matches all values in the field |\n"
    )
    fronts = {c.front: c.back for c in cards_of(markdown, "basic")}
    same = next(f for f in fronts if "@annually" in f)
    assert same.endswith("what is @annually the same as?") and fronts[same] == "@yearly"
    used = next(f for f in fronts if "Comma" in f)
    assert used.endswith("used for?") and fronts[used] == "To separate items"


def test_rows_labelled_by_a_condition_name_the_key_column():
    markdown = (
        "## Spontaneity\n| E°cell | ΔG° | Spontaneity |\n|---|---|---|\n"
        "| > 0 | < 0 | Spontaneous |\n| = 0 | = 0 | At equilibrium |\n| < 0 | > 0 | Non-spontaneous |\n"
    )
    fronts = {c.front: c.back for c in cards_of(markdown, "basic")}
    assert any(f.endswith("if E°cell > 0, what is ΔG°?") for f in fronts)
    assert not any(" of > 0" in f for f in fronts)


def test_a_symbol_named_in_words_is_asked_as_the_symbol_mid_sentence():
    markdown = (
        "## Cron characters\n| Character | Description |\n|---|---|\n"
        "| Hyphen(-) | Used to define a range |\n| Hash (#) | The nth weekday of the month |\n"
        "| Asterisk (*) | Matches all values in the field |\n"
    )
    fronts = [c.front for c in cards_of(markdown, "basic")]
    assert any(f.endswith("what is the hyphen (-) used for?") for f in fronts)
    assert any(f.endswith("what does the hash (#) mean?") for f in fronts)
    assert not any("Hyphen(-)" in f for f in fronts)


def test_code_columns_named_by_platform_ask_the_platform_s_code_for_each_row():
    markdown = (
        "## Shortcuts by platform\n| Action | Windows | Mac |\n|---|---|---|\n"
        "| Copy | `Ctrl+C` | `Cmd+C` |\n| Paste | `Ctrl+V` | `Cmd+V` |\n| Undo | `Ctrl+Z` | `Cmd+Z` |\n"
    )
    fronts = {c.front: c.back for c in cards_of(markdown, "basic")}
    asked = next(f for f in fronts if f.endswith("what is the Windows shortcut for copy?"))
    assert fronts[asked] == "Ctrl+C"
    assert not any("windows of" in f for f in fronts)


def test_a_condition_row_reads_its_key_header_as_a_word():
    markdown = "## Grades\n| Score | Grade |\n|---|---|\n| >= 90 | A |\n| >= 80 | B |\n| < 50 | F |\n"
    fronts = [c.front for c in cards_of(markdown, "basic")]
    assert any(f.endswith("if score >= 90, what is the grade?") for f in fronts)
