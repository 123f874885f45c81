"""Defined terms: emphasised words defined in the sentence around them, with aliases, and a
heading's term defined by its "Definition:" item.

"A **container** is defined as …", "_Hypervisor_: also known as a _virtual
machine monitor_ (VMM), is …", "called _Containerization_, and it is defined as …",
"a _container runtime_, which is …", "**WSL 2** (Windows Subsystem for Linux)".
"""

import itertools
import re
from collections import Counter
from functools import lru_cache

import inflect
from wordfreq import zipf_frequency

from quizzes.generation.extractors import comparisons
from quizzes.generation.facts import CardDraft, Fact, mcq
from quizzes.generation.language import ADDRESSED, CASE_BEFORE_TERM, IMPERATIVE, impersonal, is_gloss
from quizzes.generation.parsing import Section
from quizzes.generation.text import (
    CODE_CLOSE,
    CODE_OPEN,
    MONTH,
    OUTLINE_NUMBER,
    capitalise,
    mask,
    normalise,
    plain,
    sentences,
    strip_trailing,
    with_math_as_text,
)
from quizzes.generation.text import EM_CLOSE as C
from quizzes.generation.text import EM_OPEN as O
from quizzes.generation.writing.distractors import fits_as_well, is_kin, member_sentences, members_said, same_kind
from quizzes.generation.writing.grammar import (
    UNCOUNTED_GENUS,
    as_common,
    be,
    can_be_verb,
    in_dictionary,
    is_acronym,
    is_adjective,
    is_base_verb,
    is_english,
    is_noun,
    is_only_adjective,
    is_only_verb,
    is_past_tense,
    is_plural,
    plural,
    reading_a_document,
    reads_as_name,
    singular,
    third_person,
    verb_base,
    with_article,
    written_as_name,
    written_counted,
    written_small,
)
from quizzes.generation.writing.prompts import (
    BRAND_ZIPF,
    HEDGED_MEANING,
    HEDGES,
    MAY_MEAN,
    TALKS_TO_READER,
    definition_question,
    gloss_shape,
    is_definition_worth_asking,
    is_label,
    is_real_name,
    names_term,
    needs_topic,
    opens_with,
    rarest_zipf,
    subject_form,
    term_question,
    told_what_happened,
    two_things,
    verb_object_question,
)
from quizzes.generation.writing.topics import (
    UPPER_CAMEL,
    acronym_spelled_out,
    document_subject,
    document_topic,
    in_topic,
    page_code,
    page_name,
    possessive,
    studied_field,
    title_cased_english,
    titled,
    topic_of,
)

NAME = "definitions"
inflect_engine = inflect.engine()

_TERM = f"{O}(?P<term>[^{O}{C}]{{1,60}}){C}"
_ALIAS = r"\((?P<alias>[^()]{1,40})\)"
_ART = r"(?:(?:A|An|The|a|an|the)\s+)?"
_COLON = re.compile(rf"^{_TERM}\s*:\s*(?P<rest>.+)$")
_IS = re.compile(
    rf"^{_ART}{_TERM}\s*(?:{_ALIAS})?\s*,?\s+(?:is|are)\s+(?:defined as\s+|called\s+|known as\s+)?(?P<definition>.+)$"
)
_CALLED = re.compile(rf"\bcalled\s+{_TERM},?\s+and\s+it\s+is\s+(?:defined\s+as\s+)?(?P<definition>.+)$")
_REGARDED_AS = re.compile(
    rf"^(?P<definition>(?:Anything|Everything|Something|Any|Each|Every|A|An|The)\s[^{O}{C}]{{10,200}}?)\s+(?:is|are)\s+"
    rf"(?:regarded|known|referred\s+to|called|described)(?:\s+by\s+[^,{O}]{{2,40}}?)?\s+as\s+(?:an?\s+|the\s+)?{_TERM}\.?$"
)
# "Meters that divide the beat into two equal parts are *simple meters*": what the things are, then
# the marked name the author gives them, as a textbook introduces a term.
_NAMED_LAST = re.compile(
    rf"^(?P<definition>(?:(?:An?|The|Any|Each|Every)\s+)?[A-Za-z][a-z-]+(?:\s+[a-z][a-z-]+)?\s+(?:that|which|who|whose|"
    rf"with|without|in\s+which)\s[^{O}{C};:]{{10,200}}?)\s+(?:is|are)\s+(?:called\s+|known\s+as\s+)?"
    rf"(?:an?\s+|the\s+)?{_TERM}\.?$"
)
_WHICH_IS = re.compile(rf"\b(?:a|an|the)\s+{_TERM},\s+which\s+is\s+(?P<definition>.+)$")
_AKA = re.compile(
    rf"^also\s+known\s+as\s+{_ART}(?:{O}(?P<aka>[^{O}{C}]+){C}|(?P<aka_plain>[^,(]+?))\s*(?:{_ALIAS})?\s*,\s*(?P<rest>.+)$"
)
_ABBREVIATION = re.compile(rf"{_TERM}\s*\((?P<expansion>[^()]{{6,80}})\)")
_LEADING_VERB = re.compile(r"^(?:is|are)\s+(?:defined as\s+)?")


def _looks_like_abbreviation(term: str) -> bool:
    return len(term) <= 12 and sum(c.isupper() or c.isdigit() for c in term) >= 2


_ENUMERATION = re.compile(r"[\w°⁺⁻²³.+#'’-]+(?: [\w°⁺⁻²³.+#'’-]+)?(?:,\s*[\w°⁺⁻²³.+#'’-]+(?: [\w°⁺⁻²³.+#'’-]+)?)+")


def _expansion_of(term: str, gloss: str) -> bool:
    """'Dynamic Host Configuration Protocol' for DHCP, 'Virtual Local Area Network' for VLAN: a gloss
    whose words' initials spell the acronym (small words may be left out)."""
    if not term.isupper() or not term.isalpha() or not 2 <= len(term) <= 8:
        return False
    words = re.findall(r"[A-Za-z][\w'-]*", gloss)
    if len(words) > 8 or not all(w[:1].isupper() for w in words if w.lower() not in _SMALL_WORDS_IN_NAMES):
        return False
    initials = "".join(w[0] for w in words if w.lower() not in _SMALL_WORDS_IN_NAMES).upper()
    return initials == term or "".join(w[0] for w in words).upper() == term


_SMALL_WORDS_IN_NAMES = {"of", "and", "the", "for", "in", "on", "to", "a", "an"}


def _restates(term: str, definition: str) -> bool:
    """ "Keyword: keywords can be …": the definition opens with the term itself."""
    head = definition[: len(term) + 1].lower()
    if not head.startswith(term.lower()):
        return False
    rest = head[len(term) :]
    return not rest or rest == "s" or not (rest[0].isalnum() or rest[0] == "_")


# "Routing is one of the surprisingly tricky parts of …", "Accessibility is a relatively large
# topic": a degree adverb after the article grades the term instead of saying what it is.
_APPRAISAL = re.compile(
    r"^(?:(?:a|an|the|one of the)\s+)?(?:most\s+)?(?:relatively|surprisingly|very|really|quite|fairly|pretty|"
    r"extremely|incredibly|notoriously|rather|somewhat|super|so|too|truly|especially|particularly)\b|"
    # "the foundation of interactive web applications": a metaphor of importance, not a meaning
    r"^(?:the|a|an)\s+(?:\w+\s+)?(?:foundation|cornerstone|backbone|heart|heartbeat|soul|lifeblood|basis|bedrock|secret|key|"
    r"essence|crux|building\s+blocks?)\s+"
    r"(?:of|to)\b|"
    # "Windows is a first-class citizen": a standing, not a meaning
    r"^(?:an?\s+)?first[- ]class\s+citizen\b|"
    # "the essential ingredient of your dough": how much it matters, not what it is
    r"^(?:the|an?)\s+(?:most\s+)?(?:essential|crucial|vital|important|key)\s+\w+\s+(?:of|in|for|to)\b|"
    # "the most basic and easiest way to optimize the components": a ranking among ways, no meaning
    r"^(?:the|an?|one\s+of\s+the)\s+(?:(?:most\s+)?\w+(?:est|\s+best)?\s+(?:and|or)\s+)?(?:most\s+\w+|\w+est|best|worst)"
    r"\s+ways?\s+(?:to|of)\b",
    re.I,
)
# "HTML has evolved since …", "The button resets all the form controls …": a clause with its own
# subject and verb, which says something about a subject rather than what the term is.
_CLAUSE_DEFINITION = re.compile(
    r"^(?:(?:the|a|an)\s+)?[\w-]+\s+(?:(?:has|have|had)\s+\w+ed|was|were|did|"
    r"[a-z]+s\s+(?:all|the|a|an|every|each|its|their|any))\b",
    re.I,
)


_POINTS_AT_EXAMPLE = re.compile(
    r"\b(?:the|this|that|our|above|below)\s+(?:example|snippet|listing|demo|sample|code (?:above|below))\b", re.I
)
# "Same as authentic cadence.", "Same possible meanings as half cadence": an entry
# that sends the reader to another; "Complicating matters is the fact that …": a remark, no meaning.
_ANOTHER_ENTRYS = re.compile(r"^(?:(?:the\s+)?same(?:\s+\w+){0,2}\s+as\b|the fact that\b)", re.I)
# "… of that sequence (see Recommendations DNA)", "… (a protein): see also frame", "….: descriptions
# see Recommendations DNA": a glossary's pointer to another page, which the card cannot follow.
_POINTER = re.compile(
    r"\s*\((?:see|cf\.?)\s[^()]*\)|[.:;]*\s*:\s+(?:[a-z]+\s+)?see\s.*$"
    r"|[.;]\s+see\s+also\s*:?\s.*$"  # "… in time. See also: fixed population"
    r"|^\((?:of|for|in)\s[^()]{2,60}\)\s*",  # "(of a health-related state) the proportion …": its scope, said once
    re.I,
)
_RULE = re.compile(r"^(?:do not|don't|never|always|make sure|avoid)\b", re.I)
# "used to cancel this convention": what "this" is, the sentence before said, not the card.
_POINTS_BACK = re.compile(
    r"\b(?:this|these|those)\s+(?P<noun>conventions?|rules?|cases?|methods?|approach(?:es)?|ways?|behaviou?rs?|"
    r"process(?:es)?|problems?|issues?|situations?|techniques?|ideas?|concepts?|patterns?|effects?|changes?|"
    r"operations?|steps?|settings?|options?|values?|differences?|distinctions?|relationships?|trends?|"
    r"phenomen(?:on|a)|results?|findings?|observations?)\b|"
    r"\b(?:these|those)\s+(?P<things>[a-z]+s)\b|"  # "the sequence of these overtones": of the sentence before
    # "an index into that table", "cementation of that material": the thing the sentence before named
    r"\b(?:of|into|in|from|to|onto|on|with|for|by|between|about)\s+that\s+(?!is\b|are\b|was\b|were\b|can\b|has\b)(?P<that>[a-z]{3,})\b|"
    # "the entire interface between the two worlds": two the sentences before named
    r"\bbetween\s+the\s+(?:two|three)\s+(?P<pair>[a-z]+s)\s*$",
    re.I,
)
# "Everyone maps individually first — otherwise …": a clause about people, no term.
_PRONOUN_TERM = re.compile(
    r"^(?:every|some|no|any)(?:one|body)\b|^(?:each|we|they|you|i|he|she|it|his|her|their|its|our|my|your)\s", re.I
)


def _is_property(definition: str) -> bool:
    """A remark about the term (an appraisal or a clause about something) instead of its meaning."""
    return bool(_APPRAISAL.match(definition) or _CLAUSE_DEFINITION.match(definition))


MIN_DEFINITION_WORDS = 4
MIN_CODE_GLOSS_WORDS = 3
MAX_DEFINITION_WORDS = 45  # longer is an explanation to read, not a definition to recall
EVERYDAY_LABEL = 3.0  # Zipf of a label's rarest word: "function", "rule", "use case"; not "prokaryotes"

# "the cipher key, and it should be chosen randomly …": what follows is a further claim.
_FURTHER_CLAIM = re.compile(
    r",?\s+(?:and|but|so)\s+"
    r"(?:(?:it|this|they|these)\s+(?:should|must|can|may|will|is|are)|it(?:'s|’s)|there(?:'s|’s| is| are))\b.*$"
    # "Area under the ROC curve, higher is better": how to read the value, not what it is
    r"|[,;]\s+(?:the\s+)?(?:higher|lower|bigger|smaller|more|less|larger)\s+(?:is|=)\s+(?:better|worse)$"
)


# "Like having a friend who just gets you", "Think of it as …": a simile explains by comparison and
# says nothing the term is or does.
_SIMILE = re.compile(r"^(?:just\s+)?(?:like|as if|as though|similar to|think of|imagine|picture)\b|^just\s+as\b", re.I)
# "CTR is used to evaluate …", "JavaScript uses descriptive names …": a clause about another subject.
_FINITE = re.compile(r"^(?:is|are|was|were|has|have|had|can|could|will|would|should|must|may|might|does|do)$", re.I)
# "Terraform doesn’t require …": a negated auxiliary follows a subject, never opens a verb phrase
_NEGATED = re.compile(
    r"^(?:(?:is|are|was|were|has|have|had|ca|could|wo|would|should|must|does|do|did)n['’]t|cannot)$", re.I
)
_PREPOSITION = re.compile(r"^(?:for|of|in|on|at|with|by|from|to|between|into|about|like|under|over)$", re.I)
_COPULA = re.compile(r"^(?:is|are|was|were|has|have|had)$", re.I)
_CLAUSE_LINK = re.compile(r"^(?:that|which|who|whom|whose|where|when|if|whether|because|so|how|what|than|as)$", re.I)
_DETERMINER = re.compile(r"^(?:a|an|the|one|any|each|every|some|its|their|this|these)$", re.I)
SUBJECT_SPAN = 8  # a verb this far into a definition with no link word before it has its own subject


def has_own_subject(definition: str) -> bool:
    """ "Relevance b/w user and item is non-binary", "JavaScript's logical flow matches how humans
    think": a sentence with its own subject and verb, about something other than the term. A noun
    phrase ("a tool that is …") or a verb phrase ("Uses x and y …") has no finite verb before a
    link word."""
    words = re.findall(r"[\w'’@./-]+", definition)[:SUBJECT_SPAN]
    if not words:
        return False
    if any(_NEGATED.match(word) for word in _before_link(words[1:4])):
        return True
    if words[0].lower() in ("every", "each", "all", "any") and any(
        _third_person(w) or _FINITE.match(w) for w in _before_link(words[2:5])
    ):
        return True  # "Every GraphQL API conforms to a schema": a claim about all of a kind
    if _DETERMINER.match(words[0]) or can_be_verb(words[0].lower()):
        # "a collection of objects": a plural noun may look like a verb, and "a tool everybody should
        # know" holds a clause of its own, so only "is"/"has" of a subject counts
        return any(_COPULA.match(w) for w in _before_link(words[1:]))
    for position, word in enumerate(_before_link(words[1:]), start=1):
        if _PREPOSITION.match(word):
            return False  # "responsible for routing packets": a phrase, whose nouns may look like verbs
        if _FINITE.match(word) or (position <= 3 and _third_person(word)):
            return True
    return False


def _before_link(words: list[str]) -> list[str]:
    for position, word in enumerate(words):
        if _CLAUSE_LINK.match(word) or word.endswith(","):
            return words[:position]
    return words


def _third_person(word: str) -> bool:
    """ "uses", "matches": the verb of a subject just named ("JavaScript uses …")."""
    return word.islower() and word.endswith("s") and can_be_verb(word) and verb_base(word) != word


_RESTATED_VERB = re.compile(r"^(?:is|are)\s+(?:defined as\s+)?")


def _term_forms(term: str) -> str:
    """The term as a pattern that also matches its singular: "**Blocks** – A block is …" restates
    the plural heading word as one of its members."""
    forms = [re.escape(term) + "s?"]
    if len(term) > 3 and term.endswith("s") and not term.endswith("ss"):
        forms.append(re.escape(term[:-1]))
        if term.endswith("es"):
            forms.append(re.escape(term[:-2]))
    return "(?:" + "|".join(forms) + ")"


def _without_restated_subject(term: str, definition: str) -> str | None:
    """ "Conversion Rate: Conversion Rate measures the percentage …" → "measures the percentage …":
    the definition's subject is the term, which the question already names. None when what follows
    is no definition ("Keywords can be let or var")."""
    m = re.match(rf"^{_ART}{_term_forms(term)}\s*(?:{_ALIAS})?\s+(?P<rest>\S.*)$", definition, re.I)
    if not m:
        return definition
    rest = m["rest"]
    if _RESTATED_VERB.match(rest):
        return _RESTATED_VERB.sub("", rest)
    first = rest.split(" ", 1)[0]
    return rest if _third_person(first) else None


_SECOND_CLAUSE = re.compile(
    r",?\s+(?:and|but)\s+(?=(?P<subject>(?:the|a|an|it|they|this|these|you|we)\s+(?:[\w-]+\s+){0,2})?"
    r"(?:should|must|can|cannot|will|may|might|is|are|was|were|has|have)\b)",
    re.I,
)


def _without_remark_to_reader(definition: str) -> str:
    """ "the genome of a single individual that has been thoroughly studied, to the point that we
    know exactly …": the gloss, without the clause after it in which the author talks to the reader."""
    if re.search(r"[.;!?]\s", definition):
        return definition  # a remark in a later sentence is no clause of the gloss to cut
    parts = definition.split(", ")
    for cut in range(1, len(parts)):
        if TALKS_TO_READER.search(parts[cut]):
            head = ", ".join(parts[:cut])
            if TALKS_TO_READER.search(head) or len(head.split()) < MIN_DEFINITION_WORDS:
                return definition
            return head
    return definition


_OPERATOR = re.compile(r"\s[-+*/=×÷^<>]\s|[=×÷^]")
FORMULA_WORDS = 6


def _is_formula(definition: str) -> bool:
    """ "CE(ML model) / CE(simple baseline)": an expression, which reads as no answer to "What is …?"."""
    words = re.findall(r"[A-Za-z]{3,}", definition)
    return bool(_OPERATOR.search(definition)) and len(words) < FORMULA_WORDS


# Words that make a phrase read as a sentence's part rather than a note: articles, determiners,
# relatives, auxiliaries and "to".
_SENTENCE_GLUE = re.compile(
    r"\b(?:a|an|the|its|their|each|every|any|all|this|these|those|some|one|his|her|our|your|whose|that|which|who|"
    r"where|when|is|are|was|were|be|can|will|to)\b",
    re.I,
)


# "1st", "w/", "b/w", "->": the abbreviations of notes taken in a hurry.
_NOTE_ABBREVIATION = re.compile(r"\b\d+(?:st|nd|rd|th)\b|\b(?:w/o?|b/w|approx|esp|cf)\b|->|→|=>")


def _is_note_shorthand(definition: str) -> bool:
    """ "Focus on rank of 1st relevant item": advice jotted down without articles, which says how to
    read the term rather than what it is. "randomly zero out activations during training" and
    "translates host names into addresses" say what it does."""
    return (
        _opens_with_instruction(definition)
        and not _SENTENCE_GLUE.search(definition)
        and bool(_NOTE_ABBREVIATION.search(definition))
    )


# "Experimental feature: some rules support message arguments": a remark with a subject of its own,
# which says what some things do, not what the label is.
_QUANTIFIED_CLAUSE = re.compile(
    r"^(?:some|many|most|all|few|several|no|certain)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s\s+"
    r"(?:can|may|might|will|do|does|are|have|support|use|allow|need|require|accept|provide|run|take)\b",
    re.I,
)
# "There are several steps in …": a statement that something exists, which says nothing the term is.
_EXISTENTIAL = re.compile(r"^there(?:'s|’s|\s+is|\s+are|\s+was|\s+were|\s+exists?)\b", re.I)
# "an interesting technique that removes …": the author's praise, which the gloss stands without.
_PRAISE = re.compile(
    r"^(?P<article>a|an|the)\s+(?:(?:very|really|quite|rather|extremely|particularly)\s+)?"
    # not "simple", "key" or "fundamental", which name kinds ("simple linear regression")
    r"(?:interesting|important|useful|powerful|nice|neat|cool|handy|clever|elegant|amazing|"
    r"fascinating|exciting|wonderful|fantastic|awesome|brilliant|crucial|vital)\s+"
    r"(?=[a-z])(?!(?:that|which|who|of|for|to|in|and|or)\b)",
    re.I,
)
# "an important concept, and data scientists often need …": a word for "a thing" with nothing after it
# to say which thing.
_EMPTY_GENUS = re.compile(
    r"^(?:a|an|the)\s+(?:concept|idea|thing|topic|notion|aspect|part|point|matter|subject|term|word|area|field)"
    r"(?:\s*[,;.]|\s+(?:and|but|so)\b|\s*$)",
    re.I,
)
# "the most common example of a space-time tradeoff": an instance of a kind, not what the term is.
_EXAMPLE_OF = re.compile(
    r"^(?:(?:a|an|the|one)\s+)?(?:(?:most|best|classic|common|good|typical|famous|well-known|perfect|prime|"
    r"simple|great|notable|popular|canonical)\s+)*(?:examples?|instances?|illustrations?)\s+of\b",
    re.I,
)


def without_praise(definition: str) -> str:
    """ "an interesting technique that removes …" → "a technique that removes …"."""
    m = _PRAISE.match(definition)
    if not m:
        return definition
    rest = definition[m.end() :]
    if m["article"].lower() == "the":
        return f"{m['article']} {rest}"
    article = with_article(rest.split(" ", 1)[0]).split(" ", 1)[0]
    return f"{article.capitalize() if m['article'][0].isupper() else article} {rest}"


def _is_empty_gloss(definition: str) -> bool:
    """No meaning of its own: "There are several steps …", "an important concept, and …", "the most
    common example of …", "a sport with many rules …, and can take some time to fully understand"."""
    return bool(
        _EXISTENTIAL.match(definition)
        or _QUANTIFIED_CLAUSE.match(definition)
        or _EMPTY_GENUS.match(definition)
        or _EXAMPLE_OF.match(definition)
        or _ONE_OF_A_CLASS.match(definition)
        or _says_only_how_hard(definition)
    )


# "Cricket is a sport with many rules and strategies, and can take some time to fully understand"
# (a guide's closing words, after "Cricket is a sport that is played between two teams …"): how
# hard the term is to learn, and that it has many parts, leave only its kind ("a sport").
_HOW_HARD = re.compile(
    r"\btakes?\s+(?:some\s+|a\s+(?:long\s+)?)?(?:time|while)\s+to\s+(?:fully\s+)?(?:understand|learn|master)\b"
    r"|\b(?:easy|hard|difficult)\s+to\s+(?:fully\s+)?(?:understand|learn|master)\b",
    re.I,
)
_GLUE_BEFORE = re.compile(r"(?:[,\s]|\b(?:and|that|which|it|can|may|will|is|are)\b)*$", re.I)
_MANY_PARTS = re.compile(r"\bwith\s+(?:many|lots of|a lot of|numerous)\s+[^,]+", re.I)
_KIND_WORDS_AT_MOST = 3  # "a sport", "a board game"


def _says_only_how_hard(definition: str) -> bool:
    m = _HOW_HARD.search(definition)
    if not m:
        return False
    before = _MANY_PARTS.sub("", _GLUE_BEFORE.sub("", definition[: m.start()]))
    return len(before.split()) <= _KIND_WORDS_AT_MOST


# "one of a class of probabilistic data structures": where the term belongs, which many others
# share; it tells the term from none of them.
_ONE_OF_A_CLASS = re.compile(
    r"^one\s+of\s+(?:a\s+(?:class|family|group|set|number|kind)\s+of\s+|the\s+(?:many|several)\s+|many\s+|several\s+"
    # "Discount curves are one of the primary applications of yield curves": a rank, not what they are
    r"|the\s+(?:(?:primary|main|most|key|major|important|common)\s+)+)"
    r"[\w\s-]+$",
    re.I,
)


# `xi`, `c`, `n`: a formula's symbol written as code. Two letters are a symbol only as a letter and
# its index ("xi", "w1"), and never an English word.
_CODE_SYMBOL = re.compile(rf"{CODE_OPEN}([A-Za-z][0-9ijkmnt]?){CODE_CLOSE}")
_NOT_SYMBOLS = {"a", "i", "an", "in", "on", "it", "at", "am", "no", "do", "go", "so", "to", "un", "ok"}
_LABEL_NOUN_BEFORE = re.compile(r"[A-Za-z-]{3,}$")
_LABEL_END_AFTER = re.compile(r"^(?:\s*$|\s*[,.;:)]|\s+(?:of|in|for|to|from|with|and|or|that|which)\b)")


def _symbols_in(section: Section) -> frozenset[str]:
    # Read once per section, not once per term: a glossary section holds hundreds of terms.
    if (known := _SYMBOLS_SEEN.get(id(section))) and known[0] is section:
        return known[1]
    found = frozenset(
        m for text in section.texts() for m in _CODE_SYMBOL.findall(text) if m.lower() not in _NOT_SYMBOLS
    )
    _SYMBOLS_SEEN.clear()
    _SYMBOLS_SEEN[id(section)] = (section, found)
    return found


_SYMBOLS_SEEN: dict[int, tuple[Section, frozenset[str]]] = {}


def _without_symbols(section: Section, term: str, definition: str) -> str | None:
    """ "restricts the number xi of copies … to a maximum value c", where `xi` and `c` are defined
    only by a formula elsewhere: a symbol labelling the noun before it goes ("the number of copies");
    a gloss that hangs on one otherwise is not self-contained (None)."""
    symbols = _symbols_in(section) - set(re.findall(r"\w+", term))
    for symbol in symbols:
        for m in reversed(list(re.finditer(rf"(?<![\w@^_]){re.escape(symbol)}(?![\w@^_(])", definition))):
            before, after = definition[: m.start()].rstrip(), definition[m.end() :]
            noun = _LABEL_NOUN_BEFORE.search(before)
            if not noun or not is_noun(noun[0].lower()) or not _LABEL_END_AFTER.match(after):
                return None
            definition = before + after
    return definition


# "the three main considerations …:", "the following steps:": a gloss that leaves its parts to a list.
_ANNOUNCES_PARTS = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|following|these|various|as follows)\b", re.I
)


EXAMPLE_KIND_WORDS = 6  # "a space-time tradeoff": a kind short enough to recall


def _example_fact(section: Section, term: str, definition: str, example: re.Match) -> Fact | None:
    """ "Hashing is the most common example of a space-time tradeoff": not what hashing is, but a
    kind it belongs to, asked as "What is hashing the most common example of?"."""
    kind = definition[example.end() :].strip()
    words = kind.split()
    if not term or is_step_label(term) or not 1 <= len(words) <= EXAMPLE_KIND_WORDS or not is_real_name(term):
        return None
    if _DIFFERENTIA.search(" ".join(words[1:])) or not re.match(r"^(?:a|an|the)\s", kind, re.I):
        return None  # "… of how a tradeoff is made": a clause, not a kind
    fields = {"term": term, "aliases": [], "definition": kind, "type": "example", "as": example[0].strip()}
    return Fact(extractor=NAME, section=section.path, cue=term, group="terms", fields=fields)


def _example_cards(fact: Fact, common: dict) -> list[CardDraft]:
    term = fact.fields["term"]
    subject = term.lower() if _abstract_noun_capitalised_by_place(term) else as_common(term)
    question = f"What {be(term)} {subject} {fact.fields['as'][:1].lower() + fact.fields['as'][1:]}?"
    if needs_topic(term) or needs_topic(subject):  # "Genes are an example of …": capital of the sentence
        question = in_topic(_topic_around(fact, term), question)
    back = capitalise(fact.fields["definition"])
    return [CardDraft(key=f"{fact.key}:basic", kind="basic", front=question, back=back, **common)]


# "**Purpose of Subnet Mask**: Determines …", "**Function**: Helps in …": the label names an attribute
# of the section's subject, not a term; its gloss is what that subject does.
_ATTRIBUTE_LABEL = re.compile(
    r"^(?:the\s+)?(?:main\s+|primary\s+|key\s+)?(?:purpose|function|role|goal|aim|use|usage|importance|significance|"
    r"job|responsibility|objective|task|duty|benefit|advantage|idea)s?"
    r"(?:\s+of\s+(?:an?\s+|the\s+)?(?P<owner>\S.*))?$",
    re.I,
)
_VERB_GLOSS = re.compile(r"^(?:to\s+)?(?P<verb>[A-Za-z]+)\b")


def _attribute_owner(term: str, definition: str) -> str | None:
    """The term a card may ask about: the owner of a named attribute when its gloss says what the owner
    does ("Purpose of Subnet Mask: Determines …" asks what a subnet mask determines), None for an
    attribute label with no owner or no verb ("Function: Helps in …"), else the term itself
    ("Function: a reusable block of code …" is a term)."""
    label = _ATTRIBUTE_LABEL.match(term)
    if not label:
        return term
    first = definition.split(" ", 1)[0].lower() if definition else ""
    says_what_it_does = _third_person(first) and not definition.lower().startswith("to ")
    if label["owner"] and says_what_it_does:
        return label["owner"]
    if label["owner"] or says_what_it_does or definition.lower().startswith("to "):
        return None
    return term


# "Rough ER (studded with ribosomes)", "Smooth ER (lacks ribosomes)": the brackets describe the
# term, they give no other name for it.
_DESCRIBES = re.compile(r"^(?:[a-z]+(?:ed|s)\s+(?:with|in|of|by|no|any|a|an|the)\b|lacks?\b|has\b|have\b|no\b)")
# "Distortion Risk Measures ([Wikipedia Link](…)) are …": a link's text in brackets points to where
# to read more, no other name of the term. A word that points ("link", "here", "docs", "this …")
# makes the label one when every other word is a page's ("see the official site").
_POINTING_WORDS = {"link", "links", "here", "this", "wikipedia", "wiki", "docs", "documentation", "mdn", "pdf", "video"}
_PAGE_WORDS = {"the", "see", "read", "click", "more", "on", "at", "in", "official", "full", "page", "article", "site"}
_PAGE_WORDS |= {"website", "source", "paper", "entry", "details", "info"}


def _names_a_source(alias: str) -> bool:
    words = set(re.findall(r"[a-z]+", alias.lower()))
    return bool(words & _POINTING_WORDS) and words <= _POINTING_WORDS | _PAGE_WORDS


# "``E[a]`` is the expected value, or mean, of ``a``": a formula's notation, which readers dropped
# as generic ("What is E[a]?"). An operator applied to variables ("E[a]", "P(A|B)", "Var(X)",
# "f(x, y)"; a function of code is written small, "len(s)", and "O(n)" is a bound, which a
# complexity question asks); variables joined by operators ("a + b", "x^2"; "I/O" and "C-4" are
# names: a minus or a slash is an operator only between spaces); LaTeX ("$S(x)$", "\sigma_{ab}";
# a lone command, "\section", is a LaTeX guide's term, and "\n" an escape).
_APPLIED_OPERATOR = re.compile(
    r"(?![OΘΩ]\()(?:[A-Za-z]|[A-Z][a-z]{1,2})\s*[\[(]\s*[A-Za-z](?:\s*[,;|]\s*[A-Za-z])*\s*[\])]"
)
_VARIABLES_AND_OPERATORS = re.compile(r"(?:[A-Za-z]|\d+)(?:(?:\s*[+*^=<>≤≥×÷]\s*|\s+[-/]\s+)(?:[A-Za-z]|\d+))+")
_INLINE_LATEX = re.compile(r"\$[^$\s][^$]*\$|\\[A-Za-z]{2,}")
_LATEX_COMMAND = re.compile(r"\\[A-Za-z]+\*?(?:\{[^{}]*\}|\[[^\]]*\])*")


def is_notation(term: str) -> bool:
    flat = plain(term).strip()
    if _APPLIED_OPERATOR.fullmatch(flat) or _VARIABLES_AND_OPERATORS.fullmatch(flat):
        return True
    return bool(_INLINE_LATEX.search(flat)) and not _LATEX_COMMAND.fullmatch(flat)


# "1944: Discovery of …", "1950": a year files what happened then; it is no term.
_NUMBER_TERM = re.compile(
    r"^[\d\s.,/–-]+$|"  # "March 8th 2017", "Jan 19, 2017": a date files what happened then, too
    rf"^{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}$|"
    # "Part two: Overcoming the immunity …": a book's part, whose title is no meaning
    r"^(?:part|chapter|section|lesson|unit|module|week|day)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|[ivx]+)$",
    re.I,
)


_CODE_WITH_ROLES = re.compile(rf"^(?P<code>{CODE_OPEN}[^{CODE_CLOSE}]+{CODE_CLOSE})\s*\([A-Z][\w]*(?:, [A-Z]\w*)*\)$")
_ROLE_NAMES = re.compile(r"[A-Z][a-z]+(?:, [A-Z][a-z]+)*")


def _definition_fact(
    section: Section, term: str, definition: str, aliases: list[str], *, clause_ok: bool = False, value: bool = False
) -> Fact | None:
    """`clause_ok`: "**Single responsibility**. A class has one reason to change." states a principle
    in a sentence of its own, which the term names; after a colon such a clause is about another
    subject ("Search Engines: CTR is used to …")."""
    if definition.rstrip().endswith(":") and _ANNOUNCES_PARTS.search(definition):
        return None  # "… the model that incorporates the three main considerations:" says it in the list after
    if _DANGLING.search(plain(definition).rstrip(" :")):
        return None
    if _SET_TO.fullmatch(definition.strip()) and not term.strip().startswith(CODE_OPEN):
        return None  # "**group:** `Genes and Gene Predictions`": a field set to a value, no gloss of it
    coded = term.strip().startswith(CODE_OPEN) and term.strip().endswith(CODE_CLOSE)
    if labelled := _CODE_WITH_ROLES.match(term.strip()):
        # "`converttopsbt` (Creator)": the roles the command plays, no other name for it
        term, aliases = labelled["code"], []
    if term.strip().startswith(CODE_OPEN):
        aliases = [a for a in aliases if not _ROLE_NAMES.fullmatch(plain(a or "").strip())]
    term, definition = plain(term).strip().rstrip(":").strip(), strip_trailing(plain(definition))
    # "Prerendering means computing …" under its heading: what it means, without the verb
    definition = _MEANS.sub("", without_praise(_FURTHER_CLAIM.sub("", definition)))
    if kind_first := _KIND_THEN_NAME.fullmatch(term):
        term = f"{kind_first['name']} {kind_first['kind']}"  # "The command `ls` is used to …": the ls command
    labelled = term
    if _NUMBER_TERM.match(term) or is_notation(term):
        return None
    if "\\" not in term:  # "`\dots`" in a LaTeX guide is the term, asked as written
        definition = with_math_as_text(definition)
    if (term := _attribute_owner(term, definition)) is None or _restates_its_step(term, definition):
        return None
    if (example := _EXAMPLE_OF.match(definition)) and (fact := _example_fact(section, term, definition, example)):
        return fact
    if _is_empty_gloss(definition) or (definition := _without_symbols(section, term, definition)) is None:
        return None
    if _LABELLED_GLOSS.match(definition) or _A_RESOURCE.match(definition):
        return None  # "Goal: …" is a field of the term; "a helpful resource for learning Markdown", a link's blurb
    if section.title and ADDRESSED.search(plain(section.title)) and _a_step(definition):
        # "Accessing your terminal" over "**Mac**: search in *spotlight* for terminal …": how the
        # reader does the heading's task there, not what a Mac is
        return None
    definition = _without_remark_to_reader(definition)
    # "A working session and the Scrum Team should avoid …": the gloss, then a clause of its own;
    # "The second to last event … and is timeboxed …": then a second predicate, unless a relative
    # clause ("Pods that have … and are …") is what goes on
    if (second := _SECOND_CLAUSE.search(definition)) and (
        second["subject"] or not re.search(r"\b(?:that|which|who|whom|whose|where)\b", definition[: second.start()])
    ):
        definition = definition[: second.start()]
    # "the first sharp minor key; the first sharp added in both … is always F sharp": a second sentence
    definition = re.split(r";\s+(?=(?:the|a|an|it|they|this|these|there)\s)", definition, maxsplit=1, flags=re.I)[0]
    if re.match(r"^[+−-]?\d", definition):
        return None  # "Pressure: 1 atm for gases" gives a value under a condition the label leaves out
    if _ENUMERATION.fullmatch(definition) or _ENUMERATION.fullmatch(re.sub(r"\s+or\s+", ", ", definition)):
        return None  # "Moderate: Zn, Fe, Pb, H" files members under a grade; it says what none of them is
    if _TIME_OPENING.match(definition):
        return None  # "Traditional deployment era: Early on, organizations ran …": a story, not a meaning
    if _PEOPLE.fullmatch(definition):
        return None  # "Competitive Programming 3 - Steven Halim & Felix Halim": whose it is, not what
    if is_step_label(term) or (term and (definition := _without_restated_subject(term, definition)) is None):
        return None
    if (
        CASE_BEFORE_TERM.match(term)
        or _a_claim_as_term(term)  # "people respond to economic incentives": a principle, said whole
        or ADDRESSED.search(plain(term))  # "attribute you want": the reader's, no term
        or _METADATA_LABEL.fullmatch(plain(term).strip(" :"))
        or _SIMILE.match(plain(term))
        or _A_MOMENT.match(term)
        or _COMPARED_TERM.match(term)
        or _advice(term)
        or _COMPARES_ONLY.match(definition)
        or _PRACTICE_BY_PRACTICE.match(f"{term}|{definition}")
    ):
        return None
    if (label := _LABEL_THEN_SENTENCE.match(term)) and not re.search(r"\b(?:[A-Za-z]\.){2,}", term):
        # "System Bus. The system bus is …", "Device Controllers. A device controller is …": a label,
        # then the sentence that defines what it names
        said = re.sub(rf"^{_ART}", "", label["said"])
        if singular(said.lower()) != singular(label["label"].lower()):
            return None
        term = label["said"]
    if definition.count("(") > definition.count(")"):
        definition = _UNCLOSED_ASIDE.sub("", definition)  # "… fluid (fluid inside the pleural sac": the notes' slip
    if (spelled := _SAYS_IT_STANDS_FOR.match(definition)) and _looks_like_abbreviation(term):
        # "**BDFL:** BDFL stands for "Benevolent Dictator for Life". Under this structure, …": the
        # letters, asked as such ("What is BDFL?" → "Stands for …" reads as no answer)
        return _abbreviation_fact(section, term, spelled["expansion"])
    # A setting's value says what it does in any form: "`true` - Add a semicolon at the end of …"
    if (
        _SIMILE.match(definition)
        or definition.endswith("?")
        or (not (clause_ok or value) and has_own_subject(definition))
    ):
        return None
    if _is_formula(definition):
        return None
    # "`let` - bind a variable": what a name in code does is said in fewer words than what a term means
    shortest = MIN_CODE_GLOSS_WORDS if coded else MIN_DEFINITION_WORDS
    if not term or not shortest <= len(definition.split()) <= MAX_DEFINITION_WORDS or len(definition) > 400:
        return None
    if _is_property(definition):
        return None
    # "Refactor: replace your code with …" is a step to do, not what a term means, and
    # "Keyword: keywords can be let or var" says something about the term without defining it.
    # "… each time you generate the next solution, you test if …" walks the reader through doing it.
    if (IMPERATIVE.match(definition) and definition[:1].isupper() and not value) or (
        re.search(r"\byou\b", definition, re.I) and not _GENERIC_YOU.match(definition)
    ):
        return None
    if _RULE.match(definition):  # "Do not assign a default behaviour …": a rule to follow
        return None
    if _POINTS_AT_EXAMPLE.search(definition):  # "the class selector used in the example"
        return None
    if _ANOTHER_ENTRYS.match(definition):  # "Half close - Same as plagal cadence": the other entry says
        return None
    cut_short = _DANGLING.search(term) and term.split()[-1].islower()  # not the keyword "ORDER BY"
    if _points_back(definition) or _PRONOUN_TERM.match(term) or cut_short or "=" in term:
        return None  # "Good as a: means to …", "Successful life =: …": a note's shorthand, no term
    if _restates(term, definition) or _is_note_shorthand(definition):
        return None
    if coded and _spelled_out_in(term, definition):
        return None  # "`mod` - define a module", "`pub` - public visibility": the name says it
    # "Well-Known Ports (0-1023)": a range or a number in brackets is no other name for the term
    aliases = [
        a
        for a in (_alias_name(x) for x in aliases)
        if re.search(r"[A-Za-z]{2}", a)
        and a.lower() != term.lower()
        and not _DESCRIBES.match(a)
        and not re.fullmatch(r"\s*/[^/]+/\s*", a)  # "/mərˈkeɪtər/": how to say it
        and not _names_a_source(a)
    ]
    definition = _unmatched_closers(_POINTER.sub("", definition)).rstrip(" .:;,")
    if not definition:
        return None
    fields = {"term": term, "aliases": aliases, "definition": impersonal(definition), "type": "definition"}
    if term != labelled and all(w.isalpha() and w[1:].islower() for w in term.split()):
        fields["common_noun"] = True  # "Purpose of Subnet Mask": a label's capitals, not a name's
    if definition.count("→") + definition.count("->") >= 1:
        # "Sequence: Unconsciously immune → consciously immune → …", "Thought to reside in the
        # function -> man has function": a flow or a note's shorthand, no meaning to recall
        return None
    if _opens_with_instruction(definition) and _MEASURED.search(term):
        return None  # "Emulsion temperature: Maintain the bowl at 140–150°F": what to do, no meaning
    # "`pr`: format text into pages/columns": a command's gloss opening with a verb says what it does,
    # whatever noun "format" could also be
    named_in_code = coded and bool(_COMMAND_TERM.fullmatch(term))
    acts = named_in_code and _a_command_acts(definition)
    if (
        _opens_with_instruction(definition)
        or (value and _a_setting_acts(definition))
        or acts
        or _flag_acts(term, definition)
    ):
        fields["instructs"] = True  # a step of a procedure, when its list is ordered
        # "Greedy - choose …" says what Greedy does; a program's gloss does so only as `acts` reads it
        # ("`bwm-ng` – live network bandwidth monitor" names what it is)
        if (acts or (_is_singular(term) and not named_in_code)) and not _names_an_action(term):
            fields["definition"], fields["does"] = _what_it_does(definition), True
    if acts:
        fields["command"] = True  # "`column`", "`strings`": a program's name, never "a column"
    return Fact(extractor=NAME, section=section.path, cue=term, group="terms", fields=fields)


def _a_command_acts(definition: str) -> bool:
    """ "format text into pages/columns" of `pr`: a verb and its object. "network debugging and …",
    "boot and system error messages", "table of terminfo entries" and "last non-blank character"
    are nouns, whatever verb their first word could be."""
    if not _a_setting_acts(definition):
        return False
    first, second = (w.lower().strip(",") for w in definition.split()[:2])
    # "live network bandwidth monitor", "network bandwidth measurement tool": what the program is,
    # named by its last word, whatever verb the first could be
    head = re.split(r"[,;(.]| - | – | for | of | that | which | with ", definition, maxsplit=1)[0].split()[-1].lower()
    return not (
        head in _PROGRAM_NOUNS
        or second.endswith("ing")
        or second in ("and", "or", "of", "for", "&")
        or "-" in second
        or is_plural(first)
        or (is_adjective(first) and not _DETERMINER.match(second))
        or is_only_adjective(second)
    )


_PROGRAM_NOUNS = {
    *("monitor", "tool", "tools", "utility", "utilities", "daemon", "client", "server", "estimator", "analyzer"),
    *("analyser", "program", "command", "suite", "collection", "library", "manager", "viewer", "editor", "shell"),
    *("service", "scanner", "sniffer", "emulator", "interpreter", "compiler", "debugger", "framework", "wrapper"),
}
_COMMAND_TERM = re.compile(r"[a-z][a-z0-9_-]*")
# "(also commonly spelled mergesort)", "(or hash map)": the words before the other name are the
# author's, not part of it.
_ALIAS_LEAD = re.compile(
    r"^(?:also\s+)?(?:(?:commonly|often|sometimes|usually|simply)\s+)?"
    r"(?:called|known as|spelled|spelt|written|abbreviated(?:\s+as)?|referred to as|named|or|aka|a\.k\.a\.)\s+",
    re.I,
)


def _alias_name(alias: str) -> str:
    return _ALIAS_LEAD.sub("", strip_trailing(plain(alias)))


def _is_singular(term: str) -> bool:
    """ "min and max" are two; "Divide and Conquer" is one name."""
    return (" and " not in term or reads_as_name(term)) and not (term.islower() and be(term) == "are")


_OBJECT_OPENING = re.compile(
    r"^(?:the|a|an|all|each|every|any|your|its|their|this|these|those|it|them|up|out|at|on|into|over|through)$"
)


# "`-B`, `--bytes`: List file sizes in bytes", "--icons: Display icons …": a command-line option's
# description opens with what it makes the command do, whatever else its first word can be.
_FLAG = re.compile(r"^-{1,2}[\w@]")


def _flag_acts(term: str, definition: str) -> bool:
    words = definition.split()
    if not _FLAG.match(term) or len(words) < 2 or not words[0].isalpha():
        return False
    return is_base_verb(words[0].lower())


def _opens_with_instruction(definition: str) -> bool:
    """ "choose the best option …", "look at all the possibilities …", "divide the problem …": a
    base-form verb before its object. "list of operators" opens with a noun."""
    words = _without_manner(definition.split())
    if len(words) < 2 or not words[0].isalpha():
        return False
    first = words[0].lower()
    if not is_base_verb(first):
        return False
    if len(words) > 2 and is_noun(first) and is_noun(words[1].lower()) and _POSTMODIFIED.match(words[2].lower()):
        return False  # "set operator used to combine …", "set operator which …": a noun compound
    if is_noun(first) and _CONTACT_CLAUSE.match(" ".join(words[1:5])):
        return False  # "people the donor appoints …": a noun and the clause that says which
    return bool(IMPERATIVE.match(first)) or not is_noun(first) or bool(_OBJECT_OPENING.match(words[1].lower()))


_POSTMODIFIED = re.compile(r"^(?:[a-z]+ed|which|that|whose|for|of)$")
# "the donor appoints", "you trust": a clause with its own subject and verb right after a noun
_CONTACT_CLAUSE = re.compile(
    r"^(?:(?:the|a|an|your|their|his|her|its|our)\s+(?:[a-z]+\s+)?[a-z]+\s+[a-z]+(?<!s)s|(?:you|they|we|i)\s+[a-z]+)\b"
)


def _names_an_action(term: str) -> bool:
    """ "Persisting your work", "Clean up": a step's name, whose instruction is what to do, not
    what a thing does."""
    words = term.split()
    if len(words) < 2 or reads_as_name(term):
        return False  # "Backtracking", "Divide and Conquer": the name of a method
    first = words[0].lower()
    return first.endswith("ing") or is_only_verb(first) or bool(IMPERATIVE.match(first))


def _without_manner(words: list[str]) -> list[str]:
    """ "randomly zero out activations": the adverb before the verb says how, not what."""
    if len(words) > 2 and words[0].lower().endswith("ly") and words[0].isalpha() and not is_noun(words[0].lower()):
        return words[1:]
    return words


_LINKS = {"and", "or", "then"}  # "and then solve those parts": a second verb of the same instruction


def _what_it_does(instruction: str) -> str:
    """ "look at all the possibilities and select the best" → "looks at all the possibilities and
    selects the best": an instruction under a term says what the term does."""
    words = instruction.split(" ")
    start = len(words) - len(_without_manner(words))  # "randomly zero out …" → "randomly zeroes out …"
    out = [*words[:start], third_person(words[start])]
    for position in range(start + 1, len(words)):
        word, before = words[position], words[position - 1].lower()
        after = words[position + 1] if position + 1 < len(words) else ""
        # "split data into k folds, train on k-1, test on the rest": each step after a comma too
        linked = before in _LINKS or before.endswith(",")
        if linked and word.isalpha() and word.islower() and _acts_on(word, after):
            word = third_person(word)
        out.append(word)
    return " ".join(out)


def _acts_on(word: str, following: str) -> bool:
    """ "solve those parts", "abandon it": a base-form verb before its object, not "and parts"."""
    if not is_base_verb(word):
        return False
    return not is_noun(word) or bool(_OBJECT_OPENING.match(following.lower()))


_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|one|each|every|any)\W*$", re.I)


def _said_bare(fact: Fact | None, sentence: str, m: re.Match) -> Fact | None:
    """ "Dropout is a technique …", "TCP is a protocol …": the author names the term as its subject
    without an article, as a mass noun or a name is, so the question does not add one."""
    # "**template** is …" in small letters opens no sentence of the author's: its bareness says nothing
    if (
        fact is not None
        and fact.fields["term"][:1].isupper()
        and not _ARTICLE_BEFORE.search(sentence[: m.start("term")])
    ):
        fact.fields["bare"] = True
    return fact


_TITLE_CASED = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)*)+")


def _named_last(sentence: str) -> re.Match | None:
    """The first of a sentence's clauses ("…, are *simple meters*; meters that … are *compound meters*")
    that names its marked term last."""
    return next((m for clause in sentence.split("; ") if (m := _NAMED_LAST.match(clause.strip()))), None)


_ONE_OF_A_KIND = re.compile(r"^one\s+(?P<kind>[a-z]+)\s+(?=that\b|which\b|used\b)", re.I)


def _clauses_naming_last(section: Section, sentence: str) -> list[Fact]:
    """The terms of a sentence's later clauses named last: its first is `_from_sentence`'s."""
    if "; " not in sentence:
        return []
    clauses = sentence.split("; ")[1:]
    found = (_NAMED_LAST.match(clause.strip()) for clause in clauses)
    return [f for m in found if m and (f := _definition_fact(section, m["term"], m["definition"], []))]


def _from_sentence(section: Section, sentence: str) -> Fact | None:
    if m := _COLON.match(sentence):
        rest, aliases = m["rest"], []
        if aka := _AKA.match(rest):
            aliases = [aka["aka"] or aka["aka_plain"], aka["alias"] or ""]
            rest = aka["rest"]
        term = m["term"]
        if not any(aliases) and (inner := _emphasised_alias(term)):
            term, aliases = inner["term"], [inner["alias"]]  # "**Row (Record)**: …" names a row, also a record
        fact = _definition_fact(section, term, _LEADING_VERB.sub("", rest), aliases)
        if fact is not None and _TITLE_CASED.fullmatch(plain(term).strip()):
            fact.fields["title_cased"] = True  # "**Cognitive Load**: …": a glossary's capitals, maybe no name's
        return fact
    if m := _IS.match(sentence):
        return _said_bare(_definition_fact(section, m["term"], m["definition"], [m["alias"] or ""]), sentence, m)
    for pattern in (_CALLED, _WHICH_IS):
        if m := pattern.search(sentence):
            return _definition_fact(section, m["term"], m["definition"], [])
    if m := _named_last(sentence):
        gloss = m["definition"]
        # "One tool that can be used to identify …" is a tool: one of several, said as a kind
        gloss = _ONE_OF_A_KIND.sub(lambda one: f"{with_article(one['kind'])} ", gloss)
        fact = _definition_fact(section, m["term"], gloss[:1].lower() + gloss[1:], [])
        if fact is not None:
            fact.fields["named_last"] = True
        return fact
    if m := _REGARDED_AS.match(sentence):
        # "Anything that triggers a function to execute is regarded by the Framework as an **Event**":
        # the marked term last, what it is first
        gloss = m["definition"]  # opened by "Anything", "Each", "A": small letters inside the answer's sentence
        return _definition_fact(section, m["term"], gloss[:1].lower() + gloss[1:], [])
    return None


_NOUN_PHRASE = re.compile(
    r"^(?:a|an|the|one|any|some|two|three|used|designed|defined|known|called|made|built|based|meant|responsible)\b",
    re.I,
)


# "In computing, a hash table (hash map) is …": the field and an alias may come with the subject.
_FIELD = r"(?:In [\w\s-]{1,30},\s*)?"


def _subject_definition(section: Section, sentence: str) -> Fact | None:
    """ "Virtualization is the creation of …" opening the section titled Virtualization; also
    "Breadth-first search (BFS) is …" under "Breadth-First Search (BFS)" and "In computing, a hash
    table (hash map) is …" under "Hash Table"."""
    if not section.title:
        return None
    title = re.escape(re.sub(r"\s*\([^()]*\)\s*$", "", section.title).strip())
    m = re.match(
        rf"^{_FIELD}{_ART}(?P<term>{title})\s*(?:{_ALIAS})?\s+(?:is|are)\s+(?:defined as\s+)?(?P<definition>.+)$",
        plain(sentence),
        re.I,
    )
    # "Kanban is useful for support teams" opens the section too, with a judgement, not a meaning.
    if not m:
        return _subject_action(section, title, plain(sentence))
    first = m["definition"].split(" ", 1)[0]
    if not (_NOUN_PHRASE.match(m["definition"]) or is_noun(first)):  # "sets of characters …" is one too
        return None
    fact = _said_bare(
        _definition_fact(section, m["term"], m["definition"], [m["alias"]] if m["alias"] else []), plain(sentence), m
    )
    if fact is not None and m.start("term") == 0 and " " in m["term"]:
        fact.fields["opens_item"] = True  # "Breadth-first search (BFS) is …": the capital is the sentence's
    return fact


# "has", "was": what the subject owns or once was, not what it does.
_NOT_ACTIONS = {"has", "was", "does", "is", "seems", "looks", "becomes", "gets", "stands"}  # "stands for": an expansion


def _subject_action(section: Section, title: str, sentence: str) -> Fact | None:
    """ "The bounded knapsack problem (BKP) removes the restriction …" opening the section titled
    Bounded knapsack problem, or "… is the 0/1 knapsack problem, which restricts …": what the
    subject does tells it from its siblings."""
    action = r"(?P<definition>(?P<verb>[a-z]+)\s.+)$"
    m = re.match(rf"^{_ART}(?P<term>{title})\s*(?:{_ALIAS})?\s+{action}", sentence, re.I)
    # "The most common problem being solved is the 0/1 knapsack problem, which restricts …"
    m = m or re.search(rf"\bthe\s+(?P<term>{title})\s*(?:{_ALIAS})?,\s+which\s+{action}", sentence, re.I)
    if not m or m["verb"] in _NOT_ACTIONS or not _third_person(m["verb"]):
        return None
    return _definition_fact(section, m["term"], m["definition"], [m["alias"]] if m["alias"] else [])


def _abbreviations(section: Section, sentence: str) -> list[Fact]:
    facts = []
    for m in _ABBREVIATION.finditer(sentence):
        term, expansion = plain(m["term"]), plain(m["expansion"])
        members = all(w.isupper() for w in re.findall(r"[A-Za-z]+", expansion))
        if _looks_like_abbreviation(term) and len(expansion.split()) >= 2 and not members:
            # "**Omega-3** (ALA, EPA, DHA)": the kinds it takes in, in capitals, spell nothing out
            facts.append(_abbreviation_fact(section, term, expansion))
    return facts


# Shapes of a term leading a list item or paragraph: "Term: …", "Term - …", "Term – …",
# "**Term**. …", "Term (ABBR): …". A plain (unemphasised) term must be short and not a label
# like "Note:" or "Step 2:".
_LEAD = re.compile(
    rf"^(?:{O}(?P<em>[^{O}{C}]{{1,60}}){C}|(?P<plain>[^{O}{C}:.!?()\[\]–—]{{1,50}}?))"
    rf"\s*(?:{_ALIAS})?\s*(?P<sep>:|\.|\s-\s|\s[–—]\s?|—)\s*(?P<rest>\S.*)$"
)
# '"Modules" is the structure …': a term the author set apart with quotes, as with bold
_QUOTED_SUBJECT = re.compile(r"^[\"“](?P<term>[A-Za-z][\w -]{0,40})[\"”](?=\s+(?:is|are)\s)")
_LONE_TERM = re.compile(rf"^{_TERM}\.$")
_GLOSS_LABEL = re.compile(r"^(?:explanation|definition|meaning|description)\s*:?\s+(?=[A-Z])", re.I)
# "As mentioned before, ERC-20 contracts can have …", "Scam tokens often airdrop …": a sentence that
# argues a bold lead-in's point (what usually happens) instead of stating it ("A class has one
# reason to change" states a principle).
_POINT_MADE = re.compile(
    r"^(?:as\s+(?:mentioned|noted|said|seen)\b|another\s+(?:option|way|trick|sign)\b|"
    r"(?:\S+\s+){1,4}?(?:often|typically|usually|always|never|sometimes)\s+[a-z]+)",
    re.I,
)
_LABELS = re.compile(
    r"^(?:note|notes|example|examples|e\.g|tip|tips|warning|important|step|steps|answer|question|solution|output|"
    r"input|source|sources|see|hint|result|remember|caution|info|usage|syntax|todo|update|edit|task|challenge|"
    r"assignment|quiz|ps|nb|why|how|what|when|where|who|here|now|then|also|so|but|and|or|yes|no|first|second|"
    r"definition|definitions|description|meaning|use cases?|formula|formulas|pros|cons|advantages?|disadvantages?|"
    r"benefits?|drawbacks?|limitations?|purpose|analogy|intuition|key idea|"
    r"third|finally|next|last|for example|in short|in summary|summary|result|conclusion|pre-lecture quiz|"
    r"post-lecture quiz|review & self study|review and self study|below|above|before|after|later|again|"
    # "More positive E°: stronger oxidizing agent": a comparison's one side, no term
    r"more|less|most|least|higher|lower|greater|smaller|larger|bigger|faster|slower)\b",
    re.I,
)
_PRONOUNS = re.compile(
    r"^(?:it|this|that|these|those|there|here|what|which|who|each|every|our|your|my|its|their|he|she|we|they|you|"
    r"i|one|another|such|all|some|most|many|both|none|let|if|when|while|so|but|and|or|in|on|at|for|to|with|as|by|"
    r"from|of|after|before|then|now|also|only|just)\b",
    re.I,
)
_PLAIN_IS = re.compile(
    r"^(?:(?:A|An|The)\s+)?(?P<term>[A-Za-z`\ue002][^,;:()\ue000\ue001]{1,50}?)\s+"
    r"(?:(?:is|are)\s+(?P<definition>(?:a|an|the|one of|any|used to|defined as|known as|called)\b.+)|"
    r"(?:refers? to|means|stands for|is defined as|denotes)\s+(?P<meaning>.+))$"
)
# "X is a great choice for …" judges X rather than saying what it is.
_JUDGEMENT = re.compile(
    r"^(?:a|an|the)\s+(?:very\s+|really\s+|much\s+)?(?:good|great|excellent|better|best|bad|worse|worst|nice|"
    r"important|common|popular|simple|easy|hard|difficult|useful|powerful|key|major|big|small|perfect|ideal|lot|bit|"
    r"little|way|few|number|part|reason|problem|question|matter|must|case)\b",
    re.I,
)
_POINTER_WORD = re.compile(r"\b(?:this|that|these|those|it|also|which|here|there|such)\b", re.I)
_VERBISH = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|can|will|would|should|does|do|did)\b", re.I)


# "Switch to working branch", "Take a little time": a verb before its object or a preposition is a
# step to do, whose text is no term.
_STEP_FOLLOWER = re.compile(
    r"^(?:to|the|a|an|your|our|my|its|their|this|that|these|it|them|up|out|on|off|into|in|from|"
    r"if|whether|how|what|which|who|when|where|why)$"  # "Clarify if the given diagram …"
)


def is_step_label(term: str) -> bool:
    words = plain(term).split()
    if len(words) < 2 or not words[0].isalpha():
        return False
    first = words[0].lower()
    return can_be_verb(first) and verb_base(first) == first and bool(_STEP_FOLLOWER.match(words[1].lower()))


def _plain_term_ok(term: str) -> bool:
    flat = plain(term)
    words = flat.split()
    # "`let` - bind a variable", "`where` - denote clauses …": a word in code is the code's name, never
    # the label, pronoun or verb of a sentence it would be in prose
    coded = term.startswith(CODE_OPEN) and term.endswith(CODE_CLOSE) and len(words) == 1
    return (
        not is_step_label(flat)
        and 1 <= len(words) <= 6
        and len(flat) >= 2
        and (flat[:1].isupper() or term.startswith(CODE_OPEN) or (flat[:1].isdigit() is False and flat[:1].isalpha()))
        and (coded or not (_LABELS.match(flat) or _PRONOUNS.match(flat) or _VERBISH.search(flat)))
        and not flat[:1].isdigit()
    )


def _spelled_out_in(name: str, gloss: str) -> bool:
    """ "mod" in "define a module", "mut" in "denote mutability …": a name in code clipped from a word
    of its own gloss, which the question gives away."""
    name = name.lower()
    inflected = {name + ending for ending in ("s", "es", "d", "ed", "ing", "er", "ers")}  # "column" → "columns"
    return (
        len(name) >= 3
        and name.isalpha()
        and any(
            w.startswith(name) and len(w) > len(name) and w not in inflected
            for w in re.findall(r"[a-z]+", gloss.lower())
        )
    )


def _stopped(point: str) -> str:
    """A note's point as a sentence: its own stop, or a full stop added."""
    return point if point.endswith((".", "!", "?", ";", ":")) else f"{point}."


def _shorten(definition: str) -> str:
    """A long explanation keeps its first sentence as the definition."""
    return definition if len(plain(definition)) <= 400 else sentences(definition)[0]


_EMPHASISED_ALIAS = re.compile(r"^(?P<term>[^()]{2,40}?)\s*\((?P<alias>[A-Za-z][^()]{1,38})\)$")


def _emphasised_alias(term: str) -> re.Match | None:
    """ "Row (Record)" inside one emphasis: a term and its other name; "DDL (Data Definition Language)"
    keeps its expansion, which says what the abbreviation is."""
    inner = _EMPHASISED_ALIAS.match(plain(term))
    return inner if inner and not _looks_like_abbreviation(inner["term"]) else None


def _is_remark_lead(term: str) -> bool:
    """ "A tiny 'big picture' diagram: how …" captions what follows, and "Recommended - use …" rates
    it: a plain lead opening with "a"/"an", or a lone past participle, names no term."""
    if term.lstrip().startswith(CODE_OPEN):  # "`required`: …" names an attribute of the code
        return False
    words = plain(term).split()
    if len(words) > 1 and words[0].lower() in ("a", "an"):
        return True
    if len(words) != 1 or not words[0].isalpha():
        return False
    word = words[0].lower()
    return word.endswith("ed") and can_be_verb(word) and verb_base(word) != word


def _restates_its_step(term: str, definition: str) -> bool:
    """ "Count Frequencies: Count how many data points …" is a step label whose gloss opens with its
    own verb: the card would give itself away."""
    term_words, gloss_words = plain(term).lower().split(), definition.lower().split()
    if len(term_words) < 2 or not gloss_words or not term_words[0].isalpha():
        return False
    # "Divide and Conquer - divide the problem …" names a technique by its verbs; "Bounce Rate: Bounce
    # Rate calculates …" restates the whole term as its subject.
    if term_words[1] in ("and", "or", "&") or gloss_words[: len(term_words)] == term_words:
        return False
    first = term_words[0]
    return gloss_words[0] == first and can_be_verb(first) and verb_base(first) == first


def _leading_term(section: Section, text: str, block_id: int) -> Fact | None:
    """A list item or paragraph that opens with the term it defines."""
    m = _LEAD.match(text.strip())
    if not m:
        return None
    term = m["em"] or m["plain"]
    separator = m["sep"].strip()
    if term.count(CODE_OPEN) != term.count(CODE_CLOSE) or _DISCOURSE_LEAD.match(plain(term)):
        return None  # "Similarly, specify `::1` to …": a colon inside code, after a sentence's opening
    if m["plain"] is not None and (separator == "." or not _plain_term_ok(term) or _is_remark_lead(term)):
        return None
    if m["em"] is not None and len(plain(term).split()) > 8:
        return None
    rest = _LEADING_VERB.sub("", m["rest"])
    alias = m["alias"] or ""
    if alias.strip().startswith(CODE_OPEN):
        alias = ""  # "**Upper Bounded** (`extends`)": the syntax that writes it, no other name for it
    if m["em"] is not None and not alias and (inner := _emphasised_alias(term)):
        term, alias = inner["term"], inner["alias"]  # "**Row (Record)**: …" names a row, also a record
    if _expansion_of(plain(term), strip_trailing(plain(rest))):
        # "**DHCP** - Dynamic Host Configuration Protocol": what the letters stand for, nothing more
        return _with_block(_abbreviation_fact(section, plain(term), strip_trailing(plain(rest))), block_id)
    if _CODE_VALUE.match(term.strip()) and _EXAMPLE_ONLY.match(plain(rest)):
        return None  # "`true` - Example: `{ foo: bar }`": what it looks like, not what it means
    setting = _setting_of_a_value(section, term)
    fact = _definition_fact(
        section, term, rest, [alias], clause_ok=separator == "." and m["em"] is not None, value=bool(setting)
    )
    if fact is not None:
        fact.fields["title_cased"] = True  # "**Broadcast Domain** - …": a glossary's capitals, maybe no name's
        if term.strip().startswith(CODE_OPEN) and term.strip().endswith(CODE_CLOSE):
            fact.fields["code"] = True  # "`Self` - a type alias …": written as the code writes it
        if setting:
            fact.fields["value_of"] = setting
    return _with_block(fact, block_id)


# "metrics that tell you what you have to do next": a kind of thing, then what it does for anyone;
# "you" after the noun and its "that" is everyone's, not the reader's walkthrough
_GENERIC_YOU = re.compile(
    r"^(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+s?\s+(?:that|which|who)\s+(?:\w+\s+){0,3}?you\b", re.I
)


_KIND_THEN_NAME = re.compile(
    r"(?P<kind>command|function|method|keyword|option|flag|attribute|property|variable|module|package|directory)"
    r"\s+(?P<name>[\w./~-]*[a-z0-9_./~-][\w./~-]*)"
)
# "Goal: Specify the database information content" under "**Conceptual Data Model**": a field of
# the term, labelled, not what it means
_LABELLED_GLOSS = re.compile(r"^[A-Z][a-z]+:\s")
_A_RESOURCE = re.compile(
    r"^an?\s+(?:(?:very|really)\s+)?(?:helpful|great|useful|good|handy|excellent|nice|free|popular)\s+"
    r"(?:online\s+)?(?:resource|reference|guide|tutorial|site|website|book|course|introduction|overview|read)s?\b",
    re.I,
)


def _a_claim_as_term(term: str) -> bool:
    """ "people respond to economic incentives": a plural subject and the verb it does, a claim the
    notes label and explain, which "What are …?" cannot ask."""
    words = term.lower().split()
    return (
        len(words) >= 3
        and words[0].isalpha()
        and is_plural(words[0])
        and is_only_verb(words[1])
        and not words[1].endswith(("ed", "ing"))
    )


def _a_step(gloss: str) -> bool:
    """ "search in spotlight for …", "startup mobaXterm and …", "if using Ubuntu try …": a thing to
    do (or when), in the imperative whatever its case."""
    first = gloss.split(" ", 1)[0].lower() if gloss.strip() else ""
    return first in ("if", "when", "once", "then", "startup", "search") or bool(IMPERATIVE.match(first))


_DISCOURSE_LEAD = re.compile(
    r"^(?:similarly|however|also|then|next|finally|instead|otherwise|first|second|third|for example|"
    r"in addition|likewise|alternatively|note)\b",
    re.I,
)
_EXAMPLE_ONLY = re.compile(r"^(?:e\.g\.|example|for example|eg)\b", re.I)
# "`true`", "`"as-needed"`", "`lf`", "`2`": a value written as code, the way a setting is set
_CODE_VALUE = re.compile(rf"^{CODE_OPEN}[\"']?(?:[a-z][\w.-]{{0,24}}|-?\d[\d.]*)[\"']?{CODE_CLOSE}$")
# "`Genes and Gene Predictions`", "`8080`.": all of a label's text one value in code, as a form is filled
_SET_TO = re.compile(rf"{CODE_OPEN}[^{CODE_CLOSE}]+{CODE_CLOSE}[.;]?")
# "Valid options:", "Possible values:", "Modes:": the lead-in that says the list is a setting's values
_LEAD_IN_WORDS = 6
_VALUES_LEAD_IN = re.compile(r"\b(?P<kind>option|value|setting|mode|choice)s?\b", re.I)


def _a_setting_acts(definition: str) -> bool:
    """ "Format embedded code if …", "Un-wrap each block …": a value's gloss in the imperative, which
    says what the value makes the tool do; "Line Feed only" names a thing."""
    words = definition.split()
    if len(words) < 2 or not words[1][:1].islower():
        return False
    first = words[0].lower()
    return all(can_be_verb(p) for p in first.split("-") if len(p) > 2) and verb_base(first.replace("-", "")) in (
        first,
        first.replace("-", ""),
    )


def _setting_of_a_value(section: Section, term: str) -> str:
    """ "`preserve` - Respect the input use of quotes" under "## Quote Props", after "Valid
    options:": one value a setting takes, meaningless without it. The setting as a card names it
    ("Quote Props option"), or '' when the term is no such value."""
    if not _CODE_VALUE.match(term.strip()) or len(section.path) < 2:
        return ""
    heading = section.path[-1]
    lead_ins = (
        plain(b.text).strip()
        for b in section.blocks
        if b.kind == "paragraph" and len(b.text.split()) <= _LEAD_IN_WORDS and plain(b.text).strip().endswith(":")
    )
    m = next((m for text in lead_ins if (m := _VALUES_LEAD_IN.search(text))), None)
    if not m:
        return ""  # "`required`: the field needs …" under "Data validation" is an attribute, not a value
    kind = "option" if m["kind"].lower() in ("value", "choice") else m["kind"].lower()
    return heading if re.search(rf"\b{kind}s?$", heading, re.I) else f"{heading} {kind}"


# "Layouts are templates that wrap around …": plural terms name their genus without an article.
_PLURAL_IS = re.compile(
    r"^(?P<term>[A-Z][a-z]+(?:\s[a-z]+)?)\s+are\s+(?P<definition>(?P<genus>[a-z]+s)\s+"
    r"(?:that|which|who|whose|used|for|of|with|in|to|containing|holding|describing)\b.+)$"
)


def _plural_definition(sentence: str) -> re.Match | None:
    m = _PLURAL_IS.match(sentence)
    if not m or not (is_plural(m["term"]) and is_plural(m["genus"]) and is_noun(singular(m["genus"]))):
        return None
    return m


def _plain_definition(section: Section, sentence: str, block_id: int) -> Fact | None:
    """ "A binary search tree is a rooted binary tree …", "CSS stands for …": no emphasis needed."""
    if (short := _APPOSED_ABBREVIATION.match(plain(sentence))) and _looks_like_abbreviation(short["alias"]):
        # "A kibibyte, KiB, is an IEC-recommended unit that means 1,024 bytes": the term and its letters
        fact = _definition_fact(section, short["term"], short["definition"], [short["alias"]])
        return _with_block(fact, block_id)
    m = _PLAIN_IS.match(plain(sentence)) or _plural_definition(plain(sentence))
    meaning = m.groupdict().get("meaning") if m else None
    if not m or not _plain_term_ok(m["term"]) or (m["term"][:1].islower() and not m["term"][:1].isalpha()):
        return None
    if len(m["term"].split()) > 5 or (m["definition"] and _JUDGEMENT.match(m["definition"])):
        return None
    # "Using this also means that …" draws a consequence; a term holds no pointer words.
    if _POINTER_WORD.search(m["term"]) or (meaning and re.match(r"that\b", meaning)):
        return None
    if m["definition"] and (named := _KNOWN_AS.match(m["definition"])):
        # "Energy transfer through fluid motion is known as convection, which involves …": the name
        # comes last, and what it names is the sentence's subject
        gloss = m["term"][:1].lower() + m["term"][1:]
        definition = f"{gloss}, {named['more']}" if named["more"] else gloss
        return _with_block(_definition_fact(section, named["name"], definition, []), block_id)
    if meaning and _STANDS_FOR.search(plain(sentence)) and _looks_like_abbreviation(m["term"]):
        # "ACID stands for Atomicity, …": an expansion, asked as one (not "What is ACID?").
        return _with_block(_abbreviation_fact(section, m["term"], strip_trailing(meaning)), block_id)
    term, hedge = m["term"], _TRAILING_HEDGE.search(m["term"]) if meaning else None
    if hedge:
        term = term[: hedge.start()]  # "A sheet usually refers to a rope …": the adverb is the meaning's
    elif plain_adverb := _TRAILING_ADVERB.search(term):
        term = term[: plain_adverb.start()]  # "Coverage simply means …": the term is coverage
    fact = _said_bare(_definition_fact(section, term, m["definition"] or meaning, []), plain(sentence), m)
    if fact is not None and hedge:
        fact.fields["usually"] = hedge["adverb"].lower()
    return _with_block(fact, block_id)


_APPOSED_ABBREVIATION = re.compile(
    r"^(?:A|An|The)\s+(?P<term>[a-z][a-z -]{2,40}),\s+(?P<alias>[A-Za-z][A-Za-z0-9]{1,6}),\s+(?:is|are)\s+"
    r"(?P<definition>(?:a|an|the)\s.+)$"
)
_TRAILING_ADVERB = re.compile(r"\s+(?:simply|basically|essentially|just|also|really|actually|therefore|thus)$", re.I)
_TRAILING_HEDGE = re.compile(rf"\s+(?P<adverb>{HEDGES})$", re.I)


_STANDS_FOR = re.compile(r"\bstands for\b", re.I)
# "For some projects, "maintainers" are …": the term holds the case it is true in, which no question keeps
# "*Encouraging students to learn from each other*. Acknowledging that the material is difficult …": a
# practice told by another practice, which asks nothing a learner could answer
_PRACTICE_BY_PRACTICE = re.compile(r"^[A-Za-z]+ing\s+\S+\s+\S+[^|]*\|[A-Z][a-z]+ing\s")
_LABEL_THEN_SENTENCE = re.compile(r"^(?P<label>[A-Za-z][\w -]{1,40}?)\.\s+(?P<said>[A-Za-z][\w -]{1,40})$")
_UNCLOSED_ASIDE = re.compile(r"\s*\([^()]*$")
# "**Keywords:** Terraform, Infrastructure as Code, AWS": the page's metadata, no term of its subject
_METADATA_LABEL = re.compile(
    r"(?:key\s*words?|tags?|topics?|categories|category|labels?|authors?|contributors?|maintainers?|date|"
    r"last\s+updated|updated|version|licen[cs]e|status|level|difficulty|duration|time\s+estimation|reading\s+time)",
    re.I,
)
_TIME_OPENING = re.compile(
    r"^(?:early on|in the past|historically|originally|initially|at first|back then|nowadays|today|later on|"
    r"in (?:the )?(?:early|late)\s+\d{2,4}s?|in \d{4})\s*,",
    re.I,
)
_PERSON = r"[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+(?:van|de|von|da)\s+)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_PEOPLE = re.compile(rf"{_PERSON}(?:\s*(?:,|&|\band\b)\s*{_PERSON})*(?:\s+et\s+al\.?)?")
# "End of inspiration - recoil high, …": a moment of a cycle, which the list's order asks, no term
_A_MOMENT = re.compile(r"^(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of|during)\s", re.I)
# "Fewer skips: few pointer comparisons, but …": one side of a trade-off, no thing of its own
_COMPARED_TERM = re.compile(
    r"^(?:more|fewer|less|larger|smaller|higher|lower|bigger|longer|shorter|stronger|weaker|better|worse)\s+\w", re.I
)
# "Avoid excessive synchronization", "Always override toString": an item of advice, no term
_ADVICE_TERM = re.compile(r"^(?:(?:always|never|don't|do not)\s+)?(?P<verb>[A-Za-z]+)\s+\w", re.I)
# "The sequence is the same for the right and left chambers", "Top of the lung is actually more
# stretched than the bottom": how it compares with something else, not what it is
_COMPARES_ONLY = re.compile(
    r"^(?:(?:actually|also|usually|often|generally|always|still|much|far|even)\s+)*"
    r"(?:(?:the\s+)?same\b|similar\s+to\b|identical\s+to\b|(?:more|less)\s+\w+\s+than\b|\w{3,}er\s+than\b)",
    re.I,
)
_SAYS_IT_STANDS_FOR = re.compile(
    r"^stands\s+for\s+[\"“']?(?P<expansion>[A-Z][\w'-]*(?:\s+[\w'-]+){1,7}?)[\"”']?\s*(?:[.,;]|$)", re.I
)
_KNOWN_AS = re.compile(
    r"^(?:known as|called)\s+(?:an?\s+|the\s+)?(?P<name>[A-Za-z][\w-]*(?:\s+[\w-]+){0,3}?)"
    r"(?:,\s*(?P<more>which\s.+?)|,?\s+and\s+(?:is|are)\s.+?)?[.:]?$"
)


def _the_pages_own_letters(acronym: str, section: Section) -> bool:
    """The page's name, which its prose keeps using, or its title's subject asked outside the section
    it heads ("## ASAR" over "ASAR stands for …" is that section's own question)."""
    heads_section = bool(section.path) and normalise(section.path[-1]) == normalise(acronym)
    return acronym == page_name() or (acronym == document_subject(section.path) and not heads_section)


def _abbreviation_fact(section: Section, term: str, expansion: str) -> Fact:
    fields = {"term": term, "aliases": [], "definition": expansion, "type": "abbreviation"}
    return Fact(extractor=NAME, section=section.path, cue=term, group="abbreviations", fields=fields)


def _with_block(fact: Fact | None, block_id: int) -> Fact | None:
    if fact is not None:
        fact.blocks = (block_id,)
    return fact


def _labelled_paragraph(section: Section, label, paragraph) -> Fact | None:
    """A bold label alone on its line, defined by the paragraph under it."""
    term = strip_trailing(plain(label.text))
    if not _plain_term_ok(term) or len(term.split()) > 5:
        return None
    first = sentences(paragraph.text)[0] if paragraph.text.strip() else ""
    if (lead := _LEAD.match(first.strip())) and lead["em"] is not None and lead["sep"].strip() == ":":
        return None  # "**ER Diagrams:**" over a picture, then "**Primary key (PK):** …": the next entry's own
    fact = _definition_fact(section, term, _LEADING_VERB.sub("", plain(first)), [])
    if fact is not None:
        fact.blocks = (label.id, paragraph.id)
        fact.fields["title_cased"] = True  # "**Cognitive Load**" over its gloss: a label's capitals, maybe no name's
    return fact


_STATEMENT_ITEM_WORDS = 4


def _described_items(section: Section, block) -> list[Fact]:
    """Nested lists where a parent item names a term and its children describe it, and `Term`
    then `: definition` lists."""
    facts = []
    for item in block.items:
        term = plain(item.text)
        if not item.children or not term or term.endswith((":", ".")) or not _plain_term_ok(item.text):
            continue
        if comparisons.is_aspect(item):
            continue
        if len(re.sub(r"\([^()]*\)", " ", term).split()) >= _STATEMENT_ITEM_WORDS:
            continue  # "Mitochondria produce adenosine triphosphate (ATP)" over its details: a statement, no term
        # "Two techniques" over its own list of them labels that list; it says nothing of the term
        described = [plain(c.text) for c in item.children if c.text and not (c.children and len(c.text.split()) <= 3)]
        # Children that are entries of their own ("[Heap](…) - …", "Loki: …", "**Surveys** that we ask …")
        # make an index of members or examples, not a description.
        if block.kind != "definitions" and any(
            c.opens_with_link or _LEAD.match(c.text) or c.text.startswith(O) for c in item.children
        ):
            continue
        # Short children are an enumeration of the term's parts (the lists extractor's), not a description.
        if block.kind != "definitions" and all(len(d.split()) <= 6 for d in described):
            continue
        # "Strategies to Build Positive Expectations" over "Ensure alignment …", "Provide rubrics", …:
        # things to do, which no one sentence of them describes
        if block.kind != "definitions" and sum(_instructs(d) for d in described) * 2 >= len(described):
            continue
        # Each child a point of its own: "Carrier Sense … Avoidance. Minimizes collision potential."
        definition = described[0] if block.kind == "definitions" else " ".join(map(_stopped, described))
        facts.extend(f for f in [_with_block(_definition_fact(section, term, _shorten(definition), []), block.id)] if f)
    return facts


def _instructs(point: str) -> bool:
    first = point.split()[0] if point.split() else ""
    return bool(IMPERATIVE.match(point)) or (
        first[:1].isupper() and is_base_verb(first.lower()) and is_only_verb(first)
    )


# "carryIn", "result_bin", "pos1", "ai": names a piece of code or a formula gives its values.
_IDENTIFIER_PART = re.compile(r"^(?:[.#$@][\w-]+|[a-z]+(?:[A-Z0-9_]\w*)|[a-z]+\d+|[A-Za-z]{1,3}\d*)$")
_NAME_JOINER = re.compile(r"\s*(?:,|\band\b|\bor\b|/)\s*")
# "Legend:", "Where:", "Here:" introduce the symbols of a formula or an example just shown.
_LEGEND_LEAD = re.compile(r"^\W*(?:legend|where|here|with|variables|parameters|symbols|notation)\b", re.I)


def is_identifier(term: str) -> bool:
    """A variable of an example ("pos1 and pos2", "carryIn", "bi"), not a term of the subject. An
    acronym ("VM", "API") is a term; so is a word with capitals only at the start ("Git")."""
    parts = [p for p in _NAME_JOINER.split(plain(term).strip()) if p]
    return bool(parts) and all(_IDENTIFIER_PART.match(p) and not is_acronym(p) for p in parts)


_EXAMPLE_HEADING = re.compile(r"^\W*(?:an?\s+)?(?:worked\s+)?examples?\b", re.I)


def _legend_blocks(section: Section) -> set[int]:
    """Lists that explain the names of an example: next to a code block (past a one-line lead-in),
    or introduced as a legend ("Legend:", "Where:")."""
    blocks = section.blocks
    if _EXAMPLE_HEADING.match(section.title or ""):  # every list under "Example" explains it
        return {b.id for b in blocks if b.kind in ("list", "definitions")}
    legends = set()
    for position, block in enumerate(blocks):
        if block.kind not in ("list", "definitions"):
            continue
        before = blocks[position - 1] if position else None
        lead_in = before is not None and before.kind in ("label", "paragraph") and plain(before.text).endswith(":")
        if lead_in and _LEGEND_LEAD.match(plain(before.text)):
            legends.add(block.id)
            continue
        if before is not None and before.kind == "label" and position >= 2:
            before = blocks[position - 2]  # "**Understanding the variables:**" between code and list
        after = blocks[position + 1] if position + 1 < len(blocks) else None
        if any(b is not None and b.kind == "code" for b in (before, after)):
            legends.add(block.id)
    return legends


def _without_example_names(section: Section, facts: list[Fact]) -> list[Fact]:
    """The variables of an example are explained for the example's sake, not to be learned; so is
    the rest of a list that is mostly such variables ("Subtraction logic" among pos1 and pos2)."""
    legends = _legend_blocks(section)
    about_example = {b.id for b in section.blocks if b.id in legends and _mostly_identifiers(b)}
    return [
        f
        for f in facts
        if not (set(f.blocks) & about_example or (set(f.blocks) & legends and is_identifier(f.fields["term"])))
        and not _names_the_lessons_own_code(f.fields["term"], section)
        # "`Post` is the name of our model" over `class Post(models.Model)`; "template", the concept, is
        # also the name of a lesson's `const template`
        and not (f.fields["term"][:1].isupper() and declared_in_code(f.fields["term"], section))
    ]


_CODE_NAME = re.compile(r"^[A-Za-z_$][\w$]*(?:\(\))?$")
_CAMEL_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
PROJECT_WORD_ZIPF = 3.5  # "todo", "terrarium": a word rare enough to be the lesson's project, not the language's


_DECLARING = r"function|const|let|var|def|class|type|struct|interface|enum|trait|fn|func"


def declared_in_code(name: str, section: Section) -> bool:
    """ "Shape" under `type Shape interface {`, "renderTodos" under `function renderTodos()`: a name the
    section's own example declares, which exists nowhere else to be studied."""
    bare = name.strip().removesuffix("()")
    if not re.fullmatch(r"[A-Za-z_$][\w$]*", bare):
        return False
    code = "\n".join(b.text for b in section.blocks if b.kind == "code")
    # a cheat sheet declares "Shape" under "A basic interface" and says what implements it under "Methods"
    return bare in _DECLARED.findall(code) or bare in _declared_on_page(page_code())


_DECLARED = re.compile(rf"\b(?:{_DECLARING})\s+([A-Za-z_$][\w$]*)")


@lru_cache(maxsize=4)
def _declared_on_page(code: str) -> frozenset[str]:
    return frozenset(_DECLARED.findall(code))


def _names_the_lessons_own_code(term: str, section: Section) -> bool:
    """ "renderTodos()", "terrariumElement": a name the lesson's example declares for itself (in
    its code, or built from the project's name in the title), which exists nowhere else to be
    studied. "offsetTop", "localStorage" and "getElementById()" belong to the platform."""
    name = plain(term).strip()
    if not _CODE_NAME.match(name) or not re.search(r"[a-z][A-Z]|_|\(\)$", name):
        return False
    bare = re.escape(name.removesuffix("()"))
    code = "\n".join(b.text for b in section.blocks if b.kind == "code")
    declared = rf"\b(?:{_DECLARING})\s+{bare}\b|\b{bare}\s*=[^=]|\bid=[\"']{bare}[\"']"
    if code and re.search(declared, code):
        return True
    title = {singular(w) for w in re.findall(r"[a-z]+", section.path[0].lower())} if section.path else set()
    parts = {singular(p.lower()) for p in _CAMEL_PART.findall(name)}
    return any(zipf_frequency(p, "en") < PROJECT_WORD_ZIPF for p in parts & title)


_ENTRY_HEAD = re.compile(r"^(.{1,60}?)\s*(?::|\s[-–—]\s)")  # "`.card`: …" → ".card"


def _mostly_identifiers(block) -> bool:
    """Most entries name code: identifiers, or anything written as code (`users`, `email`)."""
    return sum(_names_code(item.text) for item in block.items) * 2 > len(block.items)


def _names_code(entry: str) -> bool:
    if entry.lstrip(O).startswith(CODE_OPEN):
        return True
    head = _ENTRY_HEAD.match(plain(entry).strip())
    return bool(head) and is_identifier(head[1])


def _attribute_examples(section: Section) -> set[str]:
    """Items under an attribute label ("Use Cases:", "Examples:", "Pros:"): "Search Engines: CTR is
    used to evaluate …" names a use of the heading's term, and defines nothing itself."""
    return {
        child.text
        for block in section.blocks
        for item in _walk(block.items)
        if _is_bare_label(item)
        for child in _walk(item.children)
    }


# "Here's what most game objects have in common:", "What makes the DOM powerful:": the items are
# traits of that subject under labels of the author's making, not terms of their own.
_TRAITS_LEAD = re.compile(r"\bwhat\b[^?]*:$", re.I)


def _traits_of_a_subject(section: Section) -> set[str]:
    traits = set()
    for before, block in zip(section.blocks, section.blocks[1:], strict=False):
        if block.kind == "list" and before.kind in ("paragraph", "label") and _TRAITS_LEAD.search(plain(before.text)):
            traits |= {item.text for item in block.items}
    return traits


def _is_bare_label(item) -> bool:
    flat = plain(item.text).strip()
    return flat.endswith(":") and bool(_LABELS.match(flat)) and len(flat.split()) <= 3


def _notes_on_an_entry(section: Section) -> set[str]:
    """ "- **Oxygen (O):** Group 16." over "  - *Biological Impact:* Creates polar bonds …": a labelled
    note on the entry above, whose label ("Biological Impact") is the note's kind, no term."""
    return {
        child.text
        for block in section.blocks
        if block.kind == "list"
        for item in _walk(block.items)
        if _LEAD.match(item.text) and item.text.startswith(O)
        for child in item.children
        if _LEAD.match(child.text)
    }


def _walk(items):
    for item in items:
        yield item
        yield from _walk(item.children)


def is_definition_sentence(section: Section, sentence: str) -> bool:
    return (
        _from_sentence(section, sentence) is not None
        or _plain_definition(section, sentence, -1) is not None
        or _leading_term(section, sentence, -1) is not None
    )


# "- Definition: Recall@k evaluates …" under "### Recall@k:": the label names the attribute, the
# heading names the term.
_DEFINITION_LABEL = re.compile(r"^\W*(?:definition|description|meaning|what it is)\s*:\s*(?P<rest>\S.*)$", re.I)
_TITLE_TERM = re.compile(r"^(?P<term>[^()]{1,60}?)\s*(?:\((?P<alias>[^()]{1,20})\))?\s*:?\s*$")


def _labelled_attribute_definitions(section: Section) -> list[Fact]:
    """The heading's term defined by a "Definition:" item among attribute items ("Use Case:",
    "Pros:"), asked as "What does Recall@k do?", not "what is definition?"."""
    m = _TITLE_TERM.match(section.title or "")
    if not m or not _plain_term_ok(m["term"]) or len(m["term"].split()) > 6:
        return []
    term, alias = m["term"].strip(), (m["alias"] or "").strip()
    for block in section.blocks:
        for item in block.items if block.kind in ("list", "definitions") else ():
            if labelled := _DEFINITION_LABEL.match(plain(item.text)):
                first = strip_trailing(sentences(labelled["rest"])[0])
                if alias and (without_alias := _without_restated_subject(alias, first)) is not None:
                    first = without_alias
                fact = _definition_fact(section, term, first, [alias])
                return [f for f in [_with_block(fact, block.id)] if f]
    return []


# "A structured representation of code syntax.": a gloss that is a noun phrase, no sentence. The
# words before its first relative or preposition name its head ("A runtime variable that …").
_GLOSS_OPENING = re.compile(
    r"^(?:A|An|The|One)\s+(?P<head>[^,;:]+?)(?:\s+(?:that|which|who|whose|where|of|for|used|"
    r"with|in|on|to|from|by|containing|consisting|describing|representing|providing|allowing)\b|[,.]|$)"
)
_FINITE = re.compile(r"\b(?:is|are|was|were|be|been|can|could|will|would|should|must|may|might|has|have|had|do|does)\b")


def _class_by_heading(section: Section, sentence: str) -> Fact | None:
    """ "### Guaranteed" opened by "Pods that are `Guaranteed` have the strictest resource limits …":
    the heading names a class of things, and the sentence says what those things are
    ("What are Guaranteed Pods?" → "Pods that have the strictest resource limits …")."""
    title = plain(section.title or "").strip()
    if not title or len(title.split()) > 2:
        return None
    m = re.match(
        rf"^(?P<kind>[A-Z][a-z]+(?:\s[a-z]+)?)\s+(?:that|which)\s+(?:are|is)\s+[`\"“]?{re.escape(title)}[`\"”]?\s+"
        r"(?P<rest>(?:have|has|are|is|can|may|must|get|use|run|contain|do)\b[^.;]*)",
        plain(sentence),
    )
    if not m:
        return None
    kind = m["kind"]
    gloss = f"{kind[:1].lower() + kind[1:]} that {strip_trailing(m['rest'])}"
    fact = _definition_fact(section, f"{title} {kind}", gloss, [])
    if fact is not None:
        fact.fields["heading_term"] = True
    return fact


def _heading_gloss(section: Section, sentence: str) -> Fact | None:
    """ "### Abstract Syntax Tree (AST)" opened by "A structured representation of code syntax.": a
    glossary by headings, its entry's term in the heading and its gloss a noun phrase."""
    m = _TITLE_TERM.match(OUTLINE_NUMBER.sub("", section.title or ""))
    definition = strip_trailing(plain(sentence).strip())
    gloss = _GLOSS_OPENING.match(definition)
    if not m or not gloss or not _plain_term_ok(m["term"]) or re.search(r"[?:\d]", m["term"]):
        return None
    term, alias = m["term"].strip(), (m["alias"] or "").strip()
    if re.search(r"\sas\s", term, re.I):
        return None  # "Concept Maps as Instructional Planning Tools": a use of the thing, no term
    if term.split()[0].lower().endswith("ing") or " and " in term or _QUANTIFIER.match(gloss["head"]):
        return None  # "Optimizing", "Creating a function": an activity; "A few more projects …"
    if re.search(rf"\b{re.escape(singular(term.lower()))}", definition.lower()):
        return None  # "A four-note chord … is called a *seventh chord*" under "Seventh chords": it names itself
    head = gloss["head"].split()
    # "The data this week comes from The Smithsonian": its own verb makes the opening a sentence
    last = head[-1].lower() if len(head) >= 3 else ""
    acting = last.endswith("s") and not last.endswith("ss") and can_be_verb(last) and verb_base(last) != last
    if not head or acting or not is_noun(head[-1].lower()) or definition.endswith("following"):
        return None
    if not is_gloss(definition) and _states_a_claim(definition):
        return None
    if alias and _shouted_instruction(term) and re.fullmatch(r"[a-z][\w.-]*", alias):
        term, alias = alias, ""  # "GENERATE KEYS (ssh-keygen)": the command is what the section is about
    if alias and not is_acronym(alias):
        # "Stylistic (Rule)" is a stylistic rule; "Formatter (Linting)" says in which sense, and
        # "Config (Configuration)" spells the word out
        completes = is_only_adjective(term.split()[-1]) and " " not in alias
        term, alias = (f"{term} {alias.lower()}" if completes else term), ""
    fact = _definition_fact(section, term, definition[:1].lower() + definition[1:], [alias] if alias else [])
    if fact is not None:
        fact.fields["title_cased"] = True  # "### Config File": the heading's capitals, maybe no name's
        fact.fields["heading_term"] = True
    return fact


# "is", "can", "increases": a verb of the gloss's own, outside a relative clause ("a value that is
# stored"), makes it a sentence about something ("The first implementation … is good for …").
_RELATIVE = re.compile(r"\b(?:that|which|who|whose|where|when)\b")


def _states_a_claim(gloss: str) -> bool:
    words = [w.lower() for w in re.findall(r"[A-Za-z']+", _RELATIVE.split(gloss, maxsplit=1)[0])]
    return any(
        _FINITE.fullmatch(word) or _after_its_subject(before, word) or is_only_verb(word)
        for before, word in itertools.pairwise(words)
    )


def _after_its_subject(before: str, word: str) -> bool:
    """'lines serve', 'positives increases': a verb after a plural noun, its subject ('config objects'
    is one noun)."""
    return can_be_verb(word) and before.endswith("s") and is_plural(before) and word not in _NOT_VERBS_HERE


_NOT_VERBS_HERE = {"and", "or", "in", "on", "of", "for", "to", "with", "from", "by", "as", "at"}
_QUANTIFIER = re.compile(r"^(?:few|more|number|couple|lot|bunch|some|several|many)\b", re.I)


# "**Prospective study example - asthma**": a worked example's label, not a term of the subject.
_NAMES_AN_EXAMPLE = re.compile(r"\b(?:examples?|e\.g\.)(?:\W|$)", re.I)
# "**After using a feature for the first time** – to understand …": when to do something, not a term.
_CIRCUMSTANCE = re.compile(r"^(?:after|before|when|while|during|once|if|until|since|because|whenever)\b", re.I)
# "Sleepwalking kills - and it's not caused by dreaming", "CSAT is great for immediate feedback":
# a remark going on from the first words, or a verdict on the term, not what the term is.
_NOT_A_GLOSS = re.compile(
    r"^(?:and|but|or|so|yet|nor)\b|^(?:great|ideal|perfect|best|good|useful|handy|excellent|better)\s+(?:for|when|to)\b"
    r"|^(?:chosen|used|preferred|picked|selected|adopted)\s+(?:\w+\s+)?(?:because|since)\b"  # why it was chosen
    # "Fusion: Between liquid and solid": where or when, a note beside the term, not what it is
    r"|^(?:between|from|into|at|on|during|after|before)\s"
    # "RRI: a term which has been around for several decades but which gained traction in 2011": the
    # word's history, not what it means
    r"|^(?:an?|the)\s+(?:term|word|phrase|expression|name)\s+(?:which|that)\s+(?:has\s+been|was|is)\s+"
    r"(?:around|coined|first\s+used|used\s+since|popular|popularized|introduced)\b",
    re.I,
)
# "OSX/Linux: `find src -name "*.js" -exec …`": a command to run, not a gloss.
_COMMAND_LINE = re.compile(r"\s--?[a-z][\w-]*\b.*[{}$*|\\]|[{}$*|\\].*\s--?[a-z][\w-]*\b")


_SAID_TWICE = re.compile(r"^(?P<once>\S.*?)\s+[-–—]\s+(?P=once)$", re.I)


_QUOTED_TERM = re.compile(r"^(?:(?:an?|the)\s+)?[“\"‘'](?P<term>[^“”\"‘’']{1,60})[”\"’']$", re.I)


def _said_once(term: str) -> str:
    """ "[dts-gen](…) - dts-gen": a link and the name it links, one term; 'A “rule declaration” is
    …': the term inside its quotation marks; "Light year A light year is …" (a glossary's term line
    run into its definition's first words): the term as the sentence names it."""
    term = twice["once"] if (twice := _SAID_TWICE.match(term)) else term
    term = quoted["term"] if (quoted := _QUOTED_TERM.match(term)) else term
    words = term.split()
    for cut in range(1, len(words)):
        head, tail = normalise(" ".join(words[:cut])), words[cut:]
        if tail[0].lower() in ("a", "an", "the") and len(tail) > 1:
            tail = tail[1:]
        said = normalise(" ".join(tail))
        if said == head or said.endswith(f" {head}") or head.startswith(f"{said}/"):
            return " ".join(tail)  # "Redshift/blueshift Redshift", "completeness data completeness"
    return term


# "IP Addressing Cheat Sheet is a quick reference …": the page itself, not a term of its subject.
_THE_PAGE = re.compile(r"\b(?:cheat\s?-?sheet|study guide|tutorial|handbook|crash course|lecture notes)$", re.I)
# "Authors: Christie Bahlai, Aleksandra Pawlik …": who made the page, named, not what a word means
_CREDITS = re.compile(r"^(?:(?:lesson|original|main|co-?)\s*)?(?:authors?|contributors?|credits?|maintainers?)$", re.I)
_NAMED_PERSON = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'’-]+\b")


def _not_a_definition(fields: dict) -> bool:
    term, definition = fields["term"], fields["definition"]
    return bool(
        _NAMES_AN_EXAMPLE.search(term)
        or _THE_PAGE.search(term)
        or (_CREDITS.match(term) and _NAMED_PERSON.match(definition))
        or (_CIRCUMSTANCE.match(term) and not fields.get("code"))  # "`if` - branch …" is a keyword
        or _NOT_A_GLOSS.match(definition)
        or _COMMAND_LINE.search(definition)
        or _POINTS_AHEAD.search(definition)
    )


# "a function P : F → R that satisfies the following properties", "The second strategy is to …": a
# gloss whose substance is in the list after it, or a place in the author's sequence of options.
_POINTS_AHEAD = re.compile(
    r"\bthe\s+following\b|^the\s+(?:first|second|third|fourth|last|next|other)\s+(?:strategy|approach|option|way|method|step)\s+is\b"
    r"|^(?:since|because)\s",  # "Pretrained models: Since modern ConvNets take weeks …": a reason
    re.I,
)


def extract(section: Section) -> list[Fact]:
    facts: list[Fact] = _labelled_attribute_definitions(section)
    first_paragraph = next((b for b in section.blocks if b.kind == "paragraph"), None)
    if first_paragraph:
        # "### Adjourn" over "Explanation:\nWhen a court case is postponed.": the label says what follows
        first = sentences(_GLOSS_LABEL.sub("", first_paragraph.text))[0]
        if (
            fact := _subject_definition(section, first)
            or _heading_gloss(section, first)
            or _class_by_heading(section, first)
        ):
            facts.append(_with_block(fact, first_paragraph.id))
    for position, block in enumerate(section.blocks):
        if block.kind in ("list", "definitions"):
            facts.extend(_described_items(section, block))
        following = section.blocks[position + 1] if position + 1 < len(section.blocks) else None
        if block.kind == "label" and following is not None and following.kind == "paragraph":
            facts.extend(f for f in [_labelled_paragraph(section, block, following)] if f)
    resources = {item.text for block in section.blocks for item in _walk(block.items) if item.opens_with_link}
    resources |= _attribute_examples(section) | _traits_of_a_subject(section)
    notes = _notes_on_an_entry(section)
    for block, text in section.texts_by_block():
        if text in notes:
            continue
        parts = sentences(text)
        if len(parts) > 1 and (lone := _LONE_TERM.match(parts[0])):
            if _POINT_MADE.match(plain(parts[1])) and not opens_with(lone["term"], plain(parts[1])):
                continue  # "**Legitimate owners**. Scam tokens often airdrop …": a point, then its case
            parts = [f"{parts[0]} {parts[1]}", *parts[2:]]  # "**Term**. Definition." splits after the term
        leading = parts and text not in resources and not _from_sentence(section, parts[0])
        if leading and (fact := _leading_term(section, parts[0], block.id)):
            fact.fields["opens_item"] = block.kind == "list"  # so its capital may be the bullet's
            if not (block.kind == "list" and block.ordered and fact.fields.get("instructs")):
                facts.append(fact)  # "2. Partitioning: reorder the array …" is a step of a procedure
            parts = parts[1:]
        for sentence in parts:
            sentence = _QUOTED_SUBJECT.sub(rf"{O}\g<term>{C}", sentence)
            if marked := _from_sentence(section, sentence):
                marked.fields["marked"] = True  # the author set the term apart: a glossary's entry
            if fact := marked or _plain_definition(section, sentence, block.id):
                facts.append(_with_block(fact, block.id))
                facts.extend(_with_block(f, block.id) for f in _clauses_naming_last(section, sentence))
            facts.extend(_with_block(f, block.id) for f in _abbreviations(section, sentence))
    facts = _completed_genera(section, _without_example_names(section, _told_apart(facts)))
    # "A VM is a file that can be scanned …" after "virtual machine (VM)" was defined says something
    # more about a known term: a property, not its definition.
    aliases = {normalise(a) for f in facts for a in f.fields["aliases"]}
    facts = [f for f in facts if normalise(f.cue) not in aliases and not _not_a_definition(f.fields)]
    # "What does AWS stand for?" in an AWS glossary: the name every card of the deck is about
    facts = [f for f in facts if not (f.fields["type"] == "abbreviation" and _the_pages_own_letters(f.cue, section))]
    _mark_common_nouns(section, facts)
    said = member_sentences(s for _, text in section.texts_by_block() for s in sentences(text))
    for fact in facts:
        # "The term Oceania refers to …": the term is Oceania
        term = (
            _TERM_WORD.sub("", fact.fields["term"]) if _TERM_WORD.sub("", fact.fields["term"]) else fact.fields["term"]
        )
        fact.fields["term"] = _joined_in_lower_case(_said_once(term))
        # "Popular container engines include Docker": Docker Engine is no wrong answer beside it.
        names = (fact.fields["term"], *fact.fields["aliases"])
        if members := [m for name in names for m in members_said(name, said)]:
            fact.fields["members"] = members
    code = "\n".join(b.text for b in section.blocks if b.kind == "code")
    for fact in facts:
        if UPPER_CAMEL.fullmatch(fact.fields["term"]) and re.search(rf"\b{fact.fields['term']}\b", code):
            fact.fields["type_in_code"] = True  # "WaitGroup" over `var wg sync.WaitGroup`: the language's
    # One fact per term and section: the first shape found wins (keys would collide anyway).
    unique: dict[tuple[str, str], Fact] = {}
    for fact in facts:
        unique.setdefault((fact.fields["type"], fact.cue.lower()), fact)
    return list(unique.values())


_TERM_WORD = re.compile(r"^(?:the\s+)?(?:term|word|phrase|expression)\s+(?=\S)", re.I)
_ENTRY_LABEL = re.compile(rf"^{O}(?P<label>[^{O}{C}]{{1,40}}){C}\s*:")


# "Key works: *Republic*, …" under each thinker's heading: a label in plain text, a field once it
# opens entries three times (twice may be two senses of one term).
LABELLED_ENTRY = re.compile(r"^(?P<label>[A-Z][A-Za-z'’/ -]{1,40}?):\s+(?P<value>\S.*)$", re.S)
PLAIN_LABEL_REPEATS = 3


def repeated_labels(texts) -> set[str]:
    """Everyday words that open more than one "**Label**: …" entry of these texts (three plain
    "Label: …" ones): "**Function**: Proteins are …", then "**Function**: Lipids …" label a field
    of each entry's subject, no term (generate drops their facts across the whole document)."""
    bold, unmarked = Counter(), Counter()
    for text in texts:
        for line in text.split("\n"):
            if m := _ENTRY_LABEL.match(line.strip()):
                # "**Type:** `number`" twice is a field; "**Genome**: The genome is …" beside the form's
                # "**genome:** `Human`" is a term, and a field of another thing
                valued = bool(_SET_TO.fullmatch(line.strip()[m.end() :].strip()))
                bold[normalise(m["label"]), valued] += 1
            elif m := LABELLED_ENTRY.match(line.strip()):
                unmarked[normalise(m["label"])] += 1
    repeated = {label for (label, _), n in bold.items() if n > 1}
    marked = Counter()
    for (label, _), n in bold.items():
        marked[label] += n
    repeated |= {label for label, n in (marked + unmarked).items() if n >= PLAIN_LABEL_REPEATS}
    return {label for label in repeated if rarest_zipf(label) >= EVERYDAY_LABEL}


def _told_apart(facts: list[Fact]) -> list[Fact]:
    """ "Insert: hash the key to get the bucket index. …", "Search: hash the key to get the bucket
    index. …": glosses of a section that open alike tell their terms apart only further on, so the
    opening answers none of them."""
    terms: dict[str, set[str]] = {}
    for fact in facts:
        if fact.fields.get("type") == "definition":
            terms.setdefault(normalise(fact.fields["definition"]), set()).add(normalise(fact.fields["term"]))
    return [
        f for f in facts if f.fields.get("type") != "definition" or len(terms[normalise(f.fields["definition"])]) < 2
    ]


# "MIN() AND MAX()": a heading's capitals on the word joining two names, which is no keyword.
_CAPITAL_JOIN = re.compile(r"(?<=\))\s+(AND|OR)\s+(?=[\w.]+\()")


def _joined_in_lower_case(term: str) -> str:
    return _CAPITAL_JOIN.sub(lambda m: f" {m[1].lower()} ", term)


# "a kind of self-balancing binary search tree": the kind named after it is the genus.
_KIND_OF = re.compile(r"^(?:a|an|the|one)\s+(?:(?:kind|type|form|sort|class|variant|family)\s+of\s+(?:an?\s+)?)?", re.I)
# "… tree in computer science": the field the term belongs to tells it from nothing in that field.
_FIELD_TAIL = re.compile(r",?\s+in\s+(?!(?:a|an|the|its|their|which|that|this|order)\b)[\w-]+(?:\s+[\w-]+)?$", re.I)
# Words that start what tells a member of the kind from the others: "… algorithm for finding …",
# "… cipher based on …", "… structure that …".
_DIFFERENTIA = re.compile(
    r"(?<![\w-])(?:a|an|the|that|which|who|whose|whom|where|when|whereby|while|for|of|to|in|on|at|with|without|by|from|into|onto|"
    r"through|via|over|under|between|among|across|about|against|than|as|like|such|using|used|designed|based|built|"
    r"made|able|capable|because|so|if|invented|developed|created|introduced|i\.e|e\.g|after|before|during|"
    r"within|inside|outside|beyond|per|around|behind|near|along|upon|until|since|except|including|containing|"
    r"whereas|besides|toward|towards|throughout|unlike|versus|vs|"
    r"is|are|was|were|has|have|had|does|do|did|can|could|should|must|will|would|may|might|shall)\b",
    re.I,
)
# "a widely used evaluation metric": how common the kind is says nothing of the member.
_POPULARITY = re.compile(
    r"^(?:(?:very|widely|commonly|frequently|often|most)\s+)?(?:used|popular|common|well-known)\s+", re.I
)
# "… metric primarily applied in the fields of information retrieval": where it is used, not what it is.
_WHERE_USED = re.compile(
    r",?\s+(?:(?:primarily|mainly|mostly|often|commonly|typically|widely|frequently)\s+)?"
    r"(?:used|applied|found|employed|adopted)\s+(?:in|by|across|throughout)\b.*$",
    re.I,
)
GENUS_WORDS = 7  # "an efficient, general-purpose, comparison-based sorting algorithm"


def is_genus_only(definition: str) -> bool:
    """ "an unsupervised Machine Learning algorithm", "a divide and conquer algorithm": the class the
    term belongs to and nothing after its head noun, which many other terms fit as well."""
    return _genus(definition) is not None


def _genus(definition: str) -> str | None:
    """ "self-balancing binary search tree" of "a kind of self-balancing binary search tree in
    computer science", when that is all the definition says."""
    m = _KIND_OF.match(definition)
    if not m:
        return None
    genus = _POPULARITY.sub("", re.sub(r"\s*\([^()]*\)", "", definition[m.end() :]))
    genus = _FIELD_TAIL.sub("", _WHERE_USED.sub("", genus)).strip()
    words = re.findall(r"[\w'’-]+", genus)
    if not 0 < len(words) <= GENUS_WORDS or _DIFFERENTIA.search(genus) or re.search(r"[;:]", genus):
        return None
    head = words[-1].lower()
    return genus if is_noun(head) or not is_english(head) else None  # "virtualization": jargon is a noun


_LEANS_BACK = re.compile(r"^(?:it|they)\b", re.I)
# "It is important to note …", "It's worth learning …": a remark about studying the subject.
_REMARK = re.compile(
    r"^(?:it|they)(?:'s|’s|'re|’re|\s+is|\s+are|\s+was|\s+were)\s+(?:\w+ly\s+)?(?:important|worth|useful|recommended|"
    r"possible|easy|hard|difficult|common|good|best|better|necessary|essential|crucial|helpful|interesting|not|also)\b",
    re.I,
)
CONTINUATION_WORDS = (5, 35)
# "It's the reason that the text of the button styled with the following CSS will be blue": about code shown next
_SHOWN_NEXT = re.compile(r"\b(?:the\s+following|below|above|this\s+example|the\s+example)\b", re.I)


def _continuation(fact: Fact, following: str) -> str | None:
    """The next sentence when it goes on about the same subject ("It's a clustering algorithm,
    which groups …", "Quicksort first divides …", "Each node of the binary tree has …"): it holds
    what the genus alone lacks."""
    flat = plain(following).strip()
    if not CONTINUATION_WORDS[0] <= len(flat.split()) <= CONTINUATION_WORDS[1] or not flat.endswith("."):
        return None
    if ADDRESSED.search(flat) or flat.endswith((":", "?")) or _REMARK.match(flat) or _SHOWN_NEXT.search(flat):
        return None
    opening = " ".join(flat.split()[:6]).lower()
    head = re.findall(r"[\w-]+", _genus(_genus_part(fact.fields["definition"])) or "")[-1].lower()
    names = [fact.fields["term"], *fact.fields["aliases"]]
    if _LEANS_BACK.match(flat) or any(re.search(rf"(?:^|\W){re.escape(n.lower())}\b", opening) for n in names):
        return flat
    # "Each node of the binary tree has …" after "… a binary search tree": the genus, named again
    return flat if re.search(rf"\b(?:the|this|its)\s+(?:[\w-]+\s+){{0,2}}{re.escape(head)}\b", opening) else None


def _completed_genera(section: Section, facts: list[Fact]) -> list[Fact]:
    """A definition that names only its genus keeps the next sentence about the same subject, or
    is no card: "What is Quicksort? — A divide and conquer algorithm" fits merge sort too."""
    texts: dict[int, list[str]] = {}
    for block, text in section.texts_by_block():
        texts.setdefault(block.id, []).extend(sentences(text))
    kept = []
    for fact in facts:
        definition = fact.fields["definition"]
        weak = fact.fields["type"] == "definition" and _is_genus_with_a_common_purpose(definition)
        if fact.fields["type"] != "definition" or not (weak or is_genus_only(definition)):
            kept.append(fact)
            continue
        following = _sentence_after(definition, [s for b in fact.blocks for s in texts.get(b, [])])
        if following and (more := _continuation(fact, following)):
            # a purpose is enough to ask the term back; the genus alone is not
            fact.fields["also" if weak else "more"] = more
            kept.append(fact)
        elif weak:
            kept.append(fact)  # what it is for says something, if not enough to tell it from its siblings
    return kept


# "an algorithm for traversing or searching tree or graph data structures": the genus and a purpose
# its siblings share (depth-first search traverses them too).
_COMMON_PURPOSE = re.compile(r"^(?P<genus>.+?)\s+for\s+[a-z]+ing\b")


def _genus_part(definition: str) -> str:
    m = _COMMON_PURPOSE.match(definition)
    return m["genus"] if m and _genus(definition) is None else definition


def _is_genus_with_a_common_purpose(definition: str) -> bool:
    m = _COMMON_PURPOSE.match(definition)
    return bool(m) and _genus(m["genus"]) is not None


def _sentence_after(definition: str, parts: list[str]) -> str | None:
    wanted = normalise(definition)
    for position, sentence in enumerate(parts[:-1]):
        if wanted in normalise(sentence):
            return parts[position + 1]
    return None


# "a widely used evaluation metric …": how common a kind is singles out no member of it.
_POPULAR_KIND = re.compile(
    r"^(?:a|an|the)\s+(?:(?:very|widely|commonly|frequently|often)\s+)?"
    r"(?:used|popular|common|well-known|famous)\b",
    re.I,
)
MIN_REVERSE_WORDS = 7  # "a divide and conquer algorithm" fits many terms; a reverse card needs one answer
MAX_REVERSE_WORDS = 30
MAX_REVERSE_TERM_WORDS = 4
# "Algorithms by Paradigm", "Types of Hypervisors": the heading names what kind of thing each term is.
_ROLE_HEADING = re.compile(
    r"(?:\bby\s+(?P<by>[A-Za-z]+)|^(?:types|kinds|categories|forms) of\s+(?P<of>[A-Za-z]+)"
    # "EC2 Instance Types", "S3 Storage Classes": the kind of thing each item under it is
    r"|^(?P<kinds>(?:[A-Za-z][\w-]*\s+){1,2}(?:types|classes|tiers|families|categories|kinds)))$",
    re.I,
)


# "Keywords Currently in Use", "Built-in Functions", "String methods": a heading over code's names of one kind
_CODE_KIND_HEADING = re.compile(
    r"^(?:[\w-]+\s+){0,2}?(?P<kind>keywords|functions|methods|operators|directives|macros|hooks|builtins)\b", re.I
)


def _code_kind(section: tuple[str, ...]) -> str:
    """'keyword' under "Keywords Currently in Use": the kind of code the section's names are, or ''."""
    m = _CODE_KIND_HEADING.match(plain(section[-1]).strip()) if section else None
    return singular(m["kind"].lower()) if m else ""


@lru_cache(maxsize=16384)
def _role(section: tuple[str, ...]) -> str:
    """'paradigm' under "Algorithms by Paradigm": the kind of thing the section's terms are."""
    m = _ROLE_HEADING.search(plain(section[-1]).strip()) if section else None
    if m and m["kinds"]:
        *qualifiers, kinds = m["kinds"].split()
        words = [w.lower() if w[1:].islower() else w for w in qualifiers]  # "EC2", "S3" keep their capitals
        return " ".join([*words, singular(kinds.lower())])
    return singular((m["by"] or m["of"]).lower()) if m else ""


@lru_cache(maxsize=16384)
def _grouped_kind(section: tuple[str, ...]) -> str:
    """'unit' under "Units by Type": what is grouped, which a definition may name itself."""
    m = re.match(r"^(?P<what>[A-Za-z]+)\s+by\s+", section[-1].strip()) if section else None
    return singular(m["what"].lower()) if m else ""


def _names_role(term: str, role: str) -> bool:
    words = term.lower().split()
    return bool(words) and singular(words[-1]) == role


def _role_question(term: str, role: str, shape: str) -> str:
    """ "What is the greedy paradigm?": the role names the topic a bare "Greedy" lacks."""
    named = f"the {as_common(term)} {role}"
    if shape == "verb":
        return f"What does {named} do?"
    if shape == "purpose":
        return f"What is {named} used for?"
    return f"What is {named}?"


def _askable(fact: Fact) -> bool:
    """A term a teacher would ask about: also what distractors are drawn from."""
    return _askable_term(fact.fields["term"], fact.fields["definition"])


@lru_cache(maxsize=8192)
def _askable_term(term: str, definition: str) -> bool:
    # Cached: every term is asked about once as the answer and up to 40 times as a sibling.
    if _is_keyword(term, definition):
        return is_definition_worth_asking("", definition)
    if re.search(r"[<>]", term) and not term.startswith(CODE_OPEN):
        return False  # "VICTIM HEADER> Access-Control-Allow-Origin": a placeholder's markup half gone
    if _LEAD_IN_VERB.search(term):
        return False  # "APACHE IV's components include: …" opens a list; the term is the sentence's subject
    return is_definition_worth_asking(term, definition) and not IMPERATIVE.match(term) and not is_step_label(term)


_LEAD_IN_VERB = re.compile(
    r"\s(?:include|includes|including|contain|contains|consist\s+of|consists\s+of|involve|involves|require|"
    r"requires|mean|means|refers?\s+to|covers?|are|is)$",
    re.I,
)


# A label ("Where:", "Why:") or an instruction ("Update", "Select") in capitals, followed by what
# it does ("used to filter records", "returns rows …"), is a language's keyword being defined.
_KEYWORD = re.compile(r"[A-Z]{2,}(?: [A-Z]{2,})*")
_USED_FOR = re.compile(r"^(?:used|designed)\s+(?:to|for)\b")
_QUESTION_LABELS = {"what", "when", "where", "who", "why", "how"}


def _is_keyword(term: str, definition: str) -> bool:
    """ "UPDATE: used to modify the existing records", "WHERE: used to filter records/rows": a
    keyword named in capitals and glossed by what it does. "NOTE: …" or "WHY: …" stay labels."""
    first = definition.split()[0] if definition.split() else ""
    if not _KEYWORD.fullmatch(term) or not (_USED_FOR.match(definition) or _third_person(first)):
        return False
    return not is_label(term) or term.lower() in _QUESTION_LABELS


def _abbreviation_cards(fact: Fact, common: dict) -> list[CardDraft]:
    """What an abbreviation stands for, asked one way: "What is the abbreviation for Transport
    Layer Security?" spells its answer in the initials of the question (a reader dropped it as trivial)."""
    term, definition = fact.fields["term"], fact.fields["definition"]
    # "What does ECB stand for?" is the European Central Bank to most: the subject says which
    front = in_topic(_document_around(fact, term) or _topic_around(fact, term), f"What does {term} stand for?")
    return [CardDraft(key=f"{fact.key}:basic", kind="basic", front=front, back=definition, **common)]


_SHORT_ACRONYM = re.compile(r"[A-Z]{2,4}s?")


def _question(fact: Fact, shape: str) -> str:
    term, definition = fact.fields["term"], fact.fields["definition"]
    if (
        fact.fields.get("opens_item")
        and not fact.fields.get("value_of")
        and (asked := _attribute_of_the_heading(fact, term))
    ):
        return asked
    if setting := fact.fields.get("value_of"):
        # "In Prettier's Quote Props option, what does “preserve” do?": the value means nothing alone
        owner = f"{possessive(name)} {setting}" if (name := page_name()) and not names_term(setting, name) else setting
        asked = "do" if fact.fields.get("does") or shape == "verb" else "mean"
        return f"In {owner}, what does “{term}” {asked}?"
    # A name that gives the answer away goes, and its abbreviation ("VMM") with it.
    aliases = [] if any(_alias_answers(a, definition) for a in fact.fields["aliases"]) else fact.fields["aliases"]
    role = _role(fact.section)
    # "px: an absolute unit …" under "Units by Type" says itself what it is: a unit, not a type.
    says_kind = (kind := _grouped_kind(fact.section)) and re.search(rf"\b{kind}s?\b", definition, re.I)
    if role and not says_kind and not aliases and role not in term.lower() and len(term.split()) <= 3:
        return _role_question(term, role, shape)
    as_written = term
    # "`Iterators` are …", "Unreferenced packages are …": a sentence's capital on words its prose
    # writes small is no name's.
    opened = term[:1].isupper() and term[1:] == term[1:].lower() and written_small(term.split()[0], always=True)
    # "Dig is a userspace DNS system …": a capital only the sentence gave, on an everyday word
    set_apart = any(fact.fields.get(k) for k in ("marked", "opens_item", "title_cased"))
    opened = opened or (not set_apart and " " not in term and as_common(term) != term and needs_topic(as_common(term)))
    # "**Tertiary Colors:** …": a label's Title Case on English words no sentence capitalises
    titled = fact.fields.get("title_cased") and _written_small(term)
    if not fact.fields.get("code") and (
        fact.fields.get("common_noun")
        or titled
        or opened
        or (title_cased_english(term) and _written_small(term))
        or _titled_kind_of_its_gloss(term, definition)
    ):
        term = term.lower()
    if not _GENERAL_GLOSS.match(definition):  # "A chord is any combination of …": chords of every kind
        term = _qualified(_bullet_cased(term) if fact.fields.get("opens_item") else term, fact.section)
    asked = _does_question(term, definition, aliases) if fact.fields.get("does") else None
    question = _by_role(
        _agreeing(asked or definition_question(term, definition, aliases), term, definition, aliases), definition
    )
    question = _spelling_out(question, term, definition)
    if fact.fields.get("command") or fact.fields.get("code"):
        # "What does column do?", "What is ip?": a name in code takes no article
        question = re.sub(rf"\b(?:a|an|the) (?={re.escape(term)}\b)", "", question)
    if fact.fields.get("command"):
        question = re.sub(rf"^What do {re.escape(term)} do\?$", f"What does {term} do?", question)
    if fact.fields.get("code") and (kind := _code_kind(fact.section)) and not re.search(rf"\b{kind}", definition):
        # "What does break do?" under "Keywords": "What does the break keyword do?" says what break is
        # and keeps the name as the code writes it ("Self", which a prompt's article would lower)
        named = f"the {as_written} {kind}"
        question = re.sub(rf"(?<= )(?:(?:a|an|the) )?(?i:{re.escape(term)})(?=[ ?])", named, question, count=1)
    # "2. Partitioning: reorder the array …" is capitalised by its list item, not as a name.
    # "Client" lowered from a glossary's capitals is an everyday word that needs its subject; "Bounce
    # Rate" says enough as a phrase.
    bare = needs_topic(term if " " not in term else as_written)
    bare = bare or (fact.fields.get("opens_item") and needs_topic(as_common(term if " " not in term else as_written)))
    # "Strings are sets of characters …": a plural common noun capitalised by its sentence.
    bare = bare or (term[1:].islower() and is_plural(term.lower()) and needs_topic(term.lower()))
    bare = bare or fact.fields.get("heading_term")  # a glossary's entry means what it means in its subject
    bare = bare or _NUMBERED_PART.match(term)
    # "offsetLeft", "for_each": an interface's own name says not whose it is (readers asked, sets A–B)
    bare = bare or bool(_CAMEL_OR_SNAKE_NAME.fullmatch(term))
    bare = bare or fact.fields.get("type_in_code")  # "WaitGroup", a type its code uses: "In Go, what is WaitGroup?"
    # "Level/Depth" in a tree's glossary: two everyday words for one term, whose subject says which
    bare = bare or bool(_PAIRED_WORDS.fullmatch(term) and all(is_english(w.lower()) for w in term.split("/")))
    if fact.fields.get("bare") and normalise(term) == normalise(fact.fields["term"]):
        # "template" the author wrote bare, qualified by its heading ("an HTML template"), is counted
        question = _without_article(question, term)
    if bare or _is_call(term) or _FLAG.match(term):  # an option is an option of its command
        return in_topic(_topic_around(fact, term), question)
    if (
        _SHORT_ACRONYM.fullmatch(as_written)
        and f"({as_written})" not in question
        and (where := _acronyms_place(fact, term, as_written))
    ):
        # "What is DIA?": a defence agency to most; on a page about a named thing or a subject, that
        # says which ("In OpenAPS, …", "In stellar evolution, what is AGB?"), unless the question
        # spells it out ("the Office of the Public Guardian (OPG)")
        return in_topic(where, question)
    # "Research Goal", "Sprint Review": everyday words in capitals name a part of some method, not
    # which one ("Docker Engine" says whose): the document's subject does
    if not reads_as_name(as_written) or opened or _everyday_title(term):
        # "What is a prospective study?", "What is the g modifier used for?": jargon too is jargon of
        # a subject, which a card read alone must name; the document's, a heading's is too often a
        # part ("Apps", "5.2 Global search"). A name ("Kubernetes", "Docker Engine") names its own.
        # A glossary titled by its kind has no subject in its title: the name its page is about
        # says whose jargon it is ("In OpenAPS, what is a bolus?").
        return in_topic(_document_around(fact, term) or _page_name_unless(term), question)
    return question


_EVERYDAY_ACRONYM = 3.5  # Zipf of the letters as a word: "api", "url", "cpu"


def _acronyms_place(fact: Fact, term: str, letters: str) -> str:
    """Where a short acronym is asked: the document's subject, else its section's unless the letters
    say what they are anywhere ("API", "URL"; "RGB" in stellar evolution is no colour model), else
    the page's name or field."""
    everyday = zipf_frequency(letters.lower(), "en") >= _EVERYDAY_ACRONYM
    around = _document_around(fact, term) or ("" if everyday else _topic_around(fact, term))
    return around or _page_name_unless(term)


def _page_name_unless(term: str) -> str:
    name = page_name() or studied_field()  # "In epidemiology, what is incidence?" in a bare "Glossary"
    return name if name and not names_term(name, term) else ""


# "Solubility of salts and hydroxides in water", "Function of organelles": a heading naming one
# attribute of the things its items label
_ATTRIBUTE_HEADING = re.compile(
    r"^(?P<attribute>[A-Za-z]+(?:\s[a-z]+)?)\s+of\s+(?P<things>[^,:;()]+?)(?P<where>\s+(?:in|on|at|under)\s+[^,:;()]+)?$"
)
_NOT_ATTRIBUTES = {"history", "overview", "summary", "list", "examples", "introduction", "basics", "use", "types"}


def _attribute_of_the_heading(fact: Fact, term: str) -> str:
    """ "Chlorides: soluble except Ag, Hg and Pb" under "Solubility of salts in water": the item
    gives its label's solubility, asked as such ("What is the solubility of chlorides in water?"),
    never "What are chlorides?"; '' under any other heading."""
    m = _ATTRIBUTE_HEADING.match(plain(fact.section[-1]).strip()) if fact.section else None
    if not m:
        return ""
    attribute = m["attribute"].lower()
    last = attribute.split()[-1]
    if not is_plural(m["things"].split()[-1].lower()):
        return ""  # "End of Line": one thing's name, not an attribute of the items' kind
    if attribute in _NOT_ATTRIBUTES or last in _NOT_ATTRIBUTES or is_plural(last) or not is_noun(last):
        return ""
    subject = term.lower() if term[1:].islower() else term
    return f"What is the {attribute} of {subject}{(m['where'] or '').rstrip()}?"


def _spelling_out(question: str, term: str, definition: str) -> str:
    """ "What is an LPA?" → "What is a lasting power of attorney (LPA)?", "What is OPG?" → "What
    is the Office of the Public Guardian (OPG)?": an acronym the document spells out is asked with
    its words, which the card read alone would otherwise not give."""
    if not is_acronym(term) or not (words := acronym_spelled_out(term)):
        return question
    m = re.match(rf"^What (?:is|are) (?:an? |the )?{re.escape(term)}\?$", question)
    if not m:
        return question
    opening = re.match(r"^(an?|the)\s", definition, re.I)
    if words[:1].isupper() and not words.split()[0].isupper():
        named = f"the {words}" if opening and opening[1].lower() == "the" else words  # "the Office of …"
    else:
        named = with_article(words) if opening and opening[1].lower() != "the" else words
    return f"What {be(term)} {named} ({term})?"


def _a_brand(word: str) -> bool:
    """ "Nx" of "an Nx workspace": a product's name the prose keeps writing, a rare word no
    dictionary lists; its workspace is one of many ("k-Means" names its algorithm, "the k-Means
    algorithm")."""
    return (
        bool(re.fullmatch(r"[A-Z][a-z]*", word))
        and not in_dictionary(word.lower())
        and zipf_frequency(word.lower(), "en") < BRAND_ZIPF
        and written_as_name(word)
    )


def _titled_kind_of_its_gloss(term: str, definition: str) -> bool:
    """ "Standalone Repository: A repository with a single application …": a heading's Title Case
    on a kind of the very thing its gloss opens with, which no sentence writes as a name ("Docker
    Engine", "Virginia Plan" are capitalised in the prose)."""
    words = term.split()
    if len(words) < 2 or not all(re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*", w) for w in words):
        return False
    head = words[-1].lower()
    opens = re.match(r"^(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?P<head>[a-z]+)\b", definition, re.I)
    if not opens or singular(opens["head"].lower()) != singular(head) or not in_dictionary(head):
        return False
    return not any(written_as_name(part) for w in words for part in w.split("-"))


def _without_article(question: str, term: str) -> str:
    """ "What is a dropout?" → "What is dropout?"."""
    for shown in dict.fromkeys((term, as_common(term), term.lower())):
        question = re.sub(rf"\b(?:an?|An?)\s+(?={re.escape(shown)}\b)", "", question, count=1)
    return question


def _unmatched_closers(text: str) -> str:
    """ "… has a given health-related state) at a single point": a bracket the source never opened."""
    out, depth = [], 0
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")":
            if not depth:
                continue
            depth -= 1
        out.append(char)
    return "".join(out)


def _alias_answers(alias: str, definition: str) -> bool:
    """'What is a hypervisor (also called virtual machine monitor)?' → 'software that creates and
    runs virtual machines': an alias that says what the answer says is left out of the question."""
    said = {singular(w) for w in normalise(definition).split() if len(w) > 3}
    return bool({singular(w) for w in normalise(alias).split() if len(w) > 3} & said)


# "AVG()", "MIN() and MAX()": a function of some language, which the question must name.
_CALL = re.compile(r"\w\(\)")


def _is_call(term: str) -> bool:
    return bool(_CALL.search(term))


def _document_around(fact: Fact, term: str) -> str:
    """The document's subject, unless it is the term's own ("What is a heap?" in a page on heaps)."""
    document = document_topic(fact.section)
    words = {singular(w) for w in normalise(term).split()}
    heading = titled(fact.section)[0] if fact.section else ""  # the page's title, where its path leaves it out
    titled_words = {singular(w) for w in normalise(heading).split()}
    return document if document and not names_term(document, term) and not words <= titled_words else ""


def _everyday_title(term: str) -> bool:
    words = term.split()
    return (
        1 < len(words) <= 3
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
        and all(zipf_frequency(w.lower(), "en") >= _EVERYDAY_TITLE_WORD for w in words)
    )


_EVERYDAY_TITLE_WORD = 3.5
_PAIRED_WORDS = re.compile(r"[A-Za-z]+/[A-Za-z]+")
_CAMEL_OR_SNAKE_NAME = re.compile(r"[a-z]+(?:[A-Z][a-z0-9]*)+|[a-z]+(?:_[a-z0-9]+)+")
_NUMBERED_PART = re.compile(
    r"^(?:phase|stage|step|level|grade|part|round|period|layer)\s+(?:\d{1,2}|[ivx]{1,4}|[a-e])$", re.I
)


def _topic_around(fact: Fact, term: str) -> str:
    """The topic a question about the term needs: its section's, or when the section is the term
    itself ("Strings" under "JavaScript Basics: Data Types"), the document's ("In JavaScript, what
    are strings?"); '' when the document's title is about the term ("What is a data structure?"
    under "JavaScript Algorithms and Data Structures")."""
    if _NUMBERED_PART.match(term) and fact.section and not names_term(fact.section[-1], term):
        return fact.section[-1]  # "Phase 4" means something only in the "Pacemaker Action Potential" above it
    topic = topic_of(fact.section)
    if (
        topic
        and not names_term(topic, term)
        and not names_term(topic, _qualified(term, fact.section))
        and not _a_sibling_kind(topic, term)
    ):
        return topic  # "HTML templates" names the answer "HTML template" of "template" under it
    field = studied_field()  # "Glossary" over epidemiology's terms: the field the page defines
    return _document_around(fact, term) or (field if field and not names_term(field, term) else "")


def _a_sibling_kind(topic: str, term: str) -> bool:
    """ "Absolute advantage" over "comparative advantage": another kind of the same thing, no place
    to ask about this one in ("In absolute advantage, what is comparative advantage?")."""
    place, asked = normalise(topic).split(), normalise(term).split()
    if not all(is_english(w) for w in place):
        return False  # "AWS storage" over "file storage": the product's kind of thing, a place for it
    return len(place) >= 2 and len(asked) >= 2 and singular(place[-1]) == singular(asked[-1]) and place != asked


def _does_question(term: str, definition: str, aliases: list[str]) -> str:
    """ "What does Greedy do?" for "chooses the best option …", which the shape test reads as a noun."""
    also = f" (also called {', '.join(aliases)})" if aliases else ""
    does = "do" if be(term) == "are" else "does"  # "What do eukaryotic cells have?"
    return f"What {does} {subject_form(term, definition)}{also} do?"


def _term_question(fact: Fact, hidden: str, shape: str) -> str:
    """ "Which paradigm chooses the best option …?": a role heading names the kind of the answer."""
    role = _role(fact.section)
    if role and shape == "verb" and not fact.fields["aliases"]:
        return f"Which {role} {hidden}?"
    if fact.fields.get("code") and shape == "verb" and (kind := _code_kind(fact.section)):
        # "Which keyword defines constant items …?": the heading says what kind of code answers
        return in_topic(_document_around(fact, fact.fields["term"]), f"Which {kind} {hidden}?")
    if re.match(r"^responsible for\s", hidden, re.I):
        return f"What is {hidden[:1].lower() + hidden[1:]}?"  # not "Which term means: responsible for …"
    question = term_question(hidden, shape)
    if question.startswith("Which term means: ") and _opens_with_plural_noun(hidden):
        question = f"What are {hidden[:1].lower() + hidden[1:]} called?"  # "sets of characters …" are strings
    elif question.startswith("What is the term for ") and (kind := _kind_heading(fact)):
        question = f"Which {kind} is {hidden}?"  # "Strings" under "Data Types": a data type
    # "Which term means: another way to format strings …?" names no subject, whatever the answer is:
    # the topic says where to look.
    return in_topic(_topic_around(fact, fact.fields["term"]), question)


def _opens_with_plural_noun(definition: str) -> bool:
    """ "sets of characters that …", "values in a field …": a plural noun, which "Which term means:"
    reads badly before."""
    first = definition.split(" ", 1)[0]
    return first.isalpha() and first[1:].islower() and is_noun(first.lower()) and is_plural(first.lower())


def _kind_heading(fact: Fact) -> str:
    """ "data type" for "Strings" under "Data Types": the heading above the term's own names the
    kind of thing it is, in a plural of two words at most."""
    section = fact.section
    if len(section) < 3 or normalise(section[-1]) != normalise(fact.fields["term"]):
        return ""
    words = section[-2].strip().split()
    if not 1 <= len(words) <= 2 or not all(w.isalpha() for w in words):
        return ""
    last = words[-1].lower()
    if not (is_noun(last) and is_plural(last)) or words[0].lower() in _NOT_QUALIFIERS:
        return ""
    return " ".join([*(w.lower() for w in words[:-1]), singular(last)])


_RARE_AS_A_WORD = 3.5  # Zipf: "Curie" and "Newton" are units too, rarely written as such


def _named_by_a_pronoun(term: str, definition: str) -> bool:
    """ "Socrates - talked about how little he knew": one name in no dictionary, whose gloss says
    "he" or "she" of it, is a person's."""
    return (
        bool(re.fullmatch(r"[A-Z][a-z]{2,}", term))
        and not in_dictionary(term)
        and bool(re.search(r"\b(?:he|she|his|her|him)\b", definition, re.I))
    )


def _a_person(term: str) -> bool:
    """ "George Washington", "Marie Curie": two or three capitalised words, the first in no
    dictionary (a given name), the last a name rather than a common word ("Docker Compose")."""
    words = term.split()
    if not 2 <= len(words) <= 3 or not all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words):
        return False
    return not in_dictionary(words[0]) and (
        not in_dictionary(words[-1]) or zipf_frequency(words[-1].lower(), "en") < _RARE_AS_A_WORD
    )


def _written_small(term: str) -> bool:
    """'Config File', 'Processor' under a document that writes 'config files', 'a processor'; not
    'James Madison' or 'Virginia Plan', which hold a name of their own."""
    words = term.replace("-", " ").split()  # "Inquiry-Based Learning"
    return reading_a_document() and all(
        w.isalpha() and w[1:].islower() and not written_as_name(w) and not _a_name_of_its_own(w) for w in words
    )


_DESCRIBING = re.compile(r"(?:able|ible|ous|ive|ful|less)$")
_NAME_FREQUENCY = 3.0  # Zipf: a word this common that no dictionary lists is a name ("James", "Virginia")


def _a_name_of_its_own(word: str) -> bool:
    """ "Madison", "Virginia": a frequent word in no dictionary, which the prose never writes small;
    "eukaryotic" and "config" are rare jargon, "tertiary" a dictionary word."""
    lowered = word.lower()
    if in_dictionary(lowered) or zipf_frequency(lowered, "en") < _NAME_FREQUENCY or _DESCRIBING.search(lowered):
        return False  # "Plausible", "Tedious": words that describe, however the lexicon lists them
    return not any(written_small(form) for form in (word, singular(lowered), plural(lowered)))


def _mark_common_nouns(section: Section, facts: list[Fact]) -> None:
    """ "_Hypervisor_: a piece of software …" beside "popular hypervisors": the author counts the
    word in lower case elsewhere, so its capital is the sentence's and the question says "a
    hypervisor". A name ("Kubernetes", "quicksort") is not counted in the plural."""
    text = plain(" ".join(text for _, text in section.texts_by_block()))
    for fact in facts:
        term = fact.fields["term"]
        if term[:1].isupper() and term[1:].islower() and term.isalpha():
            lower = re.escape(term.lower())
            fact.fields["common_noun"] = bool(re.search(rf"\b{lower}(?:s|es)\b", text))


def _bullet_cased(term: str) -> str:
    """ "Lifecycle management" opening a bullet is a common noun whose capital is the bullet's;
    "Docker Engine", "JavaScript" or "Location-based" coined words keep theirs only when a name."""
    first, _, rest = term.partition(" ")
    if not rest or not first[1:].islower() or any(c.isupper() for c in rest):
        return term
    parts = [p for p in first.lower().split("-") if p]
    if all(is_noun(p) or can_be_verb(p) or zipf_frequency(p, "en") >= 3.0 for p in parts):
        return first.lower() + " " + rest
    return term


_GENERAL_GLOSS = re.compile(r"^(?:any|every|all)\s", re.I)


@lru_cache(maxsize=16384)
def _qualified(term: str, section: tuple[str, ...]) -> str:
    """ "Operators" under "Comparison Operators and Booleans" are the comparison operators: the
    heading's qualifier makes a bare everyday noun name the right thing."""
    if not section or " " in term or not term.isalpha() or is_acronym(term):
        return term
    heading = section[-1]
    spans = list(re.finditer(r"[\w'-]+", heading))
    words = [m[0] for m in spans]
    bare = as_common(term)
    for position in range(1, len(words)):
        if singular(words[position].lower()) == singular(bare.lower()) and words[position - 1].isalpha():
            qualifier = words[position - 1]
            if qualifier.lower() in _NOT_QUALIFIERS or (not is_noun(qualifier.lower()) and not qualifier.isupper()):
                return term
            # "authenticity, nonrepudiation and privacy" lists terms; only a word right before qualifies
            if heading[spans[position - 1].end() : spans[position].start()] != " ":
                return term
            if position == 1 and IMPERATIVE.match(qualifier):
                return term  # "Use recursion" tells the reader what to do: its noun is "recursion"
            noun = words[position].lower()
            noun = noun if bare.lower().endswith("s") else singular(noun)
            return f"{qualifier if qualifier.isupper() else qualifier.lower()} {noun}"
    return term


# "a server-side component which is responsible for:": a gloss that goes on in the list after it
_MEANS = re.compile(r"^means\s+(?!that\b)(?=[a-z])", re.I)
_MEASURED = re.compile(
    r"\b(?:temperature|time|ratio|size|amount|speed|rate|length|width|height|weight|volume|duration|dose)$", re.I
)
_DANGLING = re.compile(
    r"(?:^|\s)(?:for|of|to|in|on|with|by|from|as|like|the|an?|and|or|is|are|include|includes)$", re.I
)


_POINTING_PRONOUNS = {"they", "them", "their", "there", "these", "those", "this", "what", "which", "who", "its", "his"}


def _advice(term: str) -> bool:
    words = term.split()
    m = _ADVICE_TERM.match(term)
    if not m or len(words) < 3 or term.isupper() or words[1].lower() in ("and", "or", "&"):
        return False  # "SELECT TOP" is a keyword, "Divide and Conquer paradigm" a name
    verb = m["verb"].lower()
    return is_only_verb(verb) and verb_base(verb) == verb


def _shouted_instruction(term: str) -> bool:
    """ "GENERATE KEYS": a heading in capitals that tells the reader what to do, no term."""
    words = term.split()
    return len(words) >= 2 and term.isupper() and is_only_verb(words[0].lower())


def _points_back(definition: str) -> bool:
    """ "to cancel this convention" points outside; "divides the problem into parts and solves those
    parts" names what it points at itself."""
    for m in re.finditer(r"\bthat\s+(?P<noun>[a-z]{3,})\b", definition):
        # "a program that can drive that controller": a thing named only in the sentence before
        noun = m["noun"]
        if noun in _POINTING_PRONOUNS or not is_noun(noun) or can_be_verb(noun) or is_adjective(noun):
            continue
        if noun not in definition[: m.start()]:
            return True
    return any(
        not re.search(
            rf"\b{re.escape(singular((m['noun'] or m['things'] or m['that'] or m['pair']).lower()))}",
            definition[: m.start()],
            re.I,
        )
        for m in _POINTS_BACK.finditer(definition)
    )


# "Why does Black not …": "does" is a noun to the lexicon (female deer), here the question's verb
_NOT_QUALIFIERS = {
    *("and", "or", "the", "a", "an", "of", "to", "in", "on", "for", "with", "by", "about", "your", "our"),
    *("does", "do", "did", "is", "are", "was", "were", "can", "will", "should", "has", "have", "why", "how"),
    # "Picking the right flour": a judgement of which flour, no kind of flour
    *("right", "wrong", "best", "better", "good", "bad", "ideal", "perfect", "proper", "correct"),
}


@lru_cache(maxsize=16384)
def _is_coined(term: str) -> bool:
    """ "tinyqueue", "kubectl": one lower-case word no dictionary or corpus knows, a name."""
    return bool(re.fullmatch(r"[a-z]+", term)) and not is_noun(term) and zipf_frequency(term, "en") == 0


@lru_cache(maxsize=16384)
def _countable(term: str) -> bool:
    """ "transaction" is counted (its plural is about as common), "containerization" is not."""
    if not re.fullmatch(r"[a-z]+", term):
        return False
    if _is_coined(term):
        return False
    plural = inflect_engine.plural(term)
    return plural != term and zipf_frequency(plural, "en") >= zipf_frequency(term, "en") - 1.0


def _names_one_of_a_kind(term: str) -> bool:
    """ "A record", "CNAME record": a qualified common noun that is counted, not a name on its own."""
    words = term.split()
    if len(words) < 2 or len(words[0]) < 2 or words[0].endswith(("'s", "’s")):
        return False  # "A record" would read "an A record" only to a reader who spells it
    return words[-1].islower() and _countable(words[-1])


# "used to classify algorithms …", "responsible for routing packets": the definition names a role,
# which the question asks for ("What is Big O notation used for?").
_ROLE_OPENING = re.compile(
    r"^(?P<role>used|designed|responsible|reserved|intended|available|"
    # "valuable in helping improve both memory and …": what it is good for, not what it is
    r"useful|helpful|valuable|important|essential|crucial|vital|beneficial)\s+(?P<prep>to|for|in)\s+(?P<rest>\S.*)$",
    re.I,
)


def _by_role(question: str, definition: str) -> str:
    m = _ROLE_OPENING.match(definition)
    if not m or not re.match(r"^What (?:is|are) ", question) or question.startswith("What is meant by"):
        return question
    return f"{question[:-1]} {m['role'].lower()} for?"


def _the_common_noun(term: str, definition: str) -> bool:
    """A lower-case term ("pull request") defined by a noun phrase with "the": a common noun, which
    "What is a pull request?" asks; a name ("Product Owner") keeps "What is meant by"."""
    words = term.split()
    return (
        bool(re.match(r"^the\s+\w+", definition, re.I))
        and term == term.lower()
        and 1 <= len(words) <= 3
        and all(w.isalpha() for w in words)
        and is_noun(words[-1])  # "required" names an attribute, which "What is required?" misreads
    )


# "Encryption", "Nonrepudiation", "Hashing": a word made a noun by its ending names a process or a
# quality, not a product, so its capital is the sentence's.
_ABSTRACT_ENDING = re.compile(r"(?:tion|sion|ism|ity|ness|ment|ance|ence|acy|ing)$")


def _abstract_noun_capitalised_by_place(term: str) -> bool:
    if not (term.isalpha() and term[1:].islower() and _ABSTRACT_ENDING.search(term)):
        return False
    return term.islower() or as_common(term) != term or written_small(term)  # "nonrepudiation", in no dictionary


def _plural_head(definition: str) -> bool:
    head = re.split(r"\s+(?:that|which|who|of|for|to|in|used|with)\b|,", definition, maxsplit=1)[0].split()
    return bool(head) and is_plural(head[-1].lower())


# "infant mortality rate", "case fatality rate", "body mass index": one measure, named by its kind
_A_NAMED_MEASURE = re.compile(r"\S\s+(?:\([^()]*\)\s+)?(?:rate|ratio|index|quotient)$")


def _a_common_owner(word: str) -> bool:
    lowered = word.lower()
    return is_noun(lowered) and in_dictionary(lowered) and not written_as_name(word) and _countable(lowered)


def _agreeing(question: str, term: str, definition: str, aliases: list[str]) -> str:
    """ "What do min and max do?" for two terms; "What is the k-Means algorithm?" for a name that
    ends in a common noun ("algorithm", "distance") and is defined as one of a kind."""
    also = f" (also called {', '.join(aliases)})" if aliases else ""
    uncounted = UNCOUNTED_GENUS.match(definition)  # "the amount of …", "a feeling of …": whatever its article
    counted_gloss = re.match(r"^an?\s", definition, re.I) and not uncounted  # "a structure that …"
    if question == f"What is {term}{also}?" and _A_NAMED_MEASURE.search(term) and term[:1].islower():
        return f"What is the {term}{also}?"  # "the infant mortality rate", "the crude death rate"
    owner = re.match(r"^(?P<owner>[A-Za-z]+)['’]s\s+\S", term)
    if question == f"What is {term}{also}?" and owner and _a_common_owner(owner["owner"]):
        # "A Language's phoneme inventory is …": a thing of any one language, "a language's …"
        return f"What is {with_article(term[:1].lower() + term[1:])}{also}?"
    if question == f"What is {with_article(term)}{also}?" and _is_coined(term) and not written_counted(term):
        # "tinyqueue" names one project, not one of many; "a kibibyte", as the notes write it, is one of many
        return f"What is {term}{also}?"
    if question == f"What is meant by “{term}”{also}?" and _the_common_noun(term, definition):
        # "the place to compare …" defines "a pull request"; "the delay of …", "latency" (uncounted),
        # and so is what "the amount of mental effort …" measures ("cognitive load")
        counted = _countable(term.split()[-1]) and not uncounted
        named = with_article(term) if counted else term
        return f"What is {named}{also}?"
    if question == f"What is meant by “{term}”{also}?" and _abstract_noun_capitalised_by_place(term):
        return f"What is {term.lower()}{also}?"  # "the process of converting …" is encryption
    if two_things(term) and question.startswith("What does "):
        return "What do " + question[len("What does ") :]
    if " and " in term and question.startswith("What is ") and _plural_head(definition):
        # "Polymorphism and inheritance are fundamental concepts …": two terms, one plural gloss
        first, _, rest = term.partition(" ")
        small = first[1:].islower() and written_small(first)  # "Polymorphism and inheritance" opened a sentence
        return f"What are {(first.lower() if small else first)} {rest}{also}?"
    if (
        question == f"What does {term}{also} do?"
        and not is_plural(term)
        and " and " not in term
        and _names_one_of_a_kind(term)
    ):
        return f"What does {with_article(term)}{also} do?"  # "an A record", "a CNAME record"
    named = term == page_name()  # "exa — a modern replacement for ls": the page's own name
    one_of_a_kind = counted_gloss and not named and " and " not in term  # "responsible research and innovation"
    if question == f"What is {term}{also}?" and _countable(term) and one_of_a_kind:
        return f"What is {with_article(term)}{also}?"  # "a transaction", though "-tion" often reads as mass
    person = re.match(r"^(?:someone|somebody|a person)\s", definition, re.I) and term[:1].islower()
    if question == f"What is {term}{also}?" and person and _countable(term.split()[-1]):
        return f"What is {with_article(term)}{also}?"  # "Someone who can do normal tasks …" is a competent practitioner
    common = as_common(term)
    one = re.match(r"^one\s", definition, re.I) and common.islower() and is_noun(common.split()[-1])
    if question == f"What is {common}{also}?" and one:
        return f"What is {with_article(common)}{also}?"  # "one full pass over the data" is an epoch
    last, first = term.split()[-1], term.split()[0]
    countable = counted_gloss and " and " not in term
    if (
        question == f"What is {term}{also}?"
        and len(term.split()) > 1
        and countable
        and last.islower()
        and _countable(last)
        and not first.endswith(("'s", "’s"))
    ):
        # "an HTML template" and "an async action" are one of a kind; "the k-Means algorithm" is named
        # by its first word.
        one_of_a_kind = is_acronym(first) or (first.isalpha() and first.islower()) or _a_brand(first)
        return f"What is {with_article(term) if one_of_a_kind else 'the ' + term}{also}?"
    if (
        question == f"What is {term}{also}?"
        and len(term.split()) == 2
        and not countable
        and last.islower()
        and first[:1].islower()
        and _countable(last)
        # "formative assessment", "competent practitioner", "long-term memory": a kind, not one thing
        and not (is_adjective(first) or _DESCRIBING.search(first) or uncounted)
        and not first.endswith("ing")  # "prioritizing variants": something done, not one named thing
    ):
        return f"What is the {term}{also}?"  # "the id attribute": one named thing of a counted kind
    return question


EVERYDAY = 5.0  # "data", "event", "order": words any definition may use without naming the term


def _says_its_term(definition: str, term: str) -> bool:
    """ "used to evaluate conditions by making comparisons" for "comparison operators": the
    definition names a word of the term, so a question hiding the term shows it anyway."""
    # "HTML" of "Semantic HTML" names the field, which the question may share.
    words = [w for w in re.findall(r"[\w'-]+", term) if not is_acronym(w)]
    rare = [w for w in normalise(" ".join(words)).split() if len(w) > 3 and zipf_frequency(w, "en") < EVERYDAY]
    named = {singular(w) for w in rare}
    return bool(named & {singular(w) for w in normalise(definition).split()})


def _nested(one: str, other: str) -> bool:
    words, others = set(normalise(one).split()), set(normalise(other).split())
    return len(words) > 1 and len(others) > 1 and (words <= others or others <= words)


def _question_names_term(question: str, fact: Fact) -> bool:
    """A role question ("What does the greedy paradigm do?") keeps its wording."""
    return not _role(fact.section) or question.endswith(f"{fact.fields['term']} do?")


def _is_document_subject(term: str, section: tuple[str, ...]) -> bool:
    """ "Dijkstra's algorithm" in the document titled Dijkstra's Algorithm: its definition ("an
    algorithm for finding the shortest paths …") fits A* or Bellman–Ford as well out of the deck,
    and names the deck's own title within it, so it is asked one way only."""
    title = set(normalise(re.sub(r"\([^()]*\)", " ", section[0])).split()) if section else set()
    named = set(normalise(term).split())
    return bool(title and named) and (named <= title or title <= named)


def _gloss_spells_keyword(term: str, definition: str) -> bool:
    """'DELETE: used to delete existing records', 'SUM(): returns the total sum …', 'AVG(): the
    average …': a one-word keyword whose gloss says the keyword's own word (or spells out its
    abbreviation) teaches nothing either way round."""
    word = re.sub(r"\(\)$", "", term).strip().lower()
    if not word.isalpha() or len(word) < 3 or term[:1].islower() or not term[:2].isupper():
        return False
    return any(
        w == word or verb_base(w) == word or (w[0] == word[0] and len(w) > len(word) + 1 and _abbreviates(word, w))
        for w in re.findall(r"[a-z]+", definition.lower())
    )


def _abbreviates(short: str, word: str) -> bool:
    """'avg' in 'average': the letters of the short form, in order."""
    letters = iter(word)
    return all(c in letters for c in short)


# "the most common approach for …", "the best way to …": how the term ranks among others of its kind.
_RANKS_AMONG_KIND = re.compile(
    r"^the\s+(?:(?:most|least)\s+(?:common|commonly used|popular|widely used|used|frequent|frequently used|famous|"
    r"well-known|important|efficient|effective|useful)|best|worst|only)\b",
    re.I,
)


def render(fact: Fact, siblings: list[Fact], index: int) -> list[CardDraft]:
    """A basic card; a reverse card for a real name defined specifically enough to have one answer;
    a multiple choice among sibling terms. No true/false: a definition swapped between related
    terms ("a container engine is a form of OS-level virtualization") is rarely certainly false,
    and a true one only repeats the basic card."""
    term, definition, aliases = fact.fields["term"], fact.fields["definition"], fact.fields["aliases"]
    if not _askable(fact):
        return []
    common = {"note_key": fact.key, "section": fact.section_label}
    if fact.fields["type"] == "abbreviation":
        return _abbreviation_cards(fact, common)
    if fact.fields["type"] == "example":
        return _example_cards(fact, common)
    # "submit: the button triggers the form submit action" names its own term: it describes how
    # the thing behaves rather than saying what it is, and no reverse card could hide it.
    if mask(definition, term, "\x00") != definition or _gloss_spells_keyword(term, definition):
        return []
    # "looks at all the possibilities …" reads as a noun to the shape test, but was an instruction
    shape = "verb" if fact.fields.get("does") else gloss_shape(term, definition)
    person = _a_person(term) or _named_by_a_pronoun(term, definition)
    if person and is_past_tense(definition.split()[0]) and len(definition.split()) <= MAX_REVERSE_WORDS:
        # "George Washington: Presided over the Convention": who did it is what to recall, where
        # "What is George Washington?" asks a person as a thing
        deed = definition[:1].lower() + definition[1:]
        front = in_topic(_topic_around(fact, term), f"Who {deed}?")
        return [CardDraft(key=f"{fact.key}:reverse", kind="reverse", front=front, back=term, **common)]
    if told_what_happened(definition) and (not reads_as_name(term) or is_past_tense(term.split()[0])):
        # "Financial limitations: Relied on states for funding", "Limited national power: lacked …":
        # a note on what happened, no term
        return []
    front, back = _question(fact, shape), capitalise(definition)
    if (hedged := HEDGED_MEANING.match(definition)) and front.endswith(" refer to?"):
        back = capitalise(hedged["rest"])  # "The core binary of …", not "Usually refers to …"
    if adverb := fact.fields.get("usually"):
        front = in_topic(_topic_around(fact, term), f"What does “{term}” {adverb} refer to?")
    if (role := _ROLE_OPENING.match(definition)) and front.endswith(f" {role['role'].lower()} for?"):
        # "To classify algorithms …", "Standard services like HTTP …": not "Used to …" again
        back = capitalise(f"to {role['rest']}" if role["prep"].lower() == "to" else role["rest"])
    # "removes the restriction …, but restricts the number …" does two things: the object of the
    # first verb is not the whole answer.
    two_actions = any(_third_person(w) for w in re.findall(r"(?:,\s*|\s)(?:but|and)\s+([a-z]+)", definition))
    asked = None if two_actions or fact.fields.get("value_of") else verb_object_question(front, definition)
    if asked and _question_names_term(front, fact):
        front, back = asked
    if more := fact.fields.get("more"):
        # The genus with what the next sentence adds: too long to hide in a question, and the
        # genus alone fits the other terms of its kind, so it is asked one way only.
        return [CardDraft(key=f"{fact.key}:basic", kind="basic", front=front, back=f"{back}. {more}", **common)]
    if also := fact.fields.get("also"):
        back = f"{back}. {also}"  # "… tree or graph data structures. It starts at the root and …"
    cards = [CardDraft(key=f"{fact.key}:basic", kind="basic", front=front, back=back, **common)]
    if _RANKS_AMONG_KIND.match(definition):
        # "the only way to get data into the store" picks the term out, but says not what it is: asked
        # the other way round, as the author wrote it ("In Redux, what is the only way to get data …?")
        if len(definition.split()) <= MAX_REVERSE_WORDS and mask(definition, term, "\x00") == definition:
            topic = _document_around(fact, term) or _topic_around(fact, term)
            front = in_topic(topic if not names_term(topic, term) else "", f"What is {definition}?")
            return [CardDraft(key=f"{fact.key}:reverse", kind="reverse", front=front, back=term, **common)]
        return []
    hidden = definition
    for name in aliases:
        hidden = mask(hidden, name, "it")
    if len(definition.split()) < MIN_REVERSE_WORDS or _POPULAR_KIND.match(definition):
        return cards  # "a divide and conquer algorithm" fits its siblings too: asked one way only
    describes = " " not in term and is_only_adjective(term.lower()) and is_noun(definition.split()[0].lower())
    if MAY_MEAN.match(definition) or describes:
        # "may refer to a cadence that ends on V": other terms may too; "chromatic" describes notes,
        # so "What notes outside the mode …?" asks no thing's name
        return cards
    if any(
        fits_as_well(definition, s.fields["definition"])
        for s in siblings
        if s.fields["type"] == "definition" and s.cue != fact.cue
    ):
        return cards  # another term's gloss says all this one does: both answer the term question
    if len(definition.split()) > MAX_REVERSE_WORDS or len(term.split()) > MAX_REVERSE_TERM_WORDS:
        return cards  # a paragraph to read before the question, or a phrase nobody recalls word for word
    # "… by making comparisons" asking for "comparison operators" answers itself; a multiple choice
    # still asks something, its options sharing the word ("container engine", "container runtime").
    answer_named = _says_its_term(hidden, _qualified(term, fact.section))
    # "Which term means: current distance from the top …?" → offsetTop: a name in code is no term,
    # and the question cannot say what kind of name it is.
    code_name = is_identifier(term) and "which term means: " in _term_question(fact, hidden, shape).lower()
    if is_real_name(term) and not _is_document_subject(term, fact.section) and not answer_named and not code_name:
        cards.append(
            CardDraft(
                key=f"{fact.key}:reverse",
                kind="reverse",
                front=_term_question(fact, hidden, shape),
                back=_qualified(term, fact.section),  # "comparison operators", as the heading names them
                **common,
            )
        )
    # Terms under "Algorithms by Paradigm" are paradigms: no distractors for "algorithm" itself.
    role = _role(fact.section)
    others = [
        s
        for s in siblings
        if s.fields["type"] == "definition" and s.cue != fact.cue and _askable(s) and _role(s.section) == role
    ]
    # "Algorithmic paradigm" is what the terms under "Algorithms by Paradigm" are, not one of them.
    others = [s for s in others if not (role and _names_role(s.fields["term"], role))]
    # "Discounted Cumulative Gain" among the options of "Normalized Discounted Cumulative Gain" is
    # the same measure in part, so its definition may fit too.
    others = [s for s in others if not _nested(s.fields["term"], term)]
    # "Container engine" for Docker Engine, when "popular container engines include Docker".
    others = [s for s in others if not is_kin(fact.fields, s.fields)]
    others = same_kind(fact, others)  # "Well-Known Ports" is no option for a protocol
    # Terms of the same section are of one kind ("Eukaryotic cells" and "Natural selection" from two
    # parts of a biology sheet are not): other sections' terms are no honest options.
    others = [s for s in others if s.section == fact.section]
    same = {normalise(s.fields["term"]) for s in others if normalise(s.fields["definition"]) == normalise(definition)}
    if card := mcq(
        f"{fact.key}:mcq",
        _term_question(fact, hidden, shape),
        term,
        [s.fields["term"] for s in others],
        also_true=same,
        **common,
    ):
        card.explanation = f"{term}: {definition}."
        cards.append(card)
    return cards
