"""Sections of a lesson that frame the learning instead of stating what is learned: exercises,
quizzes, further reading, references. Their prose ("Try building …", "Read more about …",
"Many governments have laws about …") makes cards a teacher drops, so only an author's own
cards are read there (`Q::A` still works in an "Exercises" section) and every other block is
reported with the reason.

A heading names such a section by its words, not by its place: "Review & Self Study",
"🚀 Challenge", "Assignment", "Further reading", "References". A quiz heading covers only its
own blocks: lesson authors often open the lesson's introduction right under it.
"""

import re

_DECORATION = re.compile(r"[^\w\s&:'-]")
_WHOLE = re.compile(
    r"^(?:"
    r"(?:review\s*(?:&|and)\s*)?self[- ]study|review\s*(?:&|and)\s*(?:further\s+)?(?:reading|practice)|"
    r"(?:additional\s+|bonus\s+|extra\s+|optional\s+)?challenge|.*\bchallenge|"
    r"assignments?|homework|exercises?|practice exercises?|"
    r"further reading|(?:additional\s+|further\s+|useful\s+|more\s+|learning\s+)?resources|"
    r"see also|references?|bibliography|sources|credits?|acknowledge?ments?|licen[cs]e|(?:useful\s+)?links"
    r")(?:\s*:.*)?$",
    re.I,
)
_OWN_BLOCKS = re.compile(r"^(?:(?:pre|post)[- ]?lecture\s+)?quiz(?:zes)?$|^knowledge check$", re.I)

REASON = "exercise, quiz or further-reading section (only author cards are read there)"


def _words(title: str) -> str:
    return re.sub(r"\s+", " ", _DECORATION.sub(" ", title)).strip()


def frames_learning(path: tuple[str, ...]) -> bool:
    """True when the section at `path`, or a section it is part of, frames the lesson."""
    if path and _OWN_BLOCKS.match(_words(path[-1])):
        return True
    return any(_WHOLE.match(_words(title)) for title in path)
