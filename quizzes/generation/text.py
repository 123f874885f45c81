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
MARKERS = EM_OPEN + EM_CLOSE + CODE_OPEN + CODE_CLOSE

_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"\s+")
# A sentence ends at . ! ? followed by space and a capital, a quote or a marker,
# but not after common abbreviations ("e.g. Docker").
_SENTENCE_END = re.compile(
    r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\betc\.)(?<!\bvs\.)(?<=[.!?])\s+(?=[A-Z\"'(" + MARKERS + "])"
)

STARS = "⭐★"


def sanitize(markdown: str) -> str:
    """Drop characters that would collide with our markers or upset a database."""
    return _CONTROL.sub("", _PRIVATE_USE.sub("", markdown.replace("\r\n", "\n")))


_DROP_MARKERS = {ord(c): None for c in MARKERS}


def plain(marked: str) -> str:
    """Marked inline text → clean plain text."""
    return _SPACES.sub(" ", marked.translate(_DROP_MARKERS)).strip()


def sentences(marked: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(marked) if s.strip()]


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


def contains_word(haystack: str, needle: str) -> bool:
    if not needle.strip():
        return False
    return word_pattern(needle.strip()).search(haystack) is not None


def mask(text: str, term: str, placeholder: str = "_____") -> str:
    """Hide every whole-word occurrence of `term` in `text`; an acronym or a camelCase name only
    as written, so hiding "AND" leaves the word "and" alone."""
    term = term.strip()
    if not term:
        return text
    if any(c.isupper() for c in term[1:]):
        return re.sub(rf"(?<!\w){re.escape(term)}(?!\w)", placeholder, text)
    return word_pattern(term).sub(placeholder, text)
