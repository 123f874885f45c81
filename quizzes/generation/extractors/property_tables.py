"""Two-column property tables without row labels: "Public | Private", one property per row.

A table of code and what it means ("Condition | Description": `[[ -d FILE ]]` | Directory) is a
reference: each row is asked as "What does `[[ -d FILE ]]` test?"; a command table as "What does
conda info do?"; a measured column as "What is the E° of the half-reaction …?". Two columns that
only pair phrases ("Public | Private", "es | en") name no relation to ask by: their rows are
facts without cards, reported as such. Tables read as row × column are the `tables` extractor's.
"""

import re

from wordfreq import zipf_frequency

from quizzes.generation.extractors.tables import cell_text, shape
from quizzes.generation.facts import CardDraft, Fact
from quizzes.generation.parsing import Section
from quizzes.generation.text import capitalise, normalise
from quizzes.generation.writing.grammar import can_be_verb, is_adjective, singular, with_article
from quizzes.generation.writing.tables import echoes_label, split_unit
from quizzes.generation.writing.topics import in_topic, topic_of

NAME = "property_tables"


def extract(section: Section) -> list[Fact]:
    facts = []
    for block in section.blocks:
        if block.kind != "table":
            continue
        rows = [[cell_text(c) for c in row] for row in block.rows]
        if shape(rows) != "property":
            continue
        left, right = rows[0]
        for row in rows[1:]:
            if len(row) >= 2 and row[0] and row[1]:
                fields = {"left": left, "right": right, "left_value": row[0], "right_value": row[1]}
                cue = f"{row[0]} / {row[1]}"
                facts.append(
                    Fact(NAME, section.path, cue=cue, group=f"{left}/{right}", fields=fields, blocks=(block.id,))
                )
    return facts


def _side(label: str) -> str:
    """A column label mid-sentence: 'Public' → 'public', 'Half-Reaction' → 'half-reaction', 'VMs',
    'E° (V)' and 'Docker' as written."""
    parts = label.split("-")
    everyday = parts[0][:1].isupper() and all(
        p[1:].islower() and zipf_frequency(p.lower(), "en") >= 3.5 for p in parts
    )  # "Half-reaction" as much as "Half-Reaction"
    return label.lower() if everyday else label


# "+2.87", "-0.44", "1,200 ms", "25%": a measured value, no key to look a row up by.
_MEASURE = re.compile(r"^[+−–-]?\d[\d.,]*\s*(?:%|[A-Za-z°µ/]{1,4})?$")


# Code on the left: brackets, operators, flags, placeholders in capitals.
_CODE = re.compile(r"[\[\]{}()<>=$|&!~*/\\`]|(?:^|\s)-{1,2}\w|\b[A-Z]{2,}\b")
_MEANING_COLUMN = re.compile(r"^(?:description|meaning|explanation|purpose|effect|what it does|does)$", re.I)
_TEST_COLUMN = re.compile(r"^(?:conditions?|tests?|checks?|expressions?|operators?|predicates?)$", re.I)
_EVERYDAY = 6.0  # "not", "and": an operator's bare name teaches nothing as an answer


# "Command | Description", "Shortcut | Action": the left cells are things to type, whatever their symbols.
_COMMAND_COLUMN = re.compile(r"^(?:commands?|cmd|shortcuts?|keys?|key bindings?|keystrokes?|usage)$", re.I)


def _is_code_reference(f: dict) -> bool:
    return bool(_CODE.search(f["left_value"])) and bool(_MEANING_COLUMN.match(f["right"].strip()))


def _is_command_reference(f: dict) -> bool:
    return bool(_COMMAND_COLUMN.match(f["left"].strip())) and bool(_MEANING_COLUMN.match(f["right"].strip()))


def _command_cards(fact: Fact, common: dict) -> list[CardDraft]:
    """'| `conda info` | Show version and configuration |': 'What does conda info do?', and the task
    it names asked the other way ('How do you show version and configuration?'), as a cheat sheet's."""
    f = fact.fields
    command, meaning = f["left_value"].strip(), f["right_value"].strip().rstrip(".")
    if len(meaning.split()) < 2 or echoes_label(command, meaning):
        return []
    topic = topic_of(fact.section)
    cards = [
        CardDraft(
            key=f"{fact.key}:right",
            kind="basic",
            front=in_topic(topic, f"What does {command} do?"),
            back=capitalise(meaning),
            **common,
        )
    ]
    first = meaning.split()[0]
    if first[:1].isupper() and first[1:].islower() and can_be_verb(first.lower()) and not is_adjective(first.lower()):
        task = f"{first.lower()} {meaning.split(' ', 1)[1]}"
        cards.append(
            CardDraft(
                key=f"{fact.key}:left",
                kind="reverse",
                front=in_topic(topic, f"How do you {task}?"),
                back=command,
                **common,
            )
        )
    return cards


def _code_card(fact: Fact, siblings: list[Fact], common: dict) -> list[CardDraft]:
    """'What does [[ NUM -eq NUM ]] test?' → 'Equal'. No reverse: 'which condition is “equal”?'
    has several answers in a table of conditions, and an answer that is a bare everyday word
    ('Not', 'And') only names the operator the prompt shows."""
    f = fact.fields
    words = re.findall(r"[A-Za-z]+", f["right_value"])
    if not words or all(zipf_frequency(w.lower(), "en") >= _EVERYDAY for w in words):
        return []
    if _names_the_column(f["right_value"], f["left"]) or _unshown_placeholder(f["right_value"], f["left_value"]):
        return []
    if _names_its_sign(f["right_value"], f["left_value"]):
        return []
    if echoes_label(f["left_value"], f["right_value"]):
        return []  # "[[ -f FILE ]] | File": the code's own letters say it
    tests = bool(_TEST_COLUMN.match(f["left"].strip()))
    if _bare_noun(f["right_value"]):
        return _which_tests(fact, siblings, common) if tests else []
    verb = "test" if tests else "mean"
    front = in_topic(topic_of(fact.section), f"What does {f['left_value']} {verb}?")
    return [CardDraft(key=f"{fact.key}:right", kind="basic", front=front, back=capitalise(f["right_value"]), **common)]


def _bare_noun(meaning: str) -> bool:
    """'Regexp', 'Symlink', 'Directory': one word that names a thing, no verb or adjective saying
    what of it is tested, is too thin an answer ('Exists', 'Readable' say it)."""
    words = meaning.split()
    word = words[0].lower() if len(words) == 1 and words[0].isalpha() else ""
    return bool(word) and not can_be_verb(word) and not is_adjective(word)


def _which_tests(fact: Fact, siblings: list[Fact], common: dict) -> list[CardDraft]:
    """A bare noun asked the other way round, where it names one row: 'Which condition tests for
    a directory?' → [[ -d FILE ]]."""
    f = fact.fields
    same = [s for s in siblings if s.key != fact.key and s.group == fact.group]
    if any(normalise(s.fields["right_value"]) == normalise(f["right_value"]) for s in same):
        return []
    kind = singular(f["left"].strip().lower())
    thing = with_article(f["right_value"].lower())
    # "Bash (conditions)": the question names the kind itself.
    topic = re.sub(rf"\s*\((?:[^()]*\b{re.escape(kind)}[^()]*)\)", "", topic_of(fact.section))
    front = in_topic(topic, f"Which {kind} tests for {thing}?")
    return [CardDraft(key=f"{fact.key}:which", kind="basic", front=front, back=f["left_value"], **common)]


def _names_the_column(meaning: str, column: str) -> bool:
    """'(( NUM < NUM )) | Numeric conditions' under 'Condition': the cell names the kind of row,
    not what this row tests."""
    kinds = {singular(w.lower()) for w in re.findall(r"[A-Za-z]{3,}", column)}
    return any(singular(w.lower()) in kinds for w in re.findall(r"[A-Za-z]{3,}", meaning))


# The comparison signs of school mathematics and their everyday names.
_SIGN_NAMES = {
    "==": "equal", "=": "equal", "!=": "not equal", "<": "less than", ">": "greater than",
    "<=": "less than or equal", ">=": "greater than or equal",
}  # fmt: skip


def _names_its_sign(meaning: str, code: str) -> bool:
    """'[[ STRING == STRING ]] | Equal': the answer is the name of a sign the prompt shows; '[[ NUM
    -eq NUM ]] | Equal' is worth asking, since '-eq' has to be learnt."""
    named = re.sub(r"[^a-z ]", "", meaning.lower()).split()
    signs = set(code.split()) & _SIGN_NAMES.keys()
    return any(" ".join(named) in (_SIGN_NAMES[s], f"{_SIGN_NAMES[s]} to") for s in signs)


# "OPTIONNAME", "TAR_FILE": a placeholder, written in capitals.
_PLACEHOLDER = re.compile(r"\b[A-Z][A-Z0-9_]{3,}\b")


def _unshown_placeholder(meaning: str, code: str) -> bool:
    """'[[ -o noclobber ]] | If OPTIONNAME is enabled': the meaning names a placeholder the code
    does not show (the sheet's general form, not this example's), so it reads as a mismatch.
    An acronym ('HTML', 'JSON') is a word, not a placeholder."""
    return any(
        p not in code and ("_" in p or zipf_frequency(p.lower(), "en") < 2.5) for p in _PLACEHOLDER.findall(meaning)
    )


def _with_unit(value: str, column: str) -> str:
    """'+2.87' under 'E° (V)' → '+2.87 V': a bare number under a unit column is said with it."""
    unit = split_unit(column)[1]
    return f"{value} {unit}" if unit and re.fullmatch(r"[+−–-]?\d[\d.,]*", value.strip()) else value


def render(fact: Fact, siblings: list[Fact], index: int) -> list[CardDraft]:
    f = fact.fields
    common = {"note_key": fact.key, "section": fact.section_label}
    topic = topic_of(fact.section)
    if _is_command_reference(f):
        return _command_cards(fact, common)
    if _is_code_reference(f):
        return _code_card(fact, siblings, common)

    if not _MEASURE.match(f["right_value"].strip()):
        # "Where public is “reachable from …”, what is private?", "Where es is “estoy en el coche”,
        # what is en?": two columns that pair phrases name no relation a question could ask by.
        # Teachers kept none of 32 such cards on documents read blind; the fact is reported instead.
        return []
    # "What is the E° of the half-reaction F₂ + 2e⁻ → 2F⁻?": a measure of a named row, its unit
    # ("E° (V)") said with the answer; a value is no key to recall a row by, so never the reverse
    measure = split_unit(f["right"])[0]
    question = f"What is the {_side(measure)} of the {_side(f['left'])} {f['left_value']}?"
    back = _with_unit(f["right_value"], f["right"])
    return [CardDraft(key=f"{fact.key}:right", kind="basic", front=in_topic(topic, question), back=back, **common)]
