"""Shapes from the O and P reads (session 20): headings that cannot follow "In" (a decade, "Before
the 1970s", a question, "Ten rules of …", a lone "Using", an adjective the page writes before its
nouns, a typo), call-outs titled with their task over a command, and a glossary's Title Case."""

from quizzes.generation.parsing import parse
from quizzes.generation.writing.topics import document_titled, page_name

from .helpers import answers_by_front, cards_of, topics_by_heading

_cards, _topics = answers_by_front, topics_by_heading


def test_a_decade_is_a_time_and_a_bound_or_a_question_is_no_place():
    topics = _topics(
        "# History and timeline\n\nPlain language has a long history.\n\n"
        "## 2000s\n\nIn 2003, OMB issued a directive.\n\n"
        "## Before the 1970s\n\nJohn O'Hayre wrote a book.\n\n"
        "## What makes documentation good\n\nShort sentences help.\n"
    )
    assert topics["2000s"] == "the 2000s"
    assert topics["Before the 1970s"] == ""
    assert topics["What makes documentation good"] == ""
    assert topics["History and timeline"] == ""


def test_a_count_of_rules_gives_way_to_what_they_are_rules_of():
    topics = _topics("# Ten rules of negotiation\n\n## Get everything in writing\n\nAsk for the offer in writing.\n")
    assert topics["Get everything in writing"] == "negotiation"


def test_a_heading_typo_is_spelled_as_the_prose_spells_it():
    text = (
        "# Phonlogy\n\nPhonology is the study of sound systems. Phonology asks which sounds contrast.\n\n"
        "## Phoneme\n\nA phoneme is a minimal unit of sound in phonology.\n"
    )
    topics = _topics(text)
    assert topics["Phonlogy"] == "phonology"
    assert topics["Phoneme"] == "phonology"  # "In phoneme, …" does not read; a counted thing is asked in its field


def test_a_lone_everyday_gerund_or_a_modifier_is_no_page_name():
    using = (
        "# Formatting problems\n\n## Using multiple tables\n\nUsing multiple tables confuses programs.\n\n"
        "## Using multiple tabs\n\nUsing tabs hides data.\n\n"
        "## Using special characters\n\nUsing commas breaks CSV.\n\n"
        "## Using formatting\n\nUsing colour loses information.\n\n## Using null values\n\nUsing -999 misleads.\n"
    )
    bayesian = (
        "# Glossary\n\n- **Prior**: a Bayesian model's belief before the data.\n"
        "- **Posterior**: the Bayesian model's belief after the data; Bayesian inference gives it.\n"
        "- **Workflow**: the Bayesian workflow of building a Bayesian model, with Bayesian statistics.\n"
        "- **Likelihood**: how probable the data are under the Bayesian model.\n"
    )
    for text in (using, bayesian):
        document = parse(text)
        with document_titled(document.title, text):
            assert page_name() == ""


def test_a_callouts_title_is_the_task_of_the_command_it_holds():
    text = """# journalctl

Query the systemd journal.

!!! info "--- Output ---"
    To follow logs in real time (like tail -f):

    ```bash
    journalctl -f
    ```

!!! info "To show the last N lines"
    ```bash
    journalctl -n <number>
    ```

!!! info "To show logs without a pager"
    ```bash
    journalctl --no-pager
    ```

!!! info "To show only kernel messages"
    ```bash
    journalctl -k
    ```
"""
    cards = _cards(text)
    assert cards["Using journalctl, how do you show the last N lines?"] == "journalctl -n <number>"
    assert cards["Using journalctl, how do you follow logs in real time (like tail -f)?"] == "journalctl -f"
    assert not any("Output" in front for front in cards)  # a decorated title only groups the call-outs
    kernel = [front for front in cards if "kernel" in front]
    assert kernel and all("the only" not in front for front in kernel)  # "only" before a plural is an adverb


def test_a_lead_in_pointing_back_is_no_task():
    text = (
        "# Homebrew\n\nHomebrew upgrades packages automatically.\n\nTo disable these automatic upgrades:\n\n"
        "```bash\nexport HOMEBREW_NO_INSTALL_UPGRADE=1\n```\n\nTo list installed packages:\n\n"
        "```bash\nbrew list\n```\n"
    )
    cards = _cards(text)
    assert not any("these" in front for front in cards)
    assert "brew list" in cards.values()


def test_a_glossarys_title_case_is_no_name_and_its_articles_follow_the_gloss():
    text = """# Glossary

*   **Cognitive Load**:
    Cognitive load is the amount of mental effort required to solve a problem.

*   **Formative Assessment**:
    Assessment that takes place during a lesson to give feedback.

*   **Inquiry-Based Learning**:
    The practice of allowing learners to ask their own questions.

*   **Plausible Distractor**:
    A wrong answer to a multiple-choice question that will seem right to a learner.

*   **Summative Assessment**:
    Assessment that takes place at the end of a lesson.
"""
    fronts = set(_cards(text))
    assert "What is cognitive load?" in fronts
    assert "What is formative assessment?" in fronts
    assert "What is inquiry-based learning?" in fronts
    assert "What is a plausible distractor?" in fronts
    assert "What is summative assessment?" in fronts


def test_a_person_glossed_is_one_of_a_kind():
    text = "# Glossary\n\n*   **Competent Practitioner**:\n    Someone who can do normal tasks with normal effort.\n"
    assert "What is a competent practitioner?" in _cards(text)


def test_an_amount_of_money_between_dollars_is_no_math():
    text = (
        "# Poverty\n\nThe International Poverty Line of \\$2.15 per day (in 2017 international-\\$) is the "
        "best-known absolute poverty line and is used by the World Bank to measure extreme poverty.\n"
    )
    assert any("$2.15 per day" in c.explanation and "international-$)" in c.front for c in cards_of(text, "cloze"))


def test_a_cloze_on_a_credit_a_label_or_what_came_before_is_refused():
    text = (
        "# Negotiation\n\nKey points extracted from the Ten Rules articles by Haseeb Qureshi.\n\n"
        "## Consent\n\n**Justification.** Some ethical questions that arise will relate with the data used.\n\n"
        "## Email\n\nYou can change the email address later on by using the git config command again.\n"
    )
    fronts = [c.front for c in cards_of(text, "cloze")]
    assert not any(f.endswith("by _____.") or "_____. Some" in f or f.endswith("again.") for f in fronts)


def test_a_glossarys_acronym_is_asked_in_its_subject_and_tex_left_as_source_is_refused():
    text = (
        "### Stellar Evolution\n\n**RGB**: inert He core, shell H burning\n\n"
        "**HB**: core He burning, shell H burning\n\n"
        "**Opacities**: (Thomson) $\\kappa\\sim \\rho^0 T^0$, high T fully ionized\n"
    )
    cards = _cards(text)
    assert cards["In stellar evolution, what is RGB?"] == "Inert He core, shell H burning"
    assert not any("kappa" in front or "kappa" in back for front, back in cards.items())


def test_a_callouts_heading_titles_the_callout_alone():
    text = """# Setting Up Git

Git needs your name and email.

> ## Line Endings
>
> Windows and macOS end lines differently.

Set your favourite text editor, following this table:

| Editor | Configuration command |
|---|---|
| nano | `git config --global core.editor "nano -w"` |
| Vim | `git config --global core.editor "vim"` |
| Emacs | `git config --global core.editor "emacs"` |
"""
    fronts = [c.front for c in cards_of(text)]
    editor = [front for front in fronts if "Emacs" in front]
    assert editor and all("line endings" not in front.lower() for front in editor)
    assert all(front.lower().startswith("when setting up git, ") for front in editor)  # something done, no place


def test_a_summarys_acronym_gives_way_to_the_title_and_credits_are_no_terms():
    text = """# Navigating a CL in review

## Summary

Now that you know why to review, here is how to navigate a CL:

1. Does the change make sense? Does it have a good description?
2. Look at the most important part of the change first. Is it well-designed overall?
3. Look at the rest of the CL in an appropriate sequence.

## Credits

- Authors: Christie Bahlai, Aleksandra Pawlik
"""
    fronts = [c.front for c in cards_of(text)]
    assert any(front.startswith("Navigating a CL in review — put these in order:") for front in fronts)
    assert not any("authors" in front.lower() for front in fronts)


def test_a_hedged_meaning_is_asked_as_what_the_word_usually_refers_to():
    text = "# Sailing\n\n## Terms\n\nA sheet usually refers to a rope that controls the angle of a sail.\n"
    cards = _cards(text)
    asked = [front for front in cards if "usually refer to?" in front]
    assert asked and cards[asked[0]] == "A rope that controls the angle of a sail"


def test_a_term_the_prose_counts_takes_its_article_whatever_its_ending():
    text = (
        "# Glossary\n\n### Alert\n\nAn alert is the outcome of an alerting rule in Prometheus.\n\n"
        "### Notification\n\nA notification represents a group of one or more alerts, and is sent by the "
        "Alertmanager to email or chat.\n\n### Target\n\nA target is one endpoint that Prometheus scrapes.\n"
    )
    assert any("a notification" in front for front in _cards(text))


def test_a_syntax_column_asks_how_a_kind_of_element_is_written():
    text = """# Markdown Cheat Sheet

## Basic Syntax

| Element | Markdown Syntax |
|---|---|
| Ordered List | `1. First item` |
| Link | `[title](https://www.example.com)` |
| Image | `![alt text](image.jpg)` |
"""
    fronts = [front.split(", ", 1)[-1].lower() for front in _cards(text)]
    assert "what is the markdown syntax for an ordered list?" in fronts
    assert "what is the markdown syntax for a link?" in fronts


def test_an_activity_a_state_or_a_part_glossed_is_asked_without_an_article():
    text = """# Glossary

*   **Deliberate Practice**:
    The act of observing performance of a task while doing it in order to improve ability.

*   **Impostor Syndrome**:
    A feeling of insecurity about one's accomplishments that manifests as a fear of being exposed.

*   **Long-Term Memory**:
    The part of memory that stores information for long periods of time.

*   **Stereotype Threat**:
    A situation in which people feel that they are at risk of being held to stereotypes of their group.

*   **Concept Map**:
    A picture of a mental model in which concepts are nodes in a graph.
"""
    fronts = set(_cards(text))
    for asked in ("deliberate practice", "impostor syndrome", "long-term memory", "stereotype threat"):
        assert f"What is {asked}?" in fronts
    assert "What is a concept map?" in fronts


def test_a_things_owner_written_with_a_capital_is_any_one_of_its_kind():
    text = "# Phonology\n\nA Language's **phoneme inventory** is a list of the sounds that are used in a language.\n"
    assert "What is a language's phoneme inventory?" in _cards(text)


def test_a_phrasal_verb_gloss_is_asked_what_the_term_does():
    text = (
        "# Glossary\n\n### Alertmanager\n\nThe Alertmanager takes in alerts, aggregates them into groups, "
        "de-duplicates them and sends out notifications.\n"
    )
    assert any("what does alertmanager do?" in front.lower() for front in _cards(text))


def test_advice_is_no_cloze_and_a_gerund_heading_names_no_referent():
    text = """# Negotiation

## Offers

The goal should be to have as many offers overlapping at the same time as possible.

## Understanding the GDPR

The GDPR applies a "special regime" to research, providing derogations from some obligations.
"""
    fronts = [c.front for c in cards_of(text, "cloze")]
    assert not any("offers" in front for front in fronts)
    assert not any(front.startswith("Understanding the GDPR applies") for front in fronts)


def test_a_glossary_that_defines_its_field_asks_its_terms_in_it():
    text = """## Glossary

epidemiology
:   the study of the distribution and determinants of disease frequency in human populations.

incidence
:   (of a health-related state) the proportion of a candidate population that changes state over a period.

prevalence
:   (of a health-related state) the proportion of the total population that has a given health-related state).
    See also: incidence

infant mortality rate
:   number of deaths of infants less than 1 year of age per 1,000 livebirths per year.
"""
    cards = _cards(text)
    assert cards["In epidemiology, what is incidence?"].startswith("The proportion of a candidate population")
    assert cards["In epidemiology, what is prevalence?"] == (
        "The proportion of the total population that has a given health-related state"
    )
    assert "In epidemiology, what is the infant mortality rate?" in cards


def test_a_key_tables_description_of_function_is_what_the_key_does():
    text = (
        "# Default Keys\n\n### Navigation\n\n| Key | Description of function |\n|---|---|\n"
        "| Home | Move to the beginning of text on the current line |\n| End | Move to the end of the current line |\n"
        "| Ctrl-f | Find (opens prompt) |\n"
    )
    fronts = list(_cards(text))
    assert any(front.endswith("what does Home do?") for front in fronts)
    assert not any("description of function" in front for front in fronts)


def test_a_titles_first_sentence_with_a_verb_of_its_own_is_no_gloss():
    text = "# Volcano Eruptions\n\nThe data this week comes from The Smithsonian Institution.\n"
    assert not any("volcano eruptions" in front.lower() for front in _cards(text))


def test_a_section_adds_no_bracketed_part_and_a_sentences_own_aside_gives_way_to_the_topic():
    topics = _topics("# Math Review\n\nMath is the study of quantity.\n\n## Numbers\n\nA fraction is a ratio.\n")
    assert "(" not in topics["Numbers"]
    text = (
        "# Return periods\n\n## TTS Today\n\nIn general, the effective return level reflects the trend in the data.\n"
    )
    fronts = [c.front for c in cards_of(text, "cloze")]
    assert not any(front.startswith("In general,") for front in fronts)


def test_an_option_matched_by_a_compound_the_question_repeats_is_no_choice():
    text = """# kubectl

```bash
kubectl config view # Show Merged kubeconfig settings.
kubectl config get-contexts # display list of contexts
kubectl config current-context # display the current-context
kubectl config use-context my-cluster-name # set the default context to my-cluster-name
```
"""
    mcqs = [c.front for c in cards_of(text, "mcq")]
    assert not any("current-context" in front or "my-cluster-name" in front for front in mcqs)


def test_an_adverb_after_the_term_and_a_specific_heading_are_not_the_terms_or_the_topics():
    text = (
        "# Variants\n\n## Coverage\n\nCoverage simply means the average number of reads that span a position.\n\n"
        "## OpenAPS-specific terminology\n\n- **BGI**: blood glucose impact, how much BG should be rising or falling.\n"
    )
    fronts = list(_cards(text))
    assert not any("simply" in front for front in fronts)
    assert not any("specific" in front for front in fronts)


def test_an_activity_term_is_one_thing_and_an_overlong_title_is_no_place():
    text = (
        "# Set up and overview for gene-level differential expression analysis\n\n## Workflow\n\n"
        "- **Prioritizing variants**: ranking the called variants by their likely effect on the phenotype.\n"
        "- **Annotating variants**: adding what is known about each variant from public databases.\n"
    )
    fronts = list(_cards(text))
    assert fronts and not any(front.startswith("What are") for front in fronts)
    assert not any("set up and overview" in front.lower() for front in fronts)


def test_irregular_plurals_are_plural():
    from quizzes.generation.writing.grammar import be

    assert be("noble women") == "are"
    assert be("peasant men") == "are"
    assert be("woman") == "is"


def test_an_ordinal_term_takes_the_and_notes_shorthand_is_no_gloss():
    text = """# Thermodynamics

- **First law of thermodynamics**: states the principle of conservation of energy.
- **Fusion**: Between liquid and solid
- **Good and well**: Thought to reside in the function -> man has function
- **Latent heat**: the energy absorbed or released during a change of state.
"""
    fronts = list(_cards(text))
    assert any("the first law of thermodynamics" in front for front in fronts)
    assert not any("fusion" in front.lower() or "good and well" in front.lower() for front in fronts)


def test_a_study_the_card_never_names_is_no_cloze():
    text = (
        "# Volcanoes\n\n## Climate\n\nThe researchers detected 238 eruptions from the past 2,500 years, "
        "they report today in Nature.\n"
    )
    assert not any("researchers" in c.front for c in cards_of(text, "cloze"))
