"""Shapes from the I and J reads (session 18): docs-site markup read as the text it styles, names
that come last ("is known as"), values written as code, cards that lean on the page, typos, and
topics that keep the name a page is about."""

from quizzes.generation import generate
from quizzes.generation.facts import CardDraft
from quizzes.generation.lint import card_problems
from quizzes.generation.parsing import parse
from quizzes.generation.writing.topics import document_titled, topic_of

from .helpers import cards_of


def _fronts(markdown: str) -> list[str]:
    return [c.front for c in cards_of(markdown)]


def test_a_myst_call_out_is_the_authors_prose_without_its_markup():
    text = """# Heat

## Advection

:::{admonition} Advection and Heat
:class: danger
Advection is not considered heat in thermodynamics because it transfers energy through the bulk motion of matter.
:::

```{math}
:label: eq
\\dot{Q} = h A \\Delta T
```
"""
    every = " ".join(f"{c.front} {c.back}" for c in generate(text, deck="t").cards)
    assert ":::" not in every and "admonition" not in every and "danger" not in every
    assert "dot" not in every.lower()


def test_a_name_that_comes_last_is_the_term_its_sentence_defines():
    text = """# Heat transfer

## Convection

Energy transfer through fluid motion is known as convection, which involves both conduction and advection.
"""
    cards = cards_of(text, "basic")
    assert any(c.front.endswith("what is convection?") for c in cards), [c.front for c in cards]
    assert not any(c.back.startswith("Known as") for c in cards)


def test_a_value_written_as_code_keeps_its_small_letters():
    text = """# Preview Options

## preview.host

- **Type:** `string | boolean`
- **Default:** [`server.host`](./server-options#server-host)

Specify which IP addresses the server should listen on.

## preview.port

- **Type:** `number`
- **Default:** `4173`

Specify server port.
"""
    backs = {c.back for c in cards_of(text, "basic")}
    assert {"string | boolean", "server.host", "number"} <= backs, backs
    assert not {"String | boolean", "Server.host", "Number"} & backs


def _card(front: str, back: str, kind: str = "cloze") -> CardDraft:
    return CardDraft(key="k", kind=kind, front=front, back=back, explanation=front.replace("_____", back))


def test_a_card_that_leans_on_the_pages_own_examples_is_refused():
    for front in (
        "In Kubernetes, the fourth example selects all resources without a label with key _____.",
        "In Kubernetes, as already mentioned _____ requirements are more expressive.",
        "Antique dollars dated as late as _____ have “Silver Certificate” printed on them, as shown in [link].",
    ):
        assert any("which the card does not carry" in p.detail for p in card_problems(_card(front, "x"))), front


def test_an_answer_that_stops_before_its_formula_breaks_off():
    problems = card_problems(
        _card("In Cantera, what is a three-body reaction?", "A gas-phase reaction of the form", "basic")
    )
    assert any("breaks off" in p.detail for p in problems)
    whole = _card("In Cantera, what is a three-body reaction?", "A reaction with a collision partner M", "basic")
    assert not any("breaks off" in p.detail for p in card_problems(whole))


def test_a_card_that_would_show_the_sources_typo_is_not_written():
    text = """# Asylums

## Moral treatment

- The important idea was that architecture mattered: bright rooms and airy halls.
- The architecture was inportant, with no bars and rational segregation of patients by gender.
- Architecture of the asylum was important to the reformers who built the first hospitals.
"""
    every = " ".join(f"{c.front} {c.back}" for c in generate(text, deck="t").cards)
    assert "inportant" not in every


def test_an_interface_title_gives_way_to_the_product_the_page_names():
    text = """---
title: CLI
---

Run Prettier through the CLI with this script. To format files in place with Prettier, use `--write`.

## --check

With `--check`, Prettier checks that files are formatted, and Prettier exits with a non-zero code when
a file is not. When it finds a problem, Prettier prints the file name; in this mode Prettier never
changes files, so Prettier is safe to run in CI.

## Configuration precedence

The file-override option means that the config file takes precedence over CLI options.
"""
    document = parse(text)
    with document_titled(document.title, text):
        assert topic_of(("CLI",)) == "Prettier"
        assert topic_of(("CLI", "--check")).startswith("Prettier")


def test_highlighted_code_points_are_text_not_cloze_deletions():
    text = """# PHOIBLE notational conventions

## Retroflex clicks

Retroflex clicks are represented by `‼` (==203C DOUBLE EXCLAMATION MARK==) in the database.

Sounds described as glottalized are marked with ~~`ˀ`~~ (==02C0==) in the inventories.
"""
    every = " ".join(f"{c.front} {c.back}" for c in generate(text, deck="t").cards)
    assert "==" not in every and "~~" not in every
    assert not any(c.back in ("203C DOUBLE EXCLAMATION MARK", "02C0") for c in generate(text, deck="t").cards)


def test_a_section_of_a_named_tools_cheat_sheet_keeps_the_tools_name():
    text = """---
title: Vim
---

Getting started
---------------

### Exiting

| Shortcut | Description |
| --- | --- |
| `:q` | Close file |
| `:qa` | Close all files |
| `ZZ` | Save and quit |

Text objects
------------

### Usage

| Shortcut | Description |
| --- | --- |
| `p` | Paragraph |
| `w` | Word |
| `s` | Sentence |
| `t` | XML tag block |
"""
    fronts = _fronts(text)
    assert fronts and all(f.startswith("In Vim") for f in fronts), fronts


def test_a_toml_title_is_the_pages_title_over_its_question_headings():
    text = """+++
title = "Chronic rhinosinusitis"
+++

## What are the sinuses?

The sinuses are air-filled spaces in the bones of the face around the nose.

## What is chronic rhinosinusitis (CRS)?

Nasal endoscopy is an office procedure where a thin camera is used to directly see the sinuses.
"""
    fronts = _fronts(text)
    assert not any(f.startswith("In sinuses") for f in fronts), fronts
