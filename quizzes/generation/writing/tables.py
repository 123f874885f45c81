"""Table prompts: a row is a subject, a column an attribute ("Storage space"), a predicate ("Has a
nucleus"), a yes/no property ("Stable", asked of the one row that differs) or a purpose ("Best for")."""

import re
from functools import lru_cache

import inflect
from lemminflect import getInflection
from wordfreq import zipf_frequency

from quizzes.generation.text import capitalise
from quizzes.generation.writing.grammar import (
    as_common,
    be,
    can_be_verb,
    in_dictionary,
    is_acronym,
    is_adjective,
    is_base_verb,
    is_english,
    is_noun,
    is_only_verb,
    is_plural,
    reads_as_name,
    singular,
    third_person,
    verb_base,
    with_article,
    written_as_name,
)

_inflect = inflect.engine()
_COUNTABLE = 0.6  # how much rarer (Zipf) a noun's plural may be: 'servers' is common, 'softwares' is not


@lru_cache(maxsize=4096)
def is_countable(noun: str, gap: float = _COUNTABLE) -> bool:
    """'server', 'console', 'project' are counted; 'code', 'software', 'history' are mass nouns,
    told by a plural much rarer (`gap`, in Zipf) than the noun itself. A word in no dictionary
    ("kubectl") is a name."""
    plural = _inflect.plural_noun(noun) or noun
    known = zipf_frequency(noun, "en")
    return plural != noun and known > 0 and known - zipf_frequency(plural, "en") < gap


def subject(label: str, *, names: bool = False) -> str:
    """A row label mid-sentence: 'Virtual machines' → 'virtual machines'; 'SQLite', 'Redis' and
    'Touch Events' as written, and every label as written when its rows are `names` ('Memory'
    among 'SQLite' and 'Redis' is a backend, not memory)."""
    return label if names else as_common(label, heading=True)


def rows_are_names(labels: list[str]) -> bool:
    """Whether a table's row labels name things ('SQLite', 'Redis', 'Memory'): one is enough."""
    return any(reads_as_name(label, heading=True) for label in labels)


def _or(labels: list[str]) -> str:
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " or " + labels[-1]


def better_question(column: str, labels: list[str]) -> str:
    """'Which is better for storage space, virtual machines or containers?': ratings are asked by
    what they mean, never 'rates higher' (more stars on 'Storage space' means less space used)."""
    # "…, A or B?" reads as one question; a longer list needs a colon to set it apart.
    mark = "," if len(labels) == 2 else ":"
    names = rows_are_names(labels)
    return f"Which is better for {attribute(column)}{mark} {_or([subject(label, names=names) for label in labels])}?"


def only_one_question(kind: str, column: str, truth: bool) -> str:
    """'Which measure is the only one that is not coherent?': a yes/no column asked by the one row
    whose value differs (`truth`), the rows named by their `kind` ('' for none)."""
    return f"Which {kind + ' ' if kind else ''}is the only one {_holding(column, truth)}?"


_NEGATED_VERB = {"can": "cannot"}


def _holding(column: str, truth: bool) -> str:
    """What a yes/no column says of a row, by what its header is: a predicate ('Has a nucleus' →
    'that has a nucleus' / 'that does not have a nucleus'), an adjective or a participle
    ('Coherent', 'Supported', 'Thread-safe' → 'that is (not) coherent'), else something a row has
    ('Transactions', 'Mobile app' → 'with' / 'without a mobile app')."""
    if predicate := _predicate(column, yes_no=True):
        verb, rest = predicate
        if not truth:
            return f"that {_NEGATED_VERB.get(verb, verb + ' not')} {rest}"
        if verb == "does":
            first, _, others = rest.partition(" ")
            return f"that {third_person(first)} {others}"  # "does have a nucleus" → "has a nucleus"
        return f"that {verb} {rest}"
    words = attribute(column)
    last = words.split()[-1].lower()
    if _describes_a_row(last):
        return f"that is {'' if truth else 'not '}{words}"
    counted = last.isalpha() and not is_plural(last) and is_countable(last)
    return f"{'with' if truth else 'without'} {with_article(words) if counted else words}"


# "Nullable", "Serverless", "Idempotent": adjectives the lexicon does not know; "app", "GPU" are things.
_ADJECTIVE_ENDING = re.compile(r"(?:able|ible|less|ive|ous|ful|ent|ant)$")


def _describes_a_row(word: str) -> bool:
    """Whether a header's last word reads after 'is': an adjective or a participle ('coherent',
    'complete', 'supported'), a compound ('thread-safe'), not a noun ('transactions', 'app')."""
    if not re.fullmatch(r"[a-z]+(?:-[a-z]+)*", word):
        return False
    if in_dictionary(word):
        return is_adjective(word) or not is_noun(word)
    return "-" in word or bool(_ADJECTIVE_ENDING.search(word))


def better_statement(high: str, low: str, column: str, *, names: bool = False) -> str:
    """'Containers are better than virtual machines for scalability.'"""
    first, second = subject(high, names=names), subject(low, names=names)
    return capitalise(f"{first} {be(high)} better than {second} for {attribute(column)}.")


def same_statement(first: str, second: str, column: str, *, names: bool = False) -> str:
    """'Virtual machines and containers are rated the same for portability.'"""
    one, other = subject(first, names=names), subject(second, names=names)
    return capitalise(f"{one} and {other} are rated the same for {attribute(column)}.")


def attribute(column: str) -> str:
    """'Storage space' → 'storage space', 'Scalability' → 'scalability'; 'CPU', 'Big-O' and
    'JavaScript' keep their capitals."""
    words = column.split()
    sentence_case = (
        words and all(w[1:].islower() or not w[1:] for w in words[:1]) and all(w.islower() for w in words[1:])
    )
    if sentence_case and not is_acronym(words[0]):
        return column[:1].lower() + column[1:]
    return as_common(column, heading=True)


def _is_attribute(column: str) -> bool:
    """A column header names something a row has, not a position or a symbol ('2', 'S', '#')."""
    letters = [c for c in column if c.isalpha()]
    return len(letters) >= 2 and not re.fullmatch(r"[\d\W_]+", column)


def _predicate(column: str, *, yes_no: bool = False) -> tuple[str, str] | None:
    """'Has a nucleus' → ('does', 'have a nucleus'); 'Is stable' → ('is', 'stable'); else None.
    Under yes/no values a verb that is also a noun reads as the verb: 'Supports transactions'."""
    first, _, rest = column.partition(" ")
    lowered = first.lower()
    if lowered in ("is", "are") and rest:
        return "is", rest
    if lowered in ("can", "must", "should", "will") and rest:
        return lowered, rest
    verb = can_be_verb(lowered) and verb_base(lowered) != lowered if yes_no else is_only_verb(lowered)
    if rest and first[:1].isalpha() and lowered.endswith("s") and verb:
        return "does", f"{verb_base(lowered)} {rest}"
    return None


_UNIT = re.compile(r"\s*\((?P<unit>[^()]{1,12})\)$")


def split_unit(column: str) -> tuple[str, str]:
    """'Diameter (km)' → ('Diameter', 'km'): the unit belongs with the answer, not in the question."""
    m = _UNIT.search(column)
    return (column[: m.start()].strip(), m["unit"].strip()) if m else (column, "")


_TRAILING_PREPOSITION = re.compile(r"\b(?:for|in|with|to|of|on|at|by)$", re.I)


_SYMBOLS = re.compile(r"[^\w\s'’&+#./()-]")


_FREE_TEXT = re.compile(r"^(?:comments?|notes?|remarks?|misc\w*|other|examples?|usage|sample)$", re.I)
YES_NO = {"yes", "no", "true", "false", "✓", "✗", "✔", "✘", "❌", "✅"}
# A description of a symbol ("+", "===") says what the symbol does.
_DESCRIBES = re.compile(
    r"^(?:(?:short\s+)?(?:description|explanation|summary)|meaning|purpose|function|action|effect|what it does)"
    r"(?:\s+of\s+(?:function|action|command|key|shortcut|effect))?$",  # "Description of function"
    re.I,
)
_QUESTION_COLUMN = re.compile(r"^(?:what|how|which|when|where|why|who)\b", re.I)


def is_description_column(column: str) -> bool:
    """'Description', 'Meaning', 'Action': the column says what its row is or does."""
    return bool(_DESCRIBES.match(_SYMBOLS.sub("", column).strip()))


def is_attribute_column(column: str) -> bool:
    """A header that names something rows have or do ('Description', 'Best for', 'What it
    measures', 'Notes', 'Has a nucleus'), not a subject of its own ('Python')."""
    column = _SYMBOLS.sub("", column).strip()
    return bool(
        _DESCRIBES.match(column)
        or _QUESTION_COLUMN.match(column)
        or _FREE_TEXT.match(column)
        or _TRAILING_PREPOSITION.search(column)
        or _predicate(column, yes_no=True)
    )


# "+", "===", "click", "clientX", "onpointerdown", "-c": a label written as code, not a phrase.
_CODE_LABEL = re.compile(r"^(?:[^\w\s]{1,4}|[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)*|--?[a-z][\w-]*)$")


# "The user clicked on something", "A key was pressed": an event described by what happened.
_OCCURRENCE = re.compile(r"^(?:the|a|an)\s+\w+\s+(?:\w+ed|was|were|has|have)\b", re.I)


def plain_header(header: str) -> str:
    """'✅ Do', '❌ Don't': the header's words without its marks."""
    return re.sub(r"[^\w\s'’-]", "", header).replace("’", "'").strip()


# "Best for", "When to ask", "H_0 is True": a use, a time or a case, which no property belongs to.
_CASE_LABEL = re.compile(r"\bfrom$|\s(?:is|are|was|were)\s", re.I)
_HEAD_OF_PHRASE = re.compile(r"\s(?:between|of|for|in|on|per|with|from|to|by)\s.*$", re.I)


def has_attribute(owner: str, label: str) -> bool:
    """Whether `label` names something `owner` has: "Port" of SSH, "Diameter (km)" of Venus, "Time
    between deploys" of a traditional app (an English noun). "UDP", "CSAT", "yo", "Reject H_0" are
    sides or forms, and an owner like "Best for" is no thing a property belongs to."""
    owner = owner.strip()
    if _TRAILING_PREPOSITION.search(owner) or _QUESTION_COLUMN.match(owner) or _CASE_LABEL.search(owner):
        return False
    head = _HEAD_OF_PHRASE.sub("", plain_header(split_unit(label)[0])).split()
    last = head[-1] if head else ""
    return last.isalpha() and not last.isupper() and is_noun(last.lower()) and zipf_frequency(last.lower(), "en") >= 3.0


def is_code_label(label: str) -> bool:
    return bool(_CODE_LABEL.match(label.strip()))


def _a_thing_in_general(label: str) -> bool:
    """'Console', 'Debugger': one everyday countable noun, which reads mid-sentence only with an
    article; not a name, a plural, a mass noun ('Recursion') or code."""
    word = label.strip()
    return (
        word.isalpha()
        and word[1:].islower()
        and not reads_as_name(word, heading=True)
        and not is_plural(word.lower())
        and is_noun(word.lower())
        and not word.lower().endswith("ing")
        and is_countable(word.lower())
    )


# "<h1>Title</h1>", "<nav><ul>…</ul></nav>": markup whose outer element is what the cell names.
_MARKUP = re.compile(r"^<(?P<tag>[a-z][a-z0-9]*)\b[^>]*>.*</(?P=tag)>$|^<(?P<bare>[a-z][a-z0-9]*)>$", re.S)


def outer_element(value: str) -> str:
    """'<article><p></p></article>' → '<article>': the element a sample of markup stands for."""
    m = _MARKUP.match(value.strip())
    return f"<{m['tag'] or m['bare']}>" if m else value


_ELIDED_ARGUMENTS = re.compile(r"(?<=\w)\((?:\.\.\.|…)\)")


def elided_arguments_shown(row: str) -> str:
    """ "mmap(...)" → "mmap()": a call whose arguments the table leaves out, asked as the call."""
    return _ELIDED_ARGUMENTS.sub("()", row)


def _a_task(row: str) -> bool:
    """ "Scale out", "Check update status": a thing to do, opened by a verb in its base form."""
    words = row.split()
    first = words[0].lower() if words else ""
    return len(words) >= 2 and first.isalpha() and can_be_verb(first) and verb_base(first) == first


def property_question(
    row: str, column: str, *, rated: bool, value: str = "", names: bool = False, kind: str = "", purposes: bool = False
) -> str | None:
    """The question a cell answers, naming its row as the subject and its column as what is asked
    ('What is the port of SSH?'); never the table, which a learner reading the card never saw. The
    caller puts the topic in front. `names`: the rows name things ('Mercury', 'Redis'), kept as
    written; else a label reads as a common noun mid-sentence ('is insertion sort stable?').
    `kind`: what a code-like row is ('event': 'the click event', 'operator': 'the % operator').
    `purposes`: the rows are uses ('Main heading'), so the cell is what serves each: 'What is the
    semantic choice for the main heading?'."""
    column = split_unit(_SYMBOLS.sub("", column).strip())[0]
    if not _is_attribute(column) or not row.strip() or _FREE_TEXT.match(column):
        return None
    # A command or shortcut ('git log', 'Ctrl+C') is described by what it does.
    # (So is a key of a few marks or letters: "M", "<<", "gg=G" in an editor's reference.)
    operated = bool(re.match(r"^[a-z]|.*[+_./:-]", row)) or (len(row) <= 4 and " " not in row and not row.isalpha())
    operated = operated or (len(row) == 1 and row.isupper())
    if purposes and not _DESCRIBES.match(column) and not _QUESTION_COLUMN.match(column):
        asked = "Which element" if _MARKUP.match(value.strip()) else "What"
        return f"{asked} {be(attribute(column))} the {attribute(column)} for the {as_common(row, heading=True)}?"
    if kind in _PART_KINDS and not is_code_label(row) and not reads_as_name(row, heading=True):
        # "Field | Range" with a row "Minute": "the range of the minute field", never "of minute".
        row, kind = f"the {as_common(row, heading=True)} {kind}", ""
        names = True
    if kind and is_code_label(row):
        row = f"the {row} {kind}"
        names = True
        if kind in ("alias", "shortcut") and attribute(column) == "command":
            return f"What command does {row} run?"  # not "what is the command of the la alias?"
        if kind == "event" and _DESCRIBES.match(column) and _OCCURRENCE.match(value):
            return f"When does {row} fire?"  # "select | The user highlighted some text": what raises it
    if not names and _DESCRIBES.match(column) and _a_thing_in_general(row):
        row = f"the {as_common(row)}"  # "Console | View error messages" → "What does the console do?"
    row = (_findings_cased(row) or row) if names else as_common(row)
    plural = is_plural(row) and not (names and " " not in row)  # "Touch Events" are; "Mars" is one planet
    kinded = bool(kind) and row.startswith("the ") and row.endswith(f" {kind}")  # "the rm alias" is one
    if attribute(column) == "default":
        return f"What is the default value of {row}?"  # not "the default of radius", nor "Is stepped default?"
    if attribute(column) in ("addition", "additions"):
        return f"What is added to make {row}?"  # "Derivative | Addition": not "what is the addition of Nantua?"
    if attribute(column) == "command" and _a_task(row):
        return f"How do you {row[:1].lower() + row[1:]}?"  # "Scale out": not "the command of scale out"
    plural = plural or (not kinded and _agrees_as_plural(row, value))
    if column.lower() == "purpose":
        # "Git | Version control": what a named tool or a code element is used for; the purpose of
        # a common thing ("Word index | Track which word the player is typing") is the lesson's
        # own project, not a fact about word indexes.
        if not names and not is_code_label(row) and not row.startswith("the "):
            return None
        return f"What {'are' if plural else 'is'} {row} used for?"
    if _QUESTION_COLUMN.match(column):
        return _column_question(row, column, plural=plural)
    if _DESCRIBES.match(column):
        return _described(row, column, value, plural=plural, operated=operated)
    if rated:
        return None  # a rating alone says little: rated cells are asked as comparisons (tables.py)
    if predicate := _predicate(column, yes_no=value.strip().lower() in YES_NO):
        verb, rest = predicate
        return f"{verb.capitalize()} {row} {rest}?"
    if _TRAILING_PREPOSITION.search(column):
        return f"What {'are' if plural else 'is'} {row} {attribute(column)}?"  # "Best for" → "What is X best for?"
    counted = attribute(column)
    of = _RELATED_BY.get(singular(counted.split()[-1].lower()), "of")  # "the substitutes for thyme"
    if of == "for" and counted.split()[-1].lower() in _WRITTEN_AS:
        # "the Markdown syntax for an ordered list", not "the Markdown Syntax of Ordered List"
        *qualifier, head = counted.split()
        return f"What is the {' '.join([*qualifier, head.lower()])} for {_one_of_a_kind(row)}?"
    if _LISTED.fullmatch(value.strip()) and not is_plural(counted.split()[-1]):
        # "Associated Condition: Atrial Fibrillation, Junctional Rhythm": several, asked as several
        *head, last = counted.split()
        return f"What are the {' '.join([*head, _inflect.plural_noun(last) or last])} {of} {row}?"
    if _COUNT.match(value.strip()) and " " not in counted and is_plural(counted):
        return f"How many {counted} {'do' if plural else 'does'} {row} have?"  # "Moons: 2"
    return f"What {be(attribute(column))} the {attribute(column)} {of} {row}?"


# Nouns that relate one thing to another by a preposition of their own, not "of"
_RELATED_BY = {
    "substitute": "for", "replacement": "for", "alternative": "to", "remedy": "for", "cure": "for",
    "treatment": "for", "antidote": "to", "solution": "to", "answer": "to", "response": "to", "reaction": "to",
    "syntax": "for", "notation": "for", "shortcut": "for", "markup": "for",
}  # fmt: skip
_WRITTEN_AS = {"syntax", "notation", "shortcut", "markup"}  # how a kind of thing is written or typed


def _one_of_a_kind(row: str) -> str:
    """ "Ordered List" → "an ordered list", "Bold" → "bold": a row naming a kind of element."""
    common = as_common(row, heading=True)
    last = common.split()[-1] if common.split() else ""
    if not (last.isalpha() and last.islower() and is_noun(last)) or is_plural(last) or last in _UNCOUNTED_ELEMENTS:
        return common
    # "a list", "a heading": elements are counted, though "list" is far commoner than "lists"
    return with_article(common) if is_countable(last, gap=_ELEMENT_PLURAL_GAP) else common


_UNCOUNTED_ELEMENTS = {"code", "text", "bold", "italic", "emphasis", "whitespace", "formatting", "markup", "data"}
_ELEMENT_PLURAL_GAP = 1.6


def _findings_cased(row: str) -> str:
    """ "Inverted P Wave", "Prolonged QT Interval": a finding in a heading's capitals around a letter
    or an acronym, which reads as a name only by them: "an inverted P wave", "a prolonged QT
    interval". '' for a name ("Windows Server", "Docker Engine") or a row with no such letter."""
    words = row.split()
    marks = [w for w in words if is_acronym(w) or re.fullmatch(r"[A-Z]\d*", w)]
    titled = [w for w in words if w not in marks]
    if len(words) < 2 or not marks or not titled:
        return ""
    if not all(w.isalpha() and w[:1].isupper() and w[1:].islower() and is_english(w.lower()) for w in titled):
        return ""
    if any(written_as_name(w) for w in titled):
        return ""
    lowered = " ".join(w if w in marks else w.lower() for w in words)
    last = lowered.split()[-1]
    counted = last.islower() and not is_plural(last) and is_countable(last)
    return with_article(lowered) if counted else lowered


_COUNT = re.compile(r"^\d[\d,]*$")
_LISTED = re.compile(r"[A-Z][^,;()]{1,40}(?:\s*\([^()]*\))?(?:[,;]\s*[A-Z][^,;()]{1,40}(?:\s*\([^()]*\))?)+")
# Key headers whose rows are parts named in plain words ("Minute", "Day of Month"), read as
# "the minute field" so the question does not ask of a bare word.
_PART_KINDS = {"field", "parameter", "argument", "column", "setting"}


_FLAG = re.compile(r"(?:^|\s)-{1,2}[A-Za-z]")


def _described(row: str, column: str, value: str, *, plural: bool, operated: bool) -> str:
    """A description column says what its row is or does: 'What does !! do?' for a symbol,
    'What does 404 mean?' under 'Meaning', 'What does git status do?' when the description is an
    instruction ('Show the working tree status'), else 'What is PostgreSQL?'. Code is shown bare,
    as every card shows it: typographic quotes would read as part of the symbol."""
    plural = plural and not _FLAG.search(row)  # "conda info --envs" is one command, whatever its last word
    if not any(c.isalnum() for c in row):
        if column.lower() != "meaning" and not _instruction(value):
            if _ENDS_IN_PUNCTUATION.search(row):
                return f"What does {row} stand for?"  # "$?": "What is $??" would read as a typo
            return f"What is {row}?"  # "$# | Number of arguments": a thing, not an action
        return f"What does {row} {'mean' if column.lower() == 'meaning' else 'do'}?"
    if column.lower() == "meaning" or re.match(r"^[<>=≤≥]", value):
        return f"What does {row} mean?"  # "^1.2 | >=1.2.0 <2.0.0": an expression, what the row amounts to
    if _initials(row, value):
        return f"What does {row} stand for?"  # "fc | field capacity": its name in full, no action
    if _PATH_ROW.fullmatch(row.strip()):
        return f"What is {row} for?"  # "/var/log/pods | log files": a place a thing is kept, which does nothing
    if _instruction(value, loose=operated):
        return f"What {'do' if plural else 'does'} {row} do?"
    return f"What {'are' if plural else 'is'} {row}?"


_PATH_ROW = re.compile(r"~?/[\w.-]+(?:/[\w.-]*)*")


def _initials(row: str, value: str) -> bool:
    """ "fc" of "field capacity", "whc" of "water holding capacity": the row spells its value's initials."""
    words = re.findall(r"[A-Za-z]+", value)
    initials = "".join(w[0].lower() for w in words)
    # "the fc parameter": any word of the row may be the label
    return 2 <= len(words) <= 5 and any(re.sub(r"[^a-z]", "", t.lower()) == initials for t in row.split())


_ENDS_IN_PUNCTUATION = re.compile(r"[?.,:;!]$")
_OBJECT_START = {"a", "an", "the", "all", "any", "every", "each", "your", "its", "their", "this", "that", "these"}


# "Remainder: Calculates the remainder …": a description led by the thing's name.
_NAME_LEAD = re.compile(r"^[^:]{1,40}:\s+(?=\S)")


def without_name_lead(value: str) -> str:
    """'Remainder: Calculates the remainder …' → 'Calculates the remainder …'."""
    m = _NAME_LEAD.match(value)
    return value[m.end() :] if m and len(value[: m.end()].split()) <= 5 else value


def _instruction(value: str, *, loose: bool = False) -> bool:
    """'Show the working tree status', 'Copy', 'Persists data to disk': a description that starts
    with a verb in its base form, or a word only a verb; a word that is also a noun ('Process
    manager') only when an article or the end follows it, or (`loose`) when the row is a command,
    which does things. A name leading the description ('Remainder: Calculates …') is passed over."""
    words = re.findall(r"[A-Za-z]+", without_name_lead(value).lower())
    if words and is_only_verb(words[0]):
        return True  # "Keeps data in memory", "Returns the length"
    if len(words) > 1 and words[0].endswith("s") and can_be_verb(words[0]) and verb_base(words[0]) != words[0]:
        return words[1] in _OBJECT_START  # "Checks that …", "Returns the length"; not "Shows error messages"
    if not words or not is_base_verb(words[0]):
        return False
    # "Move to the beginning of …", "Scroll up one page": a verb and where it goes
    heading = len(words) > 2 and words[1] in _DIRECTIONS and words[2] in _OBJECT_START | {"one", "next", "previous"}
    return loose or heading or not is_noun(words[0]) or len(words) == 1 or words[1] in _OBJECT_START


_DIRECTIONS = {"to", "into", "from", "up", "down", "back", "out", "over"}


# "What It Measures", "What they do": the column asks what the row's subject does.
_WHAT_IT_DOES = re.compile(r"^what\s+(?:it|they)\s+(?P<verb>[a-z]+)$", re.I)


def _column_question(row: str, column: str, *, plural: bool = False) -> str | None:
    """'What It Measures' for clientX → 'What does clientX measure?'. Other question columns ('How
    We Use It') describe a walkthrough, not the subject: no card."""
    m = _WHAT_IT_DOES.match(column)
    if not m or not can_be_verb(m["verb"].lower()):
        return None
    return f"What {'do' if plural else 'does'} {row} {verb_base(m['verb'].lower())}?"


def _agrees_as_plural(row: str, value: str) -> bool:
    """'Extensions | Add specialized features': the author's verb agrees with a plural row, which
    a name-like label ('Extensions', 'AI Assistants') does not show by itself."""
    first = (re.findall(r"[A-Za-z]+", value) or [""])[0]
    head = re.split(r"\s+(?:of|for|in|with|on)\s+", row, maxsplit=1)[0]  # "Array of quotes" is one array
    return (
        head.rstrip().endswith("s")
        and first[:1].isupper()
        and can_be_verb(first)
        and is_only_verb(first)
        and verb_base(first.lower()) == first.lower()
    )


# A caption that names what every cell measures: "Time Complexities", "Array Sorting Algorithms
# Complexity". Its columns are then operations or cases ("insert", "Worst"), not attributes.
_MEASURE = re.compile(r"\b(?P<kind>(?:time|space)\s+)?(?P<noun>complexit(?:y|ies)|costs?|runtimes?)$", re.I)
_CASE = re.compile(r"^(?:best|average|worst|amortized|expected)$", re.I)
_SPACE = re.compile(r"^(?:memory|space|extra space)$", re.I)


def measure_of(caption: str) -> str | None:
    """'Time Complexities' → 'time complexity'; 'Data Structure Operations Complexity' →
    'complexity'; None for a caption that does not name a measure."""
    m = _MEASURE.search(caption.strip())
    if not m:
        return None
    noun = m["noun"].lower()
    noun = "complexity" if noun.startswith("complexit") else noun.removesuffix("s")
    return f"{(m['kind'] or '').lower()}{noun}"


def measure_subject(row: str, document_topic: str) -> str:
    """'Binary' in a document on Heap → 'Binary heap': a row that names a kind of the document's
    one-word subject carries it; 'Array' or 'Quick sort' (in Quicksort) stand as they are."""
    topic = re.sub(r"\s*\([^)]*\)", "", document_topic).strip()
    squash = lambda text: re.sub(r"[\s_-]+", "", text.lower())  # noqa: E731
    if " " in topic or not topic.isalpha() or squash(topic) in squash(row) or len(row.split()) > 1:
        return row
    return f"{row} {topic.lower()}" if row[:1].isalpha() else row


def measure_question(measure: str, subject: str, column: str) -> str:
    """'What is the worst-case complexity of Quick sort?', 'What is the time complexity of insert
    in Binary heap?'"""
    column = column.strip()
    if _CASE.match(column):
        return f"What is the {column.lower()}-case {measure} of {subject}?"
    if _SPACE.match(column) and measure.endswith("complexity"):
        return f"What is the space complexity of {subject}?"
    # "in a binary heap", "in an array": a kind of structure mid-sentence takes an article.
    structure = with_article(as_common(subject, heading=True))
    return f"What is the {measure} of {column.lower() if column[1:].islower() else column} in {structure}?"


def measure_statement(question: str, value: str) -> str:
    """The question stated: 'The worst-case complexity of Quick sort is O(n^2).'"""
    body = question.removeprefix("What is ").removesuffix("?")
    return f"{body[:1].upper()}{body[1:]} is {value}."


_BOUND = re.compile(r"[OΘΩoωθ]\s*\(")


_RAISED = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_LOWERED = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def measure_value(value: str, measure: str) -> str:
    """'n<sup>2</sup>' → 'n^2'; a bare complexity ('log(n)', '1') in a complexity table → 'O(log(n))'."""
    value = re.sub(r"<sup>(.*?)</sup>", r"^\1", value).strip()
    value = _RAISED.sub(lambda m: "^" + m[0].translate(_LOWERED), value)  # "n²", as parsing writes <sup>2</sup>
    value = re.sub(r"\bn([2-9])\b", r"n^\1", value)  # "n2": a superscript the Markdown lost
    bare = re.fullmatch(r"(?:[\dnkmNKM\s*^()+/.!-]|log|lg|sqrt)+", value) and re.search(r"[\dnkmNKM]", value)
    return f"O({value})" if measure.endswith("complexity") and bare and not _BOUND.search(value) else value


def is_space_row(row: str) -> bool:
    return bool(_SPACE.match(row.strip()))


_MODALS = {"can", "cannot", "may", "might", "must", "will", "would", "should", "could", "shall"}
_SINGULAR = {"are": "is", "have": "has", "do": "does", "were": "was", "don't": "doesn't", "aren't": "isn't"}


def agree_singular(predicate: str) -> str:
    """'enable greater efficiency' → 'enables greater efficiency' after 'Which of the two', which
    takes a singular verb; modals and verbs already singular stay."""
    first, _, rest = predicate.partition(" ")
    lowered = first.lower()
    if lowered in _MODALS or (lowered not in _SINGULAR and verb_base(lowered) != lowered):
        return predicate  # "requires", "took": already agrees
    verb = _SINGULAR.get(lowered) or next(iter(getInflection(lowered, tag="VBZ")), first)
    return f"{verb} {rest}".strip()


# "FILE", "NUM", "STRING": the operands a code row is written with, not its name.
_OPERAND = re.compile(r"\b[A-Z][A-Z0-9_]*\b")
# "$foo" in an answer is the example's variable, which the row shows too by design.
_SIGIL_WORD = re.compile(r"\$\{?[A-Za-z_]\w*\}?")
_DERIVED = re.compile(r"(?:ures?|ions?|ments?|ings?|ed|ers?|ables?|ness)$")
_THIN_WORDS = {"the", "and", "for", "with", "from", "into", "that", "this", "when", "than", "its", "your"}
_EVERYDAY_ZIPF = 4.5  # "simple", "button", "remove", "long": words that add nothing to what the row names


def _roots(word: str) -> set[str]:
    """'clicks' → click; 'failures' → failure, fail; 'interactions' → interaction, interact."""
    base = singular(verb_base(word.lower()))
    return {r for r in (word.lower(), base, _DERIVED.sub("", base)) if len(r) >= 4}


def echoes_label(label: str, value: str, *, whole_words: bool = True) -> bool:
    """The answer says again what the row's own name spells: 'onclick' → 'Simple button clicks',
    '${foo%suffix}' → 'Remove long suffix', 'set -o pipefail' → 'Unveils hidden failures'. A word
    of the answer found in the name, even inside an identifier, gives it away when the rest is a
    few words or everyday ones; operands in capitals (FILE) and the example's $variables are not
    the name. `whole_words=False` counts only words found inside a longer identifier (a command's
    separate words are its own check)."""
    tokens = [t for t in re.split(r"[^a-z]+", _OPERAND.sub(" ", label).lower()) if t]
    content = [
        w.lower()
        for w in re.findall(r"[A-Za-z]+", _SIGIL_WORD.sub(" ", value))
        if len(w) >= 3 and w.lower() not in _THIN_WORDS
    ]

    def named(word: str) -> bool:
        roots = _roots(word)
        # Without whole words, 'containers' is no echo of the separate word 'container'.
        inside = [t for t in tokens if whole_words or not (_roots(t) & roots or t in roots)]
        return any(root in token for root in roots for token in inside)

    shared = {w for w in content if named(w)}
    if not shared:
        return False
    rest = [w for w in content if w not in shared]
    return len(content) <= 3 or all(zipf_frequency(w, "en") >= _EVERYDAY_ZIPF for w in rest)


_CODE_SIGNS = re.compile(r"[$\[\]{}<>=%#/\\|!*~:]")


def looks_like_code(label: str) -> bool:
    """'onclick', 'clientX', '${foo%suffix}', '[[ -e FILE ]]': a row named in code, whose words
    hide inside identifiers; not 'Typing' or 'Main heading', which a prompt asks in plain words."""
    return is_code_label(label) or bool(_CODE_SIGNS.search(label))


# "Use Case", "Common Use Cases", "Best for", "When to use": what a row is good for.
_USE_COLUMN = re.compile(
    r"^(?:(?:common|typical|main|primary)\s+)?(?:use[-\s]?cases?|uses|applications?|when to use(?: it)?|"
    r"(?:best|good|ideal) for)$",
    re.I,
)


def is_use_column(column: str) -> bool:
    return bool(_USE_COLUMN.match(_SYMBOLS.sub("", column).strip()))


def describes_its_row(column: str) -> bool:
    """'Description', 'Meaning', 'What It Measures': the column that says what each row is."""
    column = _SYMBOLS.sub("", column).strip()
    return is_description_column(column) or bool(_WHAT_IT_DOES.match(column))


# "Types of Data", "Kinds of Machine Learning", "Data types": a heading that says its table sorts
# examples into kinds of one thing.
_KINDS_OF = re.compile(
    r"^(?:(?:the\s+)?(?:main|different|common|basic|major)\s+)?(?:types?|kinds?|categories|classes|forms|sorts)"
    r"\s+of\s+(?P<noun>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})$",
    re.I,
)
_NOUN_TYPES = re.compile(r"^(?P<noun>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s+(?:types|kinds|categories)$", re.I)


def kind_of_items(caption: str) -> str:
    """What a heading says its examples are kinds of: 'Types of Data' → 'kind of data'; 'Data
    types' → 'data type'; '' when it names none."""
    caption = caption.strip().rstrip(":")
    if m := _KINDS_OF.match(caption):
        *words, last = as_common(m["noun"], heading=True).split()
        last = singular(last) if is_plural(last) else last  # "Types of networks": a kind of network
        return f"kind of {' '.join([*words, last])}"
    if m := _NOUN_TYPES.match(caption):
        return f"{as_common(m['noun'], heading=True)} {'category' if caption.lower().endswith('ies') else 'type'}"
    return ""


# "Big-O", "Time complexity", "Runtime": a column whose every cell is the measure of its row.
_MEASURE_COLUMN = re.compile(
    r"^(?:big[- ]?o(?:\s+notation)?|(?P<kind>(?:time|space)\s+)?complexity|(?P<time>time|run(?:ning)?[- ]?time)|cost)$",
    re.I,
)


def column_measure(column: str) -> str | None:
    """'Big-O' → 'complexity', 'Time complexity' → 'time complexity', 'Time' → 'time complexity';
    None for a column that is no measure ('Average', 'insert')."""
    m = _MEASURE_COLUMN.match(column.strip())
    if not m:
        return None
    if m["time"]:
        return "time complexity"
    lowered = column.strip().lower()
    return lowered if m["kind"] or lowered == "cost" else "complexity"


# "* This is the average case": the case a footnote or note says a bound is for.
_CASE_NAMED = re.compile(r"\b(?P<case>average|worst|best|amortized|amortised|expected)\b", re.I)


def case_named(note: str) -> str:
    """'This is the average case, …' → 'average-case '; 'amortized' → 'amortized '; '' for none
    or for a note naming two cases, which says no one of them."""
    cases = {m["case"].lower() for m in _CASE_NAMED.finditer(note)}
    if len(cases) != 1:
        return ""
    case = cases.pop()
    return f"{case}-case " if case in ("average", "worst", "best") else f"{case} "


def operation_question(measure: str, operation: str, structure: str, case: str = "") -> str:
    """'What is the average-case time complexity of the search operation in a hash table?'"""
    # "Heapify (create a heap out of …)": the aside explains the operation, the question names it
    operation = re.sub(r"\s*\([^()]{8,}\)", "", operation).strip() or operation
    named = as_common(operation.strip(), heading=True)  # "Search" → "search"; "push()" as written
    if not named.lower().endswith("operation"):
        named = f"the {named} operation"
    return f"What is the {case}{measure} of {named} in {a_structure(structure)}?"


def a_structure(structure: str) -> str:
    """A subject named mid-sentence as one of its kind: 'a hash table', 'a binary search tree
    (BST)' (the name is lowered, the acronym kept); 'Heap (data-structure)' only says which heap,
    which the sentence does; 'JavaScript arrays' and 'hashing' as they are."""
    bare, _, aside = structure.partition(" (")
    acronym = re.fullmatch(r"[A-Z][A-Z0-9]+\)", aside.strip())
    named = as_common(bare.strip(), heading=True)
    last = named.split()[-1].lower() if named.split() else ""
    # "JavaScript arrays", "sorting", "hashing": a plural or an activity takes no article.
    counted = last and not is_plural(last) and not (last.endswith("ing") and verb_base(last) != last)
    return (with_article(named) if counted else named) + (f" ({aside.strip()}" if acronym else "")


def implementation_question(context: str, column: str, structure: str) -> str:
    """'| Language | API |' under a document on hash tables: 'In Python, what is the API for a hash
    table?' → dict. The row is where the subject is found, the column what provides it there."""
    asked = attribute(column)
    return f"In {context}, what {be(asked)} the {asked} for {a_structure(structure)}?"
