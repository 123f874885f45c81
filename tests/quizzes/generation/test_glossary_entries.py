"""Glossary entries as other authors write them: a bold term on its own line over its definition, an
entry whose author left the definition out, a tool's name written small."""

from tests.quizzes.generation.helpers import cards_of, written_cards


def test_a_bold_term_line_over_its_definition_is_one_entry_and_an_empty_entry_takes_no_other():
    markdown = (
        "# Glossary of Parliament\n\n## Places\n\n"
        "**House of Commons**\nThe elected chamber of Parliament, where MPs sit.\n\n"
        "**House of Lords**\n\n"
        "**European Union**\nA political and economic union of 27 member states.\n"
    )
    backs = {c.front: c.back for c in cards_of(markdown, "basic")}
    assert backs["What is the House of Commons?"] == "The elected chamber of Parliament, where MPs sit"
    assert [b for b in backs.values() if "European Union" in b] == []  # the Lords had none of their own
    assert "A political and economic union of 27 member states" in backs.values()


def test_a_tool_whose_sentence_opens_with_its_name_in_small_letters_takes_no_article():
    markdown = (
        "# Migrating to TypeScript\n\n## Helpers\n\n"
        "- [dts-gen](https://example.org/dts-gen) - dts-gen is a tool that generates definition files "
        "from any object.\n"
    )
    fronts = [c.front for c in cards_of(markdown, "basic")]
    assert any(f.endswith("what is dts-gen?") or f == "What is dts-gen?" for f in fronts), fronts


def test_a_date_files_an_event_and_is_no_term():
    markdown = (
        "# Alert system retirement\n\n## Timeline\n\n"
        "* **March 8th 2017**: Bitcoin Core 0.14 released with the hard-coded final alert.\n"
        "* **Jan 19, 2017**: The final alert was broadcast to every node.\n"
    )
    assert not any("2017" in c.front for c in cards_of(markdown))


def test_a_heading_on_the_difference_between_two_subjects_gives_way_to_the_pages():
    markdown = (
        "# Python generators\n\nGenerators are a special sub-set of iterators in Python.\n\n"
        "## Difference between iterables and generators\n\n"
        "Generators cannot be used with the `len()` function, since they have no length.\n"
    )
    fronts = [c.front for c in cards_of(markdown)]
    assert not any("difference between" in f.lower() for f in fronts), fronts


def test_an_aside_before_a_pointing_word_still_points_outside_the_card():
    from quizzes.generation.facts import CardDraft
    from quizzes.generation.lint import card_problems

    card = CardDraft(
        key="k", kind="cloze", front="In Big-O, in theory that is worse than merge sort, which is _____.", back="x"
    )
    assert "pronoun or connective opening" in {p.rule for p in card_problems(card)}


def test_a_gloss_that_says_how_a_thing_is_made_is_not_asked_as_what_it_is():
    markdown = (
        "# Text encoders\n\n"
        "- **Word2Vec**: based on shallow neural networks and consists of two main approaches.\n"
        "- **BoW**: converts documents into word frequency vectors, ignoring word order.\n"
    )
    fronts = [c.front for c in cards_of(markdown)]
    assert not any("Word2Vec" in f for f in fronts), fronts
    assert any("BoW" in f for f in fronts), fronts


def test_a_step_behind_its_condition_and_a_fact_about_the_repository_are_not_clozed():
    markdown = (
        "# Creating plugins\n\n"
        "When everything is ready, push the plugin to an online git repository, preferably GitHub.\n\n"
        "The scripts were written and tested in PostgreSQL 9.4.4 on a laptop.\n\n"
        "The types are documented using Flow notation throughout the glossary.\n"
    )
    assert [c.front for c in cards_of(markdown, "cloze")] == []


def test_a_gloss_that_singles_the_term_out_is_asked_the_other_way_round():
    markdown = (
        "# Redux glossary\n\nRedux keeps the state of an app in one store; Redux reducers change it. "
        "Redux is small. Redux has few APIs. Redux works with any view library.\n\n"
        "## Action\n\n- **Actions**: the only way to get data into the store.\n"
    )
    cards = cards_of(markdown)
    assert [(c.front, c.back) for c in cards if c.back == "Actions"] == [
        ("In Redux, what is the only way to get data into the store?", "Actions")
    ]


def test_a_course_week_in_brackets_and_a_quest_frame_leave_the_subject():
    from quizzes.generation.writing.topics import _candidates

    assert _candidates("Introduction to Networking (Week 1)") == ["Networking"]
    assert _candidates('In search of the "perfect" pizza') == ["perfect pizza"]


def test_a_long_heading_is_cut_to_its_name_not_to_a_title_cased_compound():
    from quizzes.generation.writing.topics import _concise

    assert _concise("Contents of the TCP/IP Five-Layer Model") == "TCP/IP"


def test_a_blank_on_one_of_the_authors_examples_is_weak():
    from quizzes.generation.facts import CardDraft
    from quizzes.generation.lint import card_problems

    front = "The tooling support (e.g. linting, type checking, editor _____) for JSX is more advanced."
    card = CardDraft(key="k", kind="cloze", front=front, back="autocompletion")
    assert "weak blank" in {p.rule for p in card_problems(card)}


def test_a_cloze_of_a_sentence_defining_a_term_another_card_asks_gives_way():
    from tests.quizzes.generation.helpers import cards_of

    page = (
        "# Gene scores\n\n#### Observed variant count\n\n"
        "The observed variant count is the number of unique variants in the transcript with a depth in the "
        "exome samples of at least 30.\n"
    )
    cards = cards_of(page)
    assert any(
        c.front.endswith("what is an observed variant count?") or c.front == "What is an observed variant count?"
        for c in cards
    ), [c.front for c in cards]
    assert not any(c.kind == "cloze" for c in cards), [c.front for c in cards]


PADDLING = """---
title: Dictionary - Wiki
---

If the word you want is a piece of kit, see the gear page. Paddling words change from river to river,
and paddlers paddle with their own paddling slang.

Word | Meaning
---- | -------
Chute | Usually between two rocks, a narrow run of fast water a paddler aims for (i.e. What's your line into it?)
Ferry | Crossing the current without losing ground, a basic paddling skill
Boof | A paddling stroke that lifts the bow over a drop so the boat lands flat
Portage | Carrying the boat around a rapid you do not want to paddle
Roll | Righting a capsized boat with a hip flick, the first skill paddlers learn
Strainer | A tree or fence the current flows through but a paddler does not, deadly when paddling
Line | The path chosen down a rapid, paddled from top to bottom
Sweep | A wide paddling stroke that turns the boat
"""


def test_a_glossary_page_whose_title_names_nothing_takes_the_word_its_prose_keeps_using():
    from quizzes.generation.writing.topics import page_keyword

    assert page_keyword(PADDLING) == "paddling"
    fronts = [c.front for c in written_cards(PADDLING)]
    assert "In paddling, what is a chute?" in fronts, fronts  # "What's" mid-sentence keeps no capital
