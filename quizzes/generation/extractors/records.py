"""Records: sections about one thing each, described by the same fields.

"### Plato" with "- Key works: *Republic*, *Apology*, *Phaedo*.", then "### Aristotle" with
"- Key works: …": a label that opens entries under several headings names a field of each
heading's subject, not a term (see `definitions.repeated_labels`). A field whose value is short
and specific is asked of its subject ("What are the key works of Plato?"); a field that only
files remarks ("Key facts", "What changed", "Life and place") gives no card. The facts come
from the definitions the labels were first read as; `generate` turns them into records.
"""

import re

from quizzes.generation.facts import CardDraft, Fact, note_key
from quizzes.generation.text import normalise, plain, strip_trailing
from quizzes.generation.writing.grammar import be, is_noun, reads_as_name
from quizzes.generation.writing.topics import in_topic, topic_of

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


def extract(section) -> list[Fact]:
    """None of its own: a field is known only across sections, so `from_document` reads records."""
    return []


_ENTRY = re.compile(r"^(?P<label>[A-Z][A-Za-z'’/ -]{1,40}?):\s+(?P<value>\S.*)$", re.S)
MIN_FIELDS = 2  # a section with two known fields is a record: its other "Label: …" lines are fields too


def from_document(document, labels: set[str], deck: str) -> tuple[list[Fact], set[int]]:
    """The records of the sections whose entries open with the document's field labels, and the
    blocks that hold only such entries (their other readings are of remarks, not facts)."""
    found: list[Fact] = []
    blocks: set[int] = set()
    for section in document.sections:
        entries = [(block, m) for block, text in section.texts_by_block() if (m := _ENTRY.match(plain(text).strip()))]
        named = [normalise(m["label"]) for _, m in entries]
        if len(section.path) < 2 or sum(label in labels for label in named) < MIN_FIELDS:
            continue
        if len(set(named)) < len(named):
            continue  # "Input: …, Output: …" twice: a series of examples, not one thing's fields
        texts = section.texts_by_block()
        blocks |= {b.id for b, _ in entries if all(_ENTRY.match(plain(t).strip()) for o, t in texts if o.id == b.id)}
        for block, m in entries:
            if fact := _record(section.path, m["label"].strip(), m["value"], block.id, deck):
                found.append(fact)
    return found, blocks


def _record(path: tuple[str, ...], label: str, value: str, block: int, deck: str) -> Fact | None:
    """A field of the section's subject, or None when it files remarks or its value is no short
    answer."""
    value = strip_trailing(" ".join(value.split()))
    subject = plain(path[-1]).strip()
    words = label.split()
    if not words or _NOT_ONE_FIELD.search(label) or _REMARKS.search(label) or not is_noun(words[-1].lower()):
        return None
    if not value or len(value.split()) > MAX_VALUE_WORDS or ";" in value:
        return None
    if _REMARK.search(value):
        return None  # "This only prevents one kind of attack": a remark, not the field's value
    fields = {"subject": subject, "field": label[:1].lower() + label[1:], "value": value}
    record = Fact(NAME, path, cue=f"{subject} / {label}", group=normalise(label), fields=fields, blocks=(block,))
    record.key = note_key(deck, record)
    return record


def render(fact: Fact, siblings: list[Fact], index: int) -> list[CardDraft]:
    f = fact.fields
    field, subject = f["field"], f["subject"]
    question = f"What {be(field.split()[-1])} the {field} of {subject}?"
    if not reads_as_name(subject):
        question = in_topic(topic_of(fact.section[:-1]), question)  # "the time complexity of quick sort"
    value = f["value"][:1].upper() + f["value"][1:]
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
