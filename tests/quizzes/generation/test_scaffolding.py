"""Exercise, quiz and further-reading sections frame a lesson: only author cards are read there."""

import pytest

from quizzes.generation import generate, scaffolding

LESSON = """# Photosynthesis

Chlorophyll absorbs red and blue light and reflects green light, which is why leaves look green.

## Pre-Lecture Quiz

Many people have wondered for centuries how plants manage to grow from so little soil.

### Introduction

The Calvin cycle fixes carbon dioxide into glucose using ATP and NADPH from the light reactions.

## 🚀 Challenge

Plants convert roughly one percent of incoming sunlight into stored chemical energy in biomass.

What stores energy in a plant? :: Glucose

## Review & Self Study: going further

### Reading list

Stomata regulate gas exchange through guard cells that open when they take up potassium ions.
"""


@pytest.mark.parametrize(
    "path",
    [
        ("Lesson", "Review & Self Study"),
        ("Lesson", "Review & Self Study: Deepening Your Understanding", "Advanced topics"),
        ("Lesson", "🚀 Challenge"),
        ("Lesson", "🚀 Explore HTML History Challenge"),
        ("Lesson", "Assignment"),
        ("Lesson", "Further reading"),
        ("Lesson", "References"),
        ("Lesson", "Post-Lecture Quiz"),
    ],
)
def test_framing_headings_are_recognised(path):
    assert scaffolding.frames_learning(path)


@pytest.mark.parametrize(
    "path",
    [
        ("Lesson",),
        ("Lesson", "Pre-Lecture Quiz", "Introduction"),  # a quiz heading covers only its own blocks
        ("Distributed systems", "Challenges of consensus"),
        ("Lesson", "Reviewing a pull request"),
        ("Lesson", "Source control"),
    ],
)
def test_content_headings_are_not(path):
    assert not scaffolding.frames_learning(path)


def test_only_author_cards_are_read_in_framing_sections_and_the_rest_is_reported():
    bank = generate(LESSON, deck="bio")
    framed = [s for s in bank.skipped if s.reason == scaffolding.REASON]
    assert {s.where.split(" › ")[-1] for s in framed} == {"Pre-Lecture Quiz", "🚀 Challenge", "Reading list"}
    cards_by_section = {c.section.split(" › ")[-1] for c in bank.cards}
    assert cards_by_section & {"Pre-Lecture Quiz", "Reading list"} == set()
    [challenge_card] = [c for c in bank.cards if c.section.endswith("Challenge")]
    assert (challenge_card.front, challenge_card.back) == ("What stores energy in a plant?", "Glucose")
    assert bank.accounted_blocks() == bank.blocks


MAN_PAGE = """# tool.toml

## Options

The **cache directory** is the folder where the tool keeps downloaded archives between runs.

LICENSE
-------

**MIT licence** - a permissive licence that lets anyone reuse, copy and change the code for free.

## Authors & Contributors

**Jane Doe** is the maintainer who wrote the first version of the parser and its test suite.
"""


@pytest.mark.parametrize(
    "path",
    [
        ("Tool", "COPYRIGHT"),
        ("Tool", "License"),
        ("Tool", "Licence: MIT"),
        ("Tool", "Copyright and License"),
        ("Tool", "Authors & Contributors"),
        ("Tool", "Acknowledgements"),
        ("Tool", "Changelog"),
        ("Tool", "Release Notes"),
    ],
)
def test_sections_about_the_document_itself_are_recognised(path):
    assert scaffolding.why_framing(path) == scaffolding.ABOUT_THE_DOCUMENT_REASON


@pytest.mark.parametrize("path", [("Law", "Copyright law"), ("Law", "Software licensing models"), ("Git", "Blame")])
def test_sections_on_licences_as_a_subject_are_not(path):
    assert not scaffolding.frames_learning(path)


def test_a_licence_section_gives_no_card_and_says_why():
    bank = generate(MAN_PAGE, deck="tool")
    assert [(c.front, c.back) for c in bank.cards if "licen" in c.front.lower() or "Doe" in c.front] == []
    about = {s.where.split(" › ")[-1] for s in bank.skipped if s.reason == scaffolding.ABOUT_THE_DOCUMENT_REASON}
    assert about == {"License", "Authors & Contributors"}
    assert any("cache directory" in c.front for c in bank.cards)  # the page's own facts are still asked
    assert bank.accounted_blocks() == bank.blocks


def test_a_licence_defined_in_a_section_on_its_subject_is_still_asked():
    text = MAN_PAGE.replace("LICENSE\n-------", "## Licences compared")
    [card] = [c for c in generate(text, deck="tool").cards if "licen" in c.front.lower()]
    assert card.back == "A permissive licence that lets anyone reuse, copy and change the code for free"


def test_a_resources_heading_that_its_section_defines_is_a_concept_not_further_reading():
    assert scaffolding.why_framing(("Core Concepts", "Resources"), "Resources are AWS infrastructure components.") == ""
    assert scaffolding.why_framing(("Core Concepts", "Resources"), "Here are some links to learn more.")
    # an ancestor that frames the lesson still does
    assert scaffolding.why_framing(("Further reading", "Resources"), "Resources are books.")
