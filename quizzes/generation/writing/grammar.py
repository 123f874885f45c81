"""Inflection by library, not by string luck: verb base forms (lemminflect), articles and number (inflect)."""

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

import inflect
from lemminflect import getAllLemmas, getInflection
from wordfreq import zipf_frequency

_engine = inflect.engine()
_VOWEL_SOUND_LETTERS = set("AEFHILMNORSX")  # letters whose spoken name starts with a vowel: "an SQL", "an HTTP"
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


@lru_cache(maxsize=8192)
def _lemmas(word: str) -> dict:
    return getAllLemmas(word.lower())


def lemma(word: str) -> str:
    """'climbs', 'climbing' → 'climb'; 'rules' → 'rule': a word's noun or verb base, or itself."""
    lemmas = _lemmas(word.lower())
    return next((lemmas[pos][0] for pos in ("NOUN", "VERB") if pos in lemmas), word.lower())


def can_be_verb(word: str) -> bool:
    return "VERB" in _lemmas(word)


def is_noun(word: str) -> bool:
    return "NOUN" in _lemmas(word)


def is_adjective(word: str) -> bool:
    return "ADJ" in _lemmas(word)


def is_only_adjective(word: str) -> bool:
    """'Stylistic', 'Logical': a word that only describes, never names a thing."""
    lemmas = _lemmas(word)
    return "ADJ" in lemmas and "NOUN" not in lemmas


def is_only_verb(word: str) -> bool:
    """'Provides', 'ensures': a word that cannot name a thing, so it is no term to ask about."""
    lemmas = _lemmas(word)
    return "VERB" in lemmas and not ({"NOUN", "PROPN", "ADJ"} & lemmas.keys())


def is_only_adverb(word: str) -> bool:
    """'Currently', 'rarely': a word that only says how or when, never names or describes a thing."""
    return set(_lemmas(word)) == {"ADV"}


@lru_cache(maxsize=4096)
def is_past_tense(word: str, *, only: bool = False) -> bool:
    """'spiked', 'fell', 'grew': a verb's past form, other than its base ('cut' is both). With
    `only`, never also its participle: 'fell' but not 'spiked', which 'prices spiked' and
    'a price spiked by demand' share."""
    lowered = word.lower()
    bases = _lemmas(lowered).get("VERB", ())
    return any(
        base != lowered
        and lowered in getInflection(base, tag="VBD")
        and not (only and lowered in getInflection(base, tag="VBN"))
        for base in bases
    )


def verb_base(word: str) -> str:
    """'updates' → 'update', 'listing' → 'list', 'show' → 'show'."""
    lemmas = _lemmas(word).get("VERB")
    if not lemmas:
        return word
    base = lemmas[0]
    return base if word[:1].islower() else base[:1].upper() + base[1:]


def is_base_verb(word: str) -> bool:
    """ "choose", "list": a verb in its base form, as an instruction or a plural subject's verb opens."""
    return can_be_verb(word) and verb_base(word) == word


MODALS = frozenset({"can", "could", "may", "might", "must", "shall", "should", "will", "would", "ought"})


def third_person(verb: str) -> str:
    """ "choose" → "chooses", "Show" → "shows"; a word that is no base-form verb is left alone."""
    lower = verb.lower()
    if not is_base_verb(lower) or lower in MODALS:
        return verb  # "May refer to …" stays "may", never "mays"
    inflected = getInflection(lower, tag="VBZ")
    return inflected[0] if inflected else verb


# Verbs a cheatsheet's comment opens with "for" after: "Search for …", "Wait for …" do, not name
_VERBS_WITH_FOR = {"search", "look", "wait", "check", "scan", "test", "ask", "listen", "watch", "poll", "filter"}


def imperative(phrase: str) -> str | None:
    """A task phrase in the base form that follows "How do you …" or "to …", or None when it does
    not start with a verb ("Logs of a container" has no action to ask about)."""
    words = phrase.split(" ", 1)
    first = words[0]
    if "/" in first and all(_WORD.fullmatch(w) and can_be_verb(w) for w in first.split("/")):
        return " ".join([first.lower(), *words[1:]])  # "Stop/start a container"
    if not _WORD.fullmatch(first) or not can_be_verb(first):
        return None
    following = words[1].split(" ", 1)[0].lower() if len(words) == 2 else ""
    if following in ("of", "for", "is", "are") and not (following == "for" and first.lower() in _VERBS_WITH_FOR):
        return None  # "Logs of a container": a noun that could be a verb; "Search for …" is a verb
    base = verb_base(first)
    base = base[:1].lower() + base[1:] if not first[1:2].isupper() else base
    return " ".join([base, *words[1:]])


def is_acronym(term: str) -> bool:
    letters = [c for c in term if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def is_keyword(term: str) -> bool:
    """'IN', 'ORDER BY', 'NULL': everyday words in capitals, a language's keywords rather than
    acronyms ('API', 'DNS') or names."""
    words = re.findall(r"[A-Za-z]+", term)
    return bool(words) and is_acronym(term) and all(len(w) > 1 and is_english(w.lower()) for w in words)


_TITLES = {"Mr", "Mrs", "Ms", "Dr", "St", "Mt", "Jr", "Sr"}


@lru_cache(maxsize=16384)
def with_article(noun: str) -> str:
    """'a virtual machine', 'an hour', 'an SQL database'."""
    first = noun.split(" ", 1)[0]
    # "Nx", "Pnpm": a name with no vowel to say is spelt letter by letter, as an acronym is
    spelt = re.fullmatch(r"[A-Z][b-df-hj-np-tv-xz]{1,3}", first) and first not in _TITLES
    if is_acronym(first) or spelt:
        return ("an " if first[0] in _VOWEL_SOUND_LETTERS else "a ") + noun
    return _engine.a(noun)


# "chirality in molecules", "time between deploys": the head comes before what modifies it
_POSTMODIFIER = re.compile(r"\s(?:of|between|per|among|within|across|in|for|on|at|from|with|into|under)\s")


def is_plural(noun: str) -> bool:
    """'containers' → True, 'data' → False (read as a mass noun), 'Kubernetes' → False (a name);
    'time between deploys' → False: its head comes before what modifies it."""
    noun = _POSTMODIFIER.split(noun, 1)[0]
    last = noun.split()[-1] if noun.split() else noun
    if last[:1].isupper() and last[1:].islower() and (is_english(last) or _rare_plural(last)):
        last = last.lower()  # "Strings", "Prokaryotes" opening a bullet are still plural
    if last.islower() and last in _IRREGULAR_PLURALS:
        return True  # "noble women", "peasant men", "children"
    if not last.islower() or not last.endswith("s") or last.endswith("ss"):
        return False
    if zipf_frequency(last, "en") == 0 and zipf_frequency(singular(last), "en") == 0:
        # "osmoreceptors": a compound whose last part is a counted noun ("receptor") is its plural;
        # "joinpsbts", a command's name, in no dictionary either way, is not
        one = singular(last)
        return any(is_noun(one[k:]) and zipf_frequency(one[k:], "en") >= 3.0 for k in range(2, len(one) - 3))
    one = singular(last)
    if last.endswith("us") and zipf_frequency(last, "en") > zipf_frequency(one, "en"):
        return False  # "bolus", commoner than a "bolu" (where "menus" is rarer than "menu")
    if last.endswith("ics") and zipf_frequency(last, "en") - zipf_frequency(one, "en") >= _FIELD_GAP:
        return False  # "metaethics", "physics", "economics": a field, far commoner than any "metaethic"
    return one != last


# How much commoner a field's "-ics" is than its "-ic" ("ethics" 4.2, "ethic" 3.2); "topics" and
# "characteristics" are about as common as their singulars, and counted.
_FIELD_GAP = 0.9
_IRREGULAR_PLURALS = frozenset(
    [
        *("men", "women", "children", "people", "teeth", "feet", "mice", "geese", "oxen", "lice"),
        # Latin and Greek plurals of science ("ectopic foci", "cell nuclei")
        *("foci", "nuclei", "fungi", "stimuli", "loci", "alveoli", "bronchi", "bacteria", "criteria", "phenomena"),
        *("vertebrae", "larvae", "algae", "hyphae", "mitochondria", "ova", "taxa", "genera", "matrices", "vertices"),
    ]
)


def _rare_plural(word: str) -> bool:
    """'Prokaryotes', which the document's prose writes small and whose singular is a word too
    ('prokaryote'), unlike 'Kubernetes' or 'Redis', which it writes as names."""
    if not written_small(word):
        return False
    word = word.lower()
    if not word.endswith("s") or word.endswith("ss") or (one := singular(word)) == word:
        return False
    # "James" is written far more often than "Jame": a name, not a plural
    return zipf_frequency(one, "en") > 0 and zipf_frequency(word, "en") - zipf_frequency(one, "en") < 1.0


def be(noun: str) -> str:
    if noun.startswith("-"):
        return "is"  # "-D, --only-dirs": one option, in its short and long spellings
    return "are" if is_plural(noun) else "is"


@lru_cache(maxsize=16384)
def plural(noun: str) -> str:
    """'form' → 'forms', 'entry' → 'entries'."""
    return _engine.plural_noun(noun) or noun


@lru_cache(maxsize=16384)
def singular(noun: str) -> str:
    if _lemmas(noun).get("NOUN", [""])[0] == noun.lower():
        return noun  # "alias", "bus", "status": already one (inflect would make 'alia')
    return _engine.singular_noun(noun) or noun


@lru_cache(maxsize=16384)
def in_dictionary(word: str) -> bool:
    """'Plan', 'curie': a word the lexicon lists; 'Madison', 'Kubernetes' are in none."""
    return bool(_lemmas(word))


def is_english(word: str) -> bool:
    """In the lexicon, or a function word like 'for' that the lexicon of content words lacks."""
    return bool(_lemmas(word)) or zipf_frequency(word.lower(), "en") >= 5.0


_TITLE_SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "vs"}
# Words that give no initial to an acronym: "your lasting power of attorney" is an LPA
UNINITIALLED_WORDS = frozenset(_TITLE_SMALL_WORDS | {"your", "my", "our"})


def reads_as_name(term: str, *, heading: bool = False) -> bool:
    """'Docker Engine', 'JavaScript', 'VM', 'Hypervisor', 'Mutation Observer' are names;
    'Container engine' is a common noun capitalised by a bullet, and in a heading, where every
    word is capitalised, so is 'Virtual Machines'."""
    by_form = _reads_as_name(term, heading)
    if by_form and re.fullmatch(r"[A-Z][a-z]{2,}", term) and written_small(term, always=True):
        return False  # "Bolus", in no lexicon, opening a glossary line of a page that writes "bolus activity"
    if by_form is not None:
        return by_form
    # "Config File" titling a glossary entry of a document that writes "config files" is a common
    # noun in title case, which the prose would not capitalise
    return not all(written_small(w, always=True) for w in _capitalised_words(term))


def _capitalised_words(term: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z][\w'-]*", term) if w.lower() not in _TITLE_SMALL_WORDS]


def _title_cased_parts(word: str) -> list[str]:
    parts = word.split("-")
    return parts if len(parts) > 1 and all(re.fullmatch(r"[A-Z][a-z]+", p) for p in parts) else [word]


@lru_cache(maxsize=16384)
def _reads_as_name(term: str, heading: bool) -> bool | None:
    """What the term's form says; None for words all in title case, which the document decides."""
    # "Root-Level" is two title-cased words, not a name spelt with an inner capital ("JavaScript")
    words = [part for w in re.findall(r"[A-Za-z][\w'-]*", term) for part in _title_cased_parts(w)]
    if re.search(r"\w[@#+]\w?", term):
        return True  # "Recall@k", "C#", "C++": a symbol inside makes a name
    if not words or any(
        is_acronym(w) or any(c.isupper() for c in w[1:]) or re.fullmatch(r"[A-Z]\d*", w) for w in words
    ):
        return bool(words)  # "VM", "JavaScript", "Big O", "C"
    if not any(w[0].isupper() for w in words):
        return False
    # "Divide and Conquer", "Time on Page": title case leaves its small words in lower case
    capitalised = _capitalised_words(term)
    if not heading and len(capitalised) > 1 and all(w[0].isupper() for w in capitalised):
        return None
    return not all(is_english(w) for w in words if len(w) > 2)


def as_common(term: str, *, heading: bool = False) -> str:
    """A capitalised common noun in running text: 'Container engine' → 'container engine',
    and from a heading 'Virtual Machines' → 'virtual machines'; 'Hill cipher' keeps the name its
    document writes with a capital ('… used in the Hill cipher')."""
    if reads_as_name(term, heading=heading):
        return term
    names = _PROPER_NAMES.get()

    def small(w: str) -> str:
        if "-" in w.strip("-"):  # "Root-Level" → "root-level"
            return "-".join(small(part) for part in w.split("-"))
        return w[:1].lower() + w[1:] if (w[1:].islower() or len(w) == 1) and w not in names else w

    return " ".join(small(w) for w in term.split(" "))


# Words the document being written capitalises in the middle of its sentences and never writes
# in small letters: a person's or a product's name ("Hill", "Euclid").
_PROPER_NAMES: ContextVar[frozenset[str]] = ContextVar("proper_names", default=frozenset())
_MID_SENTENCE_CAPITAL = re.compile(r"\b[a-z]+ ([A-Z][a-z]+)\b")
# An address or code ("wiki/Hill_cipher", "`hill`") is no writing of the word.
_NOT_PROSE = re.compile(r"\]\([^)]*\)|https?://\S+|`([^`]*)`")
_PATH_LIKE = re.compile(r"\S[/_.]\S")  # "wiki/Hill_cipher", "index.js": a word of a path or file
# "Socket.IO", "Vue.js", "Measurements.jl"
_DOTTED_NAME = re.compile(r"^[(“\"']?[A-Z][a-z]+\.(?:[A-Z]{2,}|js|jl)[)”\"',.:;!?]*$")
# "the design of `Measurements.jl`": a package's name in code is still the name the sentence says
_PACKAGE_IN_CODE = re.compile(r"[A-Z][a-z]+\.j[sl]")


def _not_prose(match: re.Match) -> str:
    code = match[1]
    return code if code and _PACKAGE_IN_CODE.fullmatch(code) else " "


def _prose(text: str) -> str:
    """The text without addresses, code spans and path-like words. Word by word, not one pattern
    over the text: a line of a thousand table cells must not cost a backtracking search."""
    lines = _NOT_PROSE.sub(_not_prose, text).split("\n")
    return "\n".join(
        " ".join(w for w in line.split(" ") if not _PATH_LIKE.search(w) or _DOTTED_NAME.match(w)) for line in lines
    )


# Words the document writes in small letters: "types of virtualization" makes a title's
# "Virtualization" a common noun, not a name.
_SMALL_WORDS: ContextVar[frozenset[str]] = ContextVar("small_words", default=frozenset())
_CAPITALISED: ContextVar[frozenset[str]] = ContextVar("capitalised_words", default=frozenset())


def proper_names(text: str) -> frozenset[str]:
    prose = _prose(text)
    lower = set(re.findall(r"\b[a-z]+\b", prose))
    return frozenset(w for w in _MID_SENTENCE_CAPITAL.findall(prose) if w.lower() not in lower)


def reading_a_document() -> bool:
    """Whether a document's prose is known (inside `names_of`), so how it writes words can decide."""
    return bool(_PROSE.get())


def written_small(word: str, *, always: bool = False) -> bool:
    """Whether the document being written uses `word` in small letters in its prose (more often
    than with a capital mid-sentence; `always`: and never with one)."""
    small = word.lower() in _SMALL_WORDS.get()
    return small and not (always and word.lower() in _CAPITALISED.get())


_LINK = re.compile(r"\[[^\]]*\]\([^)]*\)")  # "[Learn bash in y minutes](…)" is a title, not prose
_FENCED = re.compile(r"^(```|~~~).*?^\1", re.M | re.S)


def small_words(text: str) -> frozenset[str]:
    """Words the prose writes in small letters more often than with a capital mid-sentence
    ("types of virtualization"); code blocks and spans, addresses and links are not prose."""
    return _word_cases(prose_of(text))[0]


def prose_of(text: str) -> str:
    """The document's prose: no code blocks, links, code spans, addresses or paths. A link in
    small letters ("a set of [plugins](#plugin)") is running prose, its words kept."""
    return _prose(_LINK.sub(_running_link, _FENCED.sub(" ", text)))


def _running_link(link: re.Match) -> str:
    words = link[0][1 : link[0].index("](")]
    return f" {words} " if words.islower() and "`" not in words and len(words.split()) <= 4 else " "


def _word_cases(prose: str) -> tuple[frozenset[str], frozenset[str]]:
    """`small_words`, and the words the prose writes with a capital mid-sentence even once
    ("include Docker"), from one pass over the prose."""
    # "root-level" counts as a word of its own, besides its parts ("k-Means" is no "means")
    small = Counter(re.findall(r"\b[a-z]+\b", prose)) + Counter(
        re.findall(r"(?<![\w-])[a-z]+(?:-[a-z]+)+(?![\w-])", prose)
    )
    capital = Counter(w.lower() for w in _MID_SENTENCE_CAPITAL.findall(prose))
    return frozenset(w for w, n in small.items() if n > capital[w]), frozenset(capital)


def written_as_name(word: str) -> bool:
    """Whether the document's prose writes `word` with a capital mid-sentence ("… between Windows
    and Linux tools") more often than in small letters."""
    return word.lower() in _CAPITALISED.get() and not written_small(word)


def capitalised_in_sentences(word: str) -> bool:
    """Whether the document's sentences, not its headings, write `word` with a capital mid-sentence
    ("… written in Python"): a heading's "Run a Container" capitalises by its place."""
    return word.lower() in _SENTENCE_CAPITALS.get()


_SENTENCE_CAPITALS: ContextVar[frozenset[str]] = ContextVar("sentence_capitals", default=frozenset())
_HEADING_OR_ROW = re.compile(r"^\s{0,3}(?:#{1,6}\s|\|).*$", re.M)


@contextmanager
def names_of(text: str) -> Iterator[None]:
    prose_text = prose_of(text)
    small, capitalised = _word_cases(prose_text)
    in_sentences = frozenset(w.lower() for w in _MID_SENTENCE_CAPITAL.findall(_HEADING_OR_ROW.sub(" ", prose_text)))
    tokens = _PROPER_NAMES.set(proper_names(text)), _SMALL_WORDS.set(small), _CAPITALISED.set(capitalised)
    prose, sentence_capitals = _PROSE.set(prose_text), _SENTENCE_CAPITALS.set(in_sentences)
    counted = _COUNTED_TERMS.set({})
    try:
        yield
    finally:
        _PROPER_NAMES.reset(tokens[0])
        _SMALL_WORDS.reset(tokens[1])
        _CAPITALISED.reset(tokens[2])
        _PROSE.reset(prose)
        _SENTENCE_CAPITALS.reset(sentence_capitals)
        _COUNTED_TERMS.reset(counted)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The prose of the document being written, to see how it writes a term: "a neighbor", "dropout".
_PROSE: ContextVar[str] = ContextVar("prose", default="")
# Words before a noun that say nothing of whether it is counted ("the TCP", "this layer").
_DETERMINERS = _words("the this that these those its their our your his her my no some such which what whose per")
_COUNTING = r"(?:an?|one|each|every|another)"
# "Number of children of a node", "Maximum degree …": a quantity is measured, not counted.
_QUANTITIES = _words(
    "number amount count size length total sum maximum minimum average ratio fraction percentage measure"
)
# "Usually at the top of the route", "Typically a difficult route": an adverb before where or what
_PLACE_OR_KIND = {"at", "in", "on", "between", "behind", "near", "under", "over", "inside", "outside", "above", "below"}
_PLACE_OR_KIND |= {"within", "a", "an", "the", "used", "found", "made", "located"}
_MASS_PLURAL_GAP = 1.2  # a head noun this much commoner than its plural is a mass noun: "storage", "latency"
_COUNTED_PLURAL_RATIO = 0.6  # how much rarer (Zipf) a counted noun's plural may be: 'servers', not 'softwares'


# "the amount of mental effort …" (cognitive load), "the act of observing …" (deliberate practice),
# "a feeling of insecurity …" (impostor syndrome): what a measure, an activity or a state defines
# is uncounted, whatever article its genus takes
UNCOUNTED_GENUS = re.compile(
    r"^the\s+(?:amount|degree|extent|level|rate|quantity|measure|proportion|act|practice|process|ability|"
    r"study|art|science|use|quality|part)\s+(?:of|to)\b"
    r"|^(?:an?|the)\s+(?:feeling|sense|state|condition|situation|tendency)\s+(?:of|in|that|where)\b",
    re.I,
)


def takes_article(term: str, definition: str = "") -> bool:
    """Whether a term is counted, so takes 'a'/'an' when a question asks what it is. The document's
    own writing decides first: "a neighbor" or "neighbors" counts it; "the effect of dropout" or
    "as reliable as TCP", and never "a TCP" nor "TCPs", leaves it bare. Otherwise its definition:
    "an interesting technique …" counts it, and so does a bare noun naming one thing ("Parent or
    child of a node"), but not a quantity ("Number of children of a node")."""
    if (written := _written_counted(term)) is not None:
        return written
    if UNCOUNTED_GENUS.match(definition):
        return False  # "A feeling of insecurity …": impostor syndrome, uncounted
    first = definition.split(" ", 1)[0].lower()
    head = term.split()[-1].lower() if term.split() else ""
    if re.match(r"^an?\s", definition, re.I):
        # "Object storage: A storage architecture …": the gloss counts the architecture; "storage",
        # whose plural is rare, is still uncounted ("What is object storage?")
        return not (head.isalpha() and is_noun(head) and not _counted(head, gap=_MASS_PLURAL_GAP))
    second = [*definition.split(), "", ""][1].lower()
    adverb = first.endswith("ly") and second in _PLACE_OR_KIND
    describing = is_adjective(first) or first.endswith("ed") or adverb  # not "Randomly zero out …", a deed
    one_word = " " not in term.strip() and term.isalpha() and not term.isupper()
    if one_word and first in ("the", "all", "every", "each"):
        # "Niche - the role of an organism …", "Community - all organisms in one area": the gloss
        # counts nothing of its own, so the term's noun decides ("a niche", "a community")
        return is_noun(head) and not is_plural(head) and _counted(head, gap=_ONE_OF_A_KIND_GAP)
    if one_word and first.isalpha() and first not in _QUANTITIES and describing:
        # "Usually at the top of the route", "Ordered sequence of values": the gloss opens with no
        # noun to count, so the term's own noun decides ("an anchor", "beta")
        return is_noun(head) and not is_plural(head) and _counted(head)
    one_thing = first.isalpha() and is_noun(first) and not is_plural(first) and first not in _QUANTITIES
    return one_thing and _counted(first) and head.isalpha() and _counted(head)


def written_counted(term: str) -> bool:
    """Whether the document's prose counts the term ("a notification", "notifications")."""
    return _written_counted(term) is True


def _counted(noun: str, *, gap: float = _COUNTED_PLURAL_RATIO) -> bool:
    many = _engine.plural_noun(noun) or noun
    return many != noun and zipf_frequency(noun, "en") - zipf_frequency(many, "en") < gap


# A gloss naming one thing ("the role of an organism …") says its term is one of a kind: "niches" is
# 0.8 rarer than "niche", "communities" 0.6 rarer than "community", both counted; "softwares" is 2.3 rarer
_ONE_OF_A_KIND_GAP = 1.0


def _written_counted(term: str) -> bool | None:
    """`_counted_in_prose`, remembered per document while it is written: every sibling asks."""
    known = _COUNTED_TERMS.get()
    if known is None:
        return _counted_in_prose(term, _PROSE.get())
    if term not in known:
        known[term] = _counted_in_prose(term, _PROSE.get())
    return known[term]


_COUNTED_TERMS: ContextVar[dict[str, bool | None] | None] = ContextVar("counted_terms", default=None)


def _counted_in_prose(term: str, prose: str) -> bool | None:
    """True when the prose writes the term counted ("a neighbor", "VMs"), False when it writes it
    bare mid-sentence and never counted ("of dropout on", "as TCP,"), None when it shows neither.
    A use before another noun ("a WHERE clause", "container engine") modifies that noun: no sign."""
    words = term.split()
    if not prose or not words or not all(_WORD.fullmatch(w) for w in words):
        return None
    tokens, places = _token_index(prose)
    acronym = is_acronym(term)
    many = [*words[:-1], words[-1] + "s" if acronym else plural(words[-1].lower())]
    if any(True for _ in _uses(many, tokens, places, exact=acronym)):
        return True
    bare = False
    for start, end in _uses(words, tokens, places, exact=acronym):
        before = tokens[start - 1] if start else ""
        after = tokens[end] if end < len(tokens) else ""
        if after[:1].isalpha() and is_noun(after) and after.lower() not in _FUNCTION_WORDS:
            continue
        following = tokens[end + 1] if end + 1 < len(tokens) else ""
        coordinated = after.lower() in ("and", "or") and following.lower() not in _DETERMINERS
        if coordinated and re.fullmatch(_COUNTING, before, re.I):
            continue  # "A continuous integration and continuous delivery service": the "a" is the service's
        if re.fullmatch(_COUNTING, before, re.I):
            return True
        if _opens_small(tokens, start, end):
            return False  # "dts-gen is a tool …": a sentence opening in small letters on purpose names a tool
        # A sentence's or a heading's opening, "the TCP", "per node" or "a type of hypervisor" says
        # nothing of an article.
        kind_of = before.lower() == "of" and start > 1 and tokens[start - 2].lower().rstrip("s") in _KINDS
        bare = bare or (before[:1].isalpha() and before.lower() not in _DETERMINERS and not kind_of)
    return False if bare else None


def _opens_small(tokens: list[str], start: int, end: int) -> bool:
    """Whether the words at `start` open a sentence in small letters and go on with "is" or "are"."""
    before = tokens[start - 1] if start else "\n"
    after = tokens[end] if end < len(tokens) else ""
    return before in ("\n", ".", "-", "*", ":") and tokens[start][:1].islower() and after in ("is", "are")


_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9'-]*|[^\sA-Za-z]|\n")


@lru_cache(maxsize=4)
def _token_index(prose: str) -> tuple[list[str], dict[str, list[int]]]:
    """The prose's words and marks in order (a line break is one), and where each word is: one
    pass, so looking a term up costs its uses, not the document's length."""
    tokens = _TOKEN.findall(prose)
    places: dict[str, list[int]] = {}
    for index, token in enumerate(tokens):
        if token[:1].isalpha():
            places.setdefault(token.lower(), []).append(index)
    return tokens, places


def _uses(
    words: list[str], tokens: list[str], places: dict[str, list[int]], *, exact: bool
) -> Iterator[tuple[int, int]]:
    """Where the words stand together in the prose: (first token, token after the last)."""
    same = (lambda a, b: a == b) if exact else (lambda a, b: a.lower() == b.lower())
    # Anchored on the rarest of the words: "the container" is looked up where "container" stands.
    where = [places.get(w.lower(), []) for w in words]
    anchor = min(range(len(words)), key=lambda i: len(where[i]))
    for place in where[anchor]:
        start, end = place - anchor, place - anchor + len(words)
        if start >= 0 and end <= len(tokens) and all(same(t, w) for t, w in zip(tokens[start:end], words, strict=True)):
            yield start, end


_KINDS = _words("type kind sort form class variant version instance example")
_FUNCTION_WORDS = _words("is are was were be on in at of for to with by from as and or but if when while")


# "yest" for yeast, "curser" for cursor: a rare word written once, one letter away from a word the
# same document keeps writing, is the source's typo, which a card would teach.
_RARE = 3.0
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def misspelt(word: str, *, dictionary: bool = False) -> str:
    """The word of the document `word` is likely a typo of, or ''. With `dictionary`, also
    `dictionary_slip`'s guess."""
    prose = _PROSE.get()
    if not (prose and word.isalpha() and word.islower() and 4 <= len(word) <= 15):
        return ""
    places = _token_index(prose)[1]
    if len(places.get(word, ())) > 1 or zipf_frequency(word, "en") >= _RARE:
        return ""
    if found := next((edit for edit in sorted(_one_letter_away(word)) if len(places.get(edit, ())) > 1), ""):
        return found
    return dictionary_slip(word) if dictionary else ""


def dictionary_slip(word: str) -> str:
    """A word in no dictionary, written once in the prose, one slip from one that is ("micortubule"),
    or '': enough to refuse a card that would teach the slip, never to rename a subject by it
    ("Ingenous" is igneous, not ingenious). Asked after `misspelt` found no spelling on the page."""
    prose = _PROSE.get()
    if not (prose and word.isalpha() and word.islower() and _DICTIONARY_TYPO_LETTERS <= len(word) <= 15):
        return ""
    if zipf_frequency(word, "en") > 0 or len(_token_index(prose)[1].get(word, ())) > 1:
        return ""
    if _COINED.match(word) and zipf_frequency(_COINED.match(word)["rest"], "en") >= _KNOWN_WORD:
        return ""  # "unstage", "rebase", "subarray": a known word made anew, no slip
    # "micortubule", "cicrulating": in no dictionary, one slip from a word that is in one
    return next((e for e in sorted(_one_letter_away(word)) if zipf_frequency(e, "en") >= _KNOWN_WORD), "")


_DICTIONARY_TYPO_LETTERS = 7
_COINED = re.compile(
    r"^(?:un|re|de|pre|sub|non|multi|inter|over|under|auto|co|dis|mis|micro|macro|meta|super)(?P<rest>\w{3,})$"
)
_KNOWN_WORD = 2.0


def _one_letter_away(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + c + b for a, b in splits for c in _LETTERS}
    edits |= {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    edits.discard(word)
    return edits
