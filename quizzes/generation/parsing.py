"""Markdown → a flat list of sections, each holding typed blocks.

Works on markdown-it-py's token stream. Inline text keeps emphasis and code as
marker characters (see `text.py`) so extractors can find "the bold term" with a
pattern while the stored card text stays plain.

Every block gets a document-wide id, so the pipeline can prove that each one
became a fact or was skipped for a stated reason. Hostile input is bounded
(see `bounds.py`): too deep, too wide and too long parts are skipped and said.
"""

import re
from dataclasses import dataclass, field
from html import unescape

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from quizzes.generation import author_markup, bounds, capitals
from quizzes.generation.text import CODE_CLOSE, CODE_OPEN, EM_CLOSE, EM_OPEN, LINE_BREAK, plain, sanitize

# Inline parsing is done lazily, per kept block (see `_Builder.inline`): a huge paragraph is
# skipped as too long instead of being tokenised first.
_md = MarkdownIt("commonmark", {"html": True, "maxNesting": bounds.NESTING_LIMIT})
_md.enable(["table", "strikethrough"]).use(deflist_plugin).use(front_matter_plugin).disable("inline")

_HTML_HEADING = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1>", re.I | re.S)
_HTML_TAG = re.compile(r"<[^>]+>")
# "<details><summary>How do I test input onChange handlers?</summary> …": a FAQ folded on GitHub;
# each summary heads the answer under it, as a heading one level below the page's would.
_SUMMARY = re.compile(r"<summary\b[^>]*>(.*?)</summary>", re.I | re.S)
_BR = re.compile(r"^<br\s*/?>$", re.I)
# "Copyright © 2023, Someone", "MIT licence - Copyright (C) 2019 @zimbatm and contributors" (a man
# page's last line, which read as a definition of "MIT licence"): who owns the document. A sentence
# about copyright ("Copyright is a legal right …") says something of its subject.
_COPYRIGHT = re.compile(
    r"^\s*copyright\b(?!\s+(?:is|are|was|were|law|laws|protects?|gives?|grants?|owners?|holders?|infringement|"
    r"office|notices?|claims?|protection|act)\b)"
    r"|\bcopyright\s*(?:\(c\)|©|\d{4})|(?:\(c\)|©)\s*\d{4}|all rights reserved",
    re.I,
)
# "% exa(1) v0.9.0": Pandoc's title block, a man page's name with its section and version.
_PANDOC_TITLE = re.compile(r"\A%[ \t]+(?P<title>[^\n(]*?\S)(?:\(\d\w*\))?(?:[ \t]+v?\d[\w.-]*)?[ \t]*(?:\n|\Z)")
# "Atom: …\nTitle: How the ASF works\nNotice: …": MultiMarkdown's metadata, key-value lines before
# the first blank line, whose title names the page (read as prose, "In Apache" came of its URLs).
_METADATA_LINES = re.compile(r"\A(?:[A-Z][\w-]*:[ \t]+\S[^\n]*\n){2,}(?:[ \t]*\n|\Z)")
_METADATA_TITLE = re.compile(r"^Title:[ \t]+(?P<title>[^\n]+?)[ \t]*$", re.M)
# Hugo's TOML front matter ("+++ … title = "…" +++") is read as YAML's would be.
_TOML_FRONT_MATTER = re.compile(r"\A\+\+\+[ \t]*\n(.*?\n)\+\+\+[ \t]*(?:\n|\Z)", re.S)
# "{{ page.title }}", "{% include title.html %}": a site generator's tag, no words of the author's
_TEMPLATE_TAG = re.compile(r"\s*(?:\{\{[^{}]*\}\}|\{%[^{}]*%\})\s*")
# "title: I'm having trouble with measurements.": an apostrophe inside an unquoted title is part of it
_FRONT_MATTER_TITLE = re.compile(r"^title\s*[:=]\s*(?P<quote>[\"']?)(?P<title>[^\n]+?)(?P=quote)\s*$", re.M)
# "**SELECT**: used to select data from a database" or "WHERE: used to filter rows" as a heading:
# a glossary written in headings (a marked term or a keyword in capitals, then a lower-case gloss).
_DEFINING_HEADING = re.compile(
    rf"^(?:[{EM_OPEN}{CODE_OPEN}]+(?P<term>[^{EM_CLOSE}{CODE_CLOSE}:]{{1,60}})[{EM_CLOSE}{CODE_CLOSE}]+"
    r"|(?P<keyword>[A-Z][A-Z_]+(?:\(\))?(?: [A-Z][A-Z_]*(?:\(\))?)*))"
    r"\s*[:–—-]\s+(?=[a-z])(?:\S+\s+){2,}\S+$"
)
# "Q. What is a cloud?", "Q1: Define dataset.", "Question 3: …": an interview's label for its question,
# which is no part of what the heading asks or names.
_QUESTION_LABEL = re.compile(r"^(?:q|question)\s*\d{0,3}\s*[.:)]\s+(?=\S)", re.I)
# "## What is gas? {#what-is-gas}", "### Format {.cols-2}", "## Usage {: .note}": a heading's id and
# classes for links and layout (Pandoc, kramdown, docs sites), not its words.
_HEADING_ID = re.compile(r"\s*\{:?\s*(?:[#.][\w.:-]+\s*|[\w-]+=[\w\"'.:-]+\s*)+\}\s*$")
_BOLD_LEAD = re.compile(r"^(?:\*\*[^*\n]{1,60}\*\*|__[^_\n]{1,60}__)\s*(?:[:–—-]|\([^)]{1,30}\)\s*[:–—-])\s*\S")
_LONE_BOLD = re.compile(r"^(?:\*\*[^*\n]{1,60}\*\*|__[^_\n]{1,60}__):?$")
_INDEX_LETTERS = 3
_INDEX_LETTER = re.compile(r"^(?:[A-Z]|[A-Z]\s*[-–]\s*[A-Z]|#|0-9|[A-Z](?:,\s*[A-Z])+)$")
_NUMBERED = re.compile(r"^(?:(?:part|chapter|lesson|module|step)\s+)?\d+\b", re.I)
_SKIP_NEXT = re.compile(r"<!--\s*recall:skip\s*-->", re.I)
_SKIP_SECTION = re.compile(r"<!--\s*recall:skip-section\s*-->", re.I)


@dataclass
class ListItem:
    text: str  # marked inline text (may be empty for an item holding only a sub-list)
    children: list["ListItem"] = field(default_factory=list)
    opens_with_link: bool = False  # "[Title](url) - blurb": a resource list entry, not a term


@dataclass
class Block:
    kind: str  # paragraph | label | list | definitions | table | code | card
    text: str = ""
    items: list[ListItem] = field(default_factory=list)  # definitions: term items, their children define them
    rows: list[list[str]] = field(default_factory=list)  # table: header first
    lang: str = ""
    ordered: bool = False
    id: int = -1  # document-wide, in reading order
    card: dict = field(default_factory=dict)  # author markup: kind, front, back (see author_markup)


@dataclass
class Section:
    path: tuple[str, ...]
    level: int
    blocks: list[Block] = field(default_factory=list)
    code_title: bool = False  # "### `strict_env`": the heading is one code span, a name in an API or a file

    @property
    def title(self) -> str:
        return self.path[-1] if self.path else ""

    def texts(self):
        """Every paragraph and list item (nested ones too), in document order."""
        for _, text in self.texts_by_block():
            yield text

    def texts_by_block(self):
        """(block, text) for every paragraph and list item, nested ones too, in document order."""
        for block in self.blocks:
            if block.kind == "paragraph":
                yield block, block.text
            elif block.kind == "list":
                stack = list(block.items)
                while stack:
                    item = stack.pop(0)
                    yield block, item.text
                    stack[:0] = item.children


@dataclass
class Skip:
    reason: str
    where: str
    excerpt: str
    block: int = -1  # the id of the block this accounts for; -1 for a part of one


@dataclass
class ParsedDocument:
    sections: list[Section]
    skipped: list[Skip]
    blocks: int = 0  # blocks seen, every one either in a section or skipped
    # The first heading when it is a level-1 title over other level-1 headings ("# Quick SQL
    # Cheatsheet", then "# 1. Finding Data Queries"): their sections' paths do not carry it.
    title: str = ""


_CODE_SPAN = re.compile(r"`[^`\n]+`")
# 'DIRENV.TOML 1 "2019" direnv "User Manuals"': a man page's header line (name, section, date, source,
# manual), of which the name alone is the page's title
_MAN_PAGE_HEADER = re.compile(r'^(?P<name>[A-Z][A-Z0-9._-]*)\s+\d[a-z]*\s+"[^"]*"')
_ONE_CODE_SPAN = re.compile(f"{CODE_OPEN}[^{CODE_OPEN}{CODE_CLOSE}]+{CODE_CLOSE}")


# "10<sup>15</sup>", "H<sub>2</sub>O": dropped tags made "1015" and "10-12" of powers of ten.
_SCRIPT_TAG = re.compile(r"^<(/?)(sup|sub)>$", re.I)
_SCRIPTS = {
    "sup": str.maketrans("0123456789-+−=()n", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺⁻⁼⁽⁾ⁿ"),
    "sub": str.maketrans("0123456789-+−=()", "₀₁₂₃₄₅₆₇₈₉₋₊₋₌₍₎"),
}


def _scripted(text: str, script: str) -> str:
    """The text raised or lowered in Unicode, or '^(…)' / '_(…)' where Unicode has no such character."""
    written = text.translate(_SCRIPTS[script])
    if all(ord(c) in _SCRIPTS[script].values() or c.isspace() for c in written):
        return written
    mark = "^" if script == "sup" else "_"
    return f"{mark}({text})" if len(text) > 1 else f"{mark}{text}"


_TRIPLE_DASH = re.compile(r"(?<=\w)---(?=\w)")
# "[[physical layer]]", "[[data link layer|DLL]]": a notes app's link to another note, read as its words
_WIKI_LINK = re.compile(r"\[\[(?P<target>[^\[\]|#]+)(?:#[^\[\]|]*)?(?:\|(?P<alias>[^\[\]]+))?\]\]")


def render_inline(token: Token) -> str:
    """Inline children → text with emphasis/code markers; links keep their text, images vanish."""
    out: list[str] = []
    children = token.children or []
    script = ""  # inside <sup> or <sub>
    struck = 0  # inside ~~…~~: what the author crossed out ("~~built manually~~ FIXED") no longer holds
    for position, child in enumerate(children):
        kind = child.type
        if kind in ("s_open", "s_close"):
            struck += 1 if kind == "s_open" else -1
        elif struck > 0:
            continue
        elif kind in ("text", "text_special"):
            content = child.content
            if "xref:" in content:  # "<xref:System.Int32?displayProperty=nameWithType>": DocFX's link to a name
                content = _XREF.sub(r"\g<uid>", content)
            if "[[" in content:  # never in code
                content = _WIKI_LINK.sub(lambda m: m["alias"] or m["target"], content)
            if "---" in content:  # "fashion---freeing": Pandoc's em dash
                content = _TRIPLE_DASH.sub(" — ", content)
            out.append(_scripted(content, script) if script else content)
        elif kind == "html_inline" and (tag := _SCRIPT_TAG.match(child.content.strip())):
            script = "" if tag[1] else tag[2].lower()
        elif kind in ("strong_open", "em_open"):
            out.append(EM_OPEN)
        elif kind in ("strong_close", "em_close"):
            out.append(EM_CLOSE)
        elif kind == "code_inline":
            out.append(f"{CODE_OPEN}{child.content}{CODE_CLOSE}")
        elif kind in ("softbreak", "hardbreak"):
            following = children[position + 1] if position + 1 < len(children) else None
            out.append(". " if _ends_unstopped("".join(out), following) else " ")
        elif kind == "html_inline" and _BR.match(child.content.strip()):
            out.append(LINE_BREAK)
    text = "".join(out).replace("\xa0", " ")
    # Nested emphasis (***x***) leaves doubled markers; collapse them.
    text = re.sub(f"{EM_OPEN}+", EM_OPEN, text)
    text = re.sub(f"{EM_CLOSE}+", EM_CLOSE, text)
    # "**Inflation:** An increase …": the label's colon inside its emphasis is the gloss's separator.
    return _COLON_INSIDE_LABEL.sub(rf"{EM_OPEN}\g<label>{EM_CLOSE}:", text, count=1)


# Notes that end a sentence with the line: "Chloroplasts are the site of photosynthesis" then
# "The first stage of photosynthesis is …" on the next line are two sentences.
_SENTENCE_STARTER = re.compile(r"^(?:The|This|These|That|Those|It|They|Its|Their|Each|Every|In|When|If|A|An)\s")
_GOES_ON = {"the", "a", "an", "of", "to", "in", "on", "and", "or", "but", "by", "with", "for", "from", "is", "are"}
_UNSTOPPED_LINE = re.compile(r"(?:^|\n|\. )([A-Z][^\n.!?:;,]*[A-Za-z0-9)])$")


def _ends_unstopped(so_far: str, following: Token | None) -> bool:
    """A line break between a line that states something without a full stop and a line that
    opens a sentence of its own, or between two "Term: gloss" lines ("DFA: Deterministic Finite
    Automata" over "NFA: Non-deterministic Finite Automata")."""
    # soft breaks are spaces by now: the line so far is what follows the last stop put in
    label_lines = following is not None and following.type == "text" and _LABEL_LINE.match(following.content)
    if label_lines and _LABEL_LINE.match(so_far.rsplit(". ", 1)[-1]) and not so_far.rstrip().endswith((".", ":", ";")):
        return True
    if following is None or following.type != "text" or not _SENTENCE_STARTER.match(following.content):
        return False
    line = _UNSTOPPED_LINE.search(so_far)
    words = line[1].split() if line else []
    return len(words) >= 4 and words[-1].lower() not in _GOES_ON  # "… is used by the" goes on


_LABEL_LINE = re.compile(r"^\s*[A-Z][\w.+-]*(?: [\w.+-]+){0,3}:\s+\S")
_COLON_INSIDE_LABEL = re.compile(rf"^{EM_OPEN}(?P<label>[^{EM_OPEN}{EM_CLOSE}:]{{1,60}}?)\s*:\s*{EM_CLOSE}(?=\s*\S)")


def _is_label(text: str) -> bool:
    """All of it one highlighted phrase: "**Chromosome**" set over what it names."""
    return text.startswith(EM_OPEN) and text.endswith(EM_CLOSE) and text.count(EM_OPEN) == 1 and len(plain(text)) <= 80


def _only_links_or_images(token: Token) -> bool:
    depth, has_link = 0, False
    for child in token.children or []:
        if child.type == "link_open":
            depth, has_link = depth + 1, True
        elif child.type == "link_close":
            depth -= 1
        elif child.type == "image":
            has_link = True
        elif depth == 0 and child.type == "text" and child.content.strip(" |·-•,"):
            return False
    return has_link


def _mostly_links(token: Token) -> bool:
    """ "Read this in: [English](…), [日本語](…), [Español](…)": a row of links, not a statement."""
    depth, links, inside, outside = 0, 0, 0, 0
    for child in token.children or []:
        if child.type == "link_open":
            depth, links = depth + 1, links + 1
        elif child.type == "link_close":
            depth -= 1
        elif child.type in ("text", "code_inline"):
            if depth:
                inside += len(child.content.strip())
            else:
                outside += len(child.content.strip(" ,;|·-•:()"))
    return links >= 3 and (inside >= outside or outside <= 40)


def _junk_reason(text: str) -> str | None:
    flat = plain(text).strip()
    lowered = flat.lower()
    if not flat:
        return "empty"
    if _COPYRIGHT.search(flat):
        return "copyright line"
    if lowered.startswith(("todo", "tbd", "fixme")):
        return "TODO placeholder"
    return None


class _Builder:
    def __init__(self, tokens: list[Token], skipped: list[Skip], env: dict):
        self.tokens = tokens
        self.pos = 0
        self.sections = [Section(path=(), level=0)]
        self.skipped = skipped
        self.stack: list[tuple[int, str]] = []
        self.quoted: list[tuple[list[tuple[int, str]], Section]] = []  # per open quote: the headings around it
        self.next_id = 0
        self.skip_next = False
        self.skip_section_level: int | None = None
        self.summary_level: int | None = None  # the heading level of "<summary>" questions
        self.env = env  # the block parse's reference definitions: "[asar][asar]" reads "asar"
        # "## A", "## B", "## C": an alphabetical index, not the C language; three letters make one
        letters = [t for i, t in enumerate(tokens) if i and tokens[i - 1].type == "heading_open"]
        self.letter_index = sum(bool(_INDEX_LETTER.match(t.content.strip())) for t in letters) >= _INDEX_LETTERS
        self.too_deep_at: str | None = None  # the first list cut by the depth limit, for the report
        self._cases: dict | None = None  # how the sentences write words, for headings in capitals
        self._code: set[str] = set()

    @property
    def section(self) -> Section:
        return self.sections[-1]

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id - 1

    def skip(self, reason: str, excerpt: str, block: int = -1):
        where = " › ".join(self.section.path) or "(top)"
        self.skipped.append(Skip(reason=reason, where=where, excerpt=plain(excerpt).strip()[:80], block=block))

    def skip_block(self, reason: str, excerpt: str):
        """A whole block accounted for by a skip."""
        self.skip(reason, excerpt, self.new_id())

    def add(self, into: list[Block], block: Block):
        block.id = self.new_id()
        into.append(block)

    def inline(self, token: Token) -> str | None:
        """Parse a block's inline content on demand; None when it is too long to read."""
        if len(token.content) > bounds.MAX_BLOCK_CHARS:
            return None
        if not token.children:
            token.children = []
            _md.inline.parse(token.content, _md, self.env, token.children)
        return render_inline(token)

    def card_block(self, card: dict) -> Block:
        """An author's card, its sides as plain text (Markdown emphasis and links dropped)."""
        sides = {
            side: plain(self.inline(Token("inline", "", 0, content=card[side])) or "") for side in ("front", "back")
        }
        card = {**card, **sides}
        return Block(kind="card", card=card, text=card["front"])

    def open_section(self, level: int, title: str):
        coded = bool(_ONE_CODE_SPAN.fullmatch(title.strip()))
        # "### Mean Reciprocal Rank (MRR):": the colon announces the section, and is no part of its name
        title = _QUESTION_LABEL.sub("", plain(title).strip()).removesuffix(":").rstrip()
        if man_page := _MAN_PAGE_HEADER.match(title):
            title = man_page["name"]
        title = title if coded else self.as_prose_writes(title)  # "`MAX_SIZE`" is code, spelt as it is
        if not title or _TEMPLATE_TAG.fullmatch(title):
            return  # "{{ page.title }}": a site generator's stand-in for the front matter's title, read there
        closed = False
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
            closed = True
        if self.letter_index and _INDEX_LETTER.match(title):
            # "## B" files a glossary's entries by letter: they belong to the heading above it
            if closed:
                self.sections.append(Section(path=tuple(t for _, t in self.stack), level=level - 1))
            return
        self.stack.append((level, title))
        self.sections.append(Section(path=tuple(t for _, t in self.stack), level=level, code_title=coded))

    def as_prose_writes(self, heading: str) -> str:
        if not capitals.is_shouted(heading):
            return heading
        if self._cases is None:
            texts = [t.content for i, t in enumerate(self.tokens) if t.type == "inline" and not self._is_heading(i)]
            self._cases = capitals.prose_cases(_CODE_SPAN.sub(" ", text) for text in texts)
            code = [t.content for t in self.tokens if t.type in ("fence", "code_block")]
            self._code = capitals.code_words([*code, *(m for text in texts for m in _CODE_SPAN.findall(text))])
        return capitals.uncapped(heading, self._cases, self._code)

    def _is_heading(self, position: int) -> bool:
        return position > 0 and self.tokens[position - 1].type == "heading_open"

    def build(self) -> ParsedDocument:
        while self.pos < len(self.tokens):
            self.block(self.section.blocks)
        sections = [s for s in self.sections if s.blocks]
        return ParsedDocument(sections=sections, skipped=self.skipped, blocks=self.next_id, title=self.title())

    def title(self) -> str:
        tops = [s for s in self.sections[1:] if len(s.path) == 1 and s.level == 1]
        first = self.sections[1] if len(self.sections) > 1 else None
        if first is None or len(tops) < 2 or tops[0] is not first or _NUMBERED.match(first.title):
            return ""
        if any(b.kind == "list" and not all(i.opens_with_link for i in b.items) for b in first.blocks):
            return ""  # "# Anoxia: no oxygen" over points of its own, then "# Properties of Water": peers
        return first.title

    def end_of(self, start: int) -> int:
        """The position just past the block that starts at `start`."""
        token = self.tokens[start]
        if token.nesting != 1:
            return start + 1
        close = token.type.replace("_open", "_close")
        pos = start + 1
        while not (self.tokens[pos].type == close and self.tokens[pos].level == token.level):
            pos += 1
        return pos + 1

    def excerpt(self, start: int, end: int) -> str:
        return next((t.content for t in self.tokens[start:end] if t.content), "")

    def block(self, into: list[Block]):
        token = self.tokens[self.pos]
        kind = token.type
        if kind == "heading_open":
            inline = self.tokens[self.pos + 1]
            level = int(token.tag[1])
            if self.skip_section_level is not None and level <= self.skip_section_level:
                self.skip_section_level = None
            marked = _HEADING_ID.sub("", self.inline(inline) or inline.content[:200])
            if defined := _DEFINING_HEADING.match(marked.strip()):
                # "### **SELECT**: used to select data": the heading names its section and defines it.
                self.open_section(level, defined["term"] or defined["keyword"])
                if self.skip_section_level is None:
                    text = marked.strip()
                    if defined["keyword"]:
                        text = f"{EM_OPEN}{defined['keyword']}{EM_CLOSE}{text[len(defined['keyword']) :]}"
                    self.add(self.section.blocks, Block(kind="paragraph", text=text))
            else:
                self.open_section(level, marked)
            self.pos += 3
            return
        if kind == "front_matter":
            # YAML metadata (title, tags, dates): its title names the document, the rest is not prose.
            self.skip_block("front matter (the document's metadata)", token.content)
            if title := _FRONT_MATTER_TITLE.search(token.content):
                self.open_section(1, title["title"])
            self.pos += 1
            return
        if kind in ("blockquote_open", "blockquote_close", "hr") or token.nesting == -1:
            if kind == "blockquote_open" and token.level >= bounds.MAX_LEVEL:
                end = self.end_of(self.pos)
                self.skip_block(
                    f"too deep (nested more than {bounds.MAX_LEVEL // 2} levels)", self.excerpt(self.pos, end)
                )
                self.pos = end
                return
            # A quote's inner blocks are read as usual. A heading inside it ("> ## Line Endings", a
            # lesson's call-out) titles the call-out alone: after it the text goes on under the
            # heading it was in.
            if kind == "blockquote_open":
                self.quoted.append((list(self.stack), self.section))
            elif kind == "blockquote_close" and self.quoted:
                stack, section = self.quoted.pop()
                if self.section is not section:
                    self.stack = stack
                    self.sections.append(Section(path=section.path, level=section.level, code_title=section.code_title))
            self.pos += 1
            return
        if self.skip_next or self.skip_section_level is not None:
            end = self.end_of(self.pos)
            reason = (
                "skipped by the author (recall:skip)"
                if self.skip_next
                else "skipped by the author (recall:skip-section)"
            )
            self.skip_next = False
            if kind != "html_block" or _HTML_TAG.sub("", token.content).strip():
                self.skip_block(reason, self.excerpt(self.pos, end))
            self.pos = end
            return
        if kind == "paragraph_open":
            self.paragraph(self.tokens[self.pos + 1], into)
            self.pos += 3
        elif kind in ("bullet_list_open", "ordered_list_open"):
            block_id = self.new_id()
            cards: list[Block] = []
            items = self.list_items(1, cards)
            if self.too_deep_at is not None:
                self.skipped.append(
                    Skip(
                        f"too deep (lists nested more than {bounds.MAX_LIST_DEPTH} levels)",
                        " › ".join(self.section.path) or "(top)",
                        plain(self.too_deep_at)[:80],
                        block_id if not items else -1,
                    )
                )
                self.too_deep_at = None
            if items:
                into.append(Block(kind="list", items=items, ordered=kind == "ordered_list_open", id=block_id))
            elif not any(s.block == block_id for s in self.skipped):
                where = " › ".join(self.section.path) or "(top)"
                self.skipped.append(Skip("list of links or images only", where, "", block_id))
            for card in cards:
                self.add(into, card)
        elif kind == "dl_open":
            self.definition_list(into)
        elif kind == "table_open":
            self.table(into)
        elif kind == "code_block" and (entries := _glossed_names(token.content)):
            # "    dig – query DNS servers for information.": a list of names and glosses the author
            # indented, which Markdown reads as code
            self.add(into, Block(kind="list", items=[ListItem(text=entry) for entry in entries]))
            self.pos += 1
        elif kind in ("fence", "code_block"):
            lang = (token.info or "").strip().split(" ")[0].lower()
            self.add(into, Block(kind="code", text=token.content, lang=lang))
            self.pos += 1
        elif kind == "html_block":
            self.html_block(token, into)
            self.pos += 1
        else:
            self.pos = self.end_of(self.pos)

    def paragraph(self, inline: Token, into: list[Block]):
        text = self.inline(inline)
        if text is not None:
            text = _NOTA_BENE.sub("", text)  # "N.B. The coupon rate is …": the sentence, not "N.B. The coupon rate"
        if text is None:
            self.skip_block(f"too long (a paragraph over {bounds.MAX_BLOCK_CHARS:,} characters)", inline.content)
            return
        if _only_links_or_images(inline) or _mostly_links(inline):
            self.skip_block("links or images only", inline.content)
            return
        reason = _junk_reason(text)
        if reason:
            self.skip_block(reason if reason != "empty" else "empty", text or inline.content)
            return
        cards, rest = author_markup.cards_in(inline.content)
        if cards:
            for card in cards:
                self.add(into, self.card_block(card))
            if not rest.strip():
                return
            inline = Token("inline", "", 0, content=rest)
            text = self.inline(inline) or ""
            if not plain(text):
                return
        if entries := self.glossary_lines(inline):
            # "**IEEE 802.3** - Ethernet standard" on each line of one paragraph: a list in all but markup
            self.add(into, Block(kind="list", items=[ListItem(text=entry) for entry in entries]))
            return
        head, _, body = inline.content.strip().partition("\n")
        if body.strip() and _LONE_BOLD.match(head.strip()):
            # "**European Union**" on its own line, its definition on the next: an entry, as a bold
            # label over its paragraph is (and not a definition for a label above it that has none).
            for part in (head, body):
                self.paragraph(Token("inline", "", 0, content=part.strip()), into)
            return
        stripped = text.strip()
        self.add(into, Block(kind="label" if _is_label(stripped) else "paragraph", text=stripped))

    def glossary_lines(self, inline: Token) -> list[str]:
        """The lines of a paragraph when each opens with a bold term and says more after it."""
        lines = [line.strip() for line in inline.content.split("\n") if line.strip()]
        if len(lines) < 2 or not all(_BOLD_LEAD.match(line) for line in lines):
            return []
        return [(self.inline(Token("inline", "", 0, content=line)) or "").strip() for line in lines]

    def list_items(self, depth: int, cards: list[Block]) -> list[ListItem]:
        if depth > bounds.MAX_LIST_DEPTH:
            end = self.end_of(self.pos)
            self.too_deep_at = self.too_deep_at or self.excerpt(self.pos, end) or "(nested list)"
            self.pos = end
            return []
        close = self.tokens[self.pos].type.replace("_open", "_close")
        self.pos += 1
        items: list[ListItem] = []
        while self.tokens[self.pos].type != close:
            if self.tokens[self.pos].type == "list_item_open":
                item = self.list_item(depth, cards)
                if item.text or item.children:
                    items.append(item)
            else:
                self.pos += 1
        self.pos += 1
        return items

    def list_item(self, depth: int, cards: list[Block]) -> ListItem:
        self.pos += 1
        item = ListItem(text="")
        texts: list[str] = []
        while self.tokens[self.pos].type != "list_item_close":
            token = self.tokens[self.pos]
            if token.type == "paragraph_open":
                inline = self.tokens[self.pos + 1]
                text = self.inline(inline)
                reason = "too long" if text is None else _junk_reason(text)
                found, _ = author_markup.cards_in(inline.content) if not reason else ([], "")
                if reason and reason != "empty":
                    self.skip(reason, text or inline.content)
                elif found:
                    cards.extend(self.card_block(card) for card in found)
                elif not reason and not _only_links_or_images(inline):
                    if not texts and any(c.type == "link_open" for c in (inline.children or [])[:3]):
                        item.opens_with_link = True
                    if len(texts) == 1 and _is_label(texts[0]):
                        # "- **Chromosome**" over its own paragraph: a term and its gloss, as "Term: gloss"
                        texts[0] += ":"
                    texts.append(_NOTA_BENE.sub("", text.strip()))
                self.pos += 3
            elif token.type in ("bullet_list_open", "ordered_list_open"):
                item.children.extend(self.list_items(depth + 1, cards))
            elif token.type in ("fence", "code_block") and token.content.strip():
                texts.append(f"{CODE_OPEN}{token.content.strip()}{CODE_CLOSE}")
                self.pos += 1
            else:
                self.pos += 1
        self.pos += 1
        item.text = " ".join(texts)
        return item

    def definition_list(self, into: list[Block]):
        """`Term` then `: definition` (deflist): one item per term, its definitions as children."""
        end = self.end_of(self.pos)
        items: list[ListItem] = []
        in_term = False
        for pos in range(self.pos + 1, end - 1):
            token = self.tokens[pos]
            if token.type == "dt_open":
                in_term = True
            elif token.type == "dt_close":
                in_term = False
            elif token.type == "inline":
                text = (self.inline(token) or "").strip()
                if in_term:
                    items.append(ListItem(text=text))
                elif items and text:
                    items[-1].children.append(ListItem(text=text))
        self.pos = end
        items = [i for i in items if i.text]
        if items:
            self.add(into, Block(kind="definitions", items=items))
        else:
            self.skip_block("empty definition list", "")

    def table(self, into: list[Block]):
        end = self.end_of(self.pos)
        rows: list[list[str]] = []
        row: list[str] = []
        dropped = 0
        for pos in range(self.pos, end):
            token = self.tokens[pos]
            if token.type == "tr_open":
                row = []
            elif token.type == "tr_close":
                if len(rows) <= bounds.MAX_TABLE_ROWS:
                    rows.append(row)
                else:
                    dropped += 1
            elif token.type == "inline" and len(rows) <= bounds.MAX_TABLE_ROWS:
                row.append(_EMOJI_SHORTCODE.sub("", self.inline(token) or "").strip())
        self.pos = end
        if dropped:
            self.skip(
                f"table too long: {dropped:,} rows after the first {bounds.MAX_TABLE_ROWS} not read",
                " | ".join(rows[0]),
            )
        if len(rows) >= 2 and _numbered_columns(rows[0]):
            # "| slot | 0 | 1 | 2 | … |" over "| state | 0 | 0 | 1 | … |": a bit array drawn as a table
            self.skip_block("example data (a table whose columns are numbered)", " | ".join(rows[0]))
        elif len(rows) >= 2:
            self.add(into, Block(kind="table", rows=_without_row_numbers(_without_empty_columns(rows))))
        else:
            self.skip_block("table without rows", " | ".join(rows[0]) if rows else "")

    def html_block(self, token: Token, into: list[Block]):
        content = token.content
        if _SKIP_SECTION.search(content):
            self.skip_section_level = self.section.level
            return
        if _SKIP_NEXT.search(content):
            self.skip_next = True
            return
        heading = _HTML_HEADING.search(content)
        if heading:
            self.open_section(int(heading.group(1)), _HTML_TAG.sub("", heading.group(2)))
        elif summary := _SUMMARY.search(content):
            if self.summary_level is None or self.section.level < self.summary_level:
                self.summary_level = min(6, self.section.level + 1)
            self.open_section(self.summary_level, _HTML_TAG.sub("", summary.group(1)))
        elif rows := _html_table_rows(content):
            self.add(into, Block(kind="table", rows=rows))  # read as a Markdown table is
        elif "<img" in content.lower():
            self.skip_block("image", content.strip())
        elif prose := _wrapped_prose(content):
            for text in prose:  # call-out components around sentences
                self.add(into, Block(kind="paragraph", text=text))
        elif _HTML_TAG.sub("", re.sub(r"<!--.*?-->", "", content, flags=re.S)).strip():
            self.skip_block("raw HTML", _HTML_TAG.sub("", content))


# '<base-alert alert-type="info"> A set is an unordered collection … </base-alert>', '<div class="note">':
# elements wrapping sentences, as documentation sites' call-outs do; each element's own text is a
# paragraph ("<title>From Poetry website</title><content>Poetry is a tool …</content>": the second).
_WRAPPER = re.compile(r"^\s*<(?P<tag>[a-z][\w-]*)\b[^>]*>.*</(?P=tag)>\s*$", re.S | re.I)
_NOT_PROSE_TAGS = re.compile(r"<(?:script|style|pre|svg|iframe|form|input|button|img|table|ul|ol|h[1-6])\b", re.I)
_INLINE_TAG = re.compile(r"</?(?:a|b|i|em|strong|code|span|br|sup|sub|abbr|mark|small)\b[^>]*>", re.I)


_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")


def _wrapped_prose(content: str) -> list[str]:
    if not _WRAPPER.match(content) or _NOT_PROSE_TAGS.search(content):
        return []
    # Markdown's backslash escapes (\[ for [) stay in raw HTML, which no Markdown reader resolved
    chunks = (" ".join(_ESCAPED.sub(r"\1", chunk).split()) for chunk in _HTML_TAG.split(_INLINE_TAG.sub("", content)))
    return [c for c in chunks if len(c.split()) >= 6 and re.search(r"[a-z][.!?](?:\s|$)", c)]


_HTML_TABLE_PART = re.compile(r"<(?P<end>/?)(?P<tag>table|tr|td|th)\b[^>]*>", re.I)


def _html_table_rows(content: str) -> list[list[str]]:
    """The rows of an HTML table in one block (header first), each cell's text without its tags;
    [] when the block is no table of two text rows or more. One pass over the tags: linear."""
    if not re.match(r"\s*<table\b", content, re.I):
        return []
    rows: list[list[str]] = []
    cell_start = None
    for m in _HTML_TABLE_PART.finditer(content):
        tag, closing = m["tag"].lower(), bool(m["end"])
        if cell_start is not None and (tag in ("td", "th", "tr", "table")):
            rows[-1].append(_html_cell_text(content[cell_start : m.start()]))
            cell_start = None
        if tag == "tr" and not closing:
            rows.append([])
        elif tag in ("td", "th") and not closing and rows:
            cell_start = m.end()
        if len(rows) > bounds.MAX_TABLE_ROWS:
            break
    rows = [r for r in rows if r]
    if len(rows) < 2 or not any(rows[0]) or not any(any(c for c in r) for r in rows[1:]):
        return []
    return rows


def _html_cell_text(html: str) -> str:
    return " ".join(unescape(_HTML_TAG.sub(" ", html)).split())


# Hugo's "{{% note %}}" on a line of its own: a site's markup around a call-out, no text of it.
# So are kramdown's extensions and attribute lists ("{::options parse_block_html="false" /}",
# "{: .note}"), which read as an author's "front :: back" card otherwise.
_SHORTCODE_LINE = re.compile(r"^[ \t]*(?:\{\{[%<][^{}\n]*[%>]\}\}|\{:[^{}\n]*\})[ \t]*$", re.M)

# "# Terms [Glossary of Terms in viem.]": a docs site's description of its page after the title (Vocs),
# which no reader sees as part of the heading.
_HEADING_DESCRIPTION = re.compile(r"^(?P<heading>[ \t]{0,3}#{1,6}[ \t]+[^\n\[]*?\S)[ \t]+\[[^\]\n]+\][ \t]*$", re.M)

# Documenter.jl's "[SBM](@id params_sbm)" and "[profiles](@ref soil)": an anchor or a cross-reference
# by name, which Markdown reads as text in brackets; the words are what a reader sees.
# "!!! note" (MkDocs, Documenter.jl) over a block indented by four spaces: a call-out, whose text
# Markdown reads as a code block ("What is the format of a !!! note?"); quoted, it is prose again.
_ADMONITION = re.compile(r"^(?P<indent>[ \t]*)(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+\"(?P<title>[^\"\n]*)\")?[ \t]*$")
# '!!! info "To show the last N lines"' over the command: a titled call-out's title is the author's
# words over its body (the body may be only code). "--- Filtering by Unit ---" only groups the
# call-outs after it; its body says what it does.
_DECORATED_TITLE = re.compile(r"^\s*[-–—=*#~]{2,}|[-–—=*#~]{2,}\s*$")
# ":white_check_mark:", ":warning:", ":1234:": GitHub's emoji, status marks in a table or a key,
# which no sentence says.
_EMOJI_SHORTCODE = re.compile(r"(?<![\w:/]):(?:[a-z][a-z0-9_+-]*[a-z0-9]|1234):(?![\w:/])")
# "{term}`residence time`", "{ref}`aquifers`" (MyST, Jupyter Book): a role's text is the words the
# page shows; read as code, "{term}residence time" became a card's answer.
_MYST_ROLE = re.compile(r"\{[a-z][\w:-]*\}`(?P<text>[^`\n]+)`")
_FENCE_LINE = re.compile(r"^[ \t]{0,3}(?:```|~~~)", re.M)  # re.M: also searched for inside a directive's body
# "==0348 COMBINING DOUBLE VERTICAL LINE BELOW==", "==01C3==": a page's styling of a code point or a
# character's Unicode name, which the author's highlight syntax would turn into cloze deletions;
# "~~͈~~": strikethrough around a lone combining mark, to show it. Both are the text they style.
_STYLED_CODE_POINT = re.compile(r"==(?P<text>[0-9A-F]{4,6}(?: [A-Z][A-Z -]*[A-Z])?|[A-Z]{2,}(?: [A-Z]+){2,})==")
_STRUCK_MARK = re.compile(r"~~(?P<mark>(`?)[^\w\s~`]{1,2}\2)~~")
# "**atonal**{:#atonal}: Music …" (kramdown's inline attribute list: an anchor or a class for the
# span before it) and "See {% include chapter-link.html … %}." (a Liquid tag): site markup the
# reader never sees, which hid the glossary's terms from the definition reader.
_INLINE_SITE_MARKUP = re.compile(r"\{:\s*[#.][^{}\n]*\}|\{%-?\s[^{}\n]*?-?%\}")


_NOTA_BENE = re.compile(rf"^[{EM_OPEN}]*(?:N\.\s?B\.|NB:)[{EM_CLOSE}]*\s+(?=\S)")


_XREF = re.compile(r"\bxref:(?P<uid>[\w.`#*-]+?)(?:\?[^\s)>]*)?(?=[\s)>]|$)")
_GLOSSED_NAME_LINE = re.compile(r"^(?P<name>[\w.+-]{2,30})(?:\s+\([^()\n]*\))?\s+[–—]\s+(?P<gloss>[A-Za-z].{3,})$")
_GLOSSED_SHARE = 0.8
_MIN_GLOSSED_LINES = 3


def _glossed_names(code: str) -> list[str]:
    """The entries of an indented block whose lines are nearly all "name – gloss", as list items
    ("`dig` – query DNS servers …"), or [] for code."""
    lines = [line.strip() for line in code.splitlines() if line.strip()]
    matches = [m for m in map(_GLOSSED_NAME_LINE.match, lines) if m]
    if len(matches) < _MIN_GLOSSED_LINES or len(matches) < _GLOSSED_SHARE * len(lines):
        return []
    return [f"{CODE_OPEN}{m['name']}{CODE_CLOSE} – {sanitize(m['gloss'])}" for m in matches]


def _without_empty_columns(rows: list[list[str]]) -> list[list[str]]:
    """ "Status | Command | Description" whose status cells held only emoji: a column no row fills
    says nothing, and read as the rows' names it hid them."""
    width = max(len(r) for r in rows)
    empty = {i for i in range(width) if all(not (r[i] if i < len(r) else "") for r in rows[1:])}
    if not empty or len(empty) == width:
        return rows
    return [[cell for i, cell in enumerate(r) if i not in empty] for r in rows]


def _numbered_columns(header: list[str]) -> bool:
    """Whether most of a header's columns after the first are numbers ("0", "1", "2", …)."""
    rest = [cell.strip() for cell in header[1:]]
    return len(rest) >= 3 and sum(cell.isdigit() for cell in rest) * 2 > len(rest)


_ROW_NUMBER_HEADER = re.compile(r"^(?:#|no\.?|nr\.?|num\.?|number|index|s\.?\s?no\.?|sr\.?\s?no\.?)?$", re.I)


def _without_row_numbers(rows: list[list[str]]) -> list[list[str]]:
    """ "# | Column Name | Meaning" numbering its rows 1, 2, 3, 6: the number counts a row, its name
    is the next column ("Start", not "2", is what a card asks about)."""
    if min(len(r) for r in rows) < 3 or not _ROW_NUMBER_HEADER.match(plain(rows[0][0]).strip()):
        return rows
    if not all(plain(r[0]).strip().rstrip(".").isdigit() for r in rows[1:]):
        return rows
    return [r[1:] for r in rows]


def _outside_code(source: str, rewrite) -> str:
    """`rewrite` applied to each run of lines outside fenced code."""
    parts, run, fenced = [], [], False
    for line in source.split("\n"):
        if _FENCE_LINE.match(line):
            if not fenced:
                parts.append(rewrite(run))
                run = []
            fenced = not fenced
            parts.append([line])
            continue
        if fenced:
            parts.append([line])
        else:
            run.append(line)
    parts.append(rewrite(run))
    return "\n".join(line for part in parts for line in part)


def _docs_site_markup_as_text(lines: list[str]) -> list[str]:
    out: list[str] = []
    quoted: str | None = None  # the indent of the admonition's body, while in one
    for line in lines:
        line = _MYST_ROLE.sub(r"\g<text>", line)
        line = _STYLED_CODE_POINT.sub(r"\g<text>", _STRUCK_MARK.sub(r"\g<mark>", line))
        line = _INLINE_SITE_MARKUP.sub("", line)
        if "|" not in line:  # a table row keeps its cells; the parser empties an emoji's
            line = _EMOJI_SHORTCODE.sub("", line)
        if quoted is not None:
            if not line.strip():
                out.append(">")
                continue
            if line.startswith(quoted):
                out.append("> " + line[len(quoted) :])
                continue
            quoted = None
        if m := _ADMONITION.match(line):
            quoted = m["indent"] + "    "
            out.append("")
            if (title := (m["title"] or "").strip()) and not _DECORATED_TITLE.search(title):
                out += [f"> **{title}**", ">"]
            continue
        out.append(line)
    return out


_DOCUMENTER_LINK = re.compile(r"\[(?P<text>[^\]\n]+)\]\(@(?:id|ref)\b[^)\n]*\)")

# MyST/Sphinx glossaries: ":::{glossary}" (or ```{glossary}), then each term on a line of its own
# with its definition indented under it, which Markdown would run into one paragraph.
_GLOSSARY_DIRECTIVE = re.compile(
    r"^(?P<fence>:{3,}|`{3,})\{glossary\}[^\n]*\n(?P<body>.*?)^(?P=fence)[ \t]*$", re.M | re.S
)
_GLOSSARY_ENTRY = re.compile(r"^(?P<term>\S[^\n]*)\n(?P<definition>(?:(?:[ \t]{2,}[^\n]*|[ \t]*)\n?)+)", re.M)


def _as_glossary_entries(directive: re.Match) -> str:
    """Each entry as "- **Term**: definition", a glossary list the definitions extractor reads (its
    capitals those of a list item, which the prose may write small)."""

    def entry(match: re.Match) -> str:
        definition = " ".join(match["definition"].split())
        return f"- **{match['term'].strip()}**: {definition}\n" if definition else match[0]

    return _GLOSSARY_ENTRY.sub(entry, directive["body"])


# MyST directives (Jupyter Book, Sphinx): ":::{admonition} Definition of Work" … ":::" or
# "```{note}" … "```". A call-out's body is the author's prose, which Markdown would read as a
# paragraph with ":::" in it or as code; quoted, with its ":class: danger" options left out, it reads
# as the call-out it is. A figure's or a tab set's markup says nothing of the subject, and "{math}"
# is an equation, which no sentence states.
_MYST_DIRECTIVE = re.compile(
    r"^(?P<fence>:{3,}|`{3,})\{(?P<name>[\w:-]+)\}[^\n]*\n(?P<body>.*?)^(?P=fence)[ \t]*$", re.M | re.S
)
_CALL_OUTS = frozenset(
    [
        "admonition",
        "note",
        "tip",
        "hint",
        "important",
        "warning",
        "caution",
        "attention",
        "danger",
        "error",
        "seealso",
        "versionadded",
        "versionchanged",
        "deprecated",
        "dropdown",
        "topic",
        "sidebar",
        "margin",
        "card",
        "definition",
        "theorem",
        "lemma",
        "remark",
        "example",
    ]
)
_DIRECTIVE_OPTION = re.compile(r"^[ \t]*:[\w-]+:[^\n]*\n?", re.M)


def _myst_directive_as_text(directive: re.Match) -> str:
    name = directive["name"].split(":")[-1].lower()
    body = _MYST_DIRECTIVE.sub(_myst_directive_as_text, _DIRECTIVE_OPTION.sub("", directive["body"]))
    if name == "math":
        return f"```math\n{body.strip()}\n```"
    if name not in _CALL_OUTS or (directive["fence"][0] == "`" and _FENCE_LINE.search(body)):
        return directive[0] if directive["fence"][0] == "`" else ""
    return "\n".join(f"> {line}".rstrip() for line in body.strip("\n").split("\n"))


def parse(markdown: str) -> ParsedDocument:
    """Parse a Markdown document into sections of blocks, noting what was skipped and why."""
    source, limits = bounds.bound_source(sanitize(markdown))
    if source.startswith("+++"):
        source = _TOML_FRONT_MATTER.sub(lambda m: f"---\n{m[1]}---\n", source, count=1)
    elif title := _PANDOC_TITLE.match(source):
        source = f"---\ntitle: {title['title']}\n---\n{source[title.end() :]}"
    elif (metadata := _METADATA_LINES.match(source)) and (title := _METADATA_TITLE.search(metadata[0])):
        source = f"---\ntitle: {title['title']}\n---\n{source[metadata.end() :]}"
    source = _GLOSSARY_DIRECTIVE.sub(_as_glossary_entries, source)
    source = _MYST_DIRECTIVE.sub(_myst_directive_as_text, source)
    source = _SHORTCODE_LINE.sub("", source)
    source = _HEADING_DESCRIPTION.sub(r"\g<heading>", source)
    source = _DOCUMENTER_LINK.sub(r"\g<text>", source)
    source = _outside_code(source, _docs_site_markup_as_text)
    skipped = [Skip(reason, "(document)", excerpt) for reason, excerpt in limits]
    env: dict = {}
    tokens = _md.parse(source, env)
    return _Builder(tokens, skipped, env).build()
