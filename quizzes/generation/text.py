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
# A month as dates write it ("March", "Jan.", "Sept"): for "March 8th 2017" and "Jan _____, 2017".
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# `<br>` inside a table cell separates values; `plain()` turns it into a space.
LINE_BREAK = "\u2028"
# "3.2 Components of Galvanic Cells", "4. Results": a heading's place in its document, no words of it.
OUTLINE_NUMBER = re.compile(r"^(?:\d+\.)+\d*\s+")
MARKERS = EM_OPEN + EM_CLOSE + CODE_OPEN + CODE_CLOSE

_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"\s+")
STARS = "⭐★"


def sanitize(markdown: str) -> str:
    """Drop characters that would collide with our markers or upset a database, and layout
    attribute lines ("{.marker-round}", "{: .note}") that would read as words of the text above."""
    text = _CONTROL.sub("", _PRIVATE_USE.sub("", markdown.replace("\r\n", "\n")))
    return _without_attribute_lines(text) if "{" in text else text


_ATTRIBUTE_LINE = re.compile(r"^\s{0,3}\{:?\s*[.#][\w.#:= -]*\}\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")


def _without_attribute_lines(text: str) -> str:
    """Kramdown's block attribute lines, outside code (where a line may be anything)."""
    kept, fence = [], ""
    for line in text.split("\n"):
        if m := _FENCE.match(line):
            fence = "" if fence and m[1] == fence else (fence or m[1])
        elif not fence and _ATTRIBUTE_LINE.match(line):
            continue
        kept.append(line)
    return "\n".join(kept)


_DROP_MARKERS = {ord(c): None for c in MARKERS}


# Bounded: a long-lived worker keeps at most this many paragraphs.
@lru_cache(maxsize=4096)
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

    known = frozenset(a.lower() for a in English.Abbreviation.ABBREVIATIONS)
    return known | {"e.g", "i.e", "ie", "eg", "etc", "vs", "cf"}


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


# "… are quite small. p56": a reading note's page reference, after the sentence it cites
_PAGE_CITED = re.compile(r"(?<=[.!?])\s+pp?\.?\s?\d+(?:\s?[/–-]\s?\d+)?$")


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
        return tuple(_PAGE_CITED.sub("", part.strip()) for part in _BOUNDARY.split(marked) if part.strip())
    return tuple(_PAGE_CITED.sub("", sentence) for sentence in _segment(marked))


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """A form for identity and comparison: case, accents, punctuation and spacing folded."""
    text = unicodedata.normalize("NFKD", plain(text)).encode("ascii", "ignore").decode()
    return _SPACES.sub(" ", re.sub(r"[^a-z0-9+#./<>\[\]:-]+", " ", text.lower())).strip()


# A quotation mark opening a sentence (or what follows its topic, "In GAAP, ") that nothing closes:
# '"Relevance refers to …' cut from a quotation that ends sentences later.
_UNCLOSED_QUOTE = re.compile(r'^((?:In [^,"“”]{1,60}, )?)["“](?=\w)')


def unquoted(text: str) -> str:
    quotes = text.count('"') + text.count("“") + text.count("”")
    return _UNCLOSED_QUOTE.sub(r"\1", text, count=1) if quotes % 2 else text


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


# Inline LaTeX ("$n$", "$A \times B$", "$95\%$"): a card shows text, not markup. Simple math is
# rendered as the reader would say it; math this small table cannot render gives no text at all,
# so a caller gives no card rather than one with raw "$\binom{n}{k}$" or a blank inside math.
# "$5 and $10" is money, not math: LaTeX content never opens or closes with a space.
# "\$2.15 per day (in 2017 international-\$)": an amount followed by words is money too.
_INLINE_MATH = re.compile(
    r"(?<![\\$\w])\$(?=\S)(?!\d[\d.,]*\s+[a-z])([^$\n`\ue000-\ue003]{1,200}?)(?<=\S)\$(?![\d$\w])"
)
_MATH_SYMBOLS = {
    "times": "×", "cdot": "·", "div": "÷", "pm": "±", "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥",
    "ne": "≠", "neq": "≠", "approx": "≈", "in": "∈", "notin": "∉", "subset": "⊂", "subseteq": "⊆",
    "supset": "⊃", "supseteq": "⊇", "cup": "∪", "cap": "∩", "setminus": "∖", "emptyset": "∅",
    "varnothing": "∅", "infty": "∞", "to": "→", "rightarrow": "→", "leftarrow": "←", "mid": "|",
    "Theta": "Θ", "Omega": "Ω", "theta": "θ", "alpha": "α", "beta": "β", "lambda": "λ", "mu": "μ",
    "sigma": "σ", "pi": "π", "ldots": "…", "dots": "…", "cdots": "…", "log": "log", "ln": "ln",
    "%": "%", "{": "{", "}": "}", "_": "_", "&": "&", "#": "#", ",": " ", ";": " ", "!": "", " ": " ",
    "quad": " ", "lvert": "|", "rvert": "|", "vert": "|", "lfloor": "⌊", "rfloor": "⌋",
}  # fmt: skip
_MATH_ONE_ARG = {"text": "{}", "mathrm": "{}", "mathit": "{}", "mathbf": "{}", "operatorname": "{}",
                 "bar": "{}\u0304", "overline": "{}\u0304", "hat": "{}\u0302", "sqrt": "√{}", "left": "{}",
                 "right": "{}"}  # fmt: skip
_MATH_TWO_ARGS = {"frac": "{}/{}", "binom": "C({}, {})"}
_MATH_COMMAND = re.compile(r"\\([A-Za-z]+|[%{}_&#,;! ])")
_MATH_GROUP = re.compile(r"\{([^{}]*)\}")


def _math_command(m: re.Match, rest: str) -> tuple[str, int] | None:
    """The text for one command and how many characters of `rest` its arguments took."""
    name = m[1]
    if name in _MATH_SYMBOLS:
        return _MATH_SYMBOLS[name], 0
    if name in ("left", "right"):
        return "", 0  # "\left(" is just "("
    arity = 2 if name in _MATH_TWO_ARGS else 1 if name in _MATH_ONE_ARG else 0
    if not arity:
        return None
    args, taken = [], 0
    for _ in range(arity):
        group = _MATH_GROUP.match(rest, taken) or re.compile(r"\s*([A-Za-z0-9])").match(rest, taken)
        if not group:
            return None
        args.append(group[1])
        taken = group.end()
    template = _MATH_TWO_ARGS.get(name) or _MATH_ONE_ARG[name]
    return template.format(*args), taken


def _math_text(latex: str) -> str | None:
    out, at = [], 0
    for _ in range(len(latex) + 1):
        m = _MATH_COMMAND.search(latex, at)
        if not m:
            break
        rendered = _math_command(m, latex[m.end() :])
        if rendered is None:
            return None
        out.append(latex[at : m.start()] + rendered[0])
        at = m.end() + rendered[1]
    text = "".join(out) + latex[at:]
    text = re.sub(r"([\^_])\{([^{}]{1,12})\}", r"\1\2", text)  # "2^{n}" → "2^n"
    if "\\" in text or "{" in text or "}" in text:
        return None
    text = re.sub(r"\s*([×·÷±≤≥≠≈∈∉⊂⊆⊃⊇∪∩→←])\s*", r" \1 ", text).replace(" · ", "·")
    return re.sub(r"\s+", " ", text).strip()


def math_as_text(text: str) -> str | None:
    """`text` with its inline math rendered as plain text ("$A \\times B$" → "A × B"), or None
    when some math in it is beyond a plain rendering."""
    if "$" not in text:
        return text
    out, at = [], 0
    for m in _INLINE_MATH.finditer(text):
        rendered = _math_text(m[1])
        if rendered is None:
            return None
        out.append(text[at : m.start()] + rendered)
        at = m.end()
    return "".join(out) + text[at:]


# "G(a, \dots)" in a code span that holds a formula: an ellipsis written in LaTeX outside "$…$".
_BARE_ELLIPSIS = re.compile(r"\\[lc]?dots(?![A-Za-z])")


def with_math_as_text(text: str) -> str:
    """`text` with its simple math as a reader says it ("$S(x)$" → "S(x)", "G(a, \\dots)" →
    "G(a, …)"); math too rich to render is left for the lint to refuse."""
    rendered = math_as_text(text)
    return _BARE_ELLIPSIS.sub("…", text if rendered is None else rendered)


# "… takes time proportional to n·m": a one-letter symbol (n, m, k, x) stands for something the
# sentence defined elsewhere; a card of the sentence alone leaves the reader to guess what.
# "a" is a word, and "e.g." or "-n" (a flag) or a code span is no symbol.
_CODE_SPAN = re.compile(CODE_OPEN + "[^" + CODE_CLOSE + "]*" + CODE_CLOSE)
_ONE_LETTER_SYMBOL = re.compile(r"(?<![\w.'’\-/\\])(?<!\d\s)[b-z](?![\w.'’\-/])")


# "O(n)", "Θ(log n)": in asymptotic notation n is the input's size, as every reader knows.
_ASYMPTOTIC = re.compile(r"\b[OΘΩo]\([^()]{1,40}\)")
_DEFINED_SYMBOL = r"(?:\b{0}\s+(?:is|are|=|denotes|stands for)\b|=\s*{0}\b|\bsize {0}\b)"


def uses_symbol(marked: str) -> bool:
    """Whether a sentence, outside its code and asymptotic notation, uses a one-letter symbol
    such as n or k that it does not define ("where h is the height", "|A| = n")."""
    text = _ASYMPTOTIC.sub(" ", _CODE_SPAN.sub(" ", marked))
    letters = {m[0] for m in _ONE_LETTER_SYMBOL.finditer(text)}  # at most 25: linear in the text
    return any(not re.search(_DEFINED_SYMBOL.format(letter), text) for letter in letters)


def has_math(text: str) -> bool:
    """Whether `text` still holds inline LaTeX ("$\\binom{n}{k}$") a card cannot show."""
    return "$" in text and bool(_INLINE_MATH.search(text))


# "(such as a, b, )": a list whose last item the source lost; the aside says nothing whole.
_BROKEN_ASIDE = re.compile(r"\s*\([^()]{0,200},\s*\)")


def without_broken_aside(text: str) -> str:
    return _BROKEN_ASIDE.sub("", text)
