"""What a code block is for: a command cheatsheet, a template of a format, or an example.

Only cheatsheet entries become "which command" facts and a template becomes a fact about its
format; an example (a program, sample output, a URL) teaches by being read, not asked.
"""

import re

from quizzes.generation.parsing import Block

SHELL_LANGS = {"", "sh", "shell", "bash", "zsh", "console", "shell-session", "powershell", "ps", "cmd", "bat"}
TEMPLATE_LANGS = {"", "text", "txt", "plain", "plaintext", "none", "md", "markdown"}
MARKUP_LANGS = {"html", "xml", "jsx", "tsx", "vue", "svg", "htm", "xhtml"}

# `<type>`, `<optional scope>`, `[optional body]`, `{name}`: placeholders, not HTML tags.
# Not a shell's own "${PWD}", nor a literal in quotes ("^<none>").
_PLACEHOLDER = re.compile(r"(?<![\"'^])<[a-z][a-z0-9 _-]*>|\[[a-z][a-z0-9 _-]*\]|(?<!\$)\{[a-z][a-z0-9 _-]*\}", re.I)
_HTML_TAG = re.compile(
    r"</?(?:html|head|body|div|span|p|a|img|ul|ol|li|h[1-6]|table|tr|td|th|form|input|button|label|script|style|"
    r"section|main|nav|header|footer|template|link|meta|br|hr|em|strong|code|pre)\b",
    re.I,
)
_PROGRAM = re.compile(r"[;{}=]\s*$|^\s*(?:function|const|let|var|def|class|import|return|if|for|while)\b|\(\)")


def is_template(block: Block) -> bool:
    """A short format with placeholders: `<type>[optional scope]: <description>`."""
    if block.kind != "code" or block.lang not in TEMPLATE_LANGS:
        return False
    lines = [line for line in block.text.splitlines() if line.strip()]
    if not 1 <= len(lines) <= 12 or _HTML_TAG.search(block.text):
        return False
    with_placeholders = sum(bool(_PLACEHOLDER.search(line)) for line in lines)
    programs = sum(bool(_PROGRAM.search(line)) for line in lines)
    return with_placeholders >= max(1, len(lines) / 2) and programs <= len(lines) / 4


def why_not_asked(block: Block) -> str:
    """The skip reason for a code block that yielded no fact."""
    if block.lang in SHELL_LANGS and block.lang and not block.text.strip().startswith("#"):
        return "example code (commands without descriptions)"
    if block.lang in MARKUP_LANGS or _HTML_TAG.search(block.text):
        return "example code (markup)"
    if re.match(r"^\s*https?://\S+\s*$", block.text):
        return "example (a URL)"
    if block.lang in TEMPLATE_LANGS and not _PROGRAM.search(block.text):
        return "example (sample text or output)"
    return "example code (a program)"
