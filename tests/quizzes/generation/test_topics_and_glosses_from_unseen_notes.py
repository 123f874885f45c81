"""Shapes from the Y, Z and Q reads (session 22): headings that put the reader, advice, a judgement
or a clause where a subject should be ("Creating your Backlogs", "Use plain language", "Picking the
right flour", "Mechanisms that Increase Preload"), a variable the notes spell out taken for the page's
name ("cwnd"), and a page named by a common noun composed with its headings ("nutrition lipids")."""

from .helpers import answers_by_front, topics_by_heading

_cards, _topics = answers_by_front, topics_by_heading


def test_the_readers_possessive_is_no_part_of_a_subject():
    notes = "# Creating your Backlogs\n\n## The Goal\n\nA product backlog is a list of all the work to be done.\n"
    assert _topics(notes)["The Goal"].lower() in ("backlog", "backlogs")
    assert not any("your" in front.lower() for front in _cards(notes))


def test_a_page_titled_with_advice_is_about_what_it_advises():
    assert (
        _topics("# Use plain language\n\nPlain language is writing that readers understand.\n")["Use plain language"]
        == "plain language"
    )
    # under a subject, advice is about the subject above
    topics = _topics("# Trees\n\n## Use recursion\n\nA tree is a recursive data structure of nodes.\n")
    assert topics["Use recursion"] == "Trees"


def test_a_judgement_or_a_clause_in_a_heading_names_no_subject():
    topics = _topics(
        "# Pizza Dough\n\nPizza dough is made of flour, water, salt and yeast.\n\n"
        "## Picking the right flour\n\nBread flour is a flour with a high protein content.\n\n"
        "## Mechanisms that Increase Preload\n\nThe respiratory pump is a mechanism of breathing.\n"
    )
    assert topics["Picking the right flour"] == "Pizza Dough"
    assert "Increase" not in topics["Mechanisms that Increase Preload"]


def test_an_abbreviation_the_notes_spell_out_is_no_page_name():
    notes = (
        "### Congestion Control\n\n"
        "Congestion control is provided by the sender maintaining a variable called the congestion window (cwnd).\n\n"
        "### Slow Start\n\nSlow start is a phase of TCP during which the sender doubles cwnd every round. "
        "The sender sets cwnd to 1 MSS at first; cwnd grows until a loss. Then cwnd is halved. cwnd is kept "
        "per connection, and cwnd never exceeds rwnd.\n"
    )
    assert "cwnd" not in _topics(notes)["Slow Start"]


def test_a_common_noun_naming_the_page_is_not_put_before_its_headings():
    topics = _topics(
        "## What is nutrition?\n\nNutrition is the science of how the body uses food.\n\n"
        "## Nutrient classification\n\nEssential nutrients are nutrients the body cannot make on its own.\n"
    )
    assert topics["Nutrient classification"] != "nutrition nutrient classification"


def test_a_gloss_that_says_what_the_letters_stand_for_is_asked_as_an_expansion():
    cards = _cards(
        "# Governance\n\n## Structures\n\n"
        '* **BDFL:** BDFL stands for "Benevolent Dictator for Life". Under this structure, one person has '
        "final say on all major project decisions.\n"
    )
    assert list(cards.values()) == ["Benevolent Dictator for Life"]
    assert "stand for" in next(iter(cards))


def test_members_in_capitals_in_brackets_spell_nothing_out():
    cards = _cards(
        "# Nutrition\n\n## Lipids\n\n**Omega-3** (ALA, EPA, DHA) and **Omega-6** (LA) fatty acid groups are "
        "essential fatty acids that the body cannot make.\n"
    )
    assert not any("stand for" in front for front in cards)


def test_a_comparison_a_moment_or_a_qualified_term_is_no_definition():
    cards = _cards(
        "# Physiology\n\n## Heart\n\n"
        "- The sequence is the same for the right and left chambers.\n"
        "- **Top of the lung** is actually more stretched than the bottom since the lung hangs from the top.\n\n"
        "## Roles\n\n"
        '**For some projects, "maintainers"** are the only people in a project with commit access.\n\n'
        "## Cycle\n\n1.  End of expiration - Pip is negative\n2.  End of inspiration - recoil high, Pa = Patm\n"
    )
    fronts = " ".join(cards).lower()
    assert "sequence" not in fronts and "top of the lung" not in fronts
    assert "for some projects" not in " ".join(cards.values()).lower()
    assert "what is end of" not in fronts


def test_a_numbered_part_is_asked_in_the_heading_it_belongs_to():
    cards = _cards(
        "# Introduction to Human Physiology - 4 Cardiovascular System\n\n## Pacemaker Action Potential\n\n"
        "> Phase 4: K+ efflux stopped, Na+ and Ca++ influx\n"
    )
    assert any("pacemaker action potential" in front.lower() and "phase 4" in front for front in cards)


def test_an_unclosed_aside_in_the_notes_is_left_out_of_the_answer():
    cards = _cards(
        "# Lungs\n\n## Pressure\n\nPip is the pressure in the intrapleural fluid (fluid inside the pleural\nsac\n"
    )
    assert all("(" not in answer for answer in cards.values())


def test_purposes_in_a_numbered_list_are_no_sequence():
    from .helpers import cards_of

    notes = (
        "# Applications of Statistics\n\nThree main purposes of statistics\n\n1. To describe\n2. To relate\n3. To add\n"
    )
    assert not any("in order" in card.front for card in cards_of(notes))


def test_a_gloss_opening_with_to_is_a_purpose_said_once():
    from .helpers import written_cards

    notes = (
        "# Statistics\n\n- Two broad categories\n"
        "    + Descriptive statistics: to describe data (to classify and summarize numerical information)\n"
        "    + Inferential statistics: to make generalizations about a population from a sample\n"
    )
    fronts = [card.front for card in written_cards(notes)]
    assert "What is descriptive statistics used for?" in fronts
    assert not any(" to to " in front for front in fronts)
    assert not any(front.startswith("Name the 2 broad categories") for front in fronts)  # of what?


def test_a_keyword_in_capitals_takes_no_article():
    cards = _cards(
        "# SQL\n\n### **WHERE**: used to filter records/rows\n* `SELECT` * `FROM` t `WHERE` c;\n\n"
        "### **LIKE**: operator used in a WHERE clause to search for a pattern in a column\n"
    )
    assert "In SQL, what is WHERE used for?" in cards


def test_points_to_do_under_a_label_describe_nothing():
    cards = _cards(
        "# Motivation\n\n## Strategies\n\n"
        "* Strategies to Build Positive Expectations\n"
        "\t1. Ensure alignment of objectives, assessments, and instructional strategies.\n"
        "\t2. Identify an appropriate level of challenge for the learners in the room.\n"
        "\t3. Provide early success opportunities for every learner in the class.\n"
    )
    assert not any("Positive Expectations" in front for front in cards)


def test_a_practice_glossed_by_another_practice_is_no_definition():
    cards = _cards(
        "# Teaching\n\n## Safe spaces\n\n"
        "+ *Encouraging students to learn from each other*. Acknowledging that the material is difficult and "
        "that they will learn more working with each other.\n"
    )
    assert not any("encouraging" in front.lower() for front in cards)


def test_a_rule_of_thumb_or_a_judgement_of_importance_is_no_term_or_gloss():
    cards = _cards(
        "# Pizza Dough\n\nPizza dough is flour, water, salt and yeast.\n\n## Picking the right flour\n\n"
        "The flour is the essential ingredient of your dough.\n\n"
        "The rule of thumb: **Pick a flour that has high protein content.**\n"
    )
    assert not any("rule of thumb" in (front + answer).lower() for front, answer in cards.items())
    assert not any("essential ingredient" in answer for answer in cards.values())
    assert not any("right flour" in front for front in cards)


def test_a_page_titled_in_the_plural_keeps_its_plural_and_small_letters():
    topics = _topics(
        "# Creating your Backlogs\n\n## The Goal\n\nA product backlog is a list of all the work to be done. "
        "Each backlog holds features. The backlog grows. Your backlog is yours.\n"
    )
    assert topics["The Goal"] == "Backlogs"
    cards = _cards("# Creating your Backlogs\n\n## Epics\n\nAn epic is a way to break features into smaller chunks.\n")
    assert all(not front.startswith("In backlog,") for front in cards)


def test_a_call_whose_arguments_a_table_leaves_out_is_asked_as_the_call():
    cards = _cards(
        "# System calls\n\n## The syscalls worth knowing\n\n| Syscall | What it does |\n|---|---|\n"
        "| `open(path, flags)` | Opens a file, returns a file descriptor |\n"
        "| `mmap(...)` | Maps memory into address space |\n| `fork()` | Copies the current process |\n"
    )
    assert "In system calls, what does mmap() do?" in cards


def test_latin_plurals_are_plural():
    cards = _cards("# Heart\n\n## Rhythm\n\n> Ectopic foci: rogue cells generating pacemaker functions\n")
    assert any(front.startswith("What are ectopic foci") or "what are ectopic foci" in front for front in cards)


def test_a_gloss_between_the_two_things_said_before_points_back():
    cards = _cards(
        "# System Calls\n\nYour program lives in user space; the kernel lives in kernel space.\n\n"
        "Syscalls are the entire interface between the two worlds.\n"
    )
    assert not any("two worlds" in answer for answer in cards.values())


def test_a_term_named_last_as_one_of_its_kind_is_said_as_a_kind_and_headings_of_a_use_are_no_term():
    cards = _cards(
        "# Memory\n\n## Concept Maps as Instructional Planning Tools\n\n"
        "One tool that can be used to identify the number of concepts in a lesson is the *concept map*.\n"
    )
    assert list(cards.values()) == ["A tool that can be used to identify the number of concepts in a lesson"]
    assert next(iter(cards)).endswith("what is a concept map?")


def test_a_thing_the_notes_only_call_the_one_is_asked_with_the():
    cards = _cards(
        "# Physiology\n\n## Key Concepts\n\n"
        "The heart is a muscular organ which can contract in a rhythmic manner without direct stimulus. "
        "The heart rate is set by the SA node. Blood leaves the heart through the aorta.\n"
    )
    assert any("what is the heart?" in front for front in cards)


def test_a_key_component_in_something_is_a_judgement_not_a_meaning():
    cards = _cards(
        "# Learning\n\n## Formative Assessment\n\nFormative assessment is a key component in helping learners "
        "solidify their understanding.\n"
    )
    assert not any("key component" in answer for answer in cards.values())


def test_a_highlighted_line_hides_nothing_from_itself():
    from .helpers import cards_of

    cards = cards_of(
        "# Elasticity\n\n## Points\n\n==Revenue is greatest at center point==\n\nThe ==demand== curve slopes.\n"
    )
    assert [c.front for c in cards if c.kind == "cloze"] == ["The _____ curve slopes."]


def test_describing_words_in_a_numbered_list_are_no_steps():
    from .helpers import cards_of

    notes = "## Elasticity\n\nElasticity is better\n\n1. unit-free\n2. different goods\n3. different locations\n"
    assert not any("in order" in card.front for card in cards_of(notes))


def test_a_repository_name_as_title_gives_its_subject_as_the_page_writes_it():
    notes = (
        "# cheatsheet-kubernetes-A4\nKubernetes CheatSheets In A4\n\n# Key Concepts\n\n"
        "| Name | Summary |\n| :--- | --- |\n| CRI | Container Runtime Interface |\n"
        "| CNI | Container Network Interface |\n\nKubernets runs pods. Kubernets schedules them.\n\n"
        "```\nkubectl get pods  # kubernetes\nkubectl get nodes  # kubernetes\n```\n"
    )
    cards = {front.lower(): answer for front, answer in _cards(notes).items()}
    assert cards["in kubernetes, what does cri stand for?"] == "Container Runtime Interface"


def test_a_ledger_told_over_two_rows_per_entry_is_not_asked_cell_by_cell():
    notes = (
        "# Depreciation\n\n## Journal\n\n| | Date | Particulars | Amount |\n|---|---|---|---|\n"
        "| 1. Entry for purchase of asset | | Asset A/C Dr. | |\n| | | To Bank A/C Cr. | |\n"
        "| 2. Entry for depreciation | | Depreciation A/C Dr. | |\n| | | To Asset A/C Cr. | |\n"
    )
    assert not any("particulars" in front.lower() for front in _cards(notes))


def test_columns_compared_over_what_they_do_are_asked_as_doings():
    notes = (
        "# B-Tree\n\nSQLite uses trees.\n\n## Trees\n\n| | B-tree | B+ tree |\n|---|---|---|\n"
        '| Pronounced | "Bee Tree" | "Bee Plus Tree" |\n| Used to store | Indexes | Tables |\n'
        "| Number of children per node | Less | More |\n\n"
        "## Nodes\n\n| For an order-m tree... | Internal Node | Leaf Node |\n|---|---|---|\n"
        "| Stores | keys and pointers to children | keys and values |\n"
        "| Number of keys | up to m-1 | as many as fit |\n"
    )
    fronts = [front.split(", ", 1)[-1].lower() for front in _cards(notes)]
    assert "what is a b+ tree used to store?" in fronts
    assert not any("pronounced" in front for front in fronts)  # how a name is said is trivia
    assert "what does a leaf node store?" in fronts
    assert not any("children per node" in front for front in fronts)  # "More" only compares


def test_a_lecture_date_or_the_teacher_names_no_subject():
    topics = _topics(
        "## Aristotle with Professor Robert Bolton\n\nAristotle wrote on knowledge.\n\n"
        "### January 31st, 2013 - Lecture\n\nAristotle's word for knowledge is *gnosis*.\n"
    )
    assert topics["January 31st, 2013 - Lecture"] == "Aristotle"


def test_a_possessive_term_a_frequency_label_and_building_blocks_are_no_definitions():
    cards = _cards(
        "# Behaviorism\n\n## Comte\n\nHis work is an early example of a philosophy of science.\n\n"
        "## Graphs\n\n- Uncommon: Topological Sort, Dijkstra's algorithm\n"
        "- Almost never: Bellman-Ford algorithm, Floyd-Warshall algorithm, Prim's algorithm\n\n"
        "## Regex\n\nMeta characters are the building blocks of the regular expressions.\n\n"
        "## Elasticity\n\n- eg: if the price of a car halves, many more people buy it\n"
    )
    every = " ".join(f"{front} {answer}" for front, answer in cards.items()).lower()
    assert "his work" not in every and "uncommon" not in every and "almost never" not in every
    assert "building blocks" not in every and "what is eg" not in every


def test_an_answer_about_the_paragraph_before_answers_no_question():
    cards = _cards(
        "# HTTP\n\n## What can be controlled by HTTP?\n\n"
        "This extensible nature of HTTP has, over time, allowed for more control and functionality of the Web.\n"
    )
    assert not any(answer.startswith("This") for answer in cards.values())


def test_a_command_table_of_tasks_asks_how_to_do_each():
    cards = _cards(
        "# Kubernetes\n\nKubernetes runs containers.\n\n## Scale & Deployment\n\n| Name | Command |\n|---|---|\n"
        "| Scale out | `kubectl scale --replicas=3 deployment/nginx-app` |\n"
        "| Check update status | `kubectl rollout status deployment/nginx-app` |\n"
    )
    assert any(front.endswith("how do you check update status?") for front in cards)
    assert not any("command of" in front for front in cards)


def test_a_gloss_about_this_difference_points_back():
    cards = _cards(
        "# Ecology\n\n## Biodiversity\n\nBiodiversity is higher near the equator.\n\n"
        "- The productivity hypothesis: used to explain this difference in biodiversity\n"
    )
    assert not any("this difference" in answer for answer in cards.values())


def test_a_label_then_the_sentence_defining_what_it_names_gives_one_term():
    cards = _cards(
        "# Operating Systems\n\n## Hardware\n\n"
        "* **System Bus.** The system bus is a single communication path that connects the major components.\n"
        "* **Device Controllers.** A **device controller** is a special-purpose processor that controls a device.\n"
        "* **Device drivers.** A device driver is a program that can drive that controller like a car.\n"
    )
    fronts = " ".join(cards)
    assert "what is the system bus?" in fronts and "what is a device controller?" in fronts
    assert ". " not in fronts.replace("? ", " ")
    assert not any("that controller" in answer for answer in cards.values())


def test_the_one_thing_the_notes_name_counts_only_uses_not_followed_by_a_noun():
    cards = _cards(
        "### Congestion Control\n\n1) Congestion control is needed to keep the sender from congesting the network.\n"
        "2) Senders do congestion control with a window; in congestion control, loss means congestion.\n\n"
        "### Congestion Avoidance\n\n1) Congestion avoidance is a phase of TCP where cwnd grows linearly.\n"
        "2) TCP enters the congestion avoidance phase. It leaves the congestion avoidance phase on loss.\n"
    )
    assert "In congestion control, what is congestion avoidance?" in cards


def test_a_pair_as_topic_takes_no_article():
    cards = _cards(
        "# Risk and Return\n\nInvestors weigh risk and return.\n\n## Measures\n\n"
        "Standard deviation is an absolute measure of risk.\n\nCorrelation is a statistical measure of co-movement.\n"
    )
    assert not any(front.startswith("In the risk and return") for front in cards)


def test_a_place_a_thing_is_kept_is_asked_what_it_is_for_and_shorthand_is_not_asked():
    cards = _cards(
        "# Kubernetes\n\nKubernetes runs containers.\n\n## Critical Files\n\n| Name | Summary |\n|---|---|\n"
        "| /var/log/pods | log files |\n| /etc/kubernetes/pki/ | certificate files |\n"
        "| export KUBECONFIG=/etc/kubernetes/admin.conf | env |\n"
    )
    assert any(front.endswith("what is /var/log/pods for?") for front in cards)
    assert "env" not in cards.values()


def test_a_capitalised_label_in_a_sentence_is_no_blank():
    from .helpers import cards_of

    notes = (
        "# DNS\n\n## TLDs\n\nSome TLDs can be obtained only by complying with restrictions **_Example:_** .edu, .gov\n"
    )
    assert not any(card.back == "Example" for card in cards_of(notes))


def test_a_term_glossed_as_the_one_thing_it_names_is_counted():
    cards = _cards("# Ecology\n\n## Ecological models\n\n- Niche - the role of an organism within the environment\n")
    assert any(front.endswith("what is a niche?") for front in cards)


def test_a_to_clause_followed_by_a_sentence_of_its_own_is_no_purpose():
    from .helpers import written_cards

    notes = (
        "# Sensory receptors\n\n- Lateral inhibition: to figure out where the stimulus comes from, the sensory neuron "
        "inhibits the neurons next to it\n"
    )
    assert not any(card.front.startswith("What is used to figure out") for card in written_cards(notes))


def test_a_lecture_number_and_an_overview_name_no_subject():
    topics = _topics(
        "# 1A: Overview and Introduction to Lisp\n\n## Part 1\n\n### Declarative vs. imperative\n\n"
        "Lisp is a language. Lisp has parentheses. Lisp uses prefix notation. Lisp is old. Lisp is fun.\n"
    )
    assert topics["Declarative vs. imperative"] == "Lisp"


def test_a_statement_over_its_details_is_no_term_and_compound_plurals_are_plural():
    cards = _cards(
        "# Cells\n\n## Mitochondria and ATP\n\n* Mitochondria produce adenosine triphosphate (ATP)\n"
        "    * A long chain of 3 phosphates attached to a ribose, which is attached to an adenine\n\n"
        "## Receptors\n\n- Osmoreceptors: sense the osmotic pressure between cells and the blood\n"
    )
    assert not any("Mitochondria produce" in front for front in cards)
    assert any("What do osmoreceptors" in front or "What are osmoreceptors" in front for front in cards)


def test_an_order_to_recall_is_asked_only_where_nothing_else_is():
    from quizzes.generation import generate
    from quizzes.generation.selection import WEAK_SEQUENCE

    steps = (
        "## Instantiating a template\n\n1. Retrieve the template element\n2. Clone the template\n3. Attach the clone\n"
    )
    alone = generate(f"# Templates\n\n{steps}", deck="t")
    assert any("put these in order" in card.front for card in alone.cards)  # a page's only card stays, to edit
    beside = generate(f"# Templates\n\nA template is a fragment of HTML kept for later use.\n\n{steps}", deck="t")
    assert not any("put these in order" in card.front for card in beside.cards)
    assert any(skip.reason == WEAK_SEQUENCE for skip in beside.skipped)


def test_two_term_lines_in_one_paragraph_are_two_entries_and_an_everyday_keyword_is_no_topic():
    notes = (
        "# DFA & NFA\n\nDFA: Deterministic Finite Automata\nNFA: Non-deterministic Finite Automata\n\n"
        "A state has transitions. Each state is a state of the machine; a state may be an end state. "
        "The start state is a state too, and every state has a state name.\n"
    )
    cards = _cards(notes)
    assert cards.get("What does DFA stand for?") == "Deterministic Finite Automata"
    assert not any(front.startswith("In state") for front in cards)


def test_an_acronym_the_notes_count_is_a_place_with_an_article():
    topics = _topics(
        "# Introducing the URL\n\nURLs name pages. Two URLs may name one page.\n\n## Parts\n\nA URL has parts.\n"
    )
    from quizzes.generation.parsing import parse
    from quizzes.generation.writing.topics import as_place, document_titled

    text = "# Introducing the URL\n\nURLs name pages. Two URLs may name one page.\n"
    with document_titled(parse(text).title, text):
        assert as_place(topics["Parts"]) == "a URL"


def test_a_shouted_instruction_gives_its_command_as_term_and_a_label_or_one_side_is_no_term():
    cards = _cards(
        "# SSH\n\n## KEYS\n\n### GENERATE KEYS (ssh-keygen)\n\nA way to generate public and private keys.\n\n"
        "## Skip pointers\n\n- Aside: skip pointers can be used to search a sorted list faster than O(n)\n"
        "- Fewer skips: few pointer comparisons, but long skip spans\n"
    )
    fronts = " ".join(cards)
    assert "What is ssh-keygen?" in fronts and "GENERATE" not in fronts
    assert "aside" not in fronts.lower() and "fewer skips" not in fronts.lower()


def test_a_lead_in_closed_by_a_comma_describes_the_command_under_it():
    cards = _cards(
        "# GIT CHEAT SHEET\n\n## CONFIGURE\n\nCheck configuration,\n\n```bash\ngit config --list\n```\n\n"
        "## SSH KEY\n\nTo connect to GitHub use,\n\n```bash\nssh -T git@github.com\n```\n"
    )
    assert any(front.endswith("how do you check a configuration?") for front in cards)
    assert any(front.endswith("how do you connect to GitHub?") for front in cards)


def test_a_grid_of_two_kinds_of_things_under_an_empty_corner_is_not_asked_cell_by_cell():
    cards = _cards(
        "# Elasticity\n\n## Applications\n\n| | supply | demand |\n|---|---|---|\n"
        "| luxury housing | inelastic | elastic |\n| cars | elastic | elastic |\n\n"
        "## Drugs\n\n| | Interdiction | Education |\n|---|---|---|\n| supply | dec | same |\n| demand | same | dec |\n"
        "| price | inc | dec |\n"
    )
    assert not any("supply of" in front or "education of" in front for front in cards)


def test_items_of_advice_numbered_labels_comparatives_and_the_following_x_are_not_asked():
    cards = _cards(
        "# Effective Java\n\n## Items\n\n- Avoid excessive synchronization: never cede control to the client\n"
        "- Always override toString: return all interesting pieces of info from the object\n\n"
        "## Rules\n\n- BR 4: The system generates a unique number for a wish list\n"
        "- BR 5: The system stores the date the wish list was created\n\n"
        "## People\n\n- Stronger people: a magnitude better than others\n\n"
        "## Relations\n\nIn the following relation **StuAge** is a derived attribute and should be removed.\n"
    )
    every = " ".join(cards).lower()
    assert "avoid" not in every and "override" not in every and "br 4" not in every
    assert "stronger" not in every and "following relation" not in every


def test_a_first_level_one_heading_over_points_of_its_own_is_no_title_over_the_others():
    topics = _topics(
        "# Anoxia: no oxygen\n- can happen in water if too much decomposition\n\n"
        "# Properties of Water\n- High heat capacity - holds lots of energy\n\n"
        "# Water Quality\n- Physical: what is in water\n"
    )
    assert "oxygen" not in topics["Properties of Water"]


def test_a_list_the_reader_may_recognise_or_of_codes_alone_is_not_recalled():
    from .helpers import cards_of

    notes = (
        "# Governance\n\n## Roles\n\nTypes of roles you may recognize:\n\n- Maintainer\n- Contributor\n- Committer\n\n"
        "## Traversal\n\nThree types of traversal:\n\n- VLR\n- LVR\n- LRV\n"
    )
    assert not any(
        card.front.startswith(("Name", "In")) and "name the" in card.front.lower() for card in cards_of(notes)
    )


def test_a_participle_before_its_noun_opens_a_sentence_not_a_past_deed():
    from quizzes.generation.writing.prompts import told_what_happened

    assert not told_what_happened("Dissolved oxygen declines in concentration in a polluted area")
    assert told_what_happened("Ended the war and restored the monarchy")
