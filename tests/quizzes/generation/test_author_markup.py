"""The author's own cards and skip comments override guessing."""

from quizzes.generation import generate
from tests.quizzes.generation.helpers import cards_of, facts_of


def test_double_colon_is_a_basic_card_and_triple_colon_adds_the_reverse():
    cards = cards_of("What does TCP guarantee::In-order delivery\nCapital of France:::Paris\n")
    assert [(c.kind, c.front, c.back) for c in cards] == [
        ("basic", "What does TCP guarantee", "In-order delivery"),
        ("basic", "Capital of France", "Paris"),
        ("reverse", "Paris", "Capital of France"),
    ]


def test_a_question_mark_line_makes_a_multi_line_card():
    [card] = cards_of("Name the three\nprimary colours\n?\nRed, green\nand blue\n")
    assert (card.front, card.back) == ("Name the three primary colours", "Red, green and blue")


def test_cloze_deletions_with_the_same_number_hide_together():
    cards = cards_of("The {{c1::mitochondria}} is the {{c2::powerhouse}} of the {{c1::cell}}.\n")
    assert [(c.front, c.back) for c in cards] == [
        ("The _____ is the powerhouse of the _____.", "mitochondria … cell"),
        ("The mitochondria is the _____ of the cell.", "powerhouse"),
    ]


def test_highlights_are_cloze_deletions():
    cards = cards_of("Water boils at ==100 °C== at sea level.\n")
    assert [(c.kind, c.front, c.back) for c in cards] == [("cloze", "Water boils at _____ at sea level.", "100 °C")]


def test_code_with_double_colons_is_not_a_card():
    assert facts_of("Call `std::sort` on the vector before searching it.\n", "author") == []


def test_author_lines_are_not_guessed_from_again():
    markdown = "**Latency**: the time a message takes to arrive::about 20 ms\nLatency grows with distance here.\n"
    assert facts_of(markdown, "definitions") == []
    assert [f.cue for f in facts_of(markdown, "author")] == ["Latency: the time a message takes to arrive"]


def test_skip_comment_skips_the_next_block_and_skip_section_the_rest_of_the_section():
    markdown = (
        "# Alpha\n\n<!-- recall:skip -->\n- **Hidden**: a definition nobody should study\n\n"
        "**Kept**: a definition everybody should study\n\n"
        "## Beta\n\n<!-- recall:skip-section -->\n\n**Gone**: is a definition in a skipped section\n\n"
        "### Beta one\n\n**Gone too**: is a definition in a subsection of it\n\n"
        "## Gamma\n\n**Back**: is a definition after the skipped section\n"
    )
    bank = generate(markdown, deck="t")
    assert {f.cue for f in bank.facts if f.extractor == "definitions"} == {"Kept", "Back"}
    reasons = [s.reason for s in bank.skipped if s.block >= 0]
    assert reasons == [
        "skipped by the author (recall:skip)",
        "skipped by the author (recall:skip-section)",
        "skipped by the author (recall:skip-section)",
    ]


def test_author_card_keys_are_stable_across_edits_elsewhere():
    before = generate("# Net\n\nWhat is TCP::A protocol\n", deck="t").cards
    after = generate("# Net\n\nSome new intro sentence here.\n\nWhat is TCP::A protocol\n", deck="t").cards
    assert [c.key for c in before if c.front == "What is TCP"] == [c.key for c in after if c.front == "What is TCP"]


def test_a_cloze_hint_shows_in_the_blank():
    [card] = cards_of("{{c1::Paris::a city}} is the capital of France.\n")
    assert (card.front, card.back) == ("[a city] is the capital of France.", "Paris")


def test_author_cards_are_kept_as_written_even_where_the_lint_would_drop_a_generated_card():
    # A pronoun opening, the answer in the prompt and two cards of one kind: the lint's business
    # for generated cards, the author's choice here.
    markdown = "This one is the answer: yes::yes\nIt runs first::It\nIt runs second::Really\n"
    cards = cards_of(markdown)
    assert [(c.front, c.back) for c in cards] == [
        ("This one is the answer: yes", "yes"),
        ("It runs first", "It"),
        ("It runs second", "Really"),
    ]


def test_an_author_card_too_long_for_a_chat_message_is_refused_with_that_reason():
    bank = generate("Long question::" + "word " * 300 + "\n", deck="test")
    assert bank.cards == []
    assert "author card too long for a chat message or without both sides" in {s.reason for s in bank.skipped}


def test_question_and_answer_lines_are_a_basic_card_bold_or_not():
    markdown = (
        "# Networking\n\n"
        "**Q: What port does HTTPS use by default?**\nA: Port 443.\n\n"
        "**Q:** What does DNS stand for?\n**A:** Domain Name System,\nthe phone book of the internet.\n\n"
        "Q: An orphan question with no answer line stays prose?\n"
    )
    cards = {(c.front, c.back) for c in cards_of(markdown) if c.kind == "basic"}
    assert ("What port does HTTPS use by default?", "Port 443.") in cards
    assert ("What does DNS stand for?", "Domain Name System, the phone book of the internet.") in cards
    assert not any(front.startswith("An orphan") for front, _ in cards)
