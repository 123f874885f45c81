"""Facts from plain prose: sentences that state something, asked as a cloze of their rarest term.

A sentence qualifies by its shape ("X states that …", "Unlike X, Y …", "X, such as A and B, …",
a number, a name, a contrast, "X is/are/has/uses …"), not by emphasis. What to hide is chosen by
a real signal: word rarity from wordfreq (a word learners rarely meet is what the sentence
teaches), with numbers and names ranked high where the sentence is about them. Instructions to
the reader ("Add this code …", "you will …", a checklist's "[ ] Use …", "Don't …") and questions
are not statements, and neither are a description without its subject ("**Stores** …", unless a
lead-in names it), a phrase without a verb (a caption), an item under a lead-in that points
elsewhere ("This method has some shortcomings:"), or the document's scaffolding (captions,
history, praise, walkthroughs: `language.scaffolding`). The blank must be a thing the card does
not give away (`prompts.fair_blank`), not inside a parenthesis that restates its neighbour, a
placeholder, or one of two names side by side; a symbol named in parentheses ("% (percent
sign) is …") is the blank, without its name. A section gives only its best few statements, so
prose fills the gaps other facts leave.
"""

import re

from lemminflect import getAllLemmas
from wordfreq import zipf_frequency

from quizzes.generation.extractors import definitions, key_sentences
from quizzes.generation.facts import CardDraft, Fact
from quizzes.generation.language import (
    ADDRESSED,
    DEPENDENT_OPENING,
    among_adjectives,
    bare_order,
    can_be_a_thing,
    can_describe,
    clause_holding,
    clozable,
    describes_an_action,
    given_by_the_sentence,
    has_verb,
    headless,
    impersonal,
    in_a_purpose_clause,
    instruction,
    kind_after_its_name,
    lacks_main_clause,
    leans_on_a_referent,
    listed_checks,
    markup_residue,
    mostly_instructions,
    only_a_relative_verb,
    opens_mid_sentence,
    passive_participle,
    placeholder,
    played_down,
    practice_section,
    rarity,
    repaired_opening,
    restated_aside,
    scaffolding,
    shares_a_root,
    spells_its_answer,
    with_named_referent,
    without_also,
    without_article_hint,
    without_asides,
    without_marks,
)
from quizzes.generation.parsing import Block, Section
from quizzes.generation.text import CODE_CLOSE, CODE_OPEN, EM_CLOSE, EM_OPEN, capitalise, mask, plain, sentences
from quizzes.generation.writing.grammar import can_be_verb, is_english
from quizzes.generation.writing.prompts import (
    DEFINES,
    claim_of,
    fair_blank,
    informative_span,
    is_statement,
    names_term,
    with_subject,
    without_callout,
    without_connective,
)
from quizzes.generation.writing.topics import in_topic, is_the_pages_acronym, is_the_subject, topic_of, uses_in_prose

NAME = "statements"
MIN_WORDS, MAX_WORDS = 7, 45
# Of a long sentence the card may ask one clause (`clause_holding`); past this many words what it
# asks is a paragraph to wade through for one blank.
MAX_STATED_WORDS = 35
PER_BLOCK = 2  # the best sentences of a paragraph or list item; the rest repeat or elaborate
# Prose fills the gaps the document's definitions, lists and tables leave; it does not flood the
# deck. The best few statements of a section, by the score of their blank, are asked.
PER_SECTION = 2
WORDS_PER_STATEMENT = 100
STRONG_SCORE = 5.0  # past the first few, a statement must blank something rarer than "workload"
DEFINING_BONUS = 1.0  # "… is called the black depth": the sentence says what its blank is
# 8 - Zipf frequency: "the" ≈ 0.3, "node" ≈ 4.1, "snapshot" ≈ 4.6, "memoization" ≈ 6.9. Past
# "node", "server" or "operators" a blank is a word any reader of the sentence would guess.
MIN_RARITY = 4.4
MIN_PAIR_RARITY = 4.0  # a neighbour joins the blank only when rarer still ("binary heap", not "by definition X")

_SIGNALS = [
    ("states", re.compile(r"\bstates?\s+that\b|\bguarantees?\b|\bensures?\b", re.I)),
    ("contrast", re.compile(r"^unlike\b|\bwhereas\b|\bin contrast\b|\binstead of\b|\brather than\b|\bbut\b", re.I)),
    ("examples", re.compile(r"\bsuch as\b|\bincluding\b|\bfor example\b|\be\.g\.", re.I)),
    ("number", re.compile(r"(?<![\w.])\d[\d,.]*%?(?![\w.])|\bO\([^)]*\)")),
    ("cause", re.compile(r"\bbecause\b|\btherefore\b|\bso that\b|\bin order to\b", re.I)),
    (
        "claim",
        re.compile(
            r"\b(?:is|are|was|were|has|have|can|cannot|must|means|refers to|stands for|allows?|uses?|returns?|"
            r"requires?|takes?|contains?|consists? of|provides?|stores?|runs?|works?)\b",
            re.I,
        ),
    ),
]
_WORD = re.compile(rf"{CODE_OPEN}[^{CODE_CLOSE}]+{CODE_CLOSE}|[A-Za-z][\w'’-]*[A-Za-z0-9]|\d[\d,.]*%?|O\([^)]*\)")
_ACRONYM = re.compile(r"^(?:[A-Z]{2,}[a-z]?|[A-Za-z]+-?\d+|[A-Z][a-z]?[A-Z]\w*)$")
ACRONYM_SCORE = 5.0
_NUMBER = re.compile(r"^(?:\d[\d,.]*%?|O\([^)]*\))$")
# "`get()` and `set()` must each run in …": one of two names side by side is guessed from the
# other, and the claim is about both.
_PEERS = re.compile(rf"{CODE_CLOSE}\s*(?:,|(?:and|or)(?:\s+the)?)\s*$|^\s*(?:,|(?:and|or)(?:\s+the)?)\s*{CODE_OPEN}")
# "JAWS and NVDA can be installed": so for two names side by side.
_NAME_PEERS = re.compile(r"\b[A-Z][\w-]*\s+(?:and|or)\s+$|^\s+(?:and|or)\s+[A-Z][\w-]*\b")
PEER_PENALTY = 1.5
_QUOTED = re.compile(r"^[\"“'‘].*[\"”'’]$")
QUOTED_BONUS = 1.5
# "George Boole (1815–1864)": the ends of a range are dates of a story, not the number it teaches.
_IN_RANGE = re.compile(r"\d\s*[–-]\s*$|^\s*[–-]\s*\d")


def _candidates(sentence: str, signal: str) -> list[tuple[float, int, str]]:
    """(score, position, text) for every span worth hiding."""
    scored = []
    for position, m in enumerate(_WORD.finditer(sentence)):
        token = m[0]
        if token.startswith(CODE_OPEN):
            code = plain(token)
            if _NUMBER.match(code):  # "`O(1)`": the complexity a sentence teaches, set as code
                scored.append((6.0 if signal == "number" else 3.5, position, code))
                continue
            peer = _PEERS.search(sentence[max(0, m.start() - 8) : m.start()]) or _PEERS.match(sentence[m.end() :])
            scored.append((5.0 - (PEER_PENALTY if peer else 0.0), position, code))
        elif token[0].isdigit() or token.startswith("O("):
            if _IN_RANGE.search(sentence[: m.start()][-3:]) or _IN_RANGE.search(sentence[m.end() :][:3]):
                continue
            scored.append((6.0 if signal == "number" else 3.5, position, token.rstrip(".,")))
        elif len(token) >= 4 or token.isupper():
            if key_sentences.shouted(token, sentence[: m.start()]):
                continue  # "OR may mean …", "NOT RECOMMENDED": a small word in capitals for stress
            score = rarity(token)
            if token[0].isupper() and position > 0 and not token.isupper():
                score += 1.0  # a name in mid-sentence
            if _ACRONYM.match(token):
                score = max(score, ACRONYM_SCORE)  # "SHA-1", "IPv6", "ATP": a name, however common
            if _QUOTED.search(sentence[max(0, m.start() - 1) : m.end() + 1]):
                score += QUOTED_BONUS  # 'the "Selection" phase': the author set the word apart
            if token[0].isupper() and _named_beside_another(sentence, m):
                score -= PEER_PENALTY
            if _SET_ASIDE.search(sentence[: m.start()]):
                score -= SET_ASIDE_PENALTY  # "… given a CNAME instead of IPAddress": the claim is the CNAME
            elif _PREFERRED.match(sentence[m.end() :]):
                score += SET_ASIDE_PENALTY  # … and the CNAME is what the contrast teaches
            scored.append((score, position, token))
    return scored


SET_ASIDE_PENALTY = 4.0  # below any name the sentence asserts
_PREFERRED = re.compile(r"^\s+(?:instead\s+of|rather\s+than)\b", re.I)
_SET_ASIDE = re.compile(r"\b(?:instead\s+of|rather\s+than)\s+(?:an?\s+|the\s+)?$", re.I)


def _named_beside_another(sentence: str, m: re.Match) -> bool:
    before, after = sentence[max(0, m.start() - 30) : m.start()], sentence[m.end() :]
    return bool(_NAME_PEERS.search(before) or _NAME_PEERS.match(after))


def _span(best: tuple[float, int, str], scored: list[tuple[float, int, str]], sentence: str) -> str:
    """The word, widened to a two-word term when a neighbour is rare too ("binary heap"), or to
    the fixed term its everyday adjectives make ("greatest common divisor")."""
    neighbours = {s[1]: s for s in scored}
    words = [m[0] for m in _WORD.finditer(sentence)]
    for offset in (-1, 1):
        other = neighbours.get(best[1] + offset)
        if other and _opening_place(other[1], words):
            continue  # "On Windows Narrator is …": the place the sentence opens with is no part of the name
        if other and _joins(best[2], other, offset) and not other[2][0].isdigit() and not best[2][0].isdigit():
            pair = f"{other[2]} {best[2]}" if offset < 0 else f"{best[2]} {other[2]}"
            if pair in plain(sentence):
                return pair
    return _with_modifiers(best[2], best[1], words, sentence)


_PLACE_PREPOSITIONS = {"on", "in", "for", "with", "under", "within", "inside"}


def _opening_place(position: int, words: list[str]) -> bool:
    return position == 1 and words[0].lower() in _PLACE_PREPOSITIONS


# "the greatest common ___", "a pair of square ___": a noun its adjectives predict. The blank
# takes the whole term. Words that pick one of many ("next", "same", "multiple") are no part of it.
_NOT_A_MODIFIER = {
    "next", "first", "last", "same", "other", "many", "few", "several", "such", "own", "only", "whole",
    "entire", "certain", "various", "different", "main", "most", "more", "less", "new", "each", "every",
    "all", "any", "some", "both", "much", "given", "single", "specific", "multiple", "additional", "following",
    # "a good ___", "a proper ___": the author's praise, no part of the term
    "good", "bad", "great", "better", "best", "nice", "proper", "simple", "easy", "useful", "important",
}  # fmt: skip
MAX_MODIFIERS = 2


def _with_modifiers(span: str, position: int, words: list[str], sentence: str) -> str:
    if not (span.isalpha() and span.islower()):
        return span
    start = position
    while position - start < MAX_MODIFIERS and start > 0 and _fixed_modifier(words[start - 1]):
        start -= 1
    term = " ".join(words[start : position + 1])
    flat = plain(sentence)
    opens_a_phrase = bool(_PHRASE_OPENER.search(flat[: flat.find(term)]))  # not "to be done ___"
    return term if start < position and term in flat and opens_a_phrase else span


# Words a noun phrase follows: "the greatest common ___", "a pair of square ___".
_PHRASE_OPENER = re.compile(r"\b(?:the|a|an|of|its|their|his|her|our|your|this|that|by|with)\s+$", re.I)


def _fixed_modifier(word: str) -> bool:
    """An adjective that may be part of a term; a comparative ("a longer ___") is the contrast the
    sentence draws, not a name."""
    adjective = getAllLemmas(word).get("ADJ", ())
    comparative = word.endswith("er") and word not in adjective
    return (
        word.isalpha()
        and word.islower()
        and word not in _NOT_A_MODIFIER
        and bool(adjective)
        and not comparative
        and not describes_an_action(word)
    )


_BEFORE_A_VERB = {
    "to", "can", "cannot", "could", "must", "should", "will", "would", "may", "might", "does", "do", "did", "not",
}  # fmt: skip


_POSSESSIVE = re.compile(r"['’]s?$")
_ARTICLES = {"a", "an", "the"}


def _joins(word: str, other: tuple[float, int, str], offset: int) -> bool:
    """A neighbour is part of the blank: rare too, the rest of a name, or the word a short
    capitalised name runs into ("VS Code", "Visual Studio": one blank, not "___ Code")."""
    name_after = offset > 0 and word.isupper() and other[2][:1].isupper()
    return other[0] >= MIN_PAIR_RARITY or _full_name(word, other[2]) or name_after


def _full_name(word: str, other: str) -> bool:
    """ "Robert Hooke": a capitalised neighbour that is no everyday word is the rest of the name."""
    return word[:1].isupper() and other[:1].isupper() and other.isalpha() and not getAllLemmas(other.lower())


def _names_a_thing(span: str, best: tuple[float, int, str], words: list[str]) -> bool:
    """A blank asks for a thing: not an adjective ("___ technologies", assistive), nor a modifier
    left without its noun ("___ space", numeric)."""
    if _POSSESSIVE.search(span) or any(_POSSESSIVE.search(word) for word in span.split()[:-1]):
        # "an operating system’s full ___" hides the owner; "a file's or ___" (snippet's AST) half a phrase
        return False
    if " " in span or not span.isalpha():
        return True
    following = words[best[1] + 1] if best[1] + 1 < len(words) else ""
    before = words[best[1] - 1].lower() if best[1] > 0 else ""
    modifier = can_describe(span) and following[:1].islower() and following.isalpha()
    verb = before in _BEFORE_A_VERB  # "not possible to ___", "must ___": a verb the lexicon lacks
    # "a data structure that ___ an associative array": a word before its object's article is a verb.
    verb = verb or (following.lower() in _ARTICLES and can_be_verb(span.lower()))
    return can_be_a_thing(span) and not describes_an_action(span) and not modifier and not verb


def _gives_away(part: str, word: str) -> bool:
    return shares_a_root(part, word) or (part.isalpha() and part.islower() and _same_word(part, word))


MIN_SAME_WORD = 5


def _same_word(word: str, other: str) -> bool:
    """ "collisions"/"collision", "global"/"globally", "team"/"teams": one form of the other, not
    "callback"/"called"."""
    a, b = word.lower(), other.lower()
    if min(len(a), len(b)) < MIN_SAME_WORD:
        return a.removesuffix("s") == b.removesuffix("s")  # "team"/"teams"
    shared = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return shared >= max(MIN_SAME_WORD, min(len(a), len(b)) - 2)


# "even with proper weight ___", "many other development ___", "the specific hardware or software
# ___", "the predicted ___": the head of a compound whose everyday modifier stays in the sentence.
# The phrase predicts the word; it is not the term, name or number the sentence teaches. A word
# rare enough to be a term of its own ("neural network backpropagation") still is one.
RARE_HEAD = 6.0
_NAMING = re.compile(r"\b(?:called|known as|referred to as|named|termed)\s+(?:\S+\s+)?$", re.I)
NAMING_REACH = 40
FUNCTION_WORD_ZIPF = 6.0  # "or", "time", "the": past this a word is too common to narrow a noun


def _head_of_given_compound(span: str, score: float, flat: str) -> bool:
    if not (span.isalpha() and span.islower()) or score >= RARE_HEAD:
        return False  # a term of its own
    m = re.search(rf"(?:^|(\w+)\s+)([a-z]+)\s+{re.escape(span)}\b", flat)
    if m and _NAMING.search(flat[max(0, m.start() - NAMING_REACH) : m.start()]):
        return False  # "referred to as JavaScript data ___": the sentence gives the term its name
    if not m or m[2] in _NOT_A_MODIFIER or m[2].endswith("s") or (m[1] or "").lower() in _BEFORE_A_VERB:
        return False  # "a few ___ in size", "can handle ___", "TCP handles ___": no modifier predicts it
    modifier = m[2]
    if zipf_frequency(modifier, "en") >= FUNCTION_WORD_ZIPF:
        return False  # "trust commands or ___": "or" is no modifier, whatever the lexicon says
    # A noun ("security ___", "development ___") or a participle ("the predicted ___") narrows the
    # head to one word; an adjective ("no explicit ___", "a longer ___") leaves it open.
    lemmas = getAllLemmas(modifier)
    return "NOUN" in lemmas or (modifier.endswith("ed") and "VERB" in lemmas)


# "files that a Git ___ can version", "the React ___ tree": an everyday noun after a name in
# mid-sentence is the head of the name's compound, which the name predicts.
_NAME_BEFORE = re.compile(r"(?<=\w )[A-Z][\w.-]*\s+$")


def _head_of_a_name(span: str, score: float, flat: str) -> bool:
    if not (span.isalpha() and span.islower()) or score >= RARE_HEAD:
        return False
    return bool(_NAME_BEFORE.search(flat[: flat.find(span)]))


def _unfit_for_a_cloze(flat: str) -> bool:
    """A table row or reference link read as prose, a "the object" the sentence never
    introduces, or a summary bullet whose only verb is in its relative clause."""
    return markup_residue(flat) or leans_on_a_referent(flat) or only_a_relative_verb(flat) or bool(_ADVICE.search(flat))


# "The goal should be to have as many offers overlapping …", "If all of the notebooks are named …,
# use underscores": the author's advice for one situation, whose blank any sensible word would fill
_ADVICE = re.compile(r"\b(?:should|ought to)\b|^if\b[^,]*,\s+(?:use|do|don['’]t|avoid|try|make|keep|choose)\b", re.I)


# "Event, according to Merriam-Webster, is …": the source of a claim is not what it teaches.
_SOURCE = re.compile(r"\baccording to\s*$", re.I)


def _answer(sentence: str, signal: str, section: tuple[str, ...]) -> tuple[float, str] | None:
    """The best span to hide that the card does not give away, with its score."""
    scored = _candidates(sentence, signal)
    words = [m[0] for m in _WORD.finditer(sentence)]
    flat = plain(sentence)
    for best in sorted(scored, key=lambda s: (-s[0], s[1])):
        if best[0] < MIN_RARITY:
            return None
        span = _span(best, scored, sentence)
        if restated_aside(span, flat) or placeholder(span) or _SOURCE.search(flat[: flat.find(span)]):
            continue
        if given_by_the_sentence(span, flat) or key_sentences.open_place(span, flat):
            continue  # "truthy unless defined as ___", "a distance of ___ from itself", "runs in ___"
        if any(_gives_away(part, word) for part in span.split() for word in words if word not in span.split()):
            continue  # "to decrypt …, the matrix used for ___", "In the case of hash ___, … collision resolution"
        if _head_of_given_compound(span, best[0], flat) or _head_of_a_name(span, best[0], flat):
            continue
        before = flat[: flat.find(span)]
        if re.fullmatch(r"(?:In|On|For|With|Under)\s+", before) and flat[len(before) + len(span) :].startswith(","):
            continue  # "In ___, subshells are …": the context the sentence opens with is no claim of it
        if passive_participle(span, before) or played_down(before) or in_a_purpose_clause(span, flat):
            continue  # "was later ___ to Python 2.7", "not just in ___ events", "To trigger ___ …, use …"
        if among_adjectives(before, flat[len(before) + len(span) :]):
            continue  # "individual, ___ decision trees … are prone to overfitting": one qualifier of several
        if kind_after_its_name(span, before):
            continue  # "use the types ___": the name is the fact, its kind any reader supplies
        if _names_a_thing(span, best, words) and fair_blank(span, flat, section):
            return best[0], span
    return None


# "% (percent sign) is a wildcard character that …": a symbol named in parentheses. The symbol is
# the fact (which wildcard matches one character?); its name beside it would give it away, and a
# blank on the name asks only how to say "_".
_NAMED_SYMBOL = re.compile(
    r"^(?P<symbol>[^\w\s()]{1,3}|_{1,2})\s+\([^()]+\)\s+(?P<claim>(?:is|are|means|matches|represents|stands for)\b.+)$"
)
SYMBOL_SCORE = 6.0  # as strong as a number: the sign is what a reader of the sheet must recall


def _symbol_claim(flat: str) -> str:
    """ "% is a wildcard character that …" for a symbol named in parentheses, or ''."""
    m = _NAMED_SYMBOL.match(flat)
    return f"{m['symbol']} {m['claim']}" if m else ""


def _signal(flat: str) -> str | None:
    return next((name for name, pattern in _SIGNALS if pattern.search(flat)), None)


# The page's own code and how it is written ("the scripts in this folder", "the types are documented
# using Flow notation"): facts about the repository, not the subject.
_ABOUT_THE_PAGE = re.compile(
    r"^(?:the|these|our)\s+(?:scripts?|queries|code\s+samples?|examples?\s+code|files?\s+in\s+this)\b|"
    r"\b(?:this|the)\s+(?:repo|repository|folder|directory)\b|\b(?:are|is)\s+documented\s+(?:using|with|in)\b",
    re.I,
)


_ASKED_INDIRECTLY = re.compile(r"^(?:what|how|why|when|where|which|whether)\s+(?:to|much|many|you|we)\b", re.I)


def _is_statement(flat: str) -> bool:
    if not MIN_WORDS <= len(flat.split()) <= MAX_WORDS or flat.endswith(("?", ":")) or scaffolding(flat):
        return False
    if not has_verb(flat) or opens_mid_sentence(flat):
        return False  # a caption or a blurb (no verb), or a bullet going on from its heading
    if _ABOUT_THE_PAGE.search(flat):
        return False  # "The scripts were written and tested in PostgreSQL 9.4.4.": about the repository
    if _ASKED_INDIRECTLY.match(flat):
        return False  # "What to learn can be an overwhelming question …": musing, no claim to recall
    # "It …", "This …": a sentence that leans on the one before is not a self-contained card.
    # "[ ] Use encryption …", "Don't store …": a step to take, not a claim.
    addressed = ADDRESSED.search(flat) and not reader_rule(flat)
    return not (addressed or instruction(flat) or bare_order(flat) or DEPENDENT_OPENING.match(flat))


# "you can still take up to 25% of your pension pot", "you have to buy the annuity within 6 months":
# guidance in the second person states a rule with its number, true of any reader.
_ANY_READER = re.compile(
    r"\byou\s+(?:\w+\s+)?(?:can(?:not|'t)?|may|must|have to|need to|only have|are (?:allowed|entitled|required)|"
    r"get|pay|will (?:get|pay|have|need|be))\b",
    re.I,
)
_SPEAKER = re.compile(r"\b(?:we|our|us|let's|let us|i|i'm|i've)\b", re.I)
_RULE_NUMBER = re.compile(
    r"(?<![\w.])(?:£|\$|€)?\d[\d,.]*\s*(?:%|per\s?cent|years?|months?|weeks?|days?|hours?)?(?![\w.])"
)


def reader_rule(flat: str) -> bool:
    """A rule of guidance that addresses any reader with its number ("you can take up to 25% …"),
    not a tutorial's step ("you will now add …") or its speaker ("we", "let's")."""
    return bool(_ANY_READER.search(flat) and _RULE_NUMBER.search(flat) and not _SPEAKER.search(flat))


# "Here's what makes the DOM powerful:", "Understanding the `defer` attribute:", "Why closures
# matter:": a lead-in naming what its bullets ("Provides …", "Ensures …") are about.
_REFERENT = [
    re.compile(r"^(?:here's|here is) what (?:makes|gives) (?P<subject>.+?) (?:\w+)$", re.I),
    re.compile(r"^(?:understanding|about|inside|meet) (?P<subject>.+)$", re.I),
    re.compile(r"^(?:what|why|how) (?P<subject>.+?) (?:does|do|matters?|works?|helps?)$", re.I),
]
MAX_REFERENT_WORDS = 5


def _referent(lead: Block | None) -> str:
    """What the bullets under a lead-in are about, or ''."""
    if lead is None or lead.kind not in ("paragraph", "label"):
        return ""
    text = plain(lead.text).strip()
    if not text.endswith(":"):
        return ""
    text = text[:-1].strip()
    for pattern in _REFERENT:
        if (m := pattern.match(text)) and 0 < len(m["subject"].split()) <= MAX_REFERENT_WORDS:
            subject = m["subject"]
            if subject.split()[0].lower() in ("the", "a", "an") or subject[:1].isupper() or "`" in lead.text:
                return subject
    return ""


def leaning_lead(lead: Block | None) -> bool:
    """A lead-in ending in a colon that points outside itself ("This method has some
    shortcomings:"): its items ("The data sent is limited to about 2000 characters") are true
    only of what it points at, which no card of an item could name."""
    if lead is None or lead.kind not in ("paragraph", "label"):
        return False
    text = without_marks(plain(lead.text)).strip()
    last = sentences(text)[-1] if text else ""
    return last.endswith(":") and bool(DEPENDENT_OPENING.match(last) or scaffolding(last) == "leaning")


def budget(section: Section) -> int:
    """How many statements a section may give: a few, and one more for every so many words of a
    long section, taken only by a strong blank (a rare term, a name, a number)."""
    words = sum(len(text.split()) for _, text in section.texts_by_block())
    return PER_SECTION + words // WORDS_PER_STATEMENT


def _worth_reading(section: Section) -> bool:
    return not practice_section(section.path)


def _checklist(block: Block) -> bool:
    return mostly_instructions(tuple(plain(item.text) for item in block.items))


def extract(section: Section) -> list[Fact]:
    if not _worth_reading(section):
        return []
    found: list[tuple[float, Fact]] = []
    previous = {b.id: a for a, b in zip(section.blocks, section.blocks[1:], strict=False)}
    checklists = {block.id for block in section.blocks if block.kind == "list" and _checklist(block)}
    checklists |= listed_checks(section.blocks)  # "… you should make sure that:" over things to check
    for block, text in section.texts_by_block():
        lead = previous.get(block.id)
        subject = _referent(lead) if block.kind == "list" else ""
        if block.kind == "list" and not subject and leaning_lead(lead):
            continue  # "This method has some shortcomings:": each item's claim holds only of "this"
        if block.id in checklists:
            continue  # a checklist: every item is a step, whatever its grammar
        in_block = []
        for sentence in sentences(text):
            if (sentence := clozable(sentence)) is None:
                continue  # raw LaTeX, n and k the card could not define, "Returns true if …" of an unnamed operator
            if key_sentences.has_term(sentence):
                continue
            sentence = impersonal(repaired_opening(claim_of(sentence)))  # "In Genetic Algorithm the …"
            flat = plain(sentence)
            stated = without_connective(without_callout(sentence))
            named = with_named_referent(stated, section.path)
            if named is None:
                continue  # "The run time complexity is …": whose, the card could not say
            if named != stated:  # "The algorithm uses …" → "Dijkstra's Algorithm uses …"
                sentence, flat = named, plain(named)
            described = headless(sentence)  # "**Stores** position …": the subject is elsewhere
            if not _is_statement(flat) or (described and not subject):
                continue  # a description of something the sentence does not name
            if lacks_main_clause(without_callout(flat)):
                continue  # "Variance errors, which are caused by …": an item, not a claim
            if _unfit_for_a_cloze(flat):
                continue
            if definitions.is_definition_sentence(section, sentence):
                continue
            signal = "number" if ADDRESSED.search(flat) else _signal(flat)  # a reader's rule asks its number
            if _symbol_claim(flat):
                signal, answer = "symbol", (SYMBOL_SCORE, flat.split()[0])
            elif signal is None or not (answer := _answer(sentence, signal, section.path)):
                continue
            score, term = answer
            if signal == "number" and ADDRESSED.search(flat) and not _NUMBER.match(term.strip("£$€%")):
                continue  # a reader's rule is asked for its number, nothing else of it
            subject_of = subject if described else ""
            if not _renders(flat, term, subject, subject_of):
                continue  # no card would come of it: it must not take a place in the budget
            score += DEFINING_BONUS if DEFINES.search(flat) else 0.0
            fields = {"sentence": without_marks(flat), "answer": term, "signal": signal}
            if _set_apart(sentence, term):
                fields["set_apart"] = True  # "different _hardware_ requirements": the author's own stress
            if subject:
                fields["subject"] = subject
            if subject_of:
                fields["described"] = subject_of
            fact = Fact(NAME, section.path, cue=flat, group=signal, fields=fields, blocks=(block.id,))
            in_block.append((score, fact))
        in_block.sort(key=lambda f: -f[0])
        found.extend(in_block[:PER_BLOCK])
    ranked = sorted(found, key=lambda f: -f[0])
    extra = [f for f in ranked[PER_SECTION:] if f[0] >= STRONG_SCORE][: budget(section) - PER_SECTION]
    best = {id(fact) for _, fact in ranked[:PER_SECTION] + extra}
    return [fact for _, fact in found if id(fact) in best]  # in reading order


# A word in small letters said once: "editing real ___" (codebases), "for ___" (readability). A
# term the page teaches comes back; a word said in passing is what the sentence happens to say.
MIN_USES_OF_A_WORD = 2


def _passing_word(answer: str) -> bool:
    """An everyday word in small letters, neither a name, code, nor a number, that the document's
    prose says only once."""
    if not re.fullmatch(r"[a-z][a-z-]*(?: [a-z][a-z-]*)?", answer):
        return False
    return uses_in_prose(answer) < MIN_USES_OF_A_WORD


# "In code ___, …": the setting a sentence opens with; "… for ___.": the purpose it ends with;
# "… when editing real ___": the occasion; "… and ___ for production": a verb of the process
_FRONTED = re.compile(r"^(?:in|on|for|at|with|from|during|after|before)\s+(?:\w+\s+){0,3}_____[^,]*,", re.I)
_TRAILING_PURPOSE = re.compile(r"\b(?:for|to)\s+(?:\w+\s+){0,1}_____\W*$", re.I)
_VERB_BEFORE = re.compile(r"\b(?:and|or|then|is|are|was|were|be|been|being|gets?|got)\s+$", re.I)
_OCCASION = re.compile(r"\b(?:when|while|whenever)\s+\w+ing\s+(?:\w+\s+){0,2}_____", re.I)


def _aside_of_the_claim(stated: str, answer: str) -> bool:
    """Whether the blank is where a sentence says the setting, the purpose or the occasion of its
    claim, or a verb of it, rather than what it claims."""
    front = mask(stated, answer)
    # "and transpiled for …", "is bundling": a verb's form, in the lexicon or made from a verb it lacks
    # ("a sandboxed environment" is an adjective's use)
    verb = (
        " " not in answer
        and answer.endswith(("ed", "ing"))
        and (can_be_verb(answer) or not is_english(answer))
        and bool(_VERB_BEFORE.search(front.partition("_____")[0]))
    )
    return bool(verb or _FRONTED.match(front) or _TRAILING_PURPOSE.search(front) or _OCCASION.search(front))


def _set_apart(sentence: str, term: str) -> bool:
    """The author set the word apart: emphasised, bold or quoted."""
    return bool(re.search(rf"[{EM_OPEN}“\"‘']\s*{re.escape(term)}\s*[{EM_CLOSE}”\"’']", sentence))


def _stated(sentence: str, subject: str, described: str = "", answer: str = "") -> str:
    """The sentence as the card states it: a call-out label ("📝 Element types: div elements
    take …") and a leading connective are layout, a speaker's asides ("of course", "just") are
    dropped, and of clauses joined by a semicolon only the one holding the answer is asked; a
    subjectless bullet takes its lead-in's subject (`described`: one the author's bold verb
    showed to lack it, "**Stores** position …")."""
    if symbol_claim := _symbol_claim(sentence):
        return symbol_claim
    stated = without_also(without_asides(without_connective(without_callout(sentence))))
    stated = clause_holding(stated, answer) if answer else stated
    if described:
        verb, _, rest = stated.partition(" ")
        return f"{capitalise(described)} {verb.lower()} {rest}"
    return with_subject(stated, subject) if subject else stated


def _renders(sentence: str, answer: str, subject: str, described: str = "") -> bool:
    stated = _stated(sentence, subject, described, answer)
    if _symbol_claim(sentence):
        return mask(stated, answer).count("_____") == 1  # a sign is no word for the word checks
    if len(stated.split()) > MAX_STATED_WORDS:
        return False
    stating = is_statement(stated) or (reader_rule(stated) and _NUMBER.match(answer.strip("£$€%")) is not None)
    return stating and informative_span(answer, stated) and mask(stated, answer) != stated


# "In Earth, …", "When setting up Git, …": the topic `in_topic` puts before a sentence
_TOPIC_PUT_BEFORE = re.compile(r"^(?:In|When) [^,]{1,80}, ")


def leans_on_a_topic(card: CardDraft) -> bool:
    """Whether the cloze's sentence needed its section's topic put before it to be read alone:
    the author's sentence ("Igneous rock is formed through …", the explanation) names none."""
    return bool(_TOPIC_PUT_BEFORE.match(card.front)) and not _TOPIC_PUT_BEFORE.match(card.explanation)


def render(fact: Fact, siblings: list[Fact], index: int) -> list[CardDraft]:
    sentence, answer = fact.fields["sentence"], fact.fields["answer"]
    subject, described = fact.fields.get("subject", ""), fact.fields.get("described", "")
    stated = _stated(sentence, subject, described, answer)
    if not _renders(sentence, answer, subject, described) or is_the_subject(answer) or is_the_pages_acronym(answer):
        return []
    if _passing_word(answer) and not fact.fields.get("set_apart") and _aside_of_the_claim(stated, answer):
        return []
    front = mask(stated, answer)
    topic = topic_of(fact.section)
    front = without_article_hint(front if names_term(topic, answer) else in_topic(topic, front))
    if spells_its_answer(front, answer):
        return []
    common = {"note_key": fact.key, "section": fact.section_label}
    return [CardDraft(key=f"{fact.key}:cloze", kind="cloze", front=front, back=answer, explanation=sentence, **common)]
