"""Command cheatsheets: comment lines in a shell code block describe the commands below them.

Handles `$ ` prompts, a trailing `# comment` on the command line, several
commands under one comment, and an italic label above the block as the group.
"""

import re

from quizzes.generation import code_blocks
from quizzes.generation.facts import CardDraft, Fact, alternate, mcq, true_false
from quizzes.generation.parsing import Section
from quizzes.generation.text import CODE_CLOSE, CODE_OPEN, plain, sentences, strip_trailing

NAME = "cheatsheets"
SHELL_LANGS = code_blocks.SHELL_LANGS

_PROMPT = re.compile(r"^(?:\$|>|#\s*\$|PS>)\s+")
_TRAILING_COMMENT = re.compile(r"\s+#\s+(?P<comment>.+)$")


def _entries(code: str) -> list[tuple[str, list[str]]]:
    entries: list[tuple[str, list[str]]] = []
    description: list[str] = []
    commands: list[str] = []

    def flush():
        if commands:
            entries.append((" ".join(description), list(commands)))
        description.clear()
        commands.clear()

    for raw in code.splitlines():
        line = raw.strip()
        if not line:
            flush()
        elif line.startswith("#") and not line.startswith("#!") and not _PROMPT.match(line):
            if commands:
                flush()
            description.append(line.lstrip("#").strip())
        else:
            command = _PROMPT.sub("", line)
            if command in ("$", ">", "PS>"):
                continue
            trailing = _TRAILING_COMMENT.search(command)
            if trailing:
                # "cmd  # what it does" describes that line alone: it starts an entry of its own.
                command = command[: trailing.start()].rstrip()
                if commands:
                    flush()
                if not description:
                    description.append(trailing["comment"])
            commands.append(command)
    flush()
    return entries


def _task(description: str) -> tuple[str, str]:
    """'Delete dangling images. These are untagged' → ('delete dangling images', 'These are untagged')."""
    parts = sentences(description)
    task = strip_trailing(parts[0]) if parts else strip_trailing(description)
    if task[:1].isupper() and not task[1:2].isupper():
        task = task[0].lower() + task[1:]
    task = re.sub(r"^(\w+)/([A-Z])(?=[a-z])", lambda m: f"{m[1]}/{m[2].lower()}", task)
    return task, " ".join(parts[1:])


def _tldr_entry(block, following) -> tuple[str, list[str]] | None:
    """tldr-pages shape: "- Describe the task:" then a paragraph that is one code span."""
    if block.kind != "list" or len(block.items) != 1 or following is None or following.kind != "paragraph":
        return None
    description = plain(block.items[0].text)
    code = following.text.strip()
    is_code_only = code.startswith(CODE_OPEN) and code.endswith(CODE_CLOSE) and code.count(CODE_OPEN) == 1
    if description.endswith(":") and is_code_only:
        return strip_trailing(description), [plain(code)]
    return None


def extract(section: Section) -> list[Fact]:
    facts: list[Fact] = []
    group = section.title
    blocks = section.blocks
    for position, block in enumerate(blocks):
        entries = []
        sources = (block.id,)
        if block.kind == "label":
            group = strip_trailing(plain(block.text))
        elif block.kind == "code" and block.lang in SHELL_LANGS:
            entries = [(d, c) for d, c in _entries(block.text) if d]
        elif entry := _tldr_entry(block, blocks[position + 1] if position + 1 < len(blocks) else None):
            entries = [entry]
            sources = (block.id, blocks[position + 1].id)
        for description, commands in entries:
            fields = {"description": description, "commands": commands, "group": group}
            cue = "\n".join(commands)
            facts.append(Fact(NAME, section.path, cue=cue, group=group, fields=fields, blocks=sources))
    return facts


def skipped_commands(section: Section) -> list[str]:
    """Commands with no comment to describe them: nothing to ask about."""
    return [
        "\n".join(commands)
        for block in section.blocks
        if block.kind == "code" and block.lang in SHELL_LANGS
        for description, commands in _entries(block.text)
        if not description
    ]


def render(fact: Fact, siblings: list[Fact], index: int) -> list[CardDraft]:
    description, commands = fact.fields["description"], fact.fields["commands"]
    command = "\n".join(commands)
    task, detail = _task(description)
    common = {"note_key": fact.key, "section": fact.section_label}
    explain = f"{command} — {strip_trailing(description)}."
    cards = [
        CardDraft(
            key=f"{fact.key}:basic",
            kind="basic",
            front=f"How do you {task}?",
            back=command,
            explanation=detail,
            **common,
        ),
        CardDraft(
            key=f"{fact.key}:reverse",
            kind="reverse",
            front=f"What does this command do?\n{command}",
            back=strip_trailing(description),
            **common,
        ),
    ]
    others = [s for s in siblings if s.cue != fact.cue]
    pool = ["\n".join(s.fields["commands"]) for s in others]
    if card := mcq(f"{fact.key}:mcq", f"Which command would you use to {task}?", command, pool, **common):
        card.explanation = explain
        cards.append(card)
    truth = alternate(index, fact.key)
    subject = command if truth or not pool else pool[index % len(pool)]
    statement = f"To {task}, you run: {subject}"
    cards.append(true_false(f"{fact.key}:tf", statement, subject == command, explanation=explain, **common))
    return cards
