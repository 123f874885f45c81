"""Markdown → a flat list of sections, each holding typed blocks.

Works on markdown-it-py's token stream. Inline text keeps emphasis and code as
marker characters (see `text.py`) so extractors can find "the bold term" with a
pattern while the stored card text stays plain.
"""

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

from quizzes.generation.text import CODE_CLOSE, CODE_OPEN, EM_CLOSE, EM_OPEN, plain, sanitize

_md = MarkdownIt("commonmark", {"html": True}).enable("table")

_HTML_HEADING = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1>", re.I | re.S)
_HTML_TAG = re.compile(r"<[^>]+>")
_COPYRIGHT = re.compile(r"^\s*(?:copyright\b|\(c\)\s*\d{4})|©\s*\d{4}|all rights reserved", re.I)


@dataclass
class ListItem:
    text: str  # marked inline text (may be empty for an item holding only a sub-list)
    children: list["ListItem"] = field(default_factory=list)


@dataclass
class Block:
    kind: str  # paragraph | label | list | table | code
    text: str = ""
    items: list[ListItem] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)  # table: header first
    lang: str = ""


@dataclass
class Section:
    path: tuple[str, ...]
    level: int
    blocks: list[Block] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.path[-1] if self.path else ""

    def texts(self):
        """Every paragraph and list item (nested ones too), in document order."""
        for block in self.blocks:
            if block.kind == "paragraph":
                yield block.text
            elif block.kind == "list":
                stack = list(block.items)
                while stack:
                    item = stack.pop(0)
                    yield item.text
                    stack[:0] = item.children


@dataclass
class Skip:
    reason: str
    where: str
    excerpt: str


@dataclass
class ParsedDocument:
    sections: list[Section]
    skipped: list[Skip]


def render_inline(token: Token) -> str:
    """Inline children → text with emphasis/code markers; links keep their text, images vanish."""
    out: list[str] = []
    for child in token.children or []:
        kind = child.type
        if kind == "text":
            out.append(child.content)
        elif kind in ("strong_open", "em_open"):
            out.append(EM_OPEN)
        elif kind in ("strong_close", "em_close"):
            out.append(EM_CLOSE)
        elif kind == "code_inline":
            out.append(f"{CODE_OPEN}{child.content}{CODE_CLOSE}")
        elif kind in ("softbreak", "hardbreak"):
            out.append(" ")
    text = "".join(out).replace("\xa0", " ")
    # Nested emphasis (***x***) leaves doubled markers; collapse them.
    text = re.sub(f"{EM_OPEN}+", EM_OPEN, text)
    return re.sub(f"{EM_CLOSE}+", EM_CLOSE, text)


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
    def __init__(self, tokens: list[Token]):
        self.tokens = tokens
        self.pos = 0
        self.sections = [Section(path=(), level=0)]
        self.skipped: list[Skip] = []
        self.stack: list[tuple[int, str]] = []

    @property
    def section(self) -> Section:
        return self.sections[-1]

    def skip(self, reason: str, excerpt: str):
        where = " › ".join(self.section.path) or "(top)"
        self.skipped.append(Skip(reason=reason, where=where, excerpt=plain(excerpt).strip()[:80]))

    def open_section(self, level: int, title: str):
        title = plain(title).strip()
        if not title:
            return
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        self.stack.append((level, title))
        self.sections.append(Section(path=tuple(t for _, t in self.stack), level=level))

    def build(self) -> ParsedDocument:
        while self.pos < len(self.tokens):
            self.block(self.section.blocks)
        sections = [s for s in self.sections if s.blocks]
        return ParsedDocument(sections=sections, skipped=self.skipped)

    def block(self, into: list[Block]):
        token = self.tokens[self.pos]
        kind = token.type
        if kind == "heading_open":
            inline = self.tokens[self.pos + 1]
            self.open_section(int(token.tag[1]), render_inline(inline))
            self.pos += 3
        elif kind == "paragraph_open":
            self.paragraph(self.tokens[self.pos + 1], into)
            self.pos += 3
        elif kind in ("bullet_list_open", "ordered_list_open"):
            items = self.list_items()
            if items:
                into.append(Block(kind="list", items=items))
        elif kind == "table_open":
            self.table(into)
        elif kind in ("fence", "code_block"):
            lang = (token.info or "").strip().split(" ")[0].lower()
            into.append(Block(kind="code", text=token.content, lang=lang))
            self.pos += 1
        elif kind == "html_block":
            self.html_block(token)
            self.pos += 1
        else:
            # blockquote_open/close, hr and the like: their inner blocks are read as usual.
            self.pos += 1

    def paragraph(self, inline: Token, into: list[Block]):
        text = render_inline(inline)
        if _only_links_or_images(inline):
            self.skip("links or images only", inline.content)
            return
        reason = _junk_reason(text)
        if reason:
            if reason != "empty":
                self.skip(reason, text)
            return
        stripped = text.strip()
        is_label = (
            stripped.startswith(EM_OPEN)
            and stripped.endswith(EM_CLOSE)
            and stripped.count(EM_OPEN) == 1
            and len(plain(stripped)) <= 80
        )
        into.append(Block(kind="label" if is_label else "paragraph", text=stripped))

    def list_items(self) -> list[ListItem]:
        close = self.tokens[self.pos].type.replace("_open", "_close")
        self.pos += 1
        items: list[ListItem] = []
        while self.tokens[self.pos].type != close:
            if self.tokens[self.pos].type == "list_item_open":
                items.append(self.list_item())
            else:
                self.pos += 1
        self.pos += 1
        return items

    def list_item(self) -> ListItem:
        self.pos += 1
        item = ListItem(text="")
        texts: list[str] = []
        while self.tokens[self.pos].type != "list_item_close":
            token = self.tokens[self.pos]
            if token.type == "paragraph_open":
                inline = self.tokens[self.pos + 1]
                text = render_inline(inline)
                reason = _junk_reason(text)
                if reason and reason != "empty":
                    self.skip(reason, text)
                elif not reason and not _only_links_or_images(inline):
                    texts.append(text.strip())
                self.pos += 3
            elif token.type in ("bullet_list_open", "ordered_list_open"):
                item.children.extend(self.list_items())
            else:
                self.pos += 1
        self.pos += 1
        item.text = " ".join(texts)
        return item

    def table(self, into: list[Block]):
        rows: list[list[str]] = []
        row: list[str] = []
        while self.tokens[self.pos].type != "table_close":
            token = self.tokens[self.pos]
            if token.type == "tr_open":
                row = []
            elif token.type == "tr_close":
                rows.append(row)
            elif token.type == "inline":
                row.append(render_inline(token).strip())
            self.pos += 1
        self.pos += 1
        if len(rows) >= 2:
            into.append(Block(kind="table", rows=rows))

    def html_block(self, token: Token):
        heading = _HTML_HEADING.search(token.content)
        if heading:
            self.open_section(int(heading.group(1)), _HTML_TAG.sub("", heading.group(2)))
        elif "<img" in token.content.lower():
            self.skip("image", token.content.strip())
        elif _HTML_TAG.sub("", token.content).strip():
            self.skip("raw HTML", _HTML_TAG.sub("", token.content))


def parse(markdown: str) -> ParsedDocument:
    """Parse a Markdown document into sections of blocks, noting what was skipped and why."""
    return _Builder(_md.parse(sanitize(markdown))).build()
