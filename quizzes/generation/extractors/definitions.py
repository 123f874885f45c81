"""Defined terms: emphasised words defined in the sentence around them, with aliases.

"A **container** is defined as …", "_Hypervisor_: also known as a _virtual
machine monitor_ (VMM), is …", "called _Containerization_, and it is defined as …",
"a _container runtime_, which is …", "**WSL 2** (Windows Subsystem for Linux)".
"""

import re

from quizzes.generation.facts import CardDraft, Fact, alternate, mcq, seeded, true_false
from quizzes.generation.parsing import Section
from quizzes.generation.text import EM_CLOSE as C
from quizzes.generation.text import EM_OPEN as O
from quizzes.generation.text import capitalise, mask, normalise, plain, sentences, strip_trailing
from quizzes.generation.writing.prompts import (
    definition_question,
    definition_shape,
    definition_statement,
    is_definition_worth_asking,
    is_real_name,
    names_term,
    needs_topic,
    term_question,
)
from quizzes.generation.writing.topics import in_topic, topic_of

NAME = "definitions"

_TERM = f"{O}(?P<term>[^{O}{C}]{{1,60}}){C}"
_ALIAS = r"\((?P<alias>[^()]{1,40})\)"
_ART = r"(?:(?:A|An|The|a|an|the)\s+)?"
_COLON = re.compile(rf"^{_TERM}\s*:\s*(?P<rest>.+)$")
_IS = re.compile(
    rf"^{_ART}{_TERM}\s*(?:{_ALIAS})?\s*,?\s+(?:is|are)\s+(?:defined as\s+|called\s+|known as\s+)?(?P<definition>.+)$"
)
_CALLED = re.compile(rf"\bcalled\s+{_TERM},?\s+and\s+it\s+is\s+(?:defined\s+as\s+)?(?P<definition>.+)$")
_WHICH_IS = re.compile(rf"\b(?:a|an|the)\s+{_TERM},\s+which\s+is\s+(?P<definition>.+)$")
_AKA = re.compile(
    rf"^also\s+known\s+as\s+{_ART}(?:{O}(?P<aka>[^{O}{C}]+){C}|(?P<aka_plain>[^,(]+?))\s*(?:{_ALIAS})?\s*,\s*(?P<rest>.+)$"
)
_ABBREVIATION = re.compile(rf"{_TERM}\s*\((?P<expansion>[^()]{{6,80}})\)")
_LEADING_VERB = re.compile(r"^(?:is|are)\s+(?:defined as\s+)?")


def _looks_like_abbreviation(term: str) -> bool:
    return len(term) <= 12 and sum(c.isupper() or c.isdigit() for c in term) >= 2


def _definition_fact(section: Section, term: str, definition: str, aliases: list[str]) -> Fact | None:
    term, definition = plain(term).strip(), strip_trailing(plain(definition))
    if not term or len(definition.split()) < 4 or len(definition) > 400:
        return None
    aliases = [a for a in (strip_trailing(plain(x)) for x in aliases) if a and a.lower() != term.lower()]
    fields = {"term": term, "aliases": aliases, "definition": definition, "type": "definition"}
    return Fact(extractor=NAME, section=section.path, cue=term, group="terms", fields=fields)


def _from_sentence(section: Section, sentence: str) -> Fact | None:
    if m := _COLON.match(sentence):
        rest, aliases = m["rest"], []
        if aka := _AKA.match(rest):
            aliases = [aka["aka"] or aka["aka_plain"], aka["alias"] or ""]
            rest = aka["rest"]
        return _definition_fact(section, m["term"], _LEADING_VERB.sub("", rest), aliases)
    if m := _IS.match(sentence):
        return _definition_fact(section, m["term"], m["definition"], [m["alias"] or ""])
    for pattern in (_CALLED, _WHICH_IS):
        if m := pattern.search(sentence):
            return _definition_fact(section, m["term"], m["definition"], [])
    return None


def _subject_definition(section: Section, sentence: str) -> Fact | None:
    """ "Virtualization is the creation of …" opening the section titled Virtualization."""
    title = re.escape(section.title)
    m = re.match(rf"^{_ART}(?P<term>{title})\s+(?:is|are)\s+(?:defined as\s+)?(?P<definition>.+)$", plain(sentence))
    return _definition_fact(section, m["term"], m["definition"], []) if m and section.title else None


def _abbreviations(section: Section, sentence: str) -> list[Fact]:
    facts = []
    for m in _ABBREVIATION.finditer(sentence):
        term, expansion = plain(m["term"]), plain(m["expansion"])
        if _looks_like_abbreviation(term) and len(expansion.split()) >= 2:
            fields = {"term": term, "aliases": [], "definition": expansion, "type": "abbreviation"}
            facts.append(Fact(extractor=NAME, section=section.path, cue=term, group="abbreviations", fields=fields))
    return facts


def is_definition_sentence(section: Section, sentence: str) -> bool:
    return _from_sentence(section, sentence) is not None


def extract(section: Section) -> list[Fact]:
    facts: list[Fact] = []
    first_paragraph = next((b.text for b in section.blocks if b.kind == "paragraph"), None)
    if first_paragraph and (fact := _subject_definition(section, sentences(first_paragraph)[0])):
        facts.append(fact)
    for text in section.texts():
        for sentence in sentences(text):
            if fact := _from_sentence(section, sentence):
                facts.append(fact)
            facts.extend(_abbreviations(section, sentence))
    return facts


def render(fact: Fact, siblings: list[Fact], index: int) -> list[CardDraft]:
    term, definition, aliases = fact.fields["term"], fact.fields["definition"], fact.fields["aliases"]
    if not is_definition_worth_asking(term, definition):
        return []
    common = {"note_key": fact.key, "section": fact.section_label}
    topic = topic_of(fact.section)
    if fact.fields["type"] == "abbreviation":
        return [
            CardDraft(
                key=f"{fact.key}:basic", kind="basic", front=f"What does {term} stand for?", back=definition, **common
            ),
            CardDraft(
                key=f"{fact.key}:reverse",
                kind="reverse",
                front=f"What is the abbreviation for {definition}?",
                back=term,
                **common,
            ),
        ]
    hidden = definition
    for name in [term, *aliases]:
        hidden = mask(hidden, name, "it")
    shape = definition_shape(definition)
    question = definition_question(term, definition, aliases)
    cards = [
        CardDraft(
            key=f"{fact.key}:basic",
            kind="basic",
            front=in_topic(topic, question) if needs_topic(term) and not names_term(topic, term) else question,
            back=capitalise(definition),
            **common,
        )
    ]
    if is_real_name(term):
        cards.append(
            CardDraft(
                key=f"{fact.key}:reverse", kind="reverse", front=term_question(hidden, shape), back=term, **common
            )
        )
    others = [s for s in siblings if s.fields["type"] == "definition" and s.cue != fact.cue]
    same = {normalise(s.fields["term"]) for s in others if normalise(s.fields["definition"]) == normalise(definition)}
    if card := mcq(
        f"{fact.key}:mcq",
        term_question(hidden, shape),
        term,
        [s.fields["term"] for s in others],
        also_true=same,
        **common,
    ):
        card.explanation = f"{term}: {definition}."
        cards.append(card)
    truth = alternate(index, fact.group)
    # Swap in a sibling term, preferably from the same section, so the false statement is plausible.
    candidates = [s for s in others if normalise(s.fields["definition"]) != normalise(definition)]
    nearby = [s for s in candidates if s.section == fact.section] or candidates
    swapped = seeded(fact.key).choice(nearby) if nearby else None
    subject = term if truth or swapped is None else swapped.fields["term"]
    statement = definition_statement(subject, definition, shape)
    cards.append(
        true_false(f"{fact.key}:tf", statement, subject == term, explanation=f"{term}: {definition}.", **common)
    )
    return cards
