"""Command cheatsheets: comment lines in a shell code block describe the commands below them.

Also a section about one API element (see `method_entry`): a heading that names a method, a
function or a command ("## Clear Method", "## `str.upper()`", "## The chmod command"), a first
sentence that says what it does ("This method enables us to remove all elements of a
dictionary."), then a code block that calls it; and a section whose prose recommends the way its
heading names ("f-strings are the recommended way to format strings", see `recommended_entry`).

Handles `$ ` prompts, a trailing `# comment` on the command line, several
commands under one comment, and an italic label above the block as the group.

Not every comment describes its command. A comment is an ACTION ("Delete an image": asked "how
do you …?"), a RESULT ("Number of elements": "which command gives the number of elements?"), a
STATEMENT ("Non-matching globs are removed": only what the command does is asked), or no
description at all: an output ("/path/to/foo"), a state ("Still in first directory"), a label
("Windows", "Regex") or a cross-reference ("Same as above"), which is skipped with its reason.
"""

import builtins
import itertools
import re
from collections import Counter
from functools import lru_cache

from lemminflect import getAllLemmas
from rapidfuzz import fuzz
from wordfreq import zipf_frequency

from quizzes.generation import code_blocks
from quizzes.generation.command_steps import step_entry
from quizzes.generation.facts import CardDraft, Fact, mcq
from quizzes.generation.language import ADDRESSED, DEPENDENT_OPENING, instruction
from quizzes.generation.parsing import Section
from quizzes.generation.text import CODE_CLOSE, CODE_OPEN, capitalise, normalise, plain, sentences, strip_trailing
from quizzes.generation.writing.grammar import (
    can_be_verb,
    capitalised_in_sentences,
    imperative,
    is_english,
    is_plural,
    singular,
    verb_base,
    with_article,
    written_small,
)
from quizzes.generation.writing.tables import echoes_label, is_countable
from quizzes.generation.writing.topics import in_topic, page_name, topic_of

NAME = "cheatsheets"
SHELL_LANGS = code_blocks.SHELL_LANGS

_PROMPT = re.compile(r"^(?:\$|>|#\s*\$|PS>)\s+")
_TRAILING_COMMENT = re.compile(r"\s+#\s+(?P<comment>.+)$")


_DIAGRAM = re.compile(r"[\u2500-\u257f]|^\s*\+[-=+]{3,}\+?\s*$", re.M)


_SYNTAX_LINE = re.compile(r"^[a-z][\w.-]*(?:\s+[\w.-]+)*?\s+(?:-{1,2}\w[\w-]*\s+)*<[\w-]+>(?:\s|$)")
_CREDIT = re.compile(r"^(?:thanks?(?:\s+you)?\s+to|credits?\s+(?:to|goes)|courtesy\s+of|h/t|hat\s+tip)\b", re.I)


def _entries(code: str) -> list[tuple[str, list[str]]]:
    """(description, commands) of a cheat block. A comment above describes the commands below it
    up to the next blank line or comment; a comment at the end of a line describes that line
    alone, and an indented comment-only line under it carries the same comment on."""
    if is_program(code) or _DIAGRAM.search(code):
        return []  # a program, or a drawing ("┌────┬───┐") no learner can type back
    entries: list[tuple[str, list[str]]] = []
    description: list[str] = []
    commands: list[str] = []
    ends_in_comment = False  # the last line was a command with its own trailing comment

    def flush():
        if commands:
            entries.append((" ".join(description), list(commands)))
        description.clear()
        commands.clear()

    # A block that writes "$ " before its commands writes their output without it
    prompted = any(raw.strip().startswith("$ ") for raw in code.splitlines())
    for raw in code.splitlines():
        line = raw.strip()
        is_comment = line.startswith("#") and not line.startswith("#!") and not _PROMPT.match(line)
        if ends_in_comment and line and is_comment and raw[:1].isspace():
            description.append(_bare_code(line.lstrip("#").strip()))  # the comment goes on
            continue
        if ends_in_comment:
            flush()  # "del list[i:j]" under "list[i:j] = x  # replace …" has no comment of its own
        ends_in_comment = False
        if not line:
            flush()
        elif is_comment:
            if commands:
                flush()
            comment = _bare_code(line.lstrip("#").strip())
            # "Thanks to Travis Jeffery for these": whose tip; "git branch -m <oldname> <newname>": the
            # syntax the command below fills in. Neither says what it does.
            if not _CREDIT.match(comment) and not _SYNTAX_LINE.match(comment):
                description.append(comment)
        else:
            if prompted and not _PROMPT.match(line) and not (commands and commands[-1].endswith("\\")):
                continue  # "b88c6a1b (Google Python team …)": what the $-prompted command printed
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
                    description.append(_bare_code(trailing["comment"]))
                ends_in_comment = True
            if not (commands and _is_printed_output(commands[-1], command)):
                commands.append(command)
    flush()
    # "terraform plan  # ask for confirmation", "terraform destroy  # ask for confirmation": a line's
    # comment that other commands carry too is a note on all of them, telling none apart
    said = Counter(description for description, _ in entries)
    return [(description if said[description] < 2 else "", commands) for description, commands in entries]


# A program rather than a cheat block: definitions, imports, decorators, an elided body ("...").
_PROGRAM_LINE = re.compile(
    r"^\s*(?:(?:async\s+)?def\s+\w+\s*\(|class\s+\w+\s*[(:]|(?:from\s+[\w.]+\s+)?import\s+[\w.]+"
    r"|function\s+\w+\s*\(|@[A-Za-z_][\w.]*(?:\(|\s*(?:#|$))|return\b|\.\.\.\s*(?:#|$))"
)
# "program: main.o helper.o" over a tab-indented recipe: a Makefile's rule, a program of its own
_MAKE_RULE = re.compile(r"^[\w./$()%-]+\s*:(?!=)[^\n]*\n\t\S", re.M)
# A line opening an indented body in Python ("for x in y:", "if a:").
_OPENS_BODY = re.compile(r":\s*(?:#.*)?$")


def is_program(code: str) -> bool:
    """Whether a code block is a program with comments (a function, an import, a decorated or
    indented body) rather than a cheat block of one command per line: a comment in a program
    explains a step ("default implementation", "will wait until …") and asks nothing."""
    lines = [line for line in code.splitlines() if line.strip() and not line.strip().startswith("#")]
    if any(_PROGRAM_LINE.match(line) for line in lines) or _MAKE_RULE.search(code):
        return True
    indent = [len(line) - len(line.lstrip()) for line in lines]
    return any(
        _OPENS_BODY.search(_TRAILING_COMMENT.sub("", lines[i])) and indent[i + 1] > indent[i]
        for i in range(len(lines) - 1)
    )


def _bare_code(comment: str) -> str:
    """'All variables starting with `prefix_`' → '… with prefix_': a card shows code bare, and a
    comment's Markdown backticks are the author's markup, not part of the name."""
    return re.sub(r"`([^`]+)`", r"\1", comment)


_PRINTS = re.compile(r"^(?:echo|printf)\b")
_SHELL_SYNTAX = re.compile(r"[$=|<>()\"';&`{}\[\]*]")


def _is_printed_output(previous: str, line: str) -> bool:
    """'echo ${!prefix_*}' then 'prefix_a prefix_b': a line without shell syntax after an echo is
    what the echo prints, shown by the author, not a second command."""
    return bool(_PRINTS.match(previous)) and not _SHELL_SYNTAX.search(line)


def _task(description: str, commands: list[str] = ()) -> tuple[str, str]:
    """'Delete dangling images. These are untagged' → ('delete dangling images', 'These are untagged').
    A clause after a semicolon ('List branches; a * marks the current one') is detail, and a
    parenthesis that repeats the command's own option ('(-a)') would give the answer away."""
    parts = sentences(_STEP.sub("", description))
    first = parts[0] if parts else description
    first, _, aside = first.partition(";")
    task = _USED_TO.sub("", strip_trailing(first))
    task = re.sub(r"\s*\(([^()]*)\)", lambda m: "" if _repeats_command(m[1], commands) else m[0], task).strip()
    if task[:1].isupper() and not task[1:2].isupper():
        task = task[0].lower() + task[1:]
    task = re.sub(r"^(\w+)/([A-Z])(?=[a-z])", lambda m: f"{m[1]}/{m[2].lower()}", task)
    task = _small_where_written_small(_imperative_of_gerund(task))
    detail = " ".join(p for p in [capitalise(strip_trailing(aside.strip())), *parts[1:]] if p)
    return task, detail


# "Running a Container", "Listing nodes": a heading's gerund names the task its command does.
_TASK_VERBS = {
    "run", "list", "remove", "delete", "create", "start", "stop", "show", "pull", "push", "build", "tag", "inspect",
    "kill", "pause", "restart", "rename", "copy", "move", "search", "install", "update", "upgrade", "prune", "clean",
    "save", "load", "export", "import", "block", "attach", "add", "get", "set", "check", "find", "open", "close",
    "view", "print", "display", "edit", "change", "switch", "merge", "reset", "revert", "undo", "follow", "log",
    "connect", "mount", "unmount", "deploy", "scale", "join", "leave", "initialize", "init", "configure", "enable",
    "disable", "download", "upload", "clone", "fetch", "commit", "stash", "apply", "drop", "insert", "select",
    "sort", "filter", "count", "compare", "convert", "format", "replace", "split", "test", "debug",
}  # fmt: skip


_PARTICIPLE_ADJECTIVES = {"running", "existing", "pending", "remaining", "matching", "missing", "following"}


def _imperative_of_gerund(task: str) -> str:
    first, _, rest = task.partition(" ")
    if not rest or not first.isalpha() or not first.lower().endswith("ing"):
        return task
    base = verb_base(first.lower())
    following = rest.split(" ", 1)[0].lower()
    if base == first.lower() or base not in _TASK_VERBS:
        return task
    if following not in _DETERMINER_OPENING and not is_plural(following.strip(",")):
        return task  # "Logging configuration": a thing, not a task
    if following not in _DETERMINER_OPENING and first.lower() in _PARTICIPLE_ADJECTIVES:
        return task  # "Running Processes" are processes that run
    return f"{base} {rest}"


def _small_where_written_small(task: str) -> str:
    """ "create and run a simple Container" → "… container": a heading's capitals, in a question,
    where the document writes the word small, or when the heading capitalises each word ("Show
    the History of an Image") and the word is English the sentences never capitalise."""
    first, _, rest = task.partition(" ")
    long = [w for w in rest.split() if len(w) > 3 and w.isalpha()]
    title_case = bool(long) and sum(w[:1].isupper() for w in long) >= 0.6 * len(long)

    def small(word: str) -> bool:
        if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
            return False
        if written_small(word):
            return True
        english = zipf_frequency(word.lower(), "en") >= _ENGLISH_WORD
        return title_case and english and not capitalised_in_sentences(word)

    return " ".join([first, *(w.lower() if small(w) else w for w in rest.split(" "))]) if rest else task


_ENGLISH_WORD = 3.0  # "container", "swarm": words of English, not names


@lru_cache(maxsize=8192)
def _task_of(description: str) -> str:
    """The normalised task of a sibling's description, looked up once however many entries meet it."""
    return normalise(_task(description)[0])


# "Step 2: Initialize the project": a walkthrough's numbering, not part of the task.
_STEP = re.compile(r"^\s*(?:step|part)\s*\d+\s*[:.)-]\s*", re.I)
# "Used to exit upon error": the purpose is the task.
_USED_TO = re.compile(r"^used to\s+", re.I)


def _repeats_command(text: str, commands: list[str]) -> bool:
    """'-a' or '--all' in parentheses, or a word of the command itself."""
    words = text.split()
    return bool(words) and all(w.startswith("-") or any(w in c.split() for c in commands) for w in words)


# What a comment is, when it is no task: the reason it is skipped.
SKIP_REASONS = {
    "cross-reference": "command comment points at another line (“same as above”, “also …”), no description",
    "output": "command comment is the command's output or a code fragment, not what it does",
    "state": "command comment notes a state (“still in …”), not what the command does",
    "label": "command comment is a label (a platform, a keyword), not a task or a result",
    "step": "walkthrough step of several commands, not one task to recall",
    "exercise": "command comment is a step of the exercise its heading sets, which it leans on",
}
_TOO_MUCH_CONTEXT = "command reads more of the example's variables than a question can show"
_CROSS_REFERENCE = re.compile(
    r"\b(?:same as|as above|above|below|also|alternat\w*|equivalent|ditto|see|likewise|ditto)\b", re.I
)
# "Same, but raises IndexError", "instead of print 'bla'", "...this raises KeyError": the comment
# reads only against another line.
# ("Building..." alone is a task still in progress, and stays.)
_LEANS_ON_ANOTHER_LINE = re.compile(
    r"^(?:same|instead\s+of)\b|^(?:\.\.\.|…)|\b(?:then|so|and|but)\s*(?:\.\.\.|…)$", re.I
)
_CUT_SHORT = re.compile(r"(?:^|\s)(?:of|to|for|with|from|the|a|an|in|on|at|by)\s*:?$", re.I)
# A walkthrough acting out a story: the example's own steps, which teach no command.
_ACTS_OUT_AN_EXAMPLE = re.compile(
    r"\b(?:for|in)\s+(?:the|this|our)\s+example\b|^make\s+(?:a\s+mistake|(?:some\s+)?(?:more\s+)?changes)\b", re.I
)
# Adverbs that open a note about where things stand or a qualifier, never a thing or a task.
_ADVERB_OPENING = {"still", "now", "already", "again", "currently", "just", "only", "even", "then", "here", "there"}
_DETERMINER_OPENING = {"a", "an", "the", "all", "every", "each", "any", "some", "one", "both", "its", "your"}
# "Format string is applied to …": a claim with its own verb, not a task or a thing.
_FINITE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|can|cannot|will|won't|must|should|does|doesn't|don't)\b", re.I
)
_CODE_START = re.compile(r"^[\"'`/~.$\d\[{(<-]|^\S*\w[/.]\w")


@lru_cache(maxsize=4096)
def _pos(word: str) -> frozenset[str]:
    return frozenset(getAllLemmas(word.lower()))


def comment_kind(task: str, commands: list[str] = ()) -> str:
    """What a cheatsheet comment says of its command: "action", "result", "statement", or why it
    describes nothing ("cross-reference", "output", "state", "label", "step")."""
    words = re.sub(r"\s*\([^()]*\)", "", task).split()
    if not words:
        return "label"
    if _CROSS_REFERENCE.search(task) or _LEANS_ON_ANOTHER_LINE.search(task):
        return "cross-reference"
    if _STAND_IN_COMMENT.search(task):
        return "label"  # "# Your code here", "# do something in current dir": where code goes, no task
    if _CUT_SHORT.search(task):
        return "output"  # "check the first line of:" went on in the code it showed
    if _ACTS_OUT_AN_EXAMPLE.search(task):
        return "exercise"  # "create a new branch for the example", "make a mistake and commit …"
    first = words[0].strip(",:;").lower()
    if _CODE_START.match(task) and not _SLASHED_VERBS.match(task):
        return "output"  # "/path/to/foo", "foo.cpp (basepath)", '"world"'
    if first in _ADVERB_OPENING:
        return "state"
    if len(words) == 1:
        return _single_word_kind(words[0], named="(" in task, construct=_is_construct(commands))
    if _names_only(words[1:]) and not _action_phrase(task, words):
        return "label"  # "Linux or macOS": a platform, not a task
    if _FINITE_VERB.search(_SUBORDINATE.split(task, maxsplit=1)[0]):
        return "statement"  # "Check if the commit has been successful": the clause after "if" is the check's
    if not _pos(first) and not is_english(first) and not _action(task):
        return "output"  # "cpp (extension)", "stdout to (file)": a fragment of code or output
    return _phrase_kind(task, words)


_SUBORDINATE = re.compile(r"\s(?:if|whether|that|when|whenever|which|until|while|so\s+that|because)\s", re.I)
_STAND_IN_COMMENT = re.compile(
    r"\byour\s+(?:own\s+)?(?:code|logic|commands?|stuff)\s+(?:goes\s+)?here\b|\b(?:do|does)\s+(?:something|stuff)\b|"
    r"^(?:todo|fixme|tbd)\b",
    re.I,
)
_SLASHED_VERBS = re.compile(r"^[A-Za-z]+/[A-Za-z]+\b(?![/.])")
# A shell construct ("if [[ … ]]", "for i in …") is an example of syntax, whose one-word comment
# ("String", "Equal") names the case it shows rather than a task.
_CONSTRUCT = re.compile(r"^(?:if|for|while|until|case|select|function)\b|\n")


def _is_construct(commands: list[str]) -> bool:
    return len(commands) > 1 or any(_CONSTRUCT.search(c) for c in commands)


def _names_only(words: list[str]) -> bool:
    return all(w[:1].isupper() or any(c.isupper() for c in w[1:]) or w.lower() in ("or", "and", "/") for w in words)


def _single_word_kind(word: str, *, named: bool, construct: bool) -> str:
    """One word is a task only as a verb in the base form ("Push", "Duplicate"); else it labels
    the command ("Windows", "Regex"). A word with a parenthesis ("Range (from position 3,
    length 2)") names what the command gives."""
    word = word.lower()
    if named and "NOUN" in _pos(word):
        return "result"
    if not construct and "VERB" in _pos(word) and verb_base(word) == word:
        return "action"
    return "label"


def _phrase_kind(task: str, words: list[str]) -> str:
    if _action_phrase(task, words):
        return "action"
    head = words[1] if words[0].lower() in _DETERMINER_OPENING and len(words) > 1 else words[0]
    head = head.strip(",").lower()
    if {"NOUN", "ADJ"} & (_pos(head) | _pos(singular(head))) or re.fullmatch(r"\d+(?:st|nd|rd|th)?", head):
        return "result"
    return "label"


_PARTICLES = {"up", "down", "out", "off", "in", "on", "over", "away", "back", "into"}


_VERBS_BEFORE_ADJECTIVES = {"set", "clear", "open", "close", "clean", "free"}


def _action_phrase(task: str, words: list[str]) -> bool:
    """A verb phrase: 'Remove one item', 'Updates all the remote branches'. Not 'Last element'
    (an adjective before its noun), 'String length of the 1st element', 'Case insensitive globs'."""
    first, second = words[0].lower(), words[1].strip(",").lower()
    if not _action(task):
        return False
    if "VERB" not in _pos(first):
        return True  # a verb the lexicon lacks, vouched for by `_action`
    if verb_base(first) != first and not first.endswith("s"):
        return False  # "Used", "Listed": a participle describes a thing
    if verb_base(first) in _SHOWING or second in _PARTICLES or second in _DETERMINER_OPENING:
        return True
    if verb_base(first) != first and "NOUN" in _pos(singular(first)) and second.endswith("ed"):
        return False  # "Changes staged for commit": a plural noun and the participle describing it
    if "of" in [w.lower() for w in words[1:3]]:
        return False  # "String length of …", "Number of …": a thing
    if first == verb_base(first) and "NOUN" in _pos(first) and _pos(second) == {"ADJ"}:
        return False  # "Case insensitive globs": a noun used as a modifier
    # "Last element"; but "Set line numbers …", "Clear cache": a verb first, far more than an adjective
    return first in _VERBS_BEFORE_ADJECTIVES or not ("ADJ" in _pos(first) and "NOUN" in _pos(second))


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


# "Return the data under the image array:", "With Ruby installed, install Jekyll from the
# terminal:": a lead-in whose last clause is an instruction, over a block with its one command.
# "Check configuration," and "Copy your public ssh key," over their command: some authors close a
# lead-in with a comma
# "For this tutorial, please type the former. You can check the status of your changes by typing:": the
# last sentence's task; "You can" only hands the reader the ability
_LEAD_IN_TASK = re.compile(
    r"(?:^|,\s+|[.!?]\s+)"
    r"(?:(?:[Yy]ou|[Ww]e|[Oo]ne)\s+(?:can|could|may)\s+|(?:[Bb]e\s+sure|[Mm]ake\s+sure|[Rr]emember)\s+to\s+)?"
    r"(?P<task>[A-Z]?[a-z]+\s[^,.!?]{3,100})[:,]$"
)
_LEAD_IN_COMMAND_CHARS = 50
_HANDING_OVER = re.compile(
    r"^(?:run|type|enter|execute|use|try|do|see|note|check\s+out)\b|"
    # "Open the terminal and type:", "To get started, let's run …": where or when to type, no task
    r"^(?:open|launch|start|fire\s+up|go\s+to)\s+(?:a|the|your|a\s+new)\s+(?:terminal|shell|console|command\s+line|cli|"
    r"command\s+prompt|prompt)\b|^(?:get\s+started|begin|start|continue|proceed|start\s+off)$",
    re.I,
)


# "In order to check the current status …, you need to use the following command:", "To create a
# new branch, all you need to do is use the `git branch` command:": the purpose is the task.
_PURPOSE_LEAD_IN = re.compile(
    r"(?:^|[.!?]\s+)(?:in order\s+)?to\s+(?P<task>[a-z][^,:`]{3,80}?),\s+[^:]*?"
    r"\b(?:use|run|type|enter|execute)\b[^:]*:$",
    re.I,
)
# "To show the last N lines" (a call-out's title, a bold label) or "To follow logs in real time
# (like tail -f):" over its one command: the purpose alone is the task, with or without a colon.
_INFINITIVE_LEAD_IN = re.compile(r"^to\s+(?P<task>[a-z][^:`.!?]{3,100}?):?$", re.I)
_POINTING_TASK = re.compile(r"^(?:do|check|see|fix|achieve|verify)\s+(?:so|that|this|it)\b", re.I)
# "To disable these automatic upgrades:", "To run it:": the task is the paragraph's before it, which a
# card read alone does not have
_POINTING_BACK = re.compile(r"\b(?:these|those|this|them|it|such)\b", re.I)


def _one_line_of_text(block) -> str | None:
    """A paragraph's text, or a one-item list's: what may describe the code block after it."""
    if block.kind in ("paragraph", "label"):
        return block.text
    if block.kind == "list" and len(block.items) == 1 and not block.items[0].children:
        return block.items[0].text
    return None


def _lead_in_entry(block, following) -> tuple[str, list[str]] | None:
    """'Return the data under the image array:' then ```$ cat data.json | jq '.images[]'```: the task
    and its command. Only one command: several are a walkthrough, not one answer; a prompt ('$ ')
    tells the command from the output shown under it."""
    if following is None or following.kind != "code" or following.lang not in SHELL_LANGS:
        return None
    if (text := _one_line_of_text(block)) is None:
        return None
    flat = plain(text).strip()
    if (purpose := _PURPOSE_LEAD_IN.search(flat)) and not _POINTING_TASK.match(purpose["task"]):
        m = purpose  # "In order to list all branches, just run the following command:"
    elif purpose := _INFINITIVE_LEAD_IN.match(flat):
        m = purpose
    elif block.kind == "label":
        return None
    else:
        m = None if CODE_OPEN in text else _LEAD_IN_TASK.search(flat)
    if not m or _HANDING_OVER.match(m["task"]) or not can_be_verb(m["task"].split()[0].lower()):
        return None
    if _POINTING_BACK.search(m["task"]):
        return None  # "…, change them and add new ones:": what "them" are, the card does not say
    lines = [line.strip() for line in following.text.splitlines() if line.strip()]
    prompted = [line for line in lines if _PROMPT.match(line)]
    commands = [_PROMPT.sub("", line) for line in prompted] if prompted else lines
    if len(commands) != 1 or is_program(commands[0]) or commands[0].startswith("#"):
        return None
    if len(commands[0]) > _LEAD_IN_COMMAND_CHARS:
        return None  # a pipeline over the example's own data is no command to recall
    task = _STRANDED_PREPOSITION.sub("", m["task"].rstrip(" ,"))  # "Grant execute permission using:" hands over
    return task[:1].upper() + task[1:], commands


# "Grant execute permission using:", "To connect to GitHub use,": the words that hand over to the command
_STRANDED_PREPOSITION = re.compile(
    r",?\s+(?:using|with|by|via|through|in|from|as|use|run|type|by\s+(?:typing|running|entering|executing))$"
)


def _described_next(block, following) -> tuple[str, list[str]] | None:
    """A description above the command it describes, in either shape."""
    return _tldr_entry(block, following) or _lead_in_entry(block, following)


def _one_command(block) -> str | None:
    """The one command of a shell block ('$ ' prompts and comment lines aside), else None."""
    if block is None or block.kind != "code" or block.lang not in SHELL_LANGS or is_program(block.text):
        return None
    lines = [_PROMPT.sub("", line.strip()) for line in block.text.splitlines()]
    commands = [line for line in lines if line and not line.startswith("#") and line not in ("$", ">")]
    return commands[0] if len(commands) == 1 else None


# "**Alternatives:**" over more code blocks: other commands for the same task.
_ALTERNATIVES = re.compile(r"^(?:alternatives?|or|other ways?|also)\s*:?$", re.I)
_HEADING_COMMAND_CHARS = 80
_HANDS_OVER = re.compile(r"\b(?:the following|this|below)\s+command\s*:$|\b(?:run|use|type|execute)\s*:$", re.I)


def _heading_entry(section: Section) -> tuple[tuple[int, ...], str, list[str], list[str]] | None:
    """'## Show all tracked files' over ```git ls-files -t```, and nothing else but alternatives:
    the heading is the task, the one command its answer. (block ids, task, commands, alternatives)"""
    blocks = section.blocks
    # "A local connection can be done by the following command:" hands the heading's task over.
    opening = plain(blocks[0].text) if blocks and blocks[0].kind == "paragraph" else ""
    lead = 1 if len(blocks) > 1 and _HANDS_OVER.search(opening) else 0
    if lead and (purpose := _PURPOSE_LEAD_IN.search(opening)) and not _POINTING_TASK.match(purpose["task"]):
        return None  # "In order to check the current status of …, use:" says the task better than "Current status"
    if len(section.path) < 2 or len(blocks) <= lead or (command := _one_command(blocks[lead])) is None:
        return None
    if any(description for description, _ in _entries(blocks[lead].text)):
        return None  # the command's own comment describes it
    alternatives: list[str] = []
    for position, block in enumerate(blocks[lead + 1 :], 1):
        if block.kind == "label" and position == 1 and _ALTERNATIVES.match(strip_trailing(plain(block.text))):
            continue
        if position > 1 and (other := _one_command(block)) is not None:
            alternatives.append(other)
            continue
        return None
    task = plain(section.title).strip()
    if task.endswith("?") or len(command) > _HEADING_COMMAND_CHARS:
        return None
    if comment_kind(_task(task, [command])[0], [command]) not in ("action", "result"):
        return None
    return tuple(b.id for b in blocks), task, [command], alternatives


# "* True if file exists and is a directory." over ```[[ -d ${file} ]]```, again and again: a
# reference list pairs each description with the one command under it. Three pairs make the shape.
_MIN_PAIRS = 3
_PAIR_DESCRIPTION_WORDS = 30


def _pair_description(block) -> str | None:
    if (text := _one_line_of_text(block)) is None:
        return None
    flat = plain(text).strip()
    if (purpose := _INFINITIVE_LEAD_IN.match(flat)) and not _POINTING_BACK.search(purpose["task"]):
        flat = capitalise(purpose["task"])  # "To show the last N lines:" over its command
    if not flat or flat.endswith(":") or len(flat.split()) > _PAIR_DESCRIPTION_WORDS or len(sentences(flat)) > 2:
        return None
    if ADDRESSED.search(flat) or DEPENDENT_OPENING.match(flat):
        return None  # "Of course, you can redirect both …": a tutorial's prose over its example
    return flat


def _described_pairs(section: Section) -> dict[int, tuple[str, list[str]]]:
    """{description block id: (description, [command])} when the section pairs at least three
    and is mostly those pairs: a reference list, not a tutorial showing an example now and then."""
    blocks = section.blocks
    pairs = {}
    for block, following in itertools.pairwise(blocks):
        if (description := _pair_description(block)) and (command := _one_command(following)):
            pairs[block.id] = (description, [command])
    if len(pairs) < _MIN_PAIRS or 2 * len(pairs) < _PAIRED_SHARE * len(blocks):
        return {}
    return pairs


_PAIRED_SHARE = 0.6  # of the section's blocks, in description + command pairs


def _block_entries(section: Section):
    """Each described entry of the section: (block ids, description, commands, group, tool of
    the block). The tool is named only when every entry of the block runs it: in a block mixing
    `python hello.py > out.txt` and `diff <(ls) <(ls -r)` the lesson is the shell, not python."""
    group = section.title
    blocks = section.blocks
    if heading := _heading_entry(section):
        ids, task, commands, _ = heading
        yield ids, task, commands, section.path[-2], _tool(commands)
        return
    pairs = _described_pairs(section)
    for position, block in enumerate(blocks):
        if block.id in pairs:
            yield (block.id, blocks[position + 1].id), *pairs[block.id], group, _tool(pairs[block.id][1])
        elif block.kind == "label" and not (entry := _described_next(block, _after(blocks, position))):
            group = strip_trailing(plain(block.text))
        elif block.kind == "label":
            yield (block.id, blocks[position + 1].id), *entry, group, _tool(entry[1])  # "**To show the last N lines**"
        elif block.kind == "code" and block.lang in SHELL_LANGS:
            entries = [(d, c) for d, c in _entries(block.text) if d]
            tools = {_tool(c) for _, c in entries}
            tool = tools.pop() if len(tools) == 1 else None
            for description, commands in entries:
                yield (block.id,), description, commands, group, tool
        elif entry := _described_next(block, _after(blocks, position)):
            yield (block.id, blocks[position + 1].id), *entry, group, _tool(entry[1])
        elif block.kind in ("paragraph", "list"):
            # A tutorial's steps hand over their commands in prose (see `command_steps`).
            texts = [block.text] if block.kind == "paragraph" else [item.text for item in block.items]
            for task, command in filter(None, map(step_entry, texts)):
                yield (block.id,), task, [command], group, _tool([command])


def _after(blocks: list, position: int):
    return blocks[position + 1] if position + 1 < len(blocks) else None


def _same_task(description: str) -> str:
    """'Also push' and 'Push' ask the same thing: two commands answer it."""
    task = normalise(_task(description)[0])
    return normalise(re.sub(r"\b(?:also|alternatively|too|as well)\b", "", task))


# A variable the command reads: "${Fruits[0]}", "$count", "unset sounds[dog]", "count+=1".
_READ_VARIABLE = re.compile(
    r"\$\{[#!]?(?P<braced>[A-Za-z_]\w*)|\$(?P<bare>[A-Za-z_]\w*)|\bunset\s+(?P<unset>[A-Za-z_]\w*)"
    r"|^(?P<appended>[A-Za-z_]\w*)(?:\[[^\]]*\])?\+="
)


def _sample_variables(commands: list[str], task: str) -> list[str]:
    """The example's own variables a command reads ('Fruits' in echo "${Fruits[0]}", 'count' in
    count+=1), which the task does not name: the answer only makes sense with them. Capitals
    are the environment's or placeholders (RANDOM, IMAGE), which every reader knows or fills in."""
    named = set(re.findall(r"\w+", task))
    found = [
        name
        for command in commands
        for m in _READ_VARIABLE.finditer(command)
        if (name := next(g for g in m.groups() if g))
        and not name.isupper()
        and name not in named
        and name not in _set_here(command)
    ]
    return list(dict.fromkeys(found))


_LOOP_OR_READ = re.compile(r"\bfor\s+(?P<loop>[A-Za-z_]\w*)\s+in\b|\bread\s+(?:-\w+\s+)*(?P<read>[A-Za-z_]\w*)")
_ASSIGNED = re.compile(r"(?:^|[;&|(]\s*)(?P<name>[A-Za-z_]\w*)=(?P<value>[^;&|]*)")


def _set_here(command: str) -> set[str]:
    """Variables the command gives a value itself ('for i in …', 'read name', 'x=5; echo $x'),
    which need no context; 'Fruits=("${Fruits[@]}" …)' still reads the example's Fruits."""
    loops = {m["loop"] or m["read"] for m in _LOOP_OR_READ.finditer(command)}
    assigned = {m["name"] for m in _ASSIGNED.finditer(command) if not re.search(rf"\b{m['name']}\b", m["value"])}
    return loops | assigned


def _setup_line(section: Section, name: str) -> str | None:
    """The line of the section's shell code that declares `name` ('declare -i count'), which a
    command like 'count+=1' needs to do what its comment says."""
    declaration = re.compile(rf"^\s*(?:declare|typeset|local|readonly)\s+(?:-\w+\s+)*{re.escape(name)}\b")
    for block in section.blocks:
        if block.kind == "code" and block.lang in SHELL_LANGS:
            for line in block.text.splitlines():
                if declaration.match(line):
                    return _TRAILING_COMMENT.sub("", line).strip()
    return None


def _context(section: Section, commands: list[str], task: str) -> dict | None:
    """What the question must show for the command to answer it: the declarations it relies on
    ('after declare -i count'), else the example's variables by name ('with the array Fruits');
    None when there are more than two, which no question carries readably."""
    names = _sample_variables(commands, task)
    if not names:
        return {}
    if len(names) > 2:
        return None
    setups = [line for name in names if (line := _setup_line(section, name))]
    if len(setups) == len(names):
        return {"names": names, "phrase": f"after {' and '.join(setups)}"}
    code = [c for b in section.blocks if b.kind == "code" and b.lang in SHELL_LANGS for c in b.text.splitlines()]
    arrays = all(any(re.search(rf"\b{re.escape(n)}\[", c) for c in [*commands, *code]) for n in names)
    kind = ("array" if arrays else "variable") + ("s" if len(names) > 1 else "")
    return {"names": names, "phrase": f"with the {kind} {' and '.join(names)}"}


def extract(section: Section) -> list[Fact]:
    facts: list[Fact] = []
    entries = list(_block_entries(section))
    asked = [_same_task(description) for _, description, *_ in entries]
    heading = _heading_entry(section)
    alternatives = heading[3] if heading else []
    assigned = _assigned_names(section)
    for sources, description, commands, group, tool in entries:
        kind = _entry_kind(section, description, commands)
        if _shown_value(description) and len(commands) == 1:
            # "print(f'{2 * 7}')  # prints '14'": what the line gives is the thing to know, unless it
            # reads a variable the example set ("print(f'x is {x}')" after "x = 2").
            if any(re.search(rf"(?<![\w.]){re.escape(n)}(?!\w)", commands[0]) for n in assigned):
                continue
            kind = "value"
        if kind in SKIP_REASONS:
            continue
        context = _context(section, commands, _task(description, commands)[0])
        if context is None:
            continue
        fields = {
            "context": context,
            "description": description,
            "commands": commands,
            "group": group,
            "kind": kind,
            "tool": tool,
            # Several commands of the section answer "how do you push?": only the reverse is fair.
            "ambiguous": asked.count(_same_task(description)) > 1,
        }
        if alternatives:
            fields["alternatives"] = alternatives  # "**Alternatives:** git diff --staged" answers too
        cue = "\n".join(commands)
        facts.append(Fact(NAME, section.path, cue=cue, group=group, fields=fields, blocks=sources))
    if method := method_entry(section) or subcommand_entry(section):
        fields = {**method, "kind": "method", "description": method["task"], "commands": [method["call"]]}
        sources = tuple(b.id for b in section.blocks[:2] if b.kind in ("paragraph", "code"))
        facts.append(Fact(NAME, section.path, cue=method["call"], group=section.title, fields=fields, blocks=sources))
    elif way := recommended_entry(section):
        fields = {**way, "kind": "recommended", "description": way["question"], "commands": [way["answer"]]}
        sources = (section.blocks[0].id,)
        facts.append(Fact(NAME, section.path, cue=way["answer"], group=section.title, fields=fields, blocks=sources))
    return facts


# "prints '14'", "will print 'Hello John'", "returns 3": the value the line shows, in its comment.
_SHOWN_VALUE = re.compile(
    r"^(?:will\s+)?(?P<verb>prints?|returns?|outputs?|gives?|displays?|evaluates\s+to|yields?)\s+"
    r"(?P<value>'[^']*'|\"[^\"]*\"|-?\d[\d.,]*|true|false|none|null)\.?$",
    re.I,
)
_ASSIGNMENT_LINE = re.compile(r"^\s*(?P<name>[A-Za-z_]\w*)\s*(?::\s*[\w\[\], .]+)?\s*=(?!=)")


def _shown_value(description: str) -> re.Match | None:
    return _SHOWN_VALUE.match(description.strip())


def _assigned_names(section: Section) -> set[str]:
    """The names the section's code gives a value ('x = 2', "name: str = 'John'")."""
    return {
        m["name"]
        for block in section.blocks
        if block.kind == "code"
        for line in block.text.splitlines()
        if (m := _ASSIGNMENT_LINE.match(line))
    }


def _value_card(fact: Fact, tool: str | None) -> list[CardDraft]:
    """'In f-strings, what does print(f'{2 * 7}') print?' → '14'."""
    [command] = fact.fields["commands"]
    shown = _shown_value(fact.fields["description"])
    verb = verb_base(shown["verb"].split()[0].lower())
    verb = "give" if verb == "evaluate" else verb
    front = _naming_the_language(f"What does {command} {verb}?", tool or _tool([command]), topic_of(fact.section))
    common = {"note_key": fact.key, "section": fact.section_label}
    return [CardDraft(key=f"{fact.key}:value", kind="reverse", front=front, back=shown["value"], **common)]


# "True if file exists.", "Returns true if the numbers are equal": what makes a test hold.
_CONDITION = re.compile(
    r"^(?:returns?\s+|evaluates\s+to\s+|is\s+)?true\s+(?:if|when|whenever)\s+(?P<condition>.+)$", re.I
)


def _kind_of(description: str, commands: list[str]) -> str:
    """`comment_kind` of an entry; a numbered step over several commands is a walkthrough; a test
    described by when it is true is a condition."""
    if len(commands) > 1 and _STEP.match(description):
        return "step"
    if len(commands) == 1 and _CONDITION.match(strip_trailing(description)):
        return "condition"
    return comment_kind(_task(description, commands)[0], commands)


# "Create a busybox pod that runs 'ls /notexist'. Determine if there's an error …": an exercise sets
# the task, and the comments of its solution ("# get the exact names", "# follow the logs") are its
# steps, which lean on it.
_EXERCISE_WORDS = 8


def _exercise(section: Section) -> bool:
    title = section.title.strip()
    return len(title.split()) >= _EXERCISE_WORDS and instruction(title)


def _entry_kind(section: Section, description: str, commands: list[str]) -> str:
    kind = _kind_of(description, commands)
    return "exercise" if kind not in SKIP_REASONS and _exercise(section) else kind


def skipped_commands(section: Section) -> list[tuple[str, str]]:
    """Commands with no comment, or a comment that describes nothing (an output, a state, a
    label, a cross-reference): (the reason, the command)."""
    skipped = [
        ("command without a description", "\n".join(commands))
        for block in section.blocks
        if block.kind == "code" and block.lang in SHELL_LANGS
        for description, commands in _entries(block.text)
        if not description
    ]
    for _, description, commands, _, _ in _block_entries(section):
        kind = _entry_kind(section, description, commands)
        if kind in SKIP_REASONS:
            skipped.append((SKIP_REASONS[kind], "\n".join(commands)))
        elif _context(section, commands, _task(description, commands)[0]) is None:
            skipped.append((_TOO_MUCH_CONTEXT, "\n".join(commands)))
    return skipped


def _tool(commands: list[str]) -> str | None:
    """The program every command of the entry runs ('git', 'docker'), which names the card's topic."""
    tools = {c.split()[0] for c in commands if c.split()}
    tool = tools.pop() if len(tools) == 1 else None
    return tool if tool and re.fullmatch(r"[a-z][\w.-]{1,20}", tool) and tool not in _NOT_TOOLS else None


_NOT_TOOLS = {"sudo", "cd", "echo", "export", "cat", "ls", "env"}
_ASSIGNMENT = re.compile(r"^[A-Za-z_]\w*(?:\[[^\]]*\])?\+?=")


def _program(command: str) -> str:
    """What a command runs, by its first word ('docker', 'echo', 'unset'); an assignment
    ('Fruits=(…)', 'count+=1') is one kind whatever its variable."""
    if _ASSIGNMENT.match(command):
        return "="
    words = command.split()
    return words[0] if words else ""


_DASH_NOTE = re.compile(r"\s+[-–—]\s+[a-z][^-–—]*$")


def _asking(task: str, kind: str, tool: str | None, topic: str, context: dict | None = None) -> tuple[str, str]:
    """'How do you …?' and 'Which command would you use to …?' for an action, 'Which command
    gives the …?' for a result; both name the tool ('Using git, …'), else the topic, and the
    example's variables the command reads ('with the array Fruits, …')."""
    task = _DASH_NOTE.sub("", task)  # "checkout a repo - defaults to master branch": the note after the task
    action = _action(task) if kind == "action" else None
    names = (context or {}).get("names", [])
    action = _article_for_bare_object(action) if action else action
    if action and len(action.split()) == 1 and len(names) == 1:
        action = f"{action} {names[0]}"  # "increment" → "increment count": the object is the example's
    if action and (bare := _OBJECTLESS.match(action)) and (product := page_name()):
        action = f"{bare['verb']} {product} {action[bare.end('verb') :].strip()}"  # "install Fastify with npm"
    said_with = bool(tool and action and re.search(rf"\b(?:with|using|via)\s+{re.escape(tool)}\b", action))
    if action:
        how, which = f"how do you {action}?", f"which command would you use to {action}?"
    else:
        how = which = f"which command gives {_with_the(task)}?"
    if context:
        how, which = f"{context['phrase']}, {how}", f"{context['phrase']}, {which}"
    if said_with:
        return in_topic(topic, capitalise(how)), in_topic(topic, capitalise(which))  # "… install Fastify with npm?"
    if tool and zipf_frequency(tool.lower(), "en") >= 4.0:
        # "Using set, …" alone could be any set: an everyday word needs its topic ("In Bash, using set, …").
        return in_topic(topic, f"Using {tool}, {how}"), in_topic(topic, f"Using {tool}, {which}")
    if tool:
        return f"Using {tool}, {how}", f"Using {tool}, {which}"
    return in_topic(topic, capitalise(how)), in_topic(topic, capitalise(which))


# "install with npm": a verb whose object, the page's product, goes without saying
_OBJECTLESS = re.compile(
    r"^(?P<verb>install|uninstall|update|upgrade|start|run|build|deploy|set up)\s+(?=(?:with|using|via|from)\s)", re.I
)

_PREPOSITIONS = {"to", "from", "in", "into", "on", "with", "for", "of", "by", "as", "at", "upon", "without", "over"}


def _article_for_bare_object(action: str) -> str:
    """'start development server' → 'start a development server', 'return last element' → 'return
    the last element', 'return and removes last element' → 'return and remove the last element',
    'switch to working branch' → 'switch to a working branch': a cheatsheet's clipped comment, read
    in a full question. An object with a determiner, a plural, a number, code or a mass noun
    ('format code', 'install software') stays as written."""
    verb, rest = _verbs_and_rest(action)
    if not rest:
        return action
    with_object = _with_article_on_phrase(rest)
    if with_object != rest:
        return f"{verb} {with_object}"
    # "switch to working branch": the verb's object comes after "to".
    if rest.startswith("to ") and (with_object := _with_article_on_phrase(rest[3:])) != rest[3:]:
        return f"{verb} to {with_object}"
    return action


def _verbs_and_rest(action: str) -> tuple[str, str]:
    """'return and removes last element' → ('return and remove', 'last element'): a second verb
    joined by 'and' takes the base form of the first."""
    words = action.split(" ")
    if len(words) >= 4 and words[1] in ("and", "or") and words[2].isalpha() and can_be_verb(words[2]):
        base = verb_base(words[2])
        if base != words[2] and words[2].endswith("s") and base[:1] == words[2][:1]:
            return " ".join([words[0], words[1], base]), " ".join(words[3:])
        if base == words[2]:
            return " ".join(words[:3]), " ".join(words[3:])
    return words[0], " ".join(words[1:])


# "last element", "first line", "next page": one of a kind, so "the".
_DEFINITE_MODIFIERS = {
    "last", "first", "next", "previous", "second", "third", "nth", "same", "current", "latest", "top", "bottom",
    "final", "only", "whole", "entire",
}  # fmt: skip


def _with_article_on_phrase(rest: str) -> str:
    """A bare singular countable noun phrase opening `rest` with its article; `rest` as written
    when it has one, or is plural, code, a mass noun, or more than three words before a preposition."""
    phrase = []
    for word in rest.split():
        if word.lower() in _PREPOSITIONS or not (word.isalpha() and word.islower()):
            break
        phrase.append(word)
    if not phrase or len(phrase) > 3 or phrase[0] in _DETERMINER_OPENING | _DETERMINERS:
        return rest
    if phrase[0] in _DEFINITE_MODIFIERS and len(phrase) > 1:
        # "show only kernel messages", "show only commit message & ref": "only" right after the verb
        # is an adverb, saying which
        return rest if phrase[0] == "only" else f"the {rest}"
    head = phrase[-1]
    if is_plural(head) or "NOUN" not in _pos(head) or head.endswith("ing") or not is_countable(head):
        return rest
    return with_article(rest)


def _with_the(result: str) -> str:
    """'number of elements' → 'the number of elements', 'last element' → 'the last element';
    'all values', 'element #0' and plurals as written."""
    words = result.split()
    first = words[0].lower()
    if first in _DETERMINER_OPENING or re.match(r"\d", first):
        return result
    of_phrase = "of" in [w.lower() for w in words[1:3]]
    modifier = "ADJ" in _pos(first) and len(words) > 1
    named = words[1:2] and words[1].startswith("(") and "NOUN" in _pos(first)  # "range (from 3, length 2)"
    return f"the {result}" if of_phrase or modifier or named else result


_JOINED_VERBS = {"checkout", "setup", "login", "logout", "backup", "cleanup", "signup", "shutdown", "startup"}


def _action(task: str) -> str | None:
    """The task as a verb phrase. A cheatsheet comment is an instruction, so a first word the
    lexicon does not know ('Unstage a file') is its verb when an article or pronoun follows."""
    if action := imperative(task):
        return action
    first, _, rest = task.partition(" ")
    unknown = first.isalpha() and first.islower() and not is_english(first)
    # "checkout a repo", "setup the project": a phrasal verb written as one word, the noun's spelling
    joined = first.lower() in _JOINED_VERBS
    if (unknown or joined) and rest.split(" ", 1)[0].lower() in _DETERMINERS:
        return f"{first.lower()} {rest}" if joined else task
    return None


_DETERMINERS = {"a", "an", "the", "all", "every", "each", "your", "its", "their", "this", "that", "these", "those"}


@lru_cache(maxsize=8192)
def _content(task: str) -> frozenset[str]:
    # Cached, as `_stem` and `_words_of`: each entry is compared with up to 40 siblings.
    return frozenset(_stem(w) for w in re.findall(r"[a-z]+", task.lower()) if w not in _FUNCTION_WORDS)


@lru_cache(maxsize=8192)
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


_LITERAL = re.compile(r"^@?[a-z][\w@/.-]*$")


def _example_choices(commands: list[str], task: str) -> bool:
    """'npm install --save-dev vite prettier eslint' for 'install modern development tools': three
    or more names the lesson chose, which the task does not say, so no one could give this answer
    from the question; what the command does is still asked."""
    said = _content(task)
    chosen = [
        word
        for command in commands
        for word in command.split()[2:]
        if _LITERAL.match(word) and _stem(word) not in said and word not in said
    ]
    return len(chosen) >= 3


@lru_cache(maxsize=8192)
def _words_of(command: str) -> frozenset[str]:
    """The literal words of a command, without placeholders: 'docker run -d IMAGE' → docker, run, -d."""
    return frozenset(w for w in command.split() if not re.fullmatch(r"[\[<]?[A-Z_:\]>]+", w) and not w.startswith("["))


def _may_also_do(other: Fact, commands: list[str], task: str) -> bool:
    """A command described like this one, or this command with more options ("docker run -d IMAGE"
    for "start a new container"), may also do the job: no fair distractor."""
    theirs = _task_of(other.fields["description"])
    ours = normalise(task)
    if fuzz.ratio(theirs, ours) >= 80 or ours in theirs or theirs in ours:
        return True
    # "delete stopped containers" also deletes a container: every word of our task is in theirs.
    if _content(ours) and _content(ours) <= _content(theirs):
        return True
    mine = [_words_of(c) for c in commands]
    return any(len(m) >= 2 and m <= _words_of(c) for m in mine for c in other.fields["commands"])


# "the Nth element", "the i-th item": an index the comment names by a letter.
_LETTER_INDEX = re.compile(r"\b(?P<letter>[a-zA-Z])-?th\b")


def _unshown_index(description: str, commands: list[str]) -> bool:
    """'echo "${#Fruits[3]}"  # String length of the Nth element': the comment speaks of N, the
    command of 3, so neither direction has one fair answer."""
    letters = {m["letter"] for m in _LETTER_INDEX.finditer(description)}
    return any(not re.search(rf"(?<![\w$]){letter}(?!\w)", " ".join(commands)) for letter in letters)


# "Read from file", "Remove by regex match": a comment that names where from or by what, but
# not what the command reads or removes; as an answer it says almost nothing.
_SOURCE_OR_MEANS = {"from", "by", "via", "into", "with", "using"}


def _clipped(task: str) -> bool:
    words = task.split()
    return 2 <= len(words) <= 4 and can_be_verb(words[0]) and words[1].lower() in _SOURCE_OR_MEANS


def _respelled(task: str, commands: list[str]) -> bool:
    """'set -o pipefail' → 'Unveils hidden failures', 'shopt -s nocaseglob' → 'Case insensitive
    globs': a short comment that spells the option's own name back says nothing the prompt does
    not, so only the command is asked for."""
    return any(echoes_label(command, task, whole_words=False) for command in commands)


# A number the example chose ('unset Fruits[2]', 'docker run -p 8080:80'): not 0 or 1, which are
# idioms (count+=1), nor a file descriptor (>&2, 2>/dev/null) or a positional parameter ($2).
_CHOSEN_NUMBER = re.compile(r"(?<![\w$&>-])(?:[2-9]|\d{2,})(?![\w>])")
# A quoted phrase the example chose ('cat "logfile"', 'echo "warning: too many users"').
_QUOTED_WORDS = re.compile(r"[\"'](?=[^\"']*[A-Za-z]{3})[^\"']*[\"']")
_EXPANSION = re.compile(r"\$\{[^}]*\}|\$\(\([^)]*\)\)|\$[\w?#@*!$-]")


def _example_literal(commands: list[str], task: str) -> bool:
    """'Remove one item' → 'unset Fruits[2]', 'Read from file' → 'lines=(`cat "logfile"`)': the
    answer holds a value the example chose and the question does not show, so no one could give
    it as written; what the command does is still asked, with the value in view."""
    shown = re.search(r"\d", task) or re.search(r"[\"'“]", task)
    # "${Fruits[0]}" in quotes is syntax, not a phrase the example chose.
    chosen = any(_CHOSEN_NUMBER.search(c) or _QUOTED_WORDS.search(_EXPANSION.sub("", c)) for c in commands)
    return chosen and not shown


def render(fact: Fact, siblings: list[Fact], index: int) -> list[CardDraft]:
    """The command for the task, asked outright and, when three honest distractors exist, as a
    multiple choice among commands of the same tool; what the command does, unless its own words
    say so. A statement ("Non-matching globs are removed") or a task that another command of the
    section also answers is asked only from the command. No true/false: 'to X, you run: Y' is a
    multiple choice question with one option, and a true one repeats the forward card."""
    f = fact.fields
    if f.get("kind") == "method":
        return method_cards(fact)
    if f.get("kind") == "recommended":
        return recommended_cards(fact)
    description, commands = f["description"], f["commands"]
    if _unshown_index(description, commands):
        return []
    kind = f.get("kind", "action")
    command = "\n".join(commands)
    task, detail = _task(description, commands)
    tool = f.get("tool", _tool(commands))
    if kind == "value":
        return _value_card(fact, tool)
    if kind == "condition":
        return _condition_cards(fact, siblings)
    common = {"note_key": fact.key, "section": fact.section_label}
    cards = []
    asks_command = (
        kind in ("action", "result")
        and not f.get("ambiguous")
        and not _example_choices(commands, task)
        and not _example_literal(commands, task)
    )
    context = f.get("context") or {}
    how, which = _asking(task, kind, tool, topic_of(fact.section), context)
    if also := f.get("alternatives"):
        detail = " ".join(filter(None, [detail, f"Also: {', '.join(also)}."]))
    if asks_command:
        cards.append(
            CardDraft(key=f"{fact.key}:basic", kind="basic", front=how, back=command, explanation=detail, **common)
        )
    if not spelled_out(task, commands) and not _clipped(task) and not _respelled(task, commands):
        verb = "give" if kind == "result" else "do"
        what = f"What does {command} {verb}?" if len(commands) == 1 else f"What do these commands {verb}?\n{command}"
        if context.get("phrase", "").startswith("after "):
            what = capitalise(f"{context['phrase']}, {what[:1].lower()}{what[1:]}")  # "After declare -i count, …"
        what = _naming_the_language(what, tool or _tool(commands), topic_of(fact.section))
        back = capitalise(strip_trailing(_USED_TO.sub("", _STEP.sub("", description))))
        # "Removing a Container" → "Remove a container"; "Container Resource Usage" → "Container resource usage"
        first, stop, rest = back.partition(". ")
        back = (
            capitalise(_small_where_written_small(_imperative_of_gerund(first[:1].lower() + first[1:]))) + stop + rest
        )
        cards.append(CardDraft(key=f"{fact.key}:reverse", kind="reverse", front=what, back=back, **common))
    if not asks_command:
        return cards
    # Distractors are single commands like the answer: "git diff\ngit diff --staged" gives itself away.
    others = [
        s
        for s in siblings
        if s.fields.get("kind") not in ("method", "recommended")
        and s.cue != fact.cue
        and len(s.fields["commands"]) == 1
        and not _may_also_do(s, commands, task)
    ]
    # Only commands of the answer's own program are options: one `unset` among three `echo`s, or
    # two `shopt`s under "Using shopt, …", stands out by its first word.
    # Nor a command that reads another example's variables ('echo "${Fruits[0]}"' among options
    # for printing a warning): it stands out as borrowed from elsewhere.
    own = set(_sample_variables(commands, ""))
    pool = [
        "\n".join(s.fields["commands"])
        for s in others
        if _program(s.fields["commands"][0]) == _program(command)
        and set(_sample_variables(s.fields["commands"], "")) <= own
    ]
    card = mcq(f"{fact.key}:mcq", which, command, pool, command=True, **common) if len(commands) == 1 else None
    if card and not _matched_by_word(task, command, card.choices):
        card.explanation = f"{command} — {strip_trailing(description)}."
        cards.append(card)
    return cards


def _condition_cards(fact: Fact, siblings: list[Fact]) -> list[CardDraft]:
    """'True if file exists and is a directory.' over `[[ -d ${file} ]]`: when the test holds, and
    which test holds when, among the section's other tests. A condition two tests share ('True if
    file exists.' of -a and -e) is asked only from the test."""
    command = fact.fields["commands"][0]
    condition = strip_trailing(_CONDITION.match(strip_trailing(fact.fields["description"]))["condition"])
    topic = topic_of(fact.section)
    common = {"note_key": fact.key, "section": fact.section_label}
    cards = [
        CardDraft(
            key=f"{fact.key}:reverse",
            kind="reverse",
            front=in_topic(topic, f"When is {command} true?"),
            back=f"If {condition}.",
            **common,
        )
    ]
    if fact.fields.get("ambiguous"):
        return cards
    which = in_topic(topic, f"Which expression is true if {condition}?")
    cards.append(CardDraft(key=f"{fact.key}:basic", kind="basic", front=which, back=command, **common))
    pool = [
        s.fields["commands"][0]
        for s in siblings
        if s.fields.get("kind") == "condition"
        and s.cue != fact.cue
        and s.fields["description"] != fact.fields["description"]
    ]
    if card := mcq(f"{fact.key}:mcq", which, command, pool, **common):
        card.explanation = f"{command} — true if {condition}."
        cards.append(card)
    return cards


def _naming_the_language(prompt: str, tool: str | None, topic: str) -> str:
    """'What does list[-1] do?' means something else in each language: without a program of its
    own ('docker …', 'git …') to say where it runs, the code is asked in its topic ('In Python
    (lists), …'). A program named by an everyday word ('set', 'test') still needs it."""
    if tool and zipf_frequency(tool.lower(), "en") < 4.0:
        return prompt
    return in_topic(topic, prompt)


def _matched_by_word(task: str, answer: str, choices: list[str]) -> bool:
    """Whether the answer is the one option that repeats a word of the question ('show mapped
    ports' → `docker port CONTAINER` among `docker rm`, `docker logs`): picked by matching, not
    known. The program's own name is shared by every option and does not count."""
    asked = _content(task)

    def shared(command: str) -> set[str]:
        literal = " ".join(_words_of(command) - {_program(command)})
        return {_stem(w) for w in re.findall(r"[a-z]+", literal.lower())} & asked

    if bool(shared(answer)) and not any(shared(c) for c in choices if c != answer):
        return True
    # "merge the specified branch into the current" over `git merge branchName` beside `git branch`:
    # the task's verb, which only the answer repeats, picks it however many nouns others share
    verb = {_stem(w) for w in re.findall(r"[a-z]+", task.split(" ", 1)[0].lower())}
    if verb and verb <= shared(answer) and not any(verb & shared(c) for c in choices if c != answer):
        return True
    # "display the current-context" over `kubectl config current-context`, "… to my-cluster-name":
    # a compound written the same in the question and only the right option
    others = " ".join(c for c in choices if c != answer)
    return any(
        re.search(rf"(?<![\w-]){re.escape(token)}(?![\w-])", task) and token not in others
        for token in _COMPOUND.findall(answer)
    )


_COMPOUND = re.compile(r"[A-Za-z][\w]*(?:[-.][\w]+)+")  # "current-context", "my-cluster-name", "json-pretty"


# ---------------------------------------------------------------------------------------------
# A section about one method or function: "## Clear Method" (or "## `list.append(x)`", "## The
# len() function"), then "This method enables us to remove all elements of a dictionary.", then
# ```dic = {'a': 1}\ndic.clear()```. The heading names it, the first sentence says what it does,
# the code shows it called, on a value whose type the example's literal shows.

_METHOD_HEADING = re.compile(
    r"^(?:the\s+)?(?:(?P<owner>[A-Za-z_]\w*)\.(?:prototype\.)?)?(?P<name>[A-Za-z_]\w*)(?P<parens>\([^()]*\))?"
    r"(?:\s+(?P<kind>method|function))?$",
    re.I,
)
# The type of the value the method is called on, from the literal the example assigns it.
_LITERAL_TYPES = {
    "Python": (
        (re.compile(r"^\{\s*(?:\}|[^{}]*:)"), "dict"),
        (re.compile(r"^\["), "list"),
        (re.compile(r"^[\"']"), "str"),
    ),
    "JavaScript": ((re.compile(r"^\["), "Array"), (re.compile(r"^[\"'`]"), "String")),
}
_TYPE_WORDS = {
    "dict": "dictionary",
    "list": "list",
    "str": "string",
    "set": "set",
    "Array": "array",
    "String": "string",
}
_LANGUAGES = {
    "py": "Python", "python": "Python", "python3": "Python", "pycon": "Python",
    "js": "JavaScript", "javascript": "JavaScript", "node": "JavaScript",
}  # fmt: skip
# "get the value", "have a list containing keys": what a method gives back, it returns.
_GIVING_VERBS = {"get", "have", "obtain", "return", "give"}
# "It returns None.": detail after the task; "If the key does not exist: insert it." qualifies it.
_QUALIFIER = re.compile(r"^(?:if|when|unless|otherwise|but|however|except)\b", re.I)


def method_entry(section: Section) -> dict | None:
    """{'call': 'dict.clear()', 'subject': 'dict.clear()', 'which': 'dictionary method', 'language':
    'Python', 'task': 'remove all elements of the dictionary', 'detail': '', 'qualified': False}
    of a section about one method, or None: a heading that names no method, a first paragraph that
    says no task ('Though a dictionary b can be copied …', 'use the following method:-'), a
    function the example defines itself, or a method called on a value of unknown type."""
    blocks = section.blocks
    if len(blocks) < 2 or blocks[0].kind != "paragraph" or blocks[1].kind != "code":
        return None
    if blocks[1].lang in SHELL_LANGS:
        return _command_entry(section)
    heading = _METHOD_HEADING.match(plain(section.title).strip())
    if not heading:
        return None
    language = _LANGUAGES.get((blocks[1].lang or "").lower())
    if not language or not (heading["parens"] or heading["kind"] or heading["owner"] in _TYPE_WORDS):
        return None
    name = _called(blocks[1].text, heading["name"])
    said = sentences(plain(blocks[0].text).strip())
    task = _purpose(said[0], heading["name"]) if said and name else None
    if not task:
        return None
    owner = heading["owner"] if heading["owner"] in _TYPE_WORDS else _receiver_type(blocks[1].text, name, language)
    if owner and owner not in _TYPES_OF[language]:
        return None  # "## Array.prototype.map()" over Python code: the heading is not about this code
    if owner and language == "Python" and not hasattr(_PYTHON_TYPES[owner], name):
        return None  # "x.count()" on a dict the example built: no such method, the lesson's own
    if owner:
        task = _the_receiver(task, _TYPE_WORDS[owner])
        word = _TYPE_WORDS[owner]
        call = f"{owner}.{name}()" if language == "Python" else f"{name}()"
        subject, which = (call if language == "Python" else f"the {word} method {call}"), f"{word} method"
    elif _plain_function(blocks[1].text, name, language) and (heading["kind"] or "").lower() != "method":
        call = subject = f"{name}()"
        which = "function"
    else:
        return None
    if _read_as_definition(section, blocks[0]):
        return None
    detail = [s for s in said[1:] if not _QUALIFIER.match(s)]
    qualifiers = [_conditional(s) for s in said[1:] if _QUALIFIER.match(s)]
    if None in qualifiers:
        return None
    fields = {"call": call, "subject": subject, "which": which, "language": language, "task": task}
    return {**fields, "detail": " ".join(detail), "qualifier": " ".join(qualifiers)}


# "## The chmod command", "## Touch Command", "## grep": a heading that names one shell command.
_COMMAND_HEADING = re.compile(r"^(?:the\s+)?(?P<name>[A-Za-z][\w-]*)(?:\s+(?P<kind>command))?$", re.I)


def _command_entry(section: Section) -> dict | None:
    """'## The chmod command', 'This command is used to change the permissions of a file.', then
    ```chmod +x script.sh```: the command the heading names is the one every line of the block
    runs. A bare heading ('## grep') counts only when it is that program's own name, in lowercase."""
    heading = _COMMAND_HEADING.match(plain(section.title).strip())
    if not heading or (not heading["kind"] and not heading["name"].islower()):
        return None
    name = heading["name"].lower()
    lines = [_PROMPT.sub("", line.strip()) for line in section.blocks[1].text.splitlines()]
    runs = [line.split()[0] for line in lines if line and not line.startswith("#")]
    said = sentences(plain(section.blocks[0].text).strip())
    if not runs or any(run != name for run in runs) or not said or len(said) > 2:
        return None  # a block that runs other programs too shows a workflow, not the command
    if any(re.fullmatch(r"[a-z]+", [*line.split(), "", ""][1]) for line in lines if line and line[0] != "#"):
        return None  # "docker run IMAGE" under "## docker": the prose is about the subcommand
    task = _purpose(said[0], name)
    if not task or _read_as_definition(section, section.blocks[0]):
        return None
    fields = {"call": name, "subject": f"the {name} command", "which": "command", "language": "", "task": task}
    return {**fields, "detail": " ".join(said[1:]), "qualifier": ""}


# "## `pyenv local`" over "Sets a local application-specific Python version …": a command
# reference, a heading per subcommand and its first line what it does, with or without an example.
_SUBCOMMAND_HEADING = re.compile(r"^(?P<program>[a-z][\w.-]*)(?:\s+[a-z][\w-]*){1,2}$")
_EVERYDAY_PROGRAM = 4.0  # Zipf: "cargo", "poetry" are words too; a heading of words needs the code to run it


def subcommand_entry(section: Section) -> dict | None:
    """{'call': 'pyenv local', 'task': 'set a local application-specific Python version …', …} of a
    section headed by a program and its subcommand in small letters, whose first sentence says what
    it does as an API reference does ('Lists all available pyenv commands.'); None otherwise. A
    heading of everyday words ('getting started') names a program only when the code runs it."""
    heading = _SUBCOMMAND_HEADING.match(plain(section.title).strip())
    blocks = section.blocks
    if not heading or not blocks or blocks[0].kind != "paragraph":
        return None
    program = heading["program"]
    if zipf_frequency(program, "en") >= _EVERYDAY_PROGRAM:
        lines = [_PROMPT.sub("", line.strip()) for b in blocks if b.kind == "code" for line in b.text.splitlines()]
        if not any(line.split()[:1] == [program] for line in lines):
            return None
    call = plain(section.title).strip()
    said = sentences(plain(blocks[0].text).strip())
    task = _purpose(said[0], call) if said and re.match(r"^[A-Z][a-z]+s\s", said[0]) else None
    if not task or _read_as_definition(section, blocks[0]):
        return None
    detail = [s for s in said[1:] if not _QUALIFIER.match(s)]
    fields = {"call": call, "subject": call, "which": f"{program} command", "language": "", "task": task}
    return {**fields, "detail": " ".join(detail), "qualifier": ""}


def _read_as_definition(section: Section, paragraph) -> bool:
    """'The len() function returns the number of items' is a definition of 'the len() function'
    too: that reading asks it already, and a second card on one sentence repeats it."""
    from quizzes.generation.extractors import definitions

    return any(paragraph.id in fact.blocks for fact in definitions.extract(section))


def _conditional(sentence: str) -> str | None:
    """'If the key does not exist: insert the key, with the specified value.:-' → 'If the key does
    not exist, inserts the key, with the specified value.': the method's second case, said of it."""
    sentence = re.sub(r"[\s:.-]+$", "", sentence.strip())
    m = re.match(r"^(?P<case>(?:if|when|unless)\s[^:,]+)[:,]\s*(?P<task>\w+\s.+)$", sentence, re.I)
    if not m:
        return None
    task = _base_form(m["task"])
    return f"{m['case']}, {_third_person(task)[:1].lower()}{_third_person(task)[1:]}." if task else None


def _called(code: str, name: str) -> str | None:
    """The method's name as the code spells it ('forEach' for a heading 'Foreach Method'), when the
    code calls it and does not define it ('def greet(' is the lesson's own function)."""
    call = re.search(rf"(?<![\w$])(?:\.\s*)?(?P<name>{re.escape(name)})\s*\(", code, re.I)
    if not call:
        return None
    defined = re.search(
        rf"\b(?:def|function|class)\s+{re.escape(call['name'])}\b|\b{re.escape(call['name'])}\s*=", code
    )
    return None if defined else call["name"]


def _the_receiver(task: str, noun: str) -> str:
    """'remove all elements of a dictionary', 'a list of all values of dictionary', 'keys of a
    specified dictionary' → '… of the dictionary': the value the method is called on is one, known
    one; and 'insert specified item' → 'insert the specified item'. 'creates a new array with …'
    and 'for each array element' speak of other values and stay."""
    receiver = rf"\b(?P<prep>of|to|from|in|into)\s+(?:(?:a|an|the)\s+)?(?:(?:specified|given)\s+)?{noun}\b"
    task = re.sub(receiver + r"(?=\s*(?:[,.;]|$|\s(?:with|and|by|using)\b))", rf"\g<prep> the {noun}", task)
    return re.sub(r"(?<!\bthe )\bspecified\b", "the specified", task)


def _purpose(sentence: str, name: str) -> str | None:
    """The task a sentence says the method does, in its common wordings: 'This method enables use
    to remove all elements of a dictionary.' → 'remove all elements of a dictionary'; 'The append()
    method adds an item' → 'add an item'; 'This method is used to get …'; 'If we want to get the
    value of a specific key, then use the following method:-' → 'get the value of a specific key'."""
    sentence = re.sub(r"\s+(,|\.(?!\w))", r"\1", sentence.strip())  # not "a .python-version file"
    sentence = re.sub(r"[\s:.-]+$", "", sentence)
    subject = (
        r"^(?:(?:this|the|that)\s+(?:\S+\s+)?(?:method|function|command)"
        rf"|(?:the\s+)?\S*{re.escape(name)}(?:\(\))?(?:\s+(?:method|function|command))?)\s+"
    )
    wordings = (
        subject + r"(?:enables|allows|lets|helps)\s+(?:us|use|you|one)\s+(?:to\s+)?(?P<task>[a-z].+)$",
        subject + r"(?:is|can\s+be)\s+used\s+to\s+(?P<task>[a-z].+)$",
        subject + r"(?P<task>[a-z]+s\s.+)$",
        # An API reference's own line under the method's heading: "Returns a copy of the string …".
        r"^(?P<task>[A-Z][a-z]+s\s(?!(?:are|is|can|have|were)\b).+)$",
        r"^(?:if|when)\s+(?:we|you)\s+(?:ever\s+)?want\s+(?:to\s+)?(?P<task>[a-z][^:]+?)\s*,\s*"
        r"(?:then\s+)?use\s+(?:the\s+)?following\s+(?:method|function|command)$",
    )
    for i, wording in enumerate(wordings):
        if m := re.match(wording, sentence, re.I):
            # Only "This method VERBs …" could be a claim ("This method is very useful").
            return _base_form(re.sub(r",(?=\S)", ", ", m["task"].strip()), claim=i in (2, 3))
    return None


# "is", "has", "does": a claim about the method ("This method is very useful"), not its task; so
# is its signature ("This method takes two arguments"), its workings ("uses a hash table") or a
# side effect many methods share ("modifies the original list").
_NOT_TASKS = {
    "be", "have", "do", "can", "will", "may", "must", "should", "take", "accept", "require", "expect",
    "need", "work", "exist", "belong", "come", "look", "use", "modify", "mutate", "alter", "mean", "seem",
}  # fmt: skip


def _base_form(task: str, *, claim: bool = False) -> str | None:
    """'removes all elements' → 'remove all elements'; None when the first word is no verb."""
    first, _, rest = task.partition(" ")
    base = verb_base(first.lower())
    if not can_be_verb(first) or not rest or (claim and base in _NOT_TASKS):
        return None
    # "remove the last inserted key value pair directly": how the author felt about it, not the task.
    rest = re.sub(r"\s+(?:directly|easily|quickly|simply|instantly|at once)$", "", rest)
    return f"{base} {rest}"


def _receiver_type(code: str, name: str, language: str) -> str | None:
    """'a = {'a': 1}' then 'a.get('a')' → 'dict'; 'dict.fromkeys(k, v)' → 'dict': the type the call
    belongs to, which the card names so that 'get()' is not any get."""
    literal = r"'[^'\n]*'|\"[^\"\n]*\"|\[[^\]\n]*\]|\{[^}\n]*\}"
    call = re.search(rf"(?:(?<![\w.])(?P<receiver>[A-Za-z_$][\w$]*)|(?P<literal>{literal}))\.{re.escape(name)}\(", code)
    if not call:
        return None
    if call["literal"]:  # "'hello'.upper()": the literal shows its type itself
        return next((kind for shape, kind in _LITERAL_TYPES[language] if shape.match(call["literal"])), None)
    receiver = call["receiver"]
    if receiver in _TYPE_WORDS and language == "Python":
        return receiver
    declared = r"(?:(?:const|let|var)\s+)?"
    assigned = re.search(rf"^\s*(?:>>>\s*)?{declared}{re.escape(receiver)}\s*=\s*(?P<value>\S.*)$", code, re.M)
    if not assigned:
        return None
    return next((kind for literal, kind in _LITERAL_TYPES[language] if literal.match(assigned["value"])), None)


_PYTHON_TYPES = {"dict": dict, "list": list, "str": str, "set": set}
_TYPES_OF = {"Python": set(_PYTHON_TYPES), "JavaScript": {"Array", "String"}}
# The language's own functions: 'render()' called bare could be the lesson's, defined elsewhere.
_BUILT_INS = {
    "Python": set(dir(builtins)),
    "JavaScript": {
        "parseInt", "parseFloat", "isNaN", "isFinite", "setTimeout", "setInterval", "clearTimeout",
        "clearInterval", "encodeURIComponent", "decodeURIComponent", "encodeURI", "decodeURI", "fetch",
        "alert", "prompt", "confirm", "require", "structuredClone", "queueMicrotask",
    },
}  # fmt: skip


def _plain_function(code: str, name: str, language: str) -> bool:
    """'len(fruits)' called bare, not 'obj.len()' nor a name the code imports ('from x import len'),
    and one of the language's own functions."""
    if name not in _BUILT_INS[language]:
        return False
    bare = re.search(rf"(?<![\w.$]){re.escape(name)}\s*\(", code)
    return bool(bare) and not re.search(rf"\bimport\b[^\n]*\b{re.escape(name)}\b", code)


def _third_person(task: str) -> str:
    """'remove all elements' → 'Removes all elements'; 'get the value' → 'Returns the value'."""
    verb, _, rest = task.partition(" ")
    verb = "return" if verb in _GIVING_VERBS else verb
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        verb += "es"
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        verb = verb[:-1] + "ies"
    else:
        verb += "s"
    return capitalise(f"{verb} {rest}")


def method_cards(fact: Fact) -> list[CardDraft]:
    """'In Python, what does dict.clear() do?' → 'Removes all elements of the dictionary.' and 'In
    Python, which dictionary method removes all elements of the dictionary?' → 'dict.clear()'. A
    qualified task ('Returns the value of the key. If the key does not exist: insert it.') is
    asked only one way: its first clause alone would name another method too (get); so is a
    task that says the method's name ('returns a list containing keys' → keys())."""
    f = fact.fields
    does = _third_person(f["task"])
    common = {"note_key": fact.key, "section": fact.section_label}
    call = f["call"]
    back = " ".join([f"{does}.", f["qualifier"]]).strip()

    def asked(prompt: str) -> str:
        # "the touch command", "which command": a shell command says what it is itself, where a
        # method's name ('get()') needs its language.
        return f"In {f['language']}, {prompt[:1].lower()}{prompt[1:]}" if f["language"] else prompt

    cards = [
        CardDraft(
            key=f"{fact.key}:reverse",
            kind="reverse",
            front=asked(f"What does {f['subject']} do?"),
            back=back,
            explanation=f["detail"],
            **common,
        )
    ]
    # "Which string method splits the string …?" → split(): the question says the answer.
    gives_away = _stem(f["call"].split(".")[-1].rstrip("()").lower()) in _content(does)
    if not f["qualifier"] and not gives_away:
        which = asked(f"Which {f['which']} {does[:1].lower()}{does[1:]}?")
        cards.append(CardDraft(key=f"{fact.key}:basic", kind="basic", front=which, back=call, **common))
    return cards


# ---------------------------------------------------------------------------------------------
# A section about one way of doing something in code, whose prose says when it is the one to use:
# "## Formatted String Literals or f-strings" — "If your are using Python 3.6+, string f-strings
# are the recommended way to format strings." — then a code block. The heading names the way.

_RECOMMENDED_WAY = re.compile(
    r"^(?:if\s+(?:you|your)(?:'re|\s+are)\s+using\s+(?P<condition>[^,]+),\s*)?(?P<subject>[^,]+?)\s+(?:is|are)\s+"
    r"the\s+(?P<adjective>recommended|preferred)\s+way\s+to\s+(?P<task>[a-z][^,;]+)$",
    re.I,
)
_RECOMMENDED_WHEN = re.compile(
    r"\bit\s+is\s+(?P<adjective>recommended|preferred)\s+(?P<case>when\s+[a-z][^,;]+)$", re.I
)
_HEADING_ALTERNATIVES = re.compile(r"\s+or\s+|\s*/\s*|,\s*")


def recommended_entry(section: Section) -> dict | None:
    """{'question': 'In Python 3.6+, what is the recommended way to format strings?', 'answer':
    'f-strings (formatted string literals)', 'detail': …} of a section whose first paragraph says
    when the way its heading names is the one to use, or None. The paragraph must name the heading's
    way itself ('string f-strings are …', '… template strings are a safer choice'): an 'it' alone
    might be anything the section spoke of before."""
    blocks = section.blocks
    if len(section.path) < 2 or len(blocks) < 2 or blocks[0].kind != "paragraph" or blocks[1].kind != "code":
        return None
    language = _LANGUAGES.get((blocks[1].lang or "").lower())
    names = [_as_written(n) for n in _HEADING_ALTERNATIVES.split(plain(section.title).strip()) if n]
    said = sentences(plain(blocks[0].text).strip())
    if not language or not said or not names or any(len(n.split()) > 4 for n in names):
        return None
    paragraph = plain(blocks[0].text).lower()
    named = [n for n in names if re.search(rf"(?<![\w-]){re.escape(n.lower())}(?![\w-])", paragraph)]
    if not named:
        return None
    answer = named[0] + (f" ({', '.join(n.lower() for n in names if n not in named[:1])})" if len(names) > 1 else "")
    first = re.sub(r"[\s:.]+$", "", said[0])
    if (m := _RECOMMENDED_WAY.match(first)) and named[0].lower() in m["subject"].lower():
        place = m["condition"] if m["condition"] and language in m["condition"] else language
        question = f"In {place}, what is the {m['adjective'].lower()} way to {m['task']}?"
    elif m := _RECOMMENDED_WHEN.search(first):
        topic = plain(section.path[0]).strip()
        place = topic if language.lower() in topic.lower() else f"{language} {topic.lower()}"
        question = f"In {place}, what is {m['adjective'].lower()} {m['case']}?"
    else:
        return None
    return {"question": question, "answer": answer, "detail": " ".join(said[1:])}


def _as_written(heading_part: str) -> str:
    """'Formatted String Literals' → 'formatted string literals', 'Template Strings' → 'Template
    strings': a heading's capitals are its style, except a leading name ('f-strings' stays)."""
    words = heading_part.split()
    return " ".join([words[0], *(w.lower() if w[:1].isupper() and w[1:].islower() else w for w in words[1:])])


def recommended_cards(fact: Fact) -> list[CardDraft]:
    f = fact.fields
    common = {"note_key": fact.key, "section": fact.section_label}
    return [
        CardDraft(
            key=f"{fact.key}:basic",
            kind="basic",
            front=f["question"],
            back=f["answer"],
            explanation=f["detail"],
            **common,
        )
    ]
