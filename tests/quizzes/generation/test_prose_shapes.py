"""Prose clozes a teacher keeps as written: the informative blank, a named subject, no asides,
and no cloze that repeats another card of the document."""

import pytest

from quizzes.generation.facts import CardDraft
from quizzes.generation.language import (
    clause_holding,
    given_by_the_sentence,
    opposite,
    repaired_opening,
    shares_a_root,
    with_named_referent,
    without_asides,
)
from quizzes.generation.selection import select_cards
from tests.quizzes.generation.helpers import cards_of


def clozes(markdown: str) -> list[tuple[str, str]]:
    return [(c.front, c.back) for c in cards_of(markdown, "cloze")]


def test_a_cloze_of_the_sentence_a_definition_card_asks_is_dropped():
    markdown = (
        "## Linked List\nIn computer science, a **linked list** is a linear collection of data elements, "
        "in which linear order is not given by their physical placement in memory."
    )
    cards = cards_of(markdown)
    assert [(c.kind, c.front) for c in cards] == [("basic", "What is a linked list?")]


def test_a_defining_cloze_stays_when_no_other_card_asks_its_term_and_a_non_defining_one_stays_beside_one():
    cloze = CardDraft(
        key="c",
        kind="cloze",
        front="The _____ distance between two words is the minimum number of single-character edits.",
        back="Levenshtein",
        explanation="The Levenshtein distance between two words is the minimum number of single-character edits.",
        note_key="c",
        section="Levenshtein Distance",
    )
    uses = CardDraft(
        key="u",
        kind="cloze",
        front="A hash table uses a _____ to compute an index into an array of buckets.",
        back="hash function",
        explanation="A hash table uses a hash function to compute an index into an array of buckets.",
        note_key="u",
        section="Hash Table",
    )
    kept, _ = select_cards([cloze, uses])
    assert [c.key for c in kept] == ["c", "u"]
    asks = CardDraft(key="d", kind="basic", front="What is Levenshtein distance?", back="A string metric", note_key="d")
    # An awkward neighbour: a card asks about the blank, but the sentence does not define it.
    asks_table = CardDraft(key="t", kind="basic", front="What is a hash function?", back="A map of keys", note_key="t")
    kept, skipped = select_cards([asks, cloze, asks_table, uses])
    assert [c.key for c in kept] == ["d", "t", "u"]
    assert [s.reason for s in skipped] == ["its cloze restates a definition another card asks"]


def test_the_same_answer_after_the_same_word_in_two_sections_is_one_card():
    def cloze(key, section, front):
        return CardDraft(key=key, kind="cloze", front=front, back="O(1)", note_key=key, section=section)

    cards = [
        cloze("a", "Peak Valley", "The additional space complexity of the peak valley approach is _____."),
        cloze("b", "Accumulator", "The additional space complexity of the accumulator approach is _____."),
        cloze("c", "Bloom Filter", "In the Bloom Filter, both insertion and search are _____ operations."),
    ]
    kept, skipped = select_cards(cards)
    assert [c.key for c in kept] == ["a", "c"]  # "search are O(1) operations" is another claim
    assert [s.reason for s in skipped] == ["another cloze hides the same answer after the same word"]


def test_a_measure_of_an_unnamed_example_takes_its_owner_from_the_heading_or_is_no_card():
    path = ("Bit Manipulation", "Multiply Two Signed Numbers")
    assert (
        with_named_referent("The run time complexity is O(log b) where b halves on each step.", path)
        == "The run time complexity of multiplying two signed numbers is O(log b) where b halves on each step."
    )
    assert (
        with_named_referent("Additional space complexity is O(1).", ("Stocks", "Peak Valley Approach O(n)", "Space"))
        == "The additional space complexity of the peak valley approach is O(1)."
    )
    assert with_named_referent("The run time complexity is O(n).", ("Notes",)) is None
    assert with_named_referent("The complexity of quicksort is O(n log n).", ("Notes",)) == (
        "The complexity of quicksort is O(n log n)."
    )
    markdown = "# Notes\n\nHence, the run time complexity is `O(log(b))` where `b` is the operand halved on each step."
    assert clozes(markdown) == []


def test_the_subject_named_only_by_its_kind_takes_the_heading_that_names_it():
    markdown = (
        "# Dijkstra's Algorithm\n\n## Step-by-step example\n\n"
        "The algorithm uses a priority queue to always pull the next unvisited vertex that has the smallest distance."
    )
    [(front, back)] = clozes(markdown)
    assert front.startswith("Dijkstra's Algorithm uses a priority queue") and back == "unvisited vertex"
    # Under a heading that names no algorithm, "the algorithm" is anyone's.
    markdown = "# Graphs\n\n## Walking\n\nThe algorithm uses a priority queue to always pull the next unvisited vertex."
    assert clozes(markdown) == []
    assert with_named_referent("The cipher can be adapted.", ("Hill Cipher", "Encryption")) == (
        "The Hill Cipher can be adapted."
    )
    assert with_named_referent("The DOCTYPE declaration prevents quirks mode.", ("HTML",)) == (
        "The DOCTYPE declaration prevents quirks mode."
    )


def test_asides_are_trimmed_and_a_semicolon_clause_holding_the_answer_is_asked_alone():
    assert without_asides("The cipher can, of course, be adapted; arithmetic just needs to be done modulo 26.") == (
        "The cipher can be adapted; arithmetic needs to be done modulo 26."
    )
    truthy = "Interestingly, in JavaScript, all values are truthy."
    assert without_asides(truthy) == "In JavaScript, all values are truthy."
    assert without_asides("It holds just one element.") == "It holds just one element."  # "just" as "only" stays
    sentence = "A heap is a tree; the largest key is always stored at the root of the heap."
    assert clause_holding(sentence, "root") == "The largest key is always stored at the root of the heap."
    assert clause_holding(sentence, "key") == "The largest key is always stored at the root of the heap."
    assert clause_holding("A heap is a tree; so is it.", "tree") == "A heap is a tree; so is it."  # too short alone
    style = "A whole app in a few hundred lines; model member order and imports per Django's coding style."
    assert clause_holding(style, "imports") == style  # the clause has no verb: no statement alone


def test_the_blank_is_the_whole_term_not_the_noun_its_adjectives_predict():
    markdown = (
        "# Euclidean algorithm\n\nThe Euclidean algorithm is based on the principle that the greatest common divisor "
        "of two numbers does not change if the larger number is replaced by its difference with the smaller number."
    )
    assert ("greatest common divisor") in [back for _, back in clozes(markdown)]
    assert clozes("# Arrays\n\nThe syntax for an array is a pair of square brackets.") == [
        ("In arrays, the syntax for an array is a pair of _____.", "square brackets")
    ]
    trie = "All the descendants of a node have a common prefix of the string associated with that node."
    assert [back for _, back in clozes(f"# Trie\n\n{trie}")] == ["common prefix"]  # after the one-letter "a"
    # "a longer ___": the comparative is the contrast the sentence draws, no part of a name.
    vms = "Virtual machines have a longer lifecycle than containers, and are best used for longer periods."
    assert "longer lifecycle" not in [back for _, back in clozes(f"# Virtualization\n\n{vms}")]
    # "to be done ___": an adjective after "be" says how, it does not name the thing.
    for _, back in clozes("# Ciphers\n\nAll arithmetic needs to be done modulo the number of letters in the alphabet."):
        assert back != "done modulo"


def test_a_framing_word_a_vague_claim_or_one_of_two_names_is_no_blank():
    drawback = "A drawback of linked lists is that access time is linear (and hard to pipeline)."
    assert clozes(f"# Linked List\n\n{drawback}") == []
    assert clozes("# Loops\n\nEach iteration can vary in their variables, values, and conditions.") == []
    readers = "On Windows Narrator is included by default, and JAWS and NVDA can also be installed."
    assert clozes(f"# Screen readers\n\n{readers}") == [
        ("In screen readers, on Windows _____ is included by default, and JAWS and NVDA can be installed.", "Narrator")
    ]


def test_a_blank_whose_root_the_sentence_gives_is_no_blank():
    sentence = "To decrypt the message, each block is multiplied by the inverse of the matrix used for encryption."
    assert [back for _, back in clozes(f"# Hill Cipher\n\n## Decryption\n\n{sentence}")] in ([], ["inverse"])
    assert shares_a_root("encryption", "decrypt") and shares_a_root("unvisited", "visited")
    assert not shares_a_root("enable", "disable") and not shares_a_root("deletion", "election")


def test_what_goes_along_and_a_closing_example_are_asides_and_so_that_opens_a_clause_of_its_own():
    assert without_asides(
        "The insertion and deletion operations, along with the recoloring, are performed in O(log n) time."
    ) == ("The insertion and deletion operations are performed in O(log n) time.")
    assert without_asides("POST is the usual method, but GET is preferable, when searching for example.") == (
        "POST is the usual method, but GET is preferable."
    )
    python = "Languages such as Python, for example, are dynamic."
    assert without_asides(python) == "Languages such as Python are dynamic."
    # "On average" holds for the clause asked, and stays with it.
    sentence = (
        "On average, each comparison skips about half of the tree, so that each lookup takes time "
        "proportional to the logarithm of the number of items."
    )
    assert clause_holding(sentence, "logarithm") == (
        "On average, each lookup takes time proportional to the logarithm of the number of items."
    )
    markdown = f"# Binary Search Tree\n\n{sentence}"
    asked = "on average, each lookup takes time proportional to the _____ of the number of items."
    assert [front for front, _ in clozes(markdown)] == [
        f"In the binary search tree, {asked}"
    ]  # a heading's capitals on English words


def test_a_blank_the_sentence_gives_away_by_its_opposite_or_by_definition_is_no_blank():
    markdown = (
        "# JavaScript Data Types\n## Booleans\n"
        "Interestingly, in JavaScript, all values are truthy unless defined as falsy.\n\n"
        "## Example\nThe start node, by definition, has a distance of 0m from itself.\n\n"
    )
    assert clozes(markdown) == []


def test_a_subject_s_alias_in_passing_is_dropped_and_the_subject_is_the_blank():
    markdown = "## Functions\nA parameter (also sometimes called an **argument**), is additional information sent."
    # The alias fills the blank as well, so the answer says it: a learner who wrote it is right.
    assert clozes(markdown) == [
        ("In functions, a _____ is additional information sent.", "parameter (also called argument)")
    ]


def test_a_name_qualifying_all_of_a_kind_is_no_blank():
    assert given_by_the_sentence("VS Code", "The command palette provides quick access to all VS Code commands")
    assert not given_by_the_sentence("Linux", "On macOS, containers must run a Linux host VM.")
    assert not given_by_the_sentence("commands", "The command palette provides quick access to all VS Code commands")


def test_a_number_the_definition_does_not_give_and_a_word_of_the_same_side_stay_blanks():
    assert not given_by_the_sentence("O(1)", "The functions get() and set() must each run in O(1) average time.")
    assert not given_by_the_sentence("falsy", "A value is falsy when it converts to false in a condition.")
    assert opposite("truthy", "falsy") and opposite("Maximum", "minimal") and not opposite("important", "export")


def test_an_opening_phrase_on_title_cased_words_without_a_comma_is_given_one():
    markdown = '## Applications\nIn Genetic Algorithm the weighted random is used during the "Selection" phase.'
    mended = 'In Genetic Algorithm, the weighted random is used during the "_____" phase.'
    assert clozes(markdown) == [(mended, "Selection")]
    # A name keeps its capitals: the words cannot tell "Visual Studio Code" from a common noun.
    assert repaired_opening("In Visual Studio Code the palette lists commands.") == (
        "In Visual Studio Code, the palette lists commands."
    )
    as_written = "In Computer Science, a queue is a collection."
    assert repaired_opening(as_written) == as_written


@pytest.mark.parametrize(
    "sentence",
    [
        "You can use the `2>>` operator for STDERR like you used `>>` for STDOUT.",
        "The lecture demonstrates how macroeconomic forces create **paradoxes** in financial markets.",
    ],
)
def test_a_sentence_about_the_reader_s_course_through_the_material_gives_no_cloze(sentence):
    markdown = f"# Bash\n\n## Redirection\n\n{sentence}\n"
    assert not cards_of(markdown, "cloze")


def test_a_lower_case_note_reads_as_a_sentence_in_its_cloze():
    from quizzes.generation import _opens_with_small_word

    assert _opens_with_small_word("queries in the _____ cannot be correlated")
    # A command or an identifier keeps its case: "npm", "kubectl", "git.config".
    assert not any(map(_opens_with_small_word, ["kubectl get _____", "npm install _____", "x.y is _____"]))


@pytest.mark.parametrize(
    "sentence, step",
    [
        ("After 30 minutes place the dough inside the oven and bake as usual.", True),
        ("Then add the salt.", True),
        ("After the split, each node holds half the keys.", False),
        ("Next, the scheduler picks a process.", False),
    ],
)
def test_a_step_behind_its_timing_is_an_instruction(sentence, step):
    from quizzes.generation.language import instruction

    assert instruction(sentence) is step


def test_a_blank_on_the_sources_typo_gives_no_card():
    sentence = (
        "Cold water will slow down the microbiological activity, while warmer water will fuel yest and "
        "bacteria activity and have them working faster.\n"
    )
    # Alone, "yest" may be a word of its own; beside a document that keeps writing "yeast" it is a typo.
    assert any(c.back == "yest" for c in cards_of(f"# Sourdough\n\n{sentence}"))
    spelt = "# Sourdough\n\nThe yeast in the starter makes the dough rise. Dry yeast comes in packs.\n\n"
    assert not any(c.back == "yest" for c in cards_of(spelt + sentence))


def test_a_rare_term_the_document_keeps_writing_is_no_typo():
    from quizzes.generation.writing.grammar import misspelt, names_of

    text = "A cron job runs on a schedule. Edit the cron table with crontab. Each cron line has five fields."
    with names_of(text):
        assert misspelt("cron") == ""
    with names_of("Yeast makes bread rise; more yeast, faster rise. It will fuel yest and bacteria."):
        assert misspelt("yest") == "yeast"


def test_the_thing_of_a_titled_kind_is_named_by_the_heading_of_its_entry():
    path = ("Carnegie Libraries", "Richmond, 351 Ninth Avenue, built 1914")
    assert with_named_referent("The library was designed by Bliss & Faville in the Classical Revival style.", path) == (
        "The Richmond library was designed by Bliss & Faville in the Classical Revival style."
    )
    # a heading that names no member, or a title of another kind, names nothing
    assert with_named_referent("The library was designed in 1914.", ("Carnegie Libraries", "history of the branches"))
    assert "Richmond" not in with_named_referent("The library was designed in 1914.", ("Architects", "Richmond"))
