"""Judge and keep: of the candidate cards every extractor rendered, keep the one that suits
each fact best (a term's reverse too), and no more per document than a person could study.

Transparent by design: a card is dropped for a named lint rule, or ranked by `score()`, whose
parts are listed there. What is dropped is reported as skips, so a document's import report says
why a fact has no card or why the cap left cards out.
"""

import re
from collections import Counter, defaultdict
from functools import lru_cache

from rapidfuzz import fuzz, process
from wordfreq import zipf_frequency

from quizzes.generation.facts import CardDraft
from quizzes.generation.lint import NEAR_DUPLICATE, answer_share, card_problems, near_copy, without_context
from quizzes.generation.parsing import Skip
from quizzes.generation.text import normalise
from quizzes.generation.writing.prompts import DEFINES, opens_with

MAX_CARDS_PER_DOCUMENT = 300
KIND_PRIOR = {"basic": 1.0, "cloze": 0.9, "mcq": 0.85, "reverse": 0.7, "true_false": 0.6}


@lru_cache(maxsize=16384)
def _rarity(text: str) -> float:
    """How specialised the answer's rarest word is: 0 for everyday words, 1 for jargon or names."""
    words = [w for w in normalise(text).split() if w.isalpha() and len(w) > 2]
    if not words:
        return 0.5  # numbers, symbols and code are specific by nature
    rarest = min(zipf_frequency(w, "en") for w in words)
    return max(0.0, min(1.0, (6.0 - rarest) / 4.0))


def score(card: CardDraft) -> float:
    """kind prior + 0.3 × answer rarity − answer length penalty − 0.5 × share of the answer's words
    already in the prompt + distractor quality."""
    answer = card.answer if card.kind in ("mcq", "true_false") else card.back
    value = KIND_PRIOR.get(card.kind, 0.5)
    if card.kind != "true_false":
        value += 0.3 * _rarity(answer)
    words = len(answer.split())
    value -= 0.0 if words <= 12 else 0.15 if words <= 30 else 0.35
    value -= 0.5 * answer_share(card)
    if card.kind == "mcq" and card.choices:
        lengths = [len(c) for c in card.choices]
        # Options of similar length give nothing away by their size.
        value += 0.1 if max(lengths) <= 2 * max(1, min(lengths)) + 10 else -0.1
    return round(value, 4)


class _Seen:
    """Prompts already kept, per kind, for the near-copy check. Bounded by the document cap, and
    only the closest few matches are compared, so templated prompts do not make it quadratic."""

    def __init__(self):
        self.fronts: dict[str, list[str]] = defaultdict(list)
        self.backs: dict[str, list[str]] = defaultdict(list)
        self.asked: set[tuple[str, str, str]] = set()

    def is_near_copy(self, card: CardDraft) -> bool:
        front, back = normalise(card.front), normalise(card.answer or card.back)
        if _without_context(card) in self.asked:
            return True  # a table repeated under another heading: "In X, what is …?" and "What is …?", one answer
        fronts, backs = self.fronts[card.kind], self.backs[card.kind]
        matches = process.extract(front, fronts, scorer=fuzz.ratio, score_cutoff=NEAR_DUPLICATE, limit=8)
        return any(near_copy(card, front, back, fronts[index], backs[index]) for _, _, index in matches)

    def add(self, card: CardDraft) -> None:
        self.asked.add(_without_context(card))
        self.fronts[card.kind].append(normalise(card.front))
        self.backs[card.kind].append(normalise(card.answer or card.back))


def _without_context(card: CardDraft) -> tuple[str, str, str]:
    """The card's kind, question and answer, the question without the topic it opens with."""
    return card.kind, normalise(without_context(card.front)), normalise(card.answer or card.back)


def defines_an_asked_term(card: CardDraft, asked: list[str]) -> bool:
    """ "In computer science, a _____ is a linear collection …" beside "What is a linked list?": a
    cloze that blanks the term its sentence defines, when another card already asks about that
    term, is the definition card asked backwards."""
    sentence = card.explanation or card.front.replace("_____", card.back)
    if not DEFINES.search(sentence):
        return False
    if not opens_with(card.back, sentence):
        # "The observed variant count is the number of … in the _____ samples" beside "What is an
        # observed variant count?": the definition's own sentence, blanked elsewhere
        subject = _DEFINED_SUBJECT.match(sentence)
        if not subject or len(subject["term"].split()) < 2:
            return False
        term = re.compile(rf"(?<!\w){re.escape(normalise(subject['term']))}(?!\w)")
        return any(term.search(front) for front in asked)
    term = re.compile(rf"(?<!\w){re.escape(normalise(card.back))}(?!\w)")
    return any(term.search(front) for front in asked)


_DEFINED_SUBJECT = re.compile(r"^(?:the|an?)\s+(?P<term>[a-z][\w -]{3,40}?)\s+(?:is|are)\s+(?:the|an?)\s", re.I)


_NUMBER_OPENING = re.compile(r"^\d[\d.,]*")


def _asked_values(cards: list[CardDraft]) -> dict[str, list[set[str]]]:
    """The numbers other cards answer with ("587 (encrypted using STARTTLS)"), each with the words
    of the questions that ask them."""
    valued: dict[str, list[set[str]]] = {}
    for card in cards:
        answer = (card.answer or card.back).strip()
        if number := _NUMBER_OPENING.match(answer):
            valued.setdefault(number[0], []).append(_content_words(card.front))
        elif len(answer.split()) <= _SHORT_ANSWER_WORDS:
            # "Ruff can lint code for any Python version from 3.7 onwards": a number the answer states
            for stated in dict.fromkeys(_NUMBER_IN_TEXT.findall(answer)):
                valued.setdefault(stated, []).append(_content_words(f"{card.front} {answer}"))
    return valued


_SHORT_ANSWER_WORDS = 30
_NUMBER_IN_TEXT = re.compile(r"(?<![\w.])\d+(?:\.\d+)+(?![\w.])|(?<![\w.,])\d{2,}(?![\w.,])")


def asks_an_asked_value(card: CardDraft, valued: dict[str, list[set[str]]]) -> bool:
    """ "… requires STARTTLS for Submission on port _____" → 587 beside "what is the TCP port for
    the Submission?" → 587: the same number of the same thing, asked twice by two extractors."""
    number = card.back.strip()
    if not _NUMBER_OPENING.fullmatch(number):
        return False
    words = _content_words(card.front)
    return any(len(words & other) >= 2 for other in valued.get(number, []))


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][\w-]{3,}", text) if zipf_frequency(w.lower(), "en") < 5.5}


# Statement clozes whose sentence needed "In <topic>, …" put before it: readers kept 4 of 59 on three
# unseen sets (T–U, V, W), against 7 of 18 of those that name their own subject. Either the topic
# cannot carry the sentence ("In Earth, …", "In Ethernet, …" over Wi-Fi notes) or the sentence leans
# on the ones around it; a card read alone weeks later has neither.
_LEANS = "its sentence leans on the ones around it: it needs a topic put before it to be read alone"
LEANING_FALLBACK = 5
# Kinds readers kept least on unseen notes (sets Y, Z, Q and H1–H4, 394 cards, 39% kept overall):
# "put these in order" 0 of 7 (the order was a list's, a cycle's, or one the notes call free) and
# "What is meant by “…”?", the question a gloss of no known shape gets, 1 of 10.
WEAK_SEQUENCE = "an order to recall: readers kept none of seven on unseen notes"
WEAK_MEANING = "a gloss of no known shape ('What is meant by …?'): readers kept one in ten on unseen notes"
# Blanks on a plural common noun ("any two _____ are connected" → vertices, "has _____ on other
# jobs" → dependencies, "make the _____ more difficult to crack" → hashes): readers kept none of six
# on sets I–K; the sentence around such a blank names the class it asks for.
WEAK_PLURAL_BLANK = "a blank on a plural common noun, which its sentence gives away: readers kept none of six"
_SAME_SECTION = "another cloze of its section hides the same answer"
_SAME_VALUE = "another card asks the same number of the same thing"
_SAME_SHAPE = "another cloze hides the same answer after the same word"
# Words that only link ("is", "the", "with"): the word before a blank that says what it is must
# be rarer than these.
FUNCTION_WORD_ZIPF = 6.0
WORDS_BEFORE_BLANK = 3


def _word_before_blank(front: str) -> str:
    """The content word just before the blank ("complexity" of "… space complexity is _____")."""
    before = re.findall(r"[A-Za-z]+", front.partition("_____")[0])[-WORDS_BEFORE_BLANK:]
    content = [w.lower() for w in before if zipf_frequency(w.lower(), "en") < FUNCTION_WORD_ZIPF]
    return content[-1] if content else ""


_WHICH_TERM_MEANS = "which term means"
# "What is the term for a particular way of organizing …?", "Which term refers to …?", "What are sets
# of characters … called?": a reverse that names no kind for its answer reads as the basic card
# asked backwards; readers dropped all 7 on two unseen sets (and 20 of 22 before). "Which paradigm
# chooses …?", "Which data type is …?", "What is used to classify …?", "What defines the minimum
# value of a field?" say what is wanted, and stay.
_KINDLESS_REVERSE = re.compile(r"\b(?:the term for|which term)\b|\bcalled\?$", re.I)


def _choice_rank(card: CardDraft, terms: set[str]) -> int:
    """0 for a multiple choice of a command, a sign or a value; 2 for a term's; 1 for any other card."""
    if card.kind != "mcq":
        return 1
    return 2 if (card.note_key or card.key) in terms else 0


def select_cards(
    cards: list[CardDraft],
    *,
    keep_as_written: set[str] = frozenset(),
    terms: set[str] = frozenset(),
    leaning: set[str] = frozenset(),
    weak: dict[str, str] | None = None,
) -> tuple[list[CardDraft], list[Skip]]:
    """The cards to keep, in their original order, and the skips that explain what was left out.
    Cards of the facts in `keep_as_written` (the author's own) are kept without judging them. Facts
    in `leaning` (sentences that needed a topic put before them) and in `weak` (fact key → why its
    kind is weak) give cards only to a document that would otherwise have none, at most
    LEANING_FALLBACK of them."""
    weak = {**(weak or {}), **dict.fromkeys(leaning, _LEANS)}  # leaning says more of a statement than its blank
    skipped: list[Skip] = []
    by_fact: dict[str, list[tuple[float, int, CardDraft]]] = defaultdict(list)
    failures: dict[str, list[tuple[str, CardDraft]]] = defaultdict(list)
    kept: list[tuple[int, CardDraft]] = []
    for position, card in enumerate(cards):
        if card.note_key and card.note_key in keep_as_written:
            kept.append((position, card))
            continue
        problems = card_problems(card)
        if problems:
            failures[card.note_key or card.key].append((problems[0].rule, card))
        elif _WHICH_TERM_MEANS in card.front.lower():
            # "Which term means: probably sufficient for most applications …?": a gloss that is no noun
            # phrase, asked back as one; no reader kept one on four sets read.
            failures[card.note_key or card.key].append(("asks which term means a gloss", card))
        elif card.kind == "reverse" and _KINDLESS_REVERSE.search(card.front):
            failures[card.note_key or card.key].append(("asks for a term by its gloss, naming no kind", card))
        else:
            by_fact[card.note_key or card.key].append((score(card), position, card))
    for fact_key, failed in failures.items():
        if fact_key not in by_fact:
            rule, card = failed[0]
            skipped.append(Skip(f"no card passed the lint ({rule})", card.section, card.front[:80]))

    # One card per fact: its basic, reverse and multiple choice ask one pair (a term and its
    # definition, a command and its task) three ways, and each gives the next away; readers drop
    # the second as a copy of the first. A multiple choice (written only with three honest options)
    # leads, so the fact can be quizzed; then the best by score. A term's multiple choice comes last:
    # "what is the term for …?" among sibling terms was kept once in 61 reads on six unseen sets,
    # where its basic card was kept about one time in three. A card that repeats another fact's
    # card gives its place to the fact's next best.
    ranked: list[tuple[float, int, list[tuple[int, CardDraft]]]] = []
    for candidates in by_fact.values():
        candidates.sort(key=lambda c: (_choice_rank(c[2], terms), -c[0], c[1]))
        value, position, _ = candidates[0]
        ranked.append((-value, position, [(p, card) for _, p, card in candidates]))
    ranked.sort(key=lambda r: r[:2])
    standing, held_back = [], []
    for entry in ranked:
        first = entry[2][0][1]
        (held_back if (first.note_key or first.key) in weak else standing).append(entry)

    def in_turn():
        yield from standing
        # A document whose only cards lean on a topic gets its best few, for a teacher to edit,
        # rather than none: an empty bank reads as the generator failing on it.
        fallback = LEANING_FALLBACK if not kept else 0
        for position, entry in enumerate(held_back):
            if position < fallback:
                yield entry
            else:
                card = entry[2][0][1]
                skipped.append(Skip(weak[card.note_key or card.key], card.section, card.front[:80]))

    asked = [normalise(c.front) for cs in by_fact.values() for _, _, c in cs if c.kind != "cloze"]
    valued = _asked_values([c for cs in by_fact.values() for _, _, c in cs if c.kind != "cloze"])
    seen = _Seen()
    left_out: Counter[str] = Counter()
    copies: dict[str, CardDraft] = {}
    with_card: set[str] = set()
    blanks: set[tuple[str, str]] = set()  # (section, answer) and (answer, the word before its blank)
    repeats: dict[str, tuple[CardDraft, str]] = {}
    restated: dict[str, CardDraft] = {}
    generated = 0
    for _, _, candidates in in_turn():
        if generated >= MAX_CARDS_PER_DOCUMENT:
            left_out[candidates[0][1].section] += 1
            continue
        for position, card in candidates:
            fact_key = card.note_key or card.key
            if seen.is_near_copy(card):
                copies.setdefault(fact_key, card)
                continue
            if card.kind == "cloze":
                if defines_an_asked_term(card, asked):
                    restated.setdefault(fact_key, card)
                    continue
                if asks_an_asked_value(card, valued):
                    repeats.setdefault(fact_key, (card, _SAME_VALUE))
                    continue
                # "_____ is used to measure clicks", "_____ is used to rank results": one section, one
                # answer; the second blank only repeats the first. Across sections, so does the same
                # answer after the same word ("space complexity is O(1)" of two approaches).
                blank = (card.section, normalise(card.back))
                shape = (normalise(card.back), _word_before_blank(card.front) or card.section)
                if blank in blanks or shape in blanks:
                    repeats.setdefault(fact_key, (card, _SAME_SECTION if blank in blanks else _SAME_SHAPE))
                    continue
                blanks.update((blank, shape))
            seen.add(card)
            kept.append((position, card))
            generated += 1
            with_card.add(fact_key)
            if card.kind == "basic" and fact_key in terms:
                # A term's reverse ("What is the term for …?" → a real name) is a card of its own:
                # readers kept it as often as the basic (35% over four unseen sets), unlike its
                # multiple choice. The one second card a fact may have.
                for reverse_position, reverse in candidates:
                    if reverse.kind == "reverse" and not seen.is_near_copy(reverse):
                        seen.add(reverse)
                        kept.append((reverse_position, reverse))
                        generated += 1
                        break
            break
    for fact_key, card in copies.items():
        if fact_key not in with_card:
            skipped.append(Skip("its cards repeat another card nearly word for word", card.section, card.front[:80]))
    for fact_key, (card, why) in repeats.items():
        if fact_key not in with_card:
            skipped.append(Skip(why, card.section, card.front[:80]))
    for fact_key, card in restated.items():
        if fact_key not in with_card:
            skipped.append(Skip("its cloze restates a definition another card asks", card.section, card.front[:80]))
    for section, count in left_out.items():
        skipped.append(
            Skip("card cap", section, f"{count} cards left out (at most {MAX_CARDS_PER_DOCUMENT} per document)")
        )
    return [card for _, card in sorted(kept, key=lambda k: k[0])], skipped
