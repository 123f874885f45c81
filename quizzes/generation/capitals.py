"""Headings set in capitals ("OUR SOLAR SYSTEM", "JUPITER", "SOUND SPOTTING") written the way the
document's own sentences write their words, so a card says "In Jupiter" and "the solar system",
not "In JUPITER" and "the OUR SOLAR SYSTEM"."""

import re
from collections import Counter, defaultdict

from wordfreq import zipf_frequency

# A word after a small word or a comma: not a sentence's first word, whose capital says nothing.
_MID_SENTENCE = re.compile(r"(?<=[a-z0-9,;:(] )([A-Za-z][A-Za-z'’-]*)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# "direnv.toml", "package.json", "Node.js": a file's or a product's dotted name, written one way whole
_DOTTED = re.compile(r"[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+")
_DOTTED_OR_WORD = re.compile(f"{_DOTTED.pattern}|{_WORD.pattern}")
_SHOUTED_WORD = re.compile(r"\b[A-Z]{3,}\b")
# Capitals never seen in the prose: a short word is more likely an acronym ("ADR", "SQL").
_ACRONYM_LETTERS = 4
_EVERYDAY = 3.0  # Zipf: "planets", "spotting" are words; "printmaster", "eris" are names


def prose_cases(texts) -> dict[str, Counter]:
    """How the sentences write each word mid-sentence: 'jupiter' → {'Jupiter': 3}. A rare word seen
    only first in its sentence counts too ("Eris is …"): a name keeps its capital there as anywhere."""
    cases: dict[str, Counter] = defaultdict(Counter)
    openings: dict[str, Counter] = defaultdict(Counter)
    for text in texts:
        for word in _MID_SENTENCE.findall(text):
            cases[word.lower()][word] += 1
        for name in _DOTTED.findall(text):
            cases[name.lower()][name] += 1
        for word in _WORD.findall(text):
            if not word.isupper() and zipf_frequency(word.lower(), "en") < _EVERYDAY:
                openings[word.lower()][word] += 1
    for word, forms in openings.items():
        cases.setdefault(word, forms)
    return cases


def is_shouted(heading: str) -> bool:
    """All in capitals, with a word of three letters or more ("SUN", "OUR SOLAR SYSTEM"); an acronym
    ("CSS", "HTTP API") stays as it is, word by word, in `uncapped`."""
    return not any(c.islower() for c in heading) and bool(_SHOUTED_WORD.search(heading))


def code_words(texts) -> set[str]:
    """Words in capitals that the document's code uses: "SELECT", "ORDER", "BY" are keywords there."""
    return {word for text in texts for word in _WORD.findall(text) if word.isupper()}


def uncapped(heading: str, cases: dict[str, Counter], code: set[str] = frozenset()) -> str:
    """A heading in capitals in sentence case, each word as the prose writes it; a word the code
    writes in capitals ("ORDER BY") and a short one the prose never writes ("SQL") stay."""
    if not is_shouted(heading):
        return heading

    def written(match: re.Match) -> str:
        word = match[0]
        seen = cases.get(word.lower(), Counter())
        if word in code:
            return word
        if seen:
            return seen.most_common(1)[0][0]
        if "." in word:
            return _WORD.sub(written, word)  # a dotted name the prose never writes: word by word
        if len(word) <= _ACRONYM_LETTERS:
            return word
        return word.lower() if zipf_frequency(word.lower(), "en") >= _EVERYDAY else word.capitalize()

    # "DIRENV.TOML" as the prose writes it whole ("direnv.toml"), not word by word
    text = _DOTTED_OR_WORD.sub(written, heading)
    first = _WORD.search(text)
    if not first or ((opening := _DOTTED.match(heading)) and opening[0].lower() in cases):
        return text  # "direnv.toml" opening the heading is a file's name, its small letters its own
    return text[: first.start()] + text[first.start()].upper() + text[first.start() + 1 :]
