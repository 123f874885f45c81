"""Key sentences: a cloze deletion of the emphasised or technical term in an informative sentence."""

import re

from quizzes.generation.extractors import definitions
from quizzes.generation.facts import CardDraft, Fact
from quizzes.generation.parsing import Section
from quizzes.generation.text import CODE_CLOSE, CODE_OPEN, EM_CLOSE, EM_OPEN, mask, plain, sentences
from quizzes.generation.writing.prompts import informative_span, is_statement, names_term
from quizzes.generation.writing.topics import in_topic, topic_of

NAME = "key_sentences"
_SPAN = re.compile(
    f"{EM_OPEN}(?P<em>[^{EM_OPEN}{EM_CLOSE}]+){EM_CLOSE}|{CODE_OPEN}(?P<code>[^{CODE_CLOSE}]+){CODE_CLOSE}"
)


def _term(sentence: str) -> str | None:
    for m in _SPAN.finditer(sentence):
        term = plain(m["em"] or m["code"])
        if 1 <= len(term.split()) <= 5 and len(term) >= 2 and plain(sentence) != term:
            return term
    return None


def extract(section: Section) -> list[Fact]:
    facts = []
    for text in section.texts():
        for sentence in sentences(text):
            flat = plain(sentence)
            words = len(flat.split())
            if not 6 <= words <= 60 or definitions.is_definition_sentence(section, sentence):
                continue
            # An aspect heading inside a list ("**Storage space**") is a label, not a sentence.
            if flat.endswith(":") or flat.startswith(("For the purposes", "TODO")):
                continue
            term = _term(sentence)
            if term:
                fields = {"sentence": flat, "term": term}
                facts.append(Fact(NAME, section.path, cue=term, group="terms", fields=fields))
    return facts


def render(fact: Fact, siblings: list[Fact], index: int) -> list[CardDraft]:
    sentence, term = fact.fields["sentence"], fact.fields["term"]
    if not is_statement(sentence) or not informative_span(term, sentence):
        return []
    front = mask(sentence, term)
    if front == sentence:
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
