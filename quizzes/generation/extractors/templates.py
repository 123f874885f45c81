"""Templates: a code block that shows a format with placeholders (`<type>[optional scope]: <description>`)
becomes a fact about that format, named by its lead-in or section."""

from quizzes.generation.code_blocks import is_template
from quizzes.generation.facts import CardDraft, Fact
from quizzes.generation.parsing import Section
from quizzes.generation.text import plain, strip_trailing

NAME = "templates"


def extract(section: Section) -> list[Fact]:
    facts = []
    previous = None
    for block in section.blocks:
        if is_template(block):
            lead = (
                strip_trailing(plain(previous.text))
                if previous is not None and previous.kind in ("paragraph", "label")
                else ""
            )
            name = lead if lead and len(lead.split()) <= 15 else section.title or "this format"
            sources = (block.id, previous.id) if lead and name == lead else (block.id,)
            fields = {"name": name, "template": block.text.strip("\n")}
            facts.append(
                Fact(NAME, section.path, cue=block.text.strip(), group="formats", fields=fields, blocks=sources)
            )
        previous = block
    return facts


def render(fact: Fact, siblings: list[Fact], index: int) -> list[CardDraft]:
    name, template = fact.fields["name"], fact.fields["template"]
    common = {"note_key": fact.key, "section": fact.section_label}
    return [
        CardDraft(
            key=f"{fact.key}:basic", kind="basic", front=f"What is the format of {name}?", back=template, **common
        ),
        CardDraft(
            key=f"{fact.key}:reverse",
            kind="reverse",
            front=f"What is this the format of?\n{template}",
            back=name,
            **common,
        ),
    ]
