"""Command-line options listed one per line: "`-p` or `--port` Port to use (defaults to 8080)".

A program's options, each a paragraph or list item that opens with its flags set as code and goes
on with what the option does, are asked flag by flag: "In http-server, what does the -d option
do?" → "Shows directory listings (defaults to true)". A section is such a list when it holds at
least three of them; a lone "`-c-1` disables caching" is a statement of its own.

A reference may give each entry a heading of its own instead, its name set as code ("### `strict_env`"
over "If set to true, the `.envrc` will be loaded with …"), beside at least two sibling headings of
that shape: see `heading_entries`.
"""

import re
from collections import defaultdict

from quizzes.generation.facts import CardDraft, Fact
from quizzes.generation.parsing import ParsedDocument, Section
from quizzes.generation.text import CODE_CLOSE, CODE_OPEN, capitalise, plain, sentences, strip_trailing
from quizzes.generation.writing.grammar import as_common, can_be_verb, is_base_verb, singular, third_person, verb_base
from quizzes.generation.writing.prompts import asked_by_its_verb, definition_shape
from quizzes.generation.writing.topics import document_topic, in_topic, page_name, topic_of

NAME = "flags"
MIN_OPTIONS = 3
MAX_DESCRIPTION_WORDS = 40

_FLAG = rf"{CODE_OPEN}(?P<{{name}}>--?[A-Za-z][\w-]*(?:[= ]<?[\w.|-]+>?)?){CODE_CLOSE}"
# "`-p` or `--port` Port to use …", "`--cors` Enable CORS …", "`-s`, `--silent`: Suppress …"
_OPTION = re.compile(
    rf"^\s*{_FLAG.format(name='short')}(?:\s*(?:,|or|/|\|)\s*{_FLAG.format(name='long')})?"
    rf"\s*(?:[:–—-]\s*)?(?P<description>[A-Z(][^\n]+)$"
)
_SELF_EXPLAINED = re.compile(r"^--?(?:h|help|v|version|V)$")
# "Default file extension", "Maximum size": a noun's modifier, however it reads as a verb
_DESCRIBING = {"default", "maximum", "minimum", "custom", "initial", "extra", "base", "root", "main", "output", "input"}
# "Port to use", "Path to ssl cert file": what the option's value is, not what it does
_VALUE_OF = re.compile(r"^[A-Z][a-z]+(?:\s+[a-z]+){0,3}\s+(?:to|for|of)\s", re.I)


def _option(text: str) -> dict | None:
    m = _OPTION.match(text)
    if not m:
        return None
    description = strip_trailing(plain(m["description"]).strip())
    if not 2 <= len(description.split()) <= MAX_DESCRIPTION_WORDS:
        return None
    if _SELF_EXPLAINED.search(m["long"] or m["short"]):
        return None  # "--help", "--version": every program has them, nothing of this one to learn
    flags = m["short"] if not m["long"] else f"{m['short']} ({m['long']})"
    return {"flags": flags, "description": description}


def extract(section: Section) -> list[Fact]:
    found = [(block, option) for block, text in section.texts_by_block() if (option := _option(text))]
    if len(found) < MIN_OPTIONS:
        return []
    return [
        Fact(NAME, section.path, cue=option["flags"], group="options", fields=option, blocks=(block.id,))
        for block, option in found
    ]


def _does(description: str) -> str | None:
    """ "Show directory listings" → "Shows directory listings"; None for a description that names
    the option's value ("Port to use") or is no instruction."""
    first, _, rest = description.partition(" ")
    lower = first.lower()
    if _VALUE_OF.match(description) or not rest or lower in _DESCRIBING:
        return None
    if not is_base_verb(lower):
        return None
    return f"{third_person(lower).capitalize()} {rest}"


def render(fact: Fact, siblings: list[Fact], index: int) -> list[CardDraft]:
    f = fact.fields
    if f.get("entry"):
        return _entry_cards(fact)
    program = page_name() or topic_of(fact.section)
    does = _does(f["description"])
    if does:
        question, answer = f"What does the {f['flags']} option do?", does
    else:
        question, answer = f"What is the {f['flags']} option for?", capitalise(f["description"])
    return [
        CardDraft(
            key=f"{fact.key}:basic",
            kind="basic",
            front=in_topic(program, question),
            back=answer,
            note_key=fact.key,
            section=fact.section_label,
        )
    ]


# ---------------------------------------------------------------------------------------------
# A reference by headings: "## [global]" over "### `disable_stdin`", "### `strict_env`", … each
# over a paragraph on its entry. The first sentence says what an option does ("If set to true, …",
# "Specify how long to wait …"), asked "In direnv.toml, what does the strict_env option do?"; or it
# names the entry in words and says what it is ("Analytic weights describe …" under
# "### `AnalyticWeights`"), asked "What do analytic weights (AnalyticWeights) describe?".

# snake_case, camelCase, PascalCase, dotted.name, kebab-case, --flag: one name, no call and no words
_IDENTIFIER = re.compile(r"--?[A-Za-z][\w-]*|[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*|[a-z][a-z0-9]*(?:-[a-z0-9]+)+")
# "[global]" (a TOML table), "Options", "Configuration", "Configuring", "direnv.toml": a heading or
# title about settings, whose entries are options
_ABOUT_SETTINGS = re.compile(
    r"\b(?:options?|settings?|config\w*|preferences)\b|^\[[\w.-]+\]$|\.(?:toml|ya?ml|json|ini|cfg|conf)\b", re.I
)
_CONDITION = re.compile(r"^(?:if|when|unless)\s[^,]+,\s+\S", re.I)
# "This allows one to hard-code the position of bash": the option's task, after the reader it serves
_LETS_ONE = re.compile(
    r"^(?:this|it)(?:\s+(?:option|setting|key|flag))?\s+(?P<lets>(?:allows|enables|lets|helps)\s+"
    r"(?:one|you|us|users?|the\s+user)\s+(?:to\s+)?(?P<task>[a-z].*))$",
    re.I,
)
_BRACKETED_EXAMPLE = re.compile(r"\s*\((?:e\.g\.|for example|for instance)[^()]*\)", re.I)
_ALSO = re.compile(r"^also\s+(?=[a-z])", re.I)
_PARTICLES = {"for", "up", "out", "in", "on", "off", "down", "back", "over", "with", "from", "into"}
# "Accepts an array of strings", "Defaults to 5s": the option's value, not what it does
_NOT_TASKS = {"be", "have", "do", "accept", "take", "default", "expect", "require", "need", "mean", "contain"}
_ENTRY_KINDS = {"type", "class", "option", "setting", "flag", "field", "key", "property", "function", "method"}
_NAME_WORDS = 4


def heading_entries(document: ParsedDocument) -> list[Fact]:
    """The entries of the document's references by headings: a section headed by one name in code,
    under a parent heading that has at least MIN_OPTIONS such sections, whose first paragraph says
    what the option does or what the named thing is. Keys are the caller's to give."""
    by_parent: dict[tuple[str, ...], list[Section]] = defaultdict(list)
    for section in document.sections:
        if section.code_title and len(section.path) >= 2 and _IDENTIFIER.fullmatch(section.title):
            by_parent[section.path[:-1]].append(section)
    found = []
    for parent, sections in by_parent.items():
        if len(sections) < MIN_OPTIONS:
            continue
        settings = any(_ABOUT_SETTINGS.search(plain(heading).strip()) for heading in (document.title, *parent))
        found += [fact for section in sections if (fact := _heading_entry(section, settings))]
    return found


def _heading_entry(section: Section, settings: bool) -> Fact | None:
    first = section.blocks[0]
    said = sentences(first.text) if first.kind == "paragraph" else []
    if not said:
        return None  # "### `prefix`" over an example only: nothing says what it is
    opening = strip_trailing(plain(said[0]))
    fields = {"entry": True, "name": section.title, "sentence": plain(said[0]), "detail": plain(" ".join(said[1:]))}
    described = _described(opening, section.title)
    if described and _described_question({**fields, **described}):  # a verb with an object to ask for
        fields.update(described)
    elif settings and (does := _what_the_option_does(opening)):
        fields["does"] = does
    else:
        return None
    return Fact(NAME, section.path, cue=section.title, group="entries", fields=fields, blocks=(first.id,))


def _what_the_option_does(sentence: str) -> str | None:
    """ "If set to true, stdin is disabled …" as written; "Specify how long to wait …" → "Specifies how
    long to wait …"; "This allows one to hard-code the position of bash" → "Hard-codes the position
    of bash"; None for a sentence that says neither. An example in brackets ("(e.g. `/* … */`)") is
    the explanation's, not the answer's."""
    sentence = _BRACKETED_EXAMPLE.sub("", sentence)
    if _CONDITION.match(sentence):
        return capitalise(sentence)
    if m := _LETS_ONE.match(sentence):
        return _done(m["task"]) or capitalise(m["lets"])  # "Allows one to …"
    return _done(capitalise(_ALSO.sub("", sentence)), opens_sentence=True)


def _done(phrase: str, *, opens_sentence: bool = False) -> str | None:
    """ "look for and load .env files" → "Looks for and loads .env files"; "Stores the results …" as
    it is; None when the phrase opens with no verb ("Port to use", "Name of the file")."""
    words = phrase.split(" ")
    first = words[0]
    if len(words) < 2 or words[1] in ("to", "of") or (opens_sentence and not first[:1].isupper()):
        return None
    lower = first.lower()
    if lower in _DESCRIBING:
        return None
    if can_be_verb(lower) and verb_base(lower) != lower and third_person(verb_base(lower)) == lower:
        # "Stores the results …" as it is; "Files matching the glob are …" names things
        acts = definition_shape(phrase) == "verb" and verb_base(lower) not in _NOT_TASKS
        return capitalise(phrase) if acts else None
    if not (acts := _third_person(lower)):
        return None
    words[0] = acts
    # "look for and load": the second verb of the pair acts too
    at = 2 if words[1] in _PARTICLES else 1
    if len(words) > at + 1 and words[at] in ("and", "or") and (second := _third_person(words[at + 1])):
        words[at + 1] = second
    return capitalise(" ".join(words))


def _third_person(word: str) -> str | None:
    """ "load" → "loads", "hard-code" → "hard-codes"; None for a word that is no verb in its base form."""
    head, dash, verb = word.rpartition("-")
    if not is_base_verb(verb) or verb in _NOT_TASKS:
        return None
    return f"{head}{dash}{third_person(verb)}"


def _described(sentence: str, name: str) -> dict | None:
    """ "Analytic weights describe a non-random …" under `AnalyticWeights`, "The `Weights` type
    describes …" under `Weights`: the sentence opens with the entry's name, in words (singular or
    plural) or as written, then a verb of its own. {'said', 'kind', 'verb', 'rest'} of it, or None."""
    words = sentence.split()
    start = 1 if words[:1] and words[0].lower() == "the" else 0
    for end in range(start + 1, min(len(words) - 1, start + _NAME_WORDS) + 1):
        said = words[start:end]
        if _letters(name) not in (_letters(" ".join(said)), _letters(" ".join([*said[:-1], singular(said[-1])]))):
            continue
        kind = words[end] if words[end].lower() in _ENTRY_KINDS else ""
        verb, *rest = words[end + bool(kind) :]
        if not verb.isalpha() or not verb.islower() or not can_be_verb(verb) or verb_base(verb) in _NOT_TASKS:
            return None  # "Unit weights are a special case …": a definition, read as one elsewhere
        return {"said": " ".join(said), "kind": kind, "verb": verb, "rest": " ".join(rest)}
    return None


def _described_question(f: dict) -> tuple[str, str] | None:
    """ "What do analytic weights (AnalyticWeights) describe?" → "A non-random relative importance …";
    "What does the Weights type describe?"; None when the verb has no object to recall."""
    said, name = f["said"], f["name"]
    subject = name if said.lower() == name.lower() else f"{as_common(said)} ({name})"
    subject = f"the {subject} {f['kind']}" if f["kind"] else subject
    does = "do" if verb_base(f["verb"]) == f["verb"] else "does"
    return asked_by_its_verb(f"What {does} {subject} do?", f"{f['verb']} {f['rest']}")


def _letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _entry_cards(fact: Fact) -> list[CardDraft]:
    f = fact.fields
    if "does" in f:
        # an option's name is no one program's: "strict_env" needs its file or program named, not the
        # table it sits in ("[sweep]")
        topic = page_name() or document_topic(fact.section) or topic_of(fact.section)
        front = in_topic(topic, f"What does the {f['name']} option do?")
        back = f["does"]
    elif asked := _described_question(f):
        front, back = in_topic(page_name(), asked[0]), asked[1]
    else:
        return []
    common = {"note_key": fact.key, "section": fact.section_label}
    return [CardDraft(key=f"{fact.key}:basic", kind="basic", front=front, back=back, explanation=f["detail"], **common)]
