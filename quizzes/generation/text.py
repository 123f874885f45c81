"""Text helpers shared by the parser, extractors and renderer.

Inline emphasis and code travel through the pipeline as private-use marker
characters: patterns can see "the emphasised term", and `plain()` drops them
for the stored card text.
"""

import re
import unicodedata
from functools import lru_cache

EM_OPEN, EM_CLOSE = "\ue000", "\ue001"
CODE_OPEN, CODE_CLOSE = "\ue002", "\ue003"
# `<br>` inside a table cell separates values; `plain()` turns it into a space.
LINE_BREAK = "\u2028"
MARKERS = EM_OPEN + EM_CLOSE + CODE_OPEN + CODE_CLOSE

_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"\s+")
STARS = "⭐★"


def sanitize(markdown: str) -> str:
    """Drop characters that would collide with our markers or upset a database."""
    return _CONTROL.sub("", _PRIVATE_USE.sub("", markdown.replace("\r\n", "\n")))


_DROP_MARKERS = {ord(c): None for c in MARKERS}


def plain(marked: str) -> str:
    """Marked inline text → clean plain text."""
    return _SPACES.sub(" ", marked.translate(_DROP_MARKERS)).strip()


_MAYBE_SEVERAL = re.compile(r"[.!?]\s")
# A stop is plain after an ordinary word ("… the tree. Then …"). After an initial, a number, a
# version or one of the segmenter's own abbreviations ("Robert C. Martin", "e.g. Docker",
# "Python 3.11. It", "Dr. Who") only the segmenter knows, so the text goes to it.
_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(" + EM_OPEN + CODE_OPEN + "])")
_WORD_BEFORE_STOP = re.compile(r"(\S+)\.(?=\s)")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    from pysbd.lang.english import English

    return frozenset(a.lower() for a in English.Abbreviation.ABBREVIATIONS) | {"e.g", "i.e", "etc", "vs", "cf"}


def _needs_segmenter(marked: str) -> bool:
    for m in _WORD_BEFORE_STOP.finditer(marked):
        word = m[1].lstrip("(\"'" + MARKERS).rstrip(MARKERS)
        if len(word) <= 1 or "." in word or any(c.isdigit() for c in word) or word.lower() in _abbreviations():
            return True
    return False


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd  # imported on first use: it compiles many patterns

    return pysbd.Segmenter(language="en", clean=False)


@lru_cache(maxsize=65536)
def _segment(marked: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in _segmenter().segment(marked) if s.strip())


def sentences(marked: str) -> list[str]:
    return list(_sentences(marked))


@lru_cache(maxsize=65536)
def _sentences(marked: str) -> tuple[str, ...]:
    """Sentences, split by pysbd, which knows abbreviations ("Robert C. Martin", "e.g.", "v3.11.2").

    Text with no full stop, question or exclamation mark followed by a space is one sentence, and
    text whose every full stop follows an ordinary word (no initial, number, version or known
    abbreviation) splits at its stops; those fast paths spare the segmenter (about 3 ms a call)
    the plain majority of paragraphs.
    """
    if not _MAYBE_SEVERAL.search(marked):
        return (marked.strip(),) if marked.strip() else ()
    if not _needs_segmenter(marked):
        return tuple(part.strip() for part in _BOUNDARY.split(marked) if part.strip())
    return _segment(marked)


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """A form for identity and comparison: case, accents, punctuation and spacing folded."""
    text = unicodedata.normalize("NFKD", plain(text)).encode("ascii", "ignore").decode()
    return _SPACES.sub(" ", re.sub(r"[^a-z0-9+#./<>\[\]:-]+", " ", text.lower())).strip()


def strip_trailing(text: str) -> str:
    return text.strip().rstrip(".;:,").strip()


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def star_count(text: str) -> int | None:
    """'⭐⭐⭐' → 3; anything that is not purely stars → None."""
    flat = plain(text).replace(" ", "").replace("\ufe0f", "")
    if flat and all(c in STARS for c in flat):
        return len(flat)
    return None


@lru_cache(maxsize=4096)
def word_pattern(word: str, joiners: str = "") -> re.Pattern:
    """A case-insensitive whole-word pattern, compiled once per word (large documents repeat them)."""
    edge = rf"[\w{re.escape(joiners)}]"
    return re.compile(rf"(?<!{edge}){re.escape(word)}(?!{edge})", re.I)


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def contains_word(haystack: str, needle: str) -> bool:
    """Whole-word, case-insensitive; a plain search, since compiling a pattern per term costs more
    than the search itself on a large document."""
    needle = needle.strip().lower()
    if not needle:
        return False
    text = haystack.lower()
    start = text.find(needle)
    while start != -1:
        end = start + len(needle)
        if not (start and _word_char(text[start - 1])) and not (end < len(text) and _word_char(text[end])):
            return True
        start = text.find(needle, start + 1)
    return False


def mask(text: str, term: str, placeholder: str = "_____") -> str:
    """Hide every whole-word occurrence of `term` in `text`, case-insensitively; an acronym or a
    camelCase name only as written, so hiding "AND" leaves the word "and" alone. A plain search,
    not a pattern per term (large documents mask thousands of terms)."""
    term = term.strip()
    if not term:
        return text
    as_written = any(c.isupper() for c in term[1:])
    needle = term if as_written else term.lower()
    haystack = text if as_written else text.lower()
    if len(haystack) != len(text):  # a character whose lower case is longer: fall back to a pattern
        return word_pattern(term).sub(placeholder, text)
    out, last, start = [], 0, haystack.find(needle)
    while start != -1:
        end = start + len(needle)
        if not (start and _word_char(haystack[start - 1])) and not (end < len(haystack) and _word_char(haystack[end])):
            out += [text[last:start], placeholder]
            last = end
            start = haystack.find(needle, end)
        else:
            start = haystack.find(needle, start + 1)
    return "".join(out) + text[last:]
