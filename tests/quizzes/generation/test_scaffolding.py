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
