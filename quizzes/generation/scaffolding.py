"""Sections of a lesson that frame the learning instead of stating what is learned: exercises,
quizzes, further reading, references; and sections about the document itself (its licence,
copyright, authors, changelog), which state no fact of its subject. Their prose ("Try building …", "Read more about …",
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
    r"see also|references?|bibliography|sources|(?:useful\s+)?links"
    r")(?:\s*:.*)?$",
    re.I,
)
_OWN_BLOCKS = re.compile(r"^(?:(?:pre|post)[- ]?lecture\s+)?quiz(?:zes)?$|^knowledge check$", re.I)

# "COPYRIGHT", "License", "Authors & Contributors", "Changelog": who wrote the document, who may
# copy it, what changed in it. A man page's "MIT licence - Copyright (C) 2019 …" became a card.
_ABOUT_WORDS = (
    r"copyright|licen[cs](?:e|es|ing)|(?:about\s+the\s+)?authors?|contributors?|contributing|maintainers?|"
    r"credits?|acknowledge?ments?|change\s?log|release notes|(?:revision|version) history"
)
_ABOUT_THE_DOCUMENT = re.compile(rf"^(?:{_ABOUT_WORDS})(?:\s*(?:,|&|and)\s*(?:{_ABOUT_WORDS}))*(?:\s*:.*)?$", re.I)

REASON = "exercise, quiz or further-reading section (only author cards are read there)"
ABOUT_THE_DOCUMENT_REASON = (
    "section about the document itself (licence, copyright, authors, changelog): no fact of its subject"
)


def _words(title: str) -> str:
    return re.sub(r"\s+", " ", _DECORATION.sub(" ", title)).strip()


def frames_learning(path: tuple[str, ...], opening: str = "") -> bool:
    """True when the section at `path`, or a section it is part of, frames the lesson."""
    return bool(why_framing(path, opening))


def why_framing(path: tuple[str, ...], opening: str = "") -> str:
    """Why only author cards are read in the section at `path` (a reason for the report), or ''.
    `opening`: the section's first sentence, which may define its heading's word as a term."""
    titles = [_words(title) for title in path]
    if any(_ABOUT_THE_DOCUMENT.match(title) for title in titles):
        return ABOUT_THE_DOCUMENT_REASON
    if titles and _OWN_BLOCKS.match(titles[-1]):
        return REASON
    framing = [t for t in titles if _WHOLE.match(t)]
    if framing and not (framing == titles[-1:] and _defines(titles[-1], opening)):
        return REASON
    return ""


def _defines(title: str, opening: str) -> bool:
    """ "### Resources" over "Resources are AWS infrastructure components which …": a concept of
    the subject the heading names, not a list of further reading."""
    return bool(re.match(rf"^(?:the\s+)?{re.escape(title)}\s+(?:is|are)\s+(?:an?\s+|the\s+)?[a-z]", opening, re.I))
