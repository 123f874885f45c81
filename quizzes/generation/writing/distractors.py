"""Distractors that are the same kind of thing as the answer, and false.

A distractor is only fair when nothing but knowledge tells it apart: a number among numbers, a
command among commands, a capitalised name among capitalised names. `shape()` is that notion of
"the same kind", shared by the picker and by the card lint.
"""

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from wordfreq import zipf_frequency

from quizzes.generation.seeds import seeded
from quizzes.generation.text import normalise, plain
from quizzes.generation.writing.grammar import reads_as_name

if TYPE_CHECKING:
    from quizzes.generation.facts import Fact

_NUMBER = re.compile(r"^[~≈<>≤≥±+-]?\s*\d[\d.,_\s]*(?:%|[A-Za-zµ]{1,3})?$")
# "1.989 × 10^30 kg", "9.807 m/s^2", "8 hours": a number, maybe in powers of ten, then its unit
_MEASURE = re.compile(
    r"^\$?[~≈]?\s*\d[\d.,]*(?:\s*[×x*]\s*10\s*\^\s*[-−]?\d+)?\s+(?P<unit>[A-Za-zµ°Ω][\w/^°·-]*)(?![\w(])"
)
_CODE = re.compile(r"[(){}\[\]<>=/$|\\`;]|(?:^|\s)--?\w|\w\.\w|\w_\w|^\S+\s+[A-Z_]{3,}\b")
_IDENTIFIER = re.compile(r"^[a-z]+[A-Z0-9]\w*$")  # offsetLeft, pos1: names from code
_COMMAND = re.compile(r"^[a-z][\w.-]*(?:\s+\S+)+$")


# "DualPower (y > 1)": a short qualifier after a short label leaves it a name, whatever marks the
# aside holds; a long aside ("digamma function (i.e. the derivative of …)") is part of the text.
_QUALIFIED_LABEL = re.compile(r"^(?P<label>\w+(?:[ -]\w+){0,2})\s+\((?:[^()\s]+\s?){1,3}\)$")


@lru_cache(maxsize=8192)
def shape(text: str) -> str:
    """'number', 'measure <unit>', 'code', 'sentence', or 'name'/'term' (capitalised or not) for words."""
    flat = text.strip()
    flat = m["label"] if (m := _QUALIFIED_LABEL.match(flat)) else flat
    if (measure := _MEASURE.match(flat)) and not _NUMBER.match(flat):
        # "3.086 × 10^16 m" among "1.989 × 10^30 kg": a length is no option for a mass ("1.5 ms"
        # and "2 s" stay numbers, one quantity in two units)
        return f"measure {measure['unit']}"
    if _NUMBER.match(flat):
        return "number"
    if flat and not any(c.isalnum() for c in flat):
        return "code"  # "%", "&&", "+": a sign, whichever characters it is made of
    if _CODE.search(flat) or "\n" in flat or _IDENTIFIER.match(flat):
        return "code"
    if len(flat.split()) > 8:
        return "sentence"
    first = next((c for c in flat if c.isalpha()), "")
    return "name" if first.isupper() else "term"


def same_shape(answer: str, option: str, answer_is_command: bool = False) -> bool:
    if answer_is_command:
        return bool(_COMMAND.match(option.strip().split("\n")[0]))
    return shape(answer) == shape(option)


def match_case(correct: str, option: str) -> str:
    """A common noun takes the answer's initial case ('Container engine' among 'Hypervisor'), so
    the odd capital out does not give the answer away; names keep theirs."""
    if reads_as_name(option) or not correct[:1].isalpha() or not option[:1].isalpha():
        return option
    first = option[0].upper() if correct[0].isupper() else option[0].lower()
    return first + option[1:]


def honest_distractors(
    correct: str,
    pool: list[str],
    key: str,
    *,
    also_true: set[str] = frozenset(),
    command: bool = False,
    count: int = 3,
) -> list[str]:
    """`count` options of the answer's shape, none equal to it or to another true answer
    (`also_true`, normalised), nearest in length first; fewer when the pool has not enough."""
    banned = {_identity(correct), *also_true}
    chosen: list[str] = []
    for option in (match_case(correct, o) for o in pool):
        norm = _identity(option)
        if _within(norm, _identity(correct)) or (not command and _holds_code(option, correct)):
            continue  # "Polymorphism" beside "Polymorphism and inheritance": half of the answer is no wrong one
        if command and _family(correct) and _family(option) == _family(correct) and _flags(option) == _flags(correct):
            continue  # "git add HelloWorld.java" for "add a file": the same use on other arguments does it too
        if norm and norm not in banned and same_shape(correct, option, command):
            banned.add(norm)
            chosen.append(option)
    rng = seeded(key)
    rng.shuffle(chosen)
    # Options that end like the answer ('Bounce Rate' for 'Conversion Rate') first, so its head
    # word does not single it out; then nearest in length.
    head = _head(correct)
    # A command among its own subcommand's other uses ("git branch -m" beside "git branch -d") first:
    # an option doing something else entirely ("git tag" for a rename) is no choice at all.
    family = _family(correct) if command else ""
    chosen.sort(
        key=lambda o: (
            bool(family) and _family(o) != family,
            bool(head) and _head(o) != head,
            abs(len(o) - len(correct)),
        )
    )
    return chosen[:count]


def _flags(command: str) -> frozenset[str]:
    return frozenset(w for w in command.split() if w.startswith("-"))


def _family(command: str) -> str:
    """ "git branch" of "git branch -m old new": the program and its subcommand."""
    words = command.split()
    return " ".join(words[:2]) if len(words) >= 2 and re.fullmatch(r"[a-z][\w-]*", words[1]) else ""


def _within(option: str, correct: str) -> bool:
    """Whether one option is a conjunct of the other ('polymorphism' in 'polymorphism and
    inheritance')."""
    a, b = option.split(), correct.split()
    if not a or not b or len(a) == len(b) or not all(w.isalpha() for w in a + b):
        return False
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if not {"and", "or"} & set(long):
        return False  # "container" beside "container runtime" is another thing, and a fair one
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def _holds_code(option: str, correct: str) -> bool:
    """ "<h1>Title</h1>" for "<h1>": code that writes the answer out is the answer again."""
    a, b = option.strip(), correct.strip()
    return shape(b) == "code" and a != b and len(min(a, b, key=len)) > 1 and (b in a or a in b)


def _head(option: str) -> str:
    """The last word of a phrase of words ('rate' of 'Conversion Rate'); '' for one word or code."""
    words = option.split()
    return words[-1].lower() if len(words) > 1 and all(w.isalpha() for w in words) else ""


def _identity(option: str) -> str:
    """An option's normalised form, or the sign itself ('%', '&&'), which normalising erases."""
    return normalise(option) or option.strip()


# Kinship between terms of one document: a term that is a kind, a member or a part named in the
# other's gloss is a true-ish answer to a question about it, however wrong it reads on its own.
RARE = 4.0  # "Docker", "runtime": a word that names its term; "engine", "machine" name many
_ARTICLE = re.compile(r"^(?:a|an|the|one)\s+", re.I)
_KIND_OF = re.compile(
    r"^(?:[\w-]+\s+){0,2}?(?:kind|type|form|sort|variety|class|family|piece|example|instance|member|subset|"
    r"variant|special case)s?\s+of\s+(?:(?:a|an|the)\s+)?",
    re.I,
)
# Where the genus ends: "a computer file, typically …", "a piece of software that creates …".
_GENUS_END = re.compile(
    r"\s+(?:that|which|who|whose|where|when|for|to|in|on|with|by|from|through|used|of|designed|based|"
    r"containing|allowing|whereby|and|or)\b|[,;:(]",
    re.I,
)
GENUS_WORDS = 5
# "Popular container engines include Docker, …": what the author says the term's members are.
_INCLUDES = (
    r"(?:\s*\([^()]*\))?,?\s+(?:include|includes|including|such as|like|e\.g\.,?|for example,?|for instance,?)\s+"
)


@lru_cache(maxsize=8192)
def genus_of(definition: str) -> str:
    """ "OS-level virtualization" of "a form of OS-level virtualization through which …": the kind
    of thing a gloss says its term is, or '' when the gloss opens otherwise ("used to …")."""
    flat = plain(definition).strip()
    text = _ARTICLE.sub("", flat)
    if text == flat:
        return ""
    if m := _KIND_OF.match(text):
        text = text[m.end() :]
    if m := _GENUS_END.search(text):
        text = text[: m.start()]
    words = text.split()
    return text if 0 < len(words) <= GENUS_WORDS else ""


_NAMES_MEMBERS = re.compile(_INCLUDES, re.I)


def member_sentences(sentences) -> list[str]:
    """The plain text of the sentences that may name a term's members ("… include …", "… such as
    …"): read once, so looking up each term of a long glossary does not rescan every sentence."""
    return [text for sentence in sentences if _NAMES_MEMBERS.search(text := plain(sentence))]


def members_said(term: str, sentences: list[str]) -> list[str]:
    """What follows "<term>s include", "<term>s such as" in the sentences member_sentences kept:
    its named members."""
    if not term.strip():
        return []
    lowered = term.lower()
    if not (naming := [s for s in sentences if lowered in s.lower()]):
        return []
    said = re.compile(rf"\b{re.escape(term)}(?:e?s)?{_INCLUDES}(?P<members>.+)$", re.I)
    return [m["members"] for s in naming if (m := said.search(s))]


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    # Cached: each term meets up to 40 siblings, and a glossary compares every pair's words.
    return tuple(_singular_word(w) for w in normalise(text).split())


def _singular_word(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _distinctive(term: str, aliases: list[str], other: str) -> list[str]:
    """The words that name `term` and not `other`: the term, its aliases, its rare own words."""
    others = set(_words(other))
    rare = [w for w in _words(term) if w not in others and len(w) > 3 and zipf_frequency(w, "en") < RARE]
    return [" ".join(_words(term)), *(" ".join(_words(a)) for a in aliases), *rare]


def _names(members: str, phrases: list[str]) -> bool:
    """Whether a member of "Docker, RKT from RedHat, and LXD (Linux Containers)" is one of the
    phrases; an aside in brackets names no member."""
    for item in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.sub(r"\([^()]*\)", " ", members)):
        padded = f" {' '.join(_words(item))} "
        if any(p and f" {p} " in padded for p in phrases):
            return True
    return False


def is_kin(answer: dict, option: dict) -> bool:
    """Whether `option` (a term's fields: term, aliases, definition, members) is a kind, a member
    or the genus of `answer`: then it may fairly answer the question about `answer` too
    ("Container engine" for Docker Engine, when "popular container engines include Docker").
    A gloss that merely names the other term ("creates and runs virtual machines") is no kinship."""
    term, other = answer["term"], option["term"]
    answer_names = _distinctive(term, answer.get("aliases", []), other)
    option_names = _distinctive(other, option.get("aliases", []), term)
    genus, its_genus = _words(genus_of(answer["definition"])), _words(genus_of(option["definition"]))
    other_words, term_words = _words(other), _words(term)
    return (
        (bool(other_words) and genus[-len(other_words) :] == other_words)  # the answer is a kind of the option
        or (bool(term_words) and its_genus[-len(term_words) :] == term_words)  # the option is a kind of the answer
        or any(_names(m, answer_names) for m in option.get("members", []))
        or any(_names(m, option_names) for m in answer.get("members", []))
    )


# Words any gloss uses to join its content: "an algorithm for traversing …" says "algorithm", "traversing".
_JOINING = {
    "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "is", "are", "be", "by", "with", "as", "at",
    "from", "that", "this", "it", "its", "which", "into", "than", "so", "if", "all", "any", "each", "their",
}  # fmt: skip


def fits_as_well(gloss: str, other_gloss: str) -> bool:
    """Whether `other_gloss` says all that `gloss` says ("an algorithm for traversing tree or graph
    data structures" of one term, and the same "…, exploring each branch first" of another): then a
    question showing `gloss` is answered by the other term just as truly."""
    mine = {w for w in _words(gloss) if w not in _JOINING}
    return bool(mine) and mine <= {w for w in _words(other_gloss) if w not in _JOINING}


def _genus_head(definition: str) -> str:
    """'protocol' of 'a connectionless protocol that …'; '' when the gloss names no kind."""
    words = _words(genus_of(definition))
    return words[-1] if words else ""


def _term_head(term: str) -> str:
    """'rate' of 'Bounce Rate': the noun a multi-word term ends on ('' for one word or code)."""
    return _singular_word(_head(term))


# "DISTINCT", "ORDER BY", "MIN() and MAX()": a language's keywords or calls, one kind by their look.
_KEYWORD = re.compile(r"^[A-Z][A-Z0-9_]+(?:\s+[A-Z][A-Z0-9_]+)*$")
_CALL = re.compile(r"\w\(\)")


def _kind_by_look(term: str) -> str:
    if _CALL.search(term):
        return "call"
    if _KEYWORD.match(term.strip()) and not re.search(r"\d", term):
        return "keyword"
    return ""


# Kinds of gloss that a glossary mixes under one heading: a way of doing ("the process of …", "a
# technique …") is not a piece of a language ("a command …", "a clause …"), and neither is a thing.
_GENUS_CLASSES = {
    "doing": _words("process technique method practice approach strategy mechanism"),
    "language": _words("command statement clause keyword query instruction directive"),
}


def _genus_class(head: str) -> str:
    return next((kind for kind, heads in _GENUS_CLASSES.items() if head in heads), "thing" if head else "")


def _asks(heading: str) -> bool:
    """ "What are the Cloud Storage Levels?": each question section is its own subject, so its
    neighbours' terms are no kin (the parser has already dropped an interview's "Q." label)."""
    return heading.rstrip().endswith("?")


def same_kind(answer: "Fact", others: list["Fact"]) -> list["Fact"]:
    """The terms that are the same kind of thing as the answer's, so a reader must know which it
    is: those defined in the answer's own section; those whose gloss names the same kind ('a …
    protocol' for UDP; both none in sections of one parent, as metrics under 'Offline Metrics');
    those ending on the same noun ('Bounce Rate', 'Conversion Rate'); keywords among keywords.
    'Well-Known Ports' is no option for a protocol, nor 'Distance' (a tree term) for 'Recursion'
    (an approach)."""
    term, definition = answer.fields["term"], answer.fields["definition"]
    genus, head, look = _genus_head(definition), _term_head(term), _kind_by_look(term)
    own_class = _genus_class(genus)

    def fits(other: "Fact") -> bool:
        their_class = _genus_class(_genus_head(other.fields["definition"]))
        if their_class and own_class and their_class != own_class:
            return False  # "ROLLBACK: a command …" is no option for "Sharding: the process of …"
        if other.section == answer.section:
            return True
        if head and _term_head(other.fields["term"]) == head:
            return True
        if look and _kind_by_look(other.fields["term"]) == look:
            return True
        their_genus = _genus_head(other.fields["definition"])
        same_parent = (
            other.section[:-1] == answer.section[:-1] and len(answer.section) > 1 and not _asks(answer.section[-1])
        )
        return their_genus == genus and (bool(genus) or same_parent)

    return [o for o in others if fits(o)]
