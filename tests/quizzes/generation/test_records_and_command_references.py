"""Three shapes of reference page: one heading per thing, each described by the same fields
("### Marie Curie" - "Key discoveries: polonium, radium"), one heading per subcommand of a
program, opened by what it does ("## `brewkit pin`" - "Pins a formula at its current version."),
and one name in code per heading, three or more under one parent, opened by what the option does
("### `dry_run`" - "If set to `true`, …") or what the named thing is ("Gaussian kernels describe …")."""

from quizzes.generation import generate
from tests.quizzes.generation.helpers import cards_of, written_cards

SCIENTISTS = """# Scientists and their work

A quick map of who found what.

## Physics and chemistry

### Marie Curie
- Life and place: 1867 - 1934; Warsaw, worked in Paris.
- Main influence areas: radioactivity, chemistry, medicine.
- Key discoveries: *polonium*, *radium*.
- Key facts: First person to win Nobel prizes in two sciences; founded the Radium Institute.
- Historical note: Her notebooks are still radioactive.

### Michael Faraday
- Life and place: 1791 - 1867; London.
- Main influence areas: electromagnetism, electrochemistry.
- Key discoveries: *electromagnetic induction*, *benzene*.
- Key facts: Largely self-taught; lectured at the Royal Institution.

### Dmitri Mendeleev
- Life and place: 1834 - 1907; Tobolsk, worked in Saint Petersburg.
- Main influence areas: chemistry, metrology.
- Key discoveries: *the periodic law*.
- Key facts: Predicted gallium and germanium before they were found.
"""


def test_a_field_repeated_under_each_heading_is_asked_of_the_heading():
    basics = {c.front: c.back for c in cards_of(SCIENTISTS, "basic")}
    assert basics["What are the key discoveries of Marie Curie?"] == "Polonium, radium"
    assert basics["What are the key discoveries of Michael Faraday?"] == "Electromagnetic induction, benzene"
    assert basics["What are the key discoveries of Dmitri Mendeleev?"] == "The periodic law"


def test_fields_that_file_remarks_give_no_card_and_no_term():
    fronts = [c.front for c in cards_of(SCIENTISTS)]
    assert len(fronts) == 3, fronts  # the key discoveries alone
    assert not any("key facts" in f or "influence areas" in f or "historical note" in f for f in fronts)
    skipped = {s.reason for s in generate(SCIENTISTS, deck="test").skipped}
    assert "a label opening several entries: a field of each entry's subject, not a term" in skipped


def test_a_label_repeated_within_one_section_is_a_series_of_examples_not_a_record():
    examples = """# Reversing a string

## Examples

- Input: abc
- Output: cba
- Explanation: read from the end.
- Input: ab
- Output: ba
- Explanation: two letters swap.
- Input: a
- Output: a
- Explanation: one letter is its own reverse.
"""
    assert not any(c.front.startswith("What is the input of") for c in cards_of(examples))


def test_a_value_that_is_a_sentence_is_a_remark():
    remarks = """# Security headers

### Frame options
- Header name: X-Frame-Options
- Drawback: This only prevents one kind of attack.

### Content sniffing
- Header name: X-Content-Type-Options
- Drawback: It is not supported by old browsers.

### Strict transport
- Header name: Strict-Transport-Security
- Drawback: This works only over HTTPS.
"""
    fronts = {c.front: c.back for c in cards_of(remarks)}
    assert fronts["In security headers, what is the header name of Frame options?"] == "X-Frame-Options"
    assert not any("drawback" in f for f in fronts)


PROGRAM_REFERENCE = """# Command Reference

Like `git`, the `brewkit` command delegates to subcommands.

## `brewkit pin`

Pins a formula at its current version, so that upgrades leave it alone.

    $ brewkit pin wget

## `brewkit doctor`

Checks the installation for common problems and prints advice.

## `brewkit pin` (advanced)

You can pin several formulae at once.
"""


def test_a_subcommand_heading_over_what_it_does_is_asked_what_it_does():
    cards = {c.front: c.back for c in written_cards(PROGRAM_REFERENCE)}
    pins = "Pins a formula at its current version, so that upgrades leave it alone."
    assert cards["What does brewkit pin do?"] == pins
    assert cards["What does brewkit doctor do?"] == "Checks the installation for common problems and prints advice."
    assert cards["Which brewkit command checks the installation for common problems and prints advice?"] == (
        "brewkit doctor"
    )
    assert not any("several formulae" in back for back in cards.values())


def test_a_heading_of_everyday_words_names_a_program_only_when_the_code_runs_it():
    notes = """# Notes

## getting started

Describes how the project is laid out.

## cargo build

Compiles the current package.

```sh
cargo build --release
```
"""
    fronts = [c.front for c in cards_of(notes)]
    assert "What does cargo build do?" in fronts
    assert not any("getting started" in f for f in fronts)


def test_a_file_name_in_code_keeps_its_space_after_the_article():
    page = "# Tool\n\n## `vertool local`\n\nWrites the version to a `.tool-version` file.\n"
    cards = {c.front: c.back for c in written_cards(page)}
    assert cards["What does vertool local do?"] == "Writes the version to a .tool-version file."


# A man page's header line, options of two tables ("[sweep]" has four, "[web]" two), one described
# by an example only; wordings: an instruction, "Also" and a verb pair, a condition, "This allows one
# to" and a hyphened verb.
CONFIG_FILE = """TIDYD.TOML 5 "2024" tidyd "File Formats"
========================================

NAME
----

tidyd.toml - the tidyd configuration file

DESCRIPTION
-----------

A file in TOML format that sets how tidyd sweeps a home directory. tidyd reads it from
`$HOME/.config/tidyd/tidyd.toml` at start-up, and reads tidyd.toml again on SIGHUP.

## [sweep]

### `log_level`

Specify which messages to write to the journal. Defaults to "warn".

### `scan_extra`

Also scan and clean the directories listed in `extra_dirs`, on top of the home directory.

### `dry_run`

If set to `true`, the `.trash` folder is listed (not emptied) at each sweep.

### `trash_path`

This allows one to hard-code the path of the `.trash` folder.

### `max_age`

```toml
max_age = "30d"
```

## [web]

### `bind`

If set, the status page listens on that address only.

### `port`

Specify the port of the status page.
"""


def test_an_option_headed_by_its_name_is_asked_what_it_does_in_its_file():
    cards = {c.front: c.back for c in cards_of(CONFIG_FILE)}
    # the man page's "TIDYD.TOML" as its prose writes it
    assert cards["In tidyd.toml, what does the log_level option do?"] == (
        "Specifies which messages to write to the journal"
    ), cards
    assert cards["In tidyd.toml, what does the scan_extra option do?"] == (
        "Scans and cleans the directories listed in extra_dirs, on top of the home directory"
    )
    assert cards["In tidyd.toml, what does the dry_run option do?"] == (
        "If set to true, the .trash folder is listed (not emptied) at each sweep"
    )
    assert cards["In tidyd.toml, what does the trash_path option do?"] == "Hard-codes the path of the .trash folder"


def test_an_options_sentence_is_not_also_a_cloze_and_two_options_or_an_example_give_no_card():
    cards = cards_of(CONFIG_FILE)
    assert not any(c.kind == "cloze" and "each sweep" in c.front for c in cards), [c.front for c in cards]
    # "[web]" has two options only, and max_age says nothing of itself
    assert not any("bind" in c.front or "port" in c.front or "max_age" in c.front for c in cards)


KERNELS = """# Smoothing Kernels

A kernel weights the points around each sample. The Gaussian bell is the usual choice, and the
kernels below all subtype `AbstractKernel`.

## Implementations

### `GaussianKernel`

Gaussian kernels describe a bell-shaped weighting of neighbouring points. They are the default.

```julia
k = GaussianKernel(0.5)
```

### `TriangularKernel`

Triangular kernels represent a linear decay of weight with distance.

### `BoxKernel`

A box kernel is a kernel that gives every point within the bandwidth the same weight.

### `EpanechnikovKernel`

```julia
k = EpanechnikovKernel(1.0)
```

### `Kernel`

The `Kernel` type describes a kernel of any shape the user supplies.
"""


def test_an_entry_that_names_itself_in_words_is_asked_what_its_verb_says():
    cards = {c.front: c.back for c in cards_of(KERNELS)}
    # "Gaussian" keeps the capital the prose gives it; the name in code says which type
    assert cards["What do Gaussian kernels (GaussianKernel) describe?"] == (
        "A bell-shaped weighting of neighbouring points"
    ), cards
    assert cards["What do triangular kernels (TriangularKernel) represent?"] == "A linear decay of weight with distance"
    assert cards["What does the Kernel type describe?"] == "A kernel of any shape the user supplies"
    # a definition stays the definition's; an example alone says nothing; no options here
    assert cards["In smoothing kernels, what is a box kernel?"].startswith("A kernel that gives every point")
    assert not any("Epanechnikov" in front or "option" in front for front in cards), cards


COURT_WORDS = """## A

### Adjourn

Explanation:
When a court case is postponed.

For citizens use:
Postpone

### Respondent

Explanation:
The husband or wife who did not start the divorce.

For citizens use:
Use with explanation

### Claimant

Explanation:
The person making a claim.

For citizens use:
Use with explanation

### Assist

Explanation:
Help

For citizens use:
Help

### Decree one

Explanation:
The court order for a divorce is made in 2 stages.

For citizens use:
The first court order in a divorce.

### Decree two

Explanation:
The court order for a divorce is made in 2 stages.

For citizens use:
The court order that ends a marriage.
"""


def test_an_explanation_field_under_each_heading_is_a_glossary_entry():
    cards = {c.front: c.back for c in cards_of(COURT_WORDS)}
    assert cards["What does “adjourn” mean?"] == "When a court case is postponed"
    assert cards["What is a respondent?"] == "The husband or wife who did not start the divorce"
    # a gloss naming its own term's stem, or one everyday word for another, teaches nothing
    assert not any("claimant" in front or "assist" in front for front in cards), cards
    assert not any("for citizens" in front.lower() for front in cards), cards
    # one explanation for two headings tells neither apart
    assert not any(back.startswith("The court order for a divorce is made") for back in cards.values())
