"""Command-line options listed one per line: "`-p` or `--port` Port to use (defaults to 8080)".

A program's options, each a paragraph or list item that opens with its flags set as code and goes
on with what the option does, are asked flag by flag: "In http-server, what does the -d option
do?" → "Shows directory listings (defaults to true)". A section is such a list when it holds at
least three of them; a lone "`-c-1` disables caching" is a statement of its own.
"""

import re

from quizzes.generation.facts import CardDraft, Fact
from quizzes.generation.parsing import Section
from quizzes.generation.text import CODE_CLOSE, CODE_OPEN, capitalise, plain, strip_trailing
from quizzes.generation.writing.grammar import can_be_verb, third_person, verb_base
from quizzes.generation.writing.topics import in_topic, page_name, topic_of

NAME = "flags"
MIN_OPTIONS = 3
MAX_DESCRIPTION_WORDS = 40

_FLAG = rf"{CODE_OPEN}(?P<{{name}}>--?[A-Za-z][\w-]*(?:[= ]<?[\w.|-]+>?)?){CODE_CLOSE}"
# "`-p` or `--port` Port to use …", "`--cors` Enable CORS …", "`-s`, `--silent`: Suppress …"
_OPTION = re.compile(
    rf"^\s*{_FLAG.format(name='short')}(?:\s*(?:,|or|/|\|)\s*{_FLAG.format(name='long')})?"
    rf"\s*(?:[:–—-]\s*)?(?P<description>[A-Z(][^\n]+)$"
)
_SELF_EXPLAINED = re.compile(r"^--?(?:h|help|v|version|V)$")
# "Default file extension", "Maximum size": a noun's modifier, however it reads as a verb
_DESCRIBING = {"default", "maximum", "minimum", "custom", "initial", "extra", "base", "root", "main", "output", "input"}
# "Port to use", "Path to ssl cert file": what the option's value is, not what it does
_VALUE_OF = re.compile(r"^[A-Z][a-z]+(?:\s+[a-z]+){0,3}\s+(?:to|for|of)\s", re.I)


def _option(text: str) -> dict | None:
    m = _OPTION.match(text)
    if not m:
        return None
    description = strip_trailing(plain(m["description"]).strip())
    if not 2 <= len(description.split()) <= MAX_DESCRIPTION_WORDS:
        return None
    if _SELF_EXPLAINED.search(m["long"] or m["short"]):
        return None  # "--help", "--version": every program has them, nothing of this one to learn
    flags = m["short"] if not m["long"] else f"{m['short']} ({m['long']})"
    return {"flags": flags, "description": description}


def extract(section: Section) -> list[Fact]:
    found = [(block, option) for block, text in section.texts_by_block() if (option := _option(text))]
    if len(found) < MIN_OPTIONS:
        return []
    return [
        Fact(NAME, section.path, cue=option["flags"], group="options", fields=option, blocks=(block.id,))
        for block, option in found
    ]


def _does(description: str) -> str | None:
    """ "Show directory listings" → "Shows directory listings"; None for a description that names
    the option's value ("Port to use") or is no instruction."""
    first, _, rest = description.partition(" ")
    lower = first.lower()
    if _VALUE_OF.match(description) or not rest or lower in _DESCRIBING:
        return None
    if not can_be_verb(lower) or verb_base(lower) != lower:
        return None
    return f"{third_person(lower).capitalize()} {rest}"


def render(fact: Fact, siblings: list[Fact], index: int) -> list[CardDraft]:
    f = fact.fields
    program = page_name() or topic_of(fact.section)
    does = _does(f["description"])
    if does:
        question, answer = f"What does the {f['flags']} option do?", does
    else:
        question, answer = f"What is the {f['flags']} option for?", capitalise(f["description"])
    return [
        CardDraft(
            key=f"{fact.key}:basic",
            kind="basic",
            front=in_topic(program, question),
            back=answer,
            note_key=fact.key,
            section=fact.section_label,
        )
    ]
