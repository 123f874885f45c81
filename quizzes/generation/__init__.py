"""Markdown → sections → facts → card drafts. Pure: no ORM, no clock, no global randomness."""

from collections import defaultdict
from dataclasses import dataclass

from quizzes.generation.extractors import EXTRACTORS, cheatsheets
from quizzes.generation.facts import CardDraft, Fact, note_key
from quizzes.generation.parsing import Skip, parse
from quizzes.generation.selection import select_cards
from quizzes.generation.text import normalise

__all__ = ["Bank", "CardDraft", "Fact", "Skip", "generate"]

MIN_SIBLINGS = 4
MAX_SIBLINGS = 40


@dataclass
class Bank:
    facts: list[Fact]
    cards: list[CardDraft]
    skipped: list[Skip]


class _SiblingIndex:
    """Facts of the same kind to borrow distractors from: same group and section first, then
    the same group elsewhere, then the same section, then the document; capped so a large
    document stays linear."""

    def __init__(self, facts: list[Fact]):
        self.by_group_section: dict[tuple, list[Fact]] = defaultdict(list)
        self.by_group: dict[tuple, list[Fact]] = defaultdict(list)
        self.by_section: dict[tuple, list[Fact]] = defaultdict(list)
        self.by_kind: dict[str, list[Fact]] = defaultdict(list)
        for fact in facts:
            self.by_group_section[fact.extractor, fact.group, fact.section].append(fact)
            self.by_group[fact.extractor, fact.group].append(fact)
            self.by_section[fact.extractor, fact.section].append(fact)
            self.by_kind[fact.extractor].append(fact)

    def __call__(self, fact: Fact) -> list[Fact]:
        chosen: dict[str, Fact] = {}
        for pool in (
            self.by_group_section[fact.extractor, fact.group, fact.section],
            self.by_group[fact.extractor, fact.group],
            self.by_section[fact.extractor, fact.section],
            self.by_kind[fact.extractor],
        ):
            if len(chosen) >= MIN_SIBLINGS:
                break
            for sibling in pool[:MAX_SIBLINGS]:
                chosen.setdefault(sibling.key, sibling)
        return list(chosen.values())[:MAX_SIBLINGS]


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

    siblings = _SiblingIndex(facts)

    cards: list[CardDraft] = []
    seen_cards: set[str] = set()
    position_in_group: dict[tuple[str, str], int] = {}
    for fact in facts:
        index = position_in_group.get((fact.extractor, fact.group), 0)
        position_in_group[(fact.extractor, fact.group)] = index + 1
        for card in EXTRACTORS[fact.extractor].render(fact, siblings(fact), index):
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

    # Judge the candidates of every extractor alike: lint, score, the best few per fact, a cap.
    cards, left_out = select_cards(cards)
    skipped.extend(left_out)
    return Bank(facts=facts, cards=cards, skipped=skipped)
