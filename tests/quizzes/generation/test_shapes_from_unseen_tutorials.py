"""Shapes from the A–B reads (session 23): a glossary box whose bold terms sit over their own
paragraphs, a form's fields filled in code, a numbered run of "Definitions" boxes, a table that
numbers its rows, a gloss that is a sentence about something else, and a gloss that ends in a
remark to the reader."""

from quizzes.generation.writing.topics import as_place

from .helpers import answers_by_front, topics_by_heading

_cards, _topics = answers_by_front, topics_by_heading


def _asked(cards: dict[str, str]) -> dict[str, str]:
    """Each card's question without the topic it opens with ("In Unix, what does pr do?" → "what
    does pr do?"), whatever topic a small page gives it."""
    return {front.rpartition(", ")[2]: back for front, back in cards.items()}


GLOSSARY_BOX = """# Genomics

> ### Definitions 1
>
> - **Genome**
>
>   The genome is the collection of all DNA native to an organism. For humans, it is all of a person's chromosomes.
>
> - **Chromosome**
>
>   The largest unit of DNA organization in an organism.  Humans have two copies of 23 chromosomes.

The Table Browser has many options, already set to what we want:

* **clade:** `Mammal`
* **genome:** `Human`
* **group:** `Genes and Gene Predictions`
"""


def test_a_bold_term_over_its_own_paragraph_is_glossed_by_it():
    cards = _cards(GLOSSARY_BOX)
    assert cards.get("In genomics, what is a chromosome?") == "The largest unit of DNA organization in an organism"
    assert cards.get("In genomics, what is a genome?") == "The collection of all DNA native to an organism"


def test_a_field_filled_in_with_code_is_no_term():
    # the form's "genome" neither defines a term nor makes the glossary's "Genome" a field label
    fronts = _cards(GLOSSARY_BOX)
    assert not any("group" in front or "clade" in front for front in fronts), fronts
    assert any(front.endswith("what is a genome?") for front in fronts), fronts


def test_a_numbered_run_of_passages_names_no_subject():
    topics = _topics(GLOSSARY_BOX)
    assert topics["Definitions 1"] == "genomics"
    assert _topics("# Ecology\n\n## Examples (2)\n\nA niche is the role of an organism.\n")["Examples (2)"] == "Ecology"


def test_a_gloss_that_is_a_sentence_about_its_subject_is_no_definition():
    notes = (
        "# Terraform\n\n## Motivation\n\n"
        "- **Agentless:** Terraform doesn’t require any software to be installed on the managed infrastructure\n"
        "- **Declarative:** You describe the desired state, not the steps\n"
    )
    assert not any("Agentless" in front for front in _cards(notes))


def test_a_remark_to_the_reader_after_a_gloss_is_left_out():
    notes = (
        "# Genomics\n\n## Definitions 2\n\n"
        "- **Reference genome**: the genome of a single individual that has been thoroughly studied, "
        "to the point that we know exactly what most of that individual's DNA is.\n\n"
        "Researchers share a reference genome as a map of the organism.\n"
    )
    assert _cards(notes).get("In genomics, what is a reference genome?") == (
        "The genome of a single individual that has been thoroughly studied"
    )


def test_a_column_that_numbers_the_rows_is_no_name_of_them():
    notes = """# File formats

## BED Format

BED files contain between 3 and 15 columns. We care about columns 1, 2, 3 and 6:

| # | Column Name | Meaning |
| ---- | ---- | ---- |
| 1 | Chromosome | The name of the chromosome this gene is on. |
| 2 | Start | Where on the chromosome the gene starts. |
| 3 | End | Where on the chromosome the gene ends. |
| 6 | Strand | Which strand the gene is on. |
"""
    fronts = list(_cards(notes))
    assert not any(f.endswith(("what does 1 mean?", "what does 2 mean?")) for f in fronts), fronts
    assert any("start column" in f.lower() for f in fronts), fronts


def test_a_comment_several_commands_carry_tells_none_of_them_apart():
    notes = """# Terraform

## Main commands

```
terraform init            # prepare the working directory
terraform plan            # ask for confirmation (yes/no), after running command
terraform destroy         # ask for confirmation (yes/no), after running command
```
"""
    cards = _cards(notes)
    assert not any("confirmation" in answer.lower() for answer in cards.values()), cards
    assert not any("terraform plan" in f or "terraform destroy" in f for f in cards), cards


def test_a_titled_page_that_runs_its_commands_in_a_shell_is_not_about_the_shell():
    fence = "```bash\ndig linkedin.com\n```\n\n"
    notes = (
        "# DNS\n\nThe Linux system makes a DNS request to the first IP in resolv.conf.\n\n"
        "Dig is a userspace DNS tool which sends requests to DNS resolvers and prints the response.\n\n" + fence * 3
    )
    fronts = list(_cards(notes))
    assert "In DNS, what is dig?" in fronts, fronts


def test_an_identifier_is_asked_in_its_subject():
    notes = (
        "# Terraform\n\n### Meta Arguments\n\n"
        "- **for_each:** iteration over the set of objects (e.g. variables, resources)\n"
        "- **count:** the number of objects to create\n"
    )
    assert "In Terraform meta arguments, what is for_each?" in _cards(notes)


def test_a_name_in_code_and_its_kind_is_a_place_with_the():
    assert as_place("pointerDrag Function") == "the pointerDrag function"
    assert as_place("user_id column") == "the user_id column"


def test_an_entry_whose_gloss_names_it_is_asked_by_its_verb():
    notes = """# Offline Metrics

These offline metrics are used in search and recommendation systems.

### Mean Reciprocal Rank (MRR):

  - Definition: MRR measures the effectiveness of a system in ranking the most relevant items at the top.
  - Use Case: MRR is often used in search and recommendation systems to assess how quickly users find content.

### Mean Average Precision (mAP):

  - Definition: mAP computes the average precision across multiple queries or users.
  - Use Case: mAP is valuable in scenarios where there are multiple users or queries.

### Normalized Discounted Cumulative Gain (nDCG):

  - Definition: nDCG measures the quality of a ranked list by considering the graded relevance of items.
  - Use Case: nDCG is beneficial when relevance is not binary.
"""
    cards = _cards(notes)
    assert cards.get("In offline metrics, what does Mean Reciprocal Rank (MRR) measure?") == (
        "The effectiveness of a system in ranking the most relevant items at the top"
    ), cards
    assert not any("):" in front for front in cards), cards


def test_a_plural_example_of_a_kind_is_asked_in_the_plural():
    notes = (
        "# Genomics\n\n## Check for overlaps\n\nGenes are an example of a *genomic interval*.\n\n"
        "A genomic interval spans part of a chromosome.\n"
    )
    assert any(f.endswith("what are genes an example of?") for f in _cards(notes)), _cards(notes)


def test_a_gloss_that_says_what_its_term_is_good_for_asks_that():
    notes = (
        "# Learning\n\nRegular exercise and sleep matter.\n\n## Habits\n\n"
        "- **exercise**\n  - valuable in helping improve both memory and the ability to learn.\n"
    )
    assert _cards(notes).get("In learning, what is exercise valuable for?") == (
        "Helping improve both memory and the ability to learn"
    ), _cards(notes)


def _clozes(notes: str) -> dict[str, str]:
    return {front: answer for front, answer in _cards(notes).items() if "_____" in front}


def test_a_contrast_blanks_what_it_asserts_not_what_it_sets_aside():
    notes = "# DNS\n\n## In the cloud\n\nIn Azure and AWS, load balancers are given a CNAME instead of IPAddress.\n"
    assert list(_clozes(notes).values()) == ["CNAME"], _clozes(notes)


def test_a_blanked_number_is_the_number_alone():
    notes = (
        "# Genomes\n\n## Browsers\n\n"
        "The Archaeal Genome Browser has genomic information on well over 100 microbial species.\n"
    )
    assert list(_clozes(notes).values()) == ["100"], _clozes(notes)


def test_an_order_behind_its_condition_and_the_readers_own_steps_are_no_claims():
    notes = (
        "# Galaxy\n\n## Hands-on\n\n"
        "Once the dataset is green, click on the dataset name to expand it in the history.\n\n"
        "If you used Method 2 and didn't explicitly set the dataset, then you ran Filter on the Genes dataset.\n\n"
        "Example www.linkedin.com’s IP address is the same as `2-01-2c3e-005a.cdx.cedexis.net`.\n"
    )
    assert _clozes(notes) == {}


def test_a_term_in_quotes_opening_its_definition_is_a_term():
    notes = (
        "# Terraform\n\n## Modules\n\n"
        '- "Modules" is the structure/container for multiple resources that are used together.\n'
    )
    assert _cards(notes).get("In Terraform, what are modules?") == (
        "The structure/container for multiple resources that are used together"
    ), _cards(notes)


def test_a_lead_in_that_says_where_or_when_to_type_gives_no_task():
    notes = (
        "# Git\n\n## Mac\n\nOpen the terminal and type:\n```\ngit --version\n```\n\n"
        "## Start\n\nTo get started, let's run the following in our terminal:\n```\n$ git init\n```\n"
    )
    fronts = list(_cards(notes))
    assert not any("terminal and" in f or "get started" in f for f in fronts), fronts


def test_a_lead_in_s_last_sentence_says_the_task_the_reader_can_do():
    notes = (
        "# Git\n\n## Stage\n\nFor this tutorial, please type the former. "
        "You can check the status of your changes by typing:\n```\ngit status\n```\n\n"
        "## Push\n\nNote that we use the default remote. Be sure to check the remote using:\n```\ngit remote -v\n```\n"
    )
    cards = _cards(notes)
    assert cards.get("Using git, how do you check the status of your changes?") == "git status", cards
    assert cards.get("Using git, how do you check the remote?") == "git remote -v", cards


def test_a_part_the_notes_only_call_the_one_is_asked_with_the():
    notes = (
        "# Docker\n\nThe Docker client contacts the Docker daemon. The Docker daemon is on the host, "
        "and the Docker daemon can pull images.\n\n"
        "## Terminology\n\n"
        "- *Docker daemon* - The background service running on the host that manages Docker containers.\n"
        "- *Docker client* - The command line tool that allows the user to interact with the Docker daemon.\n"
    )
    fronts = list(_cards(notes))
    assert "What is the Docker daemon?" in fronts, fronts


def test_a_task_heading_or_a_commented_cheat_block_is_no_format():
    notes = (
        "# Git\n\n## Get current version of a project\n\nNavigate to the folder where the repository goes:\n\n"
        "```\ncd <DESIRED_DIRECTORY>\n```\n\n"
        "## Workspaces\n\n```\nterraform workspace new [WorkspaceName]     # create new workspace\n"
        "terraform workspace select [WorkspaceName]  # change workspace\n```\n"
    )
    assert not any("format of" in f for f in _cards(notes)), list(_cards(notes))


def test_a_term_with_its_letters_between_commas_is_defined_with_them():
    notes = (
        "# Memory\n\n## Units\n\nBinary and metric units differ. "
        "A kibibyte, KiB, is an IEC-recommended unit that means 1,024 bytes.\n"
    )
    asked = _asked(_cards(notes))
    assert asked.get("what is a kibibyte (also called KiB)?") == "An IEC-recommended unit that means 1,024 bytes", asked


def test_metadata_a_simile_or_a_step_on_a_pointer_is_no_definition():
    notes = (
        "# Terraform\n\n**Keywords:** Terraform, Infrastructure as Code, AWS, Cloud Provisioning\n\n"
        "## Motivation\n\n"
        "- Similar to Native Infrastructure as Code (IaC): CloudFormation (AWS), Resource Manager (Azure)\n"
        "- **Header lines to skip**: Leave this as `0`. Our dataset does not have any header lines.\n\n"
        "> **Aside: physical address space limits**\n>\n"
        "> Just as operating systems don't use all 64 bits for virtual addresses, processors don't use all of them.\n"
    )
    assert _cards(notes) == {}


def test_a_check_whose_condition_has_a_verb_is_still_a_task():
    from quizzes.generation.extractors.cheatsheets import comment_kind

    assert comment_kind("Check if the commit has been successful", ["git log"]) == "action"
    assert comment_kind("The file is removed", ["git rm a.txt"]) == "statement"


def test_what_a_claim_denies_is_no_blank():
    notes = (
        "# Kubernetes\n\n## What Kubernetes is not\n\n"
        "Kubernetes is not a traditional, all-inclusive PaaS (Platform as a Service) system.\n\n"
        "Kubernetes is not a mere orchestration system.\n"
    )
    assert _clozes(notes) == {}


def test_an_answer_that_restates_its_question_s_subject_says_only_what_it_is():
    notes = (
        "# In-depth: The AARRR pirate funnel explained\n\n## What is the AARRR framework?\n\n"
        'The AARRR framework, also known as "pirate metrics" or the AARRR funnel, is a classic framework for '
        "understanding customer behavior.\n"
    )
    answers = _asked(_cards(notes))
    assert answers.get("What is the AARRR framework?") == (
        'A classic framework for understanding customer behavior (also known as "pirate metrics" or the AARRR funnel).'
    ), answers


def test_a_ranking_among_ways_is_no_definition_and_a_tiny_object_no_answer():
    notes = (
        "# React\n\n## Children as the most basic optimization\n\n"
        "- **children prop**: the most basic and easiest way to optimize the components\n\n"
        "## Commands\n\n- **validate**: confirms the tf files.\n- **init**: downloads the required provider plugins.\n"
    )
    cards = _cards(notes)
    assert not any("children" in f for f in cards), cards
    assert not any(f.endswith("what does validate confirm?") for f in cards), cards


def test_a_command_glossed_by_a_verb_is_asked_what_it_does():
    notes = (
        "# Unix\n\n## Obscure but useful\n\n"
        "- `pr`: format text into pages/columns\n"
        "- `column`: format text fields into aligned, fixed-width columns or tables\n"
        "- `strings`: extract text from binary files\n"
        "- `dmesg`: boot and system error messages\n"
        "- `nc`: network debugging and data transfer\n"
    )
    asked = _asked(_cards(notes))
    assert asked.get("what does pr do?") == "Formats text into pages/columns", asked
    assert asked.get("what does column do?", "").startswith("Formats text fields"), asked
    assert asked.get("what does strings do?") == "Extracts text from binary files", asked
    assert not any(back.startswith(("Boots", "Networks")) for back in asked.values()), asked


def test_a_book_s_flourish_is_no_part_of_its_subject():
    topics = _topics("# The Art of Command Line\n\n## Basics\n\nThe shell runs commands typed on the command line.\n")
    assert topics["Basics"].lower() == "command line", topics


def test_fields_under_a_label_are_parts_of_it_and_a_yes_or_no_field_asks_so():
    notes = """# Interviews

## Sorting

### Quicksort
* Stable: `No`
* Time Complexity:
 * Best Case: `O(nlog(n))`
 * Worst Case: `O(n^2)`

### Mergesort
* Stable: `Yes`
* Time Complexity:
 * Best Case: `O(nlog(n))`
 * Worst Case: `O(nlog(n))`

### Heapsort
* Stable: `No`
* Time Complexity:
 * Best Case: `O(nlog(n))`
 * Worst Case: `O(nlog(n))`
"""
    cards = _cards(notes)
    assert cards.get("Is Quicksort stable?") == "No", cards
    assert cards.get("What is the worst case time complexity of Quicksort?") == "O(n^2)", cards


def test_a_worked_example_s_data_table_gives_no_cards():
    notes = """# Database Normalization

## Second Normal Form (2NF)

| StudentID | Subject | Teacher |
|-----------|---------|---------|
| 1         | Math    | Mr. A   |
| 2         | English | Ms. C   |
| 3         | Art     | Mr. E   |

| Subject  | Teacher |
|----------|---------|
| Math     | Mr. A   |
| Science  | Ms. B   |
| English  | Ms. C   |

## Fifth Normal Form (5NF)

| Supplier | Part | Project |
|----------|------|---------|
| S1       | P1   | J1      |
| S2       | P2   | J2      |
| S3       | P1   | J3      |
"""
    assert _cards(notes) == {}
    languages = (
        "# Languages\n\n## Typing\n\n| Language | Typing |\n|---|---|\n"
        "| JavaScript | dynamic |\n| Haskell | static |\n| TypeScript | static |\n"
    )
    assert _cards(languages), "a table of real facts still gives cards"


def test_a_gloss_that_qualifies_the_term_s_own_noun_is_a_noun_phrase():
    from quizzes.generation.writing.prompts import gloss_shape

    assert gloss_shape("Singly-linked list", "linked list in which nodes have pointers to the next node") == "noun"
    assert gloss_shape("Treaty of Versailles", "Ended the war with Germany") == "verb"


def test_names_of_people_tools_joined_by_or_and_stand_in_comments_are_no_facts():
    notes = (
        "# Guide\n\n## Books\n\n* Competitive Programming 3 - Steven Halim & Felix Halim\n"
        "* Cracking The Coding Interview - Gayle Laakmann McDowell\n\n"
        "## Basics\n\n- Basic network management: `ip` or `ifconfig`, `dig`, `traceroute`, `route`\n\n"
        "## Scripts\n\n```bash\n{\n      # Your code here\n}\n```\n\n"
        "```bash\n      # do something in current dir\n      (cd /some/other/dir && other-command)\n```\n"
    )
    assert _cards(notes) == {}


def test_an_aside_in_brackets_does_not_lengthen_a_verb_s_object():
    notes = "# Unix\n\n## Obscure but useful\n\n- `env`: run a command (useful in scripts)\n"
    assert not any(f.endswith("what does env run?") for f in _cards(notes)), _cards(notes)


def test_one_thing_named_by_two_modifiers_takes_one_verb_and_a_story_is_no_gloss():
    notes = (
        "# Kubernetes\n\n## Going back in time\n\n"
        "- **Traditional deployment era:** Early on, organizations ran applications on physical servers.\n"
        "- **Dev and Ops separation of concerns**: create application container images at build/release time "
        "rather than deployment time\n"
        "- **expand and unexpand**: convert between tabs and spaces\n"
    )
    fronts = list(_cards(notes))
    assert any(f.endswith("What does Dev and Ops separation of concerns do?") for f in fronts), fronts
    assert not any("deployment era" in f for f in fronts), fronts


def test_the_context_a_sentence_opens_with_and_advice_behind_it_are_no_blanks():
    notes = (
        "# Shell\n\n## Everyday use\n\n"
        "In Bash scripts, subshells (written with parentheses) are convenient ways to group commands.\n\n"
        "In Bash, note there are lots of kinds of variable expansion.\n\n"
        'Be aware the "cached" value is memory held by the Linux kernel as file cache.\n'
    )
    assert not any(answer in ("Bash", "Bash scripts", "Linux kernel") for answer in _clozes(notes).values())


def test_a_verb_bound_to_its_preposition_opens_a_verb_gloss():
    from quizzes.generation.writing.prompts import definition_shape

    assert definition_shape("Deals with multi-valued dependencies") == "verb"
    assert definition_shape("Values stored in a field") != "verb"


CASCADE = """---
title: The cascade
---

# The cascade

CSS stands for Cascading Stylesheets.
The cascade is the algorithm for solving conflicts where multiple conflicting CSS rules apply to an HTML element.
It's the reason that the text of the button styled with the following CSS will be blue.

```css
button { color: red; }
```

```css
button { color: blue; }
```

```html
<button class="branding">Click me</button>
```

```css
.branding { color: blue; }
```

CSS rules in CSS files apply in order, and CSS selectors with more specificity win over other CSS selectors.
A CSS rule may match several elements; CSS reads CSS files in order, and CSS ids in CSS rules are specific.
"""


def test_the_language_of_the_code_the_prose_names_most_is_the_subject():
    fronts = list(_cards(CASCADE))
    assert any(f.startswith("In CSS, what is") for f in fronts), fronts
    assert not any(f.startswith("In HTML") for f in fronts), fronts


def test_a_sentence_about_the_code_shown_next_does_not_complete_a_gloss():
    assert not any("following CSS" in back for back in _cards(CASCADE).values())


def test_a_page_of_css_blocks_that_names_html_now_and_then_is_about_css():
    prose = (
        "# The cascade\n\n"
        + "Each CSS rule applies to an HTML element, and CSS decides which CSS rule wins. " * 5
        + "\n\n"
        + "```css\na { color: red; }\n```\n\n" * 4
    )
    assert any(f.startswith("In CSS,") for f in _cards(prose + "The cascade is the algorithm that orders CSS rules.\n"))


def test_praise_or_a_claim_in_a_heading_is_no_subject():
    topics = _topics(
        "# A Great Vim Cheat Sheet\n\n## Operators\n\nd$ deletes to the end of the line.\n\n"
        "# Types\n\n## Your JavaScript is TypeScript\n\nTypeScript is a superset of JavaScript.\n\n"
        "## Life requires energy\n\nCells use ATP for energy.\n"
    )
    assert topics["Operators"] == "Vim", topics
    assert "is TypeScript" not in topics["Your JavaScript is TypeScript"], topics
    assert "requires" not in topics["Life requires energy"], topics


def test_what_the_reader_wants_a_rhetorical_heading_and_an_example_label_ask_nothing():
    notes = (
        "# HTML\n\n## Labels\n\n- **attribute you want**: the for-attribute, which takes the ID of an input field\n\n"
        "## What's the alternative?\n\nImages on a website are great.\n\n"
        "## Actions\n\ne.g.\n\n```\n/runs/{run_id}/actions/stop\n```\n\n"
        "## Clipboard\n\nTo check, run `vim --version` and see if +clipboard exists.\n"
    )
    assert _cards(notes) == {}


def test_an_analogy_in_its_notation_is_no_author_card():
    from quizzes.generation.author_markup import cards_in

    assert cards_in("Cells:Biology:: Atoms:Chemistry")[0] == []
    assert cards_in("What is the powerhouse of the cell?::Mitochondria")[0] != []


def test_an_interface_s_names_are_asked_in_their_subject_and_side_by_side():
    notes = (
        "# DOM Manipulation\n\nThe DOM lets scripts move elements.\n\n## Offsets\n\n"
        "- **`offsetTop`**: Current distance from the top of the positioned parent element\n"
        "- **`offsetLeft`**: Current distance from the left of the positioned parent element\n"
    )
    fronts = [f.lower() for f in _cards(notes)]
    assert sum(f.endswith(("what is offsettop?", "what is offsetleft?")) for f in fronts) == 2, fronts
    assert all(f.startswith("in ") for f in fronts), fronts


def test_a_word_in_no_dictionary_one_slip_from_one_in_it_is_a_typo():
    from quizzes.generation.writing.grammar import misspelt
    from quizzes.generation.writing.topics import document_titled

    notes = "# Cells\n\nA micortubule is a hollow cylinder. Memoization caches results.\n"
    with document_titled("Cells", notes):
        assert misspelt("micortubule", dictionary=True) == "microtubule"
        assert misspelt("memoization", dictionary=True) == ""
        assert misspelt("micortubule") == ""  # a subject is never renamed by a dictionary's guess


def test_a_page_s_own_name_and_a_coined_word_are_no_typos():
    from quizzes.generation.writing.grammar import misspelt

    assert misspelt("unstage", dictionary=True) == ""  # un- + stage
    notes = (
        "# servelet: a command-line file server\n\n`servelet` serves a folder. `servelet` needs no configuration.\n\n"
        "## Options\n\n`-p` or `--port` Port to use (defaults to 8080)\n\n`-d` Show directory listings\n\n"
        "`-e` or `--ext` Default file extension\n"
    )
    assert _cards(notes), "cards naming servelet, which is no slip of 'servlet'"


SCRUM = """# Scrum

The Daily Scrum is held every day. In the Daily Scrum, the team inspects progress.

## Sprints

Sprints are the heartbeat of Scrum, where ideas are turned into value.

## Daily Scrum

The Daily Scrum is a 15-minute event for the Researchers of the Scrum Team.

## Sprint Review

The Sprint Review is the second to last event of the Sprint and is timeboxed to four hours.

## Makefile

```
# Rule to build the executable
program: main.o helper.o
	$(CC) -o program main.o helper.o
```
"""


def test_a_name_the_notes_write_after_the_takes_it_and_a_second_predicate_is_cut():
    cards = _cards(SCRUM)
    assert cards.get("What is the Daily Scrum?") == "A 15-minute event for the Researchers of the Scrum Team", cards
    asked = _asked(cards)
    assert asked.get("what is the Sprint Review?") == "The second to last event of the Sprint", cards


def test_a_metaphor_is_no_gloss_and_a_makefile_rule_is_no_command():
    cards = _cards(SCRUM)
    assert not any("heartbeat" in back for back in cards.values()), cards
    assert not any("program" in front or "executable" in back.lower() for front, back in cards.items()), cards


def test_a_plural_owner_takes_the_apostrophe_alone():
    from quizzes.generation.writing.topics import possessive

    assert possessive("Makefiles") == "Makefiles'"
    assert possessive("Cooklang") == "Cooklang's"


def test_an_acronym_a_heading_spells_out_is_asked_with_its_words():
    notes = "# Intellectual Property\n\nIP is an umbrella term that refers to a number of distinct areas of law.\n"
    assert "What is Intellectual Property (IP)?" in _cards(notes), _cards(notes)


def test_a_gloss_ends_where_a_second_sentence_after_a_semicolon_begins():
    notes = (
        "# Networks\n\n## Protocols\n\n"
        "- **TCP**: a connection-oriented transport protocol; the handshake it opens takes three messages\n"
    )
    assert not any("handshake" in back for back in _cards(notes).values()), _cards(notes)


def test_a_name_of_everyday_words_in_capitals_is_asked_in_its_subject():
    notes = (
        "# Scrum for Applied Research\n\nScrum organises research work in Sprints.\n\n"
        "## Research Goal\n\nThe Research Goal is the long-term objective for the Scrum Team.\n"
    )
    fronts = list(_cards(notes))
    assert any(f.startswith("In ") and f.endswith("what is the Research Goal?") for f in fronts), fronts


def test_the_items_of_a_list_of_checks_are_no_claims():
    notes = (
        "# Code review\n\n## Summary\n\nIn doing a code review, you should make sure that:\n\n"
        "-   The code is well-designed.\n-   Any UI changes are sensible and look good.\n"
        "-   The code has appropriate unit tests.\n"
    )
    assert _clozes(notes) == {}


def test_an_example_s_stand_in_name_is_no_blank():
    from quizzes.generation.language import placeholder

    assert placeholder("someAsyncApiCall()") and placeholder("exampleFunction")
    assert not placeholder("setImmediate()") and not placeholder("testimony")


def test_a_double_colon_in_a_link_s_text_is_no_author_card():
    from quizzes.generation.author_markup import cards_in

    line = "🛠 [Critical Path CSS Generator - Prioritize above the fold content :: SiteLocity](https://example.com/x)"
    assert cards_in(line)[0] == []


def test_a_claim_about_all_of_a_kind_is_no_gloss():
    notes = (
        "# GraphQL vs REST\n\n## GraphQL benefits\n\n"
        '- **Self-documenting**: Every GraphQL API conforms to a "schema" which is the graph data model\n'
        "- **Typed**: Each field has a type that the server checks\n"
    )
    assert not any("Self-documenting" in f for f in _cards(notes)), _cards(notes)
