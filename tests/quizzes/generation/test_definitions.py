from collections import Counter

import pytest

from quizzes.generation import generate
from quizzes.generation.extractors import definitions
from tests.quizzes.generation.helpers import cards_of, facts_of, written_cards


@pytest.mark.parametrize(
    ("markdown", "term", "aliases", "definition"),
    [
        (
            "A **container** is defined as a standard unit of software that packages code.",
            "container",
            [],
            "a standard unit of software that packages code",
        ),
        (
            "A **virtual machine** (VM) is a computer file that behaves like another computer.",
            "virtual machine",
            ["VM"],
            "a computer file that behaves like another computer",
        ),
        (
            "- _Hypervisor_: also known as a _virtual machine monitor_ (VMM), is a piece of software that runs VMs.",
            "Hypervisor",
            ["virtual machine monitor", "VMM"],
            "a piece of software that runs VMs",
        ),
        (
            "**Docker Hub**: a hosted registry service for sharing container images.",
            "Docker Hub",
            [],
            "a hosted registry service for sharing container images",
        ),
        (
            "The mechanism is called _Containerization_, and it is defined as a form of OS-level virtualization "
            "through which applications run in isolated environments.",
            "Containerization",
            [],
            "a form of OS-level virtualization through which applications run in isolated environments",
        ),
        (
            "Not to be confused with a _container runtime_, which is a low-level component of the engine.",
            "container runtime",
            [],
            "a low-level component of the engine",
        ),
    ],
)
def test_it_finds_defined_terms_with_aliases(markdown, term, aliases, definition):
    [fact] = [f for f in facts_of(markdown, "definitions") if f.fields["type"] == "definition"]
    assert fact.fields["term"] == term
    assert fact.fields["aliases"] == aliases
    assert fact.fields["definition"] == definition


def test_a_section_opening_with_its_title_defines_it():
    [fact] = facts_of(
        "## Docker Engine\nThe Docker Engine is an open source technology for containerizing applications.\n",
        "definitions",
    )
    assert fact.cue == "Docker Engine"


def test_abbreviation_expansions_become_facts():
    [fact] = facts_of("It works thanks to **WSL 2** (Windows Subsystem for Linux, version 2).", "definitions")
    assert fact.fields == {
        "term": "WSL 2",
        "aliases": [],
        "definition": "Windows Subsystem for Linux, version 2",
        "type": "abbreviation",
    }


def test_plain_emphasis_is_not_a_definition():
    assert facts_of("This is **really** important for everyone to know.", "definitions") == []


GLOSSARY = "\n\n".join(
    f"**{term}**: {definition}."
    for term, definition in [
        ("Latency", "the time a message takes to travel between two hosts"),
        ("Bandwidth", "the amount of data a link carries in one second"),
        ("Jitter", "the variation in latency between consecutive packets"),
        ("Throughput", "the rate of useful data actually delivered over a link"),
        ("Packet loss", "the share of packets that never reach their destination"),
    ]
)


def _rendered(markdown):
    facts = facts_of(markdown, "definitions")
    return [card for index, fact in enumerate(facts) for card in definitions.render(fact, facts, index)]


def test_definition_cards_hide_the_term_and_borrow_sibling_distractors():
    cards = written_cards(GLOSSARY)
    mcqs = [c for c in cards if c.kind == "mcq"]
    assert len(mcqs) == 5
    for card in mcqs:
        assert len(card.choices) == 4 and card.answer in card.choices
        assert card.answer.lower() not in card.front.lower()
    reverse = [c for c in _rendered(GLOSSARY) if c.kind == "reverse"]
    # "the share of packets that never reach …" names half of "Packet loss": asked one way only
    assert {c.back for c in reverse} == {"Latency", "Bandwidth", "Jitter", "Throughput"}


def test_no_fact_yields_more_than_three_cards():
    cards = cards_of(GLOSSARY)
    assert len(_rendered(GLOSSARY)) == 14, "three candidates per definition, but no reverse for Packet loss"
    assert max(Counter(c.note_key for c in cards).values()) <= 3


@pytest.mark.parametrize(
    ("markdown", "front"),
    [
        ("## Kanban\n**board**: a wall or screen that shows every work item.", "In Kanban, what is a board?"),
        ("## Kanban\n**WIP limits**: caps on the work in each column.", "What are WIP limits?"),
        ("## Virtualization\n**Hypervisor**: a piece of software that runs VMs.", "What is Hypervisor?"),
        (
            "## Virtualization\n**Hypervisor**: a piece of software that runs VMs. Popular hypervisors are A and B.",
            "What is a hypervisor?",
        ),
        ("## Apps\n**Container engine**: a piece of software that runs containers.", "What is a container engine?"),
        ("## Nets\n**API**: an interface that programs call.", "What is an API?"),
        ("## Web\n**Mutation Observer**: watches the DOM for changes.", "What does Mutation Observer watch?"),
        ("## Web\n**Mutation Observer**: watches every change to the DOM.", "What does Mutation Observer do?"),
        ("## Nets\n**DNS**: maps a name to an address.", "In nets, what does DNS do?"),
        ("## Web\n**Closure**: capturing the scope of an outer function.", "What is meant by “Closure”?"),
        ("## Big O\n**Big O notation**: used to classify algorithms by growth.", "What is Big O notation used for?"),
        ("## Nets\n**IP**: responsible for routing packets between hosts.", "What is IP responsible for?"),
        ("## Forms\n**id attribute**: links a label to its form control.", "In forms, what does an id attribute do?"),
        (
            "## Forms\n**id attribute**: unique within the whole page for each element.",
            "In forms, what is the id attribute?",
        ),
    ],
)
def test_the_question_fits_the_shape_of_the_definition(markdown, front):
    assert [c.front for c in _rendered(markdown) if c.kind == "basic"] == [front]


def test_a_bold_label_is_not_a_term():
    assert _rendered("**NOTE**: browser support for this may vary a lot between vendors.") == []


def test_a_definition_makes_no_true_false_card():
    # A definition swapped between related terms is rarely certainly false, and a true one only
    # repeats the basic card.
    assert [c for c in _rendered(GLOSSARY) if c.kind == "true_false"] == []


def test_a_definition_that_states_a_purpose_is_asked_what_it_is_for():
    markdown = (
        "## Tracking Movement\n- **pos1 and pos2**: Calculate how far the mouse has moved since the last update\n"
    )
    cards = _rendered(markdown)
    basic = next(c for c in cards if c.kind == "basic")
    assert basic.front == "In tracking movement, what are pos1 and pos2 used for?"


def test_a_definition_that_points_elsewhere_makes_no_card():
    assert _rendered("## CSS\n**Positioning context**: These values are relative to the nearest ancestor.") == []
    assert _rendered("## Drag\n**terrariumElement**: The specific plant element we're making draggable.") == []


LEGEND = (
    "## Full Adder\n\nA full adder adds binary numbers.\n\nLegend:\n\n"
    "- `ai`: ith bit of number `A`\n- `carryIn`: a bit carried in from the previous stage\n"
    "- `result_bin`: the full result of adding the current stage in binary\n"
    "- Carry bit: a bit that is carried over to the next stage of the addition\n"
)


def test_the_symbols_of_a_legend_are_not_terms():
    terms = {f.fields["term"] for f in facts_of(LEGEND, "definitions")}
    assert terms == set(), "a list that is mostly symbols explains the formula, its other entries too"
    glossary = LEGEND.replace("- `ai`: ith bit of number `A`\n", "- Half adder: a circuit that adds two bits alone\n")
    glossary = glossary.replace("- `result_bin`", "- Sum bit: the bit of the result at this stage of the adder\n- `x`")
    assert {f.fields["term"] for f in facts_of(glossary, "definitions")} == {"Half adder", "Carry bit", "Sum bit"}


def test_a_list_explaining_the_variables_of_a_code_block_is_not_a_glossary():
    markdown = (
        "## Drag\n\n```js\nlet pos1 = 0, pos2 = 0;\n```\n\n**Understanding the variables:**\n"
        "- **`pos1` and `pos2`**: The difference between the old and the new mouse positions\n"
        "- **`offsetTop`**: Current distance from the top of the positioned parent element\n"
        "- **Subtraction logic**: Moves the element by the same amount the mouse moved\n"
    )
    assert {f.fields["term"] for f in facts_of(markdown, "definitions")} == set()


def test_identifiers_elsewhere_and_acronyms_stay_terms():
    assert definitions.is_identifier("pos1 and pos2") and definitions.is_identifier("carryIn")
    assert definitions.is_identifier("bi") and definitions.is_identifier("result_bin")
    assert not definitions.is_identifier("VM") and not definitions.is_identifier("API and CLI")
    assert not definitions.is_identifier("Docker Engine") and not definitions.is_identifier("container")
    markdown = "## CSS\n\n- **`offsetTop`**: Current distance from the top of the positioned parent element\n"
    assert [f.fields["term"] for f in facts_of(markdown, "definitions")] == ["offsetTop"]


@pytest.mark.parametrize(
    "markdown",
    [
        "**Routing** is one of the surprisingly tricky parts of web development.",
        "**Accessibility** is a relatively large topic.",
        "**Learning About Web Evolution**\n\nHTML has evolved significantly since its creation in the 1990s.",
        "- **reset**: The button resets all the form controls to their initial values",
    ],
)
def test_a_remark_about_a_term_is_not_its_definition(markdown):
    assert facts_of(markdown, "definitions") == []


def test_a_principle_stated_as_a_clause_is_still_a_definition():
    [fact] = facts_of("1. **Single responsibility**. A class has one reason to change.\n", "definitions")
    assert fact.fields["term"] == "Single responsibility"


def test_an_en_dash_inside_a_name_is_not_a_separator():
    markdown = "The Floyd–Warshall algorithm compares all possible paths through the graph between vertices."
    assert [f.cue for f in facts_of(markdown, "definitions")] == []
    [fact] = facts_of("- **Dijkstra** – finds the shortest paths from one node to all others.\n", "definitions")
    assert fact.fields["term"] == "Dijkstra"


def test_a_definition_naming_its_own_term_gets_no_reverse_or_choice_card():
    markdown = (
        "## Form controls\n\n- **button**: Do not assign a default behaviour when the button is pressed\n"
        "- **submit**: The default within a form, the button triggers the form submit action\n"
        "- **label**: a caption element that is tied to one control of the form\n"
        "- **fieldset**: a group element that collects related controls of the form\n"
        "- **legend**: a caption element that names the group of a fieldset\n"
    )
    cards = _rendered(markdown)
    assert not any("the it" in c.front for c in cards)
    assert not [c for c in cards if "button" in c.back.lower() or c.back == "submit" or c.answer == "submit"]
    assert {c.back for c in cards if c.kind == "reverse"} == {"fieldset"}


def test_a_term_defined_again_by_its_alias_keeps_its_first_definition():
    markdown = (
        "## VMs\n\nA **virtual machine** (VM) is a computer file that behaves like another computer.\n\n"
        "A VM is a file that can be scanned for malicious software by an external program.\n"
    )
    assert [f.cue for f in facts_of(markdown, "definitions")] == ["virtual machine"]


def test_distractors_come_from_terms_of_the_same_role():
    markdown = (
        "# Algorithms\n\nAn **algorithm** is an unambiguous specification of how to solve a class of problems.\n\n"
        "A **data structure** is a particular way of organizing and storing data in a computer.\n\n"
        "A **heap** is a tree-based structure that keeps the largest key at its root.\n\n"
        "A **queue** is a collection whose items leave in the order they arrived in.\n\n"
        "## Algorithms by Paradigm\n\n- **Greedy** - choose the best option now, without any thought for the future\n"
        "- **Brute Force** - look at all the possibilities and select the best solution\n"
    )
    [card] = [c for c in written_cards(markdown, "mcq") if c.answer == "algorithm"]
    assert not {"Greedy", "greedy", "Brute Force", "brute Force"} & set(card.choices)


def test_a_short_definition_fitting_many_terms_gets_no_reverse_card():
    cards = _rendered("## Sorting\n\n**Quicksort** is a sorting algorithm using a pivot.")
    assert [c.kind for c in cards] == ["basic"]


def test_the_heading_names_the_role_of_its_terms():
    markdown = (
        "## Algorithms by Paradigm\n\n- **Greedy** - choose the best option now, without any thought for the future\n"
        "- **Brute Force** - look at all the possibilities and select the best solution\n"
    )
    fronts = [c.front for c in _rendered(markdown) if c.kind == "basic"]
    assert fronts == ["What does the greedy paradigm do?", "What does the Brute Force paradigm do?"]


def test_a_section_opening_with_a_judgement_of_its_subject_defines_nothing():
    assert facts_of("## Kanban\nKanban is really useful for support teams of every size.\n", "definitions") == []
    assert facts_of("## Kanban\nKanban is popular with support teams of every size.\n", "definitions") == []
    [fact] = facts_of("## Strings\nStrings are sets of characters between single or double quotes.\n", "definitions")
    assert fact.fields["definition"] == "sets of characters between single or double quotes"


def test_a_further_claim_after_the_definition_is_not_part_of_it():
    [fact] = facts_of(
        "The **key matrix** is the secret square matrix of the cipher, and it should be chosen at random.",
        "definitions",
    )
    assert fact.fields["definition"] == "the secret square matrix of the cipher"
    assert facts_of("The **key** is the cipher key, and it must be invertible modulo 26.", "definitions") == []


@pytest.mark.parametrize(
    ("markdown", "front"),
    [
        (
            "## Forms\n- **min and max**: Defines the smallest and largest value of a number field",
            "In forms, what do min and max define?",
        ),
        (
            "## ML\nThe **k-Means algorithm** is an unsupervised machine learning algorithm for clustering data.",
            "What is the k-Means algorithm?",
        ),
        (
            "## Graphs\n**Dijkstra's algorithm** is an algorithm for finding shortest paths.",
            "What is Dijkstra's algorithm?",
        ),
        (
            "## Scrum\n**Product Owner**: the person who orders the backlog of the product.",
            "What is the Product Owner?",
        ),
    ],
)
def test_questions_agree_with_their_terms(markdown, front):
    assert [c.front for c in _rendered(markdown) if c.kind == "basic"] == [front]


def test_an_explanation_too_long_to_recall_is_no_definition():
    long = " ".join(["the cost of the best solution found so far bounds the search"] * 4)
    assert facts_of(f"- **Branch and bound**: {long}.\n", "definitions") == []


def test_a_list_naming_the_parts_of_a_code_example_yields_no_terms():
    markdown = (
        "## Selectors\n\n```css\n.card > h2 { color: red; }\n```\n\n"
        "- `.card`: a class of elements that share one style rule\n- `h2`: a second-level heading of the page\n"
        "- `color`: the property that sets the colour of the text\n"
    )
    assert facts_of(markdown, "definitions") == []


def test_a_definition_pointing_at_the_example_is_no_definition():
    assert facts_of("- **Counter**: the variable that the example above increments each time", "definitions") == []


def test_a_definition_naming_its_kind_keeps_the_plain_question_under_a_grouping_heading():
    markdown = "## Units by Type\n\n- **px** - an absolute unit equal to one device-independent pixel\n"
    [basic] = [c for c in _rendered(markdown) if c.kind == "basic"]
    assert "type" not in basic.front and basic.front.endswith("px?")


def test_an_expansion_stated_in_prose_is_asked_as_an_abbreviation():
    markdown = "## Transactions\n\nACID stands for Atomicity, Consistency, Isolation and Durability.\n"
    # one way only, in its subject: the reverse ("What is the abbreviation for Atomicity, …?")
    # spells its answer, and "ACID" alone may be anything's
    assert {c.front for c in _rendered(markdown)} == {"In transactions, what does ACID stand for?"}


def test_the_entries_of_an_example_section_are_not_terms():
    markdown = "## Example\n\n- `id`: the primary key of the users table\n- `email`: the unique address of a user\n"
    assert facts_of(markdown, "definitions") == []


@pytest.mark.parametrize(
    ("term", "front"),
    [("transaction", "What is a transaction?"), ("containerization", "What is containerization?")],
)
def test_a_countable_noun_takes_its_article(term, front):
    markdown = f"## Notes\n\n- **{term}**: a unit of work that the system treats as one whole piece\n"
    basic = [c.front for c in _rendered(markdown) if c.kind == "basic"]
    assert [b.removeprefix("In notes, ").capitalize() for b in basic] == [front]


def test_a_named_step_of_a_procedure_is_not_a_definition():
    steps = (
        "## Quicksort\n\n1. Pick a pivot.\n2. Partitioning: reorder the array around the pivot value.\n3. Recurse.\n"
    )
    assert facts_of(steps, "definitions") == []
    glossary = "## Sorting\n\n- Partitioning: reorder the array around the pivot value.\n"
    assert [f.cue for f in facts_of(glossary, "definitions")] == ["Partitioning"]


@pytest.mark.parametrize(
    ("term", "front"),
    [
        ("AAAA record", "What does an AAAA record do?"),
        ("CNAME record", "What does a CNAME record do?"),
        ("A record", "What does A record do?"),
        ("Subtraction logic", "What does subtraction logic do?"),
    ],
)
def test_a_qualified_countable_noun_takes_its_article(term, front):
    [basic] = [
        c for c in _rendered(f"## DNS\n\n- **{term}**: maps a name to an address of the host") if c.kind == "basic"
    ]
    assert basic.front.removeprefix("In DNS, ").capitalize() == front.capitalize()


@pytest.mark.parametrize(
    ("heading", "term", "front"),
    [
        ("Comparison Operators and Booleans", "Operators", "What are comparison operators?"),
        ("HTML templates", "template", "What is an HTML template?"),
        ("Templates and routes", "template", "What is a template?"),
        ("Working with Operators", "Operators", "What are operators?"),
    ],
)
def test_the_heading_qualifies_a_bare_everyday_noun(heading, term, front):
    verb = "are" if term.endswith("s") else "is"
    markdown = f"## {heading}\n\n**{term}** {verb} a reusable block of the page kept for later use.\n"
    [basic] = [c for c in _rendered(markdown) if c.kind == "basic"]
    assert basic.front.split(", ", 1)[-1].capitalize() == front.capitalize()


METRICS = (
    "# Metrics\n\n### Recall@k:\n"
    "  - Definition: Recall@k evaluates the fraction of relevant items found in the top k. It measures more.\n"
    "  - Use Case: Recall@k is crucial when no relevant item may be missed.\n\n"
    "### Mean Reciprocal Rank (MRR):\n"
    "  - Definition: MRR measures the effectiveness of a system in ranking relevant items at the top.\n"
    "  - Pros: simple to compute for every query\n"
)


def test_a_definition_label_under_a_term_heading_defines_the_heading():
    facts = {f.fields["term"]: f for f in facts_of(METRICS, "definitions")}
    assert set(facts) == {"Recall@k", "Mean Reciprocal Rank"}
    assert facts["Mean Reciprocal Rank"].fields["aliases"] == ["MRR"]
    fronts = {c.front: c.back for c in _rendered(METRICS) if c.kind == "basic"}
    assert fronts == {
        "What does Recall@k evaluate?": "The fraction of relevant items found in the top k",
        "What does Mean Reciprocal Rank (also called MRR) measure?": (
            "The effectiveness of a system in ranking relevant items at the top"
        ),
    }


def test_attribute_labels_are_never_terms_or_distractors():
    markdown = (
        "## Metrics\n\n- Formula for CTR: clicks divided by impressions times a hundred\n"
        "- Pros: cheap to compute on large data sets\n- Latency: the time a request takes to return\n"
    )
    assert [f.fields["term"] for f in facts_of(markdown, "definitions")] == ["Latency"]


@pytest.mark.parametrize(
    "entry",
    [
        "High-level programming: Like having that amazing local friend who just gets you",
        "Readability: JavaScript uses descriptive names like fibonacciCount while Assembly uses labels",
        "Search Engines: CTR is used to evaluate the quality of search results",
        "Maintenance: Updating the JavaScript version for different requirements is straightforward",
        "nDCG: relevance b/w user and item is non-binary",
        "NCE: CE(ML model) / CE(simple baseline)",
        "The Intro: What is programming, really, and why should we care?",
        "The Class-Based Approach: One powerful way to organize behavior is through classes",
    ],
)
def test_a_simile_a_clause_about_another_subject_or_a_formula_is_no_definition(entry):
    assert facts_of(f"## Topic\n\n- {entry}\n", "definitions") == []


def test_a_definition_may_hold_a_clause_after_its_link_word():
    markdown = "## Topic\n\n- Bundler: a tool that is run before every deploy to join modules\n"
    assert [f.fields["term"] for f in facts_of(markdown, "definitions")] == ["Bundler"]


def test_items_under_a_use_case_label_name_uses_not_terms():
    markdown = (
        "## Online metrics\n\n- Use Cases:\n"
        "  - Online Advertising campaigns: widely used to assess how well ads are performing.\n"
        "  - Recommendation Systems: helpful to measure how well recommended items attract clicks.\n"
    )
    assert facts_of(markdown, "definitions") == []


def test_a_definition_that_repeats_its_term_as_subject_is_asked_by_its_verb():
    markdown = "## Web\n\n* Bounce Rate: Bounce Rate calculates the share of users who leave.\n"
    [card] = [c for c in _rendered(markdown) if c.kind == "basic"]
    assert (card.front, card.back) == ("What does Bounce Rate calculate?", "The share of users who leave")
    assert facts_of("## JS\n\n- Keyword: keywords can be let or var in modern code\n", "definitions") == []


@pytest.mark.parametrize("term", ["Switch to working branch", "Take a little time", "Set up the project"])
def test_a_step_of_a_procedure_is_no_term(term):
    assert facts_of(f"## Git\n\n1. **{term}**. Switch to the specified branch with git switch.\n", "definitions") == []
    assert definitions.is_step_label(term)


@pytest.mark.parametrize("term", ["Merge sort", "Load balancing", "Switch statement", "Set"])
def test_a_term_opening_with_a_verb_is_still_a_term(term):
    assert not definitions.is_step_label(term)


def test_a_metaphor_of_importance_or_a_further_claim_is_cut():
    markdown = (
        "**Event-driven programming** is the foundation of interactive web applications, "
        "and there's no better way to learn it than by building a game."
    )
    assert facts_of(markdown, "definitions") == []


@pytest.mark.parametrize(
    ("markdown", "front"),
    [
        ("## Sort\n\n**Quicksort**: a divide and conquer sorting algorithm picking a pivot.", "What is the term for"),
        (
            "# Algorithms\n\n## Big O\n\n**Big O notation**: used to classify algorithms by their growth.",
            "What is used to classify",
        ),
        # offsetTop, a name in code, has no reverse card any more: the lower-cased gloss is shown on a term
        # a gloss names no subject, whatever its answer: the topic says where to look
        ("## Web\n\n**Scroll depth**: Current distance from the top of the page.", "In Web, which term means: current"),
        (
            "## JS\n\n**JSON**: JavaScript Object Notation written as plain text files.",
            "In JS, which term means: JavaScript",
        ),
    ],
)
def test_the_reverse_question_reads_as_a_sentence(markdown, front):
    [reverse] = [c for c in _rendered(markdown) if c.kind == "reverse"]
    assert reverse.front.startswith(front)


def test_a_bullet_capital_of_a_common_noun_is_dropped_in_the_question():
    markdown = "## Game\n\n- **Resource management** – **Controls** how long objects exist before removal\n"
    [basic] = [c for c in _rendered(markdown) if c.kind == "basic"]
    assert basic.front.endswith("what does resource management control?")
    assert basic.back == "How long objects exist before removal"


def test_a_thin_definition_gets_neither_a_reverse_nor_a_choice():
    markdown = (
        "## Sorting\n\n- **Quicksort**: a sorting algorithm using a pivot\n"
        "- **Heapsort**: a comparison sort that builds a binary heap of the items first\n"
        "- **Bubble sort**: a simple sort that repeatedly swaps adjacent items out of order\n"
        "- **Merge sort**: an efficient sort that merges sorted halves into one sorted list\n"
    )
    quick = [c.kind for c in _rendered(markdown) if c.front == "What is Quicksort?" or c.answer == "Quicksort"]
    quick += [c.kind for c in _rendered(markdown) if c.kind == "reverse" and c.back == "Quicksort"]
    assert quick == ["basic"]


def test_a_term_nested_in_the_answer_is_no_distractor():
    markdown = (
        "## Ranking\n\n- **Cumulative Gain**: the sum of the relevance scores of the results in a list\n"
        "- **Discounted Cumulative Gain**: the sum of relevance scores each divided by the log of its rank\n"
        "- **Mean Reciprocal Rank**: the average over queries of one over the rank of the first hit\n"
        "- **Mean Average Precision**: the mean over queries of the average precision at each hit\n"
        "- **Hit Rate**: the share of queries with at least one relevant result in the top k\n"
    )
    [choice] = [c for c in _rendered(markdown) if c.kind == "mcq" and c.answer == "Discounted Cumulative Gain"]
    assert "Cumulative Gain" not in choice.choices


def test_a_role_question_does_not_repeat_its_role_in_the_answer():
    [basic] = [c for c in _rendered("## Big O\n**Big O notation**: used to classify algorithms by growth.")]
    assert (basic.front, basic.back) == ("What is Big O notation used for?", "To classify algorithms by growth")


def test_labelled_traits_of_a_subject_are_not_terms():
    markdown = (
        "## Game objects\n\n**Here's what most game objects have in common:**\n\n"
        "- **Movement capabilities** – **Enables** objects like heroes to change position over time\n"
        "- **Lifecycle management** – **Controls** how long objects exist before being removed\n"
    )
    assert facts_of(markdown, "definitions") == []
    glossary = "## Game objects\n\nThe terms:\n\n- **Sprite** – a bitmap drawn at a position on the screen\n"
    assert [f.fields["term"] for f in facts_of(glossary, "definitions")] == ["Sprite"]


def test_a_reverse_card_answers_with_the_term_the_heading_qualifies():
    markdown = (
        "# JavaScript\n\n## Comparison Operators\n\n"
        "**Operators**: used to evaluate conditions by comparing two values to each other."
    )
    [reverse] = [c for c in _rendered(markdown) if c.kind == "reverse"]
    assert reverse.back == "comparison operators"


@pytest.mark.parametrize(
    ("markdown", "front"),
    [
        (
            "## Git\n\n- **pull request**: the place to discuss the changes of a branch.",
            "In Git, what is a pull request?",
        ),
        ("## Nets\n\n- **latency**: the time a message takes to travel.", "In nets, what is latency?"),
        ("## Scrum\n\n**Product Owner**: the person who orders the backlog.", "What is the Product Owner?"),
        (
            "## Forms\n\n- **required**: the field must be filled in before sending.",
            "In forms, what is meant by “required”?",
        ),
    ],
)
def test_a_common_noun_defined_with_the_is_asked_plainly(markdown, front):
    [basic] = [c for c in _rendered(markdown) if c.kind == "basic"]
    assert basic.front == front


def test_a_popular_kind_singles_out_no_term():
    markdown = (
        "## Metrics\n\n- **DCG**: a widely used evaluation metric applied in search engines and recommenders\n"
        "- **MRR**: an average of reciprocal ranks of the first relevant result over all queries\n"
    )
    kinds = {(c.kind, c.back if c.kind != "mcq" else c.answer) for c in _rendered(markdown)}
    assert not {k for k in kinds if k[1] == "DCG" or k[1].startswith("A widely used")}
    assert ("basic", "An average of reciprocal ranks of the first relevant result over all queries") in kinds


@pytest.mark.parametrize(
    ("markdown", "term", "definition"),
    [
        (
            "# Breadth-First Search (BFS)\n\nBreadth-first search (BFS) is an algorithm for traversing "
            "or searching tree or graph data structures. It starts at the root.\n",
            "Breadth-first search",
            "an algorithm for traversing or searching tree or graph data structures",
        ),
        (
            "# Hash Table\n\nIn computing, a **hash table** (hash map) is a data structure which implements "
            "an associative array.\n",
            "hash table",
            "a data structure which implements an associative array",
        ),
    ],
)
def test_a_document_opening_with_its_subject_defined_says_what_it_is(markdown, term, definition):
    [fact] = [f for f in facts_of(markdown, "definitions") if f.cue.lower() == term.lower()]
    assert fact.fields["definition"].lower().startswith(definition.lower())


def test_the_document_subject_is_not_asked_in_reverse():
    markdown = (
        "# Dijkstra's Algorithm\n\nDijkstra's algorithm is an algorithm for finding the shortest paths between "
        "nodes in a weighted graph.\n"
    )
    kinds = {c.kind for c in cards_of(markdown) if "shortest paths" in c.front + c.back}
    assert kinds == {"basic"}


@pytest.mark.parametrize(
    ("markdown", "answer"),
    [
        (
            "## ML\n\nThe **k-Means algorithm** is an unsupervised machine learning algorithm. It's a clustering "
            "algorithm, which groups the samples by the similarity of their vectors.\n",
            "An unsupervised machine learning algorithm. It's a clustering algorithm, which groups the samples by "
            "the similarity of their vectors.",
        ),
        (
            "## Sorting\n\nQuicksort is a divide and conquer algorithm.\nQuicksort first divides a large array "
            "into two smaller sub-arrays.\n",
            "A divide and conquer algorithm. Quicksort first divides a large array into two smaller sub-arrays.",
        ),
        (  # the genus named again ("the binary tree"), past a field ("in computer science")
            "## Trees\n\nA **red–black tree** is a kind of self-balancing binary search tree in computer science. "
            "Each node of the binary tree has an extra bit that holds its colour.\n",
            "A kind of self-balancing binary search tree in computer science. Each node of the binary tree has an "
            "extra bit that holds its colour.",
        ),
    ],
)
def test_a_genus_only_definition_keeps_the_next_sentence_about_its_subject(markdown, answer):
    cards = _rendered(markdown)
    assert [(c.kind, c.back) for c in cards] == [("basic", answer)]


@pytest.mark.parametrize(
    "markdown",
    [
        "## Sorting\n\nMerge sort is an efficient, general-purpose, comparison-based sorting algorithm. Most "
        "implementations produce a stable sort.\n",
        "## Sorting\n\n**Quicksort** is a divide and conquer algorithm.\n",
        "## Tools\n\n**Webpack** is a popular tool. You can see the output of this process in dist.\n",
    ],
)
def test_a_genus_only_definition_without_more_about_its_subject_is_no_fact(markdown):
    assert facts_of(markdown, "definitions") == []


@pytest.mark.parametrize(
    "definition",
    [
        "a bundler that handles compiling code",
        "an algorithm for finding shortest paths",
        "a polygraphic substitution cipher based on linear algebra",
        "a sorting algorithm using a pivot",
        "a definition everybody should study",
    ],
)
def test_a_definition_with_a_differentia_is_not_genus_only(definition):
    assert not definitions.is_genus_only(definition)


def test_the_words_before_an_alias_are_not_part_of_it():
    [fact] = facts_of(
        "**Merge sort** (also commonly spelled mergesort) is a sorting algorithm that merges sorted halves.\n",
        "definitions",
    )
    assert fact.fields["aliases"] == ["mergesort"]


def test_an_instruction_under_a_term_says_what_the_term_does():
    markdown = (
        "## Algorithms by Paradigm\n\n"
        "- **Greedy** - choose the best option now, without any thought for the future\n"
        "- **Brute Force** - look at all the possibilities and select the best solution\n"
        "- **Divide and Conquer** - divide the problem into smaller parts and then solve those parts\n"
        "- **Backtracking** - try every partial solution and abandon it as soon as it breaks a rule\n"
    )
    cards = _rendered(markdown)
    basic = {c.front: c.back for c in cards if c.kind == "basic"}
    assert basic["What does the Divide and Conquer paradigm do?"] == (
        "Divides the problem into smaller parts and then solves those parts"
    )
    assert basic["What does the Brute Force paradigm do?"] == (
        "Looks at all the possibilities and selects the best solution"
    )
    assert basic["What does the backtracking paradigm do?"] == (
        "Tries every partial solution and abandons it as soon as it breaks a rule"
    )
    [choice] = [c for c in cards if c.kind == "mcq" and c.answer == "Greedy"]
    assert choice.front == "Which paradigm chooses the best option now, without any thought for the future?"


def test_an_instruction_under_two_terms_keeps_its_plural_verb():
    markdown = "## Forms\n\n- **min and max**: define the smallest and largest value of a field\n"
    [fact] = facts_of(markdown, "definitions")
    assert fact.fields["definition"] == "define the smallest and largest value of a field"


def test_note_shorthand_is_no_definition():
    assert facts_of("## Ranking\n\n- **MRR**: Focus on rank of 1st relevant item\n", "definitions") == []
    [fact] = facts_of("## Nets\n\n- **DNS**: translates host names into addresses\n", "definitions")
    assert fact.fields["definition"] == "translates host names into addresses"


def test_a_definition_too_long_to_read_in_a_question_is_asked_one_way():
    long = (
        "measures the percentage of users who take a specific desired action after interacting with an item, "
        "such as making a purchase, signing up for a newsletter, or filling out a form"
    )
    markdown = f"## Metrics\n\n- **Conversion Rate**: {long}\n- **Click Rate**: measures the share of views clicked\n"
    cards = _rendered(markdown)
    kinds = [c.kind for c in cards if c.back.startswith("The percentage") or c.answer == "Conversion Rate"]
    assert kinds == ["basic"]


def test_how_widely_a_kind_is_used_and_where_tells_no_member_from_the_others():
    assert definitions.is_genus_only(
        "a widely used evaluation metric primarily applied in the fields of information retrieval and search"
    )
    assert not definitions.is_genus_only("a protocol used for sending mail between servers")
    markdown = (
        "### Discounted Cumulative Gain (DCG):\n\n- Definition: Discounted Cumulative Gain (DCG) is a widely used "
        "evaluation metric primarily applied in the fields of information retrieval and search.\n"
    )
    assert facts_of(markdown, "definitions") == []


def test_the_role_itself_is_no_option_among_its_members():
    markdown = (
        "## Algorithms by Paradigm\n\n"
        "An **algorithmic paradigm** is a generic method which underlies the design of a class of algorithms.\n\n"
        "- **Greedy** - choose the best option now, without any thought for the future\n"
        "- **Brute Force** - look at all the possibilities and select the best solution\n"
        "- **Divide and Conquer** - divide the problem into smaller parts and then solve those parts\n"
        "- **Backtracking** - try every partial solution and abandon it as soon as it breaks a rule\n"
    )
    choices = [c.choices for c in _rendered(markdown) if c.kind == "mcq" and c.answer != "algorithmic paradigm"]
    assert choices and not any("algorithmic paradigm" in {o.lower() for o in options} for options in choices)


def test_a_responsibility_is_asked_and_answered_once():
    markdown = (
        "## Basics\n\n- **Internet Protocol** (IP): responsible for addressing and routing packets between hosts\n"
        "- **Latency**: the time a message takes to travel from sender to receiver\n"
        "- **Bandwidth**: the amount of data a link can carry per second\n"
        "- **Jitter**: the variation in the delay of packets arriving at a host\n\n"
        "Every host on a network speaks the Internet Protocol.\n"  # its capitals are a name's
    )
    cards = _rendered(markdown)
    [basic] = [c for c in cards if c.kind == "basic" and "Internet Protocol" in c.front]
    assert basic.front.endswith("responsible for?") and basic.back == "Addressing and routing packets between hosts"
    [choice] = [c for c in cards if c.kind == "mcq" and c.answer == "Internet Protocol"]
    assert choice.front == "What is responsible for addressing and routing packets between hosts?"


def test_a_coined_lower_case_name_takes_no_article():
    [basic] = _rendered("# tinyqueue\n\n**tinyqueue** is a small job queue for Python that stores jobs in SQLite.\n")
    assert basic.front == "What is tinyqueue?"


def test_a_remark_after_a_genus_only_definition_completes_nothing():
    markdown = (
        "## Languages\n\n**Python** is a programming language. It is important to learn it well before "
        "moving on to frameworks.\n"
    )
    assert facts_of(markdown, "definitions") == []


def test_an_instruction_after_an_adverb_says_what_the_term_does():
    [basic] = _rendered("## Training\n\n- **Dropout**: randomly zero out activations during training\n")
    assert (basic.front, basic.back) == ("What does dropout do?", "Randomly zeroes out activations during training")


def test_an_instruction_under_the_name_of_a_step_is_not_what_it_does():
    markdown = "## Git\n\n- **Persisting changes**: commit the staged files with a message\n"
    facts = facts_of(markdown, "definitions")
    assert all(not f.fields.get("does") for f in facts)


def test_a_term_defined_as_one_of_a_kind_is_asked_with_its_article():
    [basic, *_] = _rendered("## Training\n\n- **Epoch**: one full pass over the training data\n")
    assert basic.front == "What is an epoch?"


def test_how_to_read_a_value_is_not_part_of_its_definition():
    [fact] = facts_of("## Evaluation\n\n**AUC**: Area under the ROC curve, higher is better.\n", "definitions")
    assert fact.fields["definition"] == "Area under the ROC curve"


@pytest.mark.parametrize(
    "markdown",
    [
        # declared by the lesson's own code
        "# Widgets\n\n## Drawing\n\n```js\nfunction renderItems() {}\n```\n\n"
        "**renderItems()** is a function that draws every item of the list on the page.\n",
        # built from the project's name in the title
        "# Terrarium Project\n\n## Dragging\n\n"
        "**terrariumElement** is a variable that holds the element being dragged.\n",
    ],
)
def test_a_name_the_lessons_own_example_makes_up_is_no_term(markdown):
    assert facts_of(markdown, "definitions") == []


def test_a_name_of_the_platform_used_in_the_lesson_is_a_term():
    markdown = (
        "# Terrarium Project\n\n## Dragging\n\n```js\nconst top = element.offsetTop;\n```\n\n"
        "**offsetTop** is a property that gives the distance from the top of the positioned parent.\n"
    )
    assert [f.cue for f in facts_of(markdown, "definitions")] == ["offsetTop"]


def test_the_capital_of_a_subject_opening_its_sentence_is_not_kept_mid_question():
    markdown = (
        "# Breadth-First Search (BFS)\n\nBreadth-first search (BFS) is an algorithm for traversing or searching "
        "tree or graph data structures.\n"
    )
    [basic] = _rendered(markdown)
    assert "breadth-first search (also called BFS)?" in basic.front


def test_a_definition_that_walks_the_reader_through_it_is_no_definition():
    markdown = (
        "## Algorithms by Paradigm\n\n- **Backtracking** - try to generate all possible solutions, but each time "
        "you generate the next solution, you test if it satisfies all conditions\n"
    )
    assert facts_of(markdown, "definitions") == []


def test_a_long_term_is_not_asked_back_from_its_definition():
    markdown = (
        "## Metrics\n\n- **Normalized Discounted Cumulative Gain at k**: the quality of the top k results "
        "weighted by their graded relevance\n- **Hit Rate**: the share of queries with one relevant result in "
        "the top k\n- **Mean Reciprocal Rank**: the average over queries of one over the rank of the first hit\n"
        "- **Coverage**: the share of the catalogue that the system ever recommends to any user\n"
    )
    long = [c for c in _rendered(markdown) if "Normalized" in c.front + c.back + c.answer]
    assert [c.kind for c in long] == ["basic"]


def test_a_term_its_section_names_takes_the_documents_subject_unless_the_title_is_about_it():
    strings = (
        "# JavaScript Basics: Data Types\n\n## Data Types\n\n### Strings\n\n"
        "Strings are sets of characters that reside between single or double quotes.\n"
    )
    assert "In JavaScript, what are strings?" in [c.front for c in _rendered(strings)]
    structures = (
        "# JavaScript Algorithms and Data Structures\n\n## Data Structures\n\n"
        "A data structure is a particular way of organizing and storing data in a computer.\n"
    )
    assert "What is a data structure?" in [c.front for c in _rendered(structures)]


def test_an_alias_that_says_what_the_answer_says_is_not_in_the_question():
    markdown = (
        "# Virtualization\n\nVirtualization is the creation of a virtual version of something.\n\n"
        "- **Virtualization software**\n"
        "  - _Hypervisor_: also known as a _virtual machine monitor_ (VMM), is a piece of software that "
        "creates and runs virtual machines. Two of the most popular hypervisors are VirtualBox and VMware.\n"
        "  - _Emulator_: also known as a _simulator_, is a program that imitates another machine.\n"
    )
    fronts = {c.front for c in cards_of(markdown, "basic")}
    assert not any("virtual machine monitor" in f or "VMM" in f for f in fronts), fronts
    assert "What is an emulator (also called simulator)?" in fronts


@pytest.mark.parametrize("label", ["Wikipedia Link", "link", "here", "this page", "docs", "see the MDN docs"])
def test_a_link_label_in_brackets_is_no_other_name_of_the_term(label):
    markdown = (
        "# Risk Measures\n\n## Distortion Risk Measures\n\n"
        f"Distortion Risk Measures ([{label}](https://example.org/drm)) are a way of remapping the probabilities "
        "of a risk distribution in order to compute a risk measure.\n"
    )
    [fact] = facts_of(markdown, "definitions")
    assert (fact.fields["term"], fact.fields["aliases"]) == ("Distortion Risk Measures", [])
    assert [c.front for c in cards_of(markdown, "basic")] == ["What are distortion risk measures?"]


def test_a_linked_other_name_in_brackets_stays_an_alias():
    markdown = (
        "A **virtual machine** ([VM](https://example.org/vm)) is a computer file that behaves like another computer."
    )
    [fact] = facts_of(markdown, "definitions")
    assert fact.fields["aliases"] == ["VM"]


def test_an_attribute_label_asks_about_its_owner_or_gives_no_card():
    markdown = (
        "## Masks\n\n- **Purpose of Subnet Mask**: Determines which part of the IP address is the network address.\n"
        "- **Function**: Helps in identifying whether a destination IP is on the same subnet or not.\n"
    )
    assert [f.fields["term"] for f in facts_of(markdown, "definitions")] == ["Subnet Mask"]
    [basic] = [c for c in cards_of(markdown, "basic")]
    assert basic.front == "What does a subnet mask determine?"
    # A bare "Function" glossed by a noun phrase is a term of its own.
    glossary = "## Code\n\n- **Function**: a reusable block of code that performs one task.\n"
    assert [f.fields["term"] for f in facts_of(glossary, "definitions")] == ["Function"]


def test_a_dash_item_that_restates_its_term_in_the_singular_keeps_the_term():
    markdown = "## Levels\n\n* **Blocks** – A block is the smallest unit of data that is individually accessible.\n"
    [fact] = facts_of(markdown, "definitions")
    assert fact.fields["term"] == "Blocks"
    assert fact.fields["definition"] == "the smallest unit of data that is individually accessible"


@pytest.mark.parametrize(
    "line",
    [
        "A tiny “big picture” diagram: how the pieces build on each other in order",
        "Recommended - use the `find` command against files and then against directories.",
        "- Count Frequencies: Count how many data points fall into each bin of the chart.",
    ],
)
def test_captions_ratings_and_self_restating_steps_are_no_terms(line):
    assert facts_of(f"## Notes\n\n{line}\n", "definitions") == []


def test_a_technique_named_by_its_verbs_and_a_code_attribute_stay_terms():
    techniques = "## Paradigms\n\n* **Divide and Conquer** - divide the problem into smaller parts and solve them\n"
    assert [f.fields["term"] for f in facts_of(techniques, "definitions")] == ["Divide and Conquer"]
    attributes = "## Validation\n\n- `required`: the field needs to be filled otherwise the form cannot be submitted.\n"
    assert [f.fields["term"] for f in facts_of(attributes, "definitions")] == ["required"]


def test_an_other_name_inside_the_emphasis_is_an_alias_but_an_expansion_stays():
    markdown = (
        "## Glossary\n\n1. **Row (Record)**: A single entry in a table with data.\n"
        "2. **DDL (Data Definition Language)**: A part of SQL for creating and modifying database objects.\n"
    )
    facts = {f.fields["term"]: f.fields["aliases"] for f in facts_of(markdown, "definitions")}
    assert facts == {"Row": ["Record"], "DDL (Data Definition Language)": []}


def test_glosses_that_open_alike_answer_none_of_their_terms():
    markdown = (
        "# Hash tables\n\n## Separate chaining\n\nEach bucket holds a linked list. Methods:\n\n"
        "- Insert: hash the key to get the bucket index. Append the item to the list.\n"
        "- Search: hash the key to get the bucket index. Walk the list comparing keys.\n"
        "- Resize: double the number of buckets and insert every item again.\n"
    )
    terms = {f.fields["term"] for f in facts_of(markdown, "definitions")}
    assert "Resize" in terms and not {"Insert", "Search"} & terms


def test_a_bold_point_argued_by_what_usually_happens_is_no_term():
    markdown = (
        "- **Borrowed names**. As mentioned before, two coins can share one name and symbol.\n"
        "- **Seeded holders**. Fake coins often airdrop balances to well-known addresses.\n"
        "- **Deep pools**. Another option is to compare the size of their liquidity pools.\n"
    )
    assert facts_of(markdown, "definitions") == []


def test_a_labelled_note_under_an_entry_is_no_term():
    markdown = (
        "- **Oxygen (O):** Group 16. Highly electronegative.\n"
        "    - *Biological Impact:* Creates polar bonds in water, leading to hydrogen bonding.\n"
        "- **Sulfur (S):** Group 16. Forms bridges that lock proteins into shape.\n"
    )
    assert not any("Biological" in f.fields["term"] for f in facts_of(markdown, "definitions"))


def test_a_gloss_whose_substance_follows_or_that_numbers_an_option_is_no_definition():
    markdown = (
        "A **probability measure** is a function P : F → R that satisfies the following properties:\n\n"
        "- **Fine-tuning the network**. The second strategy is to retrain the whole network on the new data.\n"
        "- **Pretrained models**: Since modern networks take weeks to train, people share their final weights.\n"
    )
    assert facts_of(markdown, "definitions") == []


def test_items_under_a_heading_naming_one_attribute_are_asked_for_that_attribute():
    from tests.quizzes.generation.helpers import cards_of

    page = (
        "# Chemistry notes\n\n## Solubility of salts in water\n\n"
        "- Chlorides: soluble except Ag, Hg and Pb\n- Sulfates: soluble except Pb, Ba and Sr\n"
        "- Hydroxides: insoluble except Na, K and NH4\n\n"
        "## Types of bonds\n\n- Ionic: a bond formed by the transfer of electrons between atoms\n"
        "- Covalent: a bond formed by the sharing of electron pairs between atoms\n"
    )
    cards = {c.front: c.back for c in cards_of(page, "basic")}
    assert cards["What is the solubility of chlorides in water?"] == "Soluble except Ag, Hg and Pb", cards
    assert not any(front.startswith("What is the types of") for front in cards), cards


CRICKET_GUIDE = """---
title: Cricket - Beginner's Guide
---
Cricket is a sport that is played between two teams of eleven players each.

### Match Formats

#### Test Match

A test match is the traditional format of cricket and is considered to be the pinnacle of the sport.

The test match format is considered to be the most demanding format of the game and is often considered to be \
a true test of a team's skill.

#### Limited Overs Match

These formats are designed to be completed in a shorter amount of time and are often considered to be more \
fast-paced and exciting.

Cricket is a team sport in which a bowler delivers a hard leather ball to a batsman. The game is known for its \
rich history and traditions.
"""


def test_a_term_defined_twice_in_a_document_gives_one_card_from_its_first_definition():
    bank = generate(CRICKET_GUIDE, deck="cricket")
    asked = [(c.front, c.back) for c in bank.cards if c.kind == "basic" and "cricket?" in c.front]
    assert asked == [("What is cricket?", "A sport that is played between two teams of eleven players each")]
    assert any(
        s.reason.startswith("a term the document defined before") and s.excerpt == "Cricket" for s in bank.skipped
    )


def test_each_term_of_a_document_is_still_defined_once():
    markdown = CRICKET_GUIDE.replace(
        "Cricket is a team sport", "A limited overs match is a shorter format of the game, played over one day. It"
    )
    fronts = [c.front for c in cards_of(markdown, "basic")]
    assert "What is cricket?" in fronts
    assert any("what is a limited overs match?" in front for front in fronts)


@pytest.mark.parametrize(
    "sentence",
    [
        "Cricket is a sport with many rules and strategies, and can take some time to fully understand.",
        "Go is a board game that takes a long time to master.",
    ],
)
def test_a_gloss_that_says_only_how_hard_its_term_is_to_learn_defines_nothing(sentence):
    assert facts_of(f"# Games\n\n## Kinds\n\n{sentence}\n", "definitions") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Python is a high-level programming language that is easy to learn and widely used for scripting.",
        "A rebase is an operation that takes time to finish on a long branch.",
    ],
)
def test_a_gloss_that_also_says_how_hard_or_long_still_defines(sentence):
    assert len(facts_of(f"# Games\n\n## Kinds\n\n{sentence}\n", "definitions")) == 1


def test_a_description_regarded_as_a_marked_term_defines_it():
    markdown = (
        "# Serverless\n\n### Events\n\n"
        "Anything that triggers an AWS Lambda Function to execute is regarded by the Framework as an **Event**.\n"
    )
    [fact] = facts_of(markdown, "definitions")
    assert fact.fields["term"] == "Event"
    assert fact.fields["definition"].startswith("anything that triggers an AWS Lambda Function")
