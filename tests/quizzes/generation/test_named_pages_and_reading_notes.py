"""Shapes from other authors' pages (set X): a FAQ and a glossary whose titles name nothing but whose
prose names the tool, a course's notes titled with its academic year, a book's reading notes with page
numbers, a tutorial's "our training set", a one-row table that takes a name apart."""

import pytest

from quizzes.generation.extractors.lists import _LABEL
from quizzes.generation.facts import CardDraft
from quizzes.generation.lint import card_problems
from quizzes.generation.parsing import parse
from quizzes.generation.text import sentences
from quizzes.generation.writing.grammar import be, is_plural
from quizzes.generation.writing.topics import document_subject, dominant_name
from tests.quizzes.generation.helpers import cards_of, facts_of

FAQ = """# Frequently Asked Questions

The most common questions users ask are gathered here.

## Does Formly have an API?

Not yet. _Formly_ is fundamentally a command line tool, and a Python interface is not planned.

## Is Formly safe to use?

Yes, for the most part: _Formly_ checks that the reformatted code still parses the same way.

## Why is my Jupyter Notebook cell not formatted?

Cells that contain magics are skipped, as _Formly_ cannot parse them, such as automagics.

## Can I run Formly with PyPy?

Yes, there is support for PyPy 3.7 and higher, which _Formly_ tests on every release.
"""

GLOSSARY = """---
title: Glossary
---

We will list here the terms that are related to the Relay.IO ecosystem:

## Adapter

An Adapter is a server-side component which is responsible for:

- storing the relationships between the sockets and the rooms
- broadcasting events to all clients

## Room

A Room is a server-side concept that allows broadcasting data to a subset of clients. The Relay.IO
server keeps each room in memory, and Relay.IO clients never see them.
"""


def test_a_faq_titled_by_its_kind_names_the_tool_its_headings_and_prose_keep_naming():
    assert dominant_name(FAQ) == "Formly"
    fronts = {c.front for c in cards_of(FAQ)}
    # a question that names another name (Jupyter Notebook) is still about the page's tool
    assert "In Formly, why is your Jupyter Notebook cell not formatted?" in fronts


def test_a_glossary_names_the_ecosystem_its_opening_sentence_introduces():
    assert dominant_name(GLOSSARY) == "Relay.IO"
    fronts = {c.front for c in cards_of(GLOSSARY)}
    assert "In Relay.IO, what is a room?" in fronts


def test_a_definition_cut_before_its_list_is_not_asked():
    assert not any(c.back.endswith("responsible for") for c in cards_of(GLOSSARY))


def test_a_course_title_and_its_academic_year_name_the_subject_without_the_year():
    assert document_subject(("Organic Chemistry, Academic Year 2024/2025", "Chirality")) == "Organic Chemistry"
    assert document_subject(("Immunity to Change ~ Theo Notes", "Part one")) == "Immunity to Change"
    # a book's page number goes with the heading's words
    assert document_subject(("Self-Authoring Mind p43", "x")) == "Self-Authoring Mind"
    assert document_subject(("Python 3.12 Release", "x")) == "Python 3.12 Release"


def test_a_page_reference_after_a_sentence_is_not_part_of_it():
    assert sentences("The percentages beyond the plateau are quite small. p56") == [
        "The percentages beyond the plateau are quite small."
    ]
    assert sentences("See the note on p. 12 for details.") == ["See the note on p. 12 for details."]


def test_a_tutorial_s_possessive_gives_way_to_the_article():
    markdown = "## Bagging\n\nBootstrap sampling means drawing random samples from our training set with replacement.\n"
    [fact] = facts_of(markdown, "definitions")
    assert fact.fields["definition"] == "drawing random samples from the training set with replacement"
    # a sentence still addressed to the reader is not rewritten into a claim
    addressed = "## Bagging\n\nHere, we train a number of decision trees on your training set.\n"
    assert facts_of(addressed, "statements") == []


def test_the_head_of_a_term_decides_its_number_not_what_modifies_it():
    assert not is_plural("chirality in molecules")
    assert be("chirality in molecules") == "is"
    assert is_plural("rules for ketones")


def test_a_one_row_table_that_takes_a_name_apart_is_not_asked_as_equivalents():
    markdown = (
        "## Cipher suites\n\nLook at the following explanation:\n\n"
        "| PROTOCOL | KEY EXCHANGE | AUTHENTICATION | CIPHER | HASHING |\n| --- | --- | --- | --- | --- |\n"
        "| `TLS` | `ECDHE` | `ECDSA` | `AES_128_GCM` | `SHA256` |\n"
    )
    assert not any("equivalent" in c.front for c in cards_of(markdown))


def test_a_list_label_keeps_its_version_number():
    lead = "There are essentially 4 different parts of a TLS 1.2 cipher suite"
    assert _LABEL.search(lead)["label"] == "parts of a TLS 1.2 cipher suite"


def test_a_question_word_before_the_term_in_a_heading_is_no_qualifier():
    markdown = (
        "# FAQ\n\n## Why does Formly not detect syntax errors in my code?\n\n"
        "_Formly_ is an autoformatter, not a Python linter or interpreter.\n"
    )
    assert not any("does formly" in c.front.lower() or c.back == "does formly" for c in cards_of(markdown))


def test_a_gloss_pointing_at_the_sentence_before_is_not_asked():
    markdown = (
        "## Accidentals\n\nAccidentals apply to all other noteheads for the remainder of the measure. "
        "A natural accidental is used to cancel this convention.\n"
    )
    assert not any("this convention" in c.back for c in cards_of(markdown))
    # what the gloss names itself it may point at again
    markdown = "## Paradigms\n\n- **Divide and conquer**: divides the problem into parts and then solves those parts\n"
    assert facts_of(markdown, "definitions")


def test_a_clause_about_people_is_no_term():
    markdown = "## Groups\n\n- **Everyone maps individually first** — otherwise the group exercise turns shallow\n"
    assert facts_of(markdown, "definitions") == []


def test_the_steps_an_example_acts_out_are_no_commands_to_recall():
    markdown = (
        "## Auto squash\n\n```bash\n# create a new branch for the example\ngit checkout -b rebase_example\n\n"
        "# make a mistake and commit the changes with --fixup option\ngit commit --fixup=HEAD^\n```\n"
    )
    assert not any("example" in c.front or "mistake" in c.back.lower() for c in cards_of(markdown))


MAIL = """What is a mail server and how does it do its duty?
Here is an introduction that covers what you need to get started with relay-mailserver.

## Components

relay-mailserver runs Postfix as its MTA, and relay-mailserver runs Dovecot for retrieval.
Many people run relay-mailserver on one small machine, and upgrades of relay-mailserver are quick.

## About security & ports

In relay-mailserver, Submission uses port 587 with STARTTLS, which clients must accept before they send.
"""


def test_a_hyphened_name_and_a_tool_written_small_with_a_hyphen_can_name_the_page():
    frame = "## What is A-Frame?\n\nThe web uses A-Frame for scenes. " + "Authors build with A-Frame here. " * 5
    assert dominant_name(frame) == "A-Frame"
    assert dominant_name(MAIL) == "relay-mailserver"  # one word to the counts, not "relay" and "mailserver"


def test_a_heading_joining_two_subjects_with_an_ampersand_is_no_topic():
    assert not any(c.front.startswith("In security & ports") for c in cards_of(MAIL))


A_FAQ = """# FAQ

## Which devices does Scenekit support?

See Device and Platform Support for the list of devices and browsers.

## Where is the roadmap?

Yes, check out the Scenekit Roadmap on GitHub, which Scenekit keeps up to date.

## How can I get started?

Install Scenekit with npm and open the example scene in a browser to see it run.

## Why does my video not play on mobile?

Mobile browsers limit inline video, so Scenekit needs a user gesture before playback starts.
"""


def test_a_faq_answer_that_points_elsewhere_or_answers_yes_to_where_is_not_asked():
    fronts = {c.front for c in cards_of(A_FAQ)}
    assert not any("devices" in f or "roadmap" in f or "get started" in f for f in fronts)
    assert any("video not play on mobile" in f for f in fronts)


def test_a_gloss_opening_with_the_term_s_own_head_noun_is_asked_what_it_is():
    markdown = (
        "## Harmony\n\n* **Complementary Colors:** Colors opposite each other on the color wheel (red and green).\n"
    )
    fronts = [c.front for c in cards_of(markdown, "basic")]
    assert fronts and all(f.startswith("What are") or ", what are" in f for f in fronts), fronts


def test_a_note_s_shorthand_is_no_term():
    markdown = (
        "## Justice\n\n- Good as a means to the higher end of pleasure.\n"
        "- Successful life =: unnoticed life in the eye of the world, aiming for self-sufficiency\n"
    )
    assert facts_of(markdown, "definitions") == []


def test_an_abbreviation_is_asked_in_its_section_s_subject_without_the_bracketed_members():
    markdown = (
        "# Block Ciphers, Stream Ciphers and Padding\n\n## Block Cipher Modes (CBC, CTR, GCM, ...)\n\n"
        "Several block cipher modes exist.\n\nECB stands for Electronic Codebook, the simplest block cipher mode.\n"
    )
    assert "In block cipher modes, what does ECB stand for?" in [c.front for c in cards_of(markdown)]


def test_a_command_comment_cut_short_before_its_code_is_no_task():
    markdown = (
        "## Sync\n\n```bash\n# check the first line of:\ngit status\n\n# fetch the upstream branches\ngit fetch\n```\n"
    )
    fronts = [c.front for c in cards_of(markdown)]
    assert not any("first line of" in f for f in fronts)


OPTIONS = """# Elements

Options can be set for each kind of element.

## Point Configuration

Point elements are used to represent the points in a line chart.

| Name | Type | Default | Description
| ---- | ---- | ------- | -----------
| `radius` | `number` | `3` | Point radius.
| `rotation` | `number` | `0` | Point rotation (in degrees).
| `borderWidth` | `number` | `1` | Point stroke width.

## Arc Configuration

Arcs are used in pie charts.

| Name | Type | Default | Description
| ---- | ---- | ------- | -----------
| `borderWidth` | `number` | `2` | Arc stroke width.
| `borderAlign` | `string` | `'center'` | Stroke alignment.
| `stepped` | `boolean` | `false` | Whether to draw the arc in steps.
"""


def test_an_options_table_asks_defaults_in_the_kind_its_heading_configures_and_not_the_types():
    fronts = {c.front: c.back for c in cards_of(OPTIONS)}
    assert not any("type of" in f for f in fronts)  # a radius is a number: a guess, not a fact
    assert fronts.get("In point elements, what is the default value of radius?") == "3"
    assert fronts.get("In arc elements, what is the default value of borderWidth?") == "2"
    assert not any(f.startswith("Is ") for f in fronts)  # not "Is stepped default?"


def test_a_dated_heading_names_its_subject_without_the_dates():
    assert document_subject(("Bronze Age (3300 - 1200 BC)", "x")) == "Bronze Age"
    assert document_subject(("The gist of MobX", "x")) == "MobX"


def test_a_table_grouping_its_rows_under_a_first_column_asks_every_row_by_its_group():
    markdown = (
        "## Verb suffixes\n\n| Category | Meaning | Suffix |\n| --- | --- | --- |\n"
        "| Tense | Present | **ø** |\n| | Past | **-ta** |\n| | Future | **-no** |\n"
        "| Aspect | Progressive | **-ri** |\n"
    )
    asked = {c.front.split(", ", 1)[-1]: c.back for c in cards_of(markdown)}  # after the topic
    assert asked.get("what is the suffix of past tense?") == "-ta"
    assert asked.get("what is the suffix of future tense?") == "-no"  # not only each group's first row
    assert not any("mean" in f for f in asked)


def test_a_reference_table_s_dividers_dittos_and_is_expressions_read_as_the_author_means():
    markdown = (
        "## Ranges\n\n| Range | Description |\n| --- | --- |\n| `~1.2.3` | is `>=1.2.3 <1.3.0` |\n"
        "| --- | --- |\n| `^1` | is `>=1.0.0 <2.0.0` |\n| `1.x` | same |\n| `*` | any version |\n"
    )
    asked = {c.front.split(", ", 1)[-1]: c.answer or c.back for c in cards_of(markdown)}
    assert asked.get("what does ~1.2.3 mean?") == ">=1.2.3 <1.3.0"
    assert "same" not in asked.values()  # "1.x | same": the row above's, never an answer of its own
    assert not any("---" in f for f in asked)


def test_a_title_of_one_everyday_word_gives_way_to_the_product_its_page_keeps_naming():
    markdown = (
        "# Pipelines glossary\n\nThe following terms help you use Pipelines in Relaykite.\n\n"
        "## Agent\n\nAn agent is a small build runner that connects the infrastructure to Relaykite. "
        "It polls Relaykite for work, and Relaykite shows the results.\n\n"
        "## Artifact\n\nAn artifact is a file generated during a build, which Relaykite can store for a while.\n"
    )
    assert dominant_name(markdown) == "Relaykite"
    fronts = [c.front for c in cards_of(markdown, "basic")]
    assert "In Relaykite, what is an artifact?" in fronts, fronts


def test_an_outline_letter_is_no_part_of_a_topic_and_a_listed_cell_is_asked_as_several():
    markdown = (
        "# ECG notes\n\n## V. ECG Anomalies\n\n### A. P Wave Abnormalities\n\nP wave abnormalities show in atria.\n\n"
        "| Anomaly | Description | Associated Condition |\n| --- | --- | --- |\n"
        "| Absent P Wave | No P wave before the QRS. | Atrial Fibrillation, Junctional Rhythm, Sinus Arrest |\n"
        "| Tall P Wave | P wave taller than 2.5 mm. | Right Atrial Enlargement |\n"
        "| Wide P Wave | P wave longer than 0.12 s. | Left Atrial Enlargement |\n"
    )
    fronts = [c.front for c in cards_of(markdown)]
    assert not any("In A." in f for f in fronts), fronts
    assert any("what are the associated conditions of" in f for f in fronts), fronts


def test_a_line_stating_something_without_a_stop_ends_its_sentence_before_a_line_opening_one():
    markdown = (
        "## Chloroplasts\n\nChloroplasts are the site of photosynthesis\n"
        "The first stage of photosynthesis traps light energy in chlorophyll.\n"
    )
    [fact] = facts_of(markdown, "definitions")
    assert fact.fields["definition"] == "the site of photosynthesis"
    # a line that goes on ("… used by the") is one sentence with the next
    joined = "## Notes\n\nThe energy is stored and used by the\nThe cell in the next stage of the cycle.\n"
    assert ". The cell" not in " ".join(t for s in parse(joined).sections for _, t in s.texts_by_block())


def test_a_row_named_by_an_adjective_under_a_kind_header_is_asked_as_one_of_that_kind():
    markdown = (
        "## Roux ratios by color\n\n| Roux type | Cook time | Flavor |\n| --- | --- | --- |\n"
        "| White | 2–3 min | Mild, starchy |\n| Blond | 5–7 min | Nutty |\n| Brown | 20–40 min | Deep, toasty |\n"
    )
    fronts = [c.front for c in cards_of(markdown)]
    assert any(f.lower().endswith("what is the cook time of white roux?") for f in fronts), fronts


def test_an_instruction_about_a_quantity_and_a_means_gloss_read_as_the_author_means():
    markdown = "## Hollandaise\n\n**Emulsion temperature:** Maintain the bowl at 140–150°F during whisking.\n"
    assert facts_of(markdown, "definitions") == []  # what to do, not what the temperature is
    markdown = "## Prerendering\n\nPrerendering means computing the contents of a page at build time.\n"
    [fact] = facts_of(markdown, "definitions")
    assert fact.fields["definition"].startswith("computing the contents")


def test_a_why_question_answered_without_a_reason_takes_the_sentence_that_gives_it():
    markdown = (
        "# FAQ\n\n## Why does my linter complain after I format my code?\n\n"
        "Some linters use magical comments such as noqa to influence their behavior. "
        "Formly recognizes such comments, but this detection cannot be perfect.\n\n"
        "## Why is the DOM not updating?\n\nFor performance reasons, Formly does not update the DOM. "
        "Use the debug component to see it.\n"
    )
    answers = {c.front.split(", ", 1)[-1]: c.back for c in cards_of(markdown)}
    linter = next(a for q, a in answers.items() if "linter" in q)
    assert linter.endswith("this detection cannot be perfect.")
    dom = next(a for q, a in answers.items() if "DOM" in q)
    assert dom == "For performance reasons, Formly does not update the DOM."  # gives its reason already


# Clozes seen on unseen sets: a person's name, an aside, an acronym spelled around its blank, a
# likeness to a sentence the card lacks, half a name, one example of many; and their look-alikes.
@pytest.mark.parametrize(
    ("front", "back", "problem"),
    [
        ("Dr. _____ has built a medical education project with Leap Motion controls.", "Ryan James", True),
        ("In A-Frame, don _____ has published a Leap Hands component.", "McCurdy", True),
        ("The _____ distance between two words is the minimum number of edits.", "Levenshtein", False),
        ("Port 465 is (starting _____) the reserved TCP port for Implicit TLS.", "2018", True),
        ("Isotopes differ in mass number (the sum of protons and _____).", "neutrons", True),
        ("Isotopes of one element differ in their number of _____.", "neutrons", False),
        ("In authenticated encryption, _____ binds associated data to the ciphertext.", "AEAD", True),
        ("In SSL/TLS cipher suites, _____ is the hashing algorithm of the example.", "SHA", False),
        ("The _____ works in a very similar way.", "decryption", True),
        ("The _____ works in a similar way to encryption.", "decryption", False),
        ("In Nx, when using Distributed _____, agents belong to a single run group.", "Task Execution", True),
        ("In screen readers, on Windows _____ is included by default.", "Narrator", False),
        ("In Nx, an example command that invokes a task is _____.", "nx build my-app", True),
        ("_____ is a run that performs many tasks.", "nx run-many -t test,build", True),
        ("_____ is a command that shows the working tree status.", "git status", False),
    ],
)
def test_a_cloze_blank_that_teaches_nothing_is_a_problem_and_its_look_alike_is_not(front, back, problem):
    card = CardDraft(key="k", kind="cloze", front=front, back=back, note_key="k")
    assert bool(card_problems(card)) is problem


def test_a_finding_in_a_heading_s_capitals_around_a_letter_is_asked_as_a_common_noun():
    markdown = (
        "## T wave abnormalities\n\n| Anomaly | Description | Associated Condition |\n| --- | --- | --- |\n"
        "| Inverted T Wave | T wave is negative where it should be positive. | Myocardial Ischemia |\n"
        "| Flattened T Wave | T wave has reduced amplitude. | Hypokalemia |\n"
        "| Peaked T Wave | T wave is tall and narrow. | Hyperkalemia |\n"
    )
    fronts = [c.front for c in cards_of(markdown)]
    assert any(f.endswith("what is an inverted T wave?") for f in fronts), fronts
    assert not any("Inverted T Wave" in f for f in fronts)


def test_a_derivative_s_addition_is_asked_as_what_is_added_to_make_it():
    markdown = (
        "## Bechamel\n\nBechamel is milk thickened with a white roux.\n\n| Derivative | Addition |\n| --- | --- |\n"
        "| Mornay | Gruyere and Parmesan, off heat |\n| Soubise | Sweated onion puree |\n| Nantua | Crayfish butter |\n"
    )
    fronts = [c.front for c in cards_of(markdown)]
    assert any(f.endswith("what is added to make Nantua?") for f in fronts), fronts


def test_a_heading_naming_one_of_the_kinds_its_title_lists_is_its_sections_topic():
    markdown = (
        "# The Five Mother Sauces\n\nFive sauces underlie classical cooking.\n\n## Tomato sauce\n\n"
        "| Derivative | Addition |\n| --- | --- |\n| Creole | Onion, celery and green pepper |\n"
        "| Portugaise | Garlic, olive oil and parsley |\n| Provencale | Garlic, olives and mushrooms |\n"
    )
    fronts = [c.front for c in cards_of(markdown)]
    assert any("tomato sauce, what is added to make creole?" in f.lower() for f in fronts), fronts


def test_a_flow_of_arrows_is_no_gloss():
    markdown = "## Overcoming\n\n- **Sequence:** Unconsciously immune → consciously immune → consciously released\n"
    assert facts_of(markdown, "definitions") == []


def test_a_book_s_part_is_no_term_and_a_blank_on_a_specification_s_capitals_is_weak():
    markdown = "## Plan of the book\n\n- **Part one:** Uncovering a hidden dynamic in the challenge of change\n"
    assert facts_of(markdown, "definitions") == []
    card = CardDraft(key="k", kind="cloze", front="The destination branch _____ be master.", back="MUST", note_key="k")
    assert card_problems(card)


def test_a_cloze_on_a_number_a_table_already_asks_of_the_same_thing_is_left_out():
    sentence = (
        "Mailbox's default configuration enables and requires Explicit TLS (STARTTLS) for Submission on port 587.\n"
    )
    alone = cards_of("## Security and ports\n\n" + sentence)
    assert [(c.kind, c.back) for c in alone] == [("cloze", "587")]  # the sentence alone is asked
    table = "| Purpose | TCP port |\n| --- | --- |\n| Submission | 587 |\n| Retrieval | 993 |\n| Relay | 25 |\n\n"
    cards = cards_of("## Security and ports\n\n" + table + sentence)
    assert any(c.back == "587" and c.kind == "basic" for c in cards)
    assert not any(c.kind == "cloze" and c.back == "587" for c in cards)


HELP_PAGE = """# 4. Variant calling

In order to detect variants, reads are compared with the reference one base at a time. Mismatches
between the read and the reference are then reported by their kind:

- Base substitutions: a change from one base to another at the same position of the reference.
- Base insertions: bases present in the read that the reference lacks at that position.

Seqwise also reports the number of unread ranges of each read.

### Rare variants

Seqwise finds the closest known sample for each read and keeps the variants between the two.
Seqwise classifies rare variants further into 2 categories:

- Labeled variants: rare variants of a kind known to be common in a lineage of the samples.
- Unlabeled variants: rare variants that are neither common nor seen in a lineage before.

Seqwise reports both counts in the last column of its results table, and it counts each variant once.
Seqwise then sorts them by position.

### Results

All results are written to the JSON and CSV files of Seqwise CLI. Seqwise Web shows them as a table.
"""


def test_a_help_page_names_its_tool_at_sentence_starts_and_its_everyday_title_gives_way_to_it():
    assert dominant_name(HELP_PAGE) == "Seqwise"
    fronts = [c.front for c in cards_of(HELP_PAGE)]
    assert any(f.startswith("In Seqwise") and "unlabeled variants" in f for f in fronts), fronts
    assert not any(f.startswith("In variant calling") for f in fronts)


def test_a_blank_on_the_tool_s_own_part_is_a_guess_from_the_deck():
    assert not any(c.kind == "cloze" and c.back in ("Seqwise CLI", "Seqwise Web") for c in cards_of(HELP_PAGE))


def test_a_rare_word_the_page_s_code_runs_as_a_command_is_a_tool_s_name():
    page = (
        "# FAQs\n\n## Does it replace its rival?\n\n"
        + "Yes, brio reads the same files, and brio installs tools the same way. " * 4
        + "\n\n```sh\nbrio install node\nbrio use python@3\n```\n"
    )
    from wordfreq import zipf_frequency

    assert 0 < zipf_frequency("brio", "en") < 3
    assert dominant_name(page) == "brio"


def test_the_tool_a_page_s_code_keeps_running_outweighs_a_rival_it_compares_with():
    page = (
        "# Command Reference\n\n"
        + "The vexa tool reads the files that qlix reads, and so vexa keeps them in sync. " * 3
        + "Unlike qlix, the tool caches. " * 2
        + "\n\n```sh\nvexa install\nvexa use node\nvexa set X=1\nvexa ls\nvexa prune\nvexa doctor\n```\n"
    )
    assert dominant_name(page) == "vexa"


def test_a_glossary_titled_by_its_kind_names_the_product_it_uses_throughout():
    page = (
        "---\ntitle: Glossary\n---\n\n## Automated Market Maker\n\n"
        "An automated market maker is a smart contract on Ethereum that holds liquidity reserves.\n\n"
        "## Pool\n\nA contract deployed by the Swapwise factory that pairs two assets on Ethereum.\n\n"
        "## Factory\n\nA smart contract that deploys a pool for any pair ([Swapwise v2](/v2), [Swapwise v3](/v3)).\n\n"
        "## Tick\n\nThe boundaries between discrete areas in price space, as the Swapwise pools price them.\n\n"
        "## Swapwise Protocol\n\nThe contracts of the Swapwise team, on Ethereum and on Arbitrum.\n\n"
        "## Swapwise Interface\n\nThe web app of the Swapwise team.\n"
    )
    assert dominant_name(page) == "Swapwise"
    virtualization = "# Virtualization\n\n" + "Docker runs containers, and docker ps lists them. " * 8
    assert dominant_name(virtualization) != "Docker"  # a page titled by its subject is about that


def test_a_front_matter_title_keeps_its_apostrophe_and_a_help_page_takes_its_product():
    page = (
        "---\ntitle: I'm having trouble with measurements. What should I check?\n---\n\n"
        "Each of our [measurements](https://stitchly.org/docs/m) is documented. See https://stitchly.org/a, "
        "https://stitchly.org/b, https://stitchly.org/c and https://stitchly.org/d.\n\n"
        "### Trouble measurements\n\n#### High bust\n\n"
        "High bust is a horizontal measurement taken above the chest, which Stitchly uses for every top. "
        "In Stitchly terms, it is measured at the armpits.\n"
    )
    from quizzes.generation.writing.topics import document_titled, topic_of

    document = parse(page)
    assert document.sections[0].path == ("I'm having trouble with measurements. What should I check?",)
    with document_titled(document.title, page):
        assert topic_of(document.sections[-1].path).startswith("Stitchly")  # not "Trouble measurements"


def test_a_noun_before_a_plural_noun_claims_nothing_and_a_title_s_proper_name_is_its_subject():
    from quizzes.generation.writing.topics import _concise, _states_a_claim

    assert not _states_a_claim("Speed values in Valhalla APIs")
    assert _states_a_claim("Luxon works with time zones")
    assert _concise("Speed values in Valhalla APIs") == "Valhalla"


def test_a_heading_in_sentence_case_under_a_product_is_that_product_s_part():
    page = (
        "# Conventions\n\nRecipes written for Cookmark follow a few conventions, and Cookmark reads them all.\n\n"
        "## Canonical metadata\n\n| Key | Purpose |\n|---|---|\n| servings | How many people the recipe feeds |\n"
        "| diet | A dietary guideline the recipe suits |\n\n"
        "Cookmark apps show these keys first. Cookmark also sorts by them, and Cookmark exports them.\n"
    )
    fronts = [c.front for c in cards_of(page)]
    assert any(f.startswith("In Cookmark's canonical metadata, ") for f in fronts), fronts


def test_a_dictionary_or_a_review_in_a_title_is_the_kind_of_page_not_its_subject():
    assert document_subject(("Changesets Dictionary",)) == "Changesets"
    assert document_subject(("Probability Review",)) == "Probability"


def test_a_prompt_naming_its_topic_in_the_singular_takes_no_topic():
    from quizzes.generation.writing.topics import in_topic

    assert (
        in_topic("diodes", "Diode has polarity; match it with the _____.")
        == "Diode has polarity; match it with the _____."
    )


def test_an_everyday_word_the_page_capitalises_often_is_no_product_for_its_title():
    from quizzes.generation.writing.topics import _named_product, document_titled

    page = (
        "# Astronomical Glossary\n\n" + "The Earth turns, and from the Earth we see stars. " * 5 + "The Sun rises. " * 3
    )
    with document_titled("Astronomical Glossary", page):
        assert _named_product("Astronomical") == ""


def test_a_status_mark_a_build_guide_and_a_why_before_a_name_frame_the_title_s_subject():
    assert document_subject(("Lily58 Pro Build Guide [WIP]",)) == "Lily58 Pro"
    assert document_subject(("Why Vite",)) == "Vite"
