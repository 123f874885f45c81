"""Key sentences: a cloze deletion of the emphasised or technical term in an informative sentence.

The sentence must be worth studying alone (`language.scaffolding`; no instruction, checklist
item, description without its subject or phrase without a verb), the term a fair blank
(`prompts.fair_blank`; no placeholder, parenthetical sample, option without its command, or
command an instruction shows), a number or complexity before other terms, and a section gives
only its best few, code and rare terms first.
"""

import re

from wordfreq import zipf_frequency

from quizzes.generation.extractors import definitions
from quizzes.generation.facts import CardDraft, Fact
from quizzes.generation.language import (
    ADDRESSED,
    CASE_BEFORE_TERM,
    acts_as_verb,
    bare_order,
    clause_holding,
    clozable,
    describes_an_action,
    given_by_the_sentence,
    has_verb,
    headless,
    in_a_purpose_clause,
    instruction,
    lacks_main_clause,
    leans_on_a_referent,
    listed_checks,
    markup_residue,
    mostly_instructions,
    only_a_relative_verb,
    only_a_verb,
    opens_mid_sentence,
    opens_with_a_verb,
    passive_participle,
    placeholder,
    played_down,
    practice_section,
    rarity,
    repaired_opening,
    restated_aside,
    scaffolding,
    spells_its_answer,
    with_named_referent,
    without_alias,
    without_also,
    without_article_hint,
    without_asides,
    without_marks,
)
from quizzes.generation.parsing import Block, Section
from quizzes.generation.text import (
    CODE_CLOSE,
    CODE_OPEN,
    EM_CLOSE,
    EM_OPEN,
    mask,
    plain,
    sentences,
    strip_trailing,
)
from quizzes.generation.writing.grammar import can_be_verb
from quizzes.generation.writing.prompts import (
    DEFINES,
    fair_blank,
    informative_span,
    is_label,
    is_statement,
    names_term,
    without_callout,
    without_connective,
)
from quizzes.generation.writing.topics import in_topic, is_the_pages_acronym, is_the_subject, topic_of

NAME = "key_sentences"
PER_SECTION = 2  # the best emphasised sentences of a section
MIN_WORDS, MAX_WORDS = 6, 45
MAX_STATED_WORDS = 35  # past this, of the clause the card asks, a cloze is a paragraph to read, not a card
DEFINING_BONUS = 1.0  # "… is called the index": the sentence says what its term is
_WALKTHROUGH = re.compile(
    r"^(?:let's|let us|in the (?:above|previous|next|following)|as (?:shown|seen) (?:above|below))\b", re.I
)
_SPAN = re.compile(
    f"{EM_OPEN}(?P<em>[^{EM_OPEN}{EM_CLOSE}]+){EM_CLOSE}|{CODE_OPEN}(?P<code>[^{CODE_CLOSE}]+){CODE_CLOSE}"
)


def _term(sentence: str) -> str | None:
    """The emphasised or code span to hide: a number or complexity first ("`get()` and `set()`
    must each run in `O(1)`": the bound is the fact), and never one of two names side by side,
    which the other gives away."""
    terms = [(m, term) for m in _SPAN.finditer(sentence) if (term := _usable(m, sentence))]
    ranked = sorted(terms, key=lambda t: not _NUMBER.match(t[1]))
    return next((term for m, term in ranked if not _peer(m, sentence)), None)


_NUMBER = re.compile(r"^(?:\d[\d,.]*%?|O\([^)]*\))$")
# "the `<input>` and the `<button>` elements": an article between two names keeps them side by side.
_PEER_BEFORE = re.compile(rf"{CODE_CLOSE}\s*(?:,|(?:and|or)(?:\s+the)?)\s*$")
_PEER_AFTER = re.compile(rf"^\s*(?:,|(?:and|or)(?:\s+the)?)\s*{CODE_OPEN}")


def _peer(m: re.Match, sentence: str) -> bool:
    return bool(m["code"]) and bool(
        _PEER_BEFORE.search(sentence[: m.start()]) or _PEER_AFTER.match(sentence[m.end() :])
    )


def _usable(m: re.Match, sentence: str) -> str | None:
    term = plain(m["em"] or m["code"])
    if m["em"]:
        term = strip_trailing(term)
    if not (1 <= len(term.split()) <= 5 and len(term) >= 2 and plain(sentence) != term and not only_a_verb(term)):
        return None
    if m.start() == 0 and m["em"] and acts_as_verb(term, sentence[m.end() :]):
        return None
    if CASE_BEFORE_TERM.match(term) or (is_label(term) and term[:1].isupper()):
        # "**For some projects, "maintainers"** are …": a case and a word, no term to recall; "**Example**:
        # .edu, .biz": a label over what follows
        return None
    # "🎯 **Learning Strategy**: …" labels a call-out, "**cookiecutter-django**. config/ holds …"
    # a paragraph; the label is not what the sentence teaches.
    if sentence[m.end() :].lstrip().startswith((":", ".")) and not re.search(r"\w", sentence[: m.start()]):
        return None
    return term


# "`fixtures/`", "`src/app.js`": where the repository keeps things, not what the subject is.
_PATH = re.compile(r"^[\w.-]*/[\w./-]*$|^[\w-]+\.(?:js|ts|py|md|json|html|css|ya?ml|txt)$")


_FLAG = re.compile(r"^--?\w[\w-]*$")
# "To check if Git is configured you can type: `git config --list`": the command is the sample
# of an instruction, shown after a colon, not a claim about it.
_PURPOSE = re.compile(r"^to [a-z]+\b", re.I)


def _sample_of_instruction(term: str, flat: str) -> bool:
    shown_after_colon = re.search(rf":\s*{re.escape(term)}\W*$", flat)
    return bool(shown_after_colon and (ADDRESSED.search(flat) or _PURPOSE.match(flat)))


def _asks_a_thing(term: str, flat: str) -> bool:
    """Not a path, an adverb phrase ("highly portable"), the name heading a signature list
    ("`get(key)` Return the value …"), whose description is no sentence around a blank, a
    placeholder or a sample in parentheses, or the command an instruction shows."""
    if _PATH.match(term) or any(describes_an_action(word) for word in term.split()):
        return False
    if placeholder(term) or restated_aside(term, flat) or _sample_of_instruction(term, flat):
        return False
    if given_by_the_sentence(term, flat):
        return False  # "truthy unless defined as ___", "a distance of ___ from itself"
    before = flat[: flat.find(term)]
    if in_a_purpose_clause(term, flat):
        return False  # "To convert a(n) ___ into an octal representation, you can use oct()"
    if opens_with_a_verb(term) or passive_participle(term, before) or played_down(before):
        return False  # "octal numbers ___ (are ints)", "was later ___", "not just in ___ events"
    if _label_run_on(term, flat):
        return False
    rest = flat[len(term) :].split() if flat.startswith(term) else []
    return not (rest and rest[0][:1].isupper() and can_be_verb(rest[0].lower()))


def _label_run_on(term: str, flat: str) -> bool:
    """ "**User control and freedom** User makes mistakes …": a bold label run into the sentence
    under it, with no verb or mark between; the blank is a heading, and the front ungrammatical."""
    rest = flat[len(term) :].split() if flat.startswith(term) else []
    return bool(rest) and rest[0][:1].isupper() and rest[0].isalpha() and rest[0].lower() != rest[0] and " " in term


def has_term(sentence: str) -> bool:
    """An emphasised or code term this extractor will cloze."""
    return _term(sentence) is not None


def _score(term: str, flat: str) -> float:
    """Code and rare words first: "IterableIterator" teaches more than "function"."""
    words = re.findall(r"[A-Za-z]+", term)
    code_like = bool(re.search(r"[\d()<>\[\]{}=._/#$-]", term)) or any(c.isupper() for c in term[1:])
    score = max((rarity(w) for w in words), default=0.0) + (1.0 if code_like else 0.0)
    return score + (DEFINING_BONUS if DEFINES.search(flat) else 0.0)


def _checklist(block: Block) -> bool:
    return mostly_instructions(tuple(plain(item.text) for item in block.items))


SHOUTED_WORD_ZIPF = 5.5  # "or", "not", "must" (≥ 5.6); "ram", "sql", "css", "usa" are rarer


def shouted(word: str, before: str) -> bool:
    """A small word in capitals for stress ("OR may mean …", "NOT RECOMMENDED"), not a keyword
    named as one ("the FROM clause", "an OR gate")."""
    if not word.isupper() or zipf_frequency(word.lower(), "en") < SHOUTED_WORD_ZIPF:
        return False
    return not re.search(r"\b(?:the|an?)\s+$", before, re.I)


_ONLY_NAMES = re.compile(
    r"^there(?:\s+is|\s+are|'s|’s)\s+(?:a|an|some|one)\s+[^.;:]{0,60}?\b(?:called|named|known\s+as)\s+\S[^.;:,]{0,60}\.?$",
    re.I,
)


def extract(section: Section) -> list[Fact]:
    if practice_section(section.path):
        return []  # "Task", "Challenge": the prose sets up an exercise
    found = []
    checklists = {block.id for block in section.blocks if block.kind == "list" and _checklist(block)}
    checklists |= listed_checks(section.blocks)  # "… you should make sure that:" over things to check
    for block, text in section.texts_by_block():
        if block.id in checklists:
            continue  # a checklist: every item is a step, whatever its grammar
        for sentence in sentences(text):
            if (sentence := clozable(sentence)) is None:
                continue  # raw LaTeX, n and k the card could not define, "Returns true if …" of an unnamed operator
            stated = without_connective(without_callout(sentence))
            named = with_named_referent(repaired_opening(stated), section.path)  # "In Genetic Algorithm the …"
            if named is None:
                continue  # "Hence, the run time complexity is …": whose, the card could not say
            if named != stated:  # "The algorithm uses …" → "Dijkstra's Algorithm uses …"
                sentence = named
            flat = plain(sentence)
            words = len(flat.split())
            if not MIN_WORDS <= words <= MAX_WORDS or definitions.is_definition_sentence(section, sentence):
                continue
            # An aspect heading inside a list ("**Storage space**") is a label, not a sentence.
            if flat.endswith(":") or flat.startswith(("For the purposes", "TODO")):
                continue
            # Instructions ("Let's add …", "Add …") and pointers elsewhere ("In the above example …") are
            # not facts, even around an emphasised word; "You can list … with `docker ps`" still is.
            if (
                instruction(flat)
                or bare_order(flat)
                or _WALKTHROUGH.match(flat)
                or scaffolding(flat)
                or headless(sentence)
            ):
                continue
            if _ONLY_NAMES.match(flat):
                continue  # "There is a concept in programming called `object-oriented programming`.": a name, no claim
            if not has_verb(flat) or opens_mid_sentence(flat):
                continue  # "JetBrains WebStorm (Paid, free for students)": a noun phrase, no claim
            if lacks_main_clause(without_callout(flat)):
                continue  # "**Variance errors**, which are caused by …": a list item, not a claim
            if markup_residue(flat) or leans_on_a_referent(flat) or only_a_relative_verb(flat):
                continue  # "| 10 9 * * 5 | At 9:10AM …", "the object is null", "Galvanic cells that generate …"
            term = _term(sentence)
            alias = ""
            if aliased := without_alias(flat):
                sentence, term, alias = aliased  # the term, not the alias it is "sometimes called"
                flat = sentence
            if term and shouted(term, flat[: flat.find(term)]):
                continue  # "**OR** may mean …": the author's stress on a small word, no term
            if term and _FLAG.match(term) and sentence.count(CODE_OPEN) < 2:
                continue  # "The ___ option disables …": an option of a command the sentence does not name
            if term and len(_stated(flat, term).split()) > MAX_STATED_WORDS:
                continue  # a paragraph to read for one blank: it must not take a place in the budget
            if (
                term
                and _asks_a_thing(term, flat)
                and fair_blank(term, without_callout(flat), section.path)
                # "The methods defined in `Shape` are …" over `type Shape interface`: the example's name
                and not definitions.declared_in_code(plain(term), section)
            ):
                fields = {"sentence": without_marks(flat), "term": term}
                if alias:
                    fields["alias"] = alias  # "argument" fills the blank as well: the back says so
                fact = Fact(NAME, section.path, cue=term, group="terms", fields=fields, blocks=(block.id,))
                found.append((_score(term, flat), fact))
    # Emphasis marks what the author thought mattered, but a section's worth of it floods the deck.
    best = {id(fact) for _, fact in sorted(found, key=lambda f: -f[0])[:PER_SECTION]}
    return [fact for _, fact in found if id(fact) in best]


# "Docker can fully run in _____": where a thing runs, lives or is found, asked by a sentence too
# short to say which place it means; many places answer truly (WSL 2, Linux, the cloud).
_PLACE_SLOT = re.compile(
    r"\b(?:run|runs|running|work|works|live|lives|exist|exists|available|found|supported|installed|deployed|"
    r"hosted|executed|used|stored|kept|located|placed)(?:\s+\w+ly)?\s+(?:in|on|at|inside|within|into|under|onto)"
    r"(?:\s+(?:the|a|an))?\s*$",
    re.I,
)
MAX_PLACE_SLOT_WORDS = 8  # past this the sentence has room to say which place it means


def open_place(span: str, sentence: str) -> bool:
    """Whether hiding `span` leaves a short sentence ending in an open place slot ("… run in _____.",
    "… run in _____ 2.": the blank is in the place's name)."""
    flat = strip_trailing(plain(sentence)).strip()
    at = flat.rfind(span)
    if at < 0 or len(flat[at + len(span) :].split()) > 1:
        return False
    before = flat[:at]
    return len(before.split()) <= MAX_PLACE_SLOT_WORDS and bool(_PLACE_SLOT.search(before))


def _stated(sentence: str, term: str) -> str:
    """The sentence as the card asks it: without call-out, connective and asides, and of clauses
    joined by a semicolon only the one holding the term."""
    return clause_holding(without_also(without_asides(without_connective(without_callout(sentence)))), term)


def render(fact: Fact, siblings: list[Fact], index: int) -> list[CardDraft]:
    sentence, term = fact.fields["sentence"], fact.fields["term"]
    stated = _stated(sentence, term)
    if len(stated.split()) > MAX_STATED_WORDS or open_place(term, stated):
        return []
    if (
        not is_statement(stated)
        or not informative_span(term, stated)
        or is_the_subject(term)
        or is_the_pages_acronym(term)
    ):
        return []
    front = mask(stated, term)
    if front == stated:
        return []
    topic = topic_of(fact.section)
    front = without_article_hint(front if names_term(topic, term) else in_topic(topic, front))
    if spells_its_answer(front, term):
        return []  # "In ESLint, … inform _____ rules" (lint)
    return [
        CardDraft(
            key=f"{fact.key}:cloze",
            kind="cloze",
            front=front,
            back=f"{term} (also called {fact.fields['alias']})" if fact.fields.get("alias") else term,
            explanation=sentence,
            note_key=fact.key,
            section=fact.section_label,
        )
    ]
