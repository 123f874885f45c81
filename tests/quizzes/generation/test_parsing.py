import pytest

from quizzes.generation import generate
from quizzes.generation.parsing import parse
from quizzes.generation.text import normalise, plain, sentences, star_count


def test_it_builds_heading_paths_including_html_headings():
    doc = parse("<h1 align='center'>Title</h1>\n\nIntro.\n\n## Part\n\nText.\n\n#### Deep\n\nMore.\n")
    assert [s.path for s in doc.sections] == [("Title",), ("Title", "Part"), ("Title", "Part", "Deep")]


def test_a_headings_link_id_is_no_part_of_its_words():
    doc = parse("# Gas {#gas}\n\n## What is gas? {#what-is-gas}\n\nText.\n\n## Sets {of things}\n\nMore.\n")
    assert [s.path for s in doc.sections] == [("Gas", "What is gas?"), ("Gas", "Sets {of things}")]


def test_a_headings_layout_classes_are_no_part_of_its_words():
    doc = parse("# Cron\n\n## Format {.cols-2}\n\nText.\n\n## Usage {: .note data-x=1}\n\nMore.\n")
    assert [s.path for s in doc.sections] == [("Cron", "Format"), ("Cron", "Usage")]


def test_reference_links_read_as_their_text():
    doc = parse("An [asar][asar] archive runs in the [main] process.\n\n[asar]: https://x/asar\n[main]: #main\n")
    assert plain(doc.sections[0].blocks[0].text) == "An asar archive runs in the main process."


def test_it_skips_images_badges_copyright_and_todo_with_reasons():
    doc = parse(
        "Copyright &copy; 2023, Someone\n\n"
        "[![badge](https://x/y.svg)](https://x)\n\n"
        '<p align="center"><img src="a.png"></p>\n\n'
        "TODO: later\n\n"
        "Real text stays.\n"
    )
    assert [s.reason for s in doc.skipped] == ["copyright line", "links or images only", "image", "TODO placeholder"]
    assert [plain(b.text) for s in doc.sections for b in s.blocks] == ["Real text stays."]


def test_entities_are_decoded_and_markup_dropped():
    doc = parse("A&nbsp;**bold** _word_ with `docker ps` and [a link](http://x) &amp; more.\n")
    assert plain(doc.sections[0].blocks[0].text) == "A bold word with docker ps and a link & more."


def test_italic_only_paragraph_is_a_label():
    doc = parse("_Manage images_\n\n```sh\n# x\nls\n```\n")
    assert [b.kind for b in doc.sections[0].blocks] == ["label", "code"]


def test_tables_and_nested_lists_are_structured():
    doc = parse("- **A**\n  - one\n  - two\n\n| | X |\n|---|---|\n| r | ⭐⭐ |\n")
    listing, table = doc.sections[0].blocks
    assert [plain(c.text) for c in listing.items[0].children] == ["one", "two"]
    assert [[plain(c) for c in row] for row in table.rows] == [["", "X"], ["r", "⭐⭐"]]


def test_sentence_splitting_respects_abbreviations():
    assert sentences("Use an engine (e.g. Docker). Then run it. Done") == [
        "Use an engine (e.g. Docker).",
        "Then run it.",
        "Done",
    ]


def test_star_count_and_normalise():
    assert star_count("⭐⭐⭐") == 3 and star_count("★") == 1 and star_count("3 stars") is None
    assert normalise("  Virtual   Machines Vs  Containers! ") == "virtual machines vs containers"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Robert C. Martin wrote it in 2008. Then more.", ["Robert C. Martin wrote it in 2008.", "Then more."]),
        ("Install Python 3.11.2 first. It is needed.", ["Install Python 3.11.2 first.", "It is needed."]),
        ("Ask Dr. Smith about it. She knows.", ["Ask Dr. Smith about it.", "She knows."]),
        ("Use a tool, i.e. Docker. Then run.", ["Use a tool, i.e. Docker.", "Then run."]),
        ("The tree is big. Then the leaves fall! Why?", ["The tree is big.", "Then the leaves fall!", "Why?"]),
    ],
)
def test_the_segmenter_keeps_initials_versions_and_abbreviations_inside_sentences(text, expected):
    assert sentences(text) == expected


def test_front_matter_is_metadata_and_its_title_names_the_document():
    document = parse("---\ntitle: Bash scripting\ntags: [Featured]\n---\n\n## Loops\n\nA for loop repeats a command.\n")
    assert [s.path for s in document.sections] == [("Bash scripting", "Loops")]
    assert [s.reason for s in document.skipped] == ["front matter (the document's metadata)"]
    assert document.blocks == 2


def test_a_heading_that_defines_its_term_names_the_section_and_becomes_a_definition():
    doc = parse("# SQL\n\n### **SELECT**: used to select data from a database\n\n* `SELECT * FROM t;`\n")
    section = doc.sections[-1]
    assert section.path == ("SQL", "SELECT")
    assert plain(section.blocks[0].text) == "SELECT: used to select data from a database"
    markdown = "# SQL\n\n### **DISTINCT**: returns rows that do not have duplicates of specified column\n"
    assert "In SQL, what does DISTINCT do?" in {c.front for c in generate(markdown, deck="sql").cards}


def test_a_keyword_heading_defines_its_keyword():
    markdown = "# SQL\n\n### ORDER BY: used to sort the result-set\n\n* `SELECT * FROM t ORDER BY c;`\n"
    assert parse(markdown).sections[-1].path == ("SQL", "ORDER BY")
    assert "In SQL, what is ORDER BY used for?" in {c.front for c in generate(markdown, deck="sql").cards}


@pytest.mark.parametrize(
    "heading",
    [
        "## Part 3: Build a Form",
        "## API: An Overview",
        "## HTTP: the basics",
        "## **Step 1**: Create the project",
        "## **Note**: see below",
        "## `git`: Git",
    ],
)
def test_a_titled_heading_is_not_a_definition(heading):
    doc = parse(f"{heading}\n\nSome text here.\n")
    assert all(b.kind != "paragraph" or b.text == "Some text here." for s in doc.sections for b in s.blocks)


def test_letter_headings_of_an_index_open_no_section_but_one_letter_alone_does():
    index = parse("# Glossary\n\n## A\n\n**API** - x\n\n## B\n\n**Bus** - y\n\n## C\n\n**Cache** - z\n")
    assert {s.path for s in index.sections if s.blocks} == {("Glossary",)}
    languages = parse("# Languages\n\n## C\n\nC is a systems language.\n\n## Go\n\nGo has goroutines.\n")
    assert ("Languages", "C") in [s.path for s in languages.sections]


def test_a_layout_attribute_line_is_no_part_of_the_text_above_it():
    doc = parse("## Ratio\n\n- Resolution is the number of pixels\n{.marker-round}\n\n```css\n{.x}\n```\n")
    [items, code] = doc.sections[0].blocks
    assert [plain(i.text) for i in items.items] == ["Resolution is the number of pixels"]
    assert code.text == "{.x}\n"


def test_kramdown_extensions_and_attribute_lists_are_markup_not_an_authors_card():
    from tests.quizzes.generation.helpers import cards_of

    page = (
        "# Pensions\n\nAn annuity is an insurance policy that pays a guaranteed income for life.\n\n"
        '{::options parse_block_html="false" /}\n\n'
        "A buyer can cancel an annuity within 30 days of buying it.\n{: .note}\n"
    )
    cards = cards_of(page)
    assert cards and not any("{" in c.front + c.back for c in cards), [(c.front, c.back) for c in cards]


def test_an_admonition_is_read_as_prose_and_emoji_shortcodes_as_no_text():
    # "!!! note" over an indented block (MkDocs, Documenter.jl): Markdown reads the block as code,
    # which gave "What is the format of a !!! note?"; ":white_check_mark:" marks a status, says nothing.
    markdown = (
        "# Weights\n\n!!! note\n    The weight vector is a light-weight wrapper of the input vector.\n\n"
        "    The input vector is not copied during construction.\n\n"
        "## Key\n\n:white_check_mark: - command done\n\n"
        "Status | Command | Description\n---|---|---\n"
        ":white_check_mark: | `h` | left\n:warning: | `l` | right\n"
    )
    document = parse(markdown)
    blocks = [b for s in document.sections for b in s.blocks]
    assert not any(b.kind == "code" for b in blocks)
    texts = [b.text for b in blocks if b.kind == "paragraph"]
    assert any(t.startswith("The weight vector is a light-weight wrapper") for t in texts), texts
    assert not any(":white_check_mark:" in t or "!!!" in t for t in texts)
    [table] = [b for b in blocks if b.kind == "table"]
    assert [row[0] for row in table.rows] == ["Command", *(row[0] for row in table.rows[1:])]
    assert all(not cell.startswith(":") for row in table.rows for cell in row)


def test_a_copyright_notice_inside_a_line_is_skipped_and_no_definition():
    text = "# Tool\n\n## Options\n\nMIT licence - Copyright (C) 2019 @someone and contributors\n"
    assert [s.reason for s in parse(text).skipped] == ["copyright line"]
    assert generate(text, deck="tool").cards == []


def test_a_sentence_about_copyright_is_no_copyright_line():
    text = "# Law\n\n**Copyright** is a legal right that gives the creator of a work exclusive rights to copy it.\n"
    assert parse(text).skipped == []
    [card] = [c for c in generate(text, deck="law").cards if c.kind == "basic"]
    assert (card.front, card.back) == (
        "What is copyright?",
        "A legal right that gives the creator of a work exclusive rights to copy it",
    )


def test_a_myst_role_reads_as_its_text():
    # "{term}`residence time`" (Jupyter Book): the words the page shows, not "{term}residence time"
    document = parse("# Groundwater\n\nGroundwater has a long {term}`residence time` in the subsurface.\n")
    [text] = [b.text for s in document.sections for b in s.blocks]
    assert text == "Groundwater has a long residence time in the subsurface."
