"""The card lint: each rule fires on the failure it names and stays quiet on a good card."""

import pytest

from quizzes.generation.facts import CardDraft
from quizzes.generation.lint import card_problems, lint_cards


def card(front, back="answer", kind="basic", choices=(), note="n1", key=None):
    answer = back if kind in ("mcq", "true_false") else ""
    return CardDraft(
        key=key or f"{note}:{kind}:{front[:10]}",
        kind=kind,
        front=front,
        back=back,
        choices=list(choices),
        answer=answer,
        note_key=note,
    )


def rules(draft):
    return {p.rule for p in card_problems(draft)}


@pytest.mark.parametrize(
    "front",
    [
        "Therefore, it is considered a _____ virtualization.",
        "This makes the build _____.",
        "True or false? It runs on every host.",
        "In Docker, these are much _____ when compared to monoliths.",
        "However, the _____ is shared by all containers.",
        "As shown below, the _____ holds every item.",
    ],
)
def test_a_pronoun_or_connective_opening_is_flagged(front):
    assert "pronoun or connective opening" in rules(card(front, kind="cloze" if "_____" in front else "basic"))


@pytest.mark.parametrize(
    "front",
    [
        "In the “Virtual Machines Vs Containers” table, which is more portable?",
        "True or false? In the Drag Element Closure table, onclick is best for simple clicks.",
        "What does the last column in the table mean?",
        "In this lesson, what is a closure?",
        "On the right, Nicomachus' example uses numbers _____ and 21.",
        "What does the diagram show about the _____?",
    ],
)
def test_a_card_pointing_at_the_document_layout_is_flagged(front):
    assert "points at the layout" in rules(card(front, kind="cloze" if "_____" in front else "basic"))


@pytest.mark.parametrize(
    "front",
    [
        "In a hash table, what resolves collisions?",
        "What does docker image prune delete?",
        "In a binary search tree, what is on the right subtree of a node?",
    ],
)
def test_tables_and_images_as_subjects_are_not_layout(front):
    assert "points at the layout" not in rules(card(front))


@pytest.mark.parametrize(
    ("front", "kind"),
    [
        ("What is the {column} of Docker?", "basic"),
        ("In “”, what is a container?", "basic"),
        ("What is None of the rows?", "basic"),
        ("Which term matches the the definition?", "basic"),
        ("What is a _____ of Docker?", "basic"),
        ("Containers share the host kernel.", "cloze"),
        ("How do you updates all the remote branches?", "basic"),
        ("What is a apple pie made of?", "basic"),
        ("Name the 2 types listed .?", "basic"),
    ],
)
def test_template_residue_and_broken_grammar_are_flagged(front, kind):
    assert "template residue" in rules(card(front, kind=kind))


@pytest.mark.parametrize(
    ("front", "back", "kind"),
    [
        ("What does docker logs CONTAINER do?", "Show logs of a container", "reverse"),
        ("Which term is defined as the Domain Name System?", "Domain Name System", "reverse"),
        ("In networking, _____ (Domain Name System) turns names into addresses.", "DNS", "cloze"),
        ("Which command lists images with docker images?", "docker images", "mcq"),
    ],
)
def test_answer_words_in_the_prompt_are_flagged(front, back, kind):
    choices = [back, "docker ps", "docker rmi IMAGE", "docker push IMAGE"] if kind == "mcq" else ()
    assert "answer in prompt" in rules(card(front, back, kind, choices))


def test_a_question_that_offers_its_answer_as_a_choice_is_not_a_leak():
    offered = card("In networking, which rates higher on speed: UDP or TCP?", "UDP (UDP 3 of 3, TCP 2 of 3)")
    assert rules(offered) == set()


@pytest.mark.parametrize(
    ("answer", "odd"),
    [
        ("22", "SSH"),  # a name among numbers
        ("Docker", "virtual machine"),  # lowercase among capitalised names
        ("Docker", "a program that packages code together with everything it needs to run"),
    ],
)
def test_a_distractor_of_another_type_is_flagged(answer, odd):
    choices = {"22": ["22", "80", "443", odd], "Docker": ["Docker", "Podman", "LXD", odd]}[answer]
    mcq = card("Which one is it, given the clues in this sentence?", answer, "mcq", choices)
    assert "distractor type mismatch" in rules(mcq)
    fair = card("Which one is it, given the clues in this sentence?", answer, "mcq", [*choices[:3], choices[1] + "x"])
    assert "distractor type mismatch" not in rules(fair)


def test_duplicate_and_near_duplicate_prompts_are_flagged_but_different_answers_are_not():
    cards = [
        card("In Docker, what is an image?", "A read-only template", note="a"),
        card("In Docker, what is an image ?", "A read-only template", note="b"),
        card("In the “Ports” table, what is the port of SSH?", "22", note="c"),
        card("In the “Ports” table, what is the port of DNS?", "53", note="d"),
    ]
    flagged = [(p.rule, p.card_key) for p in lint_cards(cards) if p.rule == "near-duplicate prompt"]
    assert flagged == [("near-duplicate prompt", cards[1].key)]


def test_more_than_three_cards_from_one_fact_are_flagged():
    prompts = ["What is a hypervisor?", "Which software runs virtual machines?", "Name a type 1 hypervisor.", "Why?"]
    cards = [card(p, kind="basic", note="same", key=f"same:{i}") for i, p in enumerate(prompts)]
    assert [p.rule for p in lint_cards(cards)] == ["too many cards from one fact"]
    assert lint_cards(cards[:3]) == []


def test_a_good_card_has_no_problems():
    good = card("Using docker, how do you delete an image?", "docker rmi IMAGE")
    assert lint_cards([good]) == []


def test_a_cloze_that_continues_another_sentence_is_flagged():
    assert "pronoun or connective opening" in rules(card("In Encryption, which corresponds to _____.", kind="cloze"))
    assert rules(card("Which command lists images: docker images or docker ps?", "docker ps", "basic")) == set()


@pytest.mark.parametrize(
    "front",
    [
        "In LRU Cache, the functions _____ and set() must each run in O(1) time.",
        "In JavaScript, reading a missing key returns undefined, and _____ marks an empty value.",
        "The distance between two strings a and b is the _____ distance.",
    ],
)
def test_code_and_variables_are_not_template_residue(front):
    assert "template residue" not in rules(card(front, back="get()", kind="cloze"))


def test_an_ordering_card_shows_its_steps_on_purpose_but_a_list_of_other_steps_still_leaks():
    steps = "1. DNS lookup\n2. TCP handshake\n3. HTTP request"
    shuffled = "Loading a page — put these in order:\n• TCP handshake\n• DNS lookup\n• HTTP request"
    assert rules(card(shuffled, steps)) == set()
    # Not the same steps: the prompt gives the answer's words away, as for any other card.
    other = "Loading a page — put these in order:\n• TCP handshake\n• DNS lookup\n• HTTP request\n• TLS"
    assert "answer in prompt" in rules(card(other, steps))


@pytest.mark.parametrize(
    "front",
    [
        "In PostgreSQL, you don't need _____ for restoring a full dump.",
        "A static site does not need a _____ to serve pages.",
        "Bash has no use for _____ here; it doesn't use _____ either.",
    ],
)
def test_a_blank_in_a_negation_leaves_every_other_answer_open(front):
    assert "negated blank" in rules(card(front, back="pg_restore", kind="cloze"))


def test_a_negation_elsewhere_or_of_what_a_thing_does_is_no_problem():
    front = "Bash does not split words inside double quotes, but _____ expands variables there."
    assert "negated blank" not in rules(card(front, back="it", kind="cloze"))
    front = "A Bloom filter never gives _____ for stored items."
    assert "negated blank" not in rules(card(front, back="false negatives", kind="cloze"))


def test_latex_the_chat_would_show_as_source_is_a_problem():
    back = r"$$\Delta Y = \frac{1}{1 - c_1} \times \Delta c_0$$"
    assert "raw math" in rules(card("In the goods market, what is the algebraic effect?", back=back))
    assert "raw math" not in rules(card("What does \\d match in a regular expression?", back="A digit"))


@pytest.mark.parametrize(
    "front, back, weak",
    [
        ("Store the starter at around 18-25 degrees _____.", "Celsius", True),
        ("A pack of dry yeast contains 7 _____.", "grams", True),
        ("Future rewards are discounted at a discount rate _____.", "gamma^k", True),
        ("The optimal state value function _____ is the value function of the optimal policy.", "v*(s)", True),
        ("In uncertainty propagation, _____ is the expected value, or mean, of a measured quantity.", "Var(X)", True),
        ("In uncertainty propagation, _____ is the expected value, or mean, of a.", "E[a]", True),
        ("In a red–black tree, insertion is performed in _____ time.", "O(log n)", False),
        ("Only _____ uses the device's own buffers.", "I/O", False),
        ("A red–black tree keeps _____ colours on its nodes.", "two", False),
        # a citation, and a word the prompt already spells the start of
        ("More on the score is in the supplement of Lek _____. Nature 2016.", "et al", True),
        ("Scam tokens have tiny liquidity pools because the _____ do not want to risk real assets.", "scammers", True),
        ("Scam tokens have tiny liquidity pools because their _____ do not want to risk assets.", "creators", False),
        ("Agent Orange was sprayed during _____ Hand, a campaign of defoliation.", "Operation Ranch", True),
        ("On macOS, upgrade to _____ or newer and the terminal sets LANG.", "20200620-160318-e00b076c", True),
        ("A long name may be shortened, as in Lek _____.", "et al", True),
        ("The shell alias that sets all variables is _____.", "setall", False),
        ("The defoliant sprayed most was _____, a mix of two herbicides.", "Agent Orange", False),
    ],
)
def test_a_blank_on_a_unit_or_on_notation_is_weak(front, back, weak):
    card = CardDraft(key="k", kind="cloze", front=front, back=back)
    assert any(p.rule == "weak blank" for p in card_problems(card)) is weak


def test_a_sentence_that_says_where_to_read_more_points_away():
    front = "More details on the original formulation can be found in section 4.4 of the supplement."
    assert "pronoun or connective opening" in rules(card(front))


def test_a_cloze_whose_sentence_names_the_answers_head_noun_leaks():
    front = "Interceptors return _____, so the observables are resolved in a first in last out manner."
    assert "answer in prompt" in rules(card(front, "RxJS Observables", kind="cloze"))
    # a count of what the sentence names is still asked: the number is the fact
    counted = 'In Texas Hold\'em, each player is dealt _____ (known as "hole cards").'
    assert "answer in prompt" not in rules(card(counted, "2 private cards", kind="cloze"))


def test_a_blank_on_what_the_sentence_compares_with_is_weak():
    assert "weak blank" in rules(
        card("In NestJS, as with _____, guards run in the order they are bound.", "middleware", kind="cloze")
    )
    assert "weak blank" in rules(card("Like _____, pipes run from global to route.", "guards", kind="cloze"))
    assert "weak blank" not in rules(
        card("Guards run after _____, in the order they are bound.", "middleware", kind="cloze")
    )


@pytest.mark.parametrize(
    "back",
    [
        "Just add the relevant entry point to setup.py and distribute on conda Forge:",
        "Each release of an OpenFF force field has two associated .",
    ],
)
def test_an_answer_that_breaks_off_where_the_document_showed_code_or_a_link_is_flagged(back):
    assert "template residue" in rules(card("How do you distribute a force field?", back))


def test_an_answer_with_a_version_or_a_list_does_not_break_off():
    assert "template residue" not in rules(card("What does semver mean?", "Versions such as 1.2.3, or 2.0"))


def test_a_multiple_choice_whose_answer_alone_echoes_the_prompt_is_flagged():
    choices = ["incomplete beta function ratio", "inverse of digamma", "log of factorial", "trigamma function"]
    draft = card("What is beta_inc(a,b,x,y)?", "incomplete beta function ratio", kind="mcq", choices=choices)
    assert "answer echoes the prompt" in rules(draft)
    fair = ["incomplete beta function ratio", "inverse of the beta function", "log of beta", "trigamma function"]
    assert "answer echoes the prompt" not in rules(
        card("What is beta_inc(a,b,x,y)?", fair[0], kind="mcq", choices=fair)
    )


@pytest.mark.parametrize(
    "front, back",
    [
        ("What is sinint(x)?", "sine integral \\operatorname{Si}(x)"),
        ("What is airyai(z)?", "Airy Ai function at z"),
        ("What is zeta(x)?", "Riemann zeta function at x"),
        ("What does erfinv(x) do?", "inverse function to erf()"),
    ],
)
def test_a_function_whose_name_spells_its_description_leaks_it(front, back):
    assert "answer in prompt" in rules(card(front, back))


def test_a_description_that_says_how_or_when_is_more_than_the_name():
    assert "answer in prompt" not in rules(card("What is logbeta(x,y)?", "accurate log(beta(x,y)) for large x or y"))
    assert "answer in prompt" not in rules(
        card("What does besselk(nu,z) do?", "modified Bessel function of the second kind")
    )


@pytest.mark.parametrize(
    ("front", "back"),
    [
        ("In physics, energy flows from _____ to low density.", "high density"),
        ("The alcohol takes precedence over whether it is an alkane/alkene/_____.", "alkyne"),
    ],
)
def test_a_blank_beside_its_counterpart_is_flagged(front, back):
    assert "blank beside its counterpart" in rules(card(front, back, kind="cloze"))


def test_a_blank_beside_an_unlike_word_is_not():
    draft = card("Peptides migrate toward either the cathode or _____ of the system.", "anode", kind="cloze")
    assert "blank beside its counterpart" not in rules(draft)
    draft = card("The BCA assay is accurate from _____ to 1.5 mg/mL of total protein.", "0.5 μg/mL", kind="cloze")
    assert "blank beside its counterpart" not in rules(draft)


@pytest.mark.parametrize(
    ("front", "back"),
    [
        ("In that _____, the defendant city is likely to argue that the claim is moot.", "hypo"),
        ("Carboxylic acids have the _____ of all functional groups so far.", "hypo"),
        ("Regardless stick to the _____ day strategy and you will be fine.", "7"),
        ("In _____ the Court laid out the three-part balancing test that captures the intuition described.", "7"),
        ("The MySQL equivalent is the _____ clause", "LIMIT"),
        ("In types of memory, the first is called _____ or persistent memory.", "long-term"),
        ("Predictions can be obtained using the predict method, as usual, when you specify the _____ argument.", "x"),
        ("_____ are phasic and have even more rapidly adapting action potentials", "Pacinian corpuscles"),
        ("In Peano arithmetic, both are written using recursion: the first generates a _____ process.", "linear"),
        ("As explained in RFC7252 CoAP messages are sent over UDP, with TCP support for _____ environments.", "NATed"),
        ("Another measure of variability is the _____.", "standard deviation"),
    ],
)
def test_a_sentence_set_up_by_the_ones_before_points_away(front, back):
    assert "pronoun or connective opening" in rules(card(front, back, kind="cloze"))


def test_a_blank_on_an_affix_its_own_example_shows_is_weak():
    draft = card('Ketones get the _____, as in "2-butanone" or "3-methyl-2-heptanone".', 'suffix "-one"', kind="cloze")
    assert "weak blank" in rules(draft)
    assert "weak blank" not in rules(card("Alcohols take the _____ ending.", "-ol", kind="cloze"))


def test_what_a_named_source_describes_does_not_point_away():
    draft = card("The _____ test described in Mathews v. Eldridge weighs three factors.", "balancing", kind="cloze")
    assert "pronoun or connective opening" not in rules(draft)
    draft = card("The MySQL equivalent of SELECT TOP is the _____ clause.", "LIMIT", kind="cloze")
    assert "pronoun or connective opening" not in rules(draft)
    draft = card("In the bloom filter, both insertion and search are _____ operations.", "O(1)", kind="cloze")
    assert "pronoun or connective opening" not in rules(draft)
