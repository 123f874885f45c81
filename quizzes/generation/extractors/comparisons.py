"""Comparisons: an aspect bullet ("**Storage space**") with one sub-bullet per subject.

Subjects come from a "A vs B" section title, else from the words the
sub-bullets most often start with. False statements swap the two subjects,
never negate.
"""

import re
from collections import Counter

from quizzes.generation.facts import CardDraft, Fact, alternate, true_false
from quizzes.generation.parsing import ListItem, Section
from quizzes.generation.text import EM_CLOSE, EM_OPEN, capitalise, plain, sentences, strip_trailing, word_pattern
from quizzes.generation.writing.grammar import as_common
from quizzes.generation.writing.prompts import is_statement
from quizzes.generation.writing.tables import agree_singular, attribute
from quizzes.generation.writing.topics import in_topic, topic_of

NAME = "comparisons"

_VS = re.compile(r"\s+(?:vs\.?|versus)\s+", re.I)
_VERB = (
    r"(?:can|cannot|are|is|have|has|do|does|will|may|must|offer|offers|enable|enables|take|takes|improve|"
    r"improves|need|needs|require|requires|share|shares|run|runs|provide|provides|consume|consumes|use|uses)"
)
# "Hypervisor: a piece of software …": a definition, which the definitions extractor covers.
_DEFINITION_SIDE = re.compile(r"^[^:.]{1,40}:\s")
_CONTRAST = re.compile(
    r"\b(?:than|unlike|whereas|while|instead of|compared (?:to|with)|more|less|fewer|better|worse|"
    r"easier|harder|faster|slower|smaller|larger|bigger|lighter|heavier|cheaper)\b",
    re.I,
)
_CUT = re.compile(r",|\s+(?:since|because|given that|which|thanks to|as they|so that)\s+", re.I)


def _aspect(item: ListItem) -> str | None:
    text = item.text.strip()
    if text.startswith(EM_OPEN) and text.endswith(EM_CLOSE) and text.count(EM_OPEN) == 1 and len(item.children) == 2:
        return strip_trailing(plain(text))
    return None


def is_aspect(item: ListItem) -> bool:
    """An emphasised label with one sub-bullet per compared subject."""
    return _aspect(item) is not None


def subject_forms(subject: str) -> dict[str, str]:
    """Every way the text names a subject → its grammatical number ('virtual machines' → plural)."""
    lowered = subject.lower().strip()
    singular = lowered[:-1] if lowered.endswith("s") else lowered
    plural = singular + "s"
    forms = {plural: "plural", singular: "singular"}
    words = singular.split()
    if len(words) >= 2:
        acronym = "".join(w[0] for w in words).upper()
        forms[acronym.lower() + "s"] = "plural"
        forms[acronym.lower()] = "singular"
    return forms


# Openings that name no side of a comparison: pronouns and determiners before what they point at.
_NO_SUBJECT = {"this", "that", "these", "those", "it", "its", "they", "the", "a", "an", "there", "here", "each", "some"}


def _guess_subjects(aspects: list[list[ListItem]]) -> list[str] | None:
    """The phrase each side's bullets most often start with: the most common first word,
    extended word by word while every bullet that starts with it agrees."""
    subjects = []
    for position in range(2):
        openings = [re.findall(r"[A-Za-z][\w-]*", plain(c[position].text).lower())[:3] for c in aspects]
        firsts = Counter(words[0] for words in openings if words)
        if not firsts:
            return None
        phrase, support = firsts.most_common(1)[0]
        if support < max(2, len(aspects) / 2) or phrase in _NO_SUBJECT:
            return None  # "This is where …", "Plays through …": each bullet opens its own way, no side is named
        for length in (2, 3):
            longer = Counter(
                " ".join(w[:length]) for w in openings if len(w) >= length and " ".join(w).startswith(phrase)
            )
            if longer and longer.most_common(1)[0][1] == support:
                phrase = longer.most_common(1)[0][0]
            else:
                break
        subjects.append(phrase)
    return subjects if subjects[0] != subjects[1] else None


def swap(text: str, a: str, b: str) -> str:
    """Exchange every mention of subject a with subject b, keeping number and capitals."""
    forms_a, forms_b = subject_forms(a), subject_forms(b)
    target = {}
    for forms, other in ((forms_a, forms_b), (forms_b, forms_a)):
        by_number = {}
        for form, number in other.items():
            by_number.setdefault(number, form)  # the first form of each number is the full name
        for form, number in forms.items():
            target[form] = by_number[number]
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(sorted(map(re.escape, target), key=len, reverse=True)) + r")(?![\w-])", re.I
    )

    def replace(m: re.Match) -> str:
        word = target[m[0].lower()]
        # Capitalise at the start of a sentence or for a capitalised word, not for an acronym like "VMs".
        starts_sentence = m.start() == 0 or text[: m.start()].rstrip().endswith((".", "!", "?"))
        return capitalise(word) if starts_sentence or m[0][:2].istitle() else word

    return pattern.sub(replace, text)


def _mentions(text: str, subject: str) -> bool:
    return any(word_pattern(f, "-").search(text) for f in subject_forms(subject))


def _which_of_two(sentence: str, own: str, other: str) -> str | None:
    forms = "|".join(sorted(map(re.escape, subject_forms(own)), key=len, reverse=True))
    m = re.match(rf"^(?:[^,]{{0,60}},\s*)?(?:{forms})\s+(?P<predicate>{_VERB}\b.+)$", sentence, re.I)
    if not m:
        return None
    predicate = _CUT.split(m["predicate"])[0].strip()
    for form in sorted(subject_forms(other), key=len, reverse=True):
        predicate = word_pattern(form, "-").sub("the other", predicate)
    if _mentions(predicate, own) or len(predicate.split()) < 3:
        return None
    return strip_trailing(predicate)


def extract(section: Section) -> list[Fact]:
    groups = [
        (aspect, item.children, block.id)
        for block in section.blocks
        if block.kind == "list"
        for item in block.items
        if (aspect := _aspect(item))
    ]
    if len(groups) < 2:
        return []
    parts = _VS.split(section.title)
    subjects = [p.strip() for p in parts] if len(parts) == 2 else _guess_subjects([c for _, c, _ in groups])
    if not subjects:
        return []
    facts = []
    for aspect, children, block_id in groups:
        sides = [plain(child.text) for child in children]
        firsts = [sentences(side)[0] if side else "" for side in sides]
        fields = {"aspect": aspect, "subjects": subjects, "sides": sides, "first_sentences": firsts}
        group = " vs ".join(subjects)
        facts.append(Fact(NAME, section.path, cue=aspect, group=group, fields=fields, blocks=(block_id,)))
    return facts


def render(fact: Fact, siblings: list[Fact], index: int) -> list[CardDraft]:
    aspect, (a, b) = fact.fields["aspect"], fact.fields["subjects"]
    firsts = [capitalise(_ELSEWHERE.sub("", side)) for side in fact.fields["first_sentences"]]
    if all(len(side.split()) < 4 for side in firsts):
        return []  # "B Depth-First Search (DFS)" under "Trees": two names, not two claims to compare
    common = {"note_key": fact.key, "section": fact.section_label}
    one, other = as_common(a, heading=True), as_common(b, heading=True)
    # Each side's claim, without its reasons and asides: the two set side by side show the difference;
    # the whole sentences follow the answer.
    gists = [_gist(first, rival) for first, rival in zip(firsts, (b, a), strict=True)]
    back = "\n".join(f"{s}: {t}" for s, t in zip((a, b), gists, strict=True))
    whole = "\n".join(f"{s}: {t}" for s, t in zip((a, b), firsts, strict=True))
    front = f"How do {one} and {other} differ in {attribute(aspect)}?"
    if not _contrasted(a, firsts[0], b, firsts[1]) and (found := _comparing_sentence(fact)):
        # Two sentences about each side do not say how they differ; one that compares its side with
        # the other ("Containers enable greater server-efficiency … over VMs") says how it compares.
        side, back = found
        whole = back
        own, rival = (one, other) if side == 0 else (other, one)
        front = f"How do {own} compare with {rival} in {attribute(aspect)}?"
    why = whole if whole != back else ""
    cards = [CardDraft(key=f"{fact.key}:basic", kind="basic", front=front, back=back, explanation=why, **common)]
    true_side = 0 if alternate(index, fact.group) else 1
    # The two-choice question and the statement say the same sentence: one of them, not both.
    second = _which_card(fact, true_side) or _statement_card(fact, true_side, index)
    return [*cards, second] if second else cards


# "As such, VMs are portable but …": a connective that leans on the sentence before.
_CONNECTIVE = re.compile(
    r"^(?:as such|however|therefore|thus|hence|moreover|furthermore|in short|overall|in contrast|"
    r"by contrast|on the other hand|in general|that said),\s*",
    re.I,
)
# "…, given that images are small", "…, or by adding extra VMs": the reason or the alternative
# after the claim. A bare comma may join a list ("efficiency, cost-effectiveness, and …").
_ASIDE = re.compile(
    r",?\s+(?:since|because|given that|which|thanks to|as they|so that|such as)\s+"
    r"|,\s+(?:or|and thus|making|meaning)\s+",
    re.I,
)
# "Given that all containers share the hardware, an exploit …": the claim follows the comma.
_LEADING_REASON = re.compile(r"^(?:given that|since|because|as|although|though|if)\s[^,]{3,120},\s*(?=\w)", re.I)
MIN_GIST_WORDS = 4


def _gist(first: str, rival: str) -> str:
    """ "Hypervisor" of "Hypervisor: a piece of software …"; else the side's first sentence as its
    main clause: "Containers take up much less space than VMs" without ", given that …", and not
    "… when compared to operating systems on hardware", which is no comparison with the rival."""
    if m := _DEFINITION_SIDE.match(first):
        return m[0].rstrip(": ")
    text = strip_trailing(first)
    if (m := _LEADING_REASON.match(text)) and len(text[m.end() :].split()) >= MIN_GIST_WORDS:
        text = capitalise(text[m.end() :])
    claim = _ASIDE.split(text)[0]
    if len(claim.split()) >= MIN_GIST_WORDS:
        text = claim
    compared = re.search(r"\s+(?:when\s+)?compared (?:to|with)\s+(?P<what>.+)$", text, re.I)
    if compared and not _mentions(compared["what"], rival) and len(text[: compared.start()].split()) >= MIN_GIST_WORDS:
        text = text[: compared.start()]
    return capitalise(text) + "."


def _comparing_sentence(fact: Fact) -> tuple[int, str] | None:
    """The side and its sentence that compares it with the other side ("Containers enable greater
    server-efficiency … over VMs", "As such, VMs are portable but will take significantly longer
    than containers to move"): a first sentence first, then any other that opens with its subject."""
    subjects = fact.fields["subjects"]
    for side in (1, 0):
        first = capitalise(_ELSEWHERE.sub("", fact.fields["first_sentences"][side]))
        if _mentions(first, subjects[1 - side]):
            return side, first
    for side in (0, 1):
        own, rival = subjects[side], subjects[1 - side]
        for sentence in sentences(fact.fields["sides"][side])[1:]:
            sentence = capitalise(_CONNECTIVE.sub("", sentence.strip()))
            opens = re.match(rf"^(?:the\s+)?(?:{'|'.join(map(re.escape, subject_forms(own)))})\b", sentence, re.I)
            if opens and _CONTRAST.search(sentence) and _mentions(sentence, rival):
                return side, sentence
    return None


# "For all the reasons specified above, containers are …": the card does not show what is above.
_ELSEWHERE = re.compile(
    r"^(?:for\s+)?(?:all\s+)?(?:the\s+|these\s+)?reasons?\s+(?:specified|mentioned|given|stated|listed|described)"
    r"\s+(?:above|earlier|before|previously),\s*",
    re.I,
)


def _contrasted(own: str, own_sentence: str, other: str, other_sentence: str) -> bool:
    """Whether the two sides are set against each other ('containers take up less space than VMs',
    'UDP sends datagrams without a connection'), so a claim about one is false of the other; 'VMs
    can be relocated' or 'VMs can be scaled by adding more power' may hold for containers too."""
    return bool(
        (_CONTRAST.search(own_sentence) and _mentions(own_sentence, other))
        or (_CONTRAST.search(other_sentence) and _mentions(other_sentence, own))
        or _DENIAL.search(other_sentence)
    )


_DENIAL = re.compile(r"\b(?:without|not|no|never|cannot|can't|doesn't|don't)\b", re.I)


def _which_card(fact: Fact, true_side: int) -> CardDraft | None:
    (a, b), firsts = fact.fields["subjects"], fact.fields["first_sentences"]
    for side in (true_side, 1 - true_side):
        own, other = (a, b)[side], (a, b)[1 - side]
        if _DEFINITION_SIDE.match(firsts[side]) or not _contrasted(
            (a, b)[side], firsts[side], (a, b)[1 - side], firsts[1 - side]
        ):
            continue
        predicate = _which_of_two(firsts[side], own, other)
        if predicate:
            # The two choices shown are the subjects, so the prompt must not name them; the topic
            # says what they are.
            question = f"Which of the two {agree_singular(predicate)}?"
            topic = topic_of(fact.section)
            if topic and not (_mentions(topic, a) or _mentions(topic, b)):
                question = in_topic(topic, question)
            return CardDraft(
                key=f"{fact.key}:which",
                kind="mcq",
                front=question,
                back=capitalise(own),
                choices=[capitalise(a), capitalise(b)],
                answer=capitalise(own),
                explanation=f"{own}: {firsts[side]}",
                note_key=fact.key,
                section=fact.section_label,
            )
    return None


def _statement_card(fact: Fact, true_side: int, index: int) -> CardDraft | None:
    """True of one side, or the other side's sentence with the subjects swapped (false); which one
    alternates across aspects so the answers balance."""
    (a, b), firsts = fact.fields["subjects"], fact.fields["first_sentences"]
    truth = alternate(index + 1, fact.group[::-1])
    for side in (true_side, 1 - true_side) if truth else (1 - true_side, true_side):
        own = (a, b)[side]
        sentence = firsts[side]
        if not sentence or not _mentions(sentence, own) or _DEFINITION_SIDE.match(sentence):
            continue
        if not is_statement(sentence):
            continue  # "B Depth-First Search (DFS)" names; it states nothing to judge
        # Swapping the subjects contradicts the document only when the sentence sets them against
        # each other ("take up less space than VMs"); "VMs can be relocated" may hold for both.
        other = (a, b)[1 - side]
        if not truth and not _contrasted(own, sentence, other, firsts[1 - side]):
            continue
        statement = sentence if truth else swap(sentence, a, b)
        if statement != sentence or truth:
            return true_false(
                f"{fact.key}:tf:{side}",
                statement,
                truth,
                explanation=f"{own}: {sentence}",
                note_key=fact.key,
                section=fact.section_label,
            )
    return None
