"""A glossary written as one heading per term, each opened by a noun-phrase gloss, in a document
whose title names no subject ("Glossary"): the name its prose keeps using is the topic."""

from quizzes.generation.language import is_gloss
from quizzes.generation.writing.grammar import names_of
from quizzes.generation.writing.topics import dominant_name
from tests.quizzes.generation.helpers import cards_of

GLOSSARY = """# Glossary

This page defines common terms used with Lintly, a linter for JavaScript.

## Config File (Configuration File)

A file containing preferences for how Lintly should parse files and run rules.
Lintly config files are named like `lintly.config.js`, and Lintly reads them first.

## Processor

A part of a plugin that extracts code from other kinds of files.
Lintly runs a processor before its rules, and Lintly lints what it returns.

## Stylistic (Rule)

A rule that enforces a preference rather than a logical issue.

## Optimizing

The number of rules increases with the size of the project, so Lintly caches results.
"""


def test_the_heading_is_the_term_and_the_noun_phrase_its_gloss():
    basics = {c.front: c.back for c in cards_of(GLOSSARY, "basic")}
    assert basics["In Lintly, what is a config file?"] == (
        "A file containing preferences for how Lintly should parse files and run rules"
    )
    assert (
        basics["In Lintly, what is a processor?"] == "A part of a plugin that extracts code from other kinds of files"
    )


def test_a_parenthesised_head_noun_completes_an_adjective_and_a_spelled_out_word_is_no_alias():
    fronts = [c.front for c in cards_of(GLOSSARY)]
    assert "In Lintly, what is a stylistic rule?" in fronts
    assert not any("also called" in f for f in fronts)


def test_a_sentence_under_an_activity_heading_is_no_gloss():
    assert not any(c.back.startswith("The number of rules") for c in cards_of(GLOSSARY))


def test_a_gloss_is_no_cloze():
    assert not any(c.front.startswith("A file containing") for c in cards_of(GLOSSARY, "cloze"))
    assert is_gloss("A package that can contain a set of configurations, processors, and/or rules.")
    assert is_gloss("A file containing preferences for how ESLint should parse files.")
    assert not is_gloss("A type 1 hypervisor runs on bare metal without a host system.")
    assert not is_gloss("A hypervisor that runs on hardware is called a bare-metal hypervisor.")


def test_the_name_a_document_keeps_using_is_its_subject():
    with names_of(GLOSSARY):
        assert dominant_name(GLOSSARY) == "Lintly"
    # used as often as another name, or not in the opening lines: no subject
    rivals = "Both Alpha and Beta run here. " + "It calls Alpha, then Beta. " * 5
    with names_of(rivals):
        assert dominant_name(rivals) == ""
    late = "This page is about tools.\n\n" + "x " * 400 + "It uses Gamma now. " * 6
    with names_of(late):
        assert dominant_name(late) == ""


def test_a_named_subject_is_not_repeated_before_a_prompt_that_opens_with_it():
    assert not any(c.front.startswith("In Lintly, Lintly") for c in cards_of(GLOSSARY))


def test_the_documents_subject_is_no_blank():
    assert not any(c.back == "Lintly" for c in cards_of(GLOSSARY, "cloze"))
