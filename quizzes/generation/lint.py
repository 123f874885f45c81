"""The card lint: the ways a card fails a teacher, each a rule that can be shown firing.

`lint_cards(cards)` is pure (it sees only card drafts), so the generator uses it to drop bad
candidates and `bank_report` uses it to show what is left. Rules on one card come from
`card_problems`; rules across cards (near-duplicates, too many from one fact) from `lint_cards`.
"""

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from quizzes.generation.facts import CardDraft
from quizzes.generation.text import MONTH, normalise
from quizzes.generation.writing.distractors import shape
from quizzes.generation.writing.grammar import verb_base, with_article

MAX_CARDS_PER_FACT = 3
NEAR_DUPLICATE = 90  # rapidfuzz ratio (0–100) on the normalised prompt and answer

_POINTING = {
    "this", "these", "those", "that", "it", "its", "they", "them", "their", "therefore", "thus", "hence", "also",
    "however", "moreover", "furthermore", "additionally", "consequently", "instead", "similarly", "likewise",
    "otherwise", "besides", "meanwhile", "such", "here", "he", "she", "his", "her", "but", "and", "so", "or",
    "then", "now", "again", "still", "yet", "first", "firstly", "second", "secondly", "next", "finally", "lastly",
    "than", "regardless", "nevertheless", "nonetheless", "anyway", "anyhow", "another",
}  # fmt: skip
_OPENING = re.compile(
    # "In Big-O, in theory that is worse …": an aside before the word says nothing of what it points at
    r"^(?:true or false\?\s*)?(?:in [^,]{1,80},\s*)?(?:(?:in theory|in practice|in fact|of course|in general|"
    r"in short|in other words|in reality),?\s+)?[\"“'(]?(?P<word>[A-Za-z]+)\b",
    re.I,
)
_POINTS_AWAY = re.compile(
    # "In contrast, boosting …": the other side of the contrast is a sentence the card does not show
    r"^(?:true or false\?\s*)?(?:in contrast|by contrast|on the other hand|conversely|in comparison|in turn|"
    r"in this case|in that case|in the same way),"
    # "In that _____, the defendant city …": the case the sentence before set up
    r"|^(?:true or false\?\s*)?in (?:that|this|these|those|such)\s+(?:\w+|_____)\s*,"
    # "… the highest precedence of all functional groups so far": as far as the course has gone
    r"|\bso far\b"
    # "… the canonical test that captures the intuition described": described where the card is not
    r"|\bthe \w+ (?:described|mentioned|discussed|outlined)\b(?! (?:in|by|as|at|on)\b)"
    r"|\bin the following \w+"  # "in the following relation _____ is …"
    r"|\b(?:the (?:above|following|previous|next) (?:\w+ )?(?:example|section|table|list|code|figure|image|step)s?"
    r"|as (?:mentioned|shown|seen|described|discussed) (?:above|below|earlier|before)|(?:see|shown) below)\b"
    # "The decryption works in a very similar way.": similar to what the sentence before said
    r"|\bin (?:a|the) (?:very |much )?(?:similar|same) (?:way|manner|fashion)\b(?! (?:to|as)\b)"
    # "More details … can be found in section 4.4 of the supplement": where to read, not what
    r"|\bcan be found in (?:section|chapter|appendix|the (?:supplement|appendix|documentation|docs|paper))\b"
    r"|\bsee (?:section|chapter|figure|table|appendix) \d"
    # "the fourth example selects …", "as already mentioned", "as shown in [link]": the page's own
    # examples and cross-references, which a card read alone does not carry
    r"|\bthe (?:first|second|third|fourth|fifth|sixth|last) (?:example|snippet|command|case)s?\b"
    r"|\bas (?:already|previously) (?:mentioned|noted|discussed|stated|said|shown)\b|\[link\]"
    # "… by using the git config command again.", "responding to this question": what came before
    r"|\bagain[.!?]?$|\b(?:this|that|these|those) (?:question|step|point|rule|option|one|ones)s?\b"
    # "the researchers detected 238 eruptions …, the authors say": a study the card never names
    r"|\bthe (?:researchers|authors|scientists|study|paper|article|survey)\b(?! (?:of|by|from|in|at|named|called)\b)"
    # "The MySQL equivalent is the _____ clause", "the first is called _____", "as usual": of what was
    # said before, which the card does not show
    r"|^(?:true or false\?\s*)?(?:in [^,]{1,80},\s*)?the (?:\w+ )?"
    r"(?:equivalent|counterpart|opposite|alternative)\b(?! (?:of|to|for)\b)"
    r"|^(?:true or false\?\s*)?(?:in [^,]{1,80},\s*)?the (?:first|second|third|former|latter|last) "
    r"(?:is|are|was|were|one)\b"
    r"|,\s*as usual,|\bas before\b"
    # "… have even more rapidly adapting potentials" (than what?), "the former", "As explained in RFC7252"
    r"|\beven (?:more|less|faster|slower|higher|lower)\b|\bthe (?:former|latter)\b"
    # "both are …": which two?
    r"|^(?:true or false\?\s*)?(?:in [^,]{1,80},\s*)?both (?:are|were|is|have|can|of them)\b"
    r"|^(?:true or false\?\s*)?as (?:explained|described|shown|mentioned|noted|discussed) in\b",
    re.I,
)
# A learner never sees the document: "In the “Pricing” table", "this lesson", "the figure on the right".
_LAYOUT = re.compile(
    r"^(?:true or false\?\s*)?in the (?:“[^”]+”|\"[^\"]+\"|[A-Z][\w-]*(?: [A-Z&][\w-]*)+) table\b"
    r"|\bin the table\b|\b(?:this|the following|the above|the previous|the next) "
    r"(?:lesson|section|chapter|article|document|tutorial|page|table|figure|diagram|picture|illustration|video)\b"
    r"|\bthe (?:figure|diagram|picture|illustration|animation|screenshot|image (?:above|below))\b"
    r"|\bon the (?:right|left)\b(?! (?:side|subtree|child|hand|operand))",
    re.I,
)
_TEMPLATE = re.compile(
    r"\{\w*\}|%[sd]\b|(?-i:\bNone\b)|“\s*”|(?<![\w.])\(\s*\)|\s[?.,:;]$|\?\?|[.,:;]\?$"
    r"|\b(?:the|a|an) (?:the|a|an)\b|\b(?P<twice>\w{3,}) (?P=twice)\b",
    re.I,
)
_AFTER_SUBJECT = re.compile(r"\b(?:do|did|can|could|would|should|will|must) you (?P<verb>[a-z]+)\b")
_ARTICLE = re.compile(r"\b(?P<article>a|an) (?P<noun>[A-Za-z][\w-]*)")
_STOP = {
    "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "is", "are", "be", "by", "with", "as", "at",
    "from", "that", "this", "it", "its", "what", "which", "how", "do", "does", "you", "your", "can", "when",
    "where", "who", "why", "into", "than", "then", "so", "if", "not", "no", "all", "using", "use",
}  # fmt: skip
_WORDS = re.compile(r"[a-z][a-z0-9+#-]*")
_CONTEXT = re.compile(r"^(?:true or false\?\s*)?(?:in|when|using|with|for) [^,?]{1,80},\s*", re.I)


def without_context(prompt: str) -> str:
    """The prompt without the topic it opens with ("In Kanban, …", "When setting up Git, …")."""
    return _CONTEXT.sub("", prompt)


def _is_placeholder(token: str) -> bool:
    """'IMAGE', 'IMAGE[:TAG]', '<none>' stand for a value: no word of the answer to give away."""
    letters = re.sub(r"[^A-Za-z]", "", token)
    return len(letters) >= 2 and letters.isupper() and (not token.isalpha() or len(letters) >= 4)


@dataclass(frozen=True)
class LintProblem:
    rule: str
    card_key: str
    detail: str


@lru_cache(maxsize=65536)
def _words(text: str, *, placeholders: bool = True) -> frozenset[str]:
    """Informative words, folded to a base form so 'logs' meets 'log'. An answer's placeholders
    ('IMAGE') are not words to recall; a prompt's placeholders still show their word."""
    kept = (w for w in text.split() if placeholders or not _is_placeholder(w))
    return frozenset(verb_base(w) for w in _WORDS.findall(normalise(" ".join(kept))) if w not in _STOP)


def _offered_as_choice(front: str, answer: str) -> bool:
    """'Which rates higher: A or B?' names its answer on purpose (the back may explain further)."""
    m = re.search(r"(?:^|[:,])(?P<options>[^:]*\bor\b[^:?]*)\?\s*$", front)
    if not m:
        return False
    options = [o.strip().lower() for o in re.split(r",\s*|\s+or\s+", m["options"]) if o.strip()]
    flat = " ".join(answer.lower().split())
    return any(flat == o or flat.startswith(o + " (") for o in options)


def _asks_order(front: str, answer: str) -> bool:
    """'Put these in order: • B • A' shows every step on purpose; the answer is their order."""
    shown = sorted(line.lstrip("• ").strip() for line in front.splitlines() if line.startswith("• "))
    steps = sorted(re.sub(r"^\d+\.\s*", "", line).strip() for line in answer.splitlines() if line.strip())
    return "put these in order" in front.lower() and len(shown) >= 2 and shown == steps


def _expansion_beside(front: str, answer: str) -> bool:
    """'_____ (Domain Name System)': an abbreviation blanked next to its own expansion."""
    letters = [c for c in answer if c.isalpha()]
    if not (2 <= len(letters) <= 8 and all(c.isupper() for c in letters)):
        return False
    words = re.findall(r"[A-Za-z][\w-]*", front)
    initials = "".join(w[0] for w in words).upper()
    acronym = "".join(letters)
    if acronym in initials:
        return True
    # "In authenticated encryption, _____ binds associated data" spells AEAD with a word between
    spelled = "".join(w[0] for w in words if w.lower() not in _SMALL_WORDS).upper()
    return len(acronym) >= 4 and any(
        _subsequence(acronym, spelled[i : i + len(acronym) + 1]) for i in range(len(spelled))
    )


_SMALL_WORDS = {"a", "an", "the", "of", "and", "with", "for", "to", "in", "on", "by", "or"}


def _subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(c in letters for c in short)


def answer_share(card: CardDraft) -> float:
    """The part of the answer's informative words the prompt already shows (topic prefix aside)."""
    answer = card.answer if card.kind == "mcq" else card.back
    if card.kind == "true_false" or _offered_as_choice(card.front, answer) or _asks_order(card.front, answer):
        return 0.0
    wanted = _words(answer, placeholders=False)
    return len(wanted & _words(_CONTEXT.sub("", card.front))) / len(wanted) if wanted else 0.0


def _leaks(card: CardDraft) -> str | None:
    if card.kind not in ("basic", "reverse", "cloze", "mcq"):
        return None
    answer = card.answer if card.kind == "mcq" else card.back
    front = card.front.replace("_____", " ")
    if _offered_as_choice(card.front, answer) or _asks_order(card.front, answer):
        return None
    if len(answer.split()) <= 12 and normalise(answer) and f" {normalise(answer)} " in f" {normalise(front)} ":
        return f"the answer “{answer[:40]}” is in the prompt"
    if card.kind == "cloze" and _expansion_beside(front, answer):
        return f"“{answer}” is blanked next to its own expansion"
    wanted = _words(answer, placeholders=False)
    if asked := _HOW_MANY.search(front):
        wanted -= {asked["unit"].lower()}  # "How many mL is a cup?" → "236.6 mL": the unit is asked for
    if wanted and len(answer.split()) <= 12:
        # "Using docker, …" or "In Kanban, …" names the topic; sharing it gives nothing away.
        shared = wanted & _words(_CONTEXT.sub("", front))
        if len(shared) >= max(1, round(len(wanted) * 2 / 3)) and not (len(wanted) >= 2 and len(shared) < 2):
            return f"the prompt gives away {', '.join(sorted(shared))}"
        if card.kind in ("basic", "mcq") and (name := _name_spelling(card.front, answer)):
            return f"the name {name} spells its answer"
        if card.kind == "cloze" and (head := _head_word(answer)) in shared:
            # "as interceptors return _____, the observables will be resolved …" → RxJS Observables:
            # the sentence names the answer's head noun, which leaves one word to guess
            return f"the prompt gives away {head}"
    return None


_FORMULA = re.compile(r"\\operatorname\{[^}]*\}(?:_\S+)?\([^)]*\)|\(\)")
_CALLED_NAME = re.compile(r"(?<![\w.])([a-z][a-z0-9]{3,})\(")


def _name_spelling(front: str, answer: str) -> str:
    """ "sinint(x)" → "sine integral", "airyai(z)" → "Airy Ai function at z", "zeta(x)" → "Riemann
    zeta function at x": a function named by the words of its description asks nothing."""
    m = _CALLED_NAME.search(front)
    if not m:
        return ""
    # "accurate log(beta(x,y)) for large x" says more than its name: how and when; a description
    # of five plain words at most ("sine integral Si(x)") says only what the name abbreviates
    plain_answer = _FORMULA.sub(" ", answer)
    name, words = m[1], re.findall(r"[a-z]+", plain_answer.lower())
    if "(" in plain_answer or len(words) > 5:
        return ""
    return name if name in words or _most_pieces(name, words) >= 2 else ""


def _most_pieces(name: str, words: list[str]) -> int:
    """The most prefixes (two letters or more) of the words that spell `name` end to end; -1 if
    none do. One pass from the end: what is left after each place is worked out once."""
    most = [-1] * len(name) + [0]  # most[i]: pieces that spell name[i:]
    for start in range(len(name) - 2, -1, -1):
        for end in range(start + 2, len(name) + 1):
            if most[end] >= 0 and any(w.startswith(name[start:end]) for w in words):
                most[start] = max(most[start], most[end] + 1)
    return most[0]


def _head_word(answer: str) -> str:
    if not answer.split() or answer[:1].isdigit() or answer.islower():
        # "2 private cards" (known as "hole cards"): the count is what is asked, not the unit; "git
        # status" (shows the working tree status): a command is named by what it does
        return ""
    words = _words(answer.split()[-1], placeholders=False)
    return next(iter(words)) if len(words) == 1 and len(next(iter(words))) >= 4 else ""


_HOW_MANY = re.compile(r"\bhow\s+(?:many|much)\s+(?P<unit>[\w/°µ]+)", re.I)


# "must capture all _____ headings": a bullet continuing its heading, its subject left there.
_MODAL = {"must", "should", "can", "may", "might", "shall", "will", "cannot"}
_RELATIVE = {"which", "who", "whom", "whose", "where"}  # a cloze opening "which corresponds to …" continues a sentence


def _opening(card: CardDraft) -> str | None:
    m = _OPENING.match(card.front.lstrip())
    if m and card.kind == "cloze" and m["word"].lower() in _MODAL:
        return f"opens with “{m['word']}”: the sentence's subject is not on the card"
    if m and (m["word"].lower() in _POINTING or (card.kind == "cloze" and m["word"].lower() in _RELATIVE)):
        return f"opens with “{m['word']}”, which points outside the card"
    if away := _POINTS_AWAY.search(card.front):
        return f"refers to “{away[0]}”, which the card does not carry"
    return None


# "you don't need _____ for restoring a full dump": what one does not need or use leaves every
# other answer open ("a Bloom filter never gives _____" still names the one thing it never gives).
_NEGATED_BLANK = re.compile(
    r"\b(?:not|no|\w+n't)\s+(?:\w+\s+)?(?:need|needs|require|requires|use|uses|have|has|want)\s+(?:\S+\s+)?_____",
    re.I,
)


def _negated(card: CardDraft) -> str | None:
    if card.kind == "cloze" and (m := _NEGATED_BLANK.search(card.front)):
        return f"the blank is what something is not (“{m[0]}”): many answers fit"
    return None


# "$$\Delta Y = \frac{1}{1 - c_1}$$": LaTeX the chat shows as its source, which `math_as_text`
# could not render.
_RAW_MATH = re.compile(
    r"\$\$|\\(?:frac|text|mathrm|mathbf|Delta|delta|uparrow|downarrow|rightarrow|leftarrow|times|cdot|sum|"
    r"int|sqrt|left|right|ldots|cdots|leq|geq|neq|infty|partial|begin|end|binom|alpha|beta|gamma|lambda|sigma|"
    r"theta|omega)(?![A-Za-z])"
    r"|\$[_^]\{"  # "M$_{\odot}$": a subscript the chat shows as markup
    r"|\$[^$\n]*\\[A-Za-z]+[^$\n]*\$"  # "$\kappa\sim \rho^0$": any command inside math left as source
)


# "18-25 degrees _____" (Celsius), "contains 7 _____" (grams): after its number, the blank hides the
# unit, and the number that was the fact is shown.
_AFTER_NUMBER = re.compile(r"\d(?:\s*[-–]\s*\d+)?\s+(?:degrees?\s+)?_____")
# "v*(s)", "gamma^k", "G_t", "Var(X)", "E[a]": notation, which a learner cannot type back nor tell
# from a misprint. (Not a bound: "O(log n)" is the answer a complexity question wants.)
_NOTATION = re.compile(
    r"^(?![OΘΩ]\()(?:[A-Za-z]{1,6}(?:\*|\^|_)\S*|[A-Za-z]{1,3}\*?(?:\([A-Za-z, |]{1,5}\)|\[[A-Za-z, |]{1,5}\]))$"
)


# "used by investors, _____, employees, customers and …": one member of a series blanked; any other
# member the learner knows fills it as well as the one the sentence had.
_ITEM = r"[\w'’-]+(?: [\w'’-]+)?"
_SERIES_BLANK = re.compile(
    rf"{_ITEM}, _____, {_ITEM}(?:,|,? (?:and|or) )|{_ITEM}, _____,? (?:and|or) \w"
    rf"|_____, {_ITEM}(?:, {_ITEM})*,? (?:and|or) \w"
    rf"|{_ITEM}, {_ITEM},? (?:and|or) _____"
    # "(e.g. linting, type checking, editor _____)": one of the author's examples
    r"|\((?:e\.g\.|for example|for instance|such as|like)[^()]*_____[^()]*\)"
)
# "In UDP, _____ — large transfers …" hiding "You need flow/congestion control": a clause, no term.
_PRONOUN_CLAUSE = re.compile(r"^(?:you|we|they|it|he|she|i)\s+\w+", re.I)
# "…, then the odds of event A is defined as" and no full stop: the formula after it was not text
# ("… when the page doesn't allow you to." is whole).
_UNFINISHED = re.compile(r"\b(?:as|is|are|by|of|to|the|a|an|and|or|with|for|from|equals|follows)\s*[:=]?$|[:=]$", re.I)


# "Jan _____, 2017: The final alert was …": the day inside a timeline's date.
_DAY_OF_DATE = re.compile(rf"\b{MONTH}\s+_____(?:st|nd|rd|th)?,?\s+\d{{4}}\b", re.I)


# "port 465 is (starting _____) the reserved port", "(the sum of protons and _____)": an aside.
# "the destination branch _____ be master" → MUST: a specification's capitals, guessed, not learned
_EMPHASIS_WORDS = {"MUST", "SHOULD", "MAY", "NOT", "NEVER", "ALWAYS", "ONLY", "REQUIRED", "SHALL"}
_ASIDE_BLANK = re.compile(r"\([^()]*_____[^()]*\)")
# "when using Distributed _____, Nx Agents …": the second half of a name whose first the prompt shows
_NAME_HALF = re.compile(r"(?<=[a-z] )[A-Z][a-z]+\s+_____")
_NAME_GOES_ON = re.compile(r"_____\s+[A-Z][a-z]+\b(?!['’]s)")
# "an example command that invokes a task is _____", "`nx run my-app:build`": an author's example,
# which any other example would answer as well.
_EXAMPLE_BLANK = re.compile(r"\b(?:an?|one|for)\s+example\b[^.]*\b(?:is|are|would be)\s+_____", re.I)
_MADE_UP = re.compile(r"\bmy-[a-z]+\b|\bmy[A-Z]\w*|\b(?:foo|bar|baz)\b")
# "_____ is a run that performs many tasks" → "nx run-many -t test,build": one instance of the kind
_INSTANCE_BLANK = re.compile(r"^(?:In [^,]+, )?_____ is an? [a-z]+\b")
# "Dr. _____ has built …", "Don _____ has published …": a person's name, trivia of who did it.
# (The topic's comma may have lowered the first name: "In A-Frame, don _____ has …".)
_PERSON_BLANK = re.compile(
    r"(?:^|[\s,(])(?:Dr|Mr|Mrs|Ms|Prof|Sir)\.?\s+_____|"
    r"(?:^|,\s)(?!(?i:the|a|an|this|that|each|every|its|their|our|your|any|some|no)\s)[A-Za-z][a-z]+\s+_____\s+"
    r"(?!is\b|are\b)[a-z]+"
)
_CAPITALISED_NAME = re.compile(r"^[A-Z][a-z]+[A-Z]?[a-z]*(?:[ -][A-Z][a-z]+[A-Z]?[a-z]*)*$")  # "McCurdy", "Ryan James"


# "As with _____, guards run in the order in which they are bound": the blank is the comparison's
# other side, which the claim (the order) does not depend on; readers asked about the guards instead.
_COMPARED_BLANK = re.compile(
    r"(?:^|[,;(]\s*|\bIn [^,]+,\s*)(?:as with|as in|like|similar to|similarly to) _____,", re.I
)


def _weak_blank(card: CardDraft) -> str | None:
    if card.kind != "cloze":
        return None
    answer = card.back.strip()
    if _PRONOUN_CLAUSE.match(answer):
        return f"the blank hides a whole clause “{answer[:40]}”, not a term or a value"
    if _SERIES_BLANK.search(card.front):
        return f"the blank hides “{answer}”, one member of a series that others would fill as well"
    if _DAY_OF_DATE.search(card.front):
        return f"the blank hides “{answer}”, the day of a date that labels an entry"
    if answer in _EMPHASIS_WORDS:
        return f"the blank hides “{answer}”, the author's emphasis, not the fact"
    if _ASIDE_BLANK.search(card.front):
        return f"the blank hides “{answer}” inside an aside in brackets, not what the sentence says"
    if _COMPARED_BLANK.search(card.front):
        return f"the blank hides “{answer}”, what the sentence compares its subject with, not what it says"
    if _CAPITALISED_NAME.match(answer) and _PERSON_BLANK.search(card.front):
        return f"the blank hides “{answer}”, a person's name after their title or first name"
    if " " in answer and _CAPITALISED_NAME.match(answer) and _NAME_HALF.search(card.front):
        return f"the blank hides “{answer}”, the rest of a name the prompt begins"
    if _CAPITALISED_NAME.match(answer) and _NAME_GOES_ON.search(card.front):
        return f"the blank hides “{answer}”, the start of a name the prompt ends"  # "_____ Hand": Operation Ranch
    command_line = len(answer.split()) >= 2 and answer[:1].islower() and re.search(r"[-:,.=/]", answer)
    instance = bool(command_line and _INSTANCE_BLANK.match(card.front))
    if _EXAMPLE_BLANK.search(card.front) or _MADE_UP.search(answer) or instance:
        return f"the blank hides “{answer}”, one example of many"
    if not card.front.rstrip().endswith((".", "?", "!")) and _UNFINISHED.search(card.front.rstrip()):
        return "the sentence stops before what it says (a formula or a list that was not text)"
    if _AFTER_NUMBER.search(card.front) and answer.isalpha():
        return f"the blank hides the unit “{answer}” after the number the fact is about"
    if _NOTATION.match(answer):
        return f"the blank hides the notation “{answer}”"
    if _BUILD_STRING.match(answer):
        return f"the blank hides “{answer}”, a build or version string nobody recalls"
    if _CITATION.search(answer) or _CITATION_AFTER_BLANK.search(card.front):
        return f"the blank hides “{answer}” in a citation"
    if _CAPITALISED_NAME.match(answer) and _CREDIT_BLANK.search(card.front):
        return f"the blank hides “{answer}”, who wrote the source, not what it says"
    if _SENTENCE_BLANK.search(card.front):
        return f"the blank hides “{answer}”, a label standing as a sentence of its own"
    if _SPLIT_NAME_BLANK.search(card.front):
        return f"the blank hides “{answer}”, part of a name the prompt cuts in two (“._____”)"
    if " " not in answer and (stem := _shared_stem(answer, card.front)):
        return f"the blank hides “{answer}”, which “{stem}” in the prompt spells out"
    if example := _affix_shown(answer, card.front):
        return f"the blank hides “{answer}”, which the example “{example}” in the prompt shows"
    return None


_BUILD_STRING = re.compile(r"^\d{6,}(?:[-.][0-9a-f]{4,})+$|^[0-9a-f]{7,40}$")  # "20200620-160318-e00b076c", a hash
_CITATION = re.compile(r"\bet\.? al\b", re.I)
_CREDIT_BLANK = re.compile(
    r"\b(?:by|from|written by|according to)\s+_____\.?$"  # "… Part 1 and Part 2 by _____."
    r"|_____\s+(?:et\s+al\b|and\s+colleagues\b|\(\d{4}\))"  # "… is available in _____ et al.", "_____ (2020) shows"
)
_SENTENCE_BLANK = re.compile(r"(?:^|[.:]\s+|^In [^,]+,\s+)_____\.\s+[A-Z]")  # "**Justification.** Some …"
# "The CLR implementation for ._____ is Windows only.": ".NET" cut after its dot
_SPLIT_NAME_BLANK = re.compile(r"(?:^|\s)[.#@]_____")  # "$_____" is an amount
_CITATION_AFTER_BLANK = re.compile(r"_____\.?\s*(?:\(?\d{4}\)?|[A-Z][a-z]+\s+\d{4})")  # "Lek _____. Nature 2016"
_STEM_LETTERS = 4


# 'suffix "-one"', "the -oxy ending": a word's part, which an example ("2-butanone") shows whole
_AFFIX = re.compile(r"""["“']?-(?P<part>[a-z]{2,})["”']?|["“'](?P<quoted>[a-z]{2,})-["”']""")


def _affix_shown(answer: str, front: str) -> str:
    """The word of the prompt that shows the affix the answer names ("methoxy" for "-oxy")."""
    for m in _AFFIX.finditer(answer.lower()):
        part = m["part"] or m["quoted"]
        for word in re.findall(r"[a-z][a-z0-9-]*", front.lower()):
            bare = word.strip("-")
            if bare != part and (bare.endswith(part) if m["part"] else bare.startswith(part)):
                return word
    return ""


def _shared_stem(answer: str, front: str) -> str:
    """ "scam tokens … because the _____ do not want …" → scammers: a word of the prompt that the
    answer only lengthens ('' when none does)."""
    lowered = answer.lower()
    for word in _WORDS.findall(front.lower()):
        if len(word) >= _STEM_LETTERS and word not in _STOP and lowered != word and lowered.startswith(word):
            return word
    return ""


def _raw_math(card: CardDraft) -> str | None:
    if m := _RAW_MATH.search(" ".join([card.front, card.back, *card.choices])):
        return f"raw LaTeX “{m[0]}” a chat shows as source"
    return None


def _layout(card: CardDraft) -> str | None:
    if m := _LAYOUT.search(card.front):
        return f"“{m[0].strip()}” points at the document's layout, which a learner never sees"
    return None


_HOLE = re.compile(
    r"[:,]\s*$|\w\s+[.,;:](?:\s|$)"
    # "A gas-phase reaction of the form" before its equation: what completes it was not text
    r"|\b(?:of the form|as follows|given by|written as|expressed as|such as|the following)\s*\.?$"
)


def _template(card: CardDraft) -> str | None:
    text = card.front.replace("_____", "BLANK")
    if m := _TEMPLATE.search(text):
        return f"template residue “{m[0].strip()}”"
    if card.kind != "cloze" and "_____" in card.front:
        return "a blank in a card that is not a cloze"
    if card.kind == "cloze" and "_____" not in card.front:
        return "a cloze without a blank"
    if card.kind in ("basic", "reverse") and (hole := _HOLE.search(card.back)):
        # "… to distribute on conda Forge:" before its code; "has two associated ." around a link
        # that was not text: the answer breaks off where the document showed something else
        return f"the answer breaks off at “{hole[0].strip()}”"
    if m := _AFTER_SUBJECT.search(card.front):
        base = verb_base(m["verb"])
        if base != m["verb"] and m["verb"].endswith("s"):
            return f"“{m[0]}” should read “{m[0][: -len(m['verb'])]}{base}”"
    for m in _ARTICLE.finditer(text):
        if m["noun"] == "BLANK" or m["noun"].lower() in _STOP or len(m["noun"]) < 3:
            continue  # "strings a and b": a variable, not an article
        if with_article(m["noun"]).split(" ", 1)[0] != m["article"].lower():
            return f"“{m[0]}” takes the other article"
    return None


_COMPATIBLE = {"code": "term"}
_LETTERS = re.compile(r"[a-z]{4,}")
_ASKS_FOR_A_COMMAND = re.compile(r"\bwhich (?:command|shortcut|option|flag)\b|\bhow do you\b", re.I)


def _echoed_answer(card: CardDraft) -> str | None:
    """ "What is beta_inc(a,b,x,y)?" among options of which only "incomplete beta function ratio"
    says "beta": the prompt points at its answer."""
    if card.kind != "mcq" or _ASKS_FOR_A_COMMAND.search(card.front):
        return None  # "which command would you use to list all images?" → docker images: named by its task
    shared = _only_the_answer_echoes(card)
    return f"only the answer shares “{shared}” with the prompt" if shared else None


def _only_the_answer_echoes(card: CardDraft) -> str:
    asked = set(_LETTERS.findall(_CONTEXT.sub("", card.front).lower())) - _STOP
    answer = set(_LETTERS.findall(card.answer.lower()))
    others = [set(_LETTERS.findall(c.lower())) for c in card.choices if c != card.answer]
    for word in sorted(asked & answer):
        if others and not any(word in o for o in others):
            return word
    return ""


def _distractors(card: CardDraft) -> str | None:
    if card.kind != "mcq":
        return None
    wanted = shape(card.answer)
    for choice in card.choices:
        got = shape(choice)
        if _COMPATIBLE.get(got, got) != _COMPATIBLE.get(wanted, wanted):
            return f"“{choice[:40]}” is a {got}, the answer a {wanted}"
    return None


# "from _____ to low density", "alkane/alkene/_____", "cathode or _____": a blank beside its
# counterpart, which shows what fills it ("high density", "alkyne") without knowing anything.
_BESIDE_BLANK = re.compile(
    r"(?P<left>[\w-]+(?:\s[\w-]+)?)\s*(?:/|\bor\b|\bnor\b|\bvs\.?)\s*_____"
    r"|_____\s*(?:/|\bor\b|\bto\b|\bvs\.?)\s*(?P<right>[\w-]+(?:\s[\w-]+)?)"
)
_SIBLING_PREFIX = 3


def _siblings(word: str, other: str) -> bool:
    """ "alkyne" and "alkene": one stem, one length, another ending."""
    return (
        word.isalpha()
        and other.isalpha()
        and word != other
        and len(word) >= 5
        and abs(len(word) - len(other)) <= 2
        and word[:_SIBLING_PREFIX] == other[:_SIBLING_PREFIX]
    )


def _paired(card: CardDraft) -> str | None:
    """A blank whose counterpart beside it shares its head or its stem."""
    if card.kind != "cloze":
        return None
    answer = card.back.strip().lower().split()
    if not answer or len(answer) > 3:
        return None
    for m in _BESIDE_BLANK.finditer(card.front):
        other = (m["left"] or m["right"]).lower().split()
        if len(answer) >= 2 and other[-1] == answer[-1]:
            return f"“{card.back}” stands beside “{' '.join(other)}”, which shows its shape"
        near, one = (other[-1] if m["left"] else other[0]), answer[0]
        if len(answer) == 1 and _siblings(one, near):
            return f"“{card.back}” stands beside its sibling “{near}”"
    return None


# "what is the name of the + operator?" → Addition: the everyday name of a sign every reader knows
_EVERYDAY_SIGN = re.compile(r"\bwhat is the name of the [-+*/<>=×÷] (?:operator|sign|symbol)\?$", re.I)


def _common_knowledge(card: CardDraft) -> str | None:
    if card.kind in ("basic", "mcq") and _EVERYDAY_SIGN.search(card.front):
        return "asks the everyday name of an arithmetic or comparison sign"
    return None


CARD_RULES = {
    "pronoun or connective opening": _opening,
    "points at the layout": _layout,
    "template residue": _template,
    "answer in prompt": _leaks,
    "negated blank": _negated,
    "raw math": _raw_math,
    "weak blank": _weak_blank,
    "distractor type mismatch": _distractors,
    "answer echoes the prompt": _echoed_answer,
    "blank beside its counterpart": _paired,
    "common knowledge": _common_knowledge,
}


def card_problems(card: CardDraft) -> list[LintProblem]:
    return [LintProblem(rule, card.key, detail) for rule, check in CARD_RULES.items() if (detail := check(card))]


def near_copy(card: CardDraft, front: str, back: str, other_front: str, other_back: str) -> bool:
    """The same question twice: one prompt, or nearly one prompt with one answer. Short answers
    must match exactly ('1 of 3 stars' and '3 of 3 stars' differ); statements only when identical."""
    ratio = fuzz.ratio(front, other_front)
    if ratio == 100:
        return True
    if ratio < NEAR_DUPLICATE or card.kind == "true_false":
        return False
    if back == other_back:
        return True
    if _parallel(front, other_front):
        return False  # "what is offsettop?" and "what is offsetleft?": two names, asked alike, answered apart
    return min(len(back), len(other_back)) > 20 and fuzz.ratio(back, other_back) >= NEAR_DUPLICATE


def _parallel(front: str, other_front: str) -> bool:
    """Prompts that differ only in the one name each asks about."""
    mine, theirs = set(front.split()) - set(other_front.split()), set(other_front.split()) - set(front.split())
    return len(mine) == 1 and len(theirs) == 1 and all(len(w.strip("?.,")) >= 3 for w in (*mine, *theirs))


def _near_duplicates(cards: list[CardDraft]) -> list[LintProblem]:
    problems = []
    seen: list[str] = []
    answers: list[str] = []
    keys: list[str] = []
    kinds: list[str] = []
    notes: list[str] = []
    for card in cards:
        front, back = normalise(card.front), normalise(card.answer or card.back)
        for _, _, index in process.extract(front, seen, scorer=fuzz.ratio, score_cutoff=NEAR_DUPLICATE, limit=None):
            same_fact = card.note_key and card.note_key == notes[index]
            if (kinds[index] == card.kind or same_fact) and near_copy(card, front, back, seen[index], answers[index]):
                problems.append(LintProblem("near-duplicate prompt", card.key, f"repeats card {keys[index]}"))
                break
        seen.append(front)
        answers.append(back)
        kinds.append(card.kind)
        notes.append(card.note_key)
        keys.append(card.key)
    return problems


def lint_cards(cards: list[CardDraft]) -> list[LintProblem]:
    """Every problem in a bank's cards, in card order, then the rules across cards."""
    problems = [p for card in cards for p in card_problems(card)]
    problems += _near_duplicates(cards)
    by_fact: dict[str, list[str]] = defaultdict(list)
    for card in cards:
        if card.note_key:
            by_fact[card.note_key].append(card.key)
    for note_key, keys in by_fact.items():
        if len(keys) > MAX_CARDS_PER_FACT:
            problems.append(
                LintProblem("too many cards from one fact", keys[-1], f"{len(keys)} cards from note {note_key}")
            )
    return problems
