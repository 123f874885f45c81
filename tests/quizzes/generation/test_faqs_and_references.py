"""A FAQ about a tool its prose writes in small letters, and a reference table of aliases: shapes
from other authors' notes (a pnpm FAQ, an Oh My Zsh plugin's alias table)."""

from quizzes.generation.writing.tables import is_countable
from tests.quizzes.generation.helpers import cards_of

FAQ = """# Frequently Asked Questions

## Why does my node_modules folder use disk space if packages are stored in a global store?

pnpm creates hard links from the global store to the project's node_modules folders, so pnpm uses the
space once. Hard links point to the same place on the disk where the original files are.

## Why have hard links at all? Why not symlink directly to the global store?

One package can have different sets of dependencies on one machine, which pnpm keeps apart.

## What does pnpm stand for?

pnpm stands for performant npm. Rico Sta. Cruz came up with the name, which pnpm still uses.

## pnpm does not work with <YOUR-PROJECT-HERE>?

In most cases it means that one of the dependencies requires packages that pnpm cannot find.
"""


def test_a_faq_names_the_tool_its_prose_keeps_naming_in_small_letters():
    fronts = {c.front: c.back for c in cards_of(FAQ)}
    assert "In pnpm, why have hard links at all? Why not symlink directly to the global store?" in fronts
    # A heading whose placeholder the page dropped ("… work with ?") asks nothing.
    assert not any(f.rstrip("?").endswith("with") for f in fronts)


def test_a_short_answer_is_not_padded_with_a_fragment_of_the_next_sentence():
    from quizzes.generation.extractors.questions import _answer

    assert _answer("pnpm stands for performant npm. Rico Sta. Cruz came up with it.") == (
        "pnpm stands for performant npm."
    )


def test_an_alias_table_asks_each_alias_once_under_the_tools_own_name():
    rows = "\n".join(f"| k{n} | `kubectl get thing{n}` | List every thing{n} in the cluster |" for n in range(12))
    markdown = (
        "# Kubectl plugin\n\nThis plugin adds aliases for common kubectl commands.\n\n"
        f"## Aliases\n\n| Alias | Command | Description |\n|---|---|---|\n{rows}\n"
    )
    cards = cards_of(markdown)
    assert len(cards) == 12  # a reference table is a glossary: a card a row, beyond the handful of a grid
    # The aliases are the plugin's, which the page is about: not kubectl's own.
    assert all(c.front.startswith("In the kubectl plugin, what command does the k") for c in cards), cards[0].front
    assert not is_countable("kubectl") and is_countable("server")


def test_a_vague_question_and_a_yes_no_question_answered_without_yes_or_no_are_not_asked():
    faq = (
        "# pnpm FAQ\n\n## What about circular symlinks?\n\n"
        "Circular symlinks are avoided because parent packages are placed beside their dependencies.\n\n"
        "## Does pnpm work across multiple hard drives?\n\n"
        "The package store should be on the same disk as the installations of the project.\n\n"
        "## Does pnpm work on Windows?\n\nYes, pnpm uses junctions instead of symlinks on Windows.\n"
    )
    fronts = [c.front for c in cards_of(faq, "basic")]
    assert fronts == ["Does pnpm work on Windows?"], fronts


def test_a_plans_steps_and_their_dates_are_no_cards():
    markdown = (
        "# Alert system retirement\n\n## The plan\n\n|Action|Description|Date|\n|---|---|---|\n"
        "|Pre-final Alert|The alert warning that the Alert system will be retired|2016-11-02|\n"
        "|Final Alert|Max sequence Alert to disable the Alert system|2017-01-19|\n"
        "|Alert key released|The Alert key will be made publicly available|Postponed until safe.|\n"
    )
    assert cards_of(markdown) == []


def test_a_question_that_names_nothing_and_a_term_with_markup_left_over_are_not_asked():
    markdown = (
        "# Read consistency\n\n## Which should I use?\n\n"
        "Weak is probably sufficient for most applications, and is the default read consistency level.\n\n"
        "## Prerequisites\n\n- **<VICTIM HEADER> Access-Control-Allow-Origin**: https://evil.com or null\n"
    )
    fronts = [c.front for c in cards_of(markdown)]
    assert not any(f.startswith("Which should") or "HEADER>" in f or "which term means" in f.lower() for f in fronts)


def test_a_command_with_the_roles_it_plays_is_asked_by_its_name():
    markdown = (
        "# PSBT how-to\n\n## RPCs\n\n"
        "- **`converttopsbt` (Creator)** is a utility RPC that converts an unsigned raw transaction to PSBT format.\n"
        "- **`joinpsbts` (Creator)** is a utility RPC that joins multiple PSBTs together into one.\n"
    )
    fronts = {c.front for c in cards_of(markdown, "basic")}
    assert {"What is converttopsbt?", "What is joinpsbts?"} <= fronts, fronts  # a name names its own topic


def test_a_term_is_asked_what_it_is_and_a_command_as_a_choice():
    from tests.quizzes.generation.helpers import written_cards

    glossary = (
        "# Container glossary\n\n"
        "- **Hypervisor**: a piece of software that creates and runs virtual machines.\n"
        "- **Container engine**: a piece of software that accepts user requests and runs containers.\n"
        "- **Container runtime**: a low-level component that mounts the container and starts it.\n"
        "- **Image**: a read-only template with instructions for creating a container.\n"
    )
    assert any(c.kind == "mcq" for c in written_cards(glossary))  # written, and quizzable from the candidates
    # The bank asks each term what it is, and which term a gloss names; never as a choice among terms.
    assert {c.kind for c in cards_of(glossary)} <= {"basic", "reverse"}


def test_a_faq_question_naming_its_product_takes_no_other_name_as_its_topic():
    faq = (
        "# FAQ\n\nZMK runs on Zephyr. Zephyr is an RTOS. Zephyr supports many boards. Zephyr is small. "
        "Zephyr is fast. Zephyr has drivers.\n\n## Who created ZMK?\n\nZMK was created by Pete Johanson in 2020.\n"
    )
    assert [c.front for c in cards_of(faq, "basic")] == ["Who created ZMK?"]


def test_a_heading_that_states_a_claim_names_no_subject():
    from quizzes.generation.writing.topics import _states_a_claim

    assert _states_a_claim("Luxon works with time zones")
    assert not _states_a_claim("Git Commands for beginners")


def test_a_how_to_heading_is_asked_as_a_question_and_a_spelled_out_faq_title_frames_its_subject():
    from tests.quizzes.generation.helpers import cards_of

    page = (
        "# Widgetry FAQ (Frequently Asked Questions)\n\n## How to share state between two windows?\n\n"
        "The simplest way to share state between windows is to use the Storage API, which Widgetry "
        "provides in every window.\n\n## Why does Widgetry restart the broker?\n\n"
        "Widgetry restarts the broker because a crashed broker would drop every message.\n"
    )
    fronts = [c.front for c in cards_of(page)]
    assert "In Widgetry, how do you share state between two windows?" in fronts, fronts


def test_a_why_answered_by_its_second_paragraph_takes_the_reason_and_drops_its_pointing_word():
    from tests.quizzes.generation.helpers import cards_of

    page = (
        "# Packwise FAQ\n\n### Why is resolving dependencies slow?\n\n"
        "While the resolver at the heart of Packwise is fast enough for most projects, some sets of "
        "dependencies take a while to resolve.\n\n"
        "This is due to the fact that many packages on the index do not declare their metadata, so "
        "Packwise downloads each one to read it.\n\n"
        "### Why does Packwise enforce strict version strings?\n\n"
        "This is done to stay compatible with the rest of the packaging tools.\n\n"
        "{{% note %}}\nPackwise 2 reads both formats.\n{{% /note %}}\n"
    )
    cards = {c.front: c.back for c in cards_of(page)}
    assert cards["In Packwise, why is resolving dependencies slow?"].startswith(
        "Because many packages on the index do not declare their metadata"
    ), cards
    assert cards["Why does Packwise enforce strict version strings?"] == (
        "To stay compatible with the rest of the packaging tools."
    )
    assert not any("{{%" in back for back in cards.values())


def test_a_heading_that_only_looks_like_a_question_is_not_asked_and_a_lead_in_is_dropped():
    from quizzes.generation.extractors.questions import is_question
    from quizzes.generation.writing.topics import in_topic

    assert not is_question("Multiple characters being rendered as one character?")
    assert not is_question("To do or not to do?")
    assert is_question("Why does my prompt render as underscores?")
    assert in_topic("", "The first thing to note is that _____ will only output UTF-8.") == (
        "_____ will only output UTF-8."
    )


def test_a_who_or_where_question_answered_by_no_one_or_nowhere_is_not_asked():
    from tests.quizzes.generation.helpers import cards_of

    page = (
        "# Paywise FAQ\n\n## Where can you get help and support?\n\n"
        "Paywise is an open-source project. It is not a company; there is no e-mail, live chat or phone support.\n\n"
        "## Where are the settings stored?\n\nPaywise keeps its settings in ~/.paywise/config.toml on every machine.\n"
    )
    fronts = [c.front for c in cards_of(page)]
    assert not any("help and support" in f for f in fronts), fronts
    assert any("settings stored" in f for f in fronts), fronts


def test_a_when_question_answered_by_no_time_or_condition_is_not_asked():
    page = (
        "# Packwise FAQ\n\n## When should I use Packwise?\n\n"
        "The need to use Packwise should not be taken for granted by any team at all.\n\n"
        "## When should I pin versions?\n\n"
        "Pinning pays off once an application is published, and whenever a release has broken a build.\n"
    )
    fronts = [c.front for c in cards_of(page)]
    assert not any("When should I use" in f or "When should you use" in f for f in fronts), fronts
    assert any("pin versions" in f for f in fronts), fronts


def test_a_how_to_question_takes_the_sentence_that_says_how():
    page = (
        "# Lintwise FAQ\n\n## How can I disable Lintwise's color output?\n\n"
        "Lintwise's color output is powered by the `colored` crate, which attempts to detect whether the "
        "output stream supports color. However, you can force colors off by setting the `NO_COLOR` "
        "environment variable to any value.\n\n"
        "## How can I change the default configuration?\n\n"
        "When no configuration file is found, Lintwise looks for a user-specific file as a last resort. "
        "This behavior is similar to the one of `flake8`.\n"
    )
    cards = {c.front: c.back for c in cards_of(page)}
    asked = {front.split(", ", 1)[-1]: back for front, back in cards.items()}
    assert asked["How can you disable Lintwise's color output?"] == (
        "You can force colors off by setting the NO_COLOR environment variable to any value."
    ), cards
    assert not any("default configuration" in front for front in cards), cards


def test_a_how_to_answer_drawn_as_a_conclusion_gives_way_to_the_one_that_says_how():
    page = (
        "# Bundlewise FAQ\n\n## How do I use Bundlewise with CommonJS modules?\n\n"
        "Bundlewise strives to implement the specification for ES modules, not the behaviors of `require()`. "
        "Consequently, loading of CommonJS modules and use of module resolution are both implemented as "
        "optional plugins. Just install the commonjs and resolve plugins and enable them in the config file.\n\n"
        '## What is "tree-shaking?"\n\nTree-shaking is the process of eliminating code that is not actually used '
        "in a given project.\n"
    )
    cards = {c.front: c.back for c in cards_of(page)}
    asked = {front.split(", ", 1)[-1]: back for front, back in cards.items()}
    assert asked["How do you use Bundlewise with CommonJS modules?"].startswith("Just install the commonjs"), cards
    assert 'what is "tree-shaking"?' in asked, cards


def test_a_faq_folded_in_details_asks_each_summary_as_its_question():
    # GitHub docs fold FAQs: "<details><summary>Why …?</summary> answer </details>"; the summary
    # heads its answer as a heading would, where it was skipped as raw HTML.
    markdown = (
        "# Gradle FAQ\n\n<details>\n<summary>Why does Gradle cache task outputs?</summary>\n\n"
        "Gradle caches task outputs so that a task whose inputs have not changed is not run again.\n\n"
        "</details>\n\n<details>\n<summary>Why is the Gradle daemon faster?</summary>\n\n"
        "The daemon keeps a warm JVM between builds, so the start-up and class loading are paid only once.\n\n"
        "</details>\n"
    )
    fronts = {c.front: c.back for c in cards_of(markdown)}
    assert fronts["Why does Gradle cache task outputs?"].startswith("Gradle caches task outputs so that")
    assert "Why is the Gradle daemon faster?" in fronts
