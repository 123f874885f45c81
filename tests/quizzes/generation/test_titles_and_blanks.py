"""Titles and headings as real notes write them (in capitals, a course code before the subject, a
first heading that asks what the page is about, a war's numeral) and blanks no teacher keeps (one
member of a series, a sentence whose formula was cut off)."""

import pytest

from quizzes.generation import generate
from quizzes.generation.capitals import prose_cases, uncapped
from quizzes.generation.extractors.definitions import _said_once
from quizzes.generation.facts import CardDraft
from quizzes.generation.lint import card_problems
from quizzes.generation.parsing import parse
from quizzes.generation.text import EM_CLOSE, EM_OPEN, unquoted
from quizzes.generation.writing.topics import document_titled, topic_of
from tests.quizzes.generation.helpers import cards_of, facts_of


def topics(markdown: str) -> dict[str, str]:
    document = parse(markdown)
    with document_titled(document.title, markdown):
        return {s.path[-1]: topic_of(s.path) for s in document.sections}


def test_headings_in_capitals_are_written_as_the_sentences_write_their_words():
    markdown = (
        "# OUR SOLAR SYSTEM CHEAT SHEET\n\nThe planets of our solar system.\n\n"
        "## JUPITER\n\nThe largest planet is Jupiter, a gas giant.\n\n## ERIS\n\nEris is a dwarf planet.\n"
    )
    paths = [s.path for s in parse(markdown).sections]
    assert paths == [
        ("Our solar system cheat sheet",),
        ("Our solar system cheat sheet", "Jupiter"),
        ("Our solar system cheat sheet", "Eris"),
    ]
    assert topics(markdown)["Jupiter"] == "Jupiter"


@pytest.mark.parametrize(
    ("heading", "text", "code", "written"),
    [
        ("SQL", "Queries select rows.", set(), "SQL"),  # short, never in the prose: an acronym
        ("ORDER BY", "Sort rows by a column.", {"ORDER", "BY"}, "ORDER BY"),  # the code's keywords
        ("SOUND SPOTTING", "The team meets.", set(), "Sound spotting"),
        ("THE ASTEROID BELT", "Ceres lies in the asteroid belt.", set(), "The asteroid belt"),
        ("Public Networks", "anything", set(), "Public Networks"),  # not in capitals: as written
    ],
)
def test_a_heading_in_capitals_takes_each_words_case_from_the_prose(heading, text, code, written):
    assert uncapped(heading, prose_cases([text]), code) == written


def test_a_keyword_heading_keeps_its_capitals_where_the_code_writes_them():
    markdown = "# SQL\n\n## SELECT\n\nUse it to select rows:\n\n```sql\nSELECT name FROM users;\n```\n"
    assert parse(markdown).sections[-1].path == ("SQL", "SELECT")


def test_a_numeral_closing_a_title_is_part_of_its_name_not_the_reader():
    markdown = (
        "# World War I\n\nWorld War I was a global war that lasted from 1914 to 1918.\n\n"
        "## Start of the War\n\nThe First Battle of the Marne was fought in September 1914.\n"
    )
    assert topics(markdown)["Start of the War"] == "World War I"
    assert [c.front for c in cards_of(markdown)] == [
        "In World War I, the First Battle of the _____ was fought in September 1914."
    ]


def test_a_course_code_title_names_its_subject_in_brackets():
    markdown = "# Week 3 DATA2902 LIVE LEC (Measures of Risk)\n\nOdds compare two probabilities.\n"
    assert topics(markdown) == {"Week 3 DATA2902 LIVE LEC (Measures of Risk)": "Measures of Risk"}


def test_a_first_heading_asking_what_something_is_names_the_whole_pages_subject():
    markdown = (
        "## What is Regular Expression?\n\nA regular expression is a pattern. Every regular expression "
        "is matched from left to right; a regular expression can be long.\n\n"
        "## Flags\n\n| Flag | Description |\n|---|---|\n| i | Case insensitive |\n| g | Global search |\n"
        "| m | Multiline |\n"
    )
    assert topics(markdown)["Flags"] == "regular expressions"


def test_terms_and_concepts_names_where_a_page_is_not_what_it_is_about():
    markdown = "# Terms and Concepts\n\nRevenue is recorded in the period when it is earned.\n"
    assert topics(markdown)["Terms and Concepts"] == ""


def test_a_quotation_mark_nothing_closes_is_dropped_from_the_sentence_asked():
    assert unquoted('In GAAP, "Financial reports are used by _____.') == "In GAAP, Financial reports are used by _____."
    assert unquoted('"Relevance refers to timeliness.') == "Relevance refers to timeliness."
    assert unquoted('A "quirks mode" exists.') == 'A "quirks mode" exists.'


@pytest.mark.parametrize(
    ("front", "problem"),
    [
        ("Reports are used by investors, _____, employees, customers and others.", "series"),
        ("Guidelines that _____, managers and auditors must follow.", "series"),
        ("Users are investors, lenders and _____.", "series"),
        ("In risk, if the probability of A is P(A), then the _____ of A is defined as", "stops"),
        ("The attack was carried out by a Bosnian Serb, _____, which led Austria to war.", None),  # an apposition
        ("Use _____ when the format of the page doesn't allow you to.", None),  # whole, with its stop
    ],
)
def test_blanks_a_teacher_would_not_keep(front, problem):
    card = CardDraft(key="k", kind="cloze", front=front, back="x")
    details = " ".join(p.detail for p in card_problems(card))
    assert (problem in details) if problem else not details


def test_bullets_opening_each_their_own_way_are_no_comparison_of_two_sides():
    markdown = (
        "## Workflow\n\n"
        "* **DUBBING**\n  * This is where everything comes together\n  * The bulk of the work\n"
        "* **PLAY THROUGH**\n  * Plays through the film with the director\n  * Makes notes to change things\n"
    )
    assert facts_of(markdown, "comparisons") == []
    assert not any("differ" in c.front for c in generate(markdown, deck="t").cards)


def test_a_cell_is_asked_by_row_and_column_only_when_the_column_is_something_the_row_has():
    sides = "## Examples\n| TCP | UDP |\n|---|---|\n| SSH (secure shell) | TFTP |\n| HTTP / HTTPS (web) | DNS |\n"
    assert not any(" of SSH" in c.front or " of HTTP" in c.front for c in cards_of(sides))
    uses = "## Surveys\n| | NPS | CSAT |\n|---|---|---|\n| Best for | Loyalty | Quick feedback |\n"
    assert not any("Best for?" in c.front for c in cards_of(uses))
    ports = (
        "# Networking\n\nIn networking, each service listens on a port.\n\n"
        "## Ports\n\n| Protocol | Port |\n|---|---|\n| SSH | 22 |\n| HTTP | 80 |\n| DNS | 53 |\n"
    )
    assert "In networking, what is the port of SSH?" in [c.front for c in cards_of(ports)]


def test_a_comparison_under_one_of_its_subjects_does_not_take_that_subject_as_topic():
    markdown = (
        "# TCP vs UDP\n\n## UDP\n\nUDP sends datagrams.\n\n"
        "| Feature | TCP | UDP |\n|---|---|---|\n| Speed | Slower | Faster |\n| State | Stateful | Stateless |\n"
    )
    fronts = [c.front for c in cards_of(markdown)]
    assert "What is the state of TCP?" in fronts
    # "Slower" says how TCP compares with UDP, which a card of TCP alone cannot carry
    assert "What is the speed of TCP?" not in fronts
    assert not any(f.startswith("In UDP, ") and "TCP" in f for f in fronts)


def test_a_heading_asking_what_something_is_names_its_sections_subject():
    markdown = (
        "---\ntitle: NPS vs CSAT: which is best?\n---\n\n## What is NPS?\n\nNPS measures loyalty.\n\n"
        "### Drawbacks of NPS\n\nIt lags.\n\n## What is CSAT?\n\nCSAT measures satisfaction.\n\n"
        "### Drawbacks of CSAT\n\nIt is narrow.\n\n## Which one should you use?\n\nBoth.\n"
    )
    assert topics(markdown) == {
        "What is NPS?": "NPS",
        "Drawbacks of NPS": "NPS",
        "What is CSAT?": "CSAT",
        "Drawbacks of CSAT": "CSAT",
        "Which one should you use?": "",  # the title compares them: no one of them is the page's
    }


@pytest.mark.parametrize(
    ("title", "topic"),
    [("Style guide", "Style guide"), ("Tree cheatsheet", "Tree"), ("Heap (data-structure)", "Heap")],
)
def test_a_title_keeps_the_kind_of_document_it_names_and_drops_a_disambiguation(title, topic):
    markdown = f"# {title}\n\nA style guide and a tree and a heap are named here.\n\n## Part\n\nText.\n"
    assert topics(markdown)[title] == topic


def test_jargon_is_asked_in_the_documents_subject_when_it_sits_under_the_title():
    markdown = (
        "# Regular expressions\n\nA regular expression is a pattern.\n\n## Flags\n\n"
        "**g modifier**: used to perform a global match.\n"
    )
    assert "In regular expressions, what is the g modifier used for?" in [c.front for c in cards_of(markdown)]
    alone = "## Training\n**Epoch**: one full pass over the training data.\n"
    assert [c.front for c in cards_of(alone, "basic")] == ["What is an epoch?"]


@pytest.mark.parametrize(
    "entry",
    [
        "- **Prospective study example - asthma**: infants with mild respiratory problems are followed",
        "- **After using a feature for the first time** – to understand how intuitive it is.",
        "- Sleepwalking kills - and it's not caused by dreaming",
        "- **CSAT** is great for immediate feedback and is most useful early on.",
        '- OSX/Linux: `find src -name "*.js" -exec sh -c foo {} \\;`',
    ],
)
def test_labels_remarks_verdicts_and_commands_are_no_definitions(entry):
    assert facts_of(f"## Notes\n\n{entry}\n", "definitions") == []


def test_a_linked_name_repeated_after_its_link_and_a_quoted_term_are_one_term():
    linked = "## Tools\n\n- [dts-gen](https://example.org) - `dts-gen` is a tool that generates definition files.\n"
    assert [f.fields["term"] for f in facts_of(linked, "definitions")] == ["dts-gen"]
    quoted = "## Terms\n\nA “rule declaration” is the name given to a selector with its properties.\n"
    assert [f.fields["term"] for f in facts_of(quoted, "definitions")] == ["rule declaration"]


@pytest.mark.parametrize(
    "front",
    ["In UDP, _____ — large transfers over unpredictable networks.", "Must capture all _____ headings."],
)
def test_a_blank_hiding_a_clause_or_a_sentence_without_its_subject_is_dropped(front):
    back = "You need flow control" if "UDP" in front else "##"
    assert card_problems(CardDraft(key="k", kind="cloze", front=front, back=back))


@pytest.mark.parametrize(
    ("term", "said"),
    [
        ("Light year A light year", "light year"),
        ("Astronomical Unit An Astronomical Unit", "Astronomical Unit"),
        ("Redshift/blueshift Redshift", "Redshift"),
        ("dts-gen - dts-gen", "dts-gen"),
        ("New York", "New York"),
    ],
)
def test_a_term_run_into_the_first_words_of_its_definition_is_said_once(term, said):
    assert _said_once(term) == said


def test_a_myst_glossary_gives_one_definition_per_entry():
    markdown = (
        "# Astronomy\n\n::::{glossary}\n\nLight year\n    A light year is the distance light travels in one year.\n\n"
        "Parsec\n    A unit of distance in astronomy,\n    about 3.26 light years.\n\n::::\n"
    )
    [glossary] = [b for s in parse(markdown).sections for b in s.blocks]
    assert [item.text for item in glossary.items] == [
        f"{EM_OPEN}Light year{EM_CLOSE}: A light year is the distance light travels in one year.",
        f"{EM_OPEN}Parsec{EM_CLOSE}: A unit of distance in astronomy, about 3.26 light years.",
    ]
    assert "Parsec" in [f.fields["term"] for f in facts_of(markdown, "definitions")]


def test_rows_that_sum_or_gather_the_others_and_rows_no_subject_has_are_not_asked():
    markdown = (
        "## Budget\n\n| Category | Amount |\n|---|---|\n| Rent | $800 |\n| Food | $300 |\n| TOTAL | $1,100 |\n\n"
        "## Versions\n\n| Feature | IPv4 | IPv6 |\n|---|---|---|\n| Introduced | 1981 | 1999 |\n"
        "| Address length | 32 bits | 128 bits |\n"
    )
    fronts = [c.front for c in cards_of(markdown)]
    assert not any("TOTAL" in f or "introduced of" in f for f in fronts)
    assert any(f.endswith("what is the address length of IPv6?") for f in fronts)


def test_a_page_kind_is_no_term():
    markdown = "## Notes\n\n**IP Addressing Cheat Sheet** is a quick reference for IPv4 and IPv6.\n"
    assert facts_of(markdown, "definitions") == []


def test_a_title_naming_only_the_page_and_its_site_names_no_subject():
    markdown = "---\ntitle: Dictionary - Wiki\n---\n\nWord | Meaning\n--- | ---\nCrag | A climbing area\n"
    assert not any(c.front.startswith("In Wiki") for c in cards_of(markdown))
