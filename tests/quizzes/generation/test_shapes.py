"""Each shape of writing a teacher would ask about becomes a fact; everything else is accounted for."""

import pytest

from quizzes.generation import generate
from quizzes.generation.extractors import templates
from tests.quizzes.generation.helpers import cards_of, facts_of, written_cards


def _definitions(markdown):
    return {f.fields["term"]: f.fields["definition"] for f in facts_of(markdown, "definitions")}


@pytest.mark.parametrize(
    ("markdown", "term", "definition"),
    [
        ("- Loki: the service that aggregates logs from every node\n", "Loki", "the service that aggregates logs"),
        ("- Grafana - a dashboard tool for metrics and logs\n", "Grafana", "a dashboard tool"),
        ("- Tempo – a backend that stores distributed traces\n", "Tempo", "a backend that stores"),
        ("1. **Single responsibility**. A class has one reason to change.\n", "Single responsibility", "A class"),
        ("Domain Name System (DNS): translates host names into addresses.\n", "Domain Name System", "translates"),
        ("Idempotence\n: an operation that gives the same result when repeated\n", "Idempotence", "an operation"),
        (
            "- Closure\n  - a function bundled together with references to its surrounding state\n",
            "Closure",
            "a function",
        ),
        (
            "A binary search tree is a rooted tree whose keys are kept in sorted order.\n",
            "binary search tree",
            "a rooted",
        ),
        ("CSS stands for Cascading Style Sheets in web development.\n", "CSS", "Cascading Style Sheets"),
    ],
)
def test_definitions_are_found_in_every_common_shape(markdown, term, definition):
    found = _definitions(markdown)
    assert term in found, found
    assert found[term].startswith(definition)


@pytest.mark.parametrize(
    "markdown",
    [
        "- Note: remember to save the file before running it\n",
        "- Step 2: run the installer and wait for it\n",
        "- [The Art of Unix Programming](https://example.org) - philosophy and practice of Unix\n",
        "Containers are an excellent choice for tasks with a short lifecycle.\n",
        "It is a structure that holds the values we need here.\n",
    ],
)
def test_labels_links_judgements_and_pronouns_are_not_terms(markdown):
    assert _definitions(markdown) == {}


def test_a_definition_list_item_is_not_also_an_enumeration():
    markdown = "## Tools\n- Loki: the service that aggregates logs from every node\n- Tempo: stores traces\n"
    assert [f.cue for f in facts_of(markdown, "definitions")] == ["Loki"]


def test_a_list_under_a_role_heading_is_a_fact_about_its_subject():
    markdown = "# Kanban\n\n## Strengths\n\n- Visible work\n- **Limits on work in progress**: fewer tasks at once\n"
    [fact] = [f for f in facts_of(markdown, "lists") if f.fields["type"] == "role"]
    assert fact.cue == "strengths of Kanban"
    assert fact.fields["items"] == ["Visible work", "Limits on work in progress"]


def test_an_ordered_list_of_steps_is_asked_as_a_sequence():
    markdown = "## Loading a page\n\nThe main steps are:\n\n1. DNS lookup\n2. TCP handshake\n3. HTTP request\n"
    [fact] = facts_of(markdown, "sequences")
    assert fact.fields["steps"] == ["DNS lookup", "TCP handshake", "HTTP request"]
    fronts = {c.front: c.back for c in written_cards(markdown)}
    # A lead-in that names nothing ("The main steps are") gives way to the heading.
    assert fronts["Loading a page, in order: DNS lookup → _____ → HTTP request"] == "TCP handshake"
    [order] = [c for c in written_cards(markdown) if c.key.endswith(":order")]
    assert order.front.startswith("Loading a page — put these in order:\n• ")
    assert order.back == "1. DNS lookup\n2. TCP handshake\n3. HTTP request"


def test_prose_without_emphasis_yields_a_cloze_of_its_rarest_term():
    markdown = "Unlike arrays, linked lists need no contiguous memory for their nodes.\n"
    [fact] = facts_of(markdown, "statements")
    assert fact.fields["signal"] == "contrast"
    [card] = [c for c in cards_of(markdown) if c.note_key and "_____" in c.front and c.back == fact.fields["answer"]]
    assert card.back.lower() in {"contiguous", "contiguous memory", "linked lists", "arrays"}


def test_instructions_and_questions_are_not_statements():
    markdown = "Add this code to your index.html file before the closing tag.\n\nWhat is the difference here?\n"
    assert facts_of(markdown, "statements") == []


def test_sentence_splitting_keeps_abbreviations_together():
    markdown = "Clean Code was written by Robert C. Martin in 2008 for professional programmers.\n"
    [fact] = facts_of(markdown, "statements")
    assert fact.fields["sentence"] == markdown.strip()


def test_table_cells_split_on_br_and_number_matrices_are_skipped_as_data():
    markdown = (
        "| Tool | Use |\n|---|---|\n| git | track history<br>branch work |\n\n"
        "| | A | B | C |\n|---|---|---|---|\n| A | 0 | 4 | 1 |\n| B | 4 | 0 | 2 |\n| C | 1 | 2 | 0 |\n"
    )
    [cell] = [f for f in facts_of(markdown, "tables") if f.fields["type"] == "cell"]
    assert cell.fields["value"] == "track history; branch work"
    assert "table of numbers (data, not facts)" in {s.reason for s in generate(markdown, deck="t").skipped}


def test_a_two_column_table_pairing_phrases_is_read_but_asks_nothing_and_says_so():
    markdown = (
        "| Public | Private |\n|---|---|\n"
        "| Reachable from the whole internet | Reachable only inside the network |\n"
        "| Costs money for every address | Free to use in any number |\n"
    )
    assert facts_of(markdown, "tables") == []
    assert len(facts_of(markdown, "property_tables")) == 2
    # Never "Where public is “reachable from the whole internet”, what is private?": no teacher kept one.
    bank = generate(markdown, deck="t")
    assert bank.cards == []
    assert [s.excerpt for s in bank.skipped if s.reason.startswith("no card written")] == [
        "Reachable from the whole internet / Reachable only inside the network",
        "Costs money for every address / Free to use in any number",
    ]


def test_a_template_code_block_is_a_fact_about_its_format_and_an_example_is_skipped():
    markdown = (
        "A commit message has the form:\n\n```\n<type>[optional scope]: <description>\n```\n\n"
        "```js\nconst total = add(1, 2);\n```\n"
    )
    [fact] = facts_of(markdown, "templates")
    assert fact.fields == {"name": "A commit message has the form", "template": "<type>[optional scope]: <description>"}
    assert "example code (a program)" in {s.reason for s in generate(markdown, deck="t").skipped}


def test_a_bold_verb_opening_a_bullet_is_not_a_term_to_cloze():
    markdown = "- **Creates** an empty body ready for your visible content\n- **Adds** a title the browser shows\n"
    assert facts_of(markdown, "key_sentences") == []


def test_a_column_of_examples_is_not_asked():
    markdown = (
        "| Operator | Meaning | Example |\n|---|---|---|\n| % | remainder | 5 % 2 |\n| ** | exponent | 2 ** 3 |\n"
    )
    assert {f.fields["column"] for f in facts_of(markdown, "tables")} == {"Meaning"}


def test_a_lead_in_list_is_named_by_its_last_sentence_and_asks_for_item_heads():
    markdown = (
        "Routing needs more work than a link. This implies two things:\n\n"
        "- Updating the URL: change the address bar\n- Updating the template: show the new screen\n"
    )
    [fact] = facts_of(markdown, "lists")
    assert fact.cue == "This implies two things"
    assert fact.fields["items"] == ["Updating the URL", "Updating the template"]


def test_a_bold_label_alone_on_its_line_is_defined_by_the_paragraph_under_it():
    markdown = (
        "**Backpressure**\n\nA signal from a slow consumer that asks producers to send less. It spreads upstream.\n"
    )
    assert _definitions(markdown) == {"Backpressure": "A signal from a slow consumer that asks producers to send less"}


def test_ticks_and_scores_are_ratings_compared_across_rows():
    markdown = "| | Offline | Score |\n|---|---|---|\n| Anki | ✅ | 9/10 |\n| Quizlet | ❌ | 7/10 |\n"
    facts = facts_of(markdown, "tables")
    scores = {f.fields["column"]: f.fields["scores"] for f in facts if f.fields["type"] == "pair"}
    assert scores == {"Offline": [("Anki", 1), ("Quizlet", 0)], "Score": [("Anki", 9.0), ("Quizlet", 7.0)]}


def test_a_row_of_links_is_skipped_and_an_index_of_entries_is_not_a_definition():
    markdown = (
        "Read this in other languages: [简体中文](a.md), [Русский](b.md), [日本語](c.md), [Español](d.md)\n\n"
        "- Machine Learning\n"
        "  - [NanoNeuron](a) - seven simple functions that show how machines learn\n"
        "  - [k-NN](b) - the k nearest neighbours classification algorithm\n"
    )
    bank = generate(markdown, deck="t")
    assert [f for f in bank.facts if f.extractor in ("definitions", "key_sentences")] == []
    assert "links or images only" in {s.reason for s in bank.skipped if s.block >= 0}


def test_steps_and_walkthrough_verbs_are_not_definitions_or_enumerations():
    markdown = (
        "- Refactor: Replace your code with the following statement\n\n"
        "Breaking down what happens here:\n\n- **Creates** a closure\n- **Defines** a handler\n- **Returns** it\n"
    )
    assert facts_of(markdown, "definitions") == [] and facts_of(markdown, "lists") == []


@pytest.mark.parametrize(
    "markdown",
    [
        "Let's start by adding a form to the **login** template of the app.\n",
        "- **Handles** edge cases where the cursor moves outside the window\n",
        "In the above example about penguins, the link goes to the **Wikipedia** page.\n",
    ],
)
def test_walkthroughs_and_bold_verbs_are_not_key_sentences(markdown):
    assert facts_of(markdown, "key_sentences") == []


def test_a_definition_that_restates_its_term_or_a_positional_label_is_not_a_definition():
    assert (
        _definitions("- **Keyword**: Keywords can be let or var in modern code\n- Below: A more tangible example\n")
        == {}
    )


def test_a_single_row_of_numbers_under_many_columns_and_scientific_notation_are_data():
    letters = "| Letter | A | B | C | D | E | F |\n|---|---|---|---|---|---|---|\n| Number | 0 | 1 | 2 | 3 | 4 | 5 |\n"
    growth = (
        "| O | Type | 10 | 100 | 1000 |\n|---|---|---|---|---|\n| O(N!) | Factorial | 3628800 | 9.3e157 | 4.02e2567 |\n"
    )
    growth += "| O(1) | Constant | 1 | 1 | 1 |\n"
    assert facts_of(letters, "tables") == [] and facts_of(growth, "tables") == []


def test_a_consequence_is_not_a_definition():
    assert _definitions("Using this also means that you will implement some tasks yourself.\n") == {}


def test_a_call_out_label_is_not_the_term_of_its_sentence_and_you_is_no_definition():
    markdown = "🎯 **Learning Strategy**: The best way to solidify these concepts is through practice.\n"
    assert facts_of(markdown, "key_sentences") == []
    assert _definitions("- Playground: You may play with the data structures in the source folder\n") == {}


def test_teacher_read_failure_shapes_make_no_card():
    # An instruction behind an emoji, a figure credit read as a term, a clause read as a term.
    assert cards_of("## Loops\n✅ Run this code in a **browser** console to see the result.\n", "cloze") == []
    assert not any(
        "okso" in c.front
        for c in cards_of(
            "*Made with [okso.app](https://okso.app)*\n\nIn a max heap, the key of P is at least the key of C.\n"
        )
    )
    assert cards_of("- **Reference cannot be changed**: the reference of a constant is fixed once set.\n") == []


def test_a_table_read_sideways_asks_nothing_about_its_value_rows():
    markdown = "## Linked list\n\n| Access | Search | Insert |\n|---|---|---|\n| O(n) | O(log n) | O(1) |\n"
    assert facts_of(markdown, "tables") and cards_of(markdown) == []


def test_a_clause_in_a_table_is_asked_but_never_stated_as_true_or_false():
    markdown = (
        "## Drag\n\n| Method | Limitations |\n|---|---|\n| onclick | Doesn't support dragging gestures |\n"
        "| pointer events | Needs a polyfill in old browsers |\n"
    )
    assert cards_of(markdown, "true_false") == []
    assert "Doesn't support dragging gestures" in {c.back for c in cards_of(markdown, "basic")}


def test_a_sequence_of_long_instructions_is_asked_in_order_but_not_as_blanks():
    steps = (
        "1. Open the settings page of the editor from the main menu at the top\n"
        "2. Choose a new folder for the project and give it a short name\n"
        "3. Create an empty index file inside that folder and save it right away\n"
    )
    cards = cards_of("## Setup\n\n" + steps)
    assert [c for c in cards if c.key.endswith(":order")] and not [c for c in cards if ":after:" in c.key]


def test_advice_is_no_definition_and_a_question_column_is_not_stated():
    assert (
        cards_of("- **Troubleshooting**: If testing is failing, try to delete the cache folder and reinstall.\n") == []
    )
    markdown = (
        "## CSS\n\n| Property | What It Controls |\n|---|---|\n| z-index | Stacking order of overlapping boxes |\n"
        "| opacity | Transparency of the element |\n"
    )
    assert cards_of(markdown, "true_false") == [] and cards_of(markdown, "basic")


def test_a_cloze_drops_a_leading_emoji():
    [card] = cards_of("## Types\n✅ Data types are also called JavaScript **data primitives** in the spec.\n", "cloze")
    assert card.front == "Data types are called JavaScript _____ in the spec."  # "also" pointed back


def test_a_leading_adverb_is_dropped_and_a_blank_inside_a_callout_label_is_no_card():
    # Under "## Hill cipher" the blank would be the heading's own subject, in a sentence that does not
    # define it (no card); under a wider heading it is asked.
    [card] = cards_of(
        "## Cryptography\nFortunately, invertible matrices are fairly common in the **Hill cipher**.\n", "cloze"
    )
    assert "Fortunately" not in card.front and card.front.endswith("nvertible matrices are fairly common in the _____.")
    cards = cards_of("## Tips\n🎯 **Learning Strategy**: practice is the best way to remember concepts.\n")
    assert not any(c.back == "Strategy" or "Learning" in c.front for c in cards)


def test_a_subjectless_bullet_takes_its_subject_from_the_lead_in():
    markdown = (
        "## DOM\n\n**Here's what makes the DOM powerful:**\n"
        "- Represents the page as a tree of nodes that JavaScript can traverse\n"
    )
    [card] = cards_of(markdown, "cloze")
    assert card.front == "The DOM represents the page as a tree of nodes that _____ can traverse"
    assert card.back == "JavaScript"


def test_a_symbol_heading_a_row_is_its_subject():
    markdown = (
        "## Operators\n\n| Symbol | Description |\n|---|---|\n| % | Gives the remainder of a division |\n"
        "| ** | Raises a number to a power |\n"
    )
    fronts = {c.front: c.back for c in cards_of(markdown, "basic")}
    assert fronts["In operators, which operator gives the remainder of a division?"] == "%"


def test_instructing_headings_numbered_options_and_in_other_words_make_no_bad_card():
    assert (
        cards_of(
            "**Deepen Your HTML Knowledge**\n\nHTML has been the foundation of the web for over 30 years.\n",
            "true_false",
        )
        == []
    )
    options = (
        "## Approach\n\nThe profit is the larger of:\n\n"
        "1. _Option 1: Keep the money_ → profit\n2. _Option 2: Sell_ → profit\n"
    )
    assert not any(c.back == "Option 1; Option 2" for c in cards_of(options))
    [card] = cards_of(
        "## Bloom filter\nIn other words, a Bloom filter never gives **false negatives** for stored items.\n", "cloze"
    )
    assert card.front.startswith("A Bloom filter never gives _____")


def test_a_verb_definition_asks_its_term_in_lower_case():
    markdown = (
        "- **Subtraction logic**: Moves the element by the same amount the mouse moved\n"
        "- **Delegation**: Handles events for many elements\n- **Observer**: Watches the DOM for changes\n"
        "- **Web Components**: Creates reusable encapsulated elements\n"
    )
    assert "What moves the element by the same amount the mouse moved?" in {c.front for c in written_cards(markdown)}


def test_a_walkthrough_is_no_sequence_and_pointers_to_the_next_lesson_are_no_statement():
    walkthrough = "## Try it\n\nTest your creation:\n\n1. Click and hold a plant\n2. Move your mouse\n3. Release it\n"
    assert cards_of(walkthrough) == []
    lesson = "## Body\nWith this **markup** added, the plants appear, and styling comes in the next lesson.\n"
    assert cards_of(lesson, "cloze") == []
    table = "| Sort | Average |\n|---|---|\n| Shell sort | depends on gap sequence |\n| Heap sort | n log(n) |\n"
    assert not any("is depends" in c.front for c in cards_of(table))


def test_a_numbered_list_without_an_order_is_no_sequence():
    paths = "## Review\n\nRecommended learning paths:\n\n1. HTML History\n2. Semantic HTML\n3. Modern Web Development\n"
    assert facts_of(paths, "sequences") == []
    example = "## Example\n\n1. kitten\n2. sitten\n3. sittin\n4. sitting\n"
    assert facts_of(example, "sequences") == []
    task = "## Task - working with variables\n\n1. Declare a variable\n2. Assign a value\n3. Change the value\n"
    assert facts_of(task, "sequences") == []


def test_steps_named_by_their_lead_in_are_a_sequence():
    markdown = "## Templates\n\nIt is done in 3 steps:\n\n1. Retrieve the element\n2. Clone it\n3. Attach it\n"
    [fact] = facts_of(markdown, "sequences")
    assert fact.fields["steps"] == ["Retrieve the element", "Clone it", "Attach it"]


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("Instantiating a template is usually done in 3 steps:", "Instantiating a template"),
        ("Compiling a program happens in this order:", "Compiling a program"),
        ("A request to the server proceeds as follows:", "A request to the server"),
    ],
)
def test_a_lead_in_that_announces_the_order_is_named_by_its_process(lead, name):
    markdown = f"## Misc\n\n{lead}\n\n1. Parse the source\n2. Check the types\n3. Emit the code\n"
    [order] = [c for c in cards_of(markdown) if c.key.endswith(":order")]
    assert order.front.startswith(f"{name} — put these in order:\n")


def test_numbered_layers_are_a_sequence():
    markdown = "## OSI\n\nThe OSI model has seven layers:\n\n1. Physical\n2. Data link\n3. Network\n4. Transport\n"
    [order] = [c for c in cards_of(markdown) if c.key.endswith(":order")]
    assert order.front.startswith("Layers of the OSI model — put these in order:")


@pytest.mark.parametrize(
    ("name", "title", "named"),
    [
        ("The commit message should be structured as follows", "Summary", ("the commit message", "format")),
        ("A commit message has the form", "Commits", ("a commit message", "format")),
        ("Log line", "Log line", ("a log line", "format")),
        ("Usage", "Docker run", ("Docker run", "usage")),
        ("Here is how it looks", "Examples", None),
        ("This is the structure", "Examples", None),
    ],
)
def test_a_template_is_named_by_the_subject_of_its_lead_in(name, title, named):
    assert templates.formatted(name, title) == named


def test_a_template_card_asks_the_format_of_its_subject_and_hides_it_in_the_reverse():
    markdown = (
        "# Git\n## Conventions\nThe commit message should be structured as follows:\n\n"
        "```\n<type>: <description>\n```\n"
    )
    cards = {c.kind: c for c in written_cards(markdown)}
    assert cards["basic"].front == "In Git, what is the format of the commit message?"
    assert cards["reverse"].back == "The commit message" and "commit" not in cards["reverse"].front.lower()
    under_its_name = markdown.replace("## Conventions", "## Commits")
    assert [c.kind for c in written_cards(under_its_name)] == ["basic"], "'In Commits, what is this …' answers itself"


def test_a_process_named_by_its_qualifier_keeps_it_with_the_document_subject():
    markdown = (
        "# Docker\n\n## How the build works\n\nThe build process happens in this order:\n\n"
        "1. The client sends the context to the daemon\n2. The daemon reads the Dockerfile\n"
        "3. Each instruction creates a layer\n"
    )
    [order] = [c for c in cards_of(markdown) if c.key.endswith(":order")]
    # "Docker — put these in order" lost which process of Docker it was
    assert order.front.startswith("The Docker build process — put these in order:")
