"""Templates: a code block that shows a format with placeholders (`<type>[optional scope]: <description>`)
becomes a fact about that format, named by the subject of its lead-in ('The commit message should be
structured as follows' → 'the commit message') or by its section."""

import re

from quizzes.generation.code_blocks import is_template
from quizzes.generation.facts import CardDraft, Fact
from quizzes.generation.language import IMPERATIVE
from quizzes.generation.parsing import Section
from quizzes.generation.text import capitalise, plain, sentences, strip_trailing
from quizzes.generation.writing.grammar import as_common, is_plural, reads_as_name, singular, with_article
from quizzes.generation.writing.topics import in_topic, topic_of

NAME = "templates"


def extract(section: Section) -> list[Fact]:
    facts = []
    previous = None
    for block in section.blocks:
        if is_template(block) and not _SPOKEN.search(block.text) and not _commented_commands(block.text):
            lead = (
                strip_trailing(sentences(plain(previous.text))[-1])
                if previous is not None and previous.kind in ("paragraph", "label") and previous.text.strip()
                else ""
            )
            # "## Usage:": the heading's colon is its punctuation, not part of the name
            name = lead if lead and len(lead.split()) <= 15 else strip_trailing(section.title) or "this format"
            sources = (block.id, previous.id) if lead and name == lead else (block.id,)
            fields = {"name": name, "template": block.text.strip("\n")}
            facts.append(
                Fact(NAME, section.path, cue=block.text.strip(), group="formats", fields=fields, blocks=sources)
            )
        previous = block
    return facts


def _commented_commands(code: str) -> bool:
    """ "terraform workspace new [WorkspaceName]  # create new workspace" line after line: a cheat
    sheet whose placeholders are arguments, each line its own command (see `cheatsheets`)."""
    return sum(bool(_TRAILING_COMMENT.search(line)) for line in code.splitlines()) >= 2


_TRAILING_COMMENT = re.compile(r"\S\s+#\s+\S")


# "The commit message should be structured as follows", "A commit message has the form": the
# subject before the verb names what the template formats.
_LEAD_SUBJECT = re.compile(
    r"^(?P<subject>[^,:;]+?)\s+(?:should|must|will|can|is|are|has|have|takes?|looks?|follows?|uses?|reads?)\b",
    re.I,
)
_TASK = re.compile(r"^(?:get|fetch|obtain|set\s+up|configure|initiali[sz]e|clone|push|pull)\s", re.I)
# A lead-in that says only what kind of thing follows: the section names the subject.
_GENERIC_LEAD = re.compile(r"^(?:usage|syntax|format|structure|template|example|pattern|signature|form)$", re.I)
# "To stop something from being upgraded, use": a purpose, which names no thing with a format
_POINTING = re.compile(
    r"^(?:here|this|it|that|these|the following|below|as follows|to\s+[a-z]+|in order to|"
    r"e\.?g\.?|i\.?e\.?|eg|ie|for example|example|for instance)(?:\b|$)",
    re.I,
)
# "Sorry, I don't have any information about your interests. … [list of movies]": an example reply
# with a gap in it, not a format to learn.
_SPOKEN = re.compile(r"\b(?:I|I'm|I've|you|your|we|we're)\s+[a-z'’]+\s+[a-z'’]+")
# "We have tried …", "And you can already guess …": the lead-in talks to the reader and names nothing.
_PERSONAL = re.compile(r"^(?:(?:and|but|or|so|now)\s+)?(?:we|you|i|they|he|she|one|its|our|your|their|my)\b", re.I)


def formatted(name: str, title: str) -> tuple[str, str] | None:
    """What a template formats, as a noun phrase for 'the format of …', and the kind of format
    ('format', or 'usage' for a 'Usage:' lead-in): 'A commit message has the form' → 'a commit
    message'; a heading 'Log line' → 'a log line'; 'Usage' under 'Docker run' → 'Docker run'.
    None when nothing names it ('Here is how it looks')."""
    kind = "format"
    if _GENERIC_LEAD.match(name):
        kind, name = name.lower(), title
    if m := _LEAD_SUBJECT.match(name):
        name = m["subject"]
    name = name.strip()
    if not name or _POINTING.match(name) or _PERSONAL.match(name) or len(name.split()) > 6 or name.endswith("?"):
        return None
    if IMPERATIVE.match(name) or _TASK.match(name):
        return None  # "Get current version of a project": a task done with the code, no thing it formats
    if re.match(r"^(?:the|a|an)\s", name, re.I):
        return name[:1].lower() + name[1:], kind
    common = as_common(name)
    if reads_as_name(name):
        return common, kind
    *rest, head = common.split()
    if is_plural(head):
        common = " ".join([*rest, singular(head)])  # "Few-shot prompts can be formatted as follows": one of them
    return with_article(common), kind


def render(fact: Fact, siblings: list[Fact], index: int) -> list[CardDraft]:
    template = fact.fields["template"]
    named = formatted(fact.fields["name"], fact.section[-1] if fact.section else "")
    if named is None:
        return []
    subject, kind = named
    topic = topic_of(fact.section)
    common = {"note_key": fact.key, "section": fact.section_label}
    cards = [
        CardDraft(
            key=f"{fact.key}:basic",
            kind="basic",
            front=in_topic(topic, f"What is the {kind} of {subject}?"),
            back=template,
            **common,
        )
    ]
    if not _shares_a_word(topic, subject):
        # Asked under a heading that names the subject ('In Log line, …'), the reverse is answered.
        front = f"{in_topic(topic, f'What is this the {kind} of?')}\n{template}"
        cards.append(
            CardDraft(key=f"{fact.key}:reverse", kind="reverse", front=front, back=capitalise(subject), **common)
        )
    return cards


def _shares_a_word(topic: str, subject: str) -> bool:
    """'Commits' and 'the commit message' share 'commit': the topic would answer the reverse card."""

    def words(text: str) -> set[str]:
        return {singular(w) for w in re.findall(r"[a-z]{3,}", text.lower())} - {"the"}

    return bool(words(topic) & words(subject))
