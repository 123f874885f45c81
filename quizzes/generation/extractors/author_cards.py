"""Cards the author wrote in the note itself (see `author_markup`): taken as written, never guessed."""

from quizzes.generation.author_markup import cloze_numbers, cloze_side
from quizzes.generation.facts import MAX_BACK, MAX_FRONT, CardDraft, Fact
from quizzes.generation.parsing import Section

NAME = "author"


def is_complete(card: dict) -> bool:
    """Both sides hold text (a cloze: at least one deletion that hides something)."""
    if card["kind"] == "cloze":
        return any(all(cloze_side(card["front"], n)[1]) for n in cloze_numbers(card["front"]))
    return bool(card["front"].strip() and card["back"].strip())


def fits(card: CardDraft) -> bool:
    """An author's card is taken as written, as long as it fits a chat message."""
    return (
        bool(card.front.strip() and card.back.strip()) and len(card.front) <= MAX_FRONT and len(card.back) <= MAX_BACK
    )


def extract(section: Section) -> list[Fact]:
    return [
        Fact(
            NAME,
            section.path,
            cue=block.card["front"],
            group=block.card["kind"],
            fields=dict(block.card),
            blocks=(block.id,),
        )
        for block in section.blocks
        if block.kind == "card" and block.card["front"]
    ]


def render(fact: Fact, siblings: list[Fact], index: int) -> list[CardDraft]:
    kind, front, back = fact.fields["kind"], fact.fields["front"], fact.fields["back"]
    common = {"note_key": fact.key, "section": fact.section_label}
    if kind == "cloze":
        full = cloze_side(front, -1)[0]
        cards = []
        for number in cloze_numbers(front):
            shown, answers = cloze_side(front, number)
            if not all(answers):
                continue
            back = " … ".join(answers)
            cards.append(
                CardDraft(key=f"{fact.key}:c{number}", kind="cloze", front=shown, back=back, explanation=full, **common)
            )
        return cards
    cards = [CardDraft(key=f"{fact.key}:basic", kind="basic", front=front, back=back, **common)]
    if kind == "basic_reverse":
        cards.append(CardDraft(key=f"{fact.key}:reverse", kind="reverse", front=back, back=front, **common))
    return cards
