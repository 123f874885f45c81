"""Shapes from the T, U and V reads (session 21): headings that name no subject as they stand (two
activities over one object, "Defining X by Its Functions", an exam, an example, a typo no prose
word corrects, a site generator's "{{ page.title }}"), a textbook's term named after what it is,
a table of qualities, a cited author blanked, and a gloss that points at the sentence before."""

from quizzes.generation import generate
from quizzes.generation.facts import CardDraft
from quizzes.generation.lint import card_problems
from quizzes.generation.parsing import parse
from quizzes.generation.selection import LEANING_FALLBACK

from .helpers import answers_by_front, cards_of, topics_by_heading, written_cards

_cards, _topics = answers_by_front, topics_by_heading


def test_two_activities_over_one_object_are_about_the_object():
    topics = _topics(
        "# Choosing and Using Security Questions Cheat Sheet\n\n## Introduction\n\n"
        "Security questions are often used to recover accounts.\n"
    )
    assert topics["Introduction"] == "Security Questions"


def test_what_a_lesson_defines_a_subject_by_is_not_the_subject():
    topics = _topics(
        "# Defining Money by Its Functions\n\nMoney is what people use to buy goods.\n\n"
        "## Barter\n\nBarter is trading goods for goods.\n"
    )
    assert topics["Defining Money by Its Functions"] == "Money"


def test_an_exam_an_example_or_an_uncorrectable_typo_names_no_subject():
    topics = _topics(
        "# Semester Test 1: Cheatsheet.\n\nNotes for the test.\n\n"
        "## Plate Tectonics\n\nPlate tectonics moves the plates.\n\n"
        "### Example plate boundary\n\nThe San Andreas fault is a transform boundary.\n\n"
        "### Ingenous Rocks\n\nIgneous rock forms when magma cools.\n"
    )
    assert "Semester Test" not in topics["Semester Test 1: Cheatsheet."]
    assert "xample" not in topics["Example plate boundary"]
    assert "Ingenous" not in topics["Ingenous Rocks"]
    assert topics["Plate Tectonics"]  # a plain subject heading stays one


def test_a_site_generators_title_tag_gives_way_to_the_front_matter_title():
    document = parse(
        "---\nlayout: post\ntitle: Meter and time signatures\n---\n\n{{ page.title }}\n================\n\n"
        "Meter organizes music in time.\n"
    )
    assert [s.path for s in document.sections] == [("Meter and time signatures",)]


def test_a_term_named_after_what_it_is_is_defined_each_clause_alike():
    cards = _cards(
        "# Meter\n\nMeters that divide the beat into two equal parts are *simple meters*; meters that "
        "divide the beat into three unequal groups of notes are *compound meters*.\n\n"
        "A polygon with three straight sides is called a *triangle*.\n"
    )
    fronts = {answer: front for front, answer in cards.items()}
    assert fronts["Meters that divide the beat into two equal parts"].lower().endswith("what are simple meters?")
    assert (
        fronts["Meters that divide the beat into three unequal groups of notes"]
        .lower()
        .endswith("what are compound meters?")
    )
    assert fronts["A polygon with three straight sides"].lower().endswith("what is a triangle?")


def test_a_table_of_qualities_asks_what_each_quality_means():
    cards = _cards(
        "# Security questions\n\n## Desired characteristics\n\n"
        "| Characteristic | Explanation |\n|---|---|\n"
        "| Memorable | The user must be able to recall the answer years later. |\n"
        "| Consistent | The answer to the question must not change over time. |\n"
        "| Confidential | The answer must be hard for an attacker to obtain. |\n"
        "| Specific | The answer should be clear to the user. |\n"
    )
    question = next(front for front in cards if "“memorable”" in front)
    assert question.endswith("what does the characteristic “memorable” mean?")
    assert cards[question] == "The user must be able to recall the answer years later."
    assert not any("explanation of" in front or "what is memorable" in front.lower() for front in cards)
    assert any(front.endswith("what does the characteristic “specific” mean?") for front in cards)


def test_a_blank_on_a_cited_author_is_refused():
    card = CardDraft(
        key="k",
        kind="cloze",
        front="In research integrity, a more specific example is available in _____ et al.",
        back="Nagendran",
    )
    assert any("wrote the source" in problem.detail for problem in card_problems(card))


def test_a_gloss_pointing_at_the_sentence_before_defines_nothing():
    cards = _cards(
        "# System calls\n\nEvery syscall has a number. The kernel has a table. "
        "The number is an index into that table.\n\nA syscall is the interface between a program and the kernel.\n"
    )
    assert "An index into that table" not in cards.values()
    assert any(answer.startswith("The interface between a program") for answer in cards.values())


def test_a_general_gloss_keeps_its_bare_term_under_a_heading_naming_a_kind():
    cards = _cards(
        "# Triads and seventh chords\n\nA chord is any combination of three or more pitch classes "
        "that sound simultaneously.\n\nA four-note chord whose pitch classes can be arranged as thirds "
        "is called a *seventh chord*.\n"
    )
    fronts = {answer: front for front, answer in cards.items()}
    assert fronts["Any combination of three or more pitch classes that sound simultaneously"].endswith(
        "what is a chord?"
    )


def test_one_question_asked_under_two_topics_is_kept_once():
    from quizzes.generation.selection import select_cards

    answer = "Inward (for example: how do researchers conduct themselves?)"
    question = "what is the research integrity of perception of ethical questions?"
    cards = [
        CardDraft(key="a:basic", kind="basic", front=f"In research ethics, {question}", back=answer, note_key="a"),
        CardDraft(key="b:basic", kind="basic", front=question.capitalize(), back=answer, note_key="b"),
        CardDraft(key="c:basic", kind="basic", front=f"In Kubernetes, {question}", back="Outward", note_key="c"),
    ]
    kept, skipped = select_cards(cards)
    assert [c.key for c in kept] == ["a:basic", "c:basic"]
    assert any("repeat another card" in s.reason for s in skipped)


def test_a_section_named_by_its_sentence_falls_back_to_the_pages_title_not_its_commonest_name():
    cards = [
        c.front
        for c in cards_of(
            "---\ntitle: Server-side web frameworks\n---\n\n"
            "HTTP requests reach the server. HTTP responses go back. HTTP is the protocol. HTTP has verbs. "
            "HTTP has headers. HTTP has status codes.\n\n"
            "## Deno (JavaScript)\n\nDeno is powered by Tokio, a Rust-based asynchronous runtime which lets it "
            "serve web pages faster.\n",
            "cloze",
        )
    ]
    assert cards and all(not front.startswith("In HTTP") for front in cards)
    assert any(front.startswith("In server-side web frameworks, Deno") for front in cards)


def test_what_was_done_a_cited_author_and_the_readers_own_thing_are_no_subjects():
    topics = _topics(
        "# Things done to overcome latency pains\n\nSites open many connections.\n\n"
        "## Aikhenvald\n\nAikhenvald (2006) says noun classifiers categorize the noun.\n"
    )
    assert topics["Things done to overcome latency pains"] == ""
    assert topics["Aikhenvald"] == ""
    assert _topics("# Make your own sourdough\n\nThe yeast makes the gas.\n")["Make your own sourdough"] == ""


def test_one_side_of_a_subject_is_about_the_subject_said_bare_as_the_prose_says_it():
    cards = cards_of(
        "# The Legal Side of Open Source\n\n## Dependencies\n\nMost of open source depends on licences. The open "
        "source community shares code. Lawyers of open source read them. In open source, a licence grants rights.\n\n"
        "A *software bill of materials* is a list of the third-party dependencies of a product.\n"
    )
    fronts = [c.front for c in cards if "bill of materials" in c.front]
    assert fronts == ["In open source, what is a software bill of materials?"]


def test_markdown_escapes_in_a_raw_html_call_out_are_resolved():
    document = parse(
        '# Licences\n\n<aside markdown="1" class="pquote">\n  Organizations must have a strategy that fits both '
        '\\["permissive" and "copyleft"\\] categories of licences.\n</aside>\n'
    )
    texts = [block.text for section in document.sections for block in section.blocks if block.text]
    assert any('both ["permissive" and "copyleft"] categories' in text for text in texts)


_LEANING_PAGE = (
    "# Virtualization\n\n## Containers and VMs\n\n"
    "Containers take up much less space than VMs, given that container images are typically only a few "
    "megabytes in size.\n\n"
    "Virtual machines have a longer lifecycle than containers, and are best used for longer periods of time.\n"
)


def test_a_cloze_that_needs_its_topic_put_before_it_is_left_out_beside_other_cards():
    bank = generate(
        _LEANING_PAGE + "\nA *hypervisor* is a piece of software that creates and runs virtual machines.\n",
        deck="test",
    )
    assert [c.kind for c in bank.cards] == ["basic"]
    leaning = [s for s in bank.skipped if "leans on the ones around it" in s.reason]
    assert len(leaning) == 2 and all(s.excerpt.startswith("In Virtualization, ") for s in leaning)


def test_a_page_whose_only_cards_lean_on_a_topic_keeps_its_best_few():
    cards = cards_of(_LEANING_PAGE)
    assert 0 < len(cards) <= LEANING_FALLBACK
    assert all(c.kind == "cloze" and c.front.startswith("In Virtualization, ") for c in cards)


def test_a_cloze_whose_sentence_names_its_own_subject_stays():
    cards = cards_of(
        "# Docker\n\nA *container* is a runnable instance of an image.\n\n"
        "Docker is written in the Go programming language and takes advantage of several features of the "
        "Linux kernel to deliver its functionality.\n"
    )
    assert any(c.kind == "cloze" and c.front.startswith("Docker is written in") for c in cards)


def test_a_standards_number_titles_its_page_and_a_notes_apps_links_read_as_words():
    markdown = (
        "# 802.11\n\n- WLANs work at [[physical layer]] and [[data link layer|the DLL]]\n\n## Access Method\n\n"
        "- Same physical addressing scheme as other Ethernet networks\n- Different access method than Ethernet\n"
        "- Ethernet uses CSMA/CD\n- CSMA/CA\n  - Carrier Sense Multiple Access with Collision Avoidance\n"
        "  - Minimizes collision potential\n  - Uses ACK packets to verify every transmission\n"
    )
    assert _topics(markdown)["Access Method"] == "802.11"
    texts = [item.text for s in parse(markdown).sections for b in s.blocks for item in b.items]
    assert "WLANs work at physical layer and the DLL" in texts
    answers = {c.front: c.back for c in cards_of(markdown)}
    assert answers["What is CSMA/CA?"] == (
        "Carrier Sense Multiple Access with Collision Avoidance. Minimizes collision potential. "
        "Uses ACK packets to verify every transmission"
    )


def test_a_measure_is_offered_only_among_measures_in_its_unit():
    from quizzes.generation.writing.distractors import honest_distractors, shape

    assert shape("3.086 × 10^16 m") == shape("1.496 × 10^11 m") == "measure m"
    assert shape("1.989 × 10^30 kg") != shape("6.378 × 10^6 m")
    assert shape("1920x1080") != shape("8 hours") and shape("802.11n") == "number"
    pool = ["1.496 × 10^11 m", "1.989 × 10^30 kg", "9.461 × 10^15 m", "1.368 × 10^3 W/m^2", "6.378 × 10^6 m"]
    assert sorted(honest_distractors("3.086 × 10^16 m", pool, "k")) == sorted(
        ["1.496 × 10^11 m", "9.461 × 10^15 m", "6.378 × 10^6 m"]
    )


def test_an_introductory_note_on_a_subject_and_rules_for_a_kind_are_about_them():
    topics = _topics(
        "# Introductory Note on Procedural Due Process\n\nDue process limits the state.\n\n"
        "## Rules for Ketones\n\nKetones get the suffix -one.\n"
    )
    assert topics["Introductory Note on Procedural Due Process"] == "Procedural Due Process"
    nomenclature = _topics(
        "# Organic Chemistry\n\n## Nomenclature\n\n### Rules for Ketones\n\n"
        "Ketones get the suffix -one, as in 2-butanone. Ketones are numbered from the nearer end.\n"
    )
    assert "Rules" not in nomenclature["Rules for Ketones"]


def test_a_cheatsheets_search_only_and_credit_comments_read_as_english():
    markdown = (
        "# Git\n\n```bash\n# Show only commit message & ref\n$ git log --oneline\n\n"
        "# Search for \"variableName\" in all java files\n$ git grep 'variableName' -- '*.java'\n\n"
        "# Thanks to Travis Jeffery for these\n# Enable line numbers in grep search results\n"
        "$ git config --global grep.lineNumber true\n\n# Show all commits\n$ git log\n\n"
        "# Show the working tree status\n$ git status\n```\n"
    )
    fronts = [c.front for c in written_cards(markdown)]
    assert any(f.endswith("show only commit message & ref?") for f in fronts)
    assert any(f.endswith('how do you search for "variableName" in all java files?') for f in fronts)
    assert not any("the only commit" in f or "gives search" in f or "Travis" in f for f in fronts)


def test_one_name_a_gloss_calls_he_is_asked_as_who_did_it():
    cards = cards_of(
        "# Cartesian Skepticism\n\n- Skeptic - someone who questions whether anything can be known with certainty\n"
        "- Socrates - talked about how little he knew about the world\n"
    )
    asked = {c.front: c.back for c in cards}
    assert any(f.endswith("who talked about how little he knew about the world?") for f in asked)
    assert not any(f.endswith("what talked about how little he knew about the world?") for f in asked)


def test_a_fields_ics_an_amount_of_and_a_named_things_the_read_as_english():
    from quizzes.generation.writing.prompts import definition_question

    field = "the subfield of ethics that investigates where ethical principles come from"
    assert definition_question("metaethics", field, []) == "What is metaethics?"
    assert definition_question("topics", "subjects of discussion", []) == "What are topics?"
    assert definition_question("amount of radiation", "a function of the surface temperature", []) == (
        "What is the amount of radiation?"
    )
    client = "the primary way that many Docker users interact with Docker"
    assert definition_question("The Docker client", client, []) == "What is the Docker client?"


def test_a_function_of_something_is_asked_as_what_it_depends_on():
    cards = answers_by_front(
        "# Heat transfer\n\n## Conduction\n\n- Temperature: a function of position and time\n"
        "- Conductivity: a material property that says how well heat flows through it\n"
    )
    asked = next(front for front in cards if "depend on" in front)
    assert "what is" not in asked.lower()
    assert cards[asked] == "Position and time"


def test_a_multiple_choice_whose_verb_only_the_answer_repeats_is_asked_plainly():
    markdown = (
        "# Git\n\n```bash\n# Merge the specified branch into the current\n$ git merge branchName\n\n"
        "# Create a new branch\n$ git branch myNewBranch\n\n# Show all commits\n$ git log\n\n"
        "# Show the working tree status\n$ git status\n\n# Switch to another branch\n$ git checkout main\n```\n"
    )
    merge = [
        c for c in written_cards(markdown) if c.answer == "git merge branchName" or c.back == "git merge branchName"
    ]
    assert merge and all(c.kind != "mcq" for c in merge)


def test_a_commented_syntax_line_is_no_part_of_the_task():
    markdown = (
        "# Git\n\n```bash\n# rename a branch\n# git branch -m <oldname> <newname>\n"
        "$ git branch -m myBranchName myNewBranchName\n\n# Show all commits\n$ git log\n```\n"
    )
    assert not any("<oldname>" in c.back or "<oldname>" in c.front for c in written_cards(markdown))
    assert any(c.front.endswith("rename a branch?") for c in written_cards(markdown))


def test_a_short_code_defined_differently_in_two_lists_is_not_asked_alone():
    cards = answers_by_front(
        "# Triads\n\nFollowing are the qualities of each triad in every major key:\n\n"
        "- I: major – do, mi, sol\n- II: minor – re, fa, la\n- V: major – sol, ti, re\n\n"
        "Following are the qualities of each triad in every minor key:\n\n"
        "- I: minor – do, me, sol\n- II: diminished – re, fa, le\n- V: major – sol, ti, re\n"
    )
    assert not any(front.endswith(("what is II?", "what is I?")) for front in cards)


def test_a_heading_whose_sentence_names_its_term_is_asked_once():
    cards = answers_by_front(
        "# Chords\n\n### Seventh chords\n\nA four-note chord whose pitch classes can be arranged as thirds "
        "is called a *seventh chord*.\n"
    )
    assert list(cards.values()) == ["A four-note chord whose pitch classes can be arranged as thirds"]


def test_pandocs_em_dash_and_a_label_over_its_own_list_are_read_as_written():
    markdown = (
        "# 802.11\n\n- Frame aggregation\n  - Combine multiple frames into one larger frame\n"
        "  - Two techniques\n    - A-MSDU\n    - A-MPDU\n  - Reduces overhead\n\n"
        "The Court can't decide everything---it stays out of another branch's procedures.\n"
    )
    answers = answers_by_front(markdown)
    assert "Combine multiple frames into one larger frame. Reduces overhead" in answers.values()
    texts = [b.text for s in parse(markdown).sections for b in s.blocks if b.text]
    assert any("everything — it stays out" in t for t in texts)


def test_what_a_prompted_command_printed_is_not_a_command():
    markdown = (
        "# Git\n\n```bash\n# Find the authors on the latest modified lines\n$ git blame style.vim\n"
        'b88c6a1b (Google Python team  2019-12-30 13:45:23 -0800 12) " See the License\n\n'
        "# Show all commits\n$ git log\n```\n"
    )
    fronts = [c.front for c in written_cards(markdown)]
    assert any(f.startswith("What does git blame style.vim do?") for f in fronts)
    assert not any("b88c6a1b" in f for f in fronts)


def test_a_heading_naming_a_class_of_things_is_asked_what_those_things_are():
    cards = answers_by_front(
        "# Pod classes\n\n## Classes\n\n### Guaranteed\n\nPods that are `Guaranteed` have the strictest resource "
        "limits and are least likely to face eviction. They may not acquire resources beyond their limits.\n"
    )
    front = next(front for front in cards if front.lower().endswith("what are guaranteed pods?"))
    assert cards[front] == "Pods that have the strictest resource limits and are least likely to face eviction"


def test_a_term_the_author_sets_apart_is_asked_from_that_entry():
    cards = answers_by_front(
        "# States\n\n- tldr\n  - supranational organizations are a new challenge to the sovereignty of states\n"
        "  - states are sovereign political institutions\n\n## Power\n\n"
        "- **supranational organizations**: governing bodies that allow many sovereign states to send "
        "representatives to make collective decisions\n"
    )
    answers = [a for f, a in cards.items() if "supranational" in f]
    assert answers == [
        "Governing bodies that allow many sovereign states to send representatives to make collective decisions"
    ]


def test_a_verb_written_as_one_word_and_a_note_after_a_dash_read_as_a_task():
    markdown = (
        "# Git\n\n```bash\n# checkout a repo - defaults to master branch\n$ git checkout\n\n"
        "# Show all commits\n$ git log\n```\n"
    )
    fronts = [c.front for c in written_cards(markdown)]
    assert "Using git, how do you checkout a repo?" in fronts
    assert not any("gives checkout" in f or "defaults to master" in f for f in fronts)


def test_a_table_of_factors_compares_its_columns():
    fronts = [
        c.front
        for c in cards_of(
            "# Research ethics\n\n## Compared\n\n| Factor | RRI | Research Integrity |\n| --- | --- | --- |\n"
            "| Perception of ethical questions | Outward | Inward |\n| Who researchers interact with | "
            "With research subjects | With fellow researchers |\n"
        )
    ]
    assert any("perception of ethical questions of" in f for f in fronts)
    assert not any("integrity of perception" in f.lower() or "the RRI of" in f for f in fronts)


def test_a_words_history_is_no_gloss_and_a_pair_made_one_takes_no_article():
    cards = answers_by_front(
        "# Research ethics\n\n## Concepts\n\n"
        "- Responsible research and innovation (RRI): a term which has been around for several decades "
        "but which gained traction in 2011\n\n"
        "Two concepts matter: *responsible research and innovation* and *research integrity*.\n\n"
        "- Responsible research and innovation (RRI): an approach that anticipates the societal "
        "implications of research\n"
    )
    answers = [a for f, a in cards.items() if "responsible research" in f.lower()]
    assert answers == ["An approach that anticipates the societal implications of research"]
    assert any(f.endswith("what is responsible research and innovation (also called RRI)?") for f in cards)


def test_a_command_is_offered_among_its_subcommands_other_uses_never_the_same_use():
    from quizzes.generation.writing.distractors import honest_distractors

    pool = ["git branch -d myBranch", "git branch -a", "git tag", "git add file.c", "git branch -m a b"]
    chosen = honest_distractors("git branch myNewBranch", pool, "k", command=True)
    assert sorted(chosen) == sorted(["git branch -d myBranch", "git branch -a", "git branch -m a b"])
    assert "git add other.c" not in honest_distractors(
        "git add file.c", ["git add other.c", "git tag", "git log", "git rm x"], "k", command=True
    )


def test_a_dictionary_word_the_notes_name_often_is_no_subject_their_title_never_names():
    markdown = (
        "# Semester Test 1: Cheatsheet.\n\nNotes for the test.\n\n## Layers\n\n"
        "The Earth has a crust. The Earth has a mantle. The Earth has a core. The Earth turns. "
        "The Earth is old. The Earth is round.\n\n"
        "- Mantle convection: the movement of the mantle caused by heat currents from the interior\n"
    )
    fronts = [c.front for c in cards_of(markdown)]
    assert fronts and not any(f.startswith("In Earth") for f in fronts)


def test_a_verb_that_is_also_an_adjective_opens_a_task():
    markdown = (
        "# Git\n\n```bash\n# Set line numbers to be shown in grep search results\n"
        "$ git config --global grep.lineNumber true\n\n# Clear cache entries\n$ git gc\n\n"
        "# Show all commits\n$ git log\n```\n"
    )
    fronts = [c.front for c in written_cards(markdown)]
    assert any(f.endswith("how do you set line numbers to be shown in grep search results?") for f in fronts)
    assert not any("gives the set line" in f for f in fronts)
