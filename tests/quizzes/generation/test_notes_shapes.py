"""Shapes of student notes and lesson pages: Hugo front matter, "**Term:** gloss" glossaries, plural
definitions, role headings (Cause, Fix), sub-fields, template lead-ins that talk to the reader."""

import pytest

from quizzes.generation import generate
from quizzes.generation.writing.prompts import is_clause
from tests.quizzes.generation.helpers import written_cards


def fronts(markdown: str) -> list[str]:
    return [c.front for c in generate(markdown, deck="notes").cards]


def test_toml_front_matter_is_metadata_and_its_title_names_the_document():
    bank = generate(
        '+++\ntitle = "Macroeconomics Terms"\nweight = 1\n+++\n\n## Terms\n\n'
        "**Inflation:** An increase in the overall level of prices in the economy\n",
        deck="notes",
    )
    assert any("front matter" in s.reason for s in bank.skipped)
    assert not any("weight" in c.front or "weight" in c.back for c in bank.cards)
    assert "In macroeconomics, what is inflation?" in [c.front for c in bank.cards]


@pytest.mark.parametrize(
    "entry",
    [
        "**Inflation:** An increase in the overall level of prices in the economy",
        "***Inflation:*** An increase in the overall level of prices in the economy",
        "- **Inflation:** An increase in the overall level of prices in the economy",
    ],
)
def test_a_label_with_its_colon_inside_the_emphasis_is_a_glossary_entry(entry):
    bank = generate(f"# Macroeconomics\n\n## Prices\n\n{entry}\n", deck="notes")
    basic = [c for c in bank.cards if c.kind == "basic"]
    assert [(c.front, c.back) for c in basic] == [
        ("In macroeconomics, what is inflation?", "An increase in the overall level of prices in the economy")
    ]


def test_a_colon_inside_emphasis_mid_sentence_is_left_alone():
    bank = generate("# Notes\n\nThe rule is **not: this** but the other one, said the author.\n", deck="notes")
    assert not any(f.extractor == "definitions" for f in bank.facts)


def test_a_plural_term_defined_by_its_plural_genus():
    text = "# Biology\n\n## Cells\n\nEnzymes are proteins that speed up chemical reactions in cells.\n"
    basic = next(c for c in generate(text, deck="n").cards if c.kind == "basic")
    assert basic.front.endswith("what are enzymes?")
    assert basic.back == "Proteins that speed up chemical reactions in cells"


@pytest.mark.parametrize(
    "sentence",
    ["Details are shown in the table below.", "Results are values returned by a function.", "Cookies are tasty."],
)
def test_a_plural_subject_without_a_plural_genus_and_its_differentia_is_no_definition(sentence):
    bank = generate(f"# Notes\n\n## Part\n\n{sentence}\n", deck="notes")
    assert not any(f.extractor == "definitions" for f in bank.facts)


BASH_ERRORS = """# Common Bash Errors and Fixes

Bash scripts fail in a few common ways. In Bash, each error has a cause and a fix.

## Permission Denied

### Cause:
The script file is not executable, which prevents the shell from running it.

### Fix:
Grant execute permission using:
```bash
chmod +x script.sh
```
"""


def test_a_role_heading_is_no_topic_and_a_lead_in_hands_over_without_its_preposition():
    cards = written_cards(BASH_ERRORS)
    fronts = [c.front for c in cards]
    backs = [c.back for c in cards]
    assert not any("fix" in f.split(",")[0].lower() for f in fronts if f.startswith("In "))
    assert any(f.endswith("how do you grant execute permission?") for f in fronts)
    assert "Grant execute permission" in backs


CONDITIONALS = """# Bash Conditional Expressions

In computer science, conditional expressions are features of a language. Conditional expressions are used
by the `[[` compound command in Bash to test file attributes and compare strings, as scripts in Bash do.

## File expressions

* True if file exists and is a directory.

```bash
[[ -d ${file} ]]
```

* True if file exists and is a regular file.

```bash
[[ -f ${file} ]]
```

* True if file exists and is readable.

```bash
[[ -r ${file} ]]
```

* True if file exists and is writable.

```bash
[[ -w ${file} ]]
```
"""


def test_a_title_of_a_name_and_common_words_the_prose_writes_small_is_about_the_name():
    asked = [f for f in fronts(CONDITIONALS) if "which expression" in f]
    assert asked
    assert all(f.startswith("In Bash, ") for f in asked), asked


def test_a_name_of_two_words_keeps_both():
    text = "# Hill Cipher\n\nThe Hill cipher is a polygraphic substitution cipher based on linear algebra.\n"
    text += "\n## Encryption\n\nEach letter is represented by a number modulo 26. Hill used matrices.\n"
    assert not any(f.startswith("In Hill,") for f in fronts(text))


BIOLOGY = """# Biology Cheatsheet

## Branches

- **Genetic engineering**: modifying organisms by changing their DNA

## DNA and Genetics

- **Genes**: segments of DNA coding for proteins
- **Chromosomes**: DNA molecules packaged with proteins
"""


def test_a_sub_field_is_the_topic_of_its_section_and_a_category_heading_gives_way():
    asked = fronts(BIOLOGY)
    assert any(f.startswith("In genetics, what are genes?") for f in asked), asked
    assert not any("(branches)" in f or "DNA and Genetics" in f for f in asked), asked


def test_a_title_naming_a_kind_of_page_leaves_its_subject():
    text = (
        "# Note-Taking Methods\n\nNote-taking helps learners; good note-taking is a skill.\n\n"
        "## Outline\n\nIn note-taking, information is organized in a structured format using headings "
        "and bullet points.\n"
    )
    assert any(f.startswith("In note-taking, ") for f in fronts(text))


PROMPTS = """# Prompting

## Standard Prompts

We have tried a very simple prompt above. And you can already guess that it would look like this:

```
Q: <Question>?
A: <Answer>
```

Few-shot prompts can be formatted as follows:

```
<Question>?
<Answer>
```

Output:

```
Sorry, I don't have any information about your interests. Here is a list: [list of movies].
```
"""


def test_templates_are_named_by_what_the_lead_in_names_not_by_the_reader():
    asked = fronts(PROMPTS)
    assert not any(" we?" in f or "and you" in f for f in asked), asked
    assert any(f.endswith("what is the format of a few-shot prompt?") for f in asked), asked
    assert not any("an output" in f.lower() for f in asked), asked


@pytest.mark.parametrize(
    ("gloss", "clause"),
    [
        ("Decisions of a central planner are replaced by the decisions of millions of firms", True),
        ("A file that is executed by the shell", False),
        ("Something that induces a person to act", False),
        ("Data stored on disk", False),
    ],
)
def test_a_passive_sentence_is_a_clause_no_which_term_question_takes_in(gloss, clause):
    assert is_clause(gloss) is clause


@pytest.mark.parametrize("heading", ["Metrics", "Characteristics", "Graphics"])
def test_a_heading_ending_like_a_field_is_not_one(heading):
    from quizzes.generation.writing.topics import _field_in

    assert _field_in(heading) == ""
    assert _field_in("DNA and Genetics") == "genetics"
    assert _field_in("Ecology") == "ecology"


MACROMOLECULES = """# Concepts of Genetics and Molecular Biology

Cells are built from macromolecules: prokaryotes lack a nucleus, eukaryotes have one, and
polysaccharides store energy in both.

## The four main types of biological macromolecules

### Proteins

- **Function**: Proteins are the workhorses of the cell, performing a wide range of functions.
- **Importance**: Without proteins, cells could not carry out vital tasks.

### Lipids

- **Function**: Lipids, including fats and oils, are essential for energy storage.
- **Importance**: Lipids play a vital role in maintaining the integrity of the cell membrane.

## The cell

- **Prokaryotes**: have a nucleus not clearly separated from the rest of cellular matter
- **Rough ER** (studded with ribosomes): Involved in the synthesis of proteins that are secreted from the cell.
- **1944**: Discovery of genetic information stored in the DNA

### Eukaryotes

- **Nucleus**: the control center of the cell, regulating cell growth and division by directing protein synthesis.
"""


def test_an_everyday_label_glossed_again_for_each_subject_is_no_term():
    bank = generate(MACROMOLECULES, deck="notes")
    terms = {f.fields.get("term", "").lower() for f in bank.facts if f.extractor == "definitions"}
    assert not terms & {"function", "importance"}
    assert any("label opening several entries" in s.reason for s in bank.skipped)


def test_a_year_is_no_term_and_a_bracketed_description_is_no_other_name():
    fronts_ = fronts(MACROMOLECULES)
    assert not any("1944" in f for f in fronts_), fronts_
    assert not any("also called studded" in f for f in fronts_), fronts_


def test_a_rare_plural_the_prose_writes_small_agrees_and_names_its_section():
    fronts_ = [c.front for c in written_cards(MACROMOLECULES)]
    assert any(f.startswith("What do Prokaryotes have?") or "what do prokaryotes have?" in f for f in fronts_), fronts_
    assert any(f.startswith("In eukaryotes, ") for f in fronts_), fronts_
    # a title of two fields is written as common nouns, not the course's capitals
    assert not any("Genetics and Molecular Biology" in f for f in fronts_), fronts_


def test_an_aside_in_brackets_does_not_make_a_row_key_a_phrase():
    text = (
        "# Heap\n\nA heap is a tree-based data structure.\n\n## Time complexity\n\n"
        "| Operation | Big-O |\n| --- | --- |\n| Find max/min | O(1) |\n| Insert | O(log(n)) |\n"
        "| Heapify (create a heap out of given array of elements) | O(n) |\n"
    )
    asked = fronts(text)
    assert "What is the time complexity of the insert operation in a heap?" in asked, asked
    assert not any("where operation is" in f.lower() or "create a heap out" in f for f in asked), asked


def test_sentences_inside_call_out_components_are_read_and_their_titles_are_not():
    text = (
        "# Virtual environments\n\n## Poetry\n\n<base-disclaimer>\n  <base-disclaimer-title>\n"
        '    From <a href="https://python-poetry.org/">Poetry website</a>\n  </base-disclaimer-title>\n'
        "  <base-disclaimer-content>\n    Poetry is a tool for dependency management and packaging in Python.\n"
        "  </base-disclaimer-content>\n</base-disclaimer>\n"
    )
    bank = generate(text, deck="notes")
    backs = [c.back for c in bank.cards]
    assert "A tool for dependency management and packaging in Python" in backs, backs
    assert not any("Poetry website" in c.front for c in bank.cards)


@pytest.mark.parametrize(
    "html",
    [
        '<div>\n<img src="x.png">\n</div>',
        "<div>\n<script>var a = 1; alert('This is a long sentence here.');</script>\n</div>",
    ],
)
def test_components_around_images_or_scripts_are_not_prose(html):
    bank = generate(f"# Notes\n\n{html}\n", deck="notes")
    assert not bank.facts


def test_a_definition_s_choices_come_from_its_own_section_or_it_is_asked_without_choices():
    text = (
        "# Biology\n\n## Cell types\n\n"
        "- **Eukaryotic cells**: cells with a nucleus and membrane-bound organelles\n"
        "- **Prokaryotic cells**: cells without a nucleus, such as bacteria and archaea\n\n"
        "## Methods\n\n"
        "- **Microscopy**: viewing cells and microorganisms through lenses\n"
        "- **Experimentation**: testing hypotheses with controlled variables\n"
        "- **Natural selection**: the process by which traits that improve survival become more common\n"
        "- **Dissection**: cutting a specimen open to study its internal structure\n"
    )
    cards = generate(text, deck="notes").cards
    for card in cards:
        if card.kind == "mcq" and card.answer in ("Eukaryotic cells", "Prokaryotic cells"):
            raise AssertionError(f"options from another section: {card.choices}")
    methods = {"Microscopy", "Experimentation", "Natural selection", "Dissection"}
    assert all(set(c.choices) <= methods for c in cards if c.kind == "mcq" and c.answer in methods)


CONDA = """# conda

conda is a package and environment manager for Python and other languages.

## Environments

| Command | Description |
| --- | --- |
| `conda create --name envname python=3.6 numpy` | Create new environment |
| `conda info --envs` | Show all environments |
| `conda remove --name envname --all` | Delete environment |
"""


def test_a_command_table_asks_what_a_command_does_and_how_to_do_its_task():
    asked = {c.front: c.back for c in written_cards(CONDA)}
    assert asked.get("What does conda info --envs do?") == "Show all environments", asked
    assert any(q.endswith("how do you show all environments?") and a == "conda info --envs" for q, a in asked.items())
    assert not any(q.lower().startswith("where command is") or "what is description" in q for q in asked), asked


def test_a_short_command_table_read_row_by_column_asks_one_command_as_one():
    text = CONDA.replace("conda create --name envname python=3.6 numpy", "conda list").replace(
        "conda remove --name envname --all", "conda clean"
    )
    assert "What does conda info --envs do?" in {c.front for c in generate(text, deck="notes").cards}


def test_a_described_general_noun_heading_gives_way_to_the_subject_above():
    from quizzes.generation.writing.topics import _a_stage_of

    assert _a_stage_of("Formal process") and _a_stage_of("informal process")
    assert not _a_stage_of("Screen readers") and not _a_stage_of("Code editors")
