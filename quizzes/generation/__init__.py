"""Markdown → sections → facts → card drafts. Pure: no ORM, no clock, no global randomness."""

from dataclasses import dataclass

from quizzes.generation.extractors import EXTRACTORS, cheatsheets
from quizzes.generation.facts import CardDraft, Fact, note_key
from quizzes.generation.parsing import Skip, parse
from quizzes.generation.text import normalise

__all__ = ["Bank", "CardDraft", "Fact", "Skip", "generate"]

MIN_SIBLINGS = 4


@dataclass
class Bank:
    facts: list[Fact]
    cards: list[CardDraft]
    skipped: list[Skip]


def _siblings(fact: Fact, facts_by_extractor: dict[str, list[Fact]]) -> list[Fact]:
    """Facts of the same kind to borrow distractors from: same group first, then section, then document."""
    same_kind = facts_by_extractor[fact.extractor]
    ordered = [f for f in same_kind if f.group == fact.group]
    if len(ordered) < MIN_SIBLINGS:
        ordered += [f for f in same_kind if f.section == fact.section and f.group != fact.group]
    if len(ordered) < MIN_SIBLINGS:
        ordered += [f for f in same_kind if f.section != fact.section and f.group != fact.group]
    return ordered


def generate(markdown: str, *, deck: str) -> Bank:
    """Build the whole bank of a document; keys depend on `deck` and each fact's place and cue."""
    document = parse(markdown)
    skipped = list(document.skipped)
    facts: list[Fact] = []
    seen_keys: set[str] = set()
    for section in document.sections:
        for module in EXTRACTORS.values():
            for fact in module.extract(section):
                fact.key = note_key(deck, fact)
                if fact.key not in seen_keys:
                    seen_keys.add(fact.key)
                    facts.append(fact)
        for command in cheatsheets.skipped_commands(section):
            skipped.append(Skip("command without a description", " › ".join(section.path), command[:80]))

    by_extractor: dict[str, list[Fact]] = {name: [] for name in EXTRACTORS}
    for fact in facts:
        by_extractor[fact.extractor].append(fact)

    cards: list[CardDraft] = []
    seen_cards: set[str] = set()
    position_in_group: dict[tuple[str, str], int] = {}
    for fact in facts:
        index = position_in_group.get((fact.extractor, fact.group), 0)
        position_in_group[(fact.extractor, fact.group)] = index + 1
        for card in EXTRACTORS[fact.extractor].render(fact, _siblings(fact, by_extractor), index):
            identity = f"{card.kind}|{normalise(card.front)}"
            if card.key in seen_cards or identity in seen_cards:
                continue
            if not card.is_well_formed():
                skipped.append(
                    Skip("card would give its answer away or is too long", fact.section_label, card.front[:80])
                )
                continue
            seen_cards.update((card.key, identity))
            cards.append(card)
    return Bank(facts=facts, cards=cards, skipped=skipped)
