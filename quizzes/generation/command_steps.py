"""A tutorial's step that hands over the command to type: a described command outside a cheatsheet.

Two shapes, both common in lessons that walk the reader through a tool:

- a list item led by its task in bold, the command after it:
  "**Initialize a git repository**. In your project type: `git init`",
  "**Unstage all files** `git reset` This command helps us to unstage all files at once."
- a sentence that opens with its purpose and hands over the command:
  "To check if Git is already configured you can type: `git config --list`"

Only a one-line command counts, and only one the prose hands over (right after the label, after
a colon, "type", "run" or "the following command"); an inline mention ("Use the command `git
branch` to …") or the output shown after it is not the answer. A step whose own verb does
something else ("To work on the project, switch to the right folder: `cd ProjectURL`") describes
that verb, not its purpose, and is not read; nor is a label with no object ("Clean up").
"""

import re

from quizzes.generation.text import CODE_CLOSE, CODE_OPEN, EM_CLOSE, EM_OPEN, plain, sentences, strip_trailing

_CODE = re.compile(rf"{CODE_OPEN}(?P<code>[^{CODE_CLOSE}]*){CODE_CLOSE}")
# A program name, then its arguments: `git init`, `cd [name of your folder]`; not `index.html`,
# a statement of a program (`let x = 1`, `console.log(x)`), a bare word (`main`) or an output of
# several lines.
_COMMAND = re.compile(r"^[a-z][\w-]* (?!.* = )\S[^\n();]*$")
_HANDS_OVER = re.compile(
    r"(?::|\b(?:type|run|enter|execute)|\bthe following commands?|\blike so\s*:?|\bwith the command)\s*$", re.I
)
_BOLD_LABEL = re.compile(rf"^{EM_OPEN}(?P<label>[^{EM_CLOSE}{CODE_OPEN}]{{3,80}}){EM_CLOSE}\s*[.:–—-]?\s*")
_PURPOSE = re.compile(
    r"^To (?P<task>[a-z][^,:]{5,80}?),? (?:you (?:can|could|should|need to|will need to|'ll need to) )?"
    r"(?:just )?(?:type|run|enter|execute|use)\b",
)
_MOVING_ONLY = {"cd", "pushd", "popd"}
_PARTICLES = {"up", "down", "out", "off", "in", "on", "over", "away", "back", "through"}


def step_entry(text: str) -> tuple[str, str] | None:
    """(task, command) of one paragraph or list item, or None when it is no such step."""
    label = _BOLD_LABEL.match(text.strip())
    body = text.strip()[label.end() :] if label else text.strip()
    handed = [
        span
        for span in _CODE.finditer(body)
        if _COMMAND.match(span["code"].strip()) and _handed_over(plain(body[: span.start()]), labelled=bool(label))
    ]
    if len(handed) != 1:
        return None
    command = handed[0]["code"].strip()
    if command.split()[0] in _MOVING_ONLY:
        return None  # "cd [name of your folder]" is where the lesson happens, not what it teaches
    said = sentences(plain(body[: handed[0].start()]))
    if said and (purpose := _PURPOSE.match(said[-1])):
        task = purpose["task"].strip()
    elif label:
        task = strip_trailing(plain(label["label"]))
    else:
        return None
    verb, *rest = task.lower().split()
    if verb.endswith("ing") or not set(rest) - _PARTICLES:
        return None  # "Persisting your work" names a stage, not a task; "Clean up" has no object
    return task[:1].upper() + task[1:], command


def _handed_over(before: str, *, labelled: bool) -> bool:
    before = before.strip()
    return (labelled and not before) or bool(_HANDS_OVER.search(before))
