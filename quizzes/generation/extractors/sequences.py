"""Sequences: an ordered list of steps or phases, asked as order ("What comes after DNS lookup?")."""

import re

from quizzes.generation.extractors.lists import _item_head
from quizzes.generation.facts import CardDraft, Fact, seeded
from quizzes.generation.parsing import Section
from quizzes.generation.text import capitalise, plain, sentences, strip_trailing
from quizzes.generation.writing.topics import topic_of

NAME = "sequences"
MIN_STEPS, MAX_STEPS = 3, 12
MAX_STEP_WORDS = 20
MAX_AFTER_CARDS = 6
MAX_SHOWN_STEP_WORDS = 8
_TO_READER = re.compile(r"\b(?:you|your|yours|you'll|we|our|let's)\b", re.I)

_STEP = re.compile(r"^(?:step\s*\d+\s*[:.)-]\s*)", re.I)


def _step(text: str) -> str | None:
    head = _item_head(text)
    if head is None:
        first = sentences(text)[0] if text.strip() else ""
        head = plain(first) if len(plain(first).split()) <= MAX_STEP_WORDS else None
    return strip_trailing(_STEP.sub("", plain(head))) if head else None


def extract(section: Section) -> list[Fact]:
    facts = []
    previous = None
    for block in section.blocks:
        if block.kind == "list" and block.ordered and MIN_STEPS <= len(block.items) <= MAX_STEPS:
            steps = [_step(item.text) for item in block.items]
            if all(steps) and len(set(steps)) == len(steps):
                lead_in = previous is not None and previous.kind in ("paragraph", "label")
                lead = strip_trailing(plain(previous.text)) if lead_in and plain(previous.text).endswith(":") else ""
                label = lead if 0 < len(lead.split()) <= 12 else section.title or "the steps"
                sources = (block.id, previous.id) if lead else (block.id,)
                fields = {"label": label, "steps": steps}
                facts.append(Fact(NAME, section.path, cue=label, group="steps", fields=fields, blocks=sources))
        previous = block
    return facts


def _name(label: str, section: tuple[str, ...]) -> str:
    """'The main steps are' names nothing; the heading ('Loading a page') does."""
    lead = re.sub(r"\s+(?:are|is|include|includes|as follows|follows?)$", "", label.strip(), flags=re.I)
    if len(lead.split()) <= 3 and re.match(r"^(?:the|these|those|our|its)\b", lead, re.I):
        return capitalise(topic_of(section) or (section[-1] if section else lead))
    return capitalise(lead)


def render(fact: Fact, siblings: list[Fact], index: int) -> list[CardDraft]:
    label, steps = fact.fields["label"], fact.fields["steps"]
    # "Open your file and test your creation: click, move your mouse, …" walks the reader through
    # a tutorial; it teaches no order worth recalling.
    if any(_TO_READER.search(text) for text in (label, *steps)):
        return []
    common = {"note_key": fact.key, "section": fact.section_label}
    name = _name(label, fact.section)
    shuffled = list(steps)
    rng = seeded(fact.key)
    while shuffled == steps:
        rng.shuffle(shuffled)
    cards = [
        CardDraft(
            key=f"{fact.key}:order",
            kind="basic",
            front=f"{name} — put these in order:\n" + "\n".join(f"• {s}" for s in shuffled),
            back="\n".join(f"{n}. {s}" for n, s in enumerate(steps, start=1)),
            **common,
        )
    ]
    # One step blanked between its neighbours: the step is recalled from where it stands.
    for position, step in enumerate(steps[1:][:MAX_AFTER_CARDS], start=1):
        if any(len(s.split()) > MAX_SHOWN_STEP_WORDS for s in steps[max(0, position - 2) : position + 2]):
            continue  # steps that are whole instructions make a blank nobody could place
        shown = [*steps[max(0, position - 2) : position], "_____", *steps[position + 1 : position + 2]]
        cards.append(
            CardDraft(
                key=f"{fact.key}:after:{position - 1}",
                kind="cloze",
                front=f"{name}, in order: " + " → ".join(shown),
                back=step,
                **common,
            )
        )
    return cards
