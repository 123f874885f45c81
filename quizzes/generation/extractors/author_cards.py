"""Cards the author wrote in the note itself (see `author_markup`): taken as written, never guessed."""

from quizzes.generation.author_markup import cloze_numbers, cloze_side
from quizzes.generation.facts import CardDraft, Fact
from quizzes.generation.parsing import Section

NAME = "author"


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
            back = " … ".join(answers)
            cards.append(
                CardDraft(key=f"{fact.key}:c{number}", kind="cloze", front=shown, back=back, explanation=full, **common)
            )
        return cards
    cards = [CardDraft(key=f"{fact.key}:basic", kind="basic", front=front, back=back, **common)]
    if kind == "basic_reverse":
        cards.append(CardDraft(key=f"{fact.key}:reverse", kind="reverse", front=back, back=front, **common))
    return cards
