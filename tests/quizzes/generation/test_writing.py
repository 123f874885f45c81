"""Grammar, topics, prompt templates and distractor typing, with awkward inputs."""

import re

import pytest

from quizzes.generation import generate
from quizzes.generation.facts import mcq
from quizzes.generation.parsing import parse
from quizzes.generation.writing.distractors import honest_distractors, shape
from quizzes.generation.writing.grammar import (
    as_common,
    imperative,
    is_plural,
    names_of,
    reads_as_name,
    with_article,
)
from quizzes.generation.writing.prompts import (
    definition_statement,
    informative_span,
    is_statement,
    needs_topic,
    subject_form,
)
from quizzes.generation.writing.tables import only_one_question, property_question, split_unit
from quizzes.generation.writing.topics import as_place, in_topic, topic_of


@pytest.mark.parametrize(
    ("task", "expected"),
    [
        ("updates all the remote branches", "update all the remote branches"),
        ("Lists running containers", "list running containers"),
        ("Listing the files", "list the files"),
        ("delete an image", "delete an image"),
        ("Stop/start a container", "stop/start a container"),
        ("Logs of a container", None),  # a noun phrase, not an action
        ("The version of Docker", None),
        ("$HOME directory", None),
    ],
)
def test_imperative_puts_the_verb_in_its_base_form_or_refuses(task, expected):
    assert imperative(task) == expected


@pytest.mark.parametrize(
    ("noun", "expected"),
    [("hour", "an hour"), ("URL", "a URL"), ("SQL table", "an SQL table"), ("virtual machine", "a virtual machine")],
)
def test_articles(noun, expected):
    assert with_article(noun) == expected


def test_number_and_names():
    assert is_plural("containers") and not is_plural("data") and not is_plural("Kubernetes")
    assert not is_plural("process")
    assert reads_as_name("Docker Engine") and reads_as_name("JavaScript") and reads_as_name("Hypervisor")
    assert not reads_as_name("Container engine")
    assert as_common("Virtual Machines", heading=True) == "virtual machines"
    assert as_common("Docker", heading=True) == "Docker"


@pytest.mark.parametrize(
    ("term", "definition", "expected"),
    [
        ("container", "a standard unit of software", "a container"),
        ("Container engine", "a piece of software", "a container engine"),
        ("containers", "units of software", "containers"),
        ("Containerization", "a form of OS-level virtualization", "Containerization"),
        ("virtualization", "a form of abstraction", "virtualization"),
        ("API", "an interface that programs call", "an API"),
        ("Docker Engine", "an open source technology", "Docker Engine"),
    ],
)
def test_subject_form(term, definition, expected):
    assert subject_form(term, definition) == expected


_NETWORKING = (
    "# Networking\n\nTCP (Transmission Control Protocol) is a protocol. TCP is slower than UDP, while UDP "
    "is not as reliable as TCP. An API is called by programs, and APIs return data. Use a WHERE clause to filter.\n\n"
    "While this may sound strange, see the effect of dropout on training. During dropout we train less. "
    "Each type of hypervisor runs one guest per hypervisor.\n\n"
    "- **Neighbor** - Parent or child of a node\n- **Degree** - Number of children of a node\n"
)


@pytest.mark.parametrize(
    ("term", "definition", "expected"),
    [
        # the document writes the term bare, and never counted: no article whatever the definition says
        ("TCP", "a connection-oriented protocol", "TCP"),
        ("UDP", "a connectionless protocol", "UDP"),
        ("dropout", "an interesting technique that removes neurons", "dropout"),
        # counted in the text ("an API", "APIs"): an article
        ("API", "an interface that programs call", "an API"),
        # "a WHERE clause" counts the clause, not WHERE
        ("WHERE", "the clause that filters rows", "WHERE"),
        # not in the prose: a bare definition naming one thing counts the term, a quantity does not
        ("neighbor", "Parent or child of a node", "a neighbor"),
        ("degree", "Number of children of a node", "degree"),
        ("virtualization", "Process of creating a virtual version", "virtualization"),
        # "a type of hypervisor", "per node": a counted noun without its article, no sign
        ("hypervisor", "a piece of software that runs virtual machines", "a hypervisor"),
    ],
)
def test_the_article_follows_how_the_document_writes_the_term(term, definition, expected):
    with names_of(_NETWORKING):
        assert subject_form(term, definition) == expected


@pytest.mark.parametrize(
    ("path", "topic"),
    [
        (("Kanban", "Example"), "Kanban"),
        (
            ("Terrarium Project Part 3: DOM Manipulation and JavaScript Closures", "Before We Begin"),
            "DOM Manipulation",
        ),
        (("Introduction to Programming Languages and Modern Developer Tools",), "Programming Languages"),
        (("Least Recently Used (LRU) Cache", "The problem statement"), "LRU Cache"),
        (("JavaScript Algorithms and Data Structures", "Data Structures"), "Data Structures"),
        (("Creating a game using events", "Event driven programming"), "Event driven programming"),
        (("Creating a game using events", "JavaScript", "Add typing logic"), "JavaScript"),
        (("Browser Extension Project Part 1: All about Browsers",), "Browsers"),
        (("Weighted Random", "Applications of Weighted Random"), "Weighted Random"),
        (("Virtualization", "Virtual Machines Vs Containers"), "Virtualization"),
        (("Web", "Why Use Pointer Events?"), "Web"),
        (("Banking App", "Adding navigation"), "Banking App"),
        (("Bloom Filter", "Making the filter"), "Bloom Filter"),
        (("Drag", "Building the Drag Element Closure"), "Drag Element Closure"),
        (("Algorithms", "Sorting Algorithms"), "Sorting Algorithms"),
        (("🌱 Getting Started",), ""),  # says what kind of page it is, not what it is about
        (("Dijkstra's Algorithm", "Step-by-step Dijkstra's algorithm example"), "Dijkstra's Algorithm"),
        (("Terrarium Project Part 2: Introduction to CSS", "Inheritance", "Task"), "CSS inheritance"),
        (("Terrarium Project Part 2: Introduction to CSS", "Pre-Lecture Quiz"), "CSS"),
        (("Drag", "Understanding CSS Position Properties"), "CSS Position Properties"),
        (("Errors", "Handling errors"), "Errors"),
        (
            ("Levenshtein Distance", "Dynamic Programming Approach Explanation"),
            "Levenshtein Distance",  # "(dynamic programming approach)" would bury the question
        ),
        (("k-Means Algorithm", "Code Examples"), "k-Means Algorithm"),
        (("Weighted Random", "The Algorithm"), "Weighted Random"),
        (("Red–Black Tree", "If uncle is BLACK"), "Red–Black Tree"),
        (("Quicksort", "Time Complexities"), "Quicksort"),
        (("Banking App Part 2: Build a Login Form", "Submitting data to the server"), "login forms"),
        (("Build a Banking App Part 2: Build a Login Form", "Form and controls"), "login forms"),
        (("JavaScript Basics: Data Types", "Data Types", "Booleans"), "JavaScript booleans"),
        (("JavaScript Basics: Data Types",), "JavaScript data types"),
        (("Bash scripting", "Arrays", "Operations"), "Bash arrays"),
        (("Bash scripting cheatsheet", "Conditionals", "File conditions"), "Bash file conditions"),
        (("Bash scripting", "Miscellaneous", "Special variables"), "Bash special variables"),
        (("API Security Checklist", "Authentication"), "API Security authentication"),
        (("Virtualization", "Docker Engine", "Docker CLI Cheatsheet"), "Docker CLI"),
        (("Binary Search Tree", "Pseudocode for Basic Operations", "Insertion"), "Binary Search Tree"),
        (("Weighted Random", "Applications of Weighted Random"), "Weighted Random"),
        (("Offline Metrics", "Recall@k:"), "Recall@k"),
        (("Quick SQL", "1. Finding Data Queries"), "SQL"),
        (("Hill Cipher", "Decryption"), "Hill Cipher"),
        (("Languages", "Compared"), "Languages"),
        (("SQL", "1. Filtering"), "SQL filtering"),
        (("Bash scripting", "Miscellaneous"), "Bash"),
        (("Bash scripting", "History", "Commands"), "Bash"),
        (("Docker", "Docker CLI Cheatsheet"), "Docker CLI"),
        (("Networking glossary", "History"), "Networking"),
        (("Build a Banking App Part 1: Templates and Routes in a Single Page Web App", "Task"), "Templates and Routes"),
        (("Accessibility", "Good display principles", "Use the correct HTML"), "Accessibility"),
        (("Bash scripting", "Parameter expansions", "Substrings"), "Bash substrings"),
        (("Docker", "Kubernetes"), "Kubernetes"),
        (
            ("Introduction to Programming Languages and Modern Developer Tools", "Command Line Tools: Your Gateway"),
            "Command Line Tools",
        ),
        (("Quick SQL Cheatsheet", "2. Data Modification Queries"), "SQL"),
        ((), ""),
    ],
)
def test_topic_is_the_closest_heading_that_names_a_subject(path, topic):
    assert topic_of(path) == topic


@pytest.mark.parametrize(
    ("topic", "place"),
    [
        ("Euclidean algorithm", "the Euclidean algorithm"),
        ("Least Recently Used (LRU) Cache", "the Least Recently Used (LRU) Cache"),
        ("Quicksort", "Quicksort"),
        ("Dijkstra's algorithm", "Dijkstra's algorithm"),
        ("Data validation", "data validation"),
        ("Screen readers", "screen readers"),
        ("Event driven programming", "event driven programming"),
        ("Bash scripting", "Bash scripting"),
        ("Login and Registration Form", "the Login and Registration Form"),
        ("Methods and Functions", "methods and functions"),
        ("Code Editors", "code editors"),
        ("Hill Cipher", "the Hill Cipher"),
        ("The Cascade", "The Cascade"),
        ("Cross Entropy", "Cross Entropy"),  # a quantity: 'entropies' is seldom said
    ],
)
def test_a_countable_topic_gets_its_article(topic, place):
    assert as_place(topic) == place
    assert in_topic(topic, "What is it?") == f"In {place}, what is it?"


def test_a_prompt_with_a_context_of_its_own_gets_no_second_one():
    prompt = "In JavaScript, all values are truthy unless defined as _____."
    assert in_topic("JavaScript booleans", prompt) == prompt


def test_in_topic_keeps_a_name_capitalised_and_skips_a_named_topic():
    assert in_topic("Kanban", "What is a board?") == "In Kanban, what is a board?"
    assert in_topic("Web", "JavaScript runs in the _____.") == "In Web, JavaScript runs in the _____."
    assert in_topic("Java", "What is a class?") == "In Java, what is a class?"
    assert in_topic("Docker", "What is Docker Engine?") == "What is Docker Engine?"


@pytest.mark.parametrize(
    ("column", "truth", "question"),
    [
        ("Coherent", False, "Which measure is the only one that is not coherent?"),
        ("Complete", True, "Which measure is the only one that is complete?"),  # no adjective to lemminflect
        ("Supported", False, "Which measure is the only one that is not supported?"),
        ("Thread-safe", True, "Which measure is the only one that is thread-safe?"),
        ("Nullable", False, "Which measure is the only one that is not nullable?"),
        ("Has a nucleus", True, "Which measure is the only one that has a nucleus?"),
        ("Supports transactions", False, "Which measure is the only one that does not support transactions?"),
        ("Can fly", False, "Which measure is the only one that cannot fly?"),
        ("Transactions", True, "Which measure is the only one with transactions?"),
        ("Mobile app", False, "Which measure is the only one without a mobile app?"),
        ("Condition 2", True, "Which measure is the only one with condition 2?"),
    ],
)
def test_the_only_one_question_reads_by_what_the_header_is(column, truth, question):
    assert only_one_question("measure", column, truth) == question


def test_the_only_one_question_without_a_kind_of_row():
    assert only_one_question("", "Stable", True) == "Which is the only one that is stable?"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("443", "number"),
        ("1.5 ms", "number"),
        ("docker run -d IMAGE", "code"),
        ("O(log n)", "code"),
        ("Docker", "name"),
        ("DualPower (y > 1)", "name"),  # a short qualifier leaves a name a name
        ("digamma function (i.e. the derivative of loggamma at x)", "code"),
        ("virtual machine", "term"),
        ("a long sentence that explains what the thing does in detail", "sentence"),
    ],
)
def test_shape_of_an_answer(text, kind):
    assert shape(text) == kind


def test_distractors_share_the_answer_shape_and_are_never_true():
    pool = ["80", "SSH", "443", "8080", "22", "53", "a port"]
    assert sorted(honest_distractors("22", pool, "k", also_true={"53"})) == ["443", "80", "8080"]


def test_commands_only_compete_with_commands_and_case_is_matched():
    pool = ["docker ps", "Storage Virtualization", "docker images", "docker rmi IMAGE"]
    assert "Storage Virtualization" not in honest_distractors("docker pull IMAGE", pool, "k", command=True)
    assert sorted(honest_distractors("Hypervisor", ["container engine", "Kubelet", "Podman"], "k")) == [
        "Container engine",
        "Kubelet",
        "Podman",
    ]


def test_no_multiple_choice_without_three_honest_distractors():
    assert mcq("k", "Which port does SSH use?", "22", ["80", "SSH", "HTTP", "443"]) is None
    card = mcq("k", "Which port does SSH use?", "22", ["80", "8080", "443"])
    assert card and sorted(card.choices) == ["22", "443", "80", "8080"]


@pytest.mark.parametrize(
    ("term", "sentence", "informative"),
    [
        ("Provides", "Provides a structured way to access any element", False),
        ("value", "The value is stored in the variable named count", False),
        ("Element Types", "Element Types: div elements take the full width", False),
        ("bare metal", "A type 1 hypervisor runs on bare metal", True),
        ("O(n)", "Lookup takes O(n) time in a list", True),
        ("Dijkstra", "Dijkstra published the algorithm in 1959", True),
    ],
)
def test_cloze_blanks_only_an_informative_span(term, sentence, informative):
    assert informative_span(term, sentence) is informative


@pytest.mark.parametrize(
    ("column", "question"),
    [
        ("Has a nucleus", "Does Prokaryotic have a nucleus?"),
        ("Is motile", "Is Prokaryotic motile?"),
        ("Size", "What is the size of Prokaryotic?"),
        ("DNA location", "What is the DNA location of Prokaryotic?"),
        ("2", None),
        ("S", None),
    ],
)
def test_property_questions_fit_the_column(column, question):
    assert property_question("Prokaryotic", column, rated=False) == question


@pytest.mark.parametrize(
    ("column", "value", "question"),
    [
        ("Comments", "Usually in place", None),
        ("Best For", "Small arrays", "What is insertion sort best for?"),
        ("Limitations", "Slow on large input", "What are the limitations of insertion sort?"),
        # A column that is a question asks it of the row; one about the walkthrough is not asked.
        ("What It Measures", "Horizontal position", "What does insertion sort measure?"),
        ("What they control", "The top edge", "What does insertion sort control?"),
        ("How We Use It", "Vertical positioning during drag", None),
        ("Which one", "The first", None),
    ],
)
def test_property_questions_fit_the_values_and_number(column, value, question):
    question_asked = property_question("Insertion sort", column, rated=False, value=value)
    assert question_asked == question
    assert question_asked is None or not re.search(r"\btable\b", question_asked)


@pytest.mark.parametrize(
    ("row", "column", "value", "names", "question"),
    [
        # A description column says what its row does, means or is.
        ("git status", "Description", "Show the working tree status", False, "What does git status do?"),
        ("git log", "Description", "Show commit logs", False, "What does git log do?"),
        ("Ctrl+C", "Action", "Copy", False, "What does Ctrl+C do?"),
        ("404", "Meaning", "Not Found", False, "What does 404 mean?"),
        ("===", "Description", "Strict equality", False, "What is ===?"),
        ("$?", "Description", "Exit status of last task", False, "What does $? stand for?"),
        ("Process manager", "Description", "Process list and kill switch", False, "What is process manager?"),
        ("PostgreSQL", "Description", "Relational database", True, "What is PostgreSQL?"),
        ("Redis", "Description", "Persists data to disk", True, "What does Redis do?"),
        # A yes/no column whose verb is also a noun, a count, a unit.
        ("Cassandra", "Supports transactions", "No", True, "Does Cassandra support transactions?"),
        ("Mars", "Moons", "2", True, "How many moons does Mars have?"),
        ("Giant planets", "Moons", "146", False, "How many moons do giant planets have?"),
        ("Mars", "Diameter (km)", "6779", True, "What is the diameter of Mars?"),
        ("Touch Events", "Best for", "Mobile", True, "What are Touch Events best for?"),
    ],
)
def test_property_questions_fit_descriptions_counts_and_units(row, column, value, names, question):
    assert property_question(row, column, rated=False, value=value, names=names) == question


def test_a_unit_moves_from_the_column_to_the_answer():
    assert split_unit("Diameter (km)") == ("Diameter", "km")
    assert split_unit("Size") == ("Size", "")
    assert split_unit("Notes (see the appendix for the full list)") == (
        "Notes (see the appendix for the full list)",
        "",
    )


@pytest.mark.parametrize(
    ("sentence", "stated"),
    [
        ("A parameter is additional information sent to a function.", True),
        ("But let’s try to formalize it in a form of the algorithm.", False),
        ("In your terrarium folder, create a new file called script.js.", False),
        ("Note: the anchor element reloads the page by default.", False),
        ("If firstNumber is larger than secondNumber", False),
        ("Practice identifying when to use article and section elements.", False),
        ("Uses descriptive class names for every element", False),
    ],
)
def test_only_statements_become_clozes(sentence, stated):
    assert is_statement(sentence) is stated


def test_a_verb_definition_agrees_with_a_plural_subject():
    assert definition_statement("pos3 and pos4", "moves the element", "verb") == "pos3 and pos4 move the element."
    assert definition_statement("hypervisor", "creates and runs VMs", "verb") == "Hypervisor creates and runs VMs."


def test_title_case_keeps_its_small_words_and_is_a_name():
    assert reads_as_name("Divide and Conquer") and reads_as_name("Time on Page")
    assert not reads_as_name("Divide and conquer") and reads_as_name("Recall@k")


@pytest.mark.parametrize(
    "prompt",
    ["What does clientX measure?", "What is the use case of offsetTop?", "What does max_length limit?"],
)
def test_a_prompt_about_an_identifier_names_whose_it_is(prompt):
    # "for_each", "clientX": many languages and libraries have one; readers asked whose (sets A–B)
    assert in_topic("DOM Manipulation", prompt) == f"In DOM Manipulation, {prompt[0].lower()}{prompt[1:]}"


@pytest.mark.parametrize(
    "prompt",
    [
        "What is +?",
        "What is the id attribute used for?",
        "The _____ property holds clientX.",
        "Name the 2 hypervisors.",
    ],
)
def test_a_prompt_without_an_identifier_takes_its_topic(prompt):
    assert in_topic("JavaScript", prompt).startswith("In JavaScript, ")


def test_a_prompt_with_code_needs_no_bracketed_part_of_its_topic():
    assert in_topic("Quick SQL (joins)", "What does `LEFT JOIN` keep?") == "In Quick SQL, what does `LEFT JOIN` keep?"
    # the prompt names the part, in the singular: "(joins)" would say it twice
    assert in_topic("Quick SQL (joins)", "What is a join?") == "In Quick SQL, what is a join?"
    assert in_topic("Quick SQL (joins)", "What is a key?") == "In Quick SQL (joins), what is a key?"


def test_a_title_over_other_top_level_headings_is_the_documents_subject():
    markdown = (
        "# Quick SQL Cheatsheet\n\nA reminder of the queries.\n\n# 1. Finding Data Queries\n\n"
        "### **DISTINCT**: returns rows that do not have duplicates of specified column\n"
    )
    assert "In SQL, what does DISTINCT do?" in {c.front for c in generate(markdown, deck="sql").cards}
    chapters = "# 1. Arrays\n\nAn array holds values in order.\n\n# 2. Maps\n\nA map holds values by key.\n"
    assert parse(chapters).title == ""  # numbered chapters: no title over them


def test_a_keyword_is_not_a_subject_and_needs_one():
    assert topic_of(("SQL", "LIKE")) == "SQL"
    assert needs_topic("LIKE") and needs_topic("ORDER BY")
    assert not needs_topic("API") and not needs_topic("Kubernetes")


def test_a_headings_complexity_and_capitals_stay_out_of_the_sentence():
    assert (
        topic_of(("Best Time to Buy and Sell Stock", "Peak Valley Approach O(n)")) == "Best Time to Buy and Sell Stock"
    )
    assert (
        in_topic("JavaScript data types", "Data Types are primitives.") == "In JavaScript, data types are primitives."
    )
    assert in_topic("Screen readers", "On Windows Narrator is included.").endswith("on Windows Narrator is included.")


def test_a_singular_noun_ending_in_s_stays_itself():
    from quizzes.generation.writing.grammar import is_plural, singular

    assert [singular(w) for w in ("alias", "bus", "status", "aliases", "queries")] == [
        "alias", "bus", "status", "alias", "query",
    ]  # fmt: skip
    assert not is_plural("the rm alias")


@pytest.mark.parametrize(
    "term, definition, question, reverse",
    [
        # A quality glossed by a rule is no thing that "is" something.
        (
            "Short",
            "A name must not take long to type and, therefore, remember",
            "What does “Short” mean?",
            "Which term describes this: “A name must not take long to type and, therefore, remember”?",
        ),
        # A gloss with its own subject and verb is quoted, not read as "the term for a developer may …".
        (
            "The personnel gap",
            "Developers write code, ops engineers deploy it",
            "What is the personnel gap?",
            "Which term describes this: “Developers write code, ops engineers deploy it”?",
        ),
        ("The time gap", "A developer may work on code for months.", "What is the time gap?", None),
        # A keyword in capitals stays a name.
        ("DISTINCT", "returns rows that do not have duplicates", "What does DISTINCT do?", None),
    ],
)
def test_a_gloss_that_is_a_sentence_or_a_term_that_is_a_quality(term, definition, question, reverse):
    from quizzes.generation.writing.prompts import definition_question, definition_shape, term_question

    assert definition_question(term, definition, []) == question
    if reverse:
        assert term_question(definition, definition_shape(definition)) == reverse


@pytest.mark.parametrize(
    "noun, plural", [("time between deploys", False), ("number of elements", False), ("code authors", True)]
)
def test_a_noun_phrase_agrees_with_its_head_not_its_modifier(noun, plural):
    assert is_plural(noun) is plural


def test_one_things_attribute_takes_the():
    assert subject_form("value of the overrides property") == "the value of the overrides property"
    assert subject_form("default value of tabWidth") == "the default value of tabWidth"
    assert subject_form("kind of tree") != "the kind of tree"  # one kind among several
