"""The "In X, …" prefix: it names the card's subject, never the sentence's own words or its answer."""

import pytest

from quizzes.generation.writing.grammar import names_of, proper_names, small_words, written_small
from quizzes.generation.writing.prompts import names_term
from quizzes.generation.writing.topics import document_subject, dominant_name, in_topic, topic_of

from .helpers import cards_of, written_cards


@pytest.mark.parametrize(
    ("topic", "prompt", "expected"),
    [
        ("JavaScript data types", "Data types are called _____.", "In JavaScript, data types are called _____."),
        ("JavaScript arrays", "The array values are indexed.", "In JavaScript, the array values are indexed."),
        ("CSS units", "Units measure lengths.", "In CSS, units measure lengths."),
        ("LRU Cache", "Cache entries expire.", "In the LRU Cache, cache entries expire."),
        (
            "event driven programming",
            "Programming with events is _____.",
            "In event driven programming, programming with events is _____.",
        ),
        ("Hill Cipher (decryption)", "Decryption needs the _____.", "In the Hill Cipher, Decryption needs the _____."),
        ("Hill Cipher (decryption)", "What is a key?", "In the Hill Cipher (decryption), what is a key?"),
        # a comparison or a relation keeps its words: "In VMs vs, …" names nothing
        ("VMs vs containers", "Containers are light.", "In VMs vs containers, containers are light."),
        ("Applications of sorting", "Sorting is slow.", "In applications of sorting, sorting is slow."),
    ],
)
def test_the_topic_does_not_repeat_the_subject_the_prompt_opens_with(topic, prompt, expected):
    assert in_topic(topic, prompt) == expected


@pytest.mark.parametrize(
    ("path", "topic"),
    [
        (("JavaScript Basics: Data Types", "Data Types", "Formatting Strings"), "JavaScript, when formatting strings"),
        (("JavaScript Basics: Making Decisions",), "JavaScript"),
        (("JavaScript Basics: Making Decisions", "If Statement"), "JavaScript"),
        (("JavaScript", "Sorting Algorithms"), "JavaScript sorting algorithms"),  # a kind, not an activity
        (("Two Sum", "Hash Map Approach", "Time Complexity"), "Two Sum"),
        (
            ("Best Time to Buy and Sell Stock", "Possible Solutions", "Brute Force Solution"),
            "Best Time to Buy and Sell Stock",
        ),
        (("Build a Banking App Part 2: Build a Login and Registration Form", "Data validation"), "Data validation"),
        (("Build a Banking App Part 2: Build a Login and Registration Form",), "login and registration forms"),
        (("Space Game Part 3: Create a Game Loop", "Task"), "game loops"),
        (("Build a Banking App Part 1: HTML Templates and Routes in a Web App",), "HTML Templates"),
    ],
)
def test_the_topic_names_a_general_subject(path, topic):
    assert topic_of(path) == topic


def test_an_activity_heading_reads_as_what_is_being_done():
    assert in_topic("JavaScript, when formatting strings", "Values go in _____.") == (
        "In JavaScript, when formatting strings, values go in _____."
    )
    # the prompt says it already: "when formatting strings" goes
    assert in_topic("JavaScript, when formatting strings", "Which term means: a way to format strings?") == (
        "In JavaScript, which term means: a way to format strings?"
    )


def test_a_titled_problem_name_keeps_its_capitals_and_takes_no_article():
    assert in_topic("Best Time to Buy and Sell Stock", "The peak valley approach uses _____ space.") == (
        "In Best Time to Buy and Sell Stock, the peak valley approach uses _____ space."
    )
    assert in_topic("HTML Templates", "What is x?") == "In HTML templates, what is x?"


def test_a_heading_acronym_names_the_term_it_abbreviates():
    assert names_term("MRR", "Mean Reciprocal Rank")
    assert not names_term("MRR", "Mean Average Precision")
    assert not names_term("DOM", "Data")


def test_a_reverse_question_names_its_topic_but_never_its_answer():
    markdown = (
        "# JavaScript Basics: Data Types\n\n## Strings\n\n### Formatting Strings\n\n"
        "- **Template literals**: another way to format strings, except instead of quotes, the backtick is used.\n"
    )
    fronts = [c.front for c in written_cards(markdown) if c.back == "Template literals"]
    assert (
        "In JavaScript strings, which term means: another way to format strings, except instead of quotes, "
        "the backtick is used?" in fronts
    )
    templates = (
        "# Build a Banking App Part 1: HTML Templates and Routes in a Web App\n\n## HTML templates\n\n"
        "A **template** is a reusable HTML block that is not displayed by the browser, and needs to be "
        "instantiated at runtime using JavaScript.\n"
    )
    reverse = [c.front for c in written_cards(templates) if c.kind == "reverse"]
    assert reverse and not any("template" in f.lower() for f in reverse)


def test_a_name_the_text_capitalises_mid_sentence_keeps_its_capital():
    markdown = (
        "# Hill Cipher\n\nThe **Hill cipher** is a polygraphic substitution cipher based on linear algebra.\n\n"
        "A matrix that cannot be inverted cannot be used in the Hill cipher. "
        "See [the article](https://example.org/hill-cipher).\n"
    )
    assert "What is a Hill cipher?" in {c.front for c in cards_of(markdown)}
    assert proper_names("The table lists each Use Case; a use case is …") == frozenset()
    assert proper_names("The | Use Case | column") == frozenset()


def test_a_one_word_title_the_text_writes_in_small_letters_is_a_common_noun():
    virtualization = (
        "# Virtualization\n\nThere are many different types of virtualization, and every type of "
        "virtualization has its uses.\n\nA **hypervisor** is a piece of software that creates and runs "
        "virtual machines.\n"
    )
    fronts = {c.front for c in written_cards(virtualization)}
    assert (
        "In virtualization, what is the term for a piece of software that creates and runs virtual machines?" in fronts
    )
    trie = (
        "# Trie\n\nIn computer science, a trie is a kind of search tree. Unlike a binary search tree, no "
        "node in a trie stores the key associated with that node; all the descendants of a node have a "
        "common prefix of the string associated with that node.\n"
    )
    assert any(c.front.startswith("In a trie, ") for c in written_cards(trie))
    # A name the prose never writes small ("Learn bash" is a link's title) keeps its capital.
    bash = (
        "# Bash\n\n## Variables\n\nSee [Learn bash in y minutes](https://example.org).\n\n"
        "A **subshell** is a child process that runs the commands in parentheses.\n"
    )
    assert "subshell" in small_words(bash) and "bash" not in small_words(bash)


def test_a_heading_the_prose_writes_in_small_letters_loses_its_capitals_but_not_its_names():
    markdown = (
        "# DOM Manipulation\n\nDOM manipulation changes a page from code; every manipulation goes through "
        "the document. Engines such as Docker do no manipulation.\n\n## Events\n\n| Event | Best for |\n"
        "|---|---|\n| onpointerdown | Touch and mouse input together |\n| onkeydown | Keyboard shortcuts |\n"
        "| onwheel | Zooming a map in and out |\n"
    )
    assert any(c.front.startswith("In DOM manipulation events, ") for c in cards_of(markdown))
    # "Docker" is written with a capital mid-sentence once: a name, whatever else the text says.
    docker = "# Docker Engine\n\nWe run docker here, and docker there, and Docker everywhere.\n"
    with names_of(docker):
        assert written_small("Docker") and not written_small("Docker", always=True)


def test_a_sentence_opening_with_a_name_the_text_capitalises_keeps_it_after_the_topic():
    text = "# Docker Engine\n\nIt bridges Windows and Linux tools, so we run Linux images.\n"
    with names_of(text):
        assert in_topic("Docker Engine", "Linux containers run natively.") == (
            "In the Docker Engine, Linux containers run natively."
        )
        assert in_topic("Docker Engine", "Images are layered.") == "In the Docker Engine, images are layered."


@pytest.mark.parametrize(
    ("topic", "prompt", "expected"),
    [
        (
            "JavaScript negation operator",
            "Anything that goes into an _____ needs to evaluate to true/false.",
            "In JavaScript, anything that goes into an _____ needs to evaluate to true/false.",
        ),
        (
            "JavaScript negation operator",
            "The _____ operator flips a boolean.",
            "In the JavaScript negation operator, the _____ operator flips a boolean.",
        ),
        # a kind ('arrays') is what its section's sentences are about, named or not
        ("JavaScript arrays", "Each value has an _____.", "In JavaScript arrays, each value has an _____."),
        # a name of its own is no part of a language
        (
            "Hill Cipher",
            "Each letter is a number modulo _____.",
            "In the Hill Cipher, each letter is a number modulo _____.",
        ),
    ],
)
def test_one_thing_of_a_language_is_the_topic_only_of_a_prompt_that_names_it(topic, prompt, expected):
    assert in_topic(topic, prompt) == expected


@pytest.mark.parametrize(
    ("path", "topic"),
    [
        # who the page is for and what kind of page it is frame the subject
        (("Tree cheatsheet for coding interviews", "Common terms you need to know"), "Tree"),
        (("Hash table cheatsheet for coding interviews", "Time complexity"), "Hash table"),
        (("Python for beginners", "Lists"), "Python lists"),
        (("Defining Data Science", "Types of Data"), "Data Science"),
        (("Techniques of Machine Learning", "Building a model", "Evaluate the model"), "Machine Learning"),
        (("Networking key concepts", "What is TCP/UDP?"), "Networking"),
        # one subject of several is not the document's: no topic rather than a misleading one
        (("The CIA triad and other key concepts", "What is privacy?"), ""),
        # a list of names, two names for one section, advice: the heading above names the subject
        (
            ("Deep Learning Training Tricks", "Optimizers / Training Algorithms", "Adam, Adagrad, etc."),
            "Deep Learning Training",
        ),
        (("Tree cheatsheet for coding interviews", "Techniques", "Use recursion"), "Tree"),
        (("Deep Learning", "Different Network Architectures"), "Network Architectures"),
        # an aside in brackets is no part of the name
        (("Python", "Features", "A glimpse of function overloading (PEP 443)"), "function overloading"),
        (("Tree", "Binary search tree (BST)", "Time complexity"), "Binary search tree"),
        # a title that only says what kind of page it is names nothing ("In study notes, …" does not read)
        (("Cheatsheet",), ""),
        (("Week 2 Study Notes", "Association, Aggregation, Composition"), ""),
        # not framing: a pair, a thing named with "use"
        (("Stacks and Queues",), "Stacks and Queues"),
        (("Python", "Use cases"), "Use cases"),
        (("SQL", "Check constraints"), "SQL check constraints"),
        (("C++", "Multiple Inheritance"), "C++ multiple inheritance"),
        (("Python", "async / await"), "Python"),
    ],
)
def test_framing_lists_and_asides_in_headings_are_no_part_of_the_topic(path, topic):
    assert topic_of(path) == topic


def test_a_cheatsheet_title_gives_its_subject_to_the_cards():
    markdown = (
        "# Tree cheatsheet for coding interviews\n\n## Introduction\n\n"
        "A tree is a widely used abstract data type. Each node in a tree has a parent, except the root.\n\n"
        "## Common terms you need to know\n\n"
        "- **Ancestor** - a node reachable by traversing its parent chain\n"
        "- **Descendant** - a node in the node's subtree\n"
    )
    fronts = [c.front for c in cards_of(markdown)]
    assert any(f.startswith("In a tree, ") for f in fronts)
    assert not any("cheatsheet" in f.lower() for f in fronts)


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        ("A Beginner's Guide to Docker", "Docker"),
        ("Docker: A Beginner's Guide", "Docker"),
        ("The Complete Guide to Kubernetes", "Kubernetes"),
        ("Notes on Operating Systems", "Operating Systems"),
        ("Operating Systems Lecture Notes", "Operating Systems"),
        ("Key Concepts in Statistics", "Statistics"),
        ("JavaScript Interview Questions", "JavaScript"),
        ("Week 2 - Recursion", "Recursion"),
        # names that end in a frame word are names
        ("Release Notes", "Release Notes"),
        ("Linux Command Line Notes", "Linux Command Line Notes"),
        ("Guide", ""),
    ],
)
def test_a_title_names_its_subject_without_the_kind_of_page(title, subject):
    assert document_subject((title, "Section")) == subject


def test_a_discourse_marker_gives_way_to_the_topic():
    assert in_topic("TCP", "In summary, _____ prioritizes reliability.") == "In TCP, _____ prioritizes reliability."
    assert in_topic("", "In short, the _____ is fast.") == "The _____ is fast."
    # "In general" and "In practice" qualify what the sentence claims: they stay, after the topic
    assert in_topic("TCP", "In general, _____ is slow.") == "In TCP, in general, _____ is slow."


def test_a_prompt_naming_the_topic_by_its_initials_needs_no_topic():
    prompt = "When a question involves a BST, a solution runs faster than _____."
    assert in_topic("Binary search tree", prompt) == prompt
    # initials that are only a part of a word are no abbreviation
    assert in_topic("hash table", "The HTTP cache is _____.").startswith("In the hash table, ")


@pytest.mark.parametrize(
    "path, topic",
    [
        # a clause states something about a subject: the document's subject stands in
        (("Math Set Relationships", "Complexity reality check: output size dominates"), "Math Set Relationships"),
        # a quoted gloss is not the subject; the half it glosses is
        (("Math Set Relationships", "Power set: “all subsets” (the mother of combinations)"), "Power set"),
        # "X + Y": two things covered together, neither the subject
        (("Set Relationships", "Power set: “all subsets”", "Algorithms + time"), "Power set"),
        # " - Site or series" and " - qualifier": the subject comes first
        (("Python Regular Expressions - Python Cheatsheet", "Matching zero or more"), "Python Regular Expressions"),
        (("Descriptive Statistics", "Examining Distribution - Univariate", "Mode"), "Descriptive Statistics"),
        (("Prompting Introduction",), "Prompting"),
        # a part number before the dash leaves the subject after it
        (("Lesson 3 - Arrays", "Sorting"), "Arrays"),
    ],
)
def test_headings_that_are_claims_glosses_or_series_names_give_way_to_the_subject(path, topic):
    assert topic_of(path) == topic


@pytest.mark.parametrize("heading", ["Ingress: routing rules", "Workload controllers", "Service uses"])
def test_a_plural_noun_is_not_taken_for_a_claim(heading):
    # "rules", "controllers", "uses" may be verbs too: only a word that is never a noun makes a clause
    assert topic_of(("Kubernetes", heading)) != "Kubernetes"


def test_an_adjective_alone_is_not_left_as_the_topic():
    assert in_topic("Cartesian product", "What is a space?") == "In the Cartesian product, what is a space?"


def test_a_titles_tagline_and_its_examples_language_are_no_subject():
    from quizzes.generation.writing.topics import topic_of

    title = "Strategy Pattern in Java: Streamlining Object Behaviors with Interchangeable Algorithms"
    assert topic_of((title,)) == "Strategy Pattern"


def test_an_activitys_object_in_a_place_gives_way_to_the_heading_above():
    from quizzes.generation.writing.topics import topic_of

    title = "JavaScript Asynchronous Programming and Callbacks"
    assert topic_of((title, "Callbacks", "Handling errors in callbacks")) == "Callbacks"


@pytest.mark.parametrize(
    ("path", "topic"),
    [
        # a word for an aspect after what it is the aspect of names no subject: the heading above does
        (("Cron", "Crontab Format", "Format"), "Cron"),
        (("Cron", "Crontab Format", "Examples"), "Cron"),
        (("Cron", "Crontab Format", "Special strings"), "Cron special strings"),
        (("Nernst", "The Nernst Equation", "General Form"), "Nernst Equation"),
        (("Python", "Operations with Binary Numbers"), "Python"),
        # "Redux FAQ": the kind of page after the subject
        (("Store Setup", "Redux FAQ: Store Setup", "Further information"), "Redux"),
        # the title's subject taken into a language: the language is what the section adds
        (("Binary, Octal, and Hexadecimal", "Binary in Python", "Binary Methods"), "Python"),
        (("Linked List", "Pseudocode", "Traverse in Reverse"), "Linked List"),
        # what the subject is good for, and where else to look, name no subject
        (("Bloom Filter", "Advantage Over HashSets"), "Bloom Filter"),
        (("Strategy Pattern", "Also known as"), "Strategy Pattern"),
        (("Cron", "Also see"), "Cron"),
        # an acronym's aspect is about what the acronym names; a named form or law is a subject
        (("Data Formats", "JSON Format"), "JSON"),
        (("Physics", "Maxwell's Equations"), "Maxwell's Equations"),
        (("Nernst", "The Nernst Equation", "Practice Problem"), "Nernst Equation"),
    ],
)
def test_aspect_headings_give_way_to_the_subject_above(path, topic):
    assert topic_of(path) == topic


@pytest.mark.parametrize("group", ["ls command", "File handling", "find and grep"])
def test_a_group_of_the_documents_own_things_is_no_subject(group):
    # "Aliases" repeats the title's word: the sections under it are groups of the plugin's aliases
    assert topic_of(("Common Aliases Plugin", "Aliases", group)) == "Common Aliases Plugin"
    # a heading above that is a subject of its own does not group the document's things
    assert topic_of(("Creating Accessible Webpages", "Tools to use", "Screen readers")) == "Screen readers"


@pytest.mark.parametrize(
    ("path", "topic"),
    [
        # a field of study does not read before its subjects ("Electrochemistry oxidation states")
        (("Electrochemistry", "Oxidation States"), "Oxidation States"),
        (("Electrochemistry", "Corrosion"), "corrosion"),
        (("Electrochemistry", "Predicting Spontaneity"), "electrochemistry, when predicting spontaneity"),
        (("Electrochemistry", "Relationship to Thermodynamics"), "electrochemistry"),
        (("Electrochemistry", "Summary"), "electrochemistry"),
        # a name still does
        (("JavaScript", "Arrays"), "JavaScript arrays"),
    ],
)
def test_a_field_of_study_is_no_prefix(path, topic):
    assert topic_of(path) == topic


def test_a_prompt_that_names_the_topic_in_other_words_is_not_prefixed_with_it():
    prompt = "Shareable configs are packages that _____."
    assert in_topic("Shareable Config (Configuration)", prompt) == prompt
    assert in_topic("LRU Cache", "LRU caches evict _____.") == "LRU caches evict _____."


def test_a_word_made_from_an_english_one_loses_its_sentence_capital():
    assert in_topic("Bloom Filter", "Optimally there are _____ hashes.") == (
        "In the Bloom Filter, optimally there are _____ hashes."
    )
    assert in_topic("Docker", "Kubernetes runs _____.") == "In Docker, Kubernetes runs _____."


def test_a_composed_topic_keeps_the_capital_its_prose_writes_a_name_with():
    text = "Electron apps update with Squirrel. Releases use Squirrel too, unlike plain booleans."
    with names_of(text):
        assert topic_of(("JavaScript", "Squirrel")) == "JavaScript Squirrel"
        assert topic_of(("JavaScript", "Booleans")) == "JavaScript booleans"


def test_a_rare_plural_of_a_common_noun_is_written_small():
    assert in_topic("Generics", "What restricts the type?") == "In generics, what restricts the type?"


def test_a_heading_the_prose_never_names_is_no_topic():
    # "A Fundamental Distinction" is a tagline and "Experiment 2" a label: written once, as headings.
    markdown = (
        "# Introduction to Macroeconomics\n\n"
        "## Macro vs. Micro: A Fundamental Distinction\n\n"
        "- **Inflation**: the rate of change of the general price level.\n"
        "- **Unemployment rate**: the share of the labor force without jobs.\n\n"
        "## Experiment 2\n\n"
        "- **Multiplier**: the ratio of the change in output to the change in autonomous spending.\n\n"
        "## Linked List\n\n"
        "- **Node**: one element of a linked list, holding a value and a pointer.\n"
    )
    fronts = " ".join(c.front for c in written_cards(markdown))
    assert "Fundamental Distinction" not in fronts and "xperiment" not in fronts
    assert "In macroeconomics, which term means: the ratio of the change in output" in fronts


def test_a_summary_sums_up_the_whole_document_wherever_it_stands():
    markdown = (
        "# Redirection in Bash\n\nRedirection in Bash sends a command's output to a file.\n\n"
        "# HereDocument\n\nThe symbol `<<` creates a temporary file, a heredoc, for the HereDocument.\n\n"
        "## Summary\n\n| Operator | Description |\n|---|---|\n| `>` | Save output to a file |\n"
        "| `>>` | Append output to a file |\n| `2>` | Redirect error messages |\n"
    )
    fronts = [c.front for c in cards_of(markdown) if "output to a file" in c.front + c.back]
    assert fronts and not any("HereDocument" in f for f in fronts)


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Common Problems (FAQ)", ""),  # what kind of page it is, its acronym too
        ("syntax", ""),
        ("Installation", ""),
        ("X. Dev/prod parity", "Dev/prod parity"),  # a Roman number orders chapters
    ],
)
def test_page_kinds_and_chapter_numbers_name_no_topic(title, expected):
    assert topic_of((title,)) == expected


def test_a_page_whose_code_is_all_of_one_language_is_about_that_language():
    from quizzes.generation.writing.topics import language_of_code

    fence = "```"
    sheet = "".join(f"## Part {i}\n\n{fence}sql\nSELECT {i};\n{fence}\n\n" for i in range(3))
    assert language_of_code(f"# syntax\n\n{sheet}") == "SQL"
    mixed = f"{sheet}{fence}bash\nls\n{fence}\n{fence}python\nprint(1)\n{fence}\n"
    assert language_of_code(mixed) == ""  # three of five blocks: no one language
    markdown = f"# syntax\n\n## subqueries\n\nsubqueries in the FROM clause cannot be correlated subqueries\n\n{sheet}"
    clozes = [c.front for c in cards_of(markdown) if c.kind == "cloze"]
    assert "In SQL, subqueries in the _____ cannot be correlated subqueries" in clozes


def test_a_topic_the_page_says_with_the_takes_the():
    from tests.quizzes.generation.helpers import cards_of

    page = (
        "# Command bar\n\nThe command bar is opened by pressing CtrlE. The command bar parser uses the rules "
        "of the shell.\n\n# Commands\n\n* `retab`: replaces all leading tabs with spaces.\n"
        "* `showkey`: shows the action bound to a given key.\n* `reset 'option'`: resets the given option.\n"
    )
    fronts = [c.front for c in cards_of(page)]
    assert not any(f.startswith("In command bar,") for f in fronts), fronts
    assert any(f.startswith("In the command bar,") for f in fronts), fronts


def test_a_heading_that_opens_with_a_gerund_is_done_in_the_documents_subject():
    # "Scoring Runs" in a beginner's guide to cricket: "In scoring runs, a run is scored …" named no sport
    markdown = (
        "# Cricket - Beginner's Guide\n\nThe game of cricket is played by two teams, each scoring runs in turn.\n\n"
        "### Scoring Runs\n\n"
        "A run is scored each time the two batsmen successfully run from one end of the pitch to the other.\n"
    )
    fronts = [c.front for c in cards_of(markdown)]
    assert fronts and all(f.startswith("In cricket, ") for f in fronts), fronts


def test_a_prompt_naming_the_pages_product_needs_no_title_before_it():
    markdown = (
        "---\ntitle: Unit of Work and Transactions\n---\n\n"
        "MikroORM is a data-mapper. MikroORM keeps an identity map, and MikroORM tracks changes. "
        "MikroORM flushes in one transaction, and MikroORM orders the queries.\n\n"
        "## Persisting Managed Entities\n\n"
        "When you call `em.flush()`, MikroORM will ask the identity map for all objects that are currently managed.\n"
    )
    fronts = [c.front for c in cards_of(markdown) if "identity map" in c.front]
    assert fronts and all(f.startswith("When you call") for f in fronts), fronts


def test_an_adverb_opening_the_prompt_is_lowered_after_the_topic():
    assert in_topic("FEM", "Sometimes, the dofs are called _____ or nodal values.") == (
        "In FEM, sometimes, the dofs are called _____ or nodal values."
    )


def test_a_course_code_before_the_title_is_no_subject():
    assert "G1" not in document_subject(("G1: Lawful Bases & Principles", "Lawfulness of Processing"))


def test_a_kind_of_things_in_capitals_is_no_pages_name():
    text = (
        "# Functions\n\nHere the *Special Functions* are listed by family. The *Special Functions* "
        "include the gamma function; the *Special Functions* cover Bessel functions; the *Special "
        "Functions* also cover zeta; each of the *Special Functions* has a page; the *Special Functions* "
        "are fast.\n"
    )
    assert dominant_name(text) == ""
