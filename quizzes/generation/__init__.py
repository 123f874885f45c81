"""Markdown → sections → facts → card drafts. Pure: no ORM, no clock, no global randomness."""

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from wordfreq import zipf_frequency

from quizzes.generation import scaffolding
from quizzes.generation.extractors import (
    EXTRACTORS,
    author_cards,
    cheatsheets,
    definitions,
    flags,
    key_sentences,
    questions,
    records,
    sequences,
    statements,
    tables,
)
from quizzes.generation.facts import CardDraft, Fact, note_key
from quizzes.generation.parsing import Block, ParsedDocument, Skip, parse
from quizzes.generation.selection import WEAK_MEANING, WEAK_PLURAL_BLANK, WEAK_SEQUENCE, select_cards
from quizzes.generation.skip_reasons import why_no_fact
from quizzes.generation.text import capitalise, normalise, plain, unquoted
from quizzes.generation.writing.grammar import dictionary_slip, is_english, is_noun, is_plural, misspelt
from quizzes.generation.writing.prompts import without_callout
from quizzes.generation.writing.topics import document_titled, written_on_page

__all__ = ["Bank", "CardDraft", "Fact", "Skip", "generate"]

# Facts kept per document: over twice what 1 MB of real notes yields (the benchmark's: 8,000).
# Past it, the rest of the document is reported as not read instead of costing minutes.
MAX_FACTS = 20_000
MAX_CODE_TERM = 4  # "II", "bVII", "A1": a label, not a word, when the document gives it two meanings
MIN_SIBLINGS = 4
MAX_SIBLINGS = 40


@dataclass
class Bank:
    facts: list[Fact]
    cards: list[CardDraft]
    skipped: list[Skip]
    blocks: int = 0  # blocks read; each one yielded facts or is in `skipped` with its reason

    def accounted_blocks(self) -> int:
        """Blocks that yielded a fact, were a caption, or were skipped: equals `blocks`."""
        return len({b for f in self.facts for b in f.blocks} | {s.block for s in self.skipped if s.block >= 0})

    def verdict(self) -> str:
        """One line for a document with text that yields nothing, instead of "0 added"."""
        if self.facts or not self.blocks:
            return ""
        reasons = Counter(s.reason for s in self.skipped if s.block >= 0)
        common = ", ".join(f"{n} {r}" for r, n in reasons.most_common(3))
        return f"Nothing to ask: none of the {self.blocks} blocks states a fact ({common})."


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


def candidate_cards(markdown: str, *, deck: str) -> list[CardDraft]:
    """Every card the extractors write for a document before the judge keeps one per fact: what
    each template makes of its shape (the reverse and multiple-choice wordings included)."""
    document = parse(markdown)
    with document_titled(document.title, markdown):
        facts, _, _ = _extract(document, deck)
        facts, _ = _read_field_labels(document, facts, deck)
        facts, _ = _read_heading_entries(document, facts, deck)
        return _render(facts)[0]


def generate(markdown: str, *, deck: str) -> Bank:
    """Build the whole bank of a document; keys depend on `deck` and each fact's place and cue."""
    document = parse(markdown)
    # One reading of the page for the facts and their cards: the name it is about, which a blank
    # must not hide, is known when a sentence's blank is chosen
    with document_titled(document.title, markdown):
        facts, read, over = _extract(document, deck)
        facts, labels = _read_field_labels(document, facts, deck)
        facts, entries = _read_heading_entries(document, facts, deck)
        facts, redefined = _first_definitions(facts)
        candidates, refused = _render(facts)
    skipped = [*document.skipped, *labels, *entries, *redefined, *_unaccounted(document, facts, read, over)]
    if over:
        skipped.append(Skip(f"too many facts: only the first {MAX_FACTS:,} kept", "(document)", ""))
    for section in document.sections[:read]:
        for reason, command in cheatsheets.skipped_commands(section):
            skipped.append(Skip(reason, " › ".join(section.path), command[:80]))
        for header, count in tables.left_out(section):
            reason = (
                f"table card cap: {count} cells left out (at most {tables.MAX_CELLS_PER_TABLE} per table, "
                f"{tables.MAX_GLOSSARY_ROWS} rows of a term | description table)"
            )
            skipped.append(Skip(reason, " › ".join(section.path), header[:80]))
    # Judge the generated candidates alike: lint, score, the best few per fact, a cap. The
    # author's own cards are theirs, kept as written (`_render` refused only empty or long ones).
    authored = {f.key for f in facts if f.extractor == author_cards.NAME}
    terms = {f.key for f in facts if f.extractor == definitions.NAME}
    stated = {f.key for f in facts if f.extractor == statements.NAME}
    leaning = {c.note_key for c in candidates if c.note_key in stated and statements.leans_on_a_topic(c)}
    cards, left_out = select_cards(
        candidates, keep_as_written=authored, terms=terms, leaning=leaning, weak=_weak_kinds(facts, candidates)
    )
    skipped += [*left_out, *_cardless(facts, candidates, refused)]
    return Bank(facts=facts, cards=cards, skipped=skipped, blocks=document.blocks)


def _weak_kinds(facts: list[Fact], candidates: list[CardDraft]) -> dict[str, str]:
    """Facts whose every card is of a kind readers seldom kept (see selection.WEAK_*): an order to
    recall, or a definition asked "What is meant by …?"."""
    weak = {f.key: WEAK_SEQUENCE for f in facts if f.extractor == sequences.NAME}
    by_fact: dict[str, list[CardDraft]] = defaultdict(list)
    for card in candidates:
        by_fact[card.note_key].append(card)
    for fact in facts:
        cards = by_fact.get(fact.key, [])
        if fact.extractor == definitions.NAME and cards and all(_MEANT_BY.search(c.front) for c in cards):
            weak[fact.key] = WEAK_MEANING
        elif cards and all(c.kind == "cloze" and _blanks_a_plural_common_noun(c) for c in cards):
            weak[fact.key] = WEAK_PLURAL_BLANK
    return weak


def _blanks_a_plural_common_noun(card: CardDraft) -> bool:
    """ "vertices", "dependencies", "unwelcoming climates", "Connections": a class of things in
    everyday words, not a term, a number or a name ("_____ mode" → quirks names a mode)."""
    words = card.back.split()
    if not 1 <= len(words) <= 2 or not all(w.isalpha() for w in words):
        return False
    last = words[-1]
    after = re.match(r"^\W*([A-Za-z]+)", card.front.partition("_____")[2])
    if after and is_noun(after[1].lower()) and not is_plural(after[1].lower()) and after[1].lower() not in _LINKS:
        return False
    return last[1:].islower() and is_english(last.lower()) and is_plural(last.lower()) and is_noun(last.lower())


_LINKS = {"are", "were", "have", "do", "can", "will", "may", "must", "should", "more", "less", "where", "that", "which"}


# not a field of a named thing ("In Uncertain.jl's quantity type, what is meant by “val”?"), which says whose
_MEANT_BY = re.compile(r"^(?!In [^,]*['’]s )(?:In [^,]*, )?[Ww]hat is meant by “")


def _extract(document: ParsedDocument, deck: str) -> tuple[list[Fact], int, set[int]]:
    """The document's facts (at most MAX_FACTS), how many sections were read, and the blocks
    whose facts did not fit."""
    facts: list[Fact] = []
    seen_keys: set[str] = set()
    over: set[int] = set()
    for read, section in enumerate(document.sections):
        if len(facts) >= MAX_FACTS:
            return facts, read, over or {-1}
        framing = scaffolding.frames_learning(section.path, _opening(section))
        answered: set[int] = set()  # blocks that answer the author's own question
        for module in EXTRACTORS.values():
            if framing and module is not author_cards:
                continue
            for fact in module.extract(section):
                if module is questions:
                    answered.update(fact.blocks)
                elif module is not author_cards and fact.blocks and set(fact.blocks) <= answered:
                    continue  # the author asked about this paragraph already; a second reading repeats it
                fact.key = note_key(deck, fact)
                if fact.key in seen_keys:
                    continue
                if len(facts) >= MAX_FACTS:
                    over.update(fact.blocks)
                    continue
                seen_keys.add(fact.key)
                facts.append(fact)
    return facts, len(document.sections), over


def _read_field_labels(document: ParsedDocument, facts: list[Fact], deck: str) -> tuple[list[Fact], list[Skip]]:
    """ "**Function**: Proteins are …" and "**Function**: Lipids …": an everyday word opening entries
    more than once names a field of each entry's subject, not a term. Under headings that name one
    thing each ("### Plato", "- Key works: …"), the fields are read as records of those things."""
    texts = (text for section in document.sections for _, text in section.texts_by_block())
    titles = {normalise(section.path[-1]) for section in document.sections if section.path}
    labels = definitions.repeated_labels(texts) - titles  # "Prokaryotes" under its own heading is a term
    found, record_blocks = records.table_records(document, deck)
    if not labels and not found:
        return facts, []
    if labels:
        by_label, label_blocks = records.from_document(document, labels, deck)
        found, record_blocks = [*found, *by_label], record_blocks | label_blocks
    kept, skips = [], []
    for fact in facts:
        if fact.extractor == definitions.NAME and normalise(fact.fields.get("term", "")) in labels:
            reason = "a label opening several entries: a field of each entry's subject, not a term"
            skips.append(Skip(reason, fact.section_label, fact.fields["term"]))
        elif fact.blocks and set(fact.blocks) <= record_blocks:
            # "Life and place: …, taught in Nicopolis": another reading of a record's entry
            reason = "an entry of a record whose field gives no short answer"
            skips.append(Skip(reason, fact.section_label, fact.cue[:80]))
        else:
            kept.append(fact)
    seen = {fact.key for fact in kept}
    kept += [record for record in found if record.key not in seen]
    order = {section.path: place for place, section in enumerate(document.sections)}
    kept.sort(key=lambda fact: order.get(fact.section, len(order)))  # stable: a record after its section's facts
    return kept, skips


# The readings of one sentence as a cloze: they give way to a question that asks the same sentence.
_CLOZE_READINGS = {key_sentences.NAME, statements.NAME}


def _read_heading_entries(document: ParsedDocument, facts: list[Fact], deck: str) -> tuple[list[Fact], list[Skip]]:
    """ "### `strict_env`" over what the option does, beside sibling headings of that shape: each
    entry is asked by its name (see `flags.heading_entries`). A paragraph another reading already
    asks (a definition, a command's task) stays that reading's; a cloze of the entry's own sentence
    gives way to it, one card per fact."""
    asked = {block for fact in facts if fact.extractor not in _CLOZE_READINGS for block in fact.blocks}
    entries = [entry for entry in flags.heading_entries(document) if not set(entry.blocks) & asked]
    if not entries:
        return facts, []
    kept, skips = [], []
    for fact in facts:
        if fact.extractor in _CLOZE_READINGS and any(_same_sentence(fact, entry) for entry in entries):
            reason = "its sentence is asked as what its heading's entry does or is"
            skips.append(Skip(reason, fact.section_label, fact.cue[:80]))
        else:
            kept.append(fact)
    seen = {fact.key for fact in kept}
    for entry in entries:
        entry.key = note_key(deck, entry)
        if entry.key not in seen:
            seen.add(entry.key)
            kept.append(entry)
    order = {section.path: place for place, section in enumerate(document.sections)}
    kept.sort(key=lambda fact: order.get(fact.section, len(order)))  # stable: an entry after its section's facts
    return kept, skips


def _first_definitions(facts: list[Fact]) -> tuple[list[Fact], list[Skip]]:
    """A term the document defines twice gives one card, from its first definition: a guide opening
    "Cricket is a sport played between two teams …" and closing "Cricket is a sport with many rules
    …" gave "What is cricket?" and "In match formats, what is cricket?", two answers to one question.
    What a term stands for and what it is are two questions, each asked once."""
    defined: set[tuple[str, str]] = set()
    meanings: dict[tuple[str, str], set[str]] = defaultdict(set)
    for fact in facts:
        if fact.extractor == definitions.NAME:
            meanings[fact.fields.get("type", ""), normalise(fact.fields["term"])].add(
                normalise(fact.fields["definition"])
            )
    # "One tool that … is the *concept map*", then "A concept map is a picture of …": the sentence that
    # says what the term is, over the one that names it last for what it is used for
    said_directly = {
        (f.fields.get("type", ""), normalise(f.fields["term"]))
        for f in facts
        if f.extractor == definitions.NAME and not f.fields.get("named_last")
    }
    marked = {
        (f.fields.get("type", ""), normalise(f.fields["term"]))
        for f in facts
        if f.extractor == definitions.NAME and f.fields.get("marked") and not f.fields.get("named_last")
    }
    # "BR 4", "BR 5", "BR 6": an exercise's numbered items, whose labels mean nothing alone ("BIND 9",
    # one of its kind, is a name)
    numbered = Counter(
        m["series"] for f in facts if f.extractor == definitions.NAME and (m := _ITEM_CODE.match(f.fields["term"]))
    )
    kept, skips = [], []
    for fact in facts:
        if fact.extractor == definitions.NAME:
            term = (fact.fields.get("type", ""), normalise(fact.fields["term"]))
            if (m := _ITEM_CODE.match(fact.fields["term"])) and numbered[m["series"]] >= 2:
                reason = "a numbered item of a series, whose label means nothing alone"
                skips.append(Skip(reason, fact.section_label, fact.cue[:80]))
                continue
            if fact.fields.get("named_last") and term in said_directly:
                reason = "a term the document says directly what it is elsewhere: asked from that sentence"
                skips.append(Skip(reason, fact.section_label, fact.cue[:80]))
                continue
            if term in marked and not fact.fields.get("marked"):
                # "supranational organizations are a new challenge to …" in a summary, then
                # "**supranational organizations**: governing bodies that …": the author's entry
                reason = "a term the document sets apart and defines elsewhere: asked from that entry"
                skips.append(Skip(reason, fact.section_label, fact.cue[:80]))
                continue
            if len(term[1]) <= MAX_CODE_TERM and len(meanings[term]) > 1:
                # "II: minor – re, fa, la" under major keys, "II: diminished – …" under minor keys: a
                # code whose meaning is its list's, which "What is II?" does not say
                reason = "a short code the document defines differently in different places"
                skips.append(Skip(reason, fact.section_label, fact.cue[:80]))
                continue
            if term in defined:
                reason = "a term the document defined before: one card per term, from its first definition"
                skips.append(Skip(reason, fact.section_label, fact.cue[:80]))
                continue
            defined.add(term)
        kept.append(fact)
    return kept, skips


_ITEM_CODE = re.compile(r"^(?P<series>[A-Z]{1,4})\s?\d{1,3}$")


def _same_sentence(fact: Fact, entry: Fact) -> bool:
    """Whether a cloze reads the entry's first sentence ("In …, the sentence" or without its "Also")."""
    if fact.blocks != entry.blocks:
        return False
    said, asked = normalise(fact.fields.get("sentence", fact.cue)), normalise(entry.fields["sentence"])
    return bool(said) and (said in asked or asked in said)


def _unaccounted(document: ParsedDocument, facts: list[Fact], read: int, over: set[int]) -> list[Skip]:
    """A skip, with the reason, for every block that no fact was read from: nothing is lost silently."""
    reader = {block: fact for fact in facts for block in fact.blocks}
    used = set(reader)
    skips = []
    for number, section in enumerate(document.sections):
        where = " › ".join(section.path) or "(top)"
        framing = scaffolding.why_framing(section.path, _opening(section))
        for position, block in enumerate(section.blocks):
            excerpt = plain(block.text or " | ".join(block.rows[0] if block.rows else []) or _first_item(block))
            if block.id in used:
                continue
            if number >= read or block.id in over:
                reason = f"not kept: the document reached {MAX_FACTS:,} facts before this block"
                skips.append(Skip(reason, where, excerpt[:80], block.id))
                continue
            following = section.blocks[position + 1] if position + 1 < len(section.blocks) else None
            if block.kind == "label" and following is not None and following.id in used:
                fact = reader[following.id]
                fact.blocks = (*fact.blocks, block.id)  # a caption: it named the block after it
                continue
            reason = framing if framing and block.kind != "card" else why_no_fact(block)
            skips.append(Skip(reason, where, excerpt[:80], block.id))
    return skips


def _opening(section) -> str:
    """The section's first paragraph, as plain text."""
    first = next((b for b in section.blocks if b.kind == "paragraph"), None)
    return plain(first.text) if first else ""


def _first_item(block: Block) -> str:
    return block.items[0].text if block.items else ""


def _render(facts: list[Fact]) -> tuple[list[CardDraft], dict[str, str]]:
    """Every fact's candidate cards, and for cards refused here, the reason per fact key."""
    siblings = _SiblingIndex(facts)
    cards: list[CardDraft] = []
    refused: dict[str, str] = {}
    seen_cards: set[str] = set()
    position_in_group: dict[tuple[str, str], int] = {}
    for fact in facts:
        index = position_in_group.get((fact.extractor, fact.group), 0)
        position_in_group[(fact.extractor, fact.group)] = index + 1
        for card in EXTRACTORS[fact.extractor].render(fact, siblings(fact), index):
            # Case and spacing only: `normalise` folds "what is $*?" and "what is $@?" into one.
            identity = f"{card.kind}|{' '.join(plain(card.front).casefold().split())}"
            if card.key in seen_cards or identity in seen_cards:
                refused.setdefault(fact.key, "its cards repeat another fact's cards")
                continue
            if fact.extractor == author_cards.NAME and not author_cards.fits(card):
                refused[fact.key] = "author card too long for a chat message or without both sides"
                continue
            if card.explanation[:1] and not card.explanation[:1].isalnum() and card.explanation[:1] not in "`\"'([<":
                # "✅ …", "📚 Learn More: …": the lesson's call-out marks are not part of the fact
                card.explanation = capitalise(without_callout(card.explanation))
            if card.kind == "cloze":
                card.front, card.explanation = unquoted(card.front), unquoted(card.explanation)
            if card.kind == "cloze" and _opens_with_small_word(card.front):
                # "subqueries in the _____ …": a note's lower-case line, shown as a sentence
                card.front, card.explanation = capitalise(card.front), capitalise(card.explanation)
            answer = (card.answer or card.back).strip()
            if card.kind in ("cloze", "basic") and (likely := _slip(answer)):
                refused.setdefault(fact.key, f"its answer “{answer}” reads as a typo of “{likely}”")
                continue  # "yest" for yeast: a card would teach the source's typo
            if fact.extractor != author_cards.NAME and (typo := _a_typo_in(card)):
                refused.setdefault(fact.key, f"“{typo[0]}” reads as a typo of “{typo[1]}”")
                continue  # "rational segregation was inportant": the card would show the source's typo
            if problem := card.malformation():
                refused.setdefault(fact.key, problem)
                continue
            seen_cards.update((card.key, identity))
            cards.append(card)
    return cards, refused


# A word of prose: not a piece of a command (":tabn", "text_remove/d", "spelllang=en_us") or a call.
_PLAIN_WORD = re.compile(r"(?<![\w:/.$<@-])[a-z]{4,15}(?![\w/.(-])")


def _a_typo_in(card: CardDraft) -> tuple[str, str] | None:
    """A word of the card one letter away from a word the document spells otherwise, twice."""
    for word in _PLAIN_WORD.findall(" ".join([card.front, card.back, *card.choices])):
        # `misspelt` first: a word the page uses twice is settled by one lookup
        if (likely := _slip(word)) and zipf_frequency(word, "en") == 0:
            return word, likely
    return None


def _slip(word: str) -> str:
    """The word `word` is a typo of: one the page writes elsewhere, or, for a word the page writes
    once, one in the dictionary ("micortubule"); a name the page keeps using ("servelet") is its own.
    The page is searched only for a word the dictionary would correct: every card word asks."""
    if found := misspelt(word):
        return found
    guess = dictionary_slip(word)
    return guess if guess and written_on_page(word) <= 1 else ""


def _opens_with_small_word(text: str) -> bool:
    first = text.split(" ", 1)[0]
    return first.isalpha() and first.islower() and is_english(first)


def _cardless(facts: list[Fact], candidates: list[CardDraft], refused: dict[str, str]):
    """A skip for each fact that no candidate card came from: selection reports the facts whose
    candidates it dropped, so together every fact without a card says why."""
    judged = {card.note_key for card in candidates}
    for fact in facts:
        if fact.key not in judged:
            reason = refused.get(fact.key, "no card written: it does not read as a question on its own")
            yield Skip(reason, fact.section_label, plain(fact.cue)[:80])
