"""Lists: enumerations introduced by a lead-in ("There are many types of X:") and
inline example lists ("Two of the most popular hypervisors are A and B")."""

import re

from quizzes.generation.extractors.definitions import is_identifier, is_step_label
from quizzes.generation.facts import CardDraft, Fact, mcq
from quizzes.generation.language import only_a_verb
from quizzes.generation.parsing import Section
from quizzes.generation.text import (
    EM_CLOSE,
    EM_OPEN,
    OUTLINE_NUMBER,
    capitalise,
    normalise,
    plain,
    sentences,
    strip_trailing,
)
from quizzes.generation.writing.grammar import as_common, can_be_verb, is_noun, is_plural, reads_as_name, singular
from quizzes.generation.writing.topics import in_topic, topic_of

NAME = "lists"

# "parts of a TLS 1.2 cipher suite": a version's point is no end of the label
_LABEL = re.compile(
    r"\b(?P<label>(?:types|kinds|forms|categories|examples|steps|parts|components) of [\w\s'-]+(?:\.\d[\w\s'-]*)*)",
    re.I,
)
_EXAMPLES = re.compile(
    r"\b(?:most\s+)?popular\s+(?P<what>[\w\s-]{3,40}?)\s+(?:are|include|includes)\s+(?P<items>.+)$", re.I
)
# "components of Docker are": the lead-in's verb is not part of what the list is of.
_TRAILING_VERB = re.compile(r"\s+(?:are|is|include|includes|were|was|can be)\s*$", re.I)
_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_FILLER = re.compile(r"^(?:\.\.\.|…|etc\b|and (?:others|more)|others?\b)", re.I)
# "There are many types of X:", "X include:", "such as": the author gives some members, not all,
# and "Name the 4 …" would claim there are exactly four.
_OPEN_LEAD = re.compile(
    r"\b(?:many|several|various|numerous|some|a few|among (?:them|others)|include|includes|including|"
    r"such as|for example|for instance|e\.g|examples? of|popular|other)\b",
    re.I,
)


def _opens_examples(lead: str) -> bool:
    """Whether the lead-in's last sentence gives some members only ("Popular editors include:")."""
    return bool(lead.strip()) and bool(_OPEN_LEAD.search(sentences(lead)[-1]))


def _split_outside_parens(text: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and (m := _SPLIT.match(text, i)) and m.end() > i:
            parts.append(text[start:i])
            start = m.end()
    parts.append(text[start:])
    return [p for p in parts if p]


def _clean_item(item: str) -> str:
    item = strip_trailing(plain(item))
    return re.sub(r"^(?:the|a|an)\s+", "", item, flags=re.I)


def _fact(
    section: Section, label: str, items: list[str], kind: str, *, explained: bool = False, lead: str = ""
) -> Fact | None:
    if not label:
        return None
    cleaned = [i for i in dict.fromkeys(_clean_item(x) for x in items) if i]
    items = [i for i in cleaned if not _FILLER.match(i)]
    if len(items) < 2 or any(len(i.split()) > 10 for i in items):
        return None
    # "Creates; Defines; Returns": the actions of a walkthrough, not things to name.
    if sum(only_a_verb(i) and not i.isupper() for i in items) * 2 >= len(items):  # "GET" is a name
        return None
    # "… and others" closing the list leaves it as open as a lead-in that says "many".
    is_open = kind == "examples" or len(items) < len(cleaned) or _opens_examples(lead)
    fields = {"label": label, "items": items, "type": kind, "explained": explained, "open": is_open}
    return Fact(extractor=NAME, section=section.path, cue=label, group=kind, fields=fields)


_ROLE = re.compile(
    r"\b(?P<role>strengths|weaknesses|advantages|disadvantages|pros|cons|benefits|drawbacks|limitations|"
    r"use cases|applications|best practices|problems|features|properties|characteristics|requirements|goals|"
    r"principles|rules|tips|operations|uses|challenges|risks|options|methods|guidelines|responsibilities)\b",
    re.I,
)
_ITEM_HEAD = re.compile(
    rf"^(?:{EM_OPEN}(?P<em>[^{EM_OPEN}{EM_CLOSE}]{{1,60}}){EM_CLOSE}|(?P<plain>[^:–—]{{2,60}}?))\s*(?::|\s-\s|[–—])\s"
)


# "phases of mitosis", as `_counted_label` names a list.
_COUNTED_LABEL = re.compile(r"(?:main |key )?[a-z]+s of [\w\s'-]+(?:\.\d[\w\s'-]*)*")
# "strengths of Kanban", as `_role_label` names a list: it reads after "Name the 3 …".
_ROLE_LABEL = re.compile(rf"{_ROLE.pattern} of [\w\s'.+#-]+", re.I)


def _item_head(text: str) -> str | None:
    """What a list entry names: its leading term, or the whole entry when it is short."""
    if m := _ITEM_HEAD.match(text.strip()):
        return m["em"] or m["plain"]
    stripped = text.strip()
    if stripped.startswith(EM_OPEN) and EM_CLOSE in stripped:
        return stripped[1 : stripped.index(EM_CLOSE)]
    flat = plain(text)
    return flat if 0 < len(flat.split()) <= 10 else None


_QUANTIFIER = re.compile(r"^(?:the|some|several|a few|many|various|other)\s+(?=\w)", re.I)


def _role_label(section: Section, lead: str | None) -> str | None:
    """ "Strengths" (a heading or a lead-in) → "strengths of Kanban", naming the subject it belongs to."""
    for source in (lead, section.title):
        if source and (m := _ROLE.search(source)):
            if source is section.title and len(section.title.split()) > 8:
                continue
            # "Some benefits:" are benefits of the subject too; `_opens_examples` keeps the "some".
            phrase = _TRAILING_VERB.sub("", _QUANTIFIER.sub("", strip_trailing(source)))
            # A role heading ("## Strengths") belongs to the heading above; a role lead-in to its own.
            above = section.path[-2] if len(section.path) >= 2 else ""
            subject = above if source is section.title else section.title
            if len(phrase.split()) <= 3 and subject and m["role"].lower() == phrase.lower():
                return f"{m['role'].lower()} of {subject}"
            return phrase[0].lower() + phrase[1:] if phrase[1:2].islower() else phrase
    return None


# "Mitosis has four phases", "A flower consists of the following parts": what the list is of.
_COUNTED = re.compile(
    r"^(?P<subject>[A-Za-z][\w\s'-]{1,40}?)\s+"
    r"(?:has|have|consists of|is made up of|is made of|contains|comprises|defines|provides|offers|supports)\s+"
    r"(?:the following\s+|(?:two|three|four|five|six|seven|eight|nine|ten|several|many|various|a few|\d+)\s+)?"
    r"(?P<what>(?:main\s+|key\s+)?[a-z]+s)$",
    re.I,
)


def _counted_label(lead: str) -> str | None:
    """ "Mitosis has four phases" → "phases of mitosis"."""
    m = _COUNTED.match(strip_trailing(plain(sentences(lead)[-1]))) if lead.strip() else None
    plural = m and singular(m["what"].split()[-1]) != m["what"].split()[-1]
    if not m or not plural or _CHATTY.search(m["subject"]):
        return None
    subject = re.sub(r"^(?:A|An|The)\b", lambda a: a[0].lower(), as_common(m["subject"]))
    return f"{m['what'].lower()} of {subject}"


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_COUNTING_HEADING = re.compile(
    r"^(?:the\s+)?(?:(?P<rank>top|main|key|core|basic)\s+)?(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r"\s+(?P<what>[a-z][\w -]{2,40}?s)$",
    re.I,
)
# "Mean lead time (how long does it take …)": an entry's gloss in brackets, after what it names
_GLOSS_IN_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")


def _counted_heading(section: Section, count: int) -> str:
    """ "top actionable metrics" for "### Top four actionable metrics" over four entries, or ''."""
    m = _COUNTING_HEADING.match(OUTLINE_NUMBER.sub("", section.title or "").strip())
    if not m or _NUMBER_WORDS.get(m["count"].lower(), int(m["count"]) if m["count"].isdigit() else 0) != count:
        return ""
    words = [m["rank"] or "", m["what"]]
    return " ".join(w.lower() if w[1:].islower() or w.islower() else w for w in " ".join(words).split())


def _lead_label(section: Section, lead: str) -> str:
    """A lead-in names the list by its last sentence ("This implies two things"), or the section does."""
    last = strip_trailing(plain(sentences(lead)[-1])) if lead.strip() else ""
    if len(last.split()) == 1 and last[:1].isupper() and is_noun(last.lower()) and not is_plural(last.lower()):
        return ""  # "**Anode:**" above "- Electrode where oxidation occurs": what one thing is, no members
    title = OUTLINE_NUMBER.sub("", section.title or "")
    if len(last.split()) == 1 and is_plural(last.lower()) and title and len(title.split()) <= 4:
        # "**Types:**" under "Overpotential": the types of overpotential
        said = " ".join(plain(text) for _, text in section.texts_by_block())
        small = all(re.search(rf"\b{re.escape(w.lower())}\b", said) for w in title.split())
        return f"{last.lower()} of {title.lower() if small else as_common(title, heading=True)}"
    # "Where:", "Here's what this code accomplishes:" introduce without naming.
    vague = len(last.split()) < 2 or re.match(r"^(?:where|here|this|these|that|for example|e\.g)\b", last, re.I)
    return last if 0 < len(last.split()) <= 12 and not vague else OUTLINE_NUMBER.sub("", section.title or "") or last


def extract(section: Section) -> list[Fact]:
    facts: list[Fact] = []
    previous = None
    first_list = True
    for block in section.blocks:
        lead_in = (
            previous is not None and previous.kind in ("paragraph", "label") and plain(previous.text).endswith(":")
        )
        sources = (block.id, previous.id) if lead_in else (block.id,)
        if block.kind == "list" and block.ordered and _is_sequence(section, block, previous):
            pass  # steps to recall in order: the sequences extractor asks them, not "name all"
        elif block.kind == "list" and lead_in and all(not item.children for item in block.items):
            lead = strip_trailing(plain(previous.text))
            m = _LABEL.search(lead)
            items = [_item_head(i.text) or i.text for i in block.items]
            # "**Measures** the difference …", "Term: explanation": each entry says more than its head.
            explained = any(plain(head) != plain(i.text) for head, i in zip(items, block.items, strict=True))
            # "Benefits:" under Kanban names the list by its role: "benefits of Kanban".
            label = (
                (_TRAILING_VERB.sub("", m["label"]) if m else None)
                or _counted_label(lead)
                or _role_label(section, lead)
                or _lead_label(section, lead)
            )
            fact = _fact(section, label, items, "enum", explained=explained, lead=lead)
            facts.extend([fact] if fact else [])
        elif block.kind == "list" and first_list and (label := _counted_heading(section, len(block.items))):
            # "### Top four actionable metrics" over four entries: the heading names and counts them
            heads = [_GLOSS_IN_BRACKETS.sub("", plain(_item_head(i.text) or i.text)) for i in block.items]
            fact = _fact(section, label, heads, "enum")
            if fact:
                fact.fields["counted"] = True
                facts.append(fact)
        elif block.kind == "list" and not block.ordered and (lead_in or first_list):
            lead = strip_trailing(plain(previous.text)) if lead_in else ""
            label = _role_label(section, lead or None)
            heads = [_item_head(item.text) for item in block.items]
            if label and all(heads):
                fact = _fact(section, label, heads, "role", lead=lead)
                facts.extend([fact] if fact else [])
        if block.kind == "list" and not block.ordered:
            for item in block.items:
                if fact := _outline_fact(section, item):
                    facts.append(fact)  # "* Three main tactics" over its three bullets
        if facts and facts[-1].blocks == ():
            facts[-1].blocks = sources
        if block.kind in ("paragraph", "list"):
            texts = [block.text] if block.kind == "paragraph" else _item_texts(block.items)
            for text in texts:
                for sentence in sentences(text):
                    if m := _EXAMPLES.search(plain(sentence)):
                        what = strip_trailing(m["what"])
                        fact = _fact(section, f"popular {what}", _split_outside_parens(m["items"]), "examples")
                        if fact:
                            fact.blocks = (block.id,)
                            facts.append(fact)
        first_list = first_list and block.kind != "list"
        previous = block
    return facts


# "Three main tactics": a count in an outline's label says how many follow, not what they are
_COUNT_WORD = re.compile(r"^(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+", re.I)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|do|does|did|can|will|would|should)\b", re.I)
MAX_OUTLINE_LABEL_WORDS = 6


def _outline_fact(section: Section, item) -> Fact | None:
    """A student's outline: "* Three main tactics" with the tactics as its sub-bullets names them,
    as a lead-in would ("Name the 3 main tactics …"). A label that says something ("Why the tactics
    failed", "The war was costly") or names one thing has no members."""
    label = strip_trailing(plain(item.text))
    words = label.split()
    if not 1 <= len(words) <= MAX_OUTLINE_LABEL_WORDS or not 2 <= len(item.children) <= MAX_RECALLED_ITEMS:
        return None
    last = words[-1].lower()
    if not (is_plural(last) and is_noun(last)) or _FINITE.search(label) or _CHATTY.search(label):
        return None
    if re.match(r"^(?:why|how|what|when|where|who)\b", label, re.I):
        return None
    if not _COUNT_WORD.match(label) and not re.match(r"^(?:main|key|major|primary|principal)\s", label, re.I):
        return None  # "* Trees" over "DFS", "BFS": a heading in bullet form, not the kind of its items
    heads = [_item_head(child.text) or plain(child.text) for child in item.children]
    named = _COUNT_WORD.sub("", label)
    fact = _fact(section, named[:1].lower() + named[1:] if named[1:2].islower() else named, heads, "enum", lead=label)
    if fact:
        fact.fields["outline"] = True
    return fact


def _is_sequence(section: Section, block, previous) -> bool:
    from quizzes.generation.extractors.sequences import sequence_of  # it reads list items with `_item_head`

    return sequence_of(section, block, previous) is not None


def _item_texts(items) -> list[str]:
    out = []
    for item in items:
        out.append(item.text)
        out.extend(_item_texts(item.children))
    return out


_NUMBERED = re.compile(r"(?:option|step|example|case|part|method|approach|solution|way)\s*\d+", re.I)
MAX_RECALLED_ITEMS = 6  # more than this is a list to look up, not to recall
MAX_ITEM_WORDS = 6  # longer items are explanations, which nobody recalls word for word
_CHATTY = re.compile(r"\b(?:you|your|you'll|we|our|let's|us|this|these|following|below|above)\b", re.I)


def _head(label: str) -> str:
    """'popular container engines' → 'engine'; 'types of hypervisors' → 'hypervisor'."""
    words = re.findall(r"[a-z]+", label.lower().split(" of ")[-1])
    return singular(words[-1]) if words else ""


# "Understanding the position tracking system:", "Key insights about …": a study aid's heading,
# not a category whose members are worth naming.
_DONE = {"step", "way", "tip", "thing", "rule", "habit", "practice", "action", "task", "technique", "strategy"}
_VAGUE_HEADS = {"points", "ideas", "things", "notes", "facts", "takeaways", "details", "concepts", "terms", "topics"}
_STUDY_LABEL = re.compile(r"^(?:[a-z]+ing|key|main|quick|some|more|a few|few|other|further)\b", re.I)
_WEB_NAME = re.compile(r"\w\.(?:app|ai|com|dev|io|org|net|co|me)\b", re.I)


def _is_action(item: str) -> bool:
    """ "Build", "Add visual feedback", "Measures": what a walkthrough does, not a thing to name.
    "Network Virtualization" opens with a word that can be a verb but continues a name."""
    words = item.split()
    first = words[0].strip("*_`") if words else ""
    if first.isupper() and len(first) > 1:
        return False  # "GET", "DELETE": names written in capitals
    first = first.lower()
    if not first.isalpha() or not can_be_verb(first):
        return False
    if len(words) == 1:  # "Measures", "Create"; "Block" and "File" name things too
        return only_a_verb(first)
    return words[1][:1].islower()


def _worth_naming(fact: Fact, label: str, items: list[str]) -> bool:
    """Members of a real category ("types of X", "popular hypervisors"): not the variables of an
    example, links, the actions of a walkthrough, or terms each explained in the list (the
    definitions extractor asks those one by one)."""
    if any(is_identifier(i) or _WEB_NAME.search(i) for i in items) or _WEB_NAME.search(label):
        return False
    if is_step_label(label):  # "Take a little time and make the page …:" lists things to do
        return False
    # "Top four actionable metrics" over "Mean lead time", "Release frequency": the heading says they are
    # things, whatever verb their first word could be; "Five steps" or "Three ways" are to be done
    named = fact.fields.get("counted") and _head(label) not in _DONE
    if not named and sum(_is_action(i) for i in items) * 2 >= len(items):
        return False
    category = bool(_LABEL.fullmatch(label)) or fact.fields["type"] in ("examples", "role")
    # "* Three main tactics": an outline's label names a kind ("Key points" names none)
    category = category or (fact.fields.get("outline") and label.split()[-1].lower() not in _VAGUE_HEADS)
    return category or not (fact.fields.get("explained") or _STUDY_LABEL.match(label))


_READER_IN_LABEL = re.compile(r"\b(?:you|your|you'll|we|our|us)\b", re.I)
_CODE_ITEM = re.compile(r"[A-Z]{2,4}")


def _recall_prompt(fact: Fact, label: str, count: int) -> str | None:
    """'Name the 3 types of hypervisors.' for a label; the lead-in itself when it reads alone."""
    if not _worth_naming(fact, label, fact.fields["items"]):
        return None
    if _READER_IN_LABEL.search(label) or all(_CODE_ITEM.fullmatch(i.strip()) for i in fact.fields["items"]):
        # "types of roles you may recognize": the reader's, not the subject's; "VLR; LVR; LRV": codes,
        # which name nothing without what they stand for
        return None
    counted = bool(_COUNTED_LABEL.fullmatch(label))
    # "Two of the most popular hypervisors are A and B", "many types of X: …": the author gives
    # examples, so any {count} members answer fairly; "Name the 2 …" would claim there are only two.
    the = "" if fact.fields.get("open") else "the "
    if fact.fields["type"] == "examples" or _LABEL.fullmatch(label) or _ROLE_LABEL.fullmatch(label) or counted:
        return _in_topic(fact.section, f"Name {the}{count} {label[:1].lower() + label[1:]}.", label)
    if len(label.split()) > 14 or _CHATTY.search(label):
        return None
    if members := _members_phrase(label):
        return _in_topic(fact.section, f"Name {the}{count} {members}.", members)
    if _CONDITION_LEAD.search(label):
        return None  # "a redox reaction is spontaneous when:" lists conditions, no members to name
    if _PLURAL_LABEL.fullmatch(label) and is_plural(label.split()[-1].lower()):
        # "Protection Methods:" under Corrosion: the label is what the items are
        named = " ".join(w if w.isupper() else w.lower() for w in label.split())
        return _in_topic(fact.section, f"Name {the}{count} {named}.", label)
    return None  # "Beancount Syntax: name 3." — a heading over a list says not what its items are


_CONDITION_LEAD = re.compile(r"\b(?:when|if|unless|because|where|whenever)$", re.I)
_PLURAL_LABEL = re.compile(r"[A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,2}")


_KINDS_ONLY = re.compile(
    r"(?:(?:two|three|four|five|six|\d+|main|broad|major|basic|key|general|different|common|important)\s+)*"
    r"(?:categories|types|kinds|classes|groups|forms|parts|components|elements|examples|ways|features|levels)",
    re.I,
)


def _in_topic(section: tuple[str, ...], prompt: str, label: str) -> str:
    """ "Name the 3 benefits of Docker." names its topic ("Docker benefits") in other words already;
    under "Tactics of the USA", "Name the 3 main tactics of the USA." says whose."""
    head = label.split()[-1] if label.split() and " of " not in label else ""
    for heading in reversed(section):
        if head and (owner := re.match(rf"^{re.escape(head)}\s+of\s+(?P<whose>.+)$", heading.strip(), re.I)):
            return f"{prompt.rstrip('.')} of {owner['whose'].strip()}."
    topic = topic_of(section)
    if not topic and _KINDS_ONLY.fullmatch(label.strip()):
        return ""  # "Name the 2 broad categories.": of what, a card read alone cannot tell
    named = {singular(w) for w in re.findall(r"[a-z0-9+#]+", label.lower())}
    if topic and {singular(w) for w in re.findall(r"[a-z0-9+#]+", topic.lower())} <= named:
        return prompt
    return in_topic(topic, prompt)


_INCLUDE = re.compile(
    r"^(?:the\s+|some\s+|several\s+|a few\s+|many\s+|other\s+)?(?P<what>[A-Za-z][\w\s'-]{2,50}?)\s+"
    r"(?:include|includes|are|are as follows|can be)$",
    re.I,
)


def _members_phrase(label: str) -> str | None:
    """ "Common branching strategies include" → "common branching strategies": a plural noun
    phrase that names the members, so the prompt reads "Name the 3 common branching strategies."."""
    m = _INCLUDE.match(label.strip())
    words = m["what"].split() if m else []
    if not words or len(words) > 6 or singular(words[-1].lower()) == words[-1].lower():
        return None
    # "programming languages": a participle before the head noun modifies it
    modifier = {i for i, w in enumerate(words[:-1]) if w.lower().endswith(("ed", "ing"))}
    if any(can_be_verb(w.lower()) and not is_noun(w.lower()) and i not in modifier for i, w in enumerate(words)):
        return None  # "Tools we use are" has a verb in it: a clause, not a noun phrase
    return " ".join(w if reads_as_name(w) else w.lower() for w in words)


def render(fact: Fact, siblings: list[Fact], index: int) -> list[CardDraft]:
    label, items = fact.fields["label"], fact.fields["items"]
    common = {"note_key": fact.key, "section": fact.section_label}
    cards = []
    # A blank in one item of a list is answered by any other member: no cloze per item.
    prompt = _recall_prompt(fact, label, len(items))
    # Items that carry their own explanation ("CanIUse.com - Check support") are definitions.
    explained = any(re.search(r"\s[-–—:]\s", i) for i in items)
    # "Option 1; Option 2": numbered placeholders, whose names teach nothing.
    explained = explained or all(_NUMBERED.fullmatch(i) for i in items)
    if (
        prompt
        and not explained
        and len(items) <= MAX_RECALLED_ITEMS
        and all(len(i.split()) <= MAX_ITEM_WORDS for i in items)
    ):
        cards.append(CardDraft(key=f"{fact.key}:basic", kind="basic", front=prompt, back="; ".join(items), **common))
    head = _head(label)
    if head and (_LABEL.fullmatch(label) or fact.fields["type"] == "examples"):
        # Distractors are the same kind of thing (lists of the same head noun) yet not in this list,
        # nor in any other list of the same label.
        also_true = {
            normalise(i)
            for s in siblings
            if normalise(s.fields["label"]) == normalise(label)
            for i in s.fields["items"]
        } | {normalise(i) for i in items}
        pool = [
            i for s in siblings if s.cue != fact.cue and _head(s.fields["label"]) == head for i in s.fields["items"]
        ]
        correct = items[index % len(items)]
        question = in_topic(topic_of(fact.section), f"Which of these is one of the {label}?")
        explanation = f"{capitalise(label)}: {', '.join(items)}."
        if card := mcq(
            f"{fact.key}:mcq", question, correct, pool, also_true=also_true, explanation=explanation, **common
        ):
            cards.append(card)
    return cards
