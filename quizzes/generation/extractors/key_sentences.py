"""Key sentences: a cloze deletion of the emphasised or technical term in an informative sentence."""

import re

from quizzes.generation.extractors import definitions
from quizzes.generation.facts import CardDraft, Fact
from quizzes.generation.language import IMPERATIVE, acts_as_verb, only_a_verb
from quizzes.generation.parsing import Section
from quizzes.generation.text import CODE_CLOSE, CODE_OPEN, EM_CLOSE, EM_OPEN, mask, plain, sentences, strip_trailing
from quizzes.generation.writing.prompts import (
    informative_span,
    is_statement,
    names_term,
    without_callout,
    without_connective,
)
from quizzes.generation.writing.topics import in_topic, topic_of

NAME = "key_sentences"
_WALKTHROUGH = re.compile(
    r"^(?:let's|let us|in the (?:above|previous|next|following)|as (?:shown|seen) (?:above|below))\b", re.I
)
_SPAN = re.compile(
    f"{EM_OPEN}(?P<em>[^{EM_OPEN}{EM_CLOSE}]+){EM_CLOSE}|{CODE_OPEN}(?P<code>[^{CODE_CLOSE}]+){CODE_CLOSE}"
)


def _term(sentence: str) -> str | None:
    for m in _SPAN.finditer(sentence):
        term = plain(m["em"] or m["code"])
        if m["em"]:
            term = strip_trailing(term)
        if 1 <= len(term.split()) <= 5 and len(term) >= 2 and plain(sentence) != term and not only_a_verb(term):
            if m.start() == 0 and m["em"] and acts_as_verb(term, sentence[m.end() :]):
                continue
            # "🎯 **Learning Strategy**: …" labels a call-out; the label is not what the sentence teaches.
            if sentence[m.end() :].lstrip().startswith(":") and not re.search(r"\w", sentence[: m.start()]):
                continue
            return term
    return None


def has_term(sentence: str) -> bool:
    """An emphasised or code term this extractor will cloze."""
    return _term(sentence) is not None


def extract(section: Section) -> list[Fact]:
    facts = []
    for block, text in section.texts_by_block():
        for sentence in sentences(text):
            flat = plain(sentence)
            words = len(flat.split())
            if not 6 <= words <= 60 or definitions.is_definition_sentence(section, sentence):
                continue
            # An aspect heading inside a list ("**Storage space**") is a label, not a sentence.
            if flat.endswith(":") or flat.startswith(("For the purposes", "TODO")):
                continue
            # Instructions ("Let's add …", "Add …") and pointers elsewhere ("In the above example …") are
            # not facts, even around an emphasised word; "You can list … with `docker ps`" still is.
            if IMPERATIVE.match(flat) or _WALKTHROUGH.match(flat):
                continue
            term = _term(sentence)
            if term:
                fields = {"sentence": flat, "term": term}
                facts.append(Fact(NAME, section.path, cue=term, group="terms", fields=fields, blocks=(block.id,)))
    return facts


def render(fact: Fact, siblings: list[Fact], index: int) -> list[CardDraft]:
    sentence, term = fact.fields["sentence"], fact.fields["term"]
    stated = without_connective(without_callout(sentence))
    if not is_statement(stated) or not informative_span(term, stated):
        return []
    front = mask(stated, term)
    if front == stated:
        return []
    topic = topic_of(fact.section)
    return [
        CardDraft(
            key=f"{fact.key}:cloze",
            kind="cloze",
            front=front if names_term(topic, term) else in_topic(topic, front),
            back=term,
            explanation=sentence,
            note_key=fact.key,
            section=fact.section_label,
        )
    ]
