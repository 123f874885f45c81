"""Two-column property tables without row labels: "Public | Private", one property per row.

Each row pairs the two sides of one property, so a card shows one side and asks for the other
("Public: reachable from the internet — Private: ?"). Tables read as row × column are the
`tables` extractor's.
"""

from quizzes.generation.extractors.tables import cell_text, shape
from quizzes.generation.facts import CardDraft, Fact
from quizzes.generation.parsing import Section

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


def render(fact: Fact, siblings: list[Fact], index: int) -> list[CardDraft]:
    f = fact.fields
    common = {"note_key": fact.key, "section": fact.section_label}
    return [
        CardDraft(
            key=f"{fact.key}:right",
            kind="basic",
            front=f"{f['left']}: {f['left_value']} — {f['right']}: ?",
            back=f["right_value"],
            **common,
        ),
        CardDraft(
            key=f"{fact.key}:left",
            kind="reverse",
            front=f"{f['right']}: {f['right_value']} — {f['left']}: ?",
            back=f["left_value"],
            **common,
        ),
    ]
