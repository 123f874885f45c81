"""Questions the author asked: a heading that is a question ("What is a closure?", "Why use strict
mode?") with the paragraph under it as its answer. Interview notes and FAQs are written this way; the
author's own question is the best prompt there is, so it is kept as written and its answer is the
paragraph's opening sentences, short enough to recall.

A heading that only introduces what follows ("Why use pointer events?" over "for these reasons:")
or that leans on its context ("How does it work?") is not asked.
"""

import re

from wordfreq import zipf_frequency

from quizzes.generation.facts import CardDraft, Fact
from quizzes.generation.language import ADDRESSED, DEPENDENT_OPENING, related
from quizzes.generation.parsing import Section
from quizzes.generation.text import CODE_OPEN, capitalise, normalise, plain, sentences
from quizzes.generation.writing.topics import in_topic, mentions, page_name, topic_of

NAME = "questions"
MAX_ANSWER_WORDS = 45
MIN_ANSWER_WORDS = 6
_SHORT_ANSWER_WORDS = 4  # "pnpm stands for performant npm.": one whole sentence may be short

# Without its question mark a heading asks only as "What is …" or "How does …": "Is Power of Two" names
# a function, "Why Closures Are Perfect" states a claim, "When to use each" introduces a discussion.
_ASKS = re.compile(
    r"^(?:what|why|how|when|which|who|where)\s+(?:is|are|was|were|does|do|did|can|could|should|would|will)\b", re.I
)
# "Why should we care?", "How does it work?": about the reader or something named elsewhere.
_LEANS = re.compile(r"\b(?:it|its|this|that|these|those|they|them|we|our|us|let's)\b", re.I)
# "At which temperature should I store my starter?": a FAQ asks in its reader's voice, which a card
# asks back in the learner's.
_FIRST_PERSON = {"i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "am": "are"}
_FIRST_PERSON_WORD = re.compile(r"\b(?:I|me|my|mine|myself)\b|\bam(?=\s+I\b)", re.I)


def _second_person(question: str) -> str:
    def swap(m: re.Match) -> str:
        return _FIRST_PERSON[m[0].lower()]

    return _FIRST_PERSON_WORD.sub(swap, question)


# "What is the best temperature …?": no answer repeats the judgement the question asks for.
_JUDGEMENT = {"best", "good", "right", "ideal", "optimal", "recommended", "correct", "proper", "usual", "typical"}
# "At which temperature …?", "How long …?": asks an amount, which the sentence with a number answers.
_ASKS_AMOUNT = re.compile(
    r"^(?:(?:at|to|for)\s+)?(?:what|which)\s+(?:\w+\s+){0,3}?(?:temperature|ratio|percentage|size|amount|number|"
    r"age|speed|rate|length|duration|weight|volume|time|price|cost|dose)\b|^how\s+(?:long|much|many|often|hot|"
    r"cold|big|large|far|old)\b",
    re.I,
)
_AMOUNT = re.compile(r"\d")
# What a number must be said in for the amount asked: "How long …?" is not answered by "20-30% in size".
_UNITS = [
    (re.compile(r"temperature|hot|cold", re.I), re.compile(r"\d\s*(?:°|degrees?\b|[CF]\b)", re.I)),
    (
        re.compile(r"how\s+(?:long|often)|time|duration|age|old", re.I),
        re.compile(r"\d\s*(?:-\s*\d+\s*)?(?:seconds?|minutes?|min|hours?|h|days?|weeks?|months?|years?)\b", re.I),
    ),
    (re.compile(r"ratio|percentage|rate", re.I), re.compile(r"\d\s*(?:%|percent\b)|\d\s*:\s*\d|\d+/\d", re.I)),
]


def _states_amount(question: str, sentence: str) -> bool:
    for asks, said in _UNITS:
        if asks.search(question):
            return bool(said.search(sentence))
    return bool(_AMOUNT.search(sentence))


_WORD = re.compile(r"[A-Za-z][\w'-]*")


# "pnpm does not work with <YOUR-PROJECT-HERE>?" without its placeholder: a question cut short.
_CUT_SHORT = re.compile(r"\b(?:with|of|to|for|in|on|at|by|from|about|the|a|an)\s*\?$", re.I)


def is_question(title: str) -> bool:
    words = title.split()
    if _CUT_SHORT.search(title.strip()):
        return False
    if title.rstrip().endswith("?") and not _ASKING_WORD.match(title.strip()):
        return False  # "Multiple characters being combined as one?", "To do or not to do?": a heading's wit
    return len(words) >= 3 and (title.rstrip().endswith("?") or bool(_ASKS.match(title)))


_ASKING_WORD = re.compile(
    r"^(?:\W*)(?:what|why|how|when|where|which|who|whom|whose|is|are|was|were|am|can|could|do|does|did|should|"
    r"shall|will|would|may|might|must|has|have|had|isn't|aren't|can't|doesn't|don't|won't|"
    r"(?:at|in|on|for|with|to|from|by)\s+(?:what|which|whom|whose|how))\b",
    re.I,
)


_TITLED_LINK_WORD = re.compile(r"(?<=\S )(?:Is|Are|Was|Were|Do|Does|Did|Can|The|A|An|Of|To|In|On|For|And|Or)\b(?= )")
# "In order to understand the DMCA …, it's perhaps helpful to consider life before it": the writer
# setting up the answer, which is still to come
_SETTING_UP = re.compile(
    r"^(?:in order to understand|to understand)\b"
    r"|\bit(?:'|’)?s\s+(?:perhaps\s+|probably\s+)?(?:helpful|useful|worth)\s+(?:to\s+)?(?:consider|look|remember|recall|start)",
    re.I,
)


def _answer(text: str, *, explains: bool = False) -> str | None:
    """The paragraph's first sentence, or two when the first is short, or when a why or how
    question (`explains`) is answered by a first sentence that gives no reason or way ("Black is
    timid about formatting Jupyter Notebooks."); None when the paragraph only leads into a list or
    table, or is too long to recall."""
    chosen: list[str] = []
    said_all = sentences(text)
    if explains and len(said_all) > 1 and not _EXPLAINS_ITSELF.search(said_all[0]):
        second = plain(said_all[1]).strip()
        whole = f"{plain(said_all[0]).strip()} {second}"
        if not second.endswith(":") and not ADDRESSED.search(second) and len(whole.split()) <= MAX_ANSWER_WORDS:
            return whole if not ADDRESSED.search(whole) else None
    for sentence in said_all:
        said = plain(sentence).strip()
        if chosen and len(said.split()) < MIN_ANSWER_WORDS // 2:
            break  # "Rico Sta." of "Rico Sta. Cruz": a fragment the splitter cut off, no second sentence
        chosen.append(said)
        if len(" ".join(chosen).split()) >= MIN_ANSWER_WORDS or len(chosen) == 2:
            break
    answer = " ".join(chosen)
    if not answer or answer.endswith(":") or ADDRESSED.search(answer) or _POINTS_ELSEWHERE.match(answer):
        return None  # a lead-in to a list, the lesson talking to its reader, or "See Device Support."
    if _SETTING_UP.search(answer):
        return None
    if _LEANS_BACK.match(answer):
        return None  # "This extensible nature of HTTP has …": about the paragraph before, not the question
    if not (MIN_ANSWER_WORDS if len(chosen) > 1 else _SHORT_ANSWER_WORDS) <= len(answer.split()) <= MAX_ANSWER_WORDS:
        return None
    return answer


def _amount(question: str, text: str) -> str | None:
    """The paragraph's first sentence that states the amount asked ("A temperature of around 18-25
    degrees Celsius is advised."); None when no sentence does."""
    for sentence in sentences(text):
        said = plain(sentence).strip()
        if _states_amount(question, said) and not ADDRESSED.search(said):
            return said if MIN_ANSWER_WORDS <= len(said.split()) <= MAX_ANSWER_WORDS else None
    return None


# "What is encryption at rest and in transit?": the subject a "what is" question asks about.
_WHAT_IS = re.compile(r"^(?:what|which)\s+(?:is|are)\s+(?:(?:the|a|an)\s+)?(?P<subject>[^?]+?)\s*\??$", re.I)
_GLUE = {"and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "the", "a", "an", "vs", "versus", "between"}


def _answers_what_is(question: str, answer: str) -> bool:
    """ "What is encryption at rest and in transit?" is not answered by "Encryption is the process of
    converting data …": an answer naming only part of the subject defines something else. Every word
    of the subject must be said (as "port number" says "Port Numbers")."""
    m = _WHAT_IS.match(question)
    if not m:
        return True
    said = _WORD.findall(answer)
    said += ["".join(w.split("-")) for w in said if "-" in w]  # "box-plot" is said as "boxplot" too
    wanted = [w.replace("-", "") for w in _WORD.findall(m["subject"]) if w.lower() not in _GLUE | _JUDGEMENT]
    missing = [w for w in wanted if not any(related(w, s) or w.lower() == s.lower().replace("-", "") for s in said)]
    # "the five-number summary statistics" is answered by "The five-number summary consists of …":
    # a long subject may go without one word, two of three unsaid name something else.
    return not missing or (len(wanted) >= _LONG_SUBJECT and len(missing) == 1 and missing[0] != wanted[0])


_LONG_SUBJECT = 4
# "How does the polling agent monitor usage?" is not answered by "A processing module that gathers
# usage data is called a polling agent.": a definition says what a thing is, not how or why.
_HOW_OR_WHY = re.compile(r"^(?:how|why)\b", re.I)
_DEFINES = re.compile(
    r"^(?:[\w’'()-]+\s+){1,6}?(?:is|are)\s+(?:(?:called|known\s+as|referred\s+to\s+as)\s+)?(?:an?|the)\s", re.I
)
# "… that gathers data by polling IT resources is called a polling agent.": the term comes last, so the
# sentence answers "what is a polling agent?", whatever means it mentions on the way.
_NAMES_LAST = re.compile(
    r"\s(?:is|are)\s+(?:(?:called|known\s+as|referred\s+to\s+as)\s+)?(?:an?|the)\s+[^,;:]{1,40}$", re.I
)
_OPENS_WITH_NOUN = re.compile(r"^(?:an?|the)\s", re.I)
_RELATIVE_BEFORE = re.compile(r"\b(?:which|who)\s*$", re.I)
_EXPLAINS = re.compile(r"\b(?:because|since|so\s+that|in\s+order\s+to|due\s+to|by\s+\w+ing)\b", re.I)


def _answers_how_or_why(question: str, answer: str) -> bool:
    if not _HOW_OR_WHY.match(question):
        return True
    first = sentences(answer)[0] if sentences(answer) else answer
    last = _NAMES_LAST.search(first.rstrip(" ."))
    if last and _OPENS_WITH_NOUN.match(first) and not _RELATIVE_BEFORE.search(first[: last.start() + 1]):
        # the term it ends on is the one asked about: the question's subject, defined backwards
        asked = {w.lower() for w in _WORD.findall(question)[2:] if w.lower() not in _GLUE}
        if any(related(w, t) or w.lower() == t for w in _WORD.findall(last.group(0))[2:] for t in asked):
            return False
    return not _DEFINES.search(first) or bool(_EXPLAINS.search(first))


# "This extensible nature of HTTP has …": about the paragraph before, not the heading's question
_LEANS_BACK = re.compile(r"^(?:this|these|those|such)\s+(?!is\b|are\b|was\b|means\b)[a-z]", re.I)
# "See Device and Platform Support.", "Yes, check out the Roadmap on GitHub": where the answer is,
# not what it says.
_POINTS_ELSEWHERE = re.compile(
    r"^(?:(?:yes|no)[,.!]?\s+)?(?:see|check\s+out|read|visit|refer\s+to|head\s+(?:over\s+)?to|take\s+a\s+look|"
    r"have\s+a\s+look|browse|consult|go\s+to)\b",
    re.I,
)
# "… because …", "… so that …", "… by …": a sentence that gives its reason or way itself
_EXPLAINS_ITSELF = re.compile(
    r"\b(?:because|since|so that|so|due to|as a result|by|through|using|via|in order to|for (?:\w+ )?reasons?)\b", re.I
)
_VAGUE = re.compile(
    r"^(?:what|how)\s+about\b|^how\s+(?:can|do|should)\s+(?:you|i|we)\s+get\s+started\b|"
    # "What's the alternative?", "What is the catch?": a rhetorical heading, of what the text before said
    r"^what(?:['’]s|\s+is|\s+are)\s+the\s+(?:alternative|catch|point|problem|solution|answer|deal|difference|"
    r"idea|trick|secret|big\s+deal|goal)s?\??$",
    re.I,
)
# "Where is the roadmap?" → "Yes, …": a question asking what, where or how answered as a yes/no one
_WH = re.compile(r"^(?:what|where|which|who|when|why|how)\b", re.I)
_NAMES_NOTHING = re.compile(
    r"^(?:which|what)(?:\s+one)?\s+(?:should|do|does|can|would|shall)\s+(?:you|i|we)\s+(?:use|choose|pick|do|"
    r"prefer)\??$",
    re.I,
)
_YES_NO = re.compile(r"^(?:is|are|was|were|does|do|did|can|could|should|will|would|has|have)\b", re.I)
_SAYS_YES_OR_NO = re.compile(
    r"^(?:yes|no|not|only|never|always|it\s+(?:does|doesn't|can|cannot|can't|is|isn't))\b", re.I
)


def extract(section: Section) -> list[Fact]:
    title = section.title.strip()
    if not is_question(title) or _LEANS.search(title) or not section.blocks:
        return []
    first = section.blocks[0]
    if first.kind != "paragraph":
        return []
    title = re.sub(r"\?([\"”’'])\s*$", r"\1?", title)  # 'What is "tree-shaking?"': the mark after the quote
    question = capitalise(_second_person(title.rstrip(" ?"))) + "?"
    if question.split(" ", 1)[0] in ("You", "Your"):
        return []  # "I forgot to measure the times, when is my bread ready?": a story before the question
    amount = bool(_ASKS_AMOUNT.match(question))
    explains = bool(_HOW_OR_WHY.match(question))
    answer = _amount(question, first.text) if amount else _answer(first.text, explains=explains)
    blocks = (first.id,)
    why = question.lower().startswith("why")
    if answer and why and not _EXPLAINS_ITSELF.search(answer) and (reason := _reason_next(section)):
        answer, blocks = reason  # "… it can take time." then "This is due to the fact that …"
    if answer and why:
        answer = capitalise(_DONE_TO.sub("", answer))  # "This is done to be compliant …" → "To be compliant …"
    if _HOW_TO_ASK.match(question) and not (answer and _A_MEANS.search(answer)):
        # "How can I disable Ruff's color output?" → "… powered by the colored crate, which …": the
        # way is in a later sentence ("you can force colors off by setting NO_COLOR …"), or nowhere
        answer = _means(first.text)
    if answer is None:
        return []
    if not amount and not (_answers_what_is(question, answer) and _answers_how_or_why(question, answer)):
        return []
    if _VAGUE.match(question) or _NAMES_NOTHING.match(question):
        return []  # "What about circular symlinks?", "Which should I use?": of what, the headings above said
    if _YES_NO.match(question) and not _SAYS_YES_OR_NO.match(answer):
        return []  # "Does pnpm work across drives?" → "The store should be on …": yes or no, left to guess
    if _WH.match(question) and re.match(r"^(?:yes|no)\b", answer, re.I):
        return []
    if not _answers_who_or_where(question, answer):
        return []  # "Who can use BTCPay?" → "… can solve problems for different types of users.": no one named
    fields = {"question": question, "answer": answer}
    return [Fact(NAME, section.path, cue=question, group="questions", fields=fields, blocks=blocks)]


_HOW_TO_ASK = re.compile(r"^how\s+(?:can|do|should|would|could)\s+(?:i|you|we|one)\b|^how\s+to\b", re.I)
# a way to do it: a step ("set", "run", "pass …"), "by …ing", or the code to write
_A_MEANS = re.compile(
    rf"\bby\s+\w+ing\b|{CODE_OPEN}|\b(?:set|use|run|pass|add|enable|disable|install|configure|call|put|create|"
    r"edit|specify|export|select|include|exclude|remove|invoke|type|press|click|open)\b(?!\s+of\b)",
    re.I,
)
# "Consequently, loading of CommonJS modules … is implemented as plugins": drawn from the sentence before
_CONCLUDING = re.compile(r"^(?:consequently|therefore|thus|hence|as a result|accordingly)\b", re.I)
_CONNECTIVE_OPENING = re.compile(r"^(?:however|instead|alternatively|but|also|so|then|otherwise),?\s+", re.I)


def _means(text: str) -> str | None:
    """The paragraph's first sentence that says how: what to set, run or write."""
    for sentence in sentences(text)[1:]:
        if not _A_MEANS.search(sentence):
            continue
        said = capitalise(_CONNECTIVE_OPENING.sub("", plain(sentence).strip()))
        if DEPENDENT_OPENING.match(said) or _CONCLUDING.match(said):
            return None  # "This behavior is similar to …": about the sentence before, no way of its own
        if MIN_ANSWER_WORDS <= len(said.split()) <= MAX_ANSWER_WORDS and not _POINTS_ELSEWHERE.match(said):
            return said
        return None
    return None


_DONE_TO = re.compile(r"^(?:this|that|it)\s+is\s+(?:done\s+|so\s+)?(?=to\s+[a-z])", re.I)
# "This is due to the fact that not all libraries …": the paragraph after a why-question's first
# one gives the reason that one did not.
_REASON_OPENING = re.compile(
    r"^(?:this|that)\s+is\s+(?:(?:mostly|mainly|partly)\s+)?(?:due\s+to\s+the\s+fact\s+that|because)\s+", re.I
)


def _reason_next(section: Section) -> tuple[str, tuple[int, ...]] | None:
    """ "Because not all libraries on PyPI …": the reason the second paragraph opens with, said
    without its pointing word, and the blocks it came from; None when it gives none."""
    if len(section.blocks) < 2 or section.blocks[1].kind != "paragraph":
        return None
    said = sentences(section.blocks[1].text)
    opening = plain(said[0]).strip() if said else ""
    if not _REASON_OPENING.match(opening) or not MIN_ANSWER_WORDS <= len(opening.split()) <= MAX_ANSWER_WORDS:
        return None
    return capitalise(_REASON_OPENING.sub("because ", opening)), (section.blocks[0].id, section.blocks[1].id)


_PEOPLE = re.compile(
    r"\b(?:anyone|anybody|everyone|everybody|users?|people|persons?|merchants?|developers?|you|team|teams|"
    r"compan(?:y|ies)|organi[sz]ations?|individuals?|businesses|creators?|maintainers?|authors?|contributors?|"
    r"community|founded|created\s+by|written\s+by|developed\s+by|maintained\s+by)\b|\b[A-Z][a-z]+\s+[A-Z][a-z]+\b"
)
_PLACE = re.compile(r"\b(?:in|at|on|under|from|via|inside|into|within|through)\s|https?://|[~/\\]\w|\.\w{2,4}\b")
# "when", "if", "once", "until", a date or a span of time: what a when-question's answer names
_TIME_OR_CONDITION = re.compile(
    r"\b(?:when|whenever|if|once|unless|until|before|after|while|as\s+soon\s+as|only\s+for|during|"
    r"always|never|first|later|now|today|yet|already|early|late|start|begin|years?|months?|weeks?|days?|"
    r"hours?|minutes?|age|\d{4})\b",
    re.I,
)


def _answers_who_or_where(question: str, answer: str) -> bool:
    """ "Who …?" answered by someone, "Where …?" by a place, a path or an address, "When …?" by a
    time or a condition."""
    first = question.split(" ", 1)[0].lower()
    if first == "who":
        return bool(_PEOPLE.search(answer))
    if first == "where":
        return bool(_PLACE.search(answer))
    if first == "when":
        # "When should you use Redux?" → "The need to use Redux should not be taken for granted.": no time
        return bool(_TIME_OR_CONDITION.search(answer))
    return True


def _names_a_name(question: str) -> bool:
    """'Who created ZMK?', 'Does pnpm work on Windows?' name their subject; 'Why have hard links at
    all?' and 'What is hoisting?' need the topic. Each sentence's first word is capitalised anyway."""
    words = [w for sentence in re.split(r"[?.!]\s+", question) for w in _WORD.findall(sentence)[1:]]
    # "pnpm", "kubectl": a tool's name in small letters is in no dictionary
    return any(any(c.isupper() for c in w) or zipf_frequency(w.lower(), "en") == 0 for w in words)


_HOW_TO = re.compile(r"^how\s+to\s+(?=[a-z])", re.I)


def render(fact: Fact, siblings: list[Fact], index: int) -> list[CardDraft]:
    question = _HOW_TO.sub("How do you ", fact.fields["question"])  # "How to share data …?" is a heading's
    # "What Is the DMCA?": a heading's capitals on the words that only link, which a question writes small
    question = _TITLED_LINK_WORD.sub(lambda m: m[0].lower(), question)
    topic = topic_of(fact.section[:-1])
    # "Who created ZMK?" names its subject; "Why have hard links at all?" in pnpm's FAQ does not,
    # however rare its words: a name does, written with its capitals. The page's own name is added
    # to any question without it: "Why is my Jupyter Notebook cell not formatted?" is about Black.
    own = bool(topic) and normalise(topic) == normalise(page_name())
    if (own or not _names_a_name(question)) and not mentions(question, topic):
        question = in_topic(topic, question)
    return [
        CardDraft(
            key=f"{fact.key}:basic",
            kind="basic",
            front=question,
            back=_without_restated_subject(fact.fields["question"], fact.fields["answer"]),
            note_key=fact.key,
            section=fact.section_label,
        )
    ]


_ASKS_WHAT = re.compile(r"^What\s+(?:is|are)\s+(?P<subject>.+?)\?$", re.I)


def _without_restated_subject(question: str, answer: str) -> str:
    """ "What is the AARRR framework?" → "The AARRR framework, also known as "pirate metrics", is a
    classic framework for …": the answer without the subject it repeats ("A classic framework for
    … (also known as "pirate metrics")")."""
    asked = _ASKS_WHAT.match(question.strip())
    if not asked:
        return answer
    subject = re.sub(r"^(?:the|an?)\s+", "", asked["subject"], flags=re.I)
    m = re.match(
        rf"^(?:the\s+|an?\s+)?{re.escape(subject)}(?:,\s+(?P<aside>[^,]{{3,80}}),)?\s+(?:is|are)\s+(?P<rest>\S.+)$",
        answer.strip(),
        re.I,
    )
    if not m or len(m["rest"].partition(". ")[0].split()) < 3:
        return answer
    rest = m["rest"]
    if m["aside"]:
        head, stop, tail = rest.partition(". ")
        head = head.rstrip(".")
        rest = f"{head} ({m['aside']}){stop or '.'}{tail}"
    return rest[:1].upper() + rest[1:]
