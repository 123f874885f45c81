"""Notes read from another tool → a bank that the document sync imports like any other.

Keys come from the source's own identity (an Anki note's GUID, a table row's front), so
importing the same file again updates the same notes and keeps every learner's progress.
"""

from dataclasses import dataclass

from quizzes.generation import Bank, CardDraft, Fact, Skip
from quizzes.generation.facts import MAX_BACK, MAX_FRONT, stable_key
from quizzes.generation.text import normalise
from quizzes.interop.fields import cloze_card, cloze_numbers

# One import reads at most this many notes; the rest are reported as skipped.
MAX_NOTES = 50_000


@dataclass
class SourceNote:
    origin: str  # "anki" or "table": becomes the facts' extractor
    identity: str  # the GUID, or the front of a table row
    front: str
    back: str = ""
    section: tuple[str, ...] = ()
    reverse: bool = False  # also ask back → front
    cloze: str = ""  # for cloze notes: the text with its {{cN::…}} deletions
    extra: str = ""  # shown after the answer
    where: str = ""  # for skip reports: the row or note it came from
    deletions: tuple[int, ...] = ()  # for cloze notes: the numbers that have cards (empty: all)


def note_identity(origin: str, identity: str) -> str:
    return normalise(identity) if origin == "table" else identity


def bank_from_notes(notes: list[SourceNote], *, deck: str, skipped: list[Skip] | None = None) -> Bank:
    """Facts and card drafts for imported notes; duplicates, empty and over-long cards are skipped
    with their reason."""
    skipped = list(skipped or [])
    facts: list[Fact] = []
    cards: list[CardDraft] = []
    seen: set[str] = set()
    if len(notes) > MAX_NOTES:
        skipped.append(
            Skip(f"over the limit of {MAX_NOTES:,} notes per import", "", f"{len(notes) - MAX_NOTES:,} notes")
        )
        notes = notes[:MAX_NOTES]
    for note in notes:
        key = stable_key(deck, note.origin, note_identity(note.origin, note.identity))
        label = " › ".join(note.section)
        if key in seen:
            skipped.append(Skip("duplicate of an earlier note", note.where or label, note.front[:80]))
            continue
        drafts = _drafts(note, key, label)
        if not drafts:
            skipped.append(Skip("no question on the front", note.where or label, (note.cloze or note.back)[:80]))
            continue
        too_long = [d for d in drafts if len(d.front) > MAX_FRONT or len(d.back) > MAX_BACK]
        if too_long:
            skipped.append(
                Skip(
                    f"longer than a card may be ({MAX_FRONT} characters asked, {MAX_BACK} answered)",
                    note.where or label,
                    too_long[0].front[:80],
                )
            )
            continue
        seen.add(key)
        fields = {"front": note.front, "back": note.back, "cloze": note.cloze, "extra": note.extra}
        facts.append(
            Fact(
                note.origin,
                note.section,
                cue=(note.front or note.cloze)[:500],
                group=note.origin,
                fields=fields,
                key=key,
            )
        )
        cards.extend(drafts)
    return Bank(facts=facts, cards=cards, skipped=skipped)


def _drafts(note: SourceNote, key: str, label: str) -> list[CardDraft]:
    common = {"note_key": key, "section": label, "explanation": note.extra}
    if note.cloze:
        numbers = [n for n in cloze_numbers(note.cloze) if not note.deletions or n in note.deletions]
        drafts = []
        for number in numbers:
            front, back = cloze_card(note.cloze, number)
            drafts.append(CardDraft(key=f"{key}:cloze:{number}", kind="cloze", front=front, back=back, **common))
        return [d for d in drafts if d.front.strip() and d.back.strip()]
    if not note.front.strip():
        return []
    drafts = [CardDraft(key=f"{key}:basic", kind="basic", front=note.front, back=note.back, **common)]
    if note.reverse and note.back.strip():
        drafts.append(CardDraft(key=f"{key}:reverse", kind="reverse", front=note.back, back=note.front, **common))
    return drafts
