"""Records: sections about one thing each, described by the same fields.

"### Plato" with "- Key works: *Republic*, *Apology*, *Phaedo*.", then "### Aristotle" with
"- Key works: …": a label that opens entries under several headings names a field of each
heading's subject, not a term (see `definitions.repeated_labels`). A field whose value is short
and specific is asked of its subject ("What are the key works of Plato?"); a field that only
files remarks ("Key facts", "What changed", "Life and place") gives no card. A field that
explains the heading ("### Adjourn" - "Explanation: When a court case is postponed.") is a
glossary's entry, asked what the heading means. `generate` reads the records once it knows the
document's field labels.
"""

import re
from collections import Counter

from rapidfuzz import fuzz
from wordfreq import zipf_frequency

from quizzes.generation.extractors.definitions import LABELLED_ENTRY
from quizzes.generation.extractors.tables import cell_text
from quizzes.generation.facts import CardDraft, Fact, note_key
from quizzes.generation.text import CODE_OPEN, normalise, plain, sentences, strip_trailing
from quizzes.generation.writing.grammar import (
    as_common,
    be,
    is_acronym,
    is_adjective,
    is_noun,
    is_past_tense,
    reads_as_name,
    singular,
)
from quizzes.generation.writing.prompts import asked_by_its_verb, definition_question
from quizzes.generation.writing.topics import as_place, in_topic, page_name, possessive, topic_of

NAME = "records"

# A label that files remarks rather than naming a property: no single answer to recall.
_REMARKS = re.compile(
    r"\b(?:facts?|notes?|details?|info(?:rmation)?|summary|overview|remarks?|comments?|highlights?|"
    r"misc(?:ellaneous)?|other|context|background|description|areas?|tradition|orientation|legacy|impact|"
    r"explanation|examples?|usage|tips?|warnings?|caveats?|limitations?|pros|cons|see also)$",
    re.I,
)
# "Life and place", "Orientation/tradition", "What changed": two fields in one, or a question.
_NOT_ONE_FIELD = re.compile(r"\band\b|\bor\b|/|^(?:what|how|why|who|when|where)\b", re.I)
# A value that is a sentence about the subject ("This only prevents …", "It was adopted …").
_REMARK = re.compile(
    r"^(?:this|that|these|those|it|they|there|you|we|don't|do)\b|"
    r"\b(?:is|are|was|were|has|have|had|can|could|will|would|should|must|may|might|isn't|aren't|won't)\b",
    re.I,
)
MAX_VALUE_WORDS = 12  # "Student of Socrates; founded the Academy; tutor to Alexander" is a remark
# "Explanation: When a court case is postponed.": the field says what the heading means
_GLOSS_FIELD = re.compile(r"^(?:explanation|definition|meaning|description|what it means)$", re.I)
MAX_GLOSS_WORDS = 40
_CUT_SHORT = re.compile(r"\b(?:for|of|to|the|a|an|and|or|with|as|by)$", re.I)
_NOT_A_NOUN_PHRASE = {"for", "to", "in", "on", "with", "by", "from", "at", "about", "if", "when", "use", "see"}


def extract(section) -> list[Fact]:
    """None of its own: a field is known only across sections, so `from_document` reads records."""
    return []


MIN_FIELDS = 2  # a section with two known fields is a record: its other "Label: …" lines are fields too


def from_document(document, labels: set[str], deck: str) -> tuple[list[Fact], set[int]]:
    """The records of the sections whose entries open with the document's field labels, and the
    blocks that hold only such entries (their other readings are of remarks, not facts)."""
    found: list[Fact] = []
    blocks: set[int] = set()
    for section in document.sections:
        read = [
            (block, text, LABELLED_ENTRY.match(plain(text).strip()), parent)
            for (block, text), parent in zip(section.texts_by_block(), _parent_labels(section), strict=True)
        ]
        entries = [(block, text, m, parent) for block, text, m, parent in read if m]
        named = [normalise(m["label"]) for _, _, m, _ in entries]
        if not section.path or sum(label in labels for label in named) < MIN_FIELDS:
            continue
        if len(set(named)) < len(named):
            continue  # "Input: …, Output: …" twice: a series of examples, not one thing's fields
        blocks |= {b.id for b, _, _, _ in entries} - {b.id for b, _, m, _ in read if not m}  # blocks of entries alone
        for block, text, m, parent in entries:
            label = m["label"].strip()
            if parent:
                label = f"{label} {parent}"  # "Access: O(n)" under "Time Complexity:": the access time complexity
            if fact := _record(section.path, label, m["value"], block.id, deck):
                if CODE_OPEN + m["value"].strip()[:12] in text:
                    fact.fields["code"] = True  # "**Type:** `string | boolean`": written as code, so left as it is
                found.append(fact)
    # "Decree absolute", "Decree nisi": "The court order for divorce is made in 2 stages" for both
    # tells neither apart
    glosses = Counter(normalise(f.fields["gloss"]) for f in found if "gloss" in f.fields)
    return [f for f in found if glosses[normalise(f.fields.get("gloss", ""))] < 2 or "gloss" not in f.fields], blocks


def _parent_labels(section) -> list[str]:
    """For each text of `section.texts_by_block()`, in its order, the label of the list item it sits
    under when that item is a bare label ("Time Complexity:"), lower-cased, or '': the field its
    entries are parts of. "* Time Complexity:" then "* Access: …" at its own depth counts too: the
    author meant to nest them."""
    labels: list[str] = []

    def walk(items, parent: str) -> None:
        heading = ""
        for item in items:
            label = plain(item.text).strip()
            bare = label.endswith(":") and 0 < len(label.split()) <= _PARENT_LABEL_WORDS
            if heading and not bare and not LABELLED_ENTRY.match(label):
                heading = ""
            labels.append(parent or heading)
            if bare and not item.children:
                heading = label[:-1].strip().lower()
            walk(item.children, label[:-1].strip().lower() if bare else "")

    for block in section.blocks:
        if block.kind == "paragraph":
            labels.append("")
        elif block.kind == "list":
            walk(block.items, "")
    return labels


_PARENT_LABEL_WORDS = 3
MIN_TABLE_RECORDS = 3


def table_records(document, deck: str) -> tuple[list[Fact], set[int]]:
    """ "## Tab Width" over "| Default | CLI Override |" and one row "| `2` | `--tab-width <int>` |",
    the same header under three headings or more: each heading's one-row table gives its fields
    ("What is the default value of the Tab Width option?"), and those tables no other reading."""
    tables = [
        (section, block)
        for section in document.sections
        for block in section.blocks
        if block.kind == "table" and len(block.rows) == 2 and len(section.path) >= 2
    ]
    header_of = {block.id: [cell_text(c) for c in block.rows[0]] for _, block in tables}
    repeats = Counter(tuple(normalise(h) for h in header) for header in header_of.values())
    found: list[Fact] = []
    blocks: set[int] = set()
    for section, block in tables:
        header = header_of[block.id]
        if repeats[tuple(normalise(h) for h in header)] < MIN_TABLE_RECORDS or not all(header):
            continue
        blocks.add(block.id)
        if _RETIRED.search(section.path[-1]):
            continue  # "[Deprecated] JSX Brackets": nothing a learner should set any more
        asked: list[str] = []
        for label, cell in zip(header, block.rows[1], strict=False):
            value = cell_text(cell)
            if _spelled_from_subject(value, section.path[-1]) or _NO_VALUE.match(value):
                continue  # "--tab-width <int>" of "Tab Width": the name, written as a flag
            if any(fuzz.ratio(_letters(value), _letters(other)) >= _SAME_SPELLING for other in asked):
                continue  # "singleQuote: <bool>" beside "--single-quote": one setting, spelled for the API
            asked.append(value)
            if fact := _record(section.path, label.strip(), value, block.id, deck, column=True):
                # the page's title says what each heading is: "Options" over "## Tab Width"
                fact.fields["kind"] = _kind_of_entries(document.title or section.path[0])
                found.append(fact)
    return found, blocks


def _kind_of_entries(title: str) -> str:
    """ "option" for a page titled "Options": each heading under it names one of them."""
    words = title.split()
    if len(words) != 1 or not words[0].isalpha():
        return ""
    word = words[0].lower()
    single = singular(word)
    return single if single != word and is_noun(single) else ""


_YES_OR_NO = re.compile(r"^(?:yes|no)\b", re.I)
_RETIRED = re.compile(r"\b(?:deprecated|removed|obsolete)\b", re.I)
_NO_VALUE = re.compile(r"^(?:none|n/?a|-+|—|–|null|nothing)?$", re.I)
_SAME_SPELLING = 75


def _letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _spelled_from_subject(value: str, subject: str) -> bool:
    return bool(_letters(subject)) and _letters(subject) in _letters(value)


def _record(
    path: tuple[str, ...], label: str, value: str, block: int, deck: str, *, column: bool = False
) -> Fact | None:
    """A field of the section's subject, or None when it files remarks or its value is no short
    answer."""
    value = strip_trailing(" ".join(value.split()))
    subject = plain(path[-1]).strip()
    if _GLOSS_FIELD.match(label):
        return _gloss(path, subject, value, block, deck)
    words = label.split()
    if not words or _NOT_ONE_FIELD.search(label) or _REMARKS.search(label):
        return None
    if not column and not is_noun(words[-1].lower()):
        return None  # a table's column header names a field whatever its word ("CLI Override")
    if words[0].lower() in _NOT_A_NOUN_PHRASE:
        return None  # "For citizens use: Postpone": advice on the term, no property of it
    if not value or len(value.split()) > MAX_VALUE_WORDS or ";" in value:
        return None
    if _REMARK.search(value):
        return None  # "This only prevents one kind of attack": a remark, not the field's value
    # "CLI override", not "cLI Override"
    field = " ".join(w if is_acronym(w) or not w[1:].islower() else w.lower() for w in words)
    fields = {"subject": subject, "field": field, "value": value}
    record = Fact(NAME, path, cue=f"{subject} / {label}", group=normalise(label), fields=fields, blocks=(block,))
    record.key = note_key(deck, record)
    return record


def _gloss(path: tuple[str, ...], subject: str, value: str, block: int, deck: str) -> Fact | None:
    said = sentences(value)
    gloss = strip_trailing(said[0]) if said else ""
    if not gloss or len(gloss.split()) > MAX_GLOSS_WORDS or _REMARK.match(gloss) or not subject[:1].isalpha():
        return None
    if _CUT_SHORT.search(gloss):
        return None  # "The legal word for": the rest was markup or a quote the text lost
    if _plain_synonym(subject, gloss) or _circular(subject, gloss):
        return None  # "Assist: Help", "Claimant: The person making a claim": nothing to learn
    fields = {"subject": subject, "gloss": gloss}
    record = Fact(NAME, path, cue=f"{subject} / meaning", group="meaning", fields=fields, blocks=(block,))
    record.key = note_key(deck, record)
    return record


def render(fact: Fact, siblings: list[Fact], index: int) -> list[CardDraft]:
    f = fact.fields
    common = {"note_key": fact.key, "section": fact.section_label}
    if "gloss" in f:
        # "In court, what does “adjourn” mean?" — the document's subject says in what field
        asked, back = _meaning(f["subject"], f["gloss"]), f["gloss"][:1].upper() + f["gloss"][1:]
        if said := _said_of_itself(f["subject"], f["gloss"]):
            asked, back = said  # "MRR measures the effectiveness …": "What does MRR measure?"
        question = in_topic(topic_of(fact.section[:1]) if len(fact.section) > 1 else "", asked)
        return [CardDraft(key=f"{fact.key}:basic", kind="basic", front=question, back=back, **common)]
    field, subject = f["field"], f["subject"]
    if f.get("kind"):
        # "Prettier's Tab Width option": the page's product owns each of its entries
        owner = page_name()
        subject = f"{possessive(owner)} {subject} {f['kind']}" if owner else f"the {subject} {f['kind']}"
    if not f.get("kind") and not reads_as_name(subject) and all(w[:1].isupper() for w in subject.split()):
        subject = as_place(subject)  # "of a heap", "of the binary search tree": a heading's capitals are no name's
    if normalise(field) == "default":
        question = f"What is the default value of {subject}?"
    elif _YES_OR_NO.match(f["value"]) and len(field.split()) == 1 and is_adjective(field.lower()):
        question = f"Is {subject} {field.lower()}?"  # "Stable: No" → "Is Quicksort stable?"
    else:
        question = f"What {be(field.split()[-1])} the {field} of {subject}?"
    if not reads_as_name(subject) and not (f.get("kind") and page_name()):
        question = in_topic(topic_of(fact.section[:-1]), question)  # "the time complexity of quick sort"
    # a table's cell is written as its column writes it ("false", "--no-semi"), a label's value as a sentence
    value = f["value"] if "kind" in f or f.get("code") else f["value"][:1].upper() + f["value"][1:]
    return [
        CardDraft(
            key=f"{fact.key}:basic",
            kind="basic",
            front=question,
            back=value,
            note_key=fact.key,
            section=fact.section_label,
        )
    ]


def _said_of_itself(subject: str, gloss: str) -> tuple[str, str] | None:
    """ "Mean Reciprocal Rank (MRR)" glossed "MRR measures the effectiveness of …": the gloss names
    its subject (whole or by its letters) and says what it does, asked by the verb."""
    names = [subject, *re.findall(r"\(([^()]+)\)", subject), re.sub(r"\s*\([^()]*\)", "", subject)]
    for name in sorted({n.strip() for n in names if n.strip()}, key=len, reverse=True):
        m = re.match(rf"^(?:the\s+)?{re.escape(name)}\s+(?P<rest>[a-z]+s\s.+)$", gloss, re.I)
        if m and (asked := asked_by_its_verb(f"What does {subject} do?", m["rest"])):
            return asked
    return None


def _meaning(term: str, gloss: str) -> str:
    """ "What is a claimant?" for a noun glossed by a noun phrase; "What does “adjourn” mean?" for a
    word glossed by its synonym or a clause ("Find out", "When a court case is postponed")."""
    word = term if reads_as_name(term) else as_common(term)
    head = term.split()[-1].lower()
    if _NOUN_GLOSS.match(gloss) and is_noun(head) and not is_past_tense(head):
        question = definition_question(word, gloss, [])
        if not question.startswith("What is meant by"):
            return question
    return f"What does “{word}” mean?"


_NOUN_GLOSS = re.compile(r"^(?:an?|the|one\s+of)\s", re.I)


_EVERYDAY = 5.0  # Zipf: "help", "get", "think about"
_STEM = 5
_SHORT_GLOSS = 6


def _plain_synonym(term: str, gloss: str) -> bool:
    """ "Assist: Help", "Obtain: Get": a plain-English word for an everyday one."""
    words = gloss.lower().split()
    return len(words) <= 2 and all(zipf_frequency(w, "en") >= _EVERYDAY for w in words) and " " not in term.strip()


def _circular(term: str, gloss: str) -> bool:
    """ "Claimant: The person making a claim", "Hearing: A court hearing": the gloss names the term's
    own stem, so it tells nothing the term does not."""
    if " " in term.strip() and len(gloss.split()) > _SHORT_GLOSS:
        return False  # "Parental responsibility: The legal rights and responsibilities over a child"
    stems = {w.lower()[:_STEM] for w in re.findall(r"[A-Za-z]{5,}", term)}
    return bool(stems) and any(w.lower()[:_STEM] in stems for w in re.findall(r"[A-Za-z]{5,}", gloss))
