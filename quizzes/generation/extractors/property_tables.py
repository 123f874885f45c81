"""Two-column property tables without row labels: "Public | Private", one property per row.

Each row pairs the two sides of one property, so a card shows one side and asks for the other
("Public: reachable from the internet — Private: ?"). Tables read as row × column are the
`tables` extractor's.
"""

from wordfreq import zipf_frequency

from quizzes.generation.extractors.tables import cell_text, shape
from quizzes.generation.facts import CardDraft, Fact
from quizzes.generation.parsing import Section
from quizzes.generation.text import capitalise
from quizzes.generation.writing.topics import in_topic, topic_of

NAME = "property_tables"


def extract(section: Section) -> list[Fact]:
    facts = []
    for block in section.blocks:
        if block.kind != "table":
            continue
        rows = [[cell_text(c) for c in row] for row in block.rows]
        if shape(rows) != "property":
            continue
        left, right = rows[0]
        for row in rows[1:]:
            if len(row) >= 2 and row[0] and row[1]:
                fields = {"left": left, "right": right, "left_value": row[0], "right_value": row[1]}
                cue = f"{row[0]} / {row[1]}"
                facts.append(
                    Fact(NAME, section.path, cue=cue, group=f"{left}/{right}", fields=fields, blocks=(block.id,))
                )
    return facts


def _side(label: str) -> str:
    """A column label mid-sentence: 'Public' → 'public', 'VMs' and 'Docker' as written."""
    everyday = label[1:2].islower() and zipf_frequency(label.lower(), "en") >= 3.5
    return label[:1].lower() + label[1:] if everyday else label


def _value(value: str) -> str:
    return value[:1].lower() + value[1:] if value[1:2].islower() else value


def render(fact: Fact, siblings: list[Fact], index: int) -> list[CardDraft]:
    f = fact.fields
    common = {"note_key": fact.key, "section": fact.section_label}
    topic = topic_of(fact.section)

    def ask(known: str, known_value: str, wanted: str) -> str:
        question = f"Where {_side(known)} is “{_value(known_value)}”, what is {_side(wanted)}?"
        return in_topic(topic, capitalise(question))

    return [
        CardDraft(
            key=f"{fact.key}:right",
            kind="basic",
            front=ask(f["left"], f["left_value"], f["right"]),
            back=f["right_value"],
            **common,
        ),
        CardDraft(
            key=f"{fact.key}:left",
            kind="reverse",
            front=ask(f["right"], f["right_value"], f["left"]),
            back=f["left_value"],
            **common,
        ),
    ]
