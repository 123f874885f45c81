"""Sequences: an ordered list of steps or phases, asked as order ("What comes after DNS lookup?")."""

import re

from quizzes.generation.extractors.lists import _counted_label, _item_head
from quizzes.generation.facts import CardDraft, Fact, seeded
from quizzes.generation.language import IMPERATIVE, only_a_verb
from quizzes.generation.parsing import Section
from quizzes.generation.text import capitalise, plain, sentences, strip_trailing
from quizzes.generation.writing.grammar import is_adjective, is_noun, singular, verb_base
from quizzes.generation.writing.topics import topic_of

NAME = "sequences"
MIN_STEPS, MAX_STEPS = 3, 12
MAX_STEP_WORDS = 20
MAX_AFTER_CARDS = 6
MAX_SHOWN_STEP_WORDS = 8
_TO_READER = re.compile(r"\b(?:you|your|yours|you'll|we|our|let's)\b", re.I)

_STEP = re.compile(r"^(?:step\s*\d+\s*[:.)-]\s*)", re.I)
# An ordered list is a sequence only when its lead-in or heading says the order matters: numbered
# "Recommended Learning Paths" or the items of an "Example" are numbered for reference, not in time.
_ORDER_WORDS = re.compile(
    r"\b(?:steps?|stages?|phases?|process(?:es)?|procedure|order|sequence|lifecycle|life cycle|workflow|"
    r"pipeline|cycle|flow|first|then|finally|happens|works|layers|levels|tiers)\b",
    re.I,
)
# "Task - working with variables", "Exercise", "Challenge": the reader's walkthrough, not a process.
_WALKTHROUGH = re.compile(r"^\W*(?:task|exercise|challenge|assignment|example|try|practice|lab|homework|quiz)\b", re.I)


def _is_process(lead: str, title: str, steps: list[str]) -> bool:
    """The list is a process to remember in order: its lead-in or heading says so, or most steps
    open with an instruction ("Open …", "Choose …")."""
    if _WALKTHROUGH.match(title) or _WALKTHROUGH.match(lead):
        return False
    instructions = sum(bool(IMPERATIVE.match(s) or _opens_with_verb(s)) for s in steps)
    return bool(_ORDER_WORDS.search(lead) or _ORDER_WORDS.search(title)) or instructions * 2 > len(steps)


def _opens_with_verb(step: str) -> bool:
    """ "Retrieve the template", "Choose a new folder": a base-form verb before its object."""
    words = step.split()
    if words and words[0].lower() == "to":
        return False  # "To describe", "To compare": purposes, in no order
    first = words[0].lower() if words else ""
    return len(words) > 1 and only_a_verb(words[0]) and not is_adjective(first) and verb_base(first) == first


def _step(text: str) -> str | None:
    head = _item_head(text)
    if head is None:
        first = sentences(text)[0] if text.strip() else ""
        head = plain(first) if len(plain(first).split()) <= MAX_STEP_WORDS else None
    return strip_trailing(_STEP.sub("", plain(head))) if head else None


def sequence_of(section: Section, block, previous) -> tuple[str, list[str]] | None:
    """(lead-in, steps) when the block is an ordered list of steps to remember in order."""
    if not (block.kind == "list" and block.ordered and MIN_STEPS <= len(block.items) <= MAX_STEPS):
        return None
    steps = [_step(item.text) for item in block.items]
    if not all(steps) or len(set(steps)) != len(steps):
        return None
    lead_in = previous is not None and previous.kind in ("paragraph", "label")
    lead = strip_trailing(plain(previous.text)) if lead_in and plain(previous.text).endswith(":") else ""
    return (lead, steps) if _is_process(lead, section.title, steps) else None


def extract(section: Section) -> list[Fact]:
    facts = []
    previous = None
    for block in section.blocks:
        if found := sequence_of(section, block, previous):
            lead, steps = found
            label = _label(lead, section)
            sources = (block.id, previous.id) if lead else (block.id,)
            fields = {"label": label, "steps": steps}
            facts.append(Fact(NAME, section.path, cue=label, group="steps", fields=fields, blocks=sources))
        previous = block
    return facts


def _label(lead: str, section: Section) -> str:
    """What the steps are of: a short lead-in, else the process a long one names ("… creating
    machine learning (ML) processes is comprised of a number of steps" → "the machine learning
    process"), else the heading."""
    if 0 < len(lead.split()) <= 12:
        return lead
    if process := _process_named(lead):
        return process
    return section.title or "the steps"


# "machine learning (ML) processes", "the build pipeline": up to two words before a process noun.
_PROCESS_NOUN = re.compile(
    r"(?:\b[A-Za-z][\w-]*\s+){0,2}(?:process|workflow|pipeline|procedure|lifecycle|life cycle)(?:es|s)?\b", re.I
)
_NOT_A_QUALIFIER = {
    "the", "a", "an", "of", "in", "for", "and", "or", "to", "this", "that", "these", "those", "each", "its", "our",
    "your", "their", "any", "every", "whole", "entire", "overall", "main", "typical", "general", "is", "are",
}  # fmt: skip


def _process_named(lead: str) -> str | None:
    """'the machine learning process' from a lead-in that names a kind of process, or None."""
    text = re.sub(r"\s*\([^()]*\)", "", lead)
    for match in _PROCESS_NOUN.finditer(text):
        words = match[0].split()
        while len(words) > 1 and not _qualifies(words[0]):
            words = words[1:]
        if len(words) > 1:
            return "the " + " ".join([*words[:-1], singular(words[-1].lower())])
    return None


def _qualifies(word: str) -> bool:
    """'machine', 'build', 'data' open a name of a process; 'the', 'when', 'creating' (a gerund
    first: "creating … processes") and 'whole' do not. 'learning' after 'machine' stays."""
    word = word.lower()
    return word not in _NOT_A_QUALIFIER and not word.endswith("ing") and (is_noun(word) or not word.isalpha())


# "Introduction", "Overview", "Steps": a heading that says where the list is, not what it orders.
_GENERIC_HEADING = re.compile(
    r"^(?:introduction|intro|overview|summary|steps?|the steps|process|procedure|background|getting started|"
    r"how it works|conclusion|basics|details|instructions|usage|in summary|in short|general|notes?)$",
    re.I,
)


# "The boot process happens in this order", "Instantiating a template is usually done in 3 steps":
# the card says "put these in order" itself, so only the name of the process is kept.
_SAYS_ORDER = re.compile(
    r"\s+(?:(?:is|are)\s+(?:\w+ly\s+)?(?:done|performed|carried out|made)|happens?|occurs?|works?|goes|go|runs?|"
    r"takes? place|proceeds?)?\s*(?:in\s+(?:this|the following|these|\d+|a few|several|three|four|five)\s+"
    r"(?:order|steps|stages|phases|parts)|as follows|like this)$",
    re.I,
)


# "To ship a model, follow these steps": the card says "put these in order" itself.
_TELLS_TO_FOLLOW = re.compile(
    r",?\s+(?:follow|take|complete|do|use|go through)\s+(?:these|the following|the|a few)\s+(?:\w+\s+)?steps$", re.I
)


def _name(label: str, section: tuple[str, ...]) -> str:
    """'The main steps are' names nothing; the heading ('Loading a page') does, unless it is a
    generic one ('Introduction'), where the document's subject does."""
    if _GENERIC_HEADING.match(label.strip()):
        topic = topic_of(section)
        if topic and re.fullmatch(r"[A-Z]{2,5}s?", topic) and section and not _GENERIC_HEADING.match(section[0]):
            return capitalise(section[0])  # "CL" of "Navigating a CL in review": the title says what is done
        return capitalise(topic) if topic and not _GENERIC_HEADING.match(topic) else "The steps"
    if counted := _counted_label(label):
        return capitalise(counted)  # "Mitosis has four phases" → "Phases of mitosis"
    lead = _SAYS_ORDER.sub("", _TELLS_TO_FOLLOW.sub("", label.strip()))
    lead = re.sub(r"\s+(?:are|is|include|includes|as follows|follows?)$", "", lead, flags=re.I)
    if len(lead.split()) <= 3 and re.match(r"^(?:the|these|those|our|its)\b", lead, re.I):
        topic = topic_of(section) or (section[-1] if section else lead)
        # "The build process" names which process by its qualifier; "the steps" names none.
        if (qualified := _qualified_process(lead)) and topic and len(topic.split()) <= 3:
            return f"The {topic} {qualified}" if topic.lower() not in qualified.lower() else capitalise(lead)
        return capitalise(topic)
    return capitalise(lead)


# "main steps", "whole process": words that rank or count the steps, not say which process.
_VAGUE_QUALIFIERS = {"main", "key", "basic", "following", "general", "typical", "usual", "whole", "entire", "overall"}


def _qualified_process(lead: str) -> str | None:
    """ "build process" of "The build process"; None for "The main steps", "These stages"."""
    rest = re.sub(r"^(?:the|these|those|our|its)\s+", "", lead, flags=re.I)
    words = rest.lower().split()
    if len(words) < 2 or all(w in _VAGUE_QUALIFIERS for w in words[:-1]):
        return None
    return rest


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
