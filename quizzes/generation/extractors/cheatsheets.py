"""Command cheatsheets: comment lines in a shell code block describe the commands below them.

Handles `$ ` prompts, a trailing `# comment` on the command line, several
commands under one comment, and an italic label above the block as the group.
"""

import re

from rapidfuzz import fuzz
from wordfreq import zipf_frequency

from quizzes.generation import code_blocks
from quizzes.generation.facts import CardDraft, Fact, mcq
from quizzes.generation.parsing import Section
from quizzes.generation.text import CODE_CLOSE, CODE_OPEN, capitalise, normalise, plain, sentences, strip_trailing
from quizzes.generation.writing.grammar import imperative, is_english, singular, verb_base
from quizzes.generation.writing.topics import in_topic, topic_of

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


def _task(description: str, commands: list[str] = ()) -> tuple[str, str]:
    """'Delete dangling images. These are untagged' → ('delete dangling images', 'These are untagged').
    A clause after a semicolon ('List branches; a * marks the current one') is detail, and a
    parenthesis that repeats the command's own option ('(-a)') would give the answer away."""
    parts = sentences(description)
    first = parts[0] if parts else description
    first, _, aside = first.partition(";")
    task = strip_trailing(first)
    task = re.sub(r"\s*\(([^()]*)\)", lambda m: "" if _repeats_command(m[1], commands) else m[0], task).strip()
    if task[:1].isupper() and not task[1:2].isupper():
        task = task[0].lower() + task[1:]
    task = re.sub(r"^(\w+)/([A-Z])(?=[a-z])", lambda m: f"{m[1]}/{m[2].lower()}", task)
    detail = " ".join(p for p in [capitalise(strip_trailing(aside.strip())), *parts[1:]] if p)
    return task, detail


def _repeats_command(text: str, commands: list[str]) -> bool:
    """'-a' or '--all' in parentheses, or a word of the command itself."""
    words = text.split()
    return bool(words) and all(w.startswith("-") or any(w in c.split() for c in commands) for w in words)


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


def _tool(commands: list[str]) -> str | None:
    """The program every command of the entry runs ('git', 'docker'), which names the card's topic."""
    tools = {c.split()[0] for c in commands if c.split()}
    tool = tools.pop() if len(tools) == 1 else None
    return tool if tool and re.fullmatch(r"[a-z][\w.-]{1,20}", tool) and tool not in _NOT_TOOLS else None


_NOT_TOOLS = {"sudo", "cd", "echo", "export", "cat", "ls", "env"}


def _asking(task: str, tool: str | None, topic: str) -> tuple[str, str]:
    """'How do you …?' and 'Which command would you use to …?' for a task that starts with a verb,
    else a question about the description itself; both name the tool ('Using git, …'), else the topic."""
    action = _action(task)
    if action:
        how, which = f"how do you {action}?", f"which command would you use to {action}?"
    else:
        how = which = f"which command gives {task}?"
    if tool:
        return f"Using {tool}, {how}", f"Using {tool}, {which}"
    return in_topic(topic, capitalise(how)), in_topic(topic, capitalise(which))


def _action(task: str) -> str | None:
    """The task as a verb phrase. A cheatsheet comment is an instruction, so a first word the
    lexicon does not know ('Unstage a file') is its verb when an article or pronoun follows."""
    if action := imperative(task):
        return action
    first, _, rest = task.partition(" ")
    unknown = first.isalpha() and first.islower() and not is_english(first)
    return task if unknown and rest.split(" ", 1)[0].lower() in _DETERMINERS else None


_DETERMINERS = {"a", "an", "the", "all", "every", "each", "your", "its", "their", "this", "that", "these", "those"}


def _content(task: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[a-z]+", task.lower()) if w not in _FUNCTION_WORDS}


def _stem(word: str) -> str:
    return singular(verb_base(word))


_FUNCTION_WORDS = {"a", "an", "the", "of", "to", "from", "in", "on", "with", "and", "or", "all", "any", "its", "your"}
# Verbs that say only that the command shows something: what is shown is the knowledge.
_SHOWING = {"show", "list", "display", "print", "view", "get", "see"}


def spelled_out(task: str, commands: list[str], *, spare: int = 1) -> bool:
    """Whether the command's own words already say what it does: 'docker rename A B' renames,
    'docker logs CONTAINER' shows the logs of a container, 'git merge BRANCH' merges. The verb of
    the task is one of the command's words, or at most one content word is not (a verb that only
    shows, and everyday words like 'the current one', aside; `spare` words when the placeholders
    stand for the object, none for a bare command). 'docker commit CONTAINER' → 'create an
    image out of a container' is not: that is what is worth asking."""
    command_words = {_stem(w) for c in commands for w in re.findall(r"[a-z]+", c.lower())}
    verbs = {_stem(v) for v in re.findall(r"[a-z]+", task.split(" ", 1)[0].lower())}
    if verbs and verbs <= command_words:
        return True
    words = {w for w in _content(task) if zipf_frequency(w, "en") < _EVERYDAY}
    return len(words - command_words - _SHOWING) <= spare


_EVERYDAY = 6.0  # 'new', 'one', 'what', 'not': too common to carry the meaning


def _words_of(command: str) -> set[str]:
    """The literal words of a command, without placeholders: 'docker run -d IMAGE' → docker, run, -d."""
    return {w for w in command.split() if not re.fullmatch(r"[\[<]?[A-Z_:\]>]+", w) and not w.startswith("[")}


def _may_also_do(other: Fact, commands: list[str], task: str) -> bool:
    """A command described like this one, or this command with more options ("docker run -d IMAGE"
    for "start a new container"), may also do the job: no fair distractor."""
    theirs = normalise(_task(other.fields["description"])[0])
    ours = normalise(task)
    if fuzz.ratio(theirs, ours) >= 80 or ours in theirs or theirs in ours:
        return True
    # "delete stopped containers" also deletes a container: every word of our task is in theirs.
    if _content(ours) and _content(ours) <= _content(theirs):
        return True
    mine = [_words_of(c) for c in commands]
    return any(len(m) >= 2 and m <= _words_of(c) for m in mine for c in other.fields["commands"])


def render(fact: Fact, siblings: list[Fact], index: int) -> list[CardDraft]:
    """The command for the task, asked outright and, when three honest distractors exist, as a
    multiple choice among commands of the same tool; what the command does, unless its own words
    say so. No true/false: 'to X, you run: Y' is a multiple choice question with one option, and a
    true one repeats the forward card."""
    description, commands = fact.fields["description"], fact.fields["commands"]
    command = "\n".join(commands)
    task, detail = _task(description, commands)
    tool = _tool(commands)
    how, which = _asking(task, tool, topic_of(fact.section))
    common = {"note_key": fact.key, "section": fact.section_label}
    cards = [CardDraft(key=f"{fact.key}:basic", kind="basic", front=how, back=command, explanation=detail, **common)]
    if not spelled_out(task, commands):
        what = f"What does {command} do?" if len(commands) == 1 else f"What do these commands do?\n{command}"
        back = capitalise(strip_trailing(description))
        cards.append(CardDraft(key=f"{fact.key}:reverse", kind="reverse", front=what, back=back, **common))
    # Distractors are single commands like the answer: "git diff\ngit diff --staged" gives itself away.
    others = [
        s
        for s in siblings
        if s.cue != fact.cue and len(s.fields["commands"]) == 1 and not _may_also_do(s, commands, task)
    ]
    same_tool = [s for s in others if _tool(s.fields["commands"]) == tool]
    pool = ["\n".join(s.fields["commands"]) for s in (same_tool if len(same_tool) >= 3 else others)]
    if len(commands) == 1 and (card := mcq(f"{fact.key}:mcq", which, command, pool, command=True, **common)):
        card.explanation = f"{command} — {strip_trailing(description)}."
        cards.append(card)
    return cards
