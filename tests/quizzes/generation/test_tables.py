import re

import pytest

from quizzes.generation import generate
from quizzes.generation.extractors import tables
from quizzes.generation.extractors.tables import restates_label
from quizzes.generation.writing.tables import echoes_label
from tests.quizzes.generation.helpers import cards_of, facts_of, written_cards

STARS = """## VMs vs containers
_In summary:_
||Storage|Security|
|---|:-:|:-:|
|_Virtual&nbsp;machines_|⭐|⭐⭐⭐|
|_Containers_|⭐⭐⭐|⭐⭐|
"""


def test_two_rated_rows_make_one_comparison_per_column():
    facts = facts_of(STARS, "tables")
    assert {f.cue: f.fields["type"] for f in facts} == {
        "Virtual machines / Containers / Storage": "pair",
        "Virtual machines / Containers / Security": "pair",
    }


def test_comparisons_name_the_rows_and_the_topic_never_the_table():
    cards = cards_of(STARS)
    assert len(cards) == 2, "one card per compared column, not one per cell"
    assert not any(re.search(r"\btable\b", c.front) for c in cards)
    [asked] = [c for c in cards if c.kind == "basic"]
    assert asked.front == "In VMs vs containers, which is better for security, virtual machines or containers?"
    assert asked.back.startswith("Virtual machines (")
    [stated] = [c for c in cards if c.kind == "true_false"]
    assert stated.front in (
        "True or false? In VMs vs containers, virtual machines are better than containers for storage.",
        "True or false? In VMs vs containers, containers are better than virtual machines for storage.",
    )
    assert (stated.answer == "True") == stated.front.endswith(
        "containers are better than virtual machines for storage."
    )


def test_a_tie_between_two_rated_rows_is_not_a_card():
    # "Which is better for speed, X or Y? → Neither" is a trick question (teacher: drop); a
    # column that does separate the rows is still asked.
    markdown = "## Engines\n| | Speed | Cost |\n|---|---|---|\n| X | ⭐⭐ | ⭐⭐ |\n| Y | ⭐⭐ | ⭐ |\n"
    cards = cards_of(markdown)
    assert cards and not [c for c in cards if "speed" in c.front.lower()]
    assert all("cost" in c.front.lower() for c in cards)


RANKED = """## Backends
| Backend | Durability |
|---|---|
| SQLite | ⭐⭐⭐ |
| Memory | ⭐ |
| Redis | ⭐⭐ |
"""


def test_more_rated_rows_ask_the_best_and_state_each_cell_against_its_nearest_row():
    facts = facts_of(RANKED, "tables")
    assert {f.fields["type"] for f in facts} == {"cell", "comparison"}
    cards = [c for f in facts for i in (0, 1) for c in tables.render(f, [], i)]
    asked = {c.front: c.back for c in cards if c.kind == "basic"}
    best = next(c for c in cards if c.front.startswith("In Backends, which is better"))
    assert best.explanation == "Durability: SQLite 3 of 3, Memory 1 of 3, Redis 2 of 3."
    assert asked == {
        "In Backends, which is better for durability: SQLite, Memory or Redis?": (
            "SQLite"  # the ratings are the explanation's (below): the table's stars are no answer
        )
    }
    statements = {c.front: c.answer for c in cards if c.kind == "true_false"}
    assert statements["True or false? In Backends, SQLite is better than Redis for durability."] == "True"
    assert statements["True or false? In Backends, Redis is better than SQLite for durability."] == "False"


def test_plain_tables_ask_for_the_value_with_mcq_when_there_are_enough_values():
    markdown = "## Ports\n| Protocol | Port |\n|---|---|\n| SSH | 22 |\n| HTTP | 80 |\n| HTTPS | 443 |\n| DNS | 53 |\n"
    mcqs = [c for f in facts_of(markdown, "tables") for c in tables.render(f, [], 0) if c.kind == "mcq"]
    assert {c.answer for c in mcqs} == {"22", "80", "443", "53"}
    assert all(set(c.choices) == {"22", "80", "443", "53"} for c in mcqs)
    assert mcqs[0].front == "In ports, what is the port of SSH?"


def test_free_text_values_are_asked_never_offered_or_stated():
    # Another row's "best for" may suit this row too, and a swapped text contradicts nothing.
    markdown = (
        "## Events\n| Event | Best for |\n|---|---|\n| onclick | Simple clicks |\n"
        "| onpointerdown | Touch and mouse |\n| onmousedown | Mouse only |\n| ontouchstart | Touch only |\n"
    )
    cards = [c for f in facts_of(markdown, "tables") for i in (0, 1) for c in tables.render(f, [], i)]
    # Asked both ways ("which event is best for touch and mouse?"), never as a choice or a statement.
    assert cards and {c.kind for c in cards} == {"basic", "reverse"}
    fronts = {c.front for c in cards}
    assert "What is the onpointerdown event best for?" in fronts
    assert "Which event is best for touch and mouse?" in fronts
    # "onclick | Simple clicks", "onmousedown | Mouse only": the event's own name gives the answer.
    assert not {"What is the onclick event best for?", "What is the onmousedown event best for?"} & fronts


RISK_MEASURES = """## Risk measures
| Measure | Coherent | Complete | Adaptable |
|---|---|---|---|
| VaR | No | No | No |
| CTE | Yes | No | No |
| DualPower $(y > 1)$ | Yes | Yes | No |
| ProportionalHazard | Yes | Yes | No |
| WangTransform | Yes | Yes | Yes |
"""


def test_the_one_row_a_boolean_column_sets_apart_is_asked_among_rows_that_are_not_it():
    # "Is VaR coherent? → No", cell by cell, was a coin flip readers dropped; "which is the only
    # one that is not coherent?" → VaR was what they asked for.
    cards = {c.front: c for c in cards_of(RISK_MEASURES)}
    card = cards["In risk measures, which measure is the only one that is not coherent?"]
    assert card.kind == "mcq" and card.answer == "VaR" and len(card.choices) == 4
    coherent = {"CTE", "DualPower (y > 1)", "ProportionalHazard", "WangTransform"}
    assert set(card.choices) - {"VaR"} < coherent, "every other option is a row the table calls coherent"
    adaptable = cards["In risk measures, which measure is the only one that is adaptable?"]
    assert adaptable.answer == "WangTransform" and "WangTransform" in adaptable.choices


def test_a_boolean_column_without_a_single_odd_row_gives_no_card():
    # "Complete": VaR and CTE are both "No", so no one row is the answer.
    assert not [c for c in written_cards(RISK_MEASURES) if "complete" in c.front.lower()]


def test_a_boolean_cell_is_never_a_bare_yes_no_card():
    two_rows = "## Sorting\n| Name | Stable |\n|---|---|\n| Quick sort | No |\n| Merge sort | Yes |\n"
    for markdown in (RISK_MEASURES, two_rows):
        cards = written_cards(markdown)
        assert not [c for c in cards if c.back.lower() in ("yes", "no")]
        assert not [c for c in cards if re.search(r"(?:^|, )is [\w ]+\?$", c.front, re.I)]


def test_ticks_are_booleans_and_a_predicate_header_reads_as_its_verb():
    markdown = (
        "## Cells\n| Cell | Has a nucleus | Moves |\n|---|---|---|\n| Bacterium | ✗ | ✓ |\n"
        "| Plant cell | ✓ | ✗ |\n| Animal cell | ✓ | ✓ |\n| Fungal cell | ✓ | ✗ |\n"
    )
    [card] = written_cards(markdown)
    assert card.front == "In cells, which cell is the only one that does not have a nucleus?"
    assert card.answer == "Bacterium" and set(card.choices) == {"Bacterium", "Plant cell", "Animal cell", "Fungal cell"}


def test_a_column_that_names_a_position_not_an_attribute_makes_no_card():
    markdown = "## Grid\n| k | 1 | 2 |\n|---|---|---|\n| a | 3 | 4 |\n| b | 5 | 6 |\n"
    assert cards_of(markdown) == []


def test_equal_ratings_are_never_stated_as_a_difference_that_is_true():
    markdown = "| | Speed |\n|---|---|\n| x | ⭐⭐ |\n| y | ⭐⭐ |\n| z | ⭐⭐ |\n"
    statements = [c for f in facts_of(markdown, "tables") for i in (0, 1) for c in tables.render(f, [], i)]
    assert statements
    for card in statements:
        assert ("better than" in card.front) == (card.answer == "False")


def test_a_cell_the_author_left_blank_is_neither_asked_nor_used():
    markdown = "## Costs\n| Structure | Search | Delete |\n|---|---|---|\n| Array | n | n |\n| Bloom filter | 1 | - |\n"
    cards = cards_of(markdown)
    assert not any(c.back == "-" or c.answer == "-" for c in cards)
    assert not any(c.front.endswith(" is -.") for c in cards)
    assert any("cost of delete in an array" in c.front for c in cards)


HEAPS = """# Heap
## Time Complexities
| Variant | peek | insert | delete | merge |
|---|---|---|---|---|
| Brodal | 1 | 1 | log n | 1 |
| Rank-pairing | 1 | 1 | log n | 1 |
| Binary | 1 | log n | log n | n |
| Example | 2 | 2 | 2 | 2 |
| Leftist | 1 | log n | log n | log n |
| Pairing | 1 | 1 | log n | 1 |
"""


def test_a_large_table_asks_a_handful_of_cells_of_its_common_rows_and_reports_the_rest():
    from quizzes.generation import generate

    bank = generate(HEAPS, deck="t")
    cells = [f for f in bank.facts if f.extractor == "tables" and f.fields["type"] == "cell"]
    assert len(cells) == tables.MAX_CELLS_PER_TABLE
    rows = {f.fields["row"] for f in cells}
    assert rows == {"Binary", "Leftist", "Pairing"}, "common labels first; no example row, no Brodal"
    assert len({f.fields["column"] for f in cells}) >= 3, "the handful spreads over the columns"
    reasons = {s.reason for s in bank.skipped}
    assert "table card cap: 14 cells left out (at most 6 per table, 40 rows of a term | description table)" in reasons


def test_a_column_of_anti_examples_is_not_asked():
    markdown = (
        "## Markup\n| Purpose | ✅ Semantic choice | ❌ Non-semantic choice |\n|---|---|---|\n"
        "| Navigation | `<nav>` | `<div>` |\n| Button | `<button>` | `<span>` |\n"
    )
    columns = {f.fields["column"] for f in facts_of(markdown, "tables")}
    assert columns == {"✅ Semantic choice"}


def _statements(markdown):
    return [
        c
        for f in facts_of(markdown, "tables")
        for i in (0, 1)
        for c in tables.render(f, [], i)
        if c.kind == "true_false"
    ]


def test_bounds_are_never_swapped_into_a_false_statement():
    markdown = (
        "## Heap operations\n| Variant | insert | merge |\n|---|---|---|\n"
        "| Binary | `O(log n)` | `Θ(n)` |\n| Leftist | `Θ(log n)` | `Θ(log n)` |\n| Binomial | `Θ(1)` | `O(log n)` |\n"
    )
    assert all(c.answer == "True" for c in _statements(markdown))


def test_code_values_are_never_swapped_into_a_false_statement():
    markdown = "## Markup\n| Purpose | Element |\n|---|---|\n| Navigation | `<nav>` |\n| Button | `<button>` |\n"
    assert all(c.answer == "True" for c in _statements(markdown))


def test_plain_values_are_never_stated_true_or_false():
    markdown = "## Ports\n| Protocol | Port |\n|---|---|\n| SSH | 22 |\n| HTTP | 80 |\n| HTTPS | 443 |\n"
    assert _statements(markdown) == []


def test_overlapping_texts_are_not_swapped_into_a_false_statement():
    markdown = (
        "## Speeds\n| Engine | Speed |\n|---|---|\n| Alpha | fast |\n| Beta | very fast |\n| Gamma | fast enough |\n"
    )
    assert all(c.answer == "True" for c in _statements(markdown))


def test_ratings_are_phrased_by_what_they_mean_never_as_higher_or_lower():
    fronts = [c.front for c in cards_of(STARS)]
    assert fronts and not any(
        re.search(r"\b(?:rates?|rate) (?:higher|lower)\b|\bhigher\b|\blower\b", f) for f in fronts
    )
    assert any("better for security" in f for f in fronts)


def test_a_table_of_complexities_asks_the_measure_of_the_operation_for_the_named_subject():
    fronts = {c.front: c.back for c in cards_of(HEAPS, "basic")}
    assert fronts["What is the time complexity of insert in a binary heap?"] == "O(log n)"
    assert not any(" of Binary?" in front or "the insert of" in front for front in fronts)


def test_case_columns_ask_the_case_and_bare_complexities_read_as_bounds():
    markdown = (
        "# Sorting\n## Array Sorting Algorithms Complexity\n| Name | Best | Worst | Memory |\n|---|---|---|---|\n"
        "| Bubble sort | n | n<sup>2</sup> | 1 |\n| Quick sort | n log(n) | n<sup>2</sup> | log(n) |\n"
    )
    fronts = {c.front: c.back for c in cards_of(markdown, "basic")}
    assert fronts["What is the worst-case complexity of Bubble sort?"] == "O(n^2)"
    assert fronts["What is the space complexity of Quick sort?"] == "O(log(n))"
    assert fronts["What is the best-case complexity of Bubble sort?"] == "O(n)"


def test_a_described_operator_is_asked_which_operator_does_it_and_school_signs_not_at_all():
    markdown = (
        "## Arithmetic Operators\n| Symbol | Description |\n|---|---|\n"
        "| + | **Addition**: Calculates the sum of two numbers |\n| - | Subtract the second number from the first |\n"
        "| % | **Remainder**: Calculates the remainder of a division. Returns a number |\n"
        "| ** | **Exponent**: Raises the first number to the power of the second |\n"
    )
    cards = cards_of(markdown)
    fronts = {c.front: c.back for c in cards if c.kind in ("basic", "mcq")}
    # '+' is 'Addition' to anyone who went to school: asking it restates the sign's name.
    assert not any(c.back.startswith(("Addition", "Subtract")) or c.answer in ("+", "-") for c in cards)
    # The useful direction, two sentences of one subject read as one predicate; every sign is a
    # fact of its own although its cue has no word.
    assert fronts == {
        "In arithmetic operators, which operator calculates the remainder of a division and returns a number?": "%",
        "In arithmetic operators, which operator raises the first number to the power of the second?": "**",
    }


def test_code_like_rows_are_named_by_their_kind():
    markdown = (
        "## Events\n| Event | Description | Common uses |\n|---|---|---|\n"
        "| `select` | The user highlighted some text | Text editing |\n| `input` | The user typed | Forms |\n"
        "| `contextmenu` | The user right-clicked | Menus |\n"
    )
    fronts = {c.front for c in cards_of(markdown, "basic")}
    assert "When does the select event fire?" in fronts  # described by what happened
    # Uses beside a description follow from it, or are the author's examples: only the description is asked.
    assert "What is the contextmenu event?" in fronts
    assert not any("uses" in front for front in fronts)


def test_rows_that_are_purposes_are_asked_what_serves_them():
    markdown = (
        "## HTML\n| Purpose | Semantic choice |\n|---|---|\n| Main heading | `<h1>` |\n"
        "| Navigation | `<nav>` |\n| Article content | `<article>` |\n"
    )
    fronts = {c.front: c.back for c in cards_of(markdown, "basic")}
    assert fronts["In HTML, which element is the semantic choice for the main heading?"] == "<h1>"
    assert not any(" of main heading" in front for front in fronts)


def test_a_sample_of_markup_serving_a_purpose_is_asked_as_its_element():
    markdown = (
        "## HTML\n| Purpose | Semantic choice |\n|---|---|\n| Main heading | `<h1>Title</h1>` |\n"
        "| Navigation | `<nav><ul><li></li></ul></nav>` |\n| Emphasis | `<em>` or `<strong>` |\n"
    )
    fronts = {c.front: c.back for c in cards_of(markdown, "basic")}
    # "<h1>Title</h1>" as an answer asks the learner to recall the sample's text too.
    assert fronts["In HTML, which element is the semantic choice for the main heading?"] == "<h1>"
    assert fronts["In HTML, which element is the semantic choice for the navigation?"] == "<nav>"
    # Two elements are no one element: asked as written.
    assert fronts["In HTML, what is the semantic choice for the emphasis?"] == "<em> or <strong>"


def test_a_pair_of_rated_rows_is_compared_once():
    ratings = [("SQLite", 2), ("Memory", 3), ("Redis", 1)]
    assert tables._partner("SQLite", ratings) == ("Memory", 3)
    # Memory's nearest is SQLite, which already states that pair: Memory is set against Redis.
    assert tables._partner("Memory", ratings) == ("Redis", 1)
    assert tables._partner("Redis", ratings) == ("SQLite", 2)
    assert tables._partner("Alone", [("Alone", 1)]) is None


def test_row_labels_stay_as_written_when_the_rows_are_names():
    facts = facts_of(RANKED, "tables")
    [best] = [c for f in facts if f.fields["type"] == "comparison" for c in tables.render(f, [], 0)]
    assert "SQLite, Memory or Redis" in best.front, "'Memory' among 'SQLite' and 'Redis' is a backend"
    assert "virtual machines or containers" in cards_of(STARS, "basic")[0].front


def test_statements_of_a_two_row_table_are_balanced():
    markdown = "## Engines\n| | A | B | C | D | E | F |\n|---|---|---|---|---|---|---|\n"
    markdown += "| Xs | ⭐ | ⭐ | ⭐ | ⭐ | ⭐ | ⭐ |\n| Ys | ⭐⭐ | ⭐⭐ | ⭐⭐ | ⭐⭐ | ⭐⭐ | ⭐⭐ |\n"
    facts = facts_of(markdown, "tables")
    answers = [c.answer for i, f in enumerate(facts) for c in tables.render(f, [], i) if c.kind == "true_false"]
    assert sorted(answers) in (["False", "True", "True"], ["False", "False", "True"])


def test_a_row_that_names_the_topic_spaced_differently_needs_no_prefix():
    markdown = "# Quicksort\n## History\n| Name | Inventor |\n|---|---|\n| Quick sort | Tony Hoare |\n"
    markdown += "| Merge sort | John von Neumann |\n"
    fronts = {c.front for c in cards_of(markdown, "basic")}
    assert (
        "What is the inventor of quick sort?" in fronts
        and "In Quicksort, what is the inventor of merge sort?" in fronts
    )


def test_codes_under_a_meaning_column_are_asked_and_units_go_with_the_answer():
    codes = "## HTTP status codes\n| Code | Meaning |\n|---|---|\n| 200 | OK |\n| 404 | Not Found |\n"
    assert {c.front: c.back for c in cards_of(codes, "basic")}["In HTTP status codes, what does 404 mean?"] == (
        "Not Found"
    )
    planets = "## Planets\n| Planet | Diameter (km) |\n|---|---|\n| Mercury | 4879 |\n| Venus | 12104 |\n"
    answers = {c.front: c.back for c in cards_of(planets, "basic")}
    assert answers["What is the diameter of Venus?"] == "12104 km"


def test_a_command_row_whose_words_say_what_it_does_is_not_asked():
    markdown = (
        "## Git commands\n| Command | Description |\n|---|---|\n| `git merge` | Merge branches |\n"
        "| `git status` | Show the working tree status |\n| `git log` | Show commit logs |\n"
    )
    fronts = {c.front for c in cards_of(markdown, "basic")}
    assert "What does git status do?" in fronts  # "Git commands" is about Git, which the command names
    assert not any("git merge" in f for f in fronts)


def test_a_table_of_aspects_asks_each_column_subject_for_the_row_aspect():
    markdown = (
        "# Languages\n## Compared\n| Feature | Python | JavaScript |\n|---|---|---|\n"
        "| Typing | Dynamic, strong | Dynamic, weak |\n| Package manager | pip | npm |\n"
    )
    answers = {c.front: c.back for c in cards_of(markdown, "basic")}
    assert answers["In languages, what is the package manager of Python?"] == "pip"
    assert answers["In languages, what is the typing of JavaScript?"] == "Dynamic, weak"
    assert not any(" of typing" in f or "the Python of" in f for f in answers)
    assert tables._transposed(["Aspect", "A", "B"]) and not tables._transposed(["", "Speed", "Cost"])
    # Rows described by their columns are not aspects of subjects.
    assert not tables._transposed(["Property", "What It Measures", "Use Case"])
    assert not tables._transposed(["Feature", "Description", "Example"])
    assert not tables._transposed(["Feature", "Best for", "Supported"])


def test_an_empty_corner_over_aspects_compares_its_columns():
    markdown = (
        "# Dev/prod parity\n\n| | Traditional app | Twelve-factor app |\n|---|---|---|\n"
        "| Time between deploys | Weeks | Hours |\n"
        "| Code authors vs code deployers | Different people | Same people |\n"
    )
    answers = {c.front: c.back for c in cards_of(markdown, "basic")}
    assert answers["In Dev/prod parity, what is the time between deploys of a traditional app?"] == "Weeks"
    # "the code authors vs code deployers of a twelve-factor app" is no thing the app has
    assert not any("code deployers of" in front for front in answers)
    # Measures across the top are what the rows have: "| | Time | Space |" over algorithms is read by row.
    rows = [["Quick sort", "O(n log n)", "O(log n)"], ["Merge sort", "O(n log n)", "O(n)"]]
    assert not tables._transposed(["", "Time", "Space"], rows)
    # One-word rows may be names as well as aspects: left as they were read.
    assert not tables._transposed(["", "Python", "Go"], [["Typing", "dynamic", "static"]])


@pytest.mark.parametrize(
    ("label", "value", "restates"),
    [
        ("[:digit:]", "All digits", True),
        ("click", "The user clicked on something", True),
        ("[:space:]", "All whitespace", False),
        ("$1", "First argument", False),
        ("select", "The user highlighted some text", False),
        ("Latency", "The time a packet takes to travel", False),
    ],
)
def test_a_value_that_restates_its_row_label_in_everyday_words_is_not_asked(label, value, restates):
    assert restates_label(label, value) is restates


GLOSSARY = """# Networking

## Key terms

| Term | Definition |
|---|---|
| Latency | The time a packet takes to travel from source to destination |
| Bandwidth | The maximum amount of data a link can carry per second |
| Jitter | The variation in latency between packets |
| Throughput | The amount of data actually delivered per second |
"""


def test_a_term_and_definition_table_is_asked_as_a_glossary():
    fronts = [c.front for c in written_cards(GLOSSARY, "basic")]
    assert "In networking, what is latency?" in fronts
    assert not any("definition of" in f.lower() for f in fronts)
    mcqs = written_cards(GLOSSARY, "mcq")
    assert mcqs and all(set(c.choices) == {"Latency", "Bandwidth", "Jitter", "Throughput"} for c in mcqs)


CONDITIONS = """# Bash

## Conditions

| Condition | Description |
|---|---|
| `[[ NUM -eq NUM ]]` | Equal |
| `[[ -d FILE ]]` | Directory |
| `[[ ! EXPR ]]` | Not |
| `[[ -s FILE ]]` | Size is more than zero bytes |
"""


def test_a_table_of_code_and_its_meaning_asks_what_the_code_tests():
    cards = cards_of(CONDITIONS, "basic") + cards_of(CONDITIONS, "reverse")
    fronts = [c.front for c in cards]
    assert any(f.endswith("what does [[ NUM -eq NUM ]] test?") for f in fronts)
    assert not any("where" in f.lower() for f in fronts)
    assert not any(c.back == "Not" for c in cards)
    assert cards_of(CONDITIONS, "reverse") == []


def test_a_meaning_that_only_names_the_sign_the_code_shows_is_not_asked():
    markdown = CONDITIONS + (
        "| `[[ STRING == STRING ]]` | Equal |\n| `[[ STRING != STRING ]]` | Not Equal |\n"
        "| `(( NUM < NUM ))` | Less than |\n| `[[ NUM -lt NUM ]]` | Less than |\n"
        "| `[[ STRING =~ STRING ]]` | Regexp |\n"
    )
    asked = {c.front.split("what does ")[-1]: c.back for c in cards_of(markdown, "basic")}
    # "== → Equal" is the sign read aloud; "-eq"/"-lt" have to be learnt.
    assert not {"[[ STRING == STRING ]] test?", "[[ STRING != STRING ]] test?", "(( NUM < NUM )) test?"} & asked.keys()
    assert asked["[[ NUM -eq NUM ]] test?"] == "Equal"
    assert asked["[[ NUM -lt NUM ]] test?"] == "Less than"
    assert "[[ STRING =~ STRING ]] test?" not in asked  # "Regexp" alone is too thin an answer


def test_a_bare_noun_meaning_is_asked_the_other_way_round_when_it_names_one_row():
    markdown = CONDITIONS + (
        "| `[[ STRING =~ STRING ]]` | Regexp |\n| `[[ -d FILE ]]` | Directory |\n"
        "| `[[ -h FILE ]]` | Symlink |\n| `[[ -L FILE ]]` | Symlink |\n| `[[ -r FILE ]]` | Readable |\n"
    )
    asked = {c.front: c.back for c in cards_of(markdown, "basic")}
    assert asked["In Bash, which condition tests for a regexp?"] == "[[ STRING =~ STRING ]]"
    assert asked["In Bash, which condition tests for a directory?"] == "[[ -d FILE ]]"
    assert not any("symlink" in front.lower() for front in asked)  # two rows: no one answer
    assert asked["In Bash, what does [[ -r FILE ]] test?"] == "Readable"  # an adjective says what is tested


def test_a_table_of_the_lessons_steps_is_a_plan_not_facts():
    markdown = (
        "## Plan\n\n| Step | Purpose | What You'll Learn |\n|---|---|---|\n"
        "| Create the constants | Set up quotes and references | Variables |\n"
        "| Add the listener | Handle game start | Events |\n"
    )
    assert cards_of(markdown) == []
    reasons = [s.reason for s in generate(markdown, deck="d").skipped]
    assert "table of the lesson's own steps or project parts (a plan, not facts)" in reasons


def test_a_table_of_the_projects_own_ids_is_not_asked():
    markdown = (
        "## UI\n\n| Element | ID | Purpose |\n|---|---|---|\n"
        "| Text input | `typed-value` | Where players type |\n| Quote display | `quote` | Shows the quote |\n"
    )
    assert cards_of(markdown) == []
    markup = (
        "## UI\n\n| UI Element | Purpose | HTML Element |\n|---|---|---|\n"
        '| Quote Display | Shows the quote | `<p>` with `id="quote"` |\n'
        '| Message Area | Displays messages | `<p>` with `id="message"` |\n'
    )
    assert cards_of(markup) == []


def test_a_plural_row_label_agrees_with_the_authors_verb():
    markdown = (
        "## Editors\n\n| Feature | What It Does |\n|---|---|\n"
        "| Extensions | Add support for new languages, linters and themes from a marketplace |\n"
        "| Auto-completion | Suggests names from the project's symbols and libraries as you type |\n"
        "| Linting | Flags suspicious code |\n"
    )
    fronts = {c.front for c in cards_of(markdown, "basic")}
    assert "In editors, what do Extensions do?" in fronts
    assert "In editors, what does Auto-completion do?" in fronts


def test_markup_in_an_anti_example_column_does_not_make_a_table_a_project():
    markdown = (
        "## Semantics\n\n| Purpose | Semantic Choice | Non-Semantic Choice |\n|---|---|---|\n"
        '| Main heading | `<h1>Title</h1>` | `<div class="big">Title</div>` |\n'
        '| Navigation | `<nav></nav>` | `<div class="menu"></div>` |\n'
    )
    assert cards_of(markdown, "basic")


def test_a_purpose_is_asked_what_a_named_thing_is_used_for_and_a_project_part_not_at_all():
    tools = (
        "## Tools\n| Tool | Purpose |\n|---|---|\n| **Git** | Version control |\n| **Vite** | Build tool |\n"
        "| **Prettier** | Code formatting |\n"
    )
    fronts = {c.front: c.back for c in cards_of(tools, "basic")}
    assert fronts["What is Git used for?"] == "Version control"  # "Tools" names the kind of its rows, no subject
    # "Word index | Track which word the player is typing": the lesson's game, not word indexes.
    parts = (
        "## Game\n| Data Type | Purpose | Example |\n|---|---|---|\n"
        "| Array of quotes | Store all possible quotes for the game | `['Q1']` |\n"
        "| Word index | Track which word the player is typing | `0` |\n"
    )
    assert cards_of(parts) == []


def test_a_value_that_says_what_its_row_equals_asks_what_it_is_the_same_as():
    markdown = (
        "## Brace expansion\n| Expression | Description |\n|---|---|\n| `{1..5}` | Same as 1 2 3 4 5 |\n"
        "| `{a,b}.txt` | Same as a.txt b.txt |\n"
    )
    fronts = {c.front: c.back for c in cards_of(markdown, "basic")}
    assert fronts["In Brace expansion, what is {1..5} the same as?"] == "1 2 3 4 5"


def test_a_meaning_that_names_the_column_or_an_unshown_placeholder_is_not_asked():
    markdown = (
        "## Tests\n| Condition | Description |\n|---|---|\n| `[[ NUM -lt NUM ]]` | Less than |\n"
        "| `(( NUM < NUM ))` | Numeric conditions |\n| `[[ -o noclobber ]]` | If OPTIONNAME is enabled |\n"
        "| `[[ -e FILE ]]` | Exists |\n| `[[ -s FILE ]]` | Size is > 0 bytes |\n"
    )
    backs = {c.back for c in cards_of(markdown, "basic")}
    assert {"Less than", "Exists", "Size is > 0 bytes"} <= backs
    assert not backs & {"Numeric conditions", "If OPTIONNAME is enabled"}


def test_a_two_word_key_header_names_the_kind_of_its_code_rows():
    markdown = (
        "## tr\n| Command option | Description |\n|---|---|\n"
        "| `-c` | Operations apply to characters not in the given set |\n| `-d` | Delete characters |\n"
        "| `-s` | Squeeze repeated characters |\n\n```bash\necho hello | tr -d l\n```\n"
    )
    fronts = {c.front for c in cards_of(markdown, "basic")}
    assert "In tr, what is the -c option?" in fronts


def test_a_cell_that_states_no_drawback_in_a_column_of_drawbacks_is_not_asked():
    markdown = (
        "## Events\n| Event | Best for | Limitations |\n|---|---|---|\n"
        "| `onclick` | Simple clicks | Doesn't support dragging |\n"
        "| `onpointerdown` | Touch and mouse | Modern browsers (widely supported) |\n"
        "| `onmousedown` | Mouse only | Doesn't work on touch devices |\n"
    )
    backs = {c.front: c.back for c in cards_of(markdown, "basic")}
    assert backs["What are the limitations of the onclick event?"] == "Doesn't support dragging"
    assert "Modern browsers (widely supported)" not in backs.values()


def test_an_operator_whose_description_does_not_read_alone_is_asked_by_its_name():
    markdown = (
        "## Comparison operators\n| Symbol | Description |\n|---|---|\n"
        "| `===` | **Strict equality**: Compares the values on the right and left of it |\n"
        "| `!==` | **Inequality**: Returns the opposite of a strict equality |\n"
    )
    fronts = {c.front: c.back for c in cards_of(markdown, "basic")}
    # "on the right and left" reads as the document's layout, which the lint refuses.
    assert fronts["In comparison operators, which operator is the strict equality operator?"] == "==="
    assert fronts["In comparison operators, which operator returns the opposite of a strict equality?"] == "!=="


def test_an_everyday_countable_row_takes_an_article_mid_sentence():
    markdown = (
        "## DevTools\n| Tool | What It Does |\n|---|---|\n"
        "| **Console** | Shows the page's errors and runs JavaScript against the live page |\n"
        "| **Element Inspector** | Edits the page's HTML and CSS live, without a reload |\n"
        "| **Profiling** | Records where the page spends its time, function by function |\n"
    )
    fronts = {c.front for c in cards_of(markdown, "basic")}
    assert "In DevTools, what does the console do?" in fronts
    assert "In DevTools, what does Element Inspector do?" in fronts  # a name stays bare
    assert "In DevTools, what does profiling do?" in fronts  # so does a mass noun


def test_a_description_in_the_third_person_with_an_object_says_what_the_row_does():
    markdown = (
        "## Python operators\n| Operator | Description |\n|---|---|\n"
        "| `is` | Identity: checks that two names refer to one object |\n"
        "| `in` | Membership: tests whether a value is in a collection |\n"
    )
    fronts = {c.front for c in cards_of(markdown, "basic")}
    assert "In Python operators, what does the is operator do?" in fronts


def test_rows_of_a_collection_need_no_topic_and_operations_of_a_subject_do():
    collection = (
        "# Sorting Algorithms\n\n## Complexity\n\n| Name | Best | Worst |\n|---|---|---|\n"
        "| Quick sort | n log(n) | n^2 |\n| Bubble sort | n | n^2 |\n| Merge sort | n log(n) | n log(n) |\n"
    )
    fronts = {c.front for c in generate(collection, deck="s").cards}
    assert "What is the worst-case complexity of Quick sort?" in fronts
    subject = (
        "# LRU Cache\n\n## Complexities\n\n| | Average |\n|---|---|\n| Get item | O(1) |\n| Set item | O(1) |\n"
        "| Space | O(n) |\n"
    )
    fronts = {c.front for c in generate(subject, deck="l").cards}
    assert "In the LRU Cache, what is the average-case complexity of Get item?" in fronts


OPTION_ROWS = """# Shell
## {title}

| Command option | Description |
| -------------- | ----------- |
| `-c` | Operations apply to characters not in the given set |
| `-s` | Replaces repeated characters with a single occurrence |
{code}"""


def test_a_bare_option_row_is_asked_only_when_a_heading_names_its_command():
    # "Transform strings" never says the options are tr's: "what is -c?" has no fair answer.
    unnamed = cards_of(OPTION_ROWS.format(title="Transform strings", code=""))
    assert not [c for c in unnamed if "-c" in c.front or "-s" in c.front]
    # A heading naming a program the section's code runs ("tr options" over "… | tr -s ' '") does.
    code = "\n```bash\necho 'a  b' | tr -s ' '\n```\n"
    named = cards_of(OPTION_ROWS.format(title="tr options", code=code))
    assert any("-c" in c.front and c.back.startswith("Operations apply") for c in named)


def test_a_feature_named_in_everyday_words_beside_a_short_gloss_is_not_asked():
    markdown = (
        "# Editors\n## Code editors\n| Feature | What It Does |\n|---|---|\n"
        "| **Auto-completion** | Suggests code as you type |\n| **Extensions** | Add specialized features |\n"
        "| `onpointerdown` | Fires when a pointer touches the element |\n"
        "| **Multi-cursor editing** | Places several cursors so that one keystroke edits many lines at once |\n"
    )
    backs = {c.back for c in cards_of(markdown, "basic")}
    # The name says what it does: the card tests reading, not knowledge.
    assert not backs & {"Suggests code as you type", "Add specialized features"}
    # Code, and a gloss long enough to add how, are still asked.
    assert "Fires when a pointer touches the element" in backs
    assert any(b.startswith("Places several cursors") for b in backs)
    # A glossary's meaning is a definition to learn, however everyday the term.
    glossary = "## Networks\n| Term | Meaning |\n|---|---|\n| Latency | Delay before transfer begins |\n"
    assert "Delay before transfer begins" in {c.back for c in cards_of(glossary, "basic")}


@pytest.mark.parametrize(
    ("label", "value", "echoes"),
    [
        ("onclick", "Simple button clicks", True),  # click hides inside the identifier
        ("onpointerdown", "Touch and mouse interactions", False),
        ("${foo%suffix}", "Remove long suffix", True),
        ("${foo/%from/to}", "Replace suffix", False),
        ("${#foo}", "Length of $foo", False),  # the example's variable is no giveaway
        ("[[ FILE1 -ef FILE2 ]]", "Same files", False),  # operands in capitals are not the name
        ("!<command>", "Expand most recent invocation of command <command>", False),  # says much more
        ("clientX", "Horizontal position relative to the viewport", False),
    ],
)
def test_an_answer_the_code_s_own_name_spells_is_told(label, value, echoes):
    assert echoes_label(label, value) is echoes


def test_a_code_row_whose_name_spells_its_cell_leaves_room_under_the_cap_for_cells_that_teach():
    markdown = (
        "# Bash\n\n## Substitution\n\n| Code | Description |\n|---|---|\n"
        "| `${foo%suffix}` | Remove suffix |\n| `${foo#prefix}` | Remove prefix |\n"
        "| `${foo%%suffix}` | Remove long suffix |\n| `${foo##prefix}` | Remove long prefix |\n"
        "| `${foo/%suffix}` | Remove long suffix |\n| `${foo/#prefix}` | Remove long prefix |\n"
        "| `${foo/from/to}` | Replace first match |\n| `${foo//from/to}` | Replace all |\n"
    )
    answers = {c.back for c in cards_of(markdown, "basic")}
    assert not any(a.startswith("Remove") for a in answers)
    assert {"Replace first match", "Replace all"} <= answers


@pytest.mark.parametrize(
    ("row", "question"),
    [("$#", "In Bash, what is $#?"), ("$?", "In Bash, what does $? stand for?")],
)
def test_a_symbol_is_shown_bare_as_code_never_in_quotes(row, question):
    markdown = f"# Bash\n\n## Variables\n\n| Expression | Description |\n|---|---|\n| `{row}` | Number of the thing |\n"
    fronts = [c.front for c in cards_of(markdown, "basic")]
    assert fronts == [question]


def test_what_each_row_is_best_for_also_asks_which_row_when_the_uses_differ():
    markdown = (
        "# Programming\n\n## Popular languages\n\n| Language | Best For |\n|---|---|\n"
        "| **Python** | Data science, automation, AI |\n| **Java** | Enterprise applications, Android apps |\n"
        "| **Go** | Cloud services, backend systems |\n"
    )
    reverse = {c.front: c.back for c in written_cards(markdown, "reverse")}
    assert any(front.endswith("which language is best for data science, automation and AI?") for front in reverse)
    assert set(reverse.values()) <= {"Python", "Java", "Go"}
    same = markdown.replace("Cloud services, backend systems", "Data science, automation, AI")
    assert written_cards(same, "reverse") == []  # two rows share their uses: no one answer


def test_a_use_column_is_asked_when_no_column_says_what_the_row_is():
    alone = "# Tools\n\n## Tooling\n\n| Tool | Use case |\n|---|---|\n| Git | Version control |\n| Vite | Bundling |\n"
    assert any(c.back == "Version control" for c in cards_of(alone, "basic"))
    beside = alone.replace("| Tool | Use case |\n|---|---|", "| Tool | Description | Use case |\n|---|---|---|")
    beside = beside.replace("| Git |", "| Git | A distributed version control system |")
    beside = beside.replace("| Vite |", "| Vite | A frontend build tool |")
    backs = {c.back for c in cards_of(beside, "basic")}
    assert "Version control" not in backs and "Bundling" not in backs


def test_a_constant_setup_row_is_not_asked_and_case_columns_ask_the_operation_in_the_subject():
    markdown = (
        "# Skip list\n## Complexity\n| Operation | Average |\n|---|---|\n"
        "| Initialize | O(1) |\n| Insertion | O(log n) |\n| Search | O(log n) |\n"
    )
    fronts = [c.front for c in cards_of(markdown, "basic")]
    assert not any("nitialize" in f for f in fronts)
    assert "What is the average-case complexity of the insertion operation in a skip list?" in fronts


def test_the_space_row_of_a_subject_names_it_with_an_article():
    markdown = (
        "# Skip list\n## Complexity\n| Operation | Average |\n|---|---|\n| Search | O(log n) |\n| Space | O(n) |\n"
    )
    fronts = [c.front for c in cards_of(markdown, "basic")]
    assert "What is the average-case space complexity of a skip list?" in fronts


def test_a_term_and_description_table_is_a_glossary_not_capped_at_a_handful():
    rows = "".join(f"| T{i}X | Stores the record number {i} of a domain. |\n" for i in range(12))
    markdown = "# DNS Record Types\n\n## Common types\n\n| Type | Description |\n|---|---|\n" + rows
    asked = {f.fields["row"] for f in generate(markdown, deck="t").facts if f.extractor == "tables"}
    assert len(asked) == 12


def test_a_table_without_headers_pairing_keys_with_what_they_do_is_a_reference():
    markdown = (
        "# Vim\n\n## Commands\n\n|   |   |\n|---|---|\n| dd | delete current line |\n"
        "| yy | yank/copy the line |\n| u | undo the last command |\n"
    )
    answers = {c.front: c.back for c in cards_of(markdown, "basic")}
    assert answers["In Vim, what does dd do?"] == "delete current line"
    screen = (
        "# Vim\n\n|   |   |\n|---|---|\n| M | move to the middle of screen |\n| H | move to the top |\n"
        "| L | move to the bottom |\n"
    )
    assert "In Vim, what does M do?" in {c.front for c in cards_of(screen, "basic")}  # a key, not "what is M?"


def test_a_table_the_prose_calls_examples_and_a_cell_its_label_spells_are_not_asked():
    examples = (
        "# Backing services\n\nMany languages offer libraries for backing services. Some examples are in the "
        "table below.\n\n| Type | Language | Library |\n|---|---|---|\n| Database | Ruby | ActiveRecord |\n"
        "| Queue | Python | Celery |\n"
    )
    assert not cards_of(examples, "basic")
    spelled = (
        "# Naming\n\n| Name | Action | Context |\n|---|---|---|\n| getUser | get | User |\n"
        "| setUserMessages | set | User |\n"
    )
    assert not any(c.back in ("get", "set", "User") for c in cards_of(spelled, "basic"))


def test_a_key_sequence_needs_its_program_and_a_cell_that_goes_on_from_its_key_is_not_asked():
    markdown = (
        "# Vim\n\n## Deleting\n\n| Key | Description |\n|---|---|\n| dfX | delete forward through character X |\n"
        "| dd | delete current line |\n| ddp / ddkP | are common commands to move a line one down / up |\n"
    )
    answers = {c.front: c.back for c in cards_of(markdown, "basic")}
    assert answers["In Vim, what does dfX do?"] == "delete forward through character X"
    assert not any(back.startswith("are ") for back in answers.values())


def test_a_row_of_the_kind_the_topic_names_needs_no_topic():
    # "In continents, what is the highest point of Africa?": Africa is one of them
    page = "# Continents\n\n| Continent | Highest point |\n|---|---|\n| Africa | Kilimanjaro |\n| Europe | Elbrus |\n"
    fronts = [c.front for c in cards_of(page)]
    assert "What is the highest point of Africa?" in fronts, fronts


def test_an_abbreviation_spelled_from_its_name_is_not_asked_and_an_equivalent_asks_how_many():
    page = (
        "# Kitchen units\n\n| Unit | Abbreviations | Equivalent |\n|---|---|---|\n"
        "| Cup | cup, c | 236.6 mL |\n| Pinch | pinch | ~0.31 mL |\n| Pound | lb | 453.6 g |\n"
    )
    cards = {c.front: c.back for c in cards_of(page)}
    assert not any("abbreviations of cup" in front.lower() for front in cards), cards
    assert any(front.endswith("what are the abbreviations of pound?") for front in cards), cards
    assert any(front.endswith("how many mL is a cup?") and back == "236.6 mL" for front, back in cards.items()), cards
    assert any(front.endswith("how many mL is a pinch?") and back == "About 0.31 mL" for front, back in cards.items())


def test_a_row_under_a_type_header_is_asked_as_that_type():
    page = (
        "# Dataform\n\n## Types\n\n| Type | Description |\n|---|---|\n| `Number` | Double precision floating-point |\n"
        "| `String` | Series of characters |\n| `Array` | Ordered sequence of values |\n"
    )
    fronts = [c.front for c in cards_of(page)]
    assert "In Dataform, what is the Number type?" in fronts, fronts


def test_a_command_line_names_its_program_whatever_heading_is_above_it():
    page = (
        "# Git\n\n## Syncing\n\n| Command | Description |\n|---|---|\n"
        "| `git fetch -p <remote>` | Prune the local cache of remote branches |\n"
        "| `git pull --rebase` | Fetch and replay local commits on top |\n"
        "| `git push -u <remote> <branch>` | Push and set the upstream of the branch |\n"
    )
    fronts = [c.front for c in cards_of(page)]
    assert "What does git fetch -p <remote> do?" in fronts, fronts


def test_a_parts_list_s_counts_are_not_asked():
    page = (
        "# Build Guide\n\n## Parts\n\n| Item | Count | Remark |\n|---|---|---|\n| PCB | 2 | |\n"
        "| Diode | 42 | 1N4148W |\n| Key switch | 42 | MX compatible |\n| Rubber foot | 10 | |\n"
    )
    assert not any("count of" in c.front.lower() for c in cards_of(page))


def test_a_headerless_specification_table_asks_each_measure_of_the_heading_s_thing():
    page = (
        "# About Lake Wessa Public Observatory's 16-inch telescope\n\n## Telescope Specifications\n\n"
        "#### Primary Telescope\nSigma 16 <br>\n41-cm Cassegrain Telescope System - Reflector\n\n"
        "|  |  |\n|---:|:---|\n| **Primary Mirror** | 16-inch clear aperture |\n| **Focal Length** | 5400 mm |\n"
        "| **Focal Ratio** | F/13.5 |\n| **Secondary Mirror** | 4-inch diameter |\n"
        "| **Mount** | Equatorial, off-axis |\n"
    )
    fronts = [c.front for c in cards_of(page)]
    assert any(f.endswith("what is the focal length of the primary telescope?") for f in fronts), fronts
    assert all(f.startswith("In the Lake Wessa Public Observatory, ") for f in fronts), fronts


def test_an_alias_built_on_another_alias_is_answered_in_full_and_an_elided_command_is_not_asked():
    page = (
        "# Kubectl plugin\n\nSome aliases for common kubectl commands.\n\n## Aliases\n\n"
        "| Alias | Command | Description |\n|:--|:--|:--|\n"
        "| kgp | `kubectl get pods` | List all pods in ps output format |\n"
        "| kgpw | `kgp --watch` | After listing the pods, watch for changes |\n"
        "| kgs | `kubectl get svc` | List all services in ps output format |\n"
        "| kcn | `kubectl config set-context ...` | Change the current namespace |\n"
        "| kl | `kubectl logs` | Print the logs for a container in a pod |\n"
    )
    from tests.quizzes.generation.helpers import cards_of

    answers = {c.front: c.back for c in cards_of(page)}
    assert "kubectl get pods --watch" in answers.values(), answers
    assert not any(back.startswith("kgp ") or back.endswith("...") for back in answers.values()), answers


def test_a_unit_most_rows_share_is_not_asked():
    page = (
        "# Snow model\n\n## Parameters\n\n| parameter | description | unit |\n|---|---|---|\n"
        "| `snow` | snow storage | mm |\n| `rain` | rainfall | mm |\n| `melt` | snow melt | mm |\n"
        "| `tt` | threshold temperature for snowfall | ᵒC |\n| `kv` | vertical conductivity | mm day^-1 |\n"
    )
    from tests.quizzes.generation.helpers import cards_of

    cards = {c.front: c.answer or c.back for c in cards_of(page)}
    assert not any(back == "mm" for back in cards.values()), cards


def test_a_worked_examples_numbered_rows_are_no_facts():
    # "Bond 1 | Zero | 1,000 USD": made-up figures of an example; readers dropped all six cards
    markdown = (
        "# Bonds\n\n## Bootstrapping\n\n"
        "|        | Coupon | Face Value | Time to Maturity |\n|---|---|---|---|\n"
        "| Bond 1 | Zero | 1,000 USD | 6 Months |\n| Bond 2 | 5% (Semi-Annual) | 10,000 USD | 1 Year |\n"
        "| Bond 3 | 7% (Annual) | 10,000 USD | 2 Years |\n"
    )
    assert facts_of(markdown, "tables") == []
    named = markdown.replace("Bond 1", "Treasury bill").replace("Bond 2", "Treasury note").replace("Bond 3", "Gilt")
    assert facts_of(named, "tables")
