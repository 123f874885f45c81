"""Prose clozes: which sentences are worth a card, and which blank a reader cannot guess."""

import pytest

from quizzes.generation.extractors import key_sentences, statements
from quizzes.generation.language import (
    can_be_a_thing,
    describes_an_action,
    has_verb,
    headless,
    instruction,
    mostly_instructions,
    opens_mid_sentence,
    placeholder,
    related,
    restated_aside,
    scaffolding,
    without_also,
    without_marks,
)
from quizzes.generation.parsing import parse
from quizzes.generation.writing.prompts import (
    claim_of,
    fair_blank,
    given_away,
    heading_names,
    in_example_list,
    names_term,
)
from tests.quizzes.generation.helpers import cards_of, facts_of


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("On the right, Nicomachus' example with numbers 49 and 21 is drawn to scale.", "caption"),
        ("CTR= Number of Clicks/Number of Impressions ×100%", "formula"),
        ("The load factor = number of entries / number of buckets in the table.", "formula"),
        ("The colored arrows mark the bits each element sets in the array.", "caption"),
        ("MaxHeapAdhoc.js and MinHeapAdhoc.js hold the minimal versions of the heap.", "file name"),
        ("Since the advent of JavaScript in browsers, websites have grown more interactive.", "history"),
        ("Python has evolved significantly since its creation in the 1990s.", "history"),
        ("The defer attribute is crucial for scripts that touch the page.", "praise"),
        ("A span element could be used to create a button in the page.", "hedge"),
        ("Some data types have unique features that transform a value.", "vague subject"),
        ("However, most mainline clients support ARIA attributes by now.", "vague subject"),
        ("sittin → sitting (insertion of g at the end of the word)", "worked example"),
        ("Is Power of Two - check if the number is a power of two.", "index line"),
        ("For example, the weights of three items sum up to eleven.", "example"),
        ("💡 Pro Tip: the console shows every error the page raises.", "tip"),
        ("Node E is visited as well, being the closest one to the start.", "walkthrough"),
        ("The data is now ready to be sent to the server in one request.", "narration"),
        ("Quicksort can then recursively sort the two halves of the array.", "narration"),
        ("The centroids are moving continuously towards the middle of their cluster.", "narration"),
        ("An a-by-b rectangle is tiled by squares of side c when c divides both.", "variables"),
        ("Each algorithm has its own README with links for further reading.", "pointer"),
        ("A closure is like a backpack that a function carries around.", "analogy"),
        ("The smallest square, 21, is the GCD of 1071 and 462.", "worked example"),
        ("Care must be taken to ensure that this information is read correctly.", "leaning"),
        ("Since they require a separate OS, virtual machines use more memory.", "leaning"),
        ("Although it does not return the paths, the algorithm finds their lengths.", "leaning"),
        ("Since there is only one left container, they are given ids in the markup.", "leaning"),
        ("The order of the items may checked by using the IterableIterator.", "broken grammar"),
    ],
)
def test_scaffolding_is_named(sentence, reason):
    assert scaffolding(sentence) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "The Levenshtein distance between two words is the minimum number of single-character edits.",
        "Unlike arrays, linked lists need no contiguous memory for their nodes.",
        "Clean Code was written by Robert C. Martin in 2008 for professional programmers.",
        "If a node is red, then both its children are black.",
        "Containers are lighter than virtual machines because they share the host kernel.",
        "Styles are inherited from an ancestor to a descendent, such that nested elements inherit them.",
        "The run time complexity is O(log(b)) where b is the operand that halves each step.",
        "A binary search tree, such as an AVL tree, keeps its keys in sorted order.",
        "Every string is stored as a sequence of UTF-16 code units.",
        "A script may embed a frame, and the frame can run its own code.",
        "Container images are typically only a few megabytes in size.",  # an image that is no figure
    ],
)
def test_claims_are_not_scaffolding(sentence):
    assert scaffolding(sentence) == ""


def test_related_words_share_all_but_the_ending():
    assert related("reader", "readers") and related("virtualize", "Virtual") and related("Euclid's", "Euclidean")
    assert not related("tree", "treat") and not related("strip", "strings") and not related("heap", "help")
    assert related("VM", "VMs") and not related("VM", "VPN")  # short words only as written, or plural


def test_a_blank_names_a_thing():
    assert can_be_a_thing("snapshot") and can_be_a_thing("Docker") and can_be_a_thing("O(1)")
    assert not can_be_a_thing("contiguous") and not can_be_a_thing("assistive")  # known and unknown adjectives
    assert describes_an_action("natively") and describes_an_action("highly")
    assert not describes_an_action("family")  # a noun that ends in -ly
    assert not describes_an_action("Italy")


def test_the_sentence_must_not_give_the_blank_away():
    assert given_away("virtualize", "Virtual machines are heavy since they virtualize an entire machine.")
    assert given_away("Euclid's", "The Euclidean algorithm, or Euclid's algorithm, finds the GCD.")
    # A wider term beside a many-word answer leaves the answer to recall.
    assert not given_away("binary search trees", "binary search trees, sometimes called sorted binary trees, are …")
    assert not given_away("host kernel", "Containers share the host kernel with each other.")


def test_the_headings_must_not_name_the_blank():
    assert heading_names("reader", ("Accessibility", "Screen readers"))
    assert heading_names("Quicksort", ("Quicksort",))
    assert heading_names("O(2^n)", ("Stocks", "Divide and conquer O(2^n)"))
    assert not heading_names("O(1)", ("Peak Valley Approach O(n)",))  # an "O" alone names nothing
    assert not heading_names("black depth", ("Red–Black Tree", "Properties"))  # its head word is new


def test_the_subject_may_be_the_blank_only_where_it_is_defined():
    assert fair_blank(
        "Levenshtein", "The Levenshtein distance between two words is the minimum number of edits.", ("Levenshtein",)
    )
    assert not fair_blank("Quicksort", "Quicksort can recursively sort the sub-arrays in place.", ("Quicksort",))
    assert not fair_blank("heap", "The node at the top of the heap is called the root node.", ("Heap",))
    assert fair_blank(
        "binary search trees",
        "In computer science, binary search trees are a particular type of container.",
        ("Binary Search Tree",),
    )


def test_one_blank_and_not_one_of_an_open_list():
    assert not fair_blank("penguin", "The little penguin, or fairy penguin, is the smallest penguin.", ("Birds",))
    assert in_example_list("drags", "The DOM responds to interactions like clicks and drags")
    assert not in_example_list("VoiceOver", "On macOS and iOS, VoiceOver is installed by default.")
    assert not in_example_list("Docker", "Docker, like other engines, runs containers.")


def test_a_claim_loses_its_reader_clause_and_its_consequence_lead():
    sentence = 'The weighted random is used in the "Selection" phase, when we need to select the fittest.'
    assert claim_of(sentence) == 'The weighted random is used in the "Selection" phase.'
    assert claim_of("On average, this means that each lookup halves the tree.") == (
        "On average, each lookup halves the tree."
    )
    assert claim_of("This means that it halves.") == "This means that it halves."  # a pronoun is still left
    assert claim_of("It runs, when we ask.") == "It runs, when we ask."  # too little claim left


def test_a_complexity_is_not_named_by_another_complexity():
    assert not names_term("Peak Valley Approach O(n)", "O(1)")
    assert names_term("Red Black Tree", "red–black tree")


def test_a_section_yields_its_best_few_statements():
    markdown = "## Networking\n" + "".join(
        f"{s}\n\n"
        for s in (
            "UDP delivers datagrams without any guarantee of arrival or order.",
            "TCP adds a header of at least 20 bytes and keeps state per connection.",
            "The loopback interface answers on 127.0.0.1 on every host.",
            "A router forwards packets between networks by their destination prefix.",
            "Multicast traffic reaches every subscriber of a group address at once.",
        )
    )
    facts = facts_of(markdown, "statements")
    assert len(facts) == statements.PER_SECTION
    assert [f.fields["answer"] for f in facts] == sorted(
        (f.fields["answer"] for f in facts), key=lambda a: markdown.index(a)
    )  # kept in reading order


def test_no_blank_on_an_owner_or_a_word_about_describing():
    sentence = "Virtual machines suit applications that require an operating system’s full functionality."
    assert statements._answer(sentence, "claim", ("VMs",)) is None  # not "system’s", not "functionality"
    facts = facts_of("## Arrays\nThe syntax for an array literal is a pair of brackets.\n", "statements")
    assert [f.fields["answer"] for f in facts] == ["brackets"]  # the fact, not "syntax"


def test_a_sentence_no_card_comes_of_takes_no_place_in_the_budget():
    markdown = (
        "## Arrays\n"
        "In the example above, the value Chocolate has an index of 0 in the list.\n\n"  # "above": no card
        "In the example above, the value Rocky Road has an index of 4 in the list.\n\n"
        "Multiple values in an array are separated by a comma.\n\n"
        "In some programming languages, indexes start at 1 rather than 0.\n"
    )
    facts = facts_of(markdown, "statements")
    assert len(facts) == statements.PER_SECTION and not any("above" in f.fields["sentence"] for f in facts)


def test_a_long_section_gives_more_statements_but_only_strong_ones():
    sentences = (
        "Packfiles store objects as deltas against similar objects to save space.",
        "Objects are addressed by the SHA-1 hash of their content in the store.",
        "On macOS, containers must run a Linux host VM to share a kernel.",  # strong: a name
        "Virtual machines can be scaled by adding extra machines that carry the workload.",  # weak
    )
    filler = "Plain words fill this paragraph so that the section grows long enough to matter here."
    markdown = "## Storage\n" + "\n\n".join((*sentences, *[filler] * 8)) + "\n"
    assert statements.budget(parse(markdown).sections[0]) == statements.PER_SECTION + 1
    answers = [f.fields["answer"] for f in facts_of(markdown, "statements")]
    assert "Linux" in answers and "workload" not in answers and len(answers) == statements.PER_SECTION + 1


def test_an_acronym_ranks_as_a_name_and_a_full_name_is_one_blank():
    [fact] = facts_of("## Git\nObjects are addressed by the SHA-1 hash of their content in the store.\n", "statements")
    assert fact.fields["answer"].startswith("SHA-1")
    [fact] = facts_of("## Cells\nRudolf Virchow states that every cell arises from another cell.\n", "statements")
    assert fact.fields["answer"] == "Rudolf Virchow"


def test_practice_sections_yield_no_prose_cards():
    markdown = "## 🚀 Challenge\nUDP delivers **datagrams** without any guarantee of arrival or order.\n"
    assert facts_of(markdown, "statements") == [] and facts_of(markdown, "key_sentences") == []


def test_no_blank_on_a_verb_an_adverb_or_a_date_of_a_range():
    assert facts_of("## Cipher\nWithout an invertible matrix it is impossible to decrypt.\n", "statements") == []
    cards = cards_of("## Docker\nLinux containers run natively without any emulation layer.\n", "cloze")
    assert all(c.back != "natively" for c in cards)
    [fact] = facts_of(
        "## Printing\nThe printing press was built by Johannes Gutenberg (1400–1468) in Mainz.\n", "statements"
    )
    assert fact.fields["answer"] == "Johannes Gutenberg"  # not 1400 nor 1468, though numbers rank high


def test_key_sentences_skip_paths_adverbs_and_signature_lists():
    assert facts_of("## Repo\nThe seed document lives in `fixtures/` for the tests.\n", "key_sentences") == []
    assert facts_of("## Docker\nDocker's platform allows for **highly portable** workloads.\n", "key_sentences") == []
    signature = "## LRU\n- `get(int key)` Return the value of the key if the key exists.\n"
    assert facts_of(signature, "key_sentences") == []


def test_key_sentences_skip_a_paragraph_label_and_a_paragraph_long_sentence():
    label = "## Style\n**cookiecutter-django (the project)**. config/ holds settings, urls and the Celery app.\n"
    assert facts_of(label, "key_sentences") == []
    long = "## Docker\nContainers share the **host kernel** " + "and a few more words " * 10 + "at the end.\n"
    assert facts_of(long, "key_sentences") == []


def test_key_sentences_keep_the_best_few_per_section():
    markdown = "## Data structures\n" + "".join(
        f"- {s}\n"
        for s in (
            "A heap keeps its **maximum** at the root node of the tree.",
            "Insertion into a heap takes **O(log n)** time in the worst case.",
            "A **Fibonacci heap** merges two heaps in constant amortised time.",
            "The **heapify** step restores the order after a removal.",
        )
    )
    facts = facts_of(markdown, "key_sentences")
    assert len(facts) == key_sentences.PER_SECTION
    assert "maximum" not in {f.fields["term"] for f in facts}  # the everyday word loses to code and names


# Round 2: shapes of held-out prose that are no claims, and blanks that ask nothing.


@pytest.mark.parametrize(
    "sentence",
    [
        "[ ] Use encryption on all sensitive data.",  # a task-list checkbox
        "[x] Limit requests (throttling) to avoid DDoS attacks.",
        "Don't store sensitive data in the payload, it can be decoded easily.",
        "Always validate the redirect URI on the server side.",
        "Encrypt all traffic between the services of the cluster.",
        "💡 Make sure the port is free before starting the server.",
    ],
)
def test_checklist_items_and_advice_are_instructions(sentence):
    assert instruction(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Merge sort is a divide and conquer algorithm.",
        "Access control lists name who may read a file.",
        "📚 Learn More: The DOCTYPE declaration prevents quirks mode.",  # a call-out label, then a claim
        "Stacks follow the last in, first out order.",
        "SELECT TOP number columns FROM table WHERE condition;",  # a keyword in capitals, not "select"
    ],
)
def test_claims_are_not_instructions(sentence):
    assert not instruction(sentence)


def test_a_description_without_its_subject_is_headless():
    assert headless("\ue000Stores\ue001 position coordinates and object type in the constructor")  # bold verb
    assert headless("Initializes tracking variables with let")  # a verb that is no noun
    assert headless("Uses contrasting colors for accessibility")  # no verb a plural could take follows
    assert not headless("Stacks follow the last in, first out order.")
    assert not headless("Styles are inherited from an ancestor to a descendant.")
    assert not headless("Sets focus to the textbox")  # "focus" could be the plural's verb: not sure, kept


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("A recursive merge sort algorithm used to sort an array of 7 integer values.", False),  # caption
        ("A quick reminder of all relevant SQL queries and examples on how to use them.", False),  # blurb
        ("JetBrains WebStorm (Paid, free for students)", False),  # the parenthesis is an aside
        ("Containers share the host kernel with each other.", True),
        ("A type 1 hypervisor runs on bare metal.", True),
        ("Anything that goes into an if needs to evaluate to true or false.", True),
        ("Tim Berners-Lee invented the web in 1989.", True),
    ],
)
def test_a_statement_has_a_verb(sentence, verb):
    assert has_verb(sentence) is verb


def test_a_bullet_going_on_from_its_heading_opens_mid_sentence():
    assert opens_mid_sentence("essentially the IN operator is shorthand for multiple OR conditions")
    assert not opens_mid_sentence("npm installs the packages a project lists.")
    assert not opens_mid_sentence("The IN operator is shorthand for multiple OR conditions.")


def test_a_parenthesis_restates_what_stands_before_it():
    assert restated_aside("BFS", "Breadth-first search (BFS) is an algorithm for graphs.")
    assert restated_aside("TTL", "Make token expiration (TTL, RTTL) as short as possible.")
    assert restated_aside("underscore", "_ (underscore) is a wildcard character.")
    assert restated_aside("Breadth-first", "Breadth-first search (BFS) is an algorithm for graphs.")
    assert not restated_aside("2000", "The data sent is limited in size (about 2000 characters).")


def test_a_placeholder_is_no_fact_but_a_tag_is():
    assert placeholder("$([do something])") and placeholder("git checkout <branch>")
    assert not placeholder("<input>") and not placeholder("git config --list")


def test_marks_of_layout_leave_the_explanation():
    assert without_marks("✅ A little history: the first browser") == "A little history: the first browser"
    assert without_marks("[ ] Use HSTS") == "Use HSTS"
    assert without_marks("% (percent sign) is a wildcard") == "% (percent sign) is a wildcard"


def test_checklists_and_walkthrough_lists_yield_no_statements():
    checklist = "## Access\n- [ ] Use HSTS header with SSL to avoid the SSL Strip attack.\n"
    checklist += "- [ ] Use encryption on all sensitive data before it leaves the host.\n"
    assert facts_of(checklist, "statements") == [] and facts_of(checklist, "key_sentences") == []
    walkthrough = "## Game\n**Breaking down what happens here:**\n\n"
    walkthrough += "- **Stores** position coordinates (`x`, `y`) and object type in the constructor\n"
    walkthrough += "- **Captures** references to DOM elements using `document.getElementById()` for access\n"
    assert facts_of(walkthrough, "statements") == [] and facts_of(walkthrough, "key_sentences") == []


def test_items_under_a_lead_in_pointing_elsewhere_are_not_stated_alone():
    markdown = (
        "## Forms\nThe GET method appends the form data to the URL. This method has some shortcomings though:\n\n"
        "- The data sent is very limited in size (about 2000 characters)\n"
        "- The data is directly visible in the URL of the browser window\n"
    )
    assert all("2000" not in f.fields["sentence"] for f in facts_of(markdown, "statements"))


def test_a_symbol_named_in_parentheses_is_the_blank_without_its_name():
    [card] = cards_of("## LIKE\n- _ (underscore) is a wildcard character that represents a single character\n", "cloze")
    assert card.back == "_" and "underscore" not in card.front
    assert card.front.endswith("_____ is a wildcard character that represents a single character")


def test_the_bound_is_blanked_not_one_of_two_names():
    markdown = "## LRU\nThe functions `get()` and `set()` must each run in `O(1)` average time complexity.\n"
    [fact] = facts_of(markdown, "key_sentences")
    assert fact.fields["term"] == "O(1)"
    peers = "The calls \ue002get()\ue003 and \ue002set()\ue003 are both hashed lookups."  # code spans, as parsed
    answer = statements._answer(peers, "claim", ("LRU",))
    assert answer is None or answer[1] not in ("get()", "set()")


def test_the_source_of_a_claim_and_half_a_name_are_no_blanks():
    answer = statements._answer(
        'Event, according to Merriam-Webster, is defined as "something which happens".', "claim", ("Events",)
    )
    assert answer is None or answer[1] != "Merriam-Webster"
    answer = statements._answer(
        "The command palette provides quick access to all VS Code commands.", "claim", ("Editors",)
    )
    # Half a name is never the blank; the whole name qualifying "all … commands" is none either
    # (a teacher dropped "quick access to all _____ commands": the name only says whose).
    assert answer is None or answer[1] not in ("Code", "VS Code")


def test_the_command_an_instruction_shows_is_no_blank():
    markdown = "## Setup\nTo check if Git is already configured you can type: `git config --list`\n"
    assert facts_of(markdown, "key_sentences") == []
    markdown = "## Setup\nTo work on the project, switch to the right folder: `cd ProjectURL`\n"
    assert facts_of(markdown, "key_sentences") == []
    markdown = "## Objects\nAccess object properties using dot notation (`weatherData.windSpeed`) in code.\n"
    assert facts_of(markdown, "key_sentences") == []


def test_also_after_an_auxiliary_points_back_and_is_left_out():
    assert (
        without_also("Insertions are also performed in O(log n) time.") == "Insertions are performed in O(log n) time."
    )
    assert without_also("Also, heaps are trees.") == "Also, heaps are trees."  # a connective: not this rule's


def test_an_open_list_is_scaffolding():
    assert scaffolding("Event listeners can update the UI, make calls to the server, or whatever else is needed.")
    assert scaffolding("Buttons, inputs, selects etc. are form controls of the page.") == "open list"


def test_an_option_is_no_blank_without_its_command():
    assert (
        facts_of("## Input\nThe `-r` option disables a peculiar legacy behavior with backslashes.\n", "key_sentences")
        == []
    )
    [fact] = facts_of("## Input\nWith `read`, the `-r` option keeps backslashes as they are typed.\n", "key_sentences")
    assert fact.fields["term"] in ("read", "-r")


def test_an_item_of_a_checklist_is_a_step_whatever_its_grammar():
    markdown = (
        "## Input\n- Use HTTPS on the server side to avoid a MITM attack.\n"
        "- Limit requests (throttling) to avoid **DDoS** and brute-force attacks.\n"
        "- Validate the content-type on the request's Accept header.\n"
    )
    assert facts_of(markdown, "statements") == [] and facts_of(markdown, "key_sentences") == []
    assert mostly_instructions(("Use HTTPS everywhere.", "Requests carry a token in their header."))
    assert not mostly_instructions(("Use HTTPS everywhere.", "Requests carry a token.", "Tokens expire in a day."))


def test_a_bold_verb_bullet_takes_the_subject_its_lead_in_names():
    markdown = (
        "## Game\n**Understanding the constructor:**\n\n"
        "- **Stores** position coordinates and the sprite in a Float32Array buffer\n"
    )
    [card] = cards_of(markdown, "cloze")
    assert "the constructor stores position coordinates" in card.front and card.back.startswith("Float32Array")
