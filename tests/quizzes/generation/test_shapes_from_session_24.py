"""Shapes from the I–K reads (session 24): a language's reference page whose title names only the
part ("Appendix A: Keywords") and whose opening names the language, a heading cut to an adverb
("Keywords Currently in Use"), and a list of code names glossed by what they do."""

from .helpers import answers_by_front, topics_by_heading, written_cards

KEYWORDS = """## Appendix A: Keywords

The following list contains keywords that are reserved for current or future use by the Rust
language. As such, they cannot be used as identifiers.

### Keywords Currently in Use

* `break` - exit a loop immediately
* `let` - bind a variable
* `fn` - define a function or the function pointer type
* `if` - branch based on the result of a conditional expression
* `Self` - a type alias for the type implementing a trait
* `static` - global variable or lifetime lasting the entire program execution
"""


def test_a_reference_page_is_about_the_language_its_opening_names():
    topics = topics_by_heading(KEYWORDS)
    assert topics["Keywords Currently in Use"] in ("Rust", "Rust keywords"), topics


def test_a_heading_cut_to_an_adverb_loses_it():
    from quizzes.generation.writing.grammar import is_only_adverb

    assert is_only_adverb("currently") and not is_only_adverb("weekly") and not is_only_adverb("family")
    assert "currently" not in topics_by_heading(KEYWORDS)["Keywords Currently in Use"].lower()


def test_a_name_in_code_is_asked_as_the_kind_its_heading_names():
    cards = answers_by_front(KEYWORDS)
    assert cards.get("In Rust, what does the break keyword do?") == "Exits a loop immediately", cards
    # the code's own capital stays: Self is not self
    assert cards.get("In Rust, what is the Self keyword?") == "A type alias for the type implementing a trait"
    reverse = {c.front: c.back for c in written_cards(KEYWORDS, "reverse")}
    assert reverse.get("In Rust, which keyword defines a function or the function pointer type?") == "fn", reverse


def test_a_word_in_code_is_a_name_even_when_prose_would_read_it_as_a_label():
    # "let" and "if" in prose open a remark or a condition; in code they are keywords with glosses
    # of three words ("bind a variable"), which for a name in code is enough
    cards = answers_by_front(KEYWORDS)
    assert cards.get("In Rust, what does the let keyword do?") == "Binds a variable", cards
    assert any("the if keyword" in front for front in cards), cards


def test_a_name_in_code_clipped_from_its_gloss_is_not_asked():
    notes = KEYWORDS + "* `mod` - define a module\n* `mut` - denote mutability in references or bindings\n"
    fronts = list(answers_by_front(notes))
    assert not any("mod keyword" in f or "mut keyword" in f for f in fronts), fronts
    assert any("break keyword" in f for f in fronts), fronts


CERTIFICATION_GLOSSARY = """# 📖 AWS Cloud Practitioner Glossary

> **Definitions of key AWS and cloud computing terms**

## 🌩️ Cloud Computing Fundamentals

### **Hybrid Cloud**
A cloud deployment model that combines on-premises infrastructure with cloud services.

### **Serverless**
A cloud computing model where the cloud provider manages the infrastructure and developers only write code.

## 💾 Storage Terms

### **Object Storage**
A storage architecture that manages data as objects, as opposed to file systems or block storage.

### **S3 Storage Classes**
- **Standard**: Frequently accessed data
- **Glacier Deep Archive**: Lowest-cost storage for long-term retention

## 🔒 Security Terms

### **Encryption at Rest**
The encryption of data when it is stored on a storage device, protecting it from unauthorized access.

### **Principle of Least Privilege**
A security concept where users are granted the minimum permissions necessary to complete their tasks.

### **Security Group**
A virtual firewall that controls inbound and outbound traffic for EC2 instances.
"""


def test_a_title_naming_who_the_page_is_for_is_about_the_product():
    fronts = list(answers_by_front(CERTIFICATION_GLOSSARY))
    assert "In AWS, what is a security group?" in fronts, fronts
    assert not any("Practitioner" in f for f in fronts), fronts


def test_the_fundamentals_of_a_field_are_the_field_s_not_the_product_s():
    topics = topics_by_heading(CERTIFICATION_GLOSSARY)
    assert topics["Hybrid Cloud"] == "cloud computing", topics


def test_items_under_a_heading_of_kinds_are_asked_as_that_kind():
    cards = answers_by_front(CERTIFICATION_GLOSSARY)
    asked = "What is the Glacier Deep Archive S3 storage class?"
    assert cards.get(asked) == "Lowest-cost storage for long-term retention", cards


def test_articles_follow_the_noun_not_the_gloss():
    fronts = list(answers_by_front(CERTIFICATION_GLOSSARY))
    # a describing word and a mass noun take none, however the gloss opens; one principle takes "the"
    for asked in ("what is serverless?", "what is object storage?", "what is Encryption at Rest?"):
        assert any(f.endswith(asked) for f in fronts), (asked, fronts)
    assert any(f.endswith("what is the Principle of Least Privilege?") for f in fronts), fronts


def test_an_aspect_in_a_subject_is_placed_in_the_subject():
    notes = (
        "---\ntitle: Form in pop/rock music – Terminology and basic concepts\n---\n\n"
        "This document is a glossary of terms that we use in our analysis of pop/rock music.\n\n"
        "## Poetic terminology\n\n### Couplet\n\nA pair of lines.\n\n### Stanza\n\n"
        "A set of poetic lines that work together as a single narrative unit.\n"
    )
    fronts = list(answers_by_front(notes))
    assert "In pop/rock music, what is a stanza?" in fronts, fronts


def test_a_field_is_not_read_from_a_relative_clause():
    from quizzes.generation.writing import topics

    notes = (
        "## Educational Psychology\n\n*Educational psychology* is the study of how people learn.\n\n"
        "## Instructional Design\n\nThe other is instructional design,\n"
        "which is the study of how to create learning materials.\n"
    )
    with topics.document_titled("", notes):
        assert topics.studied_field() == "educational psychology"


def test_what_the_author_crossed_out_is_not_read():
    notes = (
        "# Migration lab\n\n## Problems\n\n"
        "- ~~The application and database are built manually, taking time and not allowing automation~~ FIXED\n"
    )
    from .helpers import cards_of

    assert not any("FIXED" in c.back or "manually" in c.front for c in cards_of(notes))


def test_a_blank_on_a_plural_common_noun_is_held_back_but_a_named_mode_is_not():
    notes = (
        "# Graphs\n\n## Trees\n\n- **Tree**: an undirected graph with no cycles between its nodes and edges.\n"
        "- **Forest**: a disjoint union of trees, one per connected component.\n\n"
        "Trees are undirected graphs in which any two *vertices* are connected by exactly one path.\n\n"
        'The DOCTYPE declaration prevents browsers from entering "*quirks* mode," '
        "which was used to support old websites.\n"
    )
    from .helpers import cards_of

    answers = [c.back for c in cards_of(notes, "cloze")]
    assert "vertices" not in answers and "quirks" in answers, answers


DEVOPS_NOTES = """# Measuring DevOps

## Vanity metrics vs. Actionable metrics

**Actionable metrics** are metrics that tell you what you clearly have to do next.

### Top four actionable metrics

1. Mean lead time (how long does it take for an idea to get to production)
2. Release frequency (deploy a lot!)
3. Change failure rate (how often changes fail; we want to minimize this!)
4. Mean time to recovery (MTTR)
"""


def test_a_heading_that_counts_its_list_names_the_members():
    cards = answers_by_front(DEVOPS_NOTES)
    named = next((back for front, back in cards.items() if "name the 4 top actionable metrics" in front.lower()), "")
    # the glosses in brackets are not the names; the first words are no verbs ("Mean", "Release")
    assert named == "Mean lead time; Release frequency; Change failure rate; Mean time to recovery", cards


def test_you_in_what_a_kind_of_thing_does_is_anyone_s():
    cards = answers_by_front(DEVOPS_NOTES)
    assert any(back.startswith("Metrics that tell you what you") for back in cards.values()), cards


def test_how_the_reader_does_a_task_on_each_system_is_no_definition_of_it():
    notes = (
        "# Creating a keypair\n\nA key pair lets a computer prove who it is to another.\n\n"
        "> ## Accessing your terminal\n>\n"
        "> **Windows**: startup mobaXterm and then click *Start local terminal*\n>\n"
        "> **Mac**: search in *spotlight* for terminal click on search result *terminal*\n>\n"
        "> **Linux**: if using a newer version of Ubuntu try searching for *terminal* with unity's search tool\n"
        "{: .callout}\n"
    )
    fronts = list(answers_by_front(notes))
    assert not any(f.lower().endswith(("what is mac?", "what is linux?", "what are windows?")) for f in fronts), fronts


def test_a_label_over_a_picture_is_not_glossed_by_the_next_label():
    notes = (
        "# Week 2\n\n**ER Diagrams:**\n\n![diagram](er.png)\n\n"
        "**Primary key (PK):** A primary key for an entity type is an attribute used to uniquely identify an entity.\n"
    )
    cards = answers_by_front(notes)
    assert not any("ER Diagrams" in front for front in cards), cards


def test_a_kind_named_before_its_code_is_asked_as_the_code_s_kind():
    notes = (
        "# Linux basics\n\n## Listing\n\n"
        "The command `ls` is used to list files and directories inside a directory given as an argument.\n"
    )
    cards = answers_by_front(notes)
    assert any(front.endswith("what is the ls command used for?") for front in cards), cards


def test_a_labelled_field_under_a_term_is_no_gloss_of_it():
    notes = (
        "# Databases\n\n**Conceptual Data Model**\n\nGoal: Specify the database information content.\n\n"
        "- A conceptual design does not tell how data is implemented.\n"
    )
    cards = answers_by_front(notes)
    assert not any(back.startswith("Goal:") for back in cards.values()), cards


GO_SHEET = """---
title: Go
---

## Concurrency

### WaitGroup

```go
import "sync"

func main() {
  var wg sync.WaitGroup
  wg.Add(1)
  go double(2, &wg)
  wg.Wait()
}
```

A WaitGroup waits for a collection of goroutines to finish. The goroutine calls `wg.Done()` when it finishes.

## Interfaces

### A basic interface

```go
type Shape interface {
  Area() float64
}
```

### Methods

```go
func (r Rectangle) Area() float64 {
  return r.Length * r.Width
}
```

The methods defined in `Shape` are implemented in `Rectangle`.
"""


def test_a_type_the_code_uses_is_asked_in_its_language():
    cards = answers_by_front(GO_SHEET)
    # "Go" over ```go blocks keeps its capital, though the prose says "go" as a verb
    assert cards.get("In Go, what is WaitGroup?") == "Waits for a collection of goroutines to finish", cards


def test_a_section_on_a_type_of_the_language_is_placed_in_the_language():
    topics = topics_by_heading(GO_SHEET)
    assert topics["WaitGroup"] == "Go's WaitGroup", topics


def test_a_name_the_example_declares_is_no_blank():
    from .helpers import cards_of

    assert not any(c.back == "Shape" for c in cards_of(GO_SHEET, "cloze")), cards_of(GO_SHEET)


def test_a_question_heading_s_capitals_and_its_setting_up_are_not_the_card():
    notes = (
        "# DMCA Takedown Policy\n\n## What Is the DMCA?\n\n"
        "In order to understand the DMCA and some of the policy lines it draws, it's perhaps helpful to consider "
        "life before it was enacted.\n\n## What Is a Counter Notice?\n\n"
        "A counter notice is a legal request to restore content that was removed by a takedown notice by mistake.\n"
    )
    cards = answers_by_front(notes)
    assert not any("In order to understand" in back for back in cards.values()), cards
    assert any(front.startswith("What is a ") for front in cards), cards  # not "What Is a"


def test_a_step_about_a_copyright_owner_is_no_copyright_line():
    from quizzes.generation.parsing import parse

    notes = (
        "# DMCA\n\n## The steps\n\n1. **Copyright Owner Investigates.** A copyright owner should always conduct "
        "an initial investigation.\n\nCopyright 2024 Example Inc. All rights reserved.\n"
    )
    reasons = [s.reason for s in parse(notes).skipped]
    assert reasons.count("copyright line") == 1, reasons


def test_letters_before_a_common_noun_name_a_kind_unless_the_gloss_names_a_product():
    from quizzes.generation.writing.prompts import subject_form

    assert subject_form("IAM Role", "An AWS identity with permission policies") == "an IAM Role"
    assert subject_form("Multi-AZ Deployment", "A deployment option for RDS that provisions a standby") == (
        "a Multi-AZ Deployment"
    )
    assert subject_form("AWS Shield", "A managed DDoS protection service that safeguards applications") == "AWS Shield"


NETWORK_TOOLS = """# Networking Commands

    bwm-ng – live network bandwidth monitor.
    dig – query DNS servers for information.
    host – DNS lookup utility.
    iftop – display bandwidth usage.
    ping – send icmp echo_request to network hosts.
"""


def test_an_indented_list_of_names_and_glosses_is_a_list_not_code():
    cards = answers_by_front(NETWORK_TOOLS)
    assert any(back == "Displays bandwidth usage" for back in cards.values()), cards


def test_a_program_glossed_by_what_it_is_does_not_act_and_takes_no_article():
    cards = answers_by_front(NETWORK_TOOLS)
    assert not any(back.startswith("Lives") for back in cards.values()), cards
    assert not any(front.endswith("what does bwm-ng do?") for front in cards), cards
    assert not any(front.endswith("what is a host?") for front in cards), cards


def test_a_table_whose_columns_are_numbered_is_example_data():
    from quizzes.generation.parsing import parse

    notes = "# Bloom filter\n\n## Example\n\n|slot |0|1|2|3|4|\n|-----|-|-|-|-|-|\n|state|0|0|1|0|0|\n"
    document = parse(notes)
    assert not [b for s in document.sections for b in s.blocks if b.kind == "table"]
    assert any("columns are numbered" in s.reason for s in document.skipped)


def test_a_tutorial_s_own_class_an_introduction_and_a_reminder_are_no_cards():
    notes = """# Django models

There is a concept in programming called `object-oriented programming`.

## Creating a blog post model

```python
class Post(models.Model):
    title = models.CharField(max_length=200)
```

- `Post` is the name of our model.
- `models.CharField` is how you define text with a limited number of characters.

> Double-check that you use two underscore characters (`_`) on each side of `str`.
"""
    from .helpers import cards_of

    cards = cards_of(notes)
    assert not any(c.back in ("object-oriented programming", "str") for c in cards), [c.front for c in cards]
    assert not any(c.front.lower().endswith("what is post?") for c in cards), [c.front for c in cards]


ECONOMICS_NOTES = """# economics foundations

Economics is the study of the choices people make to attain their goals, given their scarce resources.

## definitions

- **market** - group of buyers and sellers
- **economic variable** - measurable value about the economy that changes

## key economics ideas

- **people respond to economic incentives** - participants act according to economic opportunities
- **Markdown Guide** - a helpful resource for learning Markdown

## absolute advantage

- **absolute advantage** - the ability to produce more of a good with the same resources
- **comparative advantage** - the basis for specialization and trade between participants

## Afterword

- **maps** - a connected topic, stretching into art, mathematics, physics and ecology
"""


def test_a_title_s_foundations_and_an_afterword_are_no_subject():
    fronts = list(answers_by_front(ECONOMICS_NOTES))
    assert any(f.startswith("In economics, what is") and f.endswith("market?") for f in fronts), fronts
    assert not any("foundations" in f or "Afterword" in f for f in fronts), fronts


def test_a_sibling_kind_is_no_place_to_ask_about_the_other():
    from quizzes.generation.extractors.definitions import _a_sibling_kind

    assert _a_sibling_kind("absolute advantage", "comparative advantage")
    assert not _a_sibling_kind("AWS storage", "file storage") and not _a_sibling_kind("trees", "binary tree")
    fronts = list(answers_by_front(ECONOMICS_NOTES))
    assert not any(f.startswith("In absolute advantage, what is comparative") for f in fronts), fronts
    assert any(f.endswith("what is comparative advantage?") for f in fronts), fronts


def test_a_claim_and_a_resource_are_no_terms():
    fronts = list(answers_by_front(ECONOMICS_NOTES))
    assert not any("respond" in f or "Markdown Guide" in f for f in fronts), fronts


def test_two_everyday_words_for_one_term_are_asked_in_their_subject():
    notes = (
        "# Tree cheatsheet\n\nA tree is a data structure of connected nodes.\n\n## Common terms\n\n"
        "- **Width** - Number of nodes in a level.\n"
        "- **Level/Depth** - Number of edges along the unique path between a node and the root node.\n"
    )
    fronts = list(answers_by_front(notes))
    assert any(f.startswith("In a tree, what is Level/Depth?") for f in fronts), fronts


def test_a_docfx_link_to_a_name_reads_as_the_name():
    notes = (
        "# Built-in types (C# reference)\n\nThe following table lists the C# built-in value types:\n\n"
        "|C# type keyword|.NET type|\n|-------|--------|\n"
        "|[`bool`](bool.md)|<xref:System.Boolean?displayProperty=nameWithType>|\n"
        "|[`byte`](byte.md)|<xref:System.Byte?displayProperty=nameWithType>|\n"
        "|[`char`](char.md)|<xref:System.Char?displayProperty=nameWithType>|\n"
    )
    backs = list(answers_by_front(notes).values())
    assert "System.Boolean" in backs and not any("xref" in b for b in backs), backs


def test_a_blank_that_cuts_a_name_after_its_dot_is_refused():
    from quizzes.generation.facts import CardDraft
    from quizzes.generation.lint import card_problems

    card = CardDraft(
        key="k", kind="cloze", front="The CLR implementation for ._____ is Windows only.", back="NET Framework"
    )
    assert any("cuts in two" in p.detail for p in card_problems(card)), card_problems(card)


def test_rows_numbered_under_one_stem_are_an_exercise_s_records():
    notes = (
        "# RNA-seq design\n\n## Batch effects\n\n| sample | treatment | sex |\n|---|---|---|\n"
        "| sample1 | A | F |\n| sample2 | A | M |\n| sample3 | B | F |\n| sample4 | B | M |\n"
    )
    assert not any("sample1" in front for front in answers_by_front(notes))


def test_the_everyday_name_of_a_sign_is_common_knowledge():
    from quizzes.generation.facts import CardDraft
    from quizzes.generation.lint import card_problems

    asked = "In JavaScript, what is the name of the {} operator?"
    plus = CardDraft(key="k", kind="basic", front=asked.format("+"), back="Addition")
    modulo = CardDraft(key="m", kind="basic", front=asked.format("%"), back="Remainder")
    assert [p.rule for p in card_problems(plus)] == ["common knowledge"]
    assert not card_problems(modulo)


def test_the_letters_of_the_page_s_own_name_are_not_asked():
    notes = (
        CERTIFICATION_GLOSSARY
        + "\n## 🔤 Acronym Quick Reference\n\n- **AWS**: Amazon Web Services\n- **VPC**: Virtual Private Cloud\n"
    )
    fronts = list(answers_by_front(notes))
    assert not any(f.endswith("What does AWS stand for?") for f in fronts), fronts
    assert any(f.endswith("what does VPC stand for?") for f in fronts), fronts
