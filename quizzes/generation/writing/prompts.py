"""Prompt templates per fact shape, with grammar by construction.

A definition reads "a piece of software that …" (a noun phrase), "creates and runs VMs" (a verb
phrase) or something else; each shape gets the question and statement that fit it, so "“X”
refers to understanding how …" cannot be written.
"""

import re
from functools import lru_cache

from rapidfuzz import fuzz
from wordfreq import zipf_frequency

from quizzes.generation.language import related
from quizzes.generation.text import capitalise, mask, plain
from quizzes.generation.writing.grammar import (
    UNCOUNTED_GENUS,
    UNINITIALLED_WORDS,
    as_common,
    be,
    can_be_verb,
    in_dictionary,
    is_acronym,
    is_adjective,
    is_base_verb,
    is_english,
    is_keyword,
    is_noun,
    is_only_adjective,
    is_only_verb,
    is_past_tense,
    is_plural,
    reads_as_name,
    singular,
    takes_article,
    verb_base,
    with_article,
    written_counted,
    written_small,
)
from quizzes.generation.writing.tables import is_countable
from quizzes.generation.writing.topics import (
    is_the_subject,
    named_with_the,
    page_name,
    said_only_with_the,
    titled,
    topic_of,
)

# Words authors put in bold that name a remark, not a concept.
_LABELS = {
    "note", "notes", "tip", "tips", "warning", "important", "example", "examples", "caution", "info", "hint",
    "todo", "summary", "remember", "question", "answer", "solution", "step", "result", "output", "input",
    "why", "how", "what", "when", "where", "who", "bonus", "challenge", "assignment", "quiz", "task", "goal",
    "following", "the following", "source", "image source", "credit", "credits", "definition", "description",
    "use case", "use cases", "formula", "pros", "cons", "advantages", "disadvantages", "purpose", "analogy",
    "rule of thumb", "the rule of thumb", "bottom line", "the bottom line", "takeaway", "key takeaway", "the trick",
    "eg", "e.g", "ie", "i.e", "ex", "etc", "nb", "n.b", "aside", "an aside", "side note", "recap", "reminder",
}  # fmt: skip
# "Made with okso.app", "Image source: LeetCode": a credit under a figure, not a term.
_CREDIT = re.compile(
    r"^(?:made with|image (?:source|credit)|source|credits?|courtesy of)\b|\b\w+\.(?:app|com|org|io|net)\b", re.I
)
_DETERMINERS = {"the", "a", "an", "its", "their", "your", "all", "any", "each", "every", "one", "two", "data", "code"}
# "used to classify algorithms …" reads after "X is" as well as a noun phrase does.
_NOUN_OPENING = re.compile(
    r"^(?:a|an|the|one|any|each|every|some|two|three|set|way|type|kind|process|"
    r"used|designed|defined|known|called|made|built|based|meant|responsible)\b",
    re.I,
)
_COMMON = 4.0  # zipf frequency above which a word is everyday English rather than a term


# "Understanding how frameworks optimize updates" is a study goal, not what a term means.
_STUDY_GOAL = re.compile(
    r"^(?:understanding|learning|exploring|studying|knowing|mastering|practicing|reviewing)\b", re.I
)


# Shell nouns: words that name the role a passage plays in the argument ("**Reason**: labour
# supply …", "**Mechanism**: low rates → …", "**Key Takeaway**"), alone or after an adjective that
# only ranks them ("Main Idea"). "Wealth effect" or "Side effect" name a thing.
_SHELL_NOUNS = {
    "reason", "reasons", "effect", "effects", "mechanism", "mechanisms", "interpretation", "application",
    "applications", "implication", "implications", "takeaway", "takeaways", "intuition", "idea", "ideas",
    "insight", "insights", "cause", "causes", "consequence", "consequences", "outcome", "outcomes", "impact",
    "significance", "context", "background", "overview", "conclusion", "conclusions", "observation",
    "observations", "explanation", "meaning", "logic", "rationale", "motivation", "problem", "issue", "issues",
    "limitation", "limitations", "assumption", "assumptions", "scenario", "finding", "findings", "lesson",
    "lessons", "point", "points", "focus", "aim", "comparison", "contrast", "trend", "status", "actual",
    "expected", "forecast", "axes", "results", "recap", "verdict", "evidence", "example",
}  # fmt: skip
# Adjectives that only rank or frame a shell noun ("Key Takeaway", "Main Reason"); "Photoelectric
# effect" or "Primary key" keep theirs.
_FRAMING_ADJECTIVES = {
    "key", "main", "central", "core", "general", "overall", "important", "basic", "final", "typical", "common",
    "big", "real", "practical", "major", "minor", "immediate", "direct", "indirect", "underlying", "possible",
    "potential", "likely", "primary", "secondary", "first", "second", "third", "other", "further", "additional",
}  # fmt: skip


def is_label(term: str) -> bool:
    words = term.strip().lower().rstrip(":!.").split()
    if " ".join(words) in _LABELS:
        return True
    return bool(words) and words[-1] in _SHELL_NOUNS and all(w in _FRAMING_ADJECTIVES for w in words[:-1])


# "Reference cannot be changed": a claim in the place of a term, which no question can name.
_CLAUSE = re.compile(r"\b(?:is|are|was|were|cannot|can't|can|must|should|will|won't|does|doesn't|do|don't)\s+\w", re.I)
# "Deepen Your HTML Knowledge": a heading that instructs names no term.
_INSTRUCTION_TERM = re.compile(r"^[A-Za-z]+ (?:your|the|a|an|our|this|these)\b", re.I)
# "If linting is failing, try to delete …": advice for a situation, not what the term means.
_ADVICE = re.compile(r"^(?:if|when|whenever|in case)\b[^,]*,\s*(?:try|make sure|check|run|use|go)\b", re.I)
# "Also a divide and conquer algorithm", "Similarly, …": a gloss that leans on the entry before it.
_POINTING_OPENING = re.compile(r"^(?:this|these|those|it|they|that|its|their|also|likewise|similarly)\b", re.I)


# "Leave this as `0`", "Set it to true": what to do with a field the sentence before names
_ACTS_ON_A_POINTER = re.compile(r"^[A-Za-z]+\s+(?:this|it|them|these|those)\b(?!\s+(?:is|are|was|were)\b)", re.I)


def is_definition_worth_asking(term: str, definition: str) -> bool:
    """Not a remark ("Note: …"), a study goal, a walkthrough aside ("the element we're dragging")
    or a definition that points elsewhere ("These values are relative to …")."""
    return not (
        is_label(term)
        or _CLAUSE.search(term)
        or _CREDIT.search(term)
        or _ADVICE.match(definition)
        or _INSTRUCTION_TERM.match(term)
        or _STUDY_GOAL.match(definition)
        or TALKS_TO_READER.search(definition)
        or TALKS_TO_READER.search(term)
        or re.search(r"\blet[’']s\b", term, re.I)
        or _POINTING_OPENING.match(definition)
        or _ACTS_ON_A_POINTER.match(definition)
        or narrates(definition)
        or _ROUGH_VALUE.match(plain(definition))
        or _HOW_MADE.match(plain(definition))
    )


# "Based on shallow neural networks and consists of …", "Given by a colon-separated list …": how the
# thing is made or written, which says not what it is ("What is Word2Vec?" → "Based on …").
_HOW_MADE = re.compile(
    r"^(?:based\s+on|given\s+by|made\s+(?:of|up\s+of|from)|composed\s+of|built\s+(?:on|from|with)|"
    r"written\s+(?:as|in|with)|derived\s+from|inspired\s+by|powered\s+by|implemented\s+(?:as|in|with))\b",
    re.I,
)


# "**Share of GDP**: ~18%", "**Importance**: Small (volatile but …)": a rough value noted against
# a label, which says how much of something the heading's subject has, not what the label means.
_ROUGH_VALUE = re.compile(
    r"^(?:[~≈<>]\s*\S|(?:about|approx\.?|approximately|roughly)\s+\d|(?:small|large|tiny|huge)\b)", re.I
)


_OPENS_NOUN_PHRASE = re.compile(r"^(?:a|an|the|one|any|each|every|some|its|their)\b", re.I)


def narrates(gloss: str) -> bool:
    """'S&P 500 fell 30% as pandemic hit', 'Unemployment spiked to 14.7%': a note of what happened,
    its subject then a verb in the past, is no account of what the term is. 'A structure used to
    …', 'files changed since the last commit' are a noun and its participle: a past form that is
    also a participle counts only when an amount follows ('spiked to 14.7%')."""
    words = re.findall(r"[A-Za-z][\w'&-]*|\S+", plain(gloss))
    if not words or _OPENS_NOUN_PHRASE.match(words[0]):
        return False
    for position in range(1, min(4, len(words))):
        if is_past_tense(words[position], only=True):
            return True  # "S&P 500 fell 30%", "China grew at 6%"
        # "Unemployment spiked to 14.7%", "Inflation surged 114%": a change, by how much
        if is_past_tense(words[position]) and any(_AMOUNT.match(w) for w in words[position + 1 : position + 4]):
            return True
    return False


_AMOUNT = re.compile(r"^~?[$€£]\d|^~?\d[\d.,]*%")  # a change in money or percent, not "4 buffers"


@lru_cache(maxsize=8192)
def rarest_zipf(text: str) -> float:
    words = [w for w in re.findall(r"[A-Za-z]+", text) if len(w) > 2]
    return min((zipf_frequency(w.lower(), "en") for w in words), default=0.0)


def is_real_name(term: str) -> bool:
    """A name worth recalling from its definition: an acronym, a capitalised or multi-word name, a
    rare word. Not "board" or "value", which many definitions could fit."""
    return is_acronym(term) or any(c.isupper() for c in term) or len(term.split()) >= 2 or rarest_zipf(term) < _COMMON


def names_term(topic: str, term: str) -> bool:
    """'Red Black Tree' names 'red–black tree': prefixing it would ask "In X, what is X?"."""
    flat = lambda t: re.sub(r"[^a-z0-9]+", " ", t.lower()).strip()  # noqa: E731
    if not re.search(r"[A-Za-z]{3}", term):
        return False  # "O(1)" shares only its "o" with "Peak Valley Approach O(n)"
    return bool(topic) and (
        fuzz.token_set_ratio(flat(topic), flat(term)) >= 80 or _initials_of(topic, term) or _initials_of(term, topic)
    )


def _initials_of(topic: str, term: str) -> bool:
    """'MRR' names 'Mean Reciprocal Rank': a heading's acronym for the term."""
    acronym = re.sub(r"\s*\([^)]*\)", "", topic).strip()
    words = re.findall(r"[A-Za-z]+", term)
    # "a lasting power of attorney" is an LPA: its small words give no initial
    content = [w for w in words if w.lower() not in UNINITIALLED_WORDS]
    return (
        is_acronym(acronym)
        and len(words) >= 2
        and acronym.upper() in {"".join(w[0] for w in ws).upper() for ws in (words, content)}
    )


def needs_topic(term: str) -> bool:
    """'What is a board?' needs 'In Kanban'; 'What is Kubernetes?' names its own topic; 'What is
    IN?' needs 'In SQL': a keyword in capitals is an everyday word all the same."""
    return (not any(c.isupper() for c in term) or is_keyword(term)) and rarest_zipf(term) >= 3.0


# Words that continue a plural noun ("sets of", "values that", "items in"), not a verb's object.
_POSTPOSITIVE = {"present", "available", "responsible", "absent", "alike", "involved", "concerned"}
_NOUN_FOLLOWER = re.compile(
    r"^(?:of|in|on|at|for|with|between|from|to|by|like|about|into|within|without|over|under|through|that|which|"
    r"who|whose|where|and|or|but|are|is|were|was|than|as|such|can|may|must|should|will|would)$"
)


# "A name must not take long to type", "Developers write code, ops engineers deploy it": a sentence
# with its own subject and verb, which no "Which term means: …" can take in.
_OWN_CLAUSE = re.compile(
    r"^(?:(?:an?|the|each|every|your|our)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+"
    r"(?:must|may|might|can(?:not)?|could|should|shall|will|would)(?:\s+not)?\s+[a-z]",
    re.I,
)


# "Decisions of a central planner are replaced by …": a passive sentence before any relative word.
_RELATIVE = r"(?:that|which|who|whom|whose|where|when|if)\b"
_PASSIVE_CLAUSE = re.compile(
    rf"^(?:(?!\b{_RELATIVE})[^,;:])*?\b(?!{_RELATIVE})[a-z]+\s+(?:is|are|was|were)\s+[a-z]+ed\b", re.I
)


def is_clause(definition: str) -> bool:
    if _OWN_CLAUSE.match(definition) or _PASSIVE_CLAUSE.match(definition):
        return True
    words = [*definition.split(), "", ""]
    # "Developers write code": a plural noun, then a word that can only be a verb.
    first, following = words[0].lower(), words[1].lower().strip(",;")
    return (
        first.isalpha() and is_noun(first) and first.endswith("s") and following.isalpha() and is_only_verb(following)
    )


_PARTICLES = {"in", "out", "up", "down", "off", "over", "away", "back"}


_PREPOSITIONAL_VERBS = {
    "deals with", "depends on", "relies on", "consists of", "belongs to", "focuses on", "results in",
    "applies to", "leads to", "points to", "corresponds to", "refers to", "adds to", "responds to",
    "reacts with", "interacts with", "contributes to", "allows for", "accounts for", "looks for",
}  # fmt: skip


def definition_shape(definition: str) -> str:
    """'clause' (A name must not …), 'noun' (a piece of software …), 'verb' (creates and runs …),
    'purpose' (Calculate how far …) or 'other'."""
    words = [*definition.split(), "", "", ""]
    first, following = words[0], words[1].lower()
    # "Descriptive statistics: to describe data": what it is for; "To figure out where …, the sensory
    # neuron connects …" is a sentence of its own, which says how, not what for
    to_do = first.lower() == "to" and re.fullmatch(r"[a-z]+", following) and can_be_verb(following)
    if to_do and not re.search(r",\s+(?:the|a|an|it|they|this|these|we|you)\s", definition, re.I):
        return "purpose"
    if is_clause(definition):
        return "clause"
    if _NOUN_OPENING.match(definition):
        return "noun"
    # "Bases present in the read", "Sets operator used to combine …": a noun and what follows it,
    # however "bases" and "sets" read as verbs
    after_noun = following in _POSTPOSITIVE or (
        is_noun(following) and not is_plural(following) and words[2].lower().endswith("ed") and can_be_verb(words[2])
    )
    if first.lower().endswith("s") and is_noun(first.lower()) and after_noun:
        return "noun"
    # "watches the DOM" acts on an object; "caps on the work" names things; "Controls how long …",
    # "Uses x and y …" act too, where "Sets of characters" and "Values stored in …" name things.
    acts = (
        is_only_verb(first)
        or following in _DETERMINERS
        or (
            re.fullmatch(r"[a-z][a-z-]*", following) is not None
            and not _NOUN_FOLLOWER.match(following)
            and not (following.endswith("ed") and can_be_verb(following))
        )
    )
    if first.lower().endswith("s") and can_be_verb(first.lower()) and acts:
        return "verb"
    if f"{first.lower()} {following}" in _PREPOSITIONAL_VERBS:
        return "verb"  # "Deals with multi-valued dependencies": a verb bound to its preposition
    # "takes in alerts, aggregates them …", "sets up the build": a verb and its particle
    phrasal = following in _PARTICLES and re.fullmatch(r"[a-z]+[,;]?", words[2]) is not None
    # "values in a field": "in" before a determiner places a noun's things; "takes in alerts" acts
    phrasal = phrasal and not (following == "in" and words[2].rstrip(",;") in _DETERMINERS)
    if first.islower() and first.endswith("s") and can_be_verb(first) and phrasal and not is_plural(first[:-1]):
        return "verb"
    if first.lower().endswith("ing") and can_be_verb(first):
        return "other"
    if first.lower() in ("do", "don't") and following in ("not", "n't"):
        return "other"  # "Do not assign a default behaviour": a rule, which no swapped term can fit
    imperative = first[:1].isupper() and can_be_verb(first) and verb_base(first) == first
    if imperative and (not is_noun(first) or _DETERMINER_AFTER.match(definition)):
        return "purpose"  # "Calculate how far the mouse moved": what the thing is for
    return "noun" if is_noun(first) or not can_be_verb(first) or not first.islower() else "other"


# "Ended the war", "Relied on the states": a past deed; "Designed to …", "Known as …", "Used for …"
# describe with a participle.
_TELLS_WHAT_HAPPENED = re.compile(
    r"^[A-Za-z]+ed\s+(?!(?:to|as|by|for|with|in)\b)|^(?:led|won|lost|wrote|began|fought|sold|built)\s", re.I
)


def told_what_happened(definition: str) -> bool:
    """Whether a gloss says what its subject did ("Relied on states for funding"), not what it is;
    "Limited government to protect freedoms" and "Escaped slaves to be returned" open with an
    adjective."""
    first = definition.split()[0] if definition.split() else ""
    return (
        bool(_TELLS_WHAT_HAPPENED.match(definition))
        and is_past_tense(first)
        and not is_adjective(first.lower())
        and " to be " not in " ".join(definition.split()[:5])
        and not _PARTICIPLE_SUBJECT.match(definition)
    )


# "Dissolved oxygen declines in concentration …": a participle before its noun, then the sentence's verb
_PARTICIPLE_SUBJECT = re.compile(r"^[A-Za-z]+ed\s+[a-z]+\s+[a-z]+s\b")


def gloss_shape(term: str, definition: str) -> str:
    """`definition_shape`, knowing the term: "Colors opposite each other on the color wheel" under
    "Complementary Colors" opens with the term's own head noun, which no verb ("colors") repeats."""
    first, head = (definition.split() or [""])[0].lower(), (term.split() or [""])[-1].lower()
    if first.isalpha() and head.isalpha() and singular(first) == singular(head):
        return "noun"
    second = ([*definition.split(), "", ""][1]).lower().strip(",")
    if second.isalpha() and head.isalpha() and singular(second) == singular(head) and first.endswith("ed"):
        return "noun"  # "Singly-linked list: linked list in which …": the term's own noun, qualified
    if told_what_happened(definition):
        return "verb"  # "Ended the border war": what it did
    return definition_shape(definition)


_MASS = re.compile(r"(?:tion|sion|ism|ity|ness|ing|ware|ship)$", re.I)


# "IAM Role", "AWS Region", "NoSQL Database", "Multi-AZ Deployment": letters, then a common noun in capitals
_ACRONYM_KIND = re.compile(r"(?:[A-Z]{2,}|[A-Z][a-z]*-?[A-Z][\w-]*)\s+(?P<noun>[A-Z][a-z]+)")
# "AWS Shield: A managed DDoS protection service …": a product, named as such, takes no article
_PRODUCT_GLOSS = re.compile(
    r"^an?\s+(?:[\w-]+\s+){0,4}?(?:service|tool|platform|product|program|application|engine|framework|library|"
    r"suite|offering|feature)s?\b",
    re.I,
)


def _a_kind_of_thing(noun: str, definition: str) -> bool:
    """Whether "IAM Role: An AWS identity …" names one of a kind: its gloss counts it, names no
    product, and its noun is a counted common noun."""
    word = noun.lower()
    return (
        bool(re.match(r"^an?\s", definition, re.I))
        and not _PRODUCT_GLOSS.match(definition)
        and is_noun(word)
        and not is_plural(word)
        and not _MASS.search(word)
    )


_TITLED_OF = re.compile(r"([A-Z][a-z]+) of (?:[A-Z][\w-]*|the|a|and)(?: (?:[A-Z][\w-]*|of|the|and)){0,3}")
_ONE_THINGS_ATTRIBUTE = re.compile(
    r"^(?:value|default(?: value)?|purpose|role|meaning|size|length|scope|return value|output|result|amount|"
    r"number|rate|level|degree|quantity)\s+of\s+\S",
    re.I,
)


_ORDINAL = re.compile(r"^(?:first|second|third|fourth|fifth|zeroth|last|final)\s+\w", re.I)


_OWN_ARTICLE = re.compile(r"^(the|an?)\s+(?=[a-z])", re.I)
_THE_BEFORE_A_NAME = re.compile(r"^(The)\s+(?=[A-Z][a-z]+\s+[a-z])")


_EVERYDAY_WORD = 5.0  # Zipf
_COMMAND_NAME = re.compile(r"[a-z][a-z0-9]*(?:[-.][a-z0-9]+)+")


def subject_form(term: str, definition: str = "") -> str:
    """How a term reads as the subject of a question: 'a container', 'containers', 'Docker',
    'a container engine' (capitalised only because it opened a bullet), 'Containerization'."""
    if m := _OWN_ARTICLE.match(term) or _THE_BEFORE_A_NAME.match(term):
        # "The time gap" has its article already; so has "The Docker client", whose capital is the name's
        return m[1].lower() + term[m.end(1) :]
    if _ORDINAL.match(term):
        return f"the {term[:1].lower() + term[1:] if not reads_as_name(term) else term}"  # "the first law of …"
    if _ONE_THINGS_ATTRIBUTE.match(term):
        return f"the {term}"  # "the value of extends": one thing has one, never "a value of extends"
    countable = takes_article(term, definition)
    if _COMMAND_NAME.fullmatch(term) and not is_english(term):
        return term  # "ssh-keygen", "docker-compose": a program's name takes no article
    if term.isupper() and zipf_frequency(term.lower(), "en") >= _EVERYDAY_WORD and len(term) >= 4:
        return term  # "WHERE", "UPDATE": a language's keyword, an English word in capitals, takes no article
    if term.split() and is_acronym(term.split()[0]) and countable and len(term.split()) == 1:
        return with_article(term)  # "an API", "a VM"
    if _a_part_said_with_the(term):
        return f"the {term}"  # "the Docker daemon": a name's part, which the notes only ever say with "the"
    if " " in term and term.istitle() and named_with_the(term):
        return f"the {term}"  # "the Daily Scrum", "the Sprint Backlog", as the notes write them
    if (kind := _ACRONYM_KIND.fullmatch(term)) and _a_kind_of_thing(kind["noun"], definition):
        return with_article(term)  # "an IAM Role", "an AWS Region": one of a kind the letters qualify
    if (of := _TITLED_OF.fullmatch(term)) and is_noun(of[1].lower()) and not _MASS.search(of[1]):
        return f"the {term}"  # "the Principle of Least Privilege", "the Theory of Relativity": one of its kind
    if not term.split() or reads_as_name(term) or term == page_name():
        return term  # a name as written: "Docker Engine", "JavaScript", "Hypervisor"; "exa" on its page
    term = as_common(term)
    if " " not in term and not is_noun(term) and (is_only_adjective(term) or term.endswith("less")):
        return term  # "Serverless: a cloud computing model …": what describes a model names no thing to count
    # "-tion" often reads as mass ("virtualization"), unless the prose counts it ("a notification");
    # so does a pair made one ("responsible research and innovation", "divide and conquer")
    if be(term) == "are" or ((_MASS.search(term) or " and " in term) and not written_counted(term)) or not countable:
        return term
    if said_only_with_the(term):
        return f"the {term}"  # "What is the heart?" of notes that only ever say "the heart"
    return with_article(term)


# "Prometheus: usually refers to the core binary of the Prometheus system": what the word most
# often names, asked as such ("What does “Prometheus” usually refer to?")
HEDGES = r"usually|typically|often|generally|commonly|mostly|normally"
HEDGED_MEANING = re.compile(
    rf"^(?P<adverb>{HEDGES})\s+"
    r"(?:refers?\s+to|means?|denotes?)\s+(?P<rest>(?!that\b)\S.*)$",
    re.I,
)


def _a_part_said_with_the(term: str) -> bool:
    """ "Docker daemon": a name, then the part of it the notes only ever call "the" one."""
    return " " in term and term.split()[-1].islower() and term[:1].isupper() and said_only_with_the(term)


def two_things(term: str) -> bool:
    """ "min and max", "expand and unexpand": two terms; "Dev and Ops separation of concerns" joins
    two modifiers of one thing, which the words after the "and" name."""
    before, joined, after = term.partition(" and ")
    return bool(joined) and len(after.split()) <= 2 and len(before.split()) <= 2


def definition_question(term: str, definition: str, aliases: list[str]) -> str:
    also = f" (also called {', '.join(aliases)})" if aliases else ""
    if m := HEDGED_MEANING.match(definition):
        return f"What does “{term}”{also} {m['adverb'].lower()} refer to?"
    shape = gloss_shape(term, definition)
    if _describes(term, shape):
        return f"What does “{term}” mean{also}?"  # "Short: a name must not take long to type", not "a short"
    if shape == "verb":
        does = "do" if two_things(term) or be(term) == "are" else "does"
        if told_what_happened(definition):
            does = "did"  # "Treaty of Versailles: Ended the war": what it did, not what it does
        return f"What {does} {subject_form(term, definition)}{also} do?"
    if shape == "purpose" and _a_deed(term, definition):
        # "Traverse: Climb a face laterally …": the term is what one does, not a thing used for it
        return f"What does it mean to {term.lower()}{also}?"
    if shape == "purpose":
        return f"What {be(term) if ' and ' not in term else 'are'} {subject_form(term, definition)}{also} used for?"
    if shape in ("noun", "clause") and not re.match(r"^the\b", definition, re.I):
        return f"What {be(term)} {subject_form(term, definition)}{also}?"
    if shape in ("noun", "clause") and (one := _the_one(term, definition)):
        return f"What {be(term)} {one}{also}?"
    return f"What is meant by “{term}”{also}?"


def _a_deed(term: str, definition: str) -> bool:
    """ "Traverse", "Free solo" glossed by what one does ("Climb a face …"): a verb of one or two
    words in a heading's or a bullet's capital, which the gloss's own verb says in other words."""
    words = term.lower().split()
    opening = definition.split()[0].lower() if definition.split() else ""
    return 1 <= len(words) <= 2 and term[1:] == term[1:].lower() and is_base_verb(words[0]) and words[0] != opening


BRAND_ZIPF = 3.3  # "nx", "docker", "github" are rarer than this; "virginia", "google" are not


def _the_one(term: str, definition: str) -> str:
    """How a term defined as "the …" is asked: one of its kind ("a multiplier", "a pull request"), a
    plural or a mass noun as it is ("iterators", "nonrepudiation"), a name as written ("APACHE IV"),
    or with its "the" when it names one role or body ("the Product Owner", "the House of Commons");
    '' when the term is no noun ("Required: the field needs …") or too long to ask plainly."""
    words = term.split()
    if re.match(r"^(?:the|an?)\s", term, re.I):
        return subject_form(term)  # "The Docker client" as "the Docker client"
    if words and is_acronym(words[0]):
        return term
    if term.isalpha() and term[1:].islower() and (written_small(term) or _MASS.search(term)):
        term = term.lower()  # "Iterators", "Virtualization": a bullet's or a sentence's capital
    if len(words) > 3:
        return ""
    if _a_part_said_with_the(term):
        return f"the {term}"  # "the Docker daemon", as the notes always say it
    if reads_as_name(term):
        last = words[-1].lower()
        # "Nx Cloud", "Docker Engine": a product named by its brand, a rare word no dictionary lists,
        # takes no "the" ("the House of Commons", "the Virginia Plan" do)
        branded = not in_dictionary(words[0].lower()) and zipf_frequency(words[0].lower(), "en") < BRAND_ZIPF
        # "Encryption at Rest": the head is the noun before the preposition, here a mass noun
        head = re.split(r"\s(?:of|at|in|on|for|to|with|by)\s", term, maxsplit=1)[0].split()[-1]
        if head != words[-1] and _MASS.search(head):
            return term
        return f"the {term}" if len(words) >= 2 and last.isalpha() and is_noun(last) and not branded else term
    common = as_common(term)
    last = common.split()[-1] if common.split() else ""
    noun = last.isalpha() and (is_noun(last.lower()) or is_noun(singular(last.lower())) or rarest_zipf(last) < 3.0)
    if not noun or not all(w.isalpha() or "-" in w for w in common.split()):
        return ""
    if be(common) == "are" or _MASS.search(common):
        return common
    counted = takes_article(common, definition) or takes_article(common) or is_countable(last.lower())
    counted = counted and not UNCOUNTED_GENUS.match(definition)
    return with_article(common) if counted else common


def _describes(term: str, shape: str) -> bool:
    """ "Intuitive", "Short" glossed by a rule: a quality, which is no thing that "is" something."""
    word = term.strip()
    if " " in word or not word.isalpha() or not word[1:].islower():
        return False  # "DISTINCT" is a keyword, a name
    return is_only_adjective(word.lower()) or (shape == "clause" and is_adjective(word.lower()))


# "measures the quality of …", "controls how long …": the verb's object is a thing to recall.
_OBJECT_OPENING = re.compile(r"^(?:the|a|an|how|whether|which|what|when|where|its|their)\b", re.I)


MIN_OBJECT_WORDS = 4
OBJECT_WORDS = 5  # "maps a name to an address": a complement this close makes the object no answer alone
_COMPLEMENT = re.compile(r"\b(?:to|into|from|with|onto)\b", re.I)


# "refers to the protection of …", "means the …": a gloss that says what the term names.
_REFERS = re.compile(r"^(?P<verb>refers\s+to|means|denotes|signifies)\s+(?P<rest>(?!that\b)\S.*)$", re.I)
# "Half-cadence - May refer to a cadence that ends on …": one of the term's senses, hedged
MAY_MEAN = re.compile(
    r"^(?P<modal>may|can|might|could)\s+(?:also\s+)?(?P<verb>refer\s+to|mean|denote)\s+(?P<rest>(?!that\b)\S.*)$", re.I
)


_FUNCTION_OF = re.compile(r"^(?:an?\s+|the\s+)?function\s+of\s+(?P<rest>\S.*)$", re.I)
_WHAT_IS = re.compile(r"^(?P<lead>(?:In [^,]+, )?)[Ww]hat (?P<be>is|are) (?P<subject>.+)\?$")


def verb_object_question(question: str, definition: str) -> tuple[str, str] | None:
    """ "What does Recall@k do?" with "evaluates the fraction of …" → ("What does Recall@k
    evaluate?", "The fraction of …"): asking the verb names what kind of answer is wanted. None
    for a definition that is no verb before its object."""
    if (m := _FUNCTION_OF.match(definition)) and (asked := _WHAT_IS.match(question)):
        # "Temperature: a function of position and time" says what it depends on, not what it is
        does = "do" if asked["be"] == "are" else "does"
        what = "what" if asked["lead"] else "What"
        return f"{asked['lead']}{what} {does} {asked['subject']} depend on?", capitalise(m["rest"])
    if (m := MAY_MEAN.match(definition)) and re.match(r"^What (?:does|do) .* do\?$", question):
        subject = re.sub(r"^What (?:does|do) ", "", question.removesuffix(" do?"))
        return f"What {m['modal'].lower()} {subject} {' '.join(m['verb'].lower().split())}?", capitalise(m["rest"])
    if definition_shape(definition) != "verb" or not question.endswith(" do?"):
        return None
    if m := _REFERS.match(definition):
        # "What does privacy do?" → "Refers to the protection …" answers a question nobody asked
        verb = "refer to" if m["verb"].lower().startswith("refer") else verb_base(m["verb"].lower())
        return f"{question.removesuffix(' do?')} {verb}?", capitalise(m["rest"])
    return asked_by_its_verb(question, definition)


def asked_by_its_verb(question: str, definition: str) -> tuple[str, str] | None:
    """`verb_object_question` of a definition known to open with its verb ("describes the number of
    times each observation was observed", which reads as a clause too)."""
    verb, _, rest = definition.partition(" ")
    if not rest or not _OBJECT_OPENING.match(rest) or not verb.isalpha():
        return None
    if len(re.sub(r"\([^()]*\)", "", rest).split()) < MIN_OBJECT_WORDS:
        return None  # "confirms the tf files": "What does validate confirm?" → "The tf files" says too little
    if _COMPLEMENT.search(" ".join(rest.split()[:OBJECT_WORDS])):
        return None
    return f"{question.removesuffix(' do?')} {verb_base(verb.lower())}?", capitalise(rest)


_TO = re.compile(r"^to\s+", re.I)  # "to describe data": the purpose's own "to", said once


def term_question(hidden: str, shape: str) -> str:
    """The term from its definition. Reverse and multiple choice cards share it: one question, so
    selection keeps the better of the two."""
    if shape == "purpose":
        return f"What is used to {_TO.sub('', hidden[:1].lower() + hidden[1:])}?"
    if shape == "clause":
        return f"Which term describes this: “{capitalise(hidden).rstrip('.')}”?"
    hidden = _mid_sentence(hidden)
    if shape == "verb" and re.match(r"^(?:means|refers to|describes|denotes|stands for)\s", hidden):
        return f"Which term {hidden}?"  # not "What means the ability to …?"
    if shape == "verb":
        return f"What {hidden}?"
    if re.match(r"^used (?:to|for)\s", hidden):
        return f"What is {hidden}?"  # "What is used to classify algorithms …?"
    if shape == "noun" and re.match(r"^(?:a|an)\s", hidden):
        return f"What is the term for {hidden}?"  # "… for a piece of software that …"
    return f"Which term means: {hidden}?"


def _mid_sentence(text: str) -> str:
    """ "Current distance from …" inside a question: lower-case, unless the first word is a name
    ("JavaScript", "DOM", "Windows")."""
    first = text.split(" ", 1)[0]
    if first in ("A", "An", "The"):
        return text[:1].lower() + text[1:]  # "A device that …" opened a glossary's gloss
    if not first[:1].isupper() or not first[1:].islower() or not first.isalpha():
        return text
    return text[:1].lower() + text[1:] if _common_word(first) else text


_FUNCTION_WORD = 5.0  # zipf frequency of "another", "each", "current"


def _common_word(word: str) -> bool:
    """A verb, an adjective or a function word is capitalised only by its place; a noun alone may be
    a name ("Python", "Java"), which keeps its capital."""
    lower = word.lower()
    return can_be_verb(lower) or is_adjective(lower) or zipf_frequency(lower, "en") >= _FUNCTION_WORD


def _sentence_start(subject: str) -> str:
    """'a container' → 'A container'; 'offsetTop' stays as written, being code."""
    return subject if re.match(r"^[a-z]+[A-Z0-9]", subject) else capitalise(subject)


def definition_statement(subject: str, definition: str, shape: str) -> str:
    if definition[:1].isupper() and definition[1:2].islower():
        definition = definition[:1].lower() + definition[1:]  # "Current distance …" mid-sentence
    named = _sentence_start(subject_form(subject, definition))
    if shape == "purpose":
        return f"{named} {'are' if ' and ' in subject else be(subject)} used to {_TO.sub('', definition)}."
    if shape == "verb":
        if " and " in subject or be(subject) == "are":  # "pos1 and pos2 move …", not "moves"
            first, _, rest = definition.partition(" ")
            definition = f"{verb_base(first)} {rest}".strip()
        return f"{named} {definition}."
    if shape == "noun":
        return f"{named} {be(subject)} {definition}."
    return f"“{subject}” means: {definition}."


# Cloze: hide the term, number, name or contrast; never a verb, a label or an everyday word.
_EVERYDAY = 5.0  # zipf frequency of words like "value", "first", "make"


TALKS_TO_READER = re.compile(
    r"\b(?:we|we're|we've|our|us|let[’']s|let us|i|your|above|below|earlier|previous(?:ly)?|here|notice|"
    r"this (?:repository|repo|article|lesson|tutorial|section|page|course|chapter|example|project|guide)|"
    r"you(?:'ll|'ve| will| would| have)|as you can see|in this case|"
    r"(?:the )?(?:next|previous|last|following) (?:lesson|chapter|section|part|step)|"
    r"(?:the|this) (?:picture|image|figure|diagram|illustration|screenshot)|"
    r"(?:red|green|blue|yellow|orange|purple|grey|gray) (?:number|cell|arrow|line|box|node|circle)s?)\b",
    re.I,
)
_LEADING_SYMBOLS = re.compile(r"^[^\w\"'“(<`]+")
_LABEL_OPENING = re.compile(r"^\W*[A-Za-z]+:\s")  # "Note: …", "Tip: …"
_DETERMINER_AFTER = re.compile(r"^\S+\s+(?:the|a|an|your|our|this|these|some|it|them|\w+ing)\b", re.I)
# "If firstNumber is larger than secondNumber" with no main clause after it.
_DANGLING_CLAUSE = re.compile(r"^(?:if|unless|when|whenever|because|since|although|though|while)\b[^,;]*$", re.I)


def is_statement(sentence: str) -> bool:
    """A sentence that states a fact on its own: not a tutorial aside ("we saw this above"), an
    instruction ("Move your mouse …") or a fragment without a subject ("Uses descriptive names")."""
    sentence = _LEADING_SYMBOLS.sub("", sentence)  # "✅ Run this code …" is still an instruction
    words = re.findall(r"[A-Za-z][\w'-]*", sentence)
    if len(words) < 4 or TALKS_TO_READER.search(sentence) or sentence.rstrip().endswith("?"):
        return False
    if _LABEL_OPENING.match(sentence) or _DANGLING_CLAUSE.match(sentence.strip()):
        return False
    first, second = words[0], words[1]
    imperative = can_be_verb(first) and verb_base(first) == first and _DETERMINER_AFTER.match(sentence)
    if is_only_verb(first) or (first[:1].isupper() and imperative):
        return False
    # "Uses descriptive class names": a verb with no subject.
    headless = first.lower().endswith("s") and can_be_verb(first) and verb_base(first) != first
    return not (headless and not can_be_verb(second))


_UNIT = r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|times|people|members|players|steps)\b"


def informative_span(term: str, sentence: str) -> bool:
    words = term.split()
    # one character is no span ("x", "a"), except a digit that counts a unit: "within _____ months"
    counted = term.isdigit() and re.search(rf"(?<![\w.^]){term}\s+{_UNIT}", sentence)
    if not words or len(words) > 5 or (len(term) < 2 and not counted) or term.rstrip().endswith(":") or "=" in term:
        return False  # a label ("Prompt:") or a worked computation ("0m + 9m = 9m"), not a fact
    opening = sentence.lstrip(" \"'“(").startswith(term)
    if opening and len(words) == 1 and can_be_verb(term) and not re.search(r"[\d()<>\[\]{}=._/#-]", term):
        return False  # "Offers better …", "Experiment with …": the verb of a fragment or an instruction
    if opening and can_be_verb(words[0]) and verb_base(words[0]) == words[0]:
        return False  # "Implement boundaries to …": an instruction, not a statement
    after = sentence.lstrip(" \"'“(")[len(term) :].split()
    if opening and after and after[0].lower() in ("a", "an", "the", "your", "this", "these", "it"):
        return False  # "Double-click a plant to …": the blank is the action of an instruction
    if re.search(rf"^\W*{re.escape(term)}\W*:", sentence):
        return False  # "📝 HTML Element Types: …" blanks a label, not a fact
    if len(words) == 1 and is_only_verb(term):
        return False
    code_like = bool(re.search(r"[\d()<>\[\]{}=._/#-]", term)) or any(c.isupper() for c in term[1:])
    return code_like or is_real_name(term) or rarest_zipf(term) < _EVERYDAY


# "However, containers do not …": the connective ties the sentence to the one before, the claim
# after it stands alone. A pronoun after it ("Therefore, it …") still leans on the one before.
_CONNECTIVE = re.compile(
    r"^(?:however|moreover|furthermore|additionally|therefore|thus|hence|consequently|also|"
    r"in addition|as a result|for this reason|on the other hand|in fact|in other words|similarly|likewise|"
    r"[a-z]+ly),\s+",
    re.I,
)
_LEANING = re.compile(r"^(?:this|these|those|it|its|they|them|their|that|such|he|she)\b", re.I)


def without_connective(sentence: str) -> str:
    m = _CONNECTIVE.match(sentence)
    if not m or _LEANING.match(sentence[m.end() :]):
        return sentence
    return capitalise(sentence[m.end() :])


# "📝 Element types: div elements take …": a call-out label is layout; the rest is the statement.
# "pos1 and pos2: Store …" too: a label that happens to be code.
_CALLOUT = re.compile(r"^\W*(?:\w[\w-]*)(?: [\w-]+){0,3}:\s+(?=\S)")


# "…, when we need to select the fittest …": a closing clause that turns to the reader. The
# claim before it stands alone.
_READER_CLAUSE = re.compile(
    r",\s+(?:when|where|as|because|since|so that|which|if)\b[^,;]*\b(?:we|you|our|us|your)\b.*$", re.I
)
MIN_CLAIM_WORDS = 7


def without_reader_clause(sentence: str) -> str:
    """The sentence without a closing clause addressed to the reader, when enough claim is left."""
    m = _READER_CLAUSE.search(sentence)
    if not m or len(sentence[: m.start()].split()) < MIN_CLAIM_WORDS:
        return sentence
    return sentence[: m.start()].rstrip() + "."


# "On average, this means that each comparison …": the consequence is the claim; "this means
# that" only ties it to the sentence before, like a connective.
_CONSEQUENCE = re.compile(r"^(?P<setting>[^,]{1,30},\s*)?(?:this|which|that) (?:means|implies|shows) that\s+", re.I)


def without_consequence_lead(sentence: str) -> str:
    m = _CONSEQUENCE.match(sentence)
    if not m or _LEANING.match(sentence[m.end() :]):
        return sentence
    return capitalise((m["setting"] or "") + sentence[m.end() :])


def claim_of(sentence: str) -> str:
    """The standalone claim in a prose sentence: without a consequence lead or a reader clause."""
    return without_reader_clause(without_consequence_lead(sentence))


def without_callout(sentence: str) -> str:
    """The sentence without its call-out label or leading emoji."""
    rest = _LEADING_SYMBOLS.sub("", _CALLOUT.sub("", sentence))  # "✅ Data types are …" too
    # An answer only in the label ("🎯 Learning Strategy: …") is no fact: nothing is left to blank.
    return rest or sentence


def with_subject(sentence: str, subject: str) -> str:
    """'Provides a structured way …' under 'Here's what makes the DOM powerful:' → 'The DOM
    provides a structured way …'. A sentence that has its own subject is left alone."""
    first, _, rest = sentence.partition(" ")
    if (
        not rest
        or not first.endswith("s")
        or not can_be_verb(first.lower())
        or verb_base(first.lower()) == first.lower()
    ):
        return sentence
    if is_noun(first.lower()) and not is_only_verb(first.lower()) and not _DETERMINER_AFTER.match(sentence):
        return sentence  # "Strings are …": a plural noun opening its own statement
    return f"{capitalise(subject)} {first.lower()} {rest}"


# "The Levenshtein distance is the minimum …", "… is called the black depth": the sentence says
# what its term is, so hiding a term the heading also names still asks something.
DEFINES = re.compile(r"\b(?:is|are)\s+(?:a|an|the)\b|\brefers? to\b|\bmeans\b|\bcalled\b|\bknown as\b", re.I)
_WORDS = re.compile(r"[A-Za-z][\w'’]*")


def _words(text: str) -> list[str]:
    return _WORDS.findall(text)


def given_away(answer: str, sentence: str) -> bool:
    """The rest of the sentence names the answer: 'Virtual machines … since they ___ a machine'
    (virtualize), 'the Euclidean algorithm, or ___ algorithm' (Euclid's)."""
    rest = _words(mask(sentence, answer))
    words = _words(answer)
    # "binary search trees (…, sometimes called sorted binary trees)": a wider term around a
    # many-word answer leaves it to recall; only every word of it named gives it away.
    named = [any(related(word, other) for other in rest) for word in words]
    return all(named) if len(words) > 1 else any(named)


MIN_NAMING_LETTERS = 3  # "O" of "O(n)" and "O(1)" names neither


def heading_names(answer: str, headings: tuple[str, ...] | list[str]) -> bool:
    """The headings over the sentence name the answer (its head word, or every word): 'Quicksort'
    in the Quicksort document, 'reader' under 'Screen readers'. 'black depth' under 'Red–Black
    Tree' is still asked, its head word being new."""
    if any(answer.lower() in h.lower() for h in headings):
        return True  # "O(2^n)" under "Divide and conquer O(2^n)" too
    heading_words = [w for h in headings for w in _words(h) if len(w) >= MIN_NAMING_LETTERS]
    words = [w for w in _words(answer) if len(w) >= MIN_NAMING_LETTERS]

    def named(word: str) -> bool:
        return any(related(word, h) for h in heading_words)

    return bool(words) and (named(words[-1]) or all(named(w) for w in words))


def fair_blank(answer: str, sentence: str, section: tuple[str, ...] | list[str]) -> bool:
    """A blank the card does not give away, in the sentence or in the topic shown with it. The
    document's own subject may be the blank only of a sentence that defines it, and only when
    the card does not name that topic ("The ___ distance between two words is the minimum …");
    the product the page is about, never ("the trick adopted in ___" → Measurements.jl)."""
    if given_away(answer, sentence) or mask(sentence, answer).count("_____") != 1:
        return False  # one blank: the same word hidden twice asks nothing more, and may be a list
    if in_example_list(answer, sentence) or is_the_subject(answer):
        return False
    if not heading_names(answer, titled(section)):
        return True
    return opens_with(answer, sentence) and bool(DEFINES.search(sentence)) and names_term(topic_of(section), answer)


SUBJECT_WORDS = 3  # "The Levenshtein distance …": the defined subject opens the sentence
_SETTING = re.compile(r"^(?:in|within|for|on) [^,]{1,40},\s*", re.I)  # "In computer science, …"


def opens_with(answer: str, sentence: str) -> bool:
    """The answer is (in) the subject the sentence opens with, after a setting like "In mathematics,"."""
    start = _SETTING.sub("", sentence).lower()
    return answer.lower() in " ".join(start.split()[:SUBJECT_WORDS])


# "… like clicks and ___", "such as ___": one member of an open list, which any other would fit.
_EXAMPLES = re.compile(r"\b(?:like|such as|including|e\.g\.|for example)\b", re.I)


def in_example_list(answer: str, sentence: str) -> bool:
    position = sentence.lower().find(answer.lower())
    return position > 0 and bool(_EXAMPLES.search(sentence[:position]))
