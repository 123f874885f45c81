"""Shapes from the L and M reads (session 19): a site's inline markup on a glossary's terms,
superscripts, a man page's options, hedged and cross-referencing entries, units and appendix
numbers that are no subject, and headings on two subjects."""

from quizzes.generation import generate
from quizzes.generation.parsing import parse
from quizzes.generation.writing.grammar import third_person
from quizzes.generation.writing.topics import document_titled, page_name, topic_of

from .helpers import cards_of


def _cards(markdown: str) -> dict[str, str]:
    return {c.front: c.answer or c.back for c in cards_of(markdown)}


def test_a_glossarys_anchor_markup_hides_no_term():
    text = """---
title: Glossary
---

- **interval**{:#interval}: The difference in pitch between two tones.

- **octave**{:#octave}: The interval between one pitch and another with double its frequency.
See {% include chapter-link.html slug="octaves" %}.

- **scale**{:#scale}: An ordered collection of tones.
"""
    cards = _cards(text)
    assert cards["What is an interval?"] == "The difference in pitch between two tones"
    assert cards["What is a scale?"] == "An ordered collection of tones"
    every = " ".join(f"{front} {back}" for front, back in cards.items())
    assert "{:" not in every and "{%" not in every


def test_superscripts_and_subscripts_keep_their_place():
    text = """# Prefixes

| Prefix | Symbol | Factor |
|---|---|---|
| kilo | k | 10<sup>3</sup> |
| mega | M | 10<sup>6</sup> |
| nano | n | 10<sup>-9</sup> |
| pico | p | 10<sup>-12</sup> |
"""
    answers = {c.answer or c.back for c in cards_of(text)}
    assert {"10³", "10⁻¹²"} <= answers
    assert not answers & {"103", "10-12"}


def test_a_man_pages_options_say_what_they_make_the_command_do():
    text = """% exa(1) v0.9.0

NAME
====

exa — a modern replacement for ls

DISPLAY OPTIONS
===============

`-F`, `--classify`
: Display file kind indicators next to file names.

`-G`, `--grid`
: Display entries as a grid (default).

`-D`, `--only-dirs`
: List only directories, not files.

`-B`, `--bytes`
: List file sizes in bytes, without any prefixes.

EXAMPLES
========

`exa`
: Lists the contents of the current directory in a grid.

The exa command uses colours by default, and exa can show a tree. Unlike ls, exa knows about Git, and
exa is written in Rust.
"""
    cards = _cards(text)
    assert cards["In exa, what does -F, --classify do?"] == "Displays file kind indicators next to file names"
    assert cards["In exa, what does -D, --only-dirs do?"] == "Lists only directories, not files"
    assert not any(front.startswith(("What is -", "What are -", "What do -")) for front in cards)


def test_a_hedged_sense_is_asked_as_one_and_a_cross_reference_is_no_card():
    text = """# Cadence

- *Plagal Cadence* - A subdominant chord followed by a tonic chord (IV-I).
- *Half-cadence* - May refer to a cadence that ends on the dominant chord (V).
- *Half close* - Same as plagal cadence.
- *Semi-cadence* - Same possible meanings as half cadence.
- *Imperfect Cadence* - May refer to a cadence in which the chord is not in root position.
**OR** may mean a cadence that ends on the dominant chord.
"""
    cards = {front.lower(): back for front, back in _cards(text).items()}
    assert cards["what may half-cadence refer to?"] == "A cadence that ends on the dominant chord (V)"
    assert not any(back.startswith("Same ") for back in cards.values())
    assert "OR" not in cards.values()
    assert not any(front.startswith("what may refer") for front in cards)
    assert third_person("May") == "May" and third_person("list") == "lists"


def test_a_unit_the_page_measures_in_is_not_what_it_is_about():
    text = """# Common Problems (FAQ)

This is a list of frequent problems when baking sourdough bread.

## Which temperature?

Use warm water of 25 degrees Celsius. Store the dough at 18 degrees Celsius.
Bake at 230 degrees Celsius. Remove it at 95 degrees Celsius. Cool it to 30 degrees Celsius.
"""
    with document_titled("", text):
        assert page_name() == ""
    assert not any("Celsius," in c.front for c in generate(text, deck="t").cards)


def test_an_appendix_number_and_two_subjects_of_a_heading_are_no_topic():
    with document_titled("", "# Appendix V: Units\n\n## Unit table\n"):
        assert topic_of(("Appendix V: Units", "Unit table")) == "Units"
    text = "# 14 - The Costs of Production\n\n### Economies and Diseconomies of Scale\n"
    with document_titled("", text):
        topic = topic_of(("14 - The Costs of Production", "Economies and Diseconomies of Scale"))
    assert topic.lower() == "costs of production"


def test_a_multimarkdown_title_names_the_page_and_its_constant_acronym_is_no_blank():
    text = """Atom: http://example.org/feed?format=atom
Title: How the Foundation works
Notice: http://www.apache.org/licenses/LICENSE-2.0

# Structure

The ASF is run by a board. Every ASF project has a committee. The ASF holds the trademarks.
All participants in ASF projects are volunteers, and nobody is paid directly by the foundation.
The ASF was incorporated in 1999. ASF members elect the board. The ASF is a charity.
An ASF project graduates from the Incubator. The ASF has no employees who write code.
"""
    bank = generate(text, deck="t")
    assert not any(c.back == "ASF" or c.answer == "ASF" for c in bank.cards)
    every = " ".join(f"{c.front} {c.back}" for c in bank.cards)
    assert "Atom" not in every and "LICENSE" not in every
    assert any(s.reason.startswith("front matter") for s in parse(text).skipped)


def test_a_glossarys_pointer_to_another_page_is_not_part_of_the_answer():
    text = """# Glossary

- triplication: a sequence change where two copies of a sequence are inserted after the original copy
  (see [Recommendations DNA](../dna/)).
- reading frame: one of three possible ways to translate a sequence into an amino acid sequence: see also frame
"""
    answers = set(_cards(text).values())
    assert "A sequence change where two copies of a sequence are inserted after the original copy" in answers
    assert "One of three possible ways to translate a sequence into an amino acid sequence" in answers
    assert not any("see" in a.lower().split() for a in answers)
