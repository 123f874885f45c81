"""What kind of word or sentence this is, from word lists that ship with their packages:
wordfreq's frequencies (how rarely a reader meets a word) and lemminflect's parts of speech.
Also the marks and words a claim sheds to stand alone (a leading emoji or checkbox, "also")."""

import itertools
import re
import unicodedata
from functools import lru_cache

from lemminflect import getAllLemmas as _all_lemmas
from lemminflect import getInflection
from wordfreq import zipf_frequency

from quizzes.generation.text import math_as_text, plain, uses_symbol

# A sentence that tells the reader to do something is an instruction, not a fact.
IMPERATIVE = re.compile(
    r"^(?:add|create|open|run|use|make|try|click|go|type|write|copy|paste|install|check|see|read|look|note|remember|"
    r"take|start|set|put|change|edit|save|call|build|imagine|consider|think|notice|find|select|replace|remove|"
    r"define|declare|give|move|navigate|test|visit|watch|learn|review|complete|compare|explore|keep|follow|"
    r"refactor|assign|insert|delete|update|import|export|return|pass|store|apply|wrap|attach|clone|retrieve|"
    r"drag|drop|press|hold|release|choose|enter|fill|submit|load|reload|download|upload|rename|name|store|"
    r"double-check|make\s+sure|ensure)\b",
    re.I,
)
# "[ ] Use encryption …", "- [x] …": a task-list checkbox marks a step to take, not a claim.
_CHECKBOX = re.compile(r"^\W*\[[ xX]\]")
# "**For some projects, "maintainers"** are …": the case a claim holds in, then a word; no term to ask
CASE_BEFORE_TERM = re.compile(r"^(?:for|in|on|at|with|under|during|when|if)\s[^,]{2,40},\s", re.I)
# "Don't store …", "Always validate …", "Make sure …": advice to the reader.
_ADVICE = re.compile(
    r"^(?:don['’]?t|do not|never|always|avoid|ensure|make sure|be sure|be aware|be careful|beware|prefer|please|"
    r"try to|feel free)\b",
    re.I,
)
# "Encrypt all …", "Limit the …": a verb in its base form before its object orders the reader.
_OBJECT_AFTER = re.compile(
    r"^(?:the|a|an|all|any|every|each|only|your|our|its|their|this|these|those|some|if|whether)\b", re.I
)
_CONTEXT_OPENING = re.compile(
    r"^(?:in|on|for|with|under|inside)\s+[^,]{1,40},\s+(?=(?:note|be\s+aware|remember)\b)", re.I
)
_PURPOSE_OPENING = re.compile(r"^to\s+[a-z]+(?:\s+[a-z]+){0,3},\s+(?=[a-z])", re.I)
_STEP_TIMING = re.compile(
    # "When everything is ready, push the plugin …", "Once the dataset is green, click …": a step
    # behind its condition (tried first: "Once" alone would leave "the dataset is green, …")
    r"^(?:when|once|if|as soon as)\s+[^,]{1,60},\s+(?=[a-z])|"
    r"^(?:after|before|once|then|next|finally|meanwhile|afterwards)\b(?:\s+(?:that|this|about|around|\d[\d.,-]*)"
    r"(?:\s+(?:seconds?|minutes?|hours?|days?|weeks?))?)?\s*,?\s+(?=[a-z])",
    re.I,
)
_CALLOUT_LABEL = re.compile(r"^[A-Z][\w'’]*(?: [\w'’]+){0,3}:\s+(?=\S)")
# Sentences that talk to the reader ("you will …", "let's …") teach the lesson's flow, not its facts.
ADDRESSED = re.compile(r"\b(?:you|your|we|our|us|let's|let us|i|i'm|i've)\b", re.I)
# "drawing samples from our training set", "each node of your tree": a tutorial's possessive on a
# thing of the subject, which a card states of any ("the training set"); "your own" says whose.
_OWNED_BY_READER = re.compile(r"\b(?:[Yy]our|[Oo]ur)\s+(?!own\b)(?=[a-z(])")


def impersonal(sentence: str) -> str:
    """'… from our training set' → '… from the training set': only the possessive goes; a sentence
    still addressed to the reader ("we draw …", "you use …") stays as it was, for ADDRESSED to find."""
    return _OWNED_BY_READER.sub(lambda m: "The " if m[0][0].isupper() else "the ", sentence)


# "It …", "This …", "In the above example …": a sentence that leans on the one before is no card.
DEPENDENT_OPENING = re.compile(
    r"^(?:it|this|that|these|those|they|thus|so|also|then|here|there|he|she|such|both|its|their|therefore|hence|"
    r"and|or|but|now|next|finally|first|second|same|other|another|above|below|following|in the above|"
    r"in the (?:previous|next|following)|as (?:shown|seen|mentioned) (?:above|below|before))\b",
    re.I,
)


# lemminflect's lookup under its own name, cached: every sentence asks about the same words again.
@lru_cache(maxsize=16384)
def getAllLemmas(word: str) -> dict:
    return _all_lemmas(word)


def without_marks(text: str) -> str:
    """The text without the emoji, ticks and checkboxes that open a call-out or a task ("✅ ",
    "💡 ", "[ ] "): marks of layout, not words of the claim."""
    text = re.sub(r"^\s*\[[ xX]\]\s*", "", text)
    start = 0
    while start < len(text) and (_is_mark(text[start]) or text[start].isspace()):
        start += 1
    return text[start:]


def _is_mark(char: str) -> bool:
    """An emoji, a symbol or a joiner that builds one (variation selectors, zero-width joiners)."""
    return unicodedata.category(char) in ("So", "Sk", "Mn", "Cf")


def instruction(flat: str) -> bool:
    """A step to take or advice to the reader, not a claim: a checkbox item, an order ("Use …",
    "Encrypt all …"), advice ("Don't …", "Always …")."""
    if _CHECKBOX.match(flat):
        return True
    text = _CALLOUT_LABEL.sub("", without_marks(flat))  # "📚 Learn More: The DOCTYPE …" is a claim
    # "After 30 minutes place the dough …", "Once it boils, add …": a step behind its timing.
    text = _STEP_TIMING.sub("", text, count=1) or text
    # "In Bash, note there are …", "In system debugging, be aware …": an order behind its context;
    # "To check, run `vim --version` and …": an order behind its purpose
    text = _CONTEXT_OPENING.sub("", text, count=1) or text
    text = _PURPOSE_OPENING.sub("", text, count=1) or text
    if re.match(r"[A-Z]{2,}\b", text):
        return False  # "SELECT TOP number …", "GET /users": a keyword or a name in capitals, no order
    if IMPERATIVE.match(text) or _ADVICE.match(text):
        return True
    first, _, rest = text.partition(" ")
    lemmas = getAllLemmas(first.lower()) if first.isalpha() else {}
    base_verb = first.lower() in lemmas.get("VERB", ())
    return base_verb and bool(_OBJECT_AFTER.match(rest))


# "In doing a code review, you should make sure that:": what follows are things to check, each one
# a condition of the reader's work, not a fact of the subject
_CHECKS_LEAD_IN = re.compile(
    r"\b(?:make\s+sure|ensure|check|verify|confirm|be\s+sure)\s+(?:that|the\s+following|of\s+the\s+following)?\s*:\s*$",
    re.I,
)


def listed_checks(blocks) -> set[int]:
    """The ids of the lists a paragraph leads in as things to check ("… you should make sure that:")."""
    return {
        b.id
        for a, b in itertools.pairwise(blocks)
        if b.kind == "list" and a.kind == "paragraph" and _CHECKS_LEAD_IN.search(plain(a.text).strip())
    }


@lru_cache(maxsize=4096)
def mostly_instructions(items: tuple[str, ...]) -> bool:
    """A list whose items are mostly steps or advice ("- Use HTTPS …", "- Limit requests …") is
    a checklist: an item that happens to parse as a claim is one more step of it."""
    steps = sum(instruction(plain_text) for plain_text in items)
    return len(items) > 1 and steps * 2 >= len(items)


def headless(marked: str) -> bool:
    """ "**Stores** position coordinates …", "Initializes tracking variables …": a description
    whose subject is elsewhere (the code above it, a lead-in), so the sentence names nothing.
    A verb the author set in bold, or one that cannot be a noun, opens no subject; a plural noun
    ("Stacks follow …") does. `marked` keeps the emphasis marks of `text.plain`'s input."""
    emphasised = marked.lstrip().startswith("\ue000")
    words = re.findall(r"[A-Za-z][\w'’-]*", marked)
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    first = words[0].lower()
    verbs = getAllLemmas(first).get("VERB", ())
    if not verbs or first in verbs or not first.endswith("s"):
        return False  # not a verb, or its base form (an order: `instruction`)
    if emphasised or "NOUN" not in getAllLemmas(first):
        return True
    second = words[1].lower()
    if second.replace("’", "'") in _AUXILIARIES:
        return False  # "Styles are inherited …": a plural subject and its verb
    following = getAllLemmas(second)
    # "Uses contrasting colors": what follows is no verb a plural subject could take.
    return bool(following) and second not in following.get("VERB", ()) and "NOUN" not in following


_AUXILIARIES = {
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "can", "cannot",
    "could", "must", "should", "will", "would", "may", "might", "shall", "isn't", "aren't", "doesn't", "don't",
    "can't", "won't", "wasn't",
}  # fmt: skip


def has_verb(flat: str) -> bool:
    """A sentence says something of its subject through a verb. "A recursive merge sort algorithm
    used to sort an array of 7 integer values" (a caption), "A quick reminder of all relevant SQL
    queries" (a blurb) and "JetBrains WebStorm (Paid, free for students)" are noun phrases. A
    word counts when it can only be a verb ("indicates", "invented"; "used" may be an adjective),
    in its base form only after a plural ("Stacks follow …", not "merge sort"). A word that may
    be a noun too counts after its subject and before its object ("Containers share the …", "A
    hypervisor runs on …", not "… integer values." nor "SQL queries and examples"). A
    parenthesis is an aside, not the sentence."""
    text = re.sub(r"\([^()]*\)", " ", flat)
    found = [(m[0].lower(), text[m.end() :]) for m in re.finditer(r"[A-Za-z][\w'’]*", text)]
    for (before, _), (word, rest) in zip([("", ""), *found], found, strict=False):
        if word.replace("’", "'") in _AUXILIARIES:
            return True
        lemmas = getAllLemmas(word)
        if "VERB" not in lemmas or word.endswith("ing"):
            continue
        after_plural = before.endswith("s") or before in _PLURAL_PRONOUNS
        if {"NOUN", "ADJ", "ADV", "ADP"} & set(lemmas):
            if (
                _takes_an_object(rest)
                and ((after_plural and word in lemmas["VERB"]) or (word.endswith("s") and word not in lemmas["VERB"]))
                and (_can_be_subject(before) or before in _RELATIVES)
            ):
                return True
            continue
        if word not in lemmas["VERB"] or after_plural:
            return True
    return False


def _can_be_subject(word: str) -> bool:
    """A noun, or a term the lexicon lacks ("hypervisor"), not a function word ("the", "for")."""
    lemmas = getAllLemmas(word)
    return "NOUN" in lemmas or (not lemmas and zipf_frequency(word, "en") < FUNCTION_WORD_ZIPF)


FUNCTION_WORD_ZIPF = 5.5


def _takes_an_object(rest: str) -> bool:
    """Words follow, with no stop or list between ("runs on bare metal", not "values." or "queries and")."""
    m = re.match(r"\s+([a-z]+)", rest)
    return bool(m) and m[1] not in ("and", "or", "nor")


_PLURAL_PRONOUNS = {"they", "we", "you", "i", "who", "that", "which"}
_RELATIVES = {"that", "which", "who", "it", "he", "she", "this", "what"}


# "essentially the IN operator is …": a bullet that goes on from its heading, not a sentence.
def opens_mid_sentence(flat: str) -> bool:
    first = re.match(r"[A-Za-z]+", flat)
    return bool(first) and first[0].islower() and zipf_frequency(first[0], "en") >= EVERYDAY_ZIPF


EVERYDAY_ZIPF = 3.0  # "npm", "iOS" open a sentence in lowercase; "essentially", "the" do not


# "… are also performed in O(log n) time", "… are also referred to as …": "also" points at the
# sentence before; after its auxiliary the claim reads the same without it.
_ALSO = re.compile(r"\b(is|are|was|were|can|may|must|will|should|has|have|be)\s+also\s+", re.I)


def without_also(sentence: str) -> str:
    return _ALSO.sub(r"\1 ", sentence)


# "A parameter (also sometimes called an argument)": a name given in passing, often loosely.
_ALIAS = r"(?:also\s+)?(?:sometimes\s+|often\s+)?(?:called|known as|referred to as)\s+(?:an?\s+|the\s+)?"


def restated_aside(span: str, flat: str) -> bool:
    """ "Breadth-first search (BFS)", "_ (underscore)", "expiration (TTL, RTTL)", "dot notation
    (weatherData.windSpeed)", "(also called an argument)": a parenthesis restates what stands before
    it (an acronym, a name, a sample, an alias), so a blank inside it is given by the sentence or is
    no fact of its own."""
    inside = rf"\((?:[^()]*,\s*|{_ALIAS})?{re.escape(span)}\s*(?:,[^()]*)?\)"
    # "___ search (BFS)", "a ___ (hash map)": the parenthesis right after the blank restates it.
    before = rf"{re.escape(span)}(?:\s+[\w-]+)?\s+\((?:[\w.-]+\s*){{1,3}}\)"
    return bool(re.search(inside, flat) or re.search(before, flat))


# "$([do something])", "git checkout <branch>", "foo.bar": what the reader fills in, not a fact.
# A tag alone ("<input>") is a thing of HTML; "<branch>" inside a command stands for one.
# "[name]", "<file>", "foo", "myVar", "someAsyncApiCall()", "exampleFunction": a stand-in of an example
_PLACEHOLDER = re.compile(
    r"\[[^\]]*\]|\S\s*<[^>]+>|<[^>]+>\s*\S|\b(?:foo|bar|baz|something|whatever)\b|"
    r"\b(?:my|some|example|sample|dummy|test)[A-Z_]\w*"
)


def placeholder(span: str) -> bool:
    return bool(_PLACEHOLDER.search(span))


_QUANTITY = {"handful", "bunch", "couple", "number", "variety", "kind", "sort", "type", "thing", "stuff", "part"}
# Words about describing ("the ___ for an array is …": syntax): any sentence of any subject fits them.
_META = {
    "syntax", "concept", "approach", "technique", "method", "feature", "term", "notion", "mechanism",
    "purpose", "idea", "aspect", "process", "strategy", "scenario", "construct", "functionality",
    # "A ___ of linked lists is that access time is linear": a word that frames the claim; the
    # claim ("linear") is what the sentence teaches.
    "drawback", "advantage", "disadvantage", "benefit", "downside", "upside", "limitation", "weakness",
    "strength", "shortcoming",
}  # fmt: skip


@lru_cache(maxsize=65536)
def only_a_verb(word: str) -> bool:
    """ "Creates", "allotting": a word that cannot be a noun (or a name) in any reading."""
    if " " in word or not word.isalpha():
        return False
    lemmas = getAllLemmas(word.lower())
    return bool(lemmas) and not {"NOUN", "PROPN"} & set(lemmas)


@lru_cache(maxsize=65536)
def rarity(word: str) -> float:
    """8 - Zipf frequency ("the" ≈ 0.3, "array" ≈ 3.9, "memoization" ≈ 6.9), less when the word
    cannot be a noun or is a vague quantity: a blank asks for a thing, not a verb or "a handful"."""
    score = 8.0 - zipf_frequency(word.lower(), "en")
    lower = word.lower()
    if lower in _QUANTITY or only_a_verb(word) or lower in _META or lower.removesuffix("s") in _META:
        score -= 2.5
    return score


def acts_as_verb(word: str, rest: str) -> bool:
    """ "**Handles** edge cases …": a word that can be a verb, opening a predicate, is one here."""
    lemmas = getAllLemmas(word.lower())
    following = rest.strip().lstrip("\ue001")[:1]
    return "VERB" in lemmas and word[:1].isupper() and word.lower().endswith("s") and following.islower()


# Prose worth a card states a general claim about its subject. These shapes are the document's
# scaffolding instead: each is named so a test (and a reader of the code) can see why a sentence
# was passed over.
_SCAFFOLDING = {
    # "On the right, Nicomachus' example …", "The colored arrows show …": a caption needs its figure.
    "caption": re.compile(
        # "image" alone is also a container image or a disk image: only "the image" points at one.
        r"\b(?:figures?|fig\.|diagrams?|illustrations?|animations?|screenshots?|(?:the|this) (?:image|picture)|"
        r"on the (?:left|right)|colou?red|derived from|(?:is|are) (?:shown|depicted|illustrated|highlighted))\b",
        re.I,
    ),
    # "MaxHeapAdhoc.js and MinHeap.js - …": the repository's files, not the subject's.
    "file name": re.compile(r"\b[\w-]+\.(?:js|ts|jsx|tsx|py|java|cpp|rb|go|rs|md|json|ya?ml|html|css|sh|txt)\b"),
    # "Since the advent of JavaScript …", "… has evolved significantly": the story, not the subject.
    "history": re.compile(
        r"\b(?:advent|evolved|evolving|named after|nowadays|these days|in recent years|over the years|increasingly|"
        r"more and more|(?:is|are) becoming)\b",
        re.I,
    ),
    # "the defer attribute is crucial", "One great tool …": a judgement to accept, not a fact to recall.
    "praise": re.compile(
        r"\b(?:crucial|essential|important|great|powerful|amazing|awesome|exciting|fun|easy|easier|handy|"
        r"good for|helpful|useful|popular|perfect|excellent|nice|cool|beautiful|elegant|fantastic|wonderful|"
        r"(?:a|the) (?:good|best|great|easy) way|best known)\b",
        re.I,
    ),
    # "<span> could be used to create a <button>": a possibility, with no single right answer.
    # "Each iteration can vary in their variables …": what may differ is no claim of what is.
    "hedge": re.compile(
        r"\b(?:might|could|would|perhaps|maybe|probably|not required|not necessary|(?:can|may) vary)\b", re.I
    ),
    # "… update the UI, make calls to the server, or whatever else …": an open list, which any
    # other member would complete as well as the blank.
    "open list": re.compile(r"\b(?:whatever else|and so on|and so forth|etc\.?)(?!\w)", re.I),
    # "Some data types …", "Many governments …": a claim about unnamed members of a class.
    "vague subject": re.compile(
        r"^(?:[A-Za-z]+,\s+)?(?:some|many|several|various|most|one|a lot|lots|a few|certain)\b", re.I
    ),
    # "b Is Power of Two - check if …": an index line (name - description), not a sentence.
    "index line": re.compile(r"\s[-–]\s"),
    # "For example, …": one case of a claim; the claim is the card.
    "example": re.compile(r"^(?:for (?:example|instance)|e\.g\.|as an example|consider|example)\b", re.I),
    # "💡 Pro Tip: …", "⚠️ Important: …": advice to the reader, set apart from the subject.
    "tip": re.compile(r"^\W*(?:pro tip|tips?|notes?|important|warning|remember|hint|fun fact|did you know)\b", re.I),
    # "Node E is visited now", "the key of P …", "segment DC": the labels of a worked example.
    "walkthrough": re.compile(r"(?<![\w'’.(-])(?:[B-HJ-Z]|[A-Z]{2}(?=\s(?:is|are|was|were|being|and)\b))(?![\w'’.(-])"),
    # "The data is now ready …", "each neighbour is being traversed": the state of a running example.
    # "Quicksort can then recursively sort …": a step of a procedure ("if …, then …" is a rule).
    # "The centroids are moving continuously …": a process watched as it runs.
    "narration": re.compile(
        r"\bnow\b|\b(?:is|are) being\b|(?<!,\s)\bthen\b(?!,)|"
        r"\b(?:is|are) (?!(?:no|some|any|every)?thing\b|string\b)[a-z]+ing\b",
        re.I,
    ),
    # "If you used Method 2 …, then you ran Filter on …": what the reader did in the exercise.
    "reader's steps": re.compile(
        r"\b(?:you|we)\s+(?:already\s+|just\s+|previously\s+)?(?:used|ran|did|created|made|saw|got|built|clicked|"
        r"chose|selected|opened|added|wrote|typed|entered|imported|uploaded|downloaded|installed|tried|renamed|"
        r"changed|called|defined|started|finished|completed|skipped)\b",
        re.I,
    ),
    # "an a-by-b rectangle … side-length c only if c divides a and b": a worked case in variables.
    "variables": re.compile(r"(?<![\w'’(-])[b-hj-z](?![\w'’(-]).*(?<![\w'’(-])[b-hj-z](?![\w'’(-])"),
    # "A closure is like a backpack …", "a bit special": a picture or a shrug, not a claim.
    "analogy": re.compile(r"\b(?:is|are) like\b|\bthink of\b|\bimagine\b|\ba bit\b|\bsomewhat\b|^just as\b", re.I),
    # "the smallest square, 21, is the GCD of 1071 and 462": the numbers of one worked example.
    # "sittin → sitting (insertion of g)": one step of a transformation.
    # "dimensions a = 1071 and b = 462": the values a worked example gives its variables.
    "worked example": re.compile(r"\b\d{2,}\b.*\b\d{2,}\b.*\b\d{2,}\b|→|->|=>|(?<![\w(])[a-z]\s*=\s*\d"),
    # "CTR= Number of Clicks/Number of Impressions ×100%": a formula is asked whole, not by a blank.
    "formula": re.compile(r"[\w)\]]\s*=\s*[\w(\[]|[×÷]"),
    # "… links for further reading (including ones to YouTube videos)": a pointer elsewhere.
    # ("the repository is in a detached HEAD state" is a fact of git: "this repository" is caught
    # as talk to the reader.)
    "pointer": re.compile(r"\b(?:readme|further reading|links? (?:to|for)|videos?|tutorials?|documentation)\b", re.I),
    # "Why use IDs? IDs provide …": a question glued to its answer by the splitter.
    "question": re.compile(r"\?"),
    # "UKRAINE IS BEING ATTACKED …": a banner, not prose.
    "banner": re.compile(r"\b[A-Z]{2,}\s+[A-Z]{2,}\s+[A-Z]{2,}\b"),
    # "… ensure that this information …", "to do so", "the idea is": a referent the card lacks.
    "leaning": re.compile(
        r"\b(?:this|these|those|such(?! as| that)|the above|to do so|doing so|the idea|the former|the latter|"
        r"the same way|as well)\b",
        re.I,
    ),
}
# "Since they require …, they consume …": a pronoun before the sentence has named anything.
# "A heap keeps its maximum …" names its owner first; "Its maximum …" does not.
_EARLY_PRONOUN = re.compile(r"^(?:\S+\s+){0,4}(?:it|they|them|that occurs)\b|^(?:its|their)\b", re.I)
# "Since there is only one …, they are given …": the clause names nothing the pronoun could mean.
_SUBORDINATE_PRONOUN = re.compile(
    r"^(?:since|because|although|though|while|when|whenever|if|as|unless|after|before)\b"
    r"(?:\s+|[^,]*,\s*)(?:it|its|they|them|their)\b",
    re.I,
)


_AFTER_MODAL = re.compile(r"\b(?:may|might|can|cannot|must|will|shall|should)\s+(?:not\s+)?([a-z]+)\b")


def _broken_modal(flat: str) -> bool:
    """ "the order may checked by …": a modal before a verb's past form, a slip a card would copy."""
    for m in _AFTER_MODAL.finditer(flat):
        lemmas = getAllLemmas(m[1])
        if set(lemmas) == {"VERB"} and m[1] not in lemmas["VERB"]:
            return True
    return False


@lru_cache(maxsize=16384)
def scaffolding(flat: str) -> str:
    """Why a prose sentence is not worth studying alone ('caption', 'history', …), or ''. Cached:
    the definition, statement and key-sentence readers each ask of the same sentences."""
    for reason, pattern in _SCAFFOLDING.items():
        if pattern.search(flat):
            return reason
    if _EARLY_PRONOUN.match(flat) or _SUBORDINATE_PRONOUN.match(flat):
        return "leaning"
    if _broken_modal(flat):
        return "broken grammar"
    return ""


# Sections for the reader to work in ("Task", "🚀 Challenge", "Review & Self Study"): their prose
# sets up the exercise rather than teaching the subject.
_PRACTICE = re.compile(
    r"\b(?:tasks?|challenge|exercises?|assignment|self[- ]study|your turn|try it|homework|quiz)\b", re.I
)


def practice_section(path: tuple[str, ...] | list[str]) -> bool:
    return bool(path) and bool(_PRACTICE.search(path[-1]))


MIN_SHARED_STEM = 4


def related(word: str, other: str) -> bool:
    """'reader'/'readers', 'virtualize'/'Virtual', "Euclid's"/'Euclidean': one word gives the other
    away. A shared start covering all but two letters of the shorter word, and at least four."""
    a, b = word.lower().strip("'’s"), other.lower().strip("'’s")
    if min(len(a), len(b)) < MIN_SHARED_STEM:
        return a == b
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    return shared >= max(MIN_SHARED_STEM, min(len(a), len(b)) - 2)


# "to decrypt …, … the matrix used for encryption": a prefix that reverses or makes a verb hides
# a shared root, and the root gives the other word away.
_ROOT_PREFIX = re.compile(r"^(?:de|en|em|dis|un|non)(?=[a-z]{5})", re.I)
MIN_ROOT = 5


def shares_a_root(word: str, other: str) -> bool:
    """'decrypt'/'encryption', 'enable'/'disable': one word, less its prefix, gives the other away."""
    a, b = _ROOT_PREFIX.sub("", word.lower()), _ROOT_PREFIX.sub("", other.lower())
    if (a, b) == (word.lower(), other.lower()) or min(len(a), len(b)) < MIN_ROOT:
        return False
    return a[:MIN_ROOT] == b[:MIN_ROOT]


# Endings of words the lexicon does not know that make adjectives or verbs ("assistive",
# "exclusionary", "virtualize"), not the names of things.
_NOT_A_THING_ENDING = re.compile(r"(?:ive|ary|ous|ize|ise|ized|ised|izes|ises|ful|less|able|ible|ic|al|ly)$", re.I)


def can_be_a_thing(word: str) -> bool:
    """A blank asks for a thing: 'contiguous' or 'assistive' (adjectives) and verbs are not one. A
    capitalised word is taken as a name; a word the lexicon does not know, by its ending."""
    if not word.isalpha() or word[:1].isupper():
        return True
    lemmas = getAllLemmas(word.lower())
    if not lemmas:
        return not _NOT_A_THING_ENDING.search(word)
    return bool({"NOUN", "PROPN"} & set(lemmas))


def describes_an_action(word: str) -> bool:
    """'highly', 'natively': an adverb, which a blank cannot ask for."""
    if not word.isalpha() or word[:1].isupper():
        return False
    lemmas = getAllLemmas(word.lower())
    return set(lemmas) == {"ADV"} if lemmas else word.lower().endswith("ly")


def can_describe(word: str) -> bool:
    """'numeric', 'binary': a word that can modify a noun, so before one it is a modifier."""
    if not word.isalpha():
        return False
    lemmas = getAllLemmas(word.lower())
    return "ADJ" in lemmas if lemmas else bool(_NOT_A_THING_ENDING.search(word))


# "The cipher can, of course, be adapted …", "all arithmetic just needs to …", "Interestingly, in
# JavaScript …": a speaker's asides. A card read alone weeks later states the claim without them.
_ASIDE_BETWEEN_COMMAS = re.compile(
    r",\s*(?:of course|by definition|in fact|in general|essentially|basically|obviously|interestingly|naturally|"
    r"in practice|as expected|needless to say|for example|for instance),(?=\s)",
    re.I,
)
_ASIDE_OPENING = re.compile(
    r"^(?:interestingly|of course|obviously|naturally|basically|essentially|in fact|needless to say|as expected),\s+",
    re.I,
)
_SOFTENER = re.compile(r"\b(?:just|simply|really|actually|basically)\s+(?=(?P<next>[a-z]+)\b)")


# "The insertion and deletion operations, along with the tree rearrangement, are performed in …":
# what goes along is not the claim. ", when implementing a search field for example.": one case.
_ALONG_WITH = re.compile(r",\s*(?:along with|together with|as well as)\s[^,;]+,(?=\s)", re.I)
_TRAILING_EXAMPLE = re.compile(
    r",\s+(?:[^,;]*\bfor (?:example|instance)|(?:for example|for instance|e\.g\.)[^,;]*)(?=\.?$)", re.I
)


def without_asides(sentence: str) -> str:
    """The sentence without the asides a speaker adds ("of course", "just", "Interestingly,", "along
    with …", a closing "for example"). A softener goes only before a verb ("just needs"), where it
    changes no claim; "just one" stays."""
    text = _TRAILING_EXAMPLE.sub("", _ALONG_WITH.sub("", _ASIDE_BETWEEN_COMMAS.sub("", sentence)))
    if m := _ASIDE_OPENING.match(text):
        rest = text[m.end() :]
        text = rest[:1].upper() + rest[1:] if rest[:1].islower() and not _keeps_case(rest) else rest
    return _SOFTENER.sub(lambda m: "" if "VERB" in getAllLemmas(m["next"]) else m[0], text)


def _keeps_case(text: str) -> bool:
    """ "npm is …", "iOS has …": a lowercase name keeps its case at the head of a sentence."""
    first = re.match(r"[A-Za-z]+", text)
    return bool(first) and zipf_frequency(first[0], "en") < EVERYDAY_ZIPF


MIN_CLAUSE_WORDS = 6
# "…; all arithmetic …", "…, so that each lookup … takes time proportional to …": the clause
# after the joint states its own claim.
_CLAUSE_JOINT = re.compile(r";\s+|,\s+so that\s+")
# "On average, …, so that each lookup takes …": the qualifier holds for the clause asked, too.
_QUALIFIER = re.compile(
    r"^(?:on average|in the (?:worst|best|average) case|in general|typically|usually|in practice),\s+", re.I
)


def clause_holding(sentence: str, answer: str) -> str:
    """Of a sentence of clauses joined by a semicolon or "so that", the one that holds the answer,
    when it can stand alone: the shortest statement that still carries the fact."""
    clauses = [c.strip() for c in _CLAUSE_JOINT.split(sentence)]
    holding = [c for c in clauses if answer in c]
    if len(clauses) < 2 or len(holding) != 1 or len(holding[0].split()) < MIN_CLAUSE_WORDS:
        return sentence
    clause = holding[0].rstrip(".") + "."
    if DEPENDENT_OPENING.match(clause) or scaffolding(clause) == "leaning" or not has_verb(clause):
        return sentence  # "…; this means …" leans on the one before; "…; model order and …" says nothing
    if (qualifier := _QUALIFIER.match(sentence)) and not clause.startswith(sentence[: qualifier.end()]):
        return f"{qualifier[0]}{clause[:1].lower() if not _keeps_case(clause) else clause[:1]}{clause[1:]}"
    return clause[:1].upper() + clause[1:] if not _keeps_case(clause) else clause


# "The run time complexity is O(log b) …", "Additional space complexity is O(1)": a measure of
# something the sentence does not name (the section's example, an algorithm above). Read alone
# weeks later, "whose complexity?" has no answer.
_OWNERLESS_MEASURE = re.compile(
    r"^(?P<measure>(?:the\s+)?(?:(?:additional|auxiliary|average|overall|total|expected|amortized|worst[- ]case|"
    r"best[- ]case|average[- ]case|time|space|run|running|memory)\s+)*"
    r"(?:complexity|run\s?time|running time|time|space|cost|result|output))\s+"
    r"(?:is|are|was|will be|becomes|equals|remains)\b",
    re.I,
)
_MEASURE_HEADING = re.compile(r"\b(?:complexity|time|space|cost|result|output|analysis|performance)\b", re.I)
_TRAILING_BOUND = re.compile(r"\s*\(?\bO\([^)]*\)\)?\s*$")
# "The algorithm uses …", "The cipher can be adapted …": a subject named only by its kind.
_BARE_SUBJECT = re.compile(r"^the\s+(?P<noun>[a-z]+)\b(?!\s+(?:of|for|in|that|which|where|called)\b)", re.I)
# Kinds that name nothing alone: without a heading to name them, the sentence is no card.
_GENERIC_KINDS = {
    "algorithm", "method", "approach", "function", "procedure", "solution", "program", "code", "example",
    "technique", "formula", "operation", "process", "implementation", "problem",
}  # fmt: skip
MAX_REFERENT_WORDS = 5
_REFERENT_HEADING = re.compile(r"^[A-Za-z][\w'’–-]*(?: [A-Za-z][\w'’–-]*)*$")


def with_named_referent(sentence: str, path: tuple[str, ...] | list[str]) -> str | None:
    """The sentence with its subject named, or None when it has a referent it cannot name.
    "The algorithm uses a priority queue …" under "Dijkstra's Algorithm" becomes "Dijkstra's
    Algorithm uses …"; "The run time complexity is …" of an unnamed example is no card."""
    if measured := _OWNERLESS_MEASURE.match(sentence):
        owner = _owner_of_measure(path)
        if not owner:
            return None
        measure = measured["measure"]
        measure = measure if measure.lower().startswith("the ") else f"the {measure[:1].lower()}{measure[1:]}"
        return f"{measure[:1].upper()}{measure[1:]} of {owner}{sentence[measured.end('measure') :]}"
    m = _BARE_SUBJECT.match(sentence)
    if not m:
        return sentence
    noun = m["noun"].lower()
    heading = _heading_naming(noun, path)
    if heading:
        named = _as_named(heading)
        return named[:1].upper() + named[1:] + sentence[m.end() :]
    if member := _member_of_titled_kind(noun, path):
        return f"The {member} {noun}{sentence[m.end() :]}"
    return None if noun in _GENERIC_KINDS else sentence


# "Richmond, 351 Ninth Avenue, built 1914": a heading that opens with a name, then what it adds
_NAME_OPENING_HEADING = re.compile(r"^(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})(?:,|\s+[-–—(]|$)")


def _member_of_titled_kind(noun: str, path: tuple[str, ...] | list[str]) -> str:
    """ "The library was designed …" under "Richmond, 351 Ninth Avenue" of a page titled "Carnegie
    Libraries": the heading names one of the title's kind ("Richmond"), which the sentence means."""
    if len(path) < 2:
        return ""
    title_words = path[0].split()
    if not title_words or title_words[-1].lower() not in (f"{noun}s", f"{noun}es", noun[:-1] + "ies"):
        return ""
    m = _NAME_OPENING_HEADING.match(path[-1].strip())
    return m["name"] if m and m["name"].lower() != noun else ""


def _heading_naming(noun: str, path: tuple[str, ...] | list[str]) -> str:
    """The nearest heading that names a thing of this kind ("Hill Cipher" for "the cipher")."""
    for heading in reversed(path):
        words = heading.split()
        if not (2 <= len(words) <= MAX_REFERENT_WORDS and _REFERENT_HEADING.match(heading)):
            continue
        if words[0].lower().endswith("ing") and words[1].lower() in ("the", "a", "an", "your", "our"):
            continue  # "Understanding the GDPR" is done to the GDPR; it names no GDPR
        last = words[-1].lower()
        if last == noun or last.removesuffix("s") == noun:
            return heading
    return ""


def _owner_of_measure(path: tuple[str, ...] | list[str]) -> str:
    """What a complexity under these headings is of: the nearest heading that names an approach
    or an operation ("Peak Valley Approach O(n)" → "the Peak Valley Approach", "Multiply Two
    Signed Numbers" → "multiplying two signed numbers"), not the measure's own heading."""
    for heading in reversed(path[1:]):
        name = _TRAILING_BOUND.sub("", heading).strip()
        if _MEASURE_HEADING.search(name):
            continue
        words = name.split()
        if not (2 <= len(words) <= MAX_REFERENT_WORDS and _REFERENT_HEADING.match(name)):
            return ""
        return _as_operation(words) or _as_named(name)
    return ""


def _as_operation(words: list[str]) -> str:
    """ "Multiply Two Signed Numbers" → "multiplying two signed numbers", or '' for a noun phrase."""
    first = words[0].lower()
    lemmas = getAllLemmas(first)
    if "VERB" not in lemmas or "NOUN" in lemmas or first not in lemmas["VERB"]:
        return ""
    gerund = getInflection(first, "VBG")
    rest = [w.lower() if w[1:].islower() and zipf_frequency(w.lower(), "en") >= EVERYDAY_ZIPF else w for w in words[1:]]
    return " ".join([gerund[0], *rest]) if gerund else ""


def _as_named(name: str) -> str:
    from quizzes.generation.writing.topics import as_place  # topics reads this module

    return as_place(name)


# Words whose opposite a sentence may state ("all values are truthy unless defined as ___"): the
# one gives the other away. Each side is a set of word starts.
_OPPOSITES = (
    (("true", "truth"), ("false", "fals")),
    (("minim",), ("maxim",)),
    (("positive",), ("negative",)),
    (("increas",), ("decreas",)),
    (("ascend",), ("descend",)),
    (("upper",), ("lower",)),
    (("inner",), ("outer",)),
    (("input",), ("output",)),
    (("synchronous", "sync"), ("asynchronous", "async")),
)


def opposite(word: str, other: str) -> bool:
    """ "truthy"/"falsy", "minimum"/"max", "input"/"outputs": the two ends of one scale."""
    a, b = word.lower(), other.lower()
    return any(
        (a.startswith(one) and b.startswith(two)) or (a.startswith(two) and b.startswith(one))
        for ones, twos in _OPPOSITES
        for one in ones
        for two in twos
    )


# "The start node, by definition, has a distance of 0m from itself": true of any example, so the
# number teaches nothing.
_TRUE_BY_DEFINITION = re.compile(r"\bby definition\b|\b(?:from|to|of|with) (?:itself|themselves)\b", re.I)
_NUMERIC = re.compile(r"^\W*\d")


# "… provides quick access to all ___ commands": a name between a quantifier and its noun only
# says whose the things are; the claim is elsewhere, and the name is the document's own setting.
_QUANTIFIED = r"\b(?:all|every|each|any|most)\s+{}\s+[a-z]{{3,}}\b"


def given_by_the_sentence(span: str, flat: str) -> bool:
    """A blank the rest of the sentence gives away: its opposite is stated beside it, it is a
    number the sentence says holds by definition, or a name qualifying "all … commands"."""
    if span[:1].isupper() and re.search(_QUANTIFIED.format(re.escape(span)), flat):
        return True
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", flat) if w not in span.split()]
    if any(opposite(part, word) for part in span.split() for word in words):
        return True
    return bool(_NUMERIC.match(span)) and bool(_TRUE_BY_DEFINITION.search(flat))


# "In Genetic Algorithm the weighted random is used …": an opening phrase on title-cased words,
# without a comma, runs into the clause; the source's grammar would be the card's.
_RUN_ON_OPENING = re.compile(
    r"^(?P<prep>In|For|With|On)\s+(?P<noun>(?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+)\s+(?=(?:the|a|an|this|each|every)\s)",
    re.A,
)


def repaired_opening(flat: str) -> str:
    """ "In Genetic Algorithm the …" → "In Genetic Algorithm, the …". The comma only: whether the
    capitals are a name's ("Visual Studio Code", "Google Chrome") or a common noun's, which would
    take an article and lower case, the words do not tell."""
    m = _RUN_ON_OPENING.match(flat)
    return f"{m['prep']} {m['noun']}, {flat[m.end() :]}" if m else flat


# "A parameter (also sometimes called an argument), is additional information …": the alias is a
# name given in passing (and often loosely); the claim is about the term it follows.
_ALIASED_SUBJECT = re.compile(
    rf"^(?P<article>(?:A|An|The)\s+)(?P<name>[\w-]+(?:\s[\w-]+)?)\s*\({_ALIAS}(?P<alias>[^()]+)\),?\s+"
    r"(?P<rest>(?:is|are)\s.+)$"
)


def without_alias(flat: str) -> tuple[str, str, str] | None:
    """ "A parameter is additional information sent to a function.", "parameter" and "argument",
    for a subject followed by its alias in parentheses; None for any other sentence."""
    if m := _ALIASED_SUBJECT.match(flat):
        return f"{m['article']}{m['name']} {m['rest']}", m["name"], m["alias"].strip()
    return None


# "N(0,1/n) -- so-called Xavier initialization, it helps …", "Another algorithms that use the
# same idea: RMSProp, Adam", "Variance errors, which are caused by …": a list item or a lead-in
# whose only verb sits in a relative clause or after a label. A cloze of it is a fragment to read
# around, not a claim; the statement it belongs to is elsewhere (its lead-in, its heading).
_DASHED_ASIDE = re.compile(r"\s(?:--|—)\s[^—]*?\s(?:--|—)\s")
_LABEL_SEPARATOR = re.compile(r"\s(?:--|—)\s|:\s")
_DASH = re.compile(r"\s(?:--|—)\s")
_NON_RESTRICTIVE = re.compile(r",\s+(?:which|who|whose)\s")
_RESTRICTIVE = re.compile(r"(?<=[a-z] )(?:that|which|who)\s+[a-z]+\b")


def lacks_main_clause(flat: str) -> bool:
    """Whether a sentence says nothing of its subject outside a relative clause or a label."""
    if is_gloss(flat):
        return True
    text = _DASHED_ASIDE.sub(" ", re.sub(r"\([^()]*\)", " ", flat))
    head, *rest = _LABEL_SEPARATOR.split(text, maxsplit=1)
    tail = rest[0].strip() if rest else ""
    dashed = bool(tail) and _DASH.search(text[: len(head) + 4]) is not None
    if tail and not has_verb(head) and (dashed or not has_verb(tail)):
        # "N(0,1/n) -- so-called …, it helps": a term and its description; "Types: A, B": a list.
        # "Pure cores: document generation … are plain functions" is a sentence after its label.
        return True
    if (m := _NON_RESTRICTIVE.search(head)) and not has_verb(head[: m.start()]):
        _, comma, after = head[m.end() :].partition(", ")
        if not comma or not has_verb(after):
            return True  # "Variance errors, which are caused by …" and nothing more
    # "Another algorithms that use the same idea: RMSProp, Adam": a lead-in whose one verb is its
    # relative clause's. Only before a label's colon, where the clause cannot run on to a main verb.
    return bool(tail) and has_verb(head) and not has_verb(_RESTRICTIVE.sub(" ", head))


# "an _____ event": the article tells a vowel-initial answer; "a(n)" asks it without the hint.
_ARTICLE_BEFORE_BLANK = re.compile(r"\b([Aa])n(?= _____)")


def without_article_hint(front: str) -> str:
    return _ARTICLE_BEFORE_BLANK.sub(r"\1(n)", front)


# "Returns true if the numbers are equal", "True if string1 sorts after string2": what an
# operator or function gives back, said of a subject the line does not name (the code below or
# beside it). A cloze of it leaves out the one thing it is about.
_RESULT_OF_UNNAMED = re.compile(
    r"^(?:returns|evaluates to|yields|gives)\b|^(?:true|false)\s+(?:if|when|unless)\b", re.I
)


def describes_unnamed_result(flat: str) -> bool:
    return bool(_RESULT_OF_UNNAMED.match(flat.lstrip("*-• ")))


# "All examples are tested with text-davinci-003 unless otherwise specified": how the document
# itself was made, a convention of the text and no fact of its subject.
_DOCUMENT_CONVENTION = re.compile(
    r"\bunless (?:otherwise|stated otherwise) (?:specified|noted|stated|indicated|mentioned)\b"
    r"|\b(?:examples|snippets|samples|outputs)\s+(?:\w+\s+){0,3}(?:are|were|have been)\s+(?:tested|run|generated)\b",
    re.I,
)


def document_convention(flat: str) -> bool:
    return bool(_DOCUMENT_CONVENTION.search(flat))


def clozable(sentence: str) -> str | None:
    """The sentence with its simple inline math written as text, or None when no cloze of it could
    stand alone: raw LaTeX, a one-letter symbol the card could not define, "Returns true if …" of an
    operator it never names, a note on how the document was made."""
    sentence = math_as_text(sentence)
    if sentence is None or uses_symbol(sentence):
        return None
    flat = plain(sentence)
    if describes_unnamed_result(flat) or document_convention(flat) or _LEANS_ON_THE_COURSE.search(flat):
        return None
    return sentence


# "like you used >> for STDOUT", "the lecture demonstrates …", "in this chapter": a sentence about
# the reader's course through the material, which a card read alone weeks later does not share.
_LEANS_ON_THE_COURSE = re.compile(
    r"\b(?:like|as)\s+(?:you|we)\s+(?:did|used|saw|learned|have\s+(?:seen|used|learned))\b"
    r"|\b(?:the|this|next|previous|last)\s+(?:lecture|course|chapter|lesson|video|tutorial|module|unit)\b",
    re.I,
)


# "A file containing preferences for how ESLint should parse files.", "A package that can contain
# …": a glossary entry's gloss, a noun phrase whose verbs are all in its relative clause. Its
# term is in the heading above; as a cloze it reads as half a sentence.
_GLOSS = re.compile(
    r"^(?:A|An)\s+(?P<head>[^,;:]+?)\s+(?P<joint>that|which|who|whose|where|containing|consisting|"
    r"describing|representing|providing|allowing|used|of|for|with|within|from|by|in|on|to)\s+(?P<rest>.+)$"
)
_MAIN_BE = re.compile(r"(?<!\bthat )(?<!\bwhich )(?<!\bwho )(?<!\bit )\b(?:is|are|was|were)\b")


def is_gloss(flat: str) -> bool:
    m = _GLOSS.match(flat.strip())
    relative = m is not None and m["joint"] in ("that", "which", "who", "whose", "where")
    if not m or has_verb(m["head"] if relative else f"{m['head']} {m['joint']} {' '.join(m['rest'].split()[:2])}"):
        return False  # "A type 1 hypervisor runs on bare metal …"
    if relative:
        return not _MAIN_BE.search(m["rest"].split(" ", 1)[-1])  # "… that runs on X is called …"
    return not has_verb(m["rest"]) or m["joint"] in ("containing", "consisting", "used", "describing")


# Shapes of a cloze whose blank or sentence a reader could not fairly answer alone.

# "| `10 9 * * 5` | At 9:10AM of every Friday |", "the built-in [`oct()`][oct] function": a table
# row or an unresolved reference link read as prose. The card would show the markup.
_TABLE_RESIDUE = re.compile(r"\|[^|]*\|")
_LINK_RESIDUE = re.compile(r"\[[^\]]+\]\[[^\]]*\]")


def markup_residue(flat: str) -> bool:
    return bool(_TABLE_RESIDUE.search(flat) or _LINK_RESIDUE.search(flat))


# "octal numbers **are ints** and support …": an emphasised verb phrase. The blank would be a
# predicate to guess the wording of, not a term.
_FINITE = {
    "is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "can", "cannot", "will",
    "must", "should", "may", "might", "would", "could",
}  # fmt: skip


def opens_with_a_verb(span: str) -> bool:
    words = span.split()
    return len(words) > 1 and words[0].lower() in _FINITE


# "… that was later ___ to Python 2.7", "is ___ by the browser": a participle after a form of
# "be" is the verb of a passive clause, the action the sentence reports, not a thing it names.
_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|gets?|got)(?:\s+(?:\w+ly|later|then|now|first|also|not|never))?\s+$",
    re.I,
)


def passive_participle(span: str, before: str) -> bool:
    if " " in span:
        return False
    last = span.split("-")[-1].lower()
    verb = last.endswith("ed") and "VERB" in getAllLemmas(last)
    return verb and bool(_PASSIVE_BEFORE.search(before))


# "Callbacks are used everywhere, not just in ___ events": what a "not just …" phrase plays down
# is the case the sentence says is not the point.
_PLAYED_DOWN = re.compile(r"\bnot\s+(?:just|only|merely|solely)\b(?:\s+[\w'-]+){0,3}\s*$", re.I)


def played_down(before: str) -> bool:
    """ "not just in ___ events"; "Kubernetes is not a ___ system": what a claim plays down or
    denies, which any word it does not mean would fill as well."""
    return bool(_PLAYED_DOWN.search(before) or _DENIED.search(before))


# "is not a ___ system": a class the subject is denied (a property it never has, "never gives false
# negatives", is a fact all the same)
_DENIED = re.compile(
    r"\b(?:(?:is|are|was|were)\s+not|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)(?:\s+[\w'’-]+){0,4},?\s*$", re.I
)


# "if there is no error, the object is ___", "executed when the event happens": "the" before a
# kind that names nothing alone, with no qualifier after it and no "an object" before it in the
# sentence, points at a thing the reader met in an earlier sentence or in code the card lacks.
_UNANCHORED_KINDS = (
    "object", "event", "value", "result", "element", "item", "argument", "parameter", "input",
    "output", "variable", "field", "property", "instance", "entry", "data",
)  # fmt: skip
_UNANCHORED = re.compile(rf"\bthe\s+({'|'.join(_UNANCHORED_KINDS)})\b(?P<rest>.*)$", re.I)


# "as with binary, giving the wrong base will raise a ___": wrong for what, the sentence does
# not say; the choice it judges was made in the text before.
_UNANCHORED_CHOICE = re.compile(
    r"\b(?:giving|using|passing|choosing|picking|providing)\s+the\s+(?:wrong|incorrect)\s", re.I
)


def leans_on_a_referent(flat: str) -> bool:
    if _UNANCHORED_CHOICE.search(flat):
        return True
    if _NAMED_SETTING.match(flat):
        return False  # "In k-Means classification, the output is …": the opening says whose
    for m in _UNANCHORED.finditer(flat):
        noun, rest = m[1].lower(), m["rest"]
        if re.search(rf"\b(?:a|an|each|every|any|some|one|this)\s+(?:[\w-]+\s+)?{noun}s?\b", flat[: m.start()], re.I):
            continue  # "… returns an object; the object is …": the sentence introduces it
        if _subject_of_a_verb(rest):
            return True
    return False


_NAMED_SETTING = re.compile(r"^(?:In|For|With)\s+[^,]{3,60},\s+the\s")


def _subject_of_a_verb(rest: str) -> bool:
    """The noun is the subject of a verb ("the event happens", "the object is"), not qualified
    ("the object of", "the event loop") nor an object at the end ("raises an event on the
    element", where the sentence's own "a text box" is what it means)."""
    word = re.match(r"\s*([A-Za-z']+)", rest)
    if not word:
        return False
    word = word[1].lower()
    if word == "is" and re.match(r"\s*is\s+that\b", rest):
        return False  # "The result is that the tree is …": an idiom, no referent
    return word in _FINITE or (set(getAllLemmas(word)) == {"VERB"} and word.endswith("s"))


# "**Galvanic cells** that generate electricity from spontaneous reactions": a summary bullet whose
# only verb is in the relative clause after its opening noun phrase. The cloze is half a sentence
# around a blank. Not "Anything that goes into an if needs to evaluate …": a verb follows.
MAX_BULLET_HEAD = 4


def only_a_relative_verb(flat: str) -> bool:
    clause = re.sub(r"\([^()]*\)", " ", flat).strip()
    m = re.match(rf"^((?:[\w'’-]+\s+){{1,{MAX_BULLET_HEAD}}})(?:that|which|who)\s+([a-z]+)\b(?P<rest>.*)$", clause)
    if not m or has_verb(m[1]) or "VERB" not in getAllLemmas(m[2]):
        return False
    rest = re.sub(r"\bto\s+[a-z]+", " ", m["rest"])  # "… use electricity to drive …": the clause's own infinitive
    return not any("VERB" in getAllLemmas(w.lower()) for w in re.findall(r"[A-Za-z]+", rest) if not w.endswith("ing"))


# "To trigger ___ for more activity types, use the types keyword", "To convert a(n) ___ into an
# octal representation, you can use oct()": in an instruction with its purpose first, the fact is
# the means after the comma; a blank in the purpose asks for the setting of the example.
_PURPOSE_FIRST = re.compile(
    r"^To\s+[a-z]+\b[^,]*,\s+(?:you\s+(?:can|could|should|must|may|need\s+to)\s+|just\s+|simply\s+)?(?P<verb>[a-z]+)\b"
)


def in_a_purpose_clause(span: str, flat: str) -> bool:
    m = _PURPOSE_FIRST.match(flat)
    if not m or m["verb"] not in getAllLemmas(m["verb"]).get("VERB", ()):
        return False  # "To be sure, hashing is …": no order follows the purpose
    return span in flat and span not in flat[m.start("verb") :]


# "use the types ___" (keyword), "call the built-in len ___" (function): the kind that follows a
# name says what the name is; the name is the fact, and any reader fills in its kind.
_KINDS_OF_NAMES = {
    "keyword", "function", "method", "option", "flag", "command", "property", "attribute", "field",
    "parameter", "argument", "variable", "class", "module", "package", "library", "tag", "hook", "directive",
    "operator", "statement", "setting", "key",
}  # fmt: skip
_THE_NAME_BEFORE = re.compile(r"\bthe\s+(?:built-in\s+)?[\w.$()-]+\s+$", re.I)


def kind_after_its_name(span: str, before: str) -> bool:
    return span.lower().removesuffix("s") in _KINDS_OF_NAMES and bool(_THE_NAME_BEFORE.search(before))


# "In ESLint, global declarations inform _____ rules" (lint): the front spells the answer inside
# another word, often the topic set before the sentence. The card reads its own answer out.
MIN_SPELLED_ANSWER = 4


def spells_its_answer(front: str, answer: str) -> bool:
    if len(answer) < MIN_SPELLED_ANSWER or not answer.replace(" ", "").isalnum():
        return False
    return re.search(re.escape(answer), front, re.I) is not None


# "Limit to Pull Requests which target `master`.": a verb in its base form, a preposition, and
# no verb after but a relative clause's. An order to the reader, however short; "Access to the
# file is restricted" names a thing and goes on to say something of it.
_PREPOSITIONS = {"to", "on", "for", "with", "from", "into", "by", "in", "at", "onto", "against"}


def bare_order(flat: str) -> bool:
    words = flat.split(maxsplit=2)
    if len(words) < 3 or not words[0].isalpha() or words[1].lower() not in _PREPOSITIONS:
        return False
    first = words[0].lower()
    if first not in getAllLemmas(first).get("VERB", ()):
        return False
    before_relative = re.split(r"\b(?:that|which|who|where)\b", words[1] + " " + words[2], maxsplit=1)[0]
    return not has_verb(before_relative)


# "individual, ___ decision trees" (unpruned): a blank in a row of adjectives before its noun is
# one qualifier among several; the sentence's claim is about the noun, not the word picked.
_ADJECTIVE_AND_COMMA = re.compile(r"\b([a-z]+),\s+$")


def among_adjectives(before: str, after: str) -> bool:
    m = _ADJECTIVE_AND_COMMA.search(before)
    following = re.match(r"\s*([a-z]+)\b", after)
    if not (m and following) or following[1] in ("and", "or", "but", "nor"):
        return False  # "red, ___ and blue": a member of a list, not a qualifier
    return "ADJ" in getAllLemmas(m[1]) and "NOUN" in getAllLemmas(following[1])
