"""The topic a card names so it can be read alone, weeks later: the closest meaningful heading."""

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from wordfreq import zipf_frequency

from quizzes.generation.language import only_a_verb, related
from quizzes.generation.text import MONTH, normalise, unquoted
from quizzes.generation.writing.grammar import (
    UNINITIALLED_WORDS,
    can_be_verb,
    in_dictionary,
    is_acronym,
    is_english,
    is_keyword,
    is_noun,
    is_only_adjective,
    is_only_adverb,
    is_only_verb,
    is_plural,
    lemma,
    misspelt,
    names_of,
    plural,
    prose_of,
    reading_a_document,
    reads_as_name,
    singular,
    with_article,
    written_as_name,
    written_counted,
    written_small,
)
from quizzes.generation.writing.tables import is_countable

# Headings that say where something is in a document, not what it is about.
_GENERIC = re.compile(
    r"^(?:(?:an?\s+|the\s+)?(?:overview|introduction|intro|summary|conclusion|notes?|examples?|usage|"
    r"afterword|foreword|preface|prologue|epilogue|"
    r"references?|further reading|(?:further|more)\s+information|background|details|basics|getting started|"
    r"setup|how it works|also known as|a\.?k\.?a\.?|(?:also\s+)?see(?:\s+also)?|"
    r"explanation|definitions?|terminology|in summary|in short|review|quiz|assignment|tasks?|"
    r"step \d+|part \d+|challenge|next steps|resources|table of contents|contents|faq|"
    r"(?:additional\s+|time\s+|space\s+)*complexit(?:y|ies)|implementations?|applications?|"
    r"(?:\w+\s+)?description|prerequisites?|preparation|authors?|code examples?|(?:the\s+)?algorithm|"
    r"pseudocode.*|(?:possible\s+)?solutions?|history|timeline|glossary|vocabulary|(?:key\s+)?(?:terms|concepts)(?:\s+(?:and|&)\s+(?:terms|concepts|definitions))?|"
    r"q\s*&\s*a|q\s+and\s+a|misc|miscellaneous|other|others|general|extras?|tips(?:\s+and\s+tricks)?|"
    r"problem statement|properties|features|characteristics|key points|operations|methods|commands|format|"
    r"techniques|tricks|strategies|approaches|syntax|install(?:ation|ing)?|troubleshooting|"
    r"(?:common|known|frequent)\s+(?:problems|issues|errors|mistakes)|faqs|frequently asked questions|"
    r"(?:pre|post)-lecture quiz|wiki|dictionary|"  # "Dictionary - Wiki": the page and its site
    # "Example `docker run` command": one instance, whose kind the heading above names
    r"(?:an?\s+)?examples?\s+(?!of\b).+|"
    # "Semester Test 1", "Midterm Exam Review": the exam the notes prepare for, not their subject
    r"(?:(?:semester|midterm|final|mock|practice|class|unit|term)\s+)?(?:tests?|exams?|examinations?|midterms?)"
    r"(?:\s+\d+)?(?:\s+(?:review|prep(?:aration)?|revision))?|"
    # "Permission Denied › Cause", "Biology › Branches": a passage's role, or the kind of its items
    r"error|causes?|fix(?:es)?|symptoms?|problem|reasons?|results?|output|"
    r"branches|types|kinds|categories|tools|libraries|packages|utilities|"
    # "Difference between iterables and generators": two subjects, neither the page's
    r"(?:the\s+)?(?:key\s+|main\s+)?differences?\s+between\s+.+|"
    # "Between LLA and ECEF", "To and from local ENU frames": a route between subjects, none of them
    r"(?:between|to\s+and\s+from|from\s+and\s+to)\s+.+|"
    # "The API", "API reference": the page's product's interface, which the product names
    r"(?:the\s+)?api(?:\s+(?:reference|overview|docs|documentation))?|"
    # "Docker: A Beginner's Guide": the half that says what kind of page it is
    r"(?:(?:an?|the|your)\s+)?(?:(?:complete|ultimate|quick|short|brief|gentle|practical|definitive|visual|"
    r"beginner'?s'?|absolute|illustrated)\s+)*(?:guide|tutorial|primer|cheat[\s-]?sheet|crash\s+course|"
    r"handbook|study\s+guide|(?:lecture\s+|study\s+|class\s+)?notes|quick\s+reference(?:\s+card)?)|"
    r"(?:review\s*(?:&|and)\s*)?self[- ]study|knowledge check|practice|(?:major\s+|key\s+|main\s+)?takeaways)"
    # "Definitions 2", "Examples (2)": one of a numbered run of the same kind of passage
    r"(?:\s+\d{1,2}|\s*\(\d{1,2}\))?"
    r"(?:\s*\([^()]*\))?(?:\s*:.*|\s+-\s.*)?)$",  # "Common Problems (FAQ)"; not "Note-Taking Methods"
    re.I,
)
_DECORATION = re.compile(r"[^\w\s'’&+#./()@–-]")
_PART = re.compile(
    r"\s*\((?:part|lesson|chapter|module|week|unit|session|lecture|day)\s+\d+\)\s*$|"  # "Networking (Week 1)"
    r"^(?:(?:part|lesson|chapter|step|module|week|unit|session|lecture|day|appendix)\s+)?\d+(?:\.\d+)*\s*[.):-]?\s+|"
    r"^(?=[IVXL])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})\.\s+|"  # "X. Dev/prod parity"
    # "Appendix V: Units", "Chapter IV. Waves": a part numbered in letters
    r"^(?:part|chapter|module|unit|appendix|section|book|volume)\s+(?:[IVXLC]+|[A-Z])\s*[.):-]\s+|"
    r"^[A-H]\.\s+(?=[A-Z])|"  # "A. P Wave Abnormalities", "B. Segments": an outline's letter
    r"\s+(?:part|lesson|chapter)\s+\d+$|"
    # "Introduction p21", "Three Plateaus p40/1": a book's page; "Organic Chemistry, Academic Year
    # 2024/2025": the course's year. Where the notes come from, not what they are about.
    r"\s+pp?\.?\s?\d+(?:\s?[/–-]\s?\d+)?$|\s+(?:academic\s+year\s+|a\.y\.\s+)?(?:19|20)\d\d(?:\s?[/–-]\s?\d{2,4})?$",
    re.I,
)
# "Good link text", "Use the correct HTML": advice, not a subject.
_ADVICE = re.compile(
    r"^(?:good|bad|correct|proper|best|better|common|important|key|useful|essential|right|wrong|ideal|perfect)\b", re.I
)
# Headings addressed to the reader ("Before We Begin", "Your Turn") name no subject.
# "World War I", "Henry VIII": a capital I closing a name is a numeral, not the reader.
_CHATTY = re.compile(r"\b(?:we|you|your|you'll|let's|our|us)\b|\bi\b(?!$)|(?<![A-Za-z] )\bI$", re.I)
# "Week 3 DATA2902 LIVE LEC (Measures of Risk)", "CS 101 - Lecture 4 (Recursion)": a course's code and
# the kind of session, then the subject in brackets.
_COURSE_CODED = re.compile(r"^.*\b[A-Z]{2,}\s?-?\d{3,}[A-Z]?\b[^()]*\((?P<subject>[^()]{3,})\)\s*$")
# "Our Solar System", "Your First Function": the possessive only speaks to the reader.
_POSSESSIVE = re.compile(r"^(?:our|your|my)\s+(?=\w)", re.I)
_READERS = re.compile(r"^(?:your|our|my)\s+(?:own\s+|very\s+own\s+)?", re.I)
_READERS_OWN = re.compile(r"^(?:very\s+)?(?:first|own|next|new)\s+\w", re.I)
# What is left of "Creating and calling a function" or "Bringing It All Together" names nothing;
# "What is Weighted Random" asks; "Add the Terrarium Structure" instructs.
_PARTICLE = re.compile(
    r"^(?:up|down|in|on|out|for|with|to|from|of|by|into|about|and|or|but|it|its|this|that|these|those|"
    r"what|why|how|when|where|which|who|if|while|unless)\b",
    re.I,
)
_INSTRUCTION = re.compile(r"^[A-Za-z]+\s+(?:the|a|an|your|our|some)\b", re.I)
# "Use recursion", "Avoid global state": advice on the subject, in verbs that also make nouns
# (so the lexicon cannot tell); before a plural ("Use cases", "Check constraints", "Try
# statements") the verb is more likely a noun naming a kind of thing.
_ADVISING_VERB = re.compile(
    r"^(?:use|avoid|keep|try|make|remember|consider|prefer|choose|ensure|check|clarify|think|don't|never|always)"
    r"\s+(?P<next>[a-z][\w'-]*)",
    re.I,
)
_ADVISED_OBJECT = re.compile(r"^(?:use|avoid|prefer|choose)\s+(?P<object>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})$", re.I)
# "Adam, Adagrad, etc.", "Stacks, Queues, and Heaps": a list of subjects, none of which is the topic.
# "Algorithms + time": two things the section covers together.
_LIST_HEADING = re.compile(r"\betc\b\.?|,[^,]*(?:,|\band\b|\bor\b)|\s[+&]\s", re.I)  # "Security & Ports": two
# "The CIA triad and other key concepts": one subject of several, which the document is not all about.
_EXAMPLES_IN_BRACKETS = re.compile(r"\s*\\?\([^()]*,[^()]*\\?\)\s*$")
_AND_OTHERS = re.compile(r"\s(?:and|&)\s+(?:other|more|related|beyond)\b", re.I)
# "Optimizers / Training Algorithms": two names for what the section covers, neither the whole.
_ALTERNATIVE_NAMES = re.compile(r"\w\s+/\s+\w+\s+\w|\w\s+\w+\s+/\s+\w")
# "Different Network Architectures": the word says there are several, not which.
_SEVERAL = re.compile(r"^(?:different|various|several|popular)\s+(?=\w)", re.I)  # not "Multiple Inheritance"
# "Virtual Machines vs Containers" names two subjects: the heading above names what both are.
_VERSUS = re.compile(r"\s(?:vs\.?|versus)\s", re.I)
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_RELATION = re.compile(r"\b(?:of|for|in|on|with|to|and|by|from|about)\b", re.I)
# "Introduction to CSS" and "Understanding CSS Position Properties" are about CSS and its
# position properties; "Step-by-step Dijkstra's algorithm example" is about Dijkstra's algorithm.
_FRAMING = re.compile(
    # "A Beginner's Guide to Docker", "The Complete Guide to Kubernetes", "Notes on Operating Systems"
    r"^(?:(?:(?:an?|the|your)\s+)?(?:(?:complete|ultimate|quick|short|brief|gentle|practical|definitive|visual|"
    r"beginner'?s'?|absolute|illustrated|introductory)\s+)*(?:introduction|intro|guide|primer|tour|notes?|tutorial|crash\s+course|"
    r"glossary|dictionary|vocabulary|"
    r"cheat[\s-]?sheet)\s+(?:to|on|of|for|about|in)|basics\s+of|fundamentals\s+of|(?:all\s+)?about|"
    r"(?:the\s+|a\s+)?(?:quick|simple|short|brief|ultimate|complete|comprehensive|awesome|handy|great)\b|"
    # "The Legal Side of Open Source": one side of the subject, which is the subject still
    r"(?:the\s+)?[a-z]+\s+side\s+of|"
    # "The Art of Command Line", "The Zen of Python": a book's flourish around its subject
    r"(?:the\s+)?(?:art|zen|tao|joy|craft|science|elements|essentials|principles)\s+of|"
    r"understanding|exploring|examining|learning|introducing|mastering|using|handling|working\s+with|creating|building|"
    # "Choosing and Using Security Questions", "Creating and Managing Users": two activities, one object
    r"[a-z]+ing\s+(?:and|&)\s+[a-z]+ing|"
    r"why(?=\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s*$)|"  # "Why Vite": the page argues for Vite
    r"step[- ]by[- ]step|a\s+closer\s+look\s+at|deep\s+dive\s+into|"
    # "The gist of MobX", "The essentials of Rust": the subject, summed up
    r"(?:the\s+)?(?:gist|essence|essentials|heart|core)\s+of|"
    # "In search of the perfect pizza": the quest names its object
    r"in\s+(?:search|look)\s+(?:of|for)|"
    # "How to create Tmux plugins" is about tmux plugins; "How to use code in this folder", about nothing
    r"how\s+to\s+(?:create|build|write|make|use|set\s+up|install|configure|develop|design|run)|"
    # "Defining Data Science", "Techniques of Machine Learning", "A glimpse of function overloading"
    r"defining|demystifying|explaining|(?:an?\s+)?overview\s+of|getting\s+started\s+with|"
    r"(?:an?\s+)?overview\s+(?:and|&)\s+introduction\s+to|"  # "Overview and Introduction to Lisp"
    r"(?:a\s+)?(?:glimpse|look)\s+(?:of|at|into)|(?:key\s+|core\s+)?(?:techniques|principles|elements|"
    r"essentials|foundations|concepts)\s+(?:of|in)|"
    # "Rules for Ketones", "Guidelines for naming alkanes": what the rules are about
    r"(?:(?:basic|general|naming)\s+)?(?:rules|guidelines)\s+(?:for|of|on))\s+",
    re.I,
)
_TRAILING_FRAME = re.compile(
    r"\s+(?:[OΘΩ]\([^)]*\)|examples?|walkthrough|explanation|explained|in\s+practice|cheat[\s-]?sheet|quick\s+reference|"
    r"glossary|checklist|overview|tutorial|(?:build\s+|setup\s+|user\s+)?guide|basics|fundamentals|essentials|"
    r"crash\s+course|in\s+a\s+nutshell|101|"
    r"terms|terminology|vocabulary|dictionary|review|faqs?(?:\s*\(frequently\s+asked\s+questions\))?|how-?tos?|"
    r"introduction|refresher|(?:study|lecture|class|course)\s+notes|study\s+guide|interview\s+(?:questions|prep)|handbook|primer|best\s+practices|tips(?:\s+(?:and|&)\s+tricks)?|tricks|"
    # "Networking key concepts", "The CIA triad and other key concepts": the subject, and what the
    # lesson says of it
    r"(?:and\s+(?:other|more|related)\s+)?(?:key|core|basic|main|important)\s+(?:concepts|ideas|terms)|"
    # "Tree cheatsheet for coding interviews", "Python for beginners": who the document is for
    r"for\s+(?:(?:coding|technical|job|programming)\s+)?interviews?|for\s+(?:absolute\s+)?beginners|for\s+dummies|"
    r"for\s+(?:developers|programmers|everyone|kids|the\s+impatient)|"
    # "Aristotle with Professor Robert Bolton": who taught the course, not what it is about
    r"with\s+(?:professor|prof\.?|dr\.?|instructor|lecturer|teacher)\s+.+)$",
    re.I,
)
# "Tree cheatsheet for coding interviews" frames twice: once for whom, once what kind of page.
_FRAMES_AT_MOST = 3
# "Peak Valley Approach": one way of solving the document's problem, which the card must name.
_WAY = re.compile(r"\b(?:approach|solution|method|strategy|technique)s?$", re.I)
# "Creating a game using events": what the lesson builds with is not what it is about.
# "Defining Money by Its Functions": by what the lesson defines it is not what it is about.
_MEANS = re.compile(r"\s+(?:using|with|via|by\s+(?:its|their))\s+.+$", re.I)
# "HTML Templates and Routes in a Web App": the subject, and the kind of thing the lesson puts it in.
_IN_VEHICLE = re.compile(
    r"\s+(?:in|for|of)\s+(?:a|an|the|your)\s+(?:[\w-]+\s+){0,3}?(?:app|application|project|game|website|site)$", re.I
)
# "Strategy Pattern in Java": the language of the examples, not a part of the subject's name.
_IN_LANGUAGE = re.compile(r"^(?P<subject>[A-Z][\w-]*\s+[A-Z][\w-]*.*?)\s+in\s+[A-Z][\w+#]*$")
# "Binary in Python" under "Binary, Octal, and Hexadecimal": the title's subject taken into a
# language; what the section adds is the language's way with it ("In Python, oct() …").
_WORD_IN_LANGUAGE = re.compile(r"^(?P<word>[A-Z][a-z]+)\s+in\s+(?P<language>[A-Z][\w+#]*)$")
# "Crontab Format", "Store Setup", "Spontaneity Summary", "Binary Methods", "General Form": a word
# for an aspect of a subject, or for a kind of section, after what it is the aspect of. The heading
# names no subject of its own: the one above it (or the document's) does ("In cron, …").
_ASPECT = re.compile(
    r"^(?:[\w'-]+\s+){1,2}(?:format|setup|set-up|summary|notes|methods|operations|overview|basics|syntax|usage|"
    r"examples?|resources|approach|pitfalls|considerations|strategies|tips)$|"
    # "General Form", "Practice Problem", "Key Equations"; not "First Normal Form", "Maxwell's Equations"
    r"^(?:general|basic|simple|key|main|common|example|sample|practice|worked|additional|further|important)\s+"
    r"(?:forms?|calculations?|problems?|equations|formulas)$",
    re.I,
)
# "JSON Format", "SQL Syntax", "HTTP Methods": an acronym's aspect is about the acronym's thing.
_ACRONYM_ASPECT = re.compile(r"^(?P<name>[A-Z][A-Z0-9]+)\s+\w+$")
# "Operations with Binary Numbers", "Methods for Strings": the same aspect, named before its subject.
# "Advantage Over HashSets", "Benefits of Caching": what the subject is good or bad for, not a subject.
_ASPECT_OF = re.compile(
    r"^(?:operations|methods|functions|examples)\s+(?:with|for|of|on)\s+|"
    r"^(?:advantages?|disadvantages?|benefits|drawbacks|limitations)\s+(?:over|of|vs\.?|versus|compared\s+to)\s+",
    re.I,
)
# "Banking App", "Terrarium Project", "Space Game": the lesson's vehicle, not its subject.
_VEHICLE = re.compile(r"\b(?:app|application|project|game|website|site|demo|exercise|workshop)$", re.I)
# "Least Recently Used (LRU) Cache" reads as "LRU Cache" in a prompt.
_EXPANDED_ACRONYM = re.compile(r"^(?:[A-Z][\w-]*\s+){1,5}\((?P<abbr>[A-Z][A-Za-z]*[A-Z]s?)\)(?P<rest>(?:\s+\S+)*)$")
# "Bash scripting", "Python programming": the language is the subject.
_NAMED_ACTIVITY = re.compile(r"^([A-Z][\w+#.-]*)\s+(?:scripting|programming)$")
MAX_TOPIC_WORDS = 6
# A prefix longer than this ("In DOM Manipulation and JavaScript Closures, …") buries the question.
SHORT_TOPIC_WORDS = 3
COORDINATED_TOPIC_WORDS = 6


def _subject(part: str) -> str:
    """'Building the Drag Element Closure' → 'Drag Element Closure'; emoji and numbering dropped."""
    part = _EXAMPLES_IN_BRACKETS.sub("", part)  # "Block Cipher Modes (CBC, CTR, GCM, ...)": its members
    if _LIST_HEADING.search(part) or _AND_OTHERS.search(part) or _ALTERNATIVE_NAMES.search(part):
        return ""
    part = _PART.sub("", re.sub(r"\s+", " ", _DECORATION.sub(" ", part)).strip())
    owned = _POSSESSIVE.sub("", part)
    if owned != part and _READERS_OWN.match(owned):
        return ""  # "Your first plugin", "Your own server": the reader's step in a tutorial, no subject
    part = _SEVERAL.sub("", owned if " " in owned else part)  # "Your Gateway" is no subject at all
    if coded := _COURSE_CODED.match(part):
        part = coded["subject"]  # "DATA2902 LIVE LEC (Measures of Risk)": the course says where, not what
    part = _NAMED_ACTIVITY.sub(r"\1", part)
    if _GENERIC.match(part):
        return part  # "Getting Started" stays whole (and names no subject)
    unframed = _unframed(part)
    if unframed != part:
        unframed = _MEANS.sub("", unframed)
    if unframed != part:
        # What is left names the subject unless it is one everyday word ("Handling errors") or the
        # object of the activity in a place ("Handling errors in callbacks": the heading above says where).
        # "Creating your Backlogs": the reader's backlogs are backlogs
        rest = _NAMED_ACTIVITY.sub(r"\1", _READERS.sub("", _LEADING_ARTICLE.sub("", unframed)).strip(" -."))
        if rest.islower() and re.search(r"\s(?:in|of|for|with|from|on)\s", rest):
            return ""
        return rest if " " in rest or not rest.islower() else ""
    part = _IN_VEHICLE.sub("", part)
    part = _IN_LANGUAGE.sub(r"\g<subject>", part)
    words = part.split(" ", 1)
    if (
        len(words) == 2
        and not words[0].lower().endswith("ing")
        and _INSTRUCTION.match(part)
        and can_be_verb(words[0])
        and (_LEADING_ARTICLE.match(words[1]) or _READERS.match(words[1]))
    ):
        # "Build a Login Form" and "Add the Terrarium Structure" are about the form and the structure;
        # "Make the filter" leaves an everyday word (the heading above says more).
        rest = _READERS.sub("", _LEADING_ARTICLE.sub("", words[1])).strip(" -.")  # "Make your own sourdough"
        return rest if " " in rest or not rest.islower() else ""
    if len(words) == 2 and words[0].lower().endswith("ing") and can_be_verb(words[0]):
        # "Building the Drag Element" is about the Drag Element; "Adding navigation" and "Making
        # the filter" leave an everyday word (the heading above says more); "Sorting Algorithms"
        # and "Banking App" are names.
        if _LEADING_ARTICLE.match(words[1]):
            rest = _LEADING_ARTICLE.sub("", words[1]).strip(" -.")
            return rest if " " in rest or not rest.islower() else ""
        if words[1][:1].islower():
            return ""
        if len(part.split()) >= 4 and _RELATION.search(words[1]):
            return ""  # "Streamlining Object Behaviors with Interchangeable Algorithms": a tagline, no subject
    return _LEADING_ARTICLE.sub("", part).strip(" -.")


def _unframed(part: str) -> str:
    unframed = _FRAMING.sub("", part)
    for _ in range(_FRAMES_AT_MOST):
        shorter = _TRAILING_FRAME.sub("", unframed)
        if shorter == unframed or not shorter.strip() or _a_kind_of_guide(shorter.strip(), unframed):
            break
        unframed = shorter
    return unframed.strip()


def _a_kind_of_guide(rest: str, whole: str) -> bool:
    """ "Style guide", "User guide": an everyday word before "guide" makes a kind of document, which
    is the subject; "Tree cheatsheet" and "Docker guide" are about trees and Docker. "Astronomical
    Glossary" without its frame leaves a describing word, which names nothing."""
    if rest.isalpha() and is_only_adjective(rest.lower()):
        return True
    everyday = rest.isalpha() and zipf_frequency(rest.lower(), "en") >= 4.5 and written_small(rest)
    return everyday and bool(re.search(r"\s(?:guide|handbook)$", whole, re.I))


_WHAT_IS = re.compile(
    r"^(?:\d+(?:\.\d+)*[.)]?\s+)?what\s+(?:is|are)\s+(?:an?\s+|the\s+)?(?P<subject>\w[^?,;:]{0,40}?)\s*\?$", re.I
)


def _names_one_thing(subject: str) -> bool:
    """ "CSAT", "Regular Expression": a name; "TCP/UDP" names two, and "privacy" is the term a card
    under it asks about, no topic of its own."""
    return "/" not in subject and (is_acronym(subject) or " " in subject.strip() or subject[:1].isupper())


_SLUG = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+){2,}")
_SLUG_FRAME = {
    "cheatsheet",
    "cheatsheets",
    "cheat",
    "sheet",
    "notes",
    "guide",
    "tutorial",
    "awesome",
    "handbook",
    "docs",
}


def _unslugged(title: str) -> str:
    """'cheatsheet-kubernetes-A4': a repository's name, the subject among words that say what kind of
    page it is and codes ('A4' paper); 'Kubernetes', as the prose writes it."""
    if not _SLUG.fullmatch(title.strip()):
        return title
    words = [w for w in title.strip().split("-") if w.lower() not in _SLUG_FRAME and not re.search(r"\d", w)]
    if not words or len(words) > 3 or len(words) == len(title.strip().split("-")):
        return title
    phrase = " ".join(words)
    text = (_PAGE.get() or {}).get("text", "")
    written = re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text, re.I)
    return written[0] if written else phrase


def _candidates(title: str, *, built: bool = False) -> list[str]:
    """'Terrarium Project Part 3: DOM Manipulation' offers both halves, the more specific first.
    With `built`, a document title's 'Build a Login Form' offers what such a lesson teaches: login forms."""
    title = _DATED.sub("", title)  # "Bronze Age (3300 - 1200 BC)": when, not what
    title = _unslugged(title)
    title = _STATUS_MARK.sub("", title)  # "Lily58 Pro Build Guide [WIP]": the page's state, no subject
    if (asked := _WHAT_IS.match(title.strip())) and _names_one_thing(asked["subject"]):
        return [s for s in [_subject(asked["subject"])] if s]  # "What is CSAT?" is about CSAT
    if title.rstrip().endswith("?"):
        return []  # "Why Use Pointer Events?" asks; the heading above names the subject
    if (named := _NAME_AND_GLOSS.match(title.strip())) and _subject(named["name"]):
        return [_subject(named["name"])]  # "http-server: a command-line http server": a name, then what it is
    halves = list(reversed(title.split(":")))
    if any(_states_a_claim(h) for h in halves):
        return []  # "Complexity reality check: output size dominates" says something; the subject is above
    # "Python Regular Expressions - Python Cheatsheet", "Examining Distribution - Univariate": the
    # subject comes first, then the site or series, or a qualifier that names nothing alone.
    parts = [
        p
        for h in halves
        if not _QUOTED.match(h)
        for i, p in enumerate(_PART_SEPARATOR.split(h))
        if not _NUMBER_ONLY.match(p) and not (i and _WHOSE_NOTES.match(p))
    ]
    return [h for h in (_kind_built(h) if built and _instructs(h) else _title_subject(h, built) for h in parts) if h]


def _title_subject(part: str, title: bool) -> str:
    """A page titled "Use plain language" or "Avoid jargon" is about what it advises; under a subject,
    "Use recursion" is advice on the subject above ("Tree")."""
    advised = _ADVISED_OBJECT.match(part.strip()) if title else None
    if advised and _advises(part.strip()) and is_noun(advised["object"].split()[-1].lower()):
        return advised["object"]
    return _subject(part)


# "http-server: a command-line http server", "Kiln: the build system": a name in no dictionary, then what it is
_NAME_AND_GLOSS = re.compile(r"^(?P<name>[`\w][\w.`-]*(?:-[\w.]+)*)\s*:\s+(?:an?|the)\s+\w")
# "Power set: “all subsets” (the mother of combinations)": a quoted half glosses the other, which it names.
_NUMBER_ONLY = re.compile(
    # "802.11" names a standard, not a place in an outline
    r"^\s*(?:(?:part|lesson|chapter|step|module|week|unit|session|lecture|day)\s+)?(?!\d{3,}\.\d)\d+(?:\.\d+)*\s*$"
    # "G1: Lawful Bases", "L4 – Aquifers": a course's code for the page, no subject ("In G1, …")
    r"|^\s*[A-Z]\d{1,2}[a-z]?\s*$"
    # "1A: Overview and Introduction to Lisp": the lecture's number, no subject ("In 1A, …")
    r"|^\s*(?:(?:part|lesson|chapter|module|week|unit|session|lecture|day)\s+)?\d{1,2}[A-Z]\s*$"
    r"|^\s*(?:part|chapter|module|unit|appendix|section|book|volume)\s+(?:[IVXLC]+|[A-Z])\s*$",  # "Appendix V"
    re.I,
)
_QUOTED = re.compile(r"^\s*[“\"‘']")
_DATED = re.compile(
    r"\s*\((?:c\.|ca\.|circa)?\s*\d[\d,.]*\s*(?:[–-]\s*\d[\d,.]*\s*)?(?:BCE?|AD|CE|B\.C\.|A\.D\.)?\)\s*$", re.I
)
# "Immunity to Change ~ Theo Notes", "Rust — the book", "Vim | cheatsheet": the subject, then the page
_STATUS_MARK = re.compile(r"\s*[\[(](?:wip|draft|todo|beta|new|updated?|deprecated|outdated)[\])]\s*", re.I)
_PART_SEPARATOR = re.compile(r"\s+[-–—~|]\s+")
# "… ~ Theo Notes", "… - My notes": after the subject, whose notes the page is
_WHOSE_NOTES = re.compile(r"^\s*\w+(?:'s|’s)?\s+notes\s*$", re.I)


_CLAIM_FOLLOWERS = {"with", "the", "a", "an", "all", "any", "your", "its", "in", "on", "to", "for", "from", "by"}


def _states_a_claim(half: str) -> bool:
    """'output size dominates', 'order matters not': a clause, its verb in the third person, is a claim
    about a subject, not one. Only a word that is never a noun counts ('Uses', 'Tables' may be nouns)."""
    words = re.findall(r"[A-Za-z]+", half)
    verb = len(words) >= 3 and words[1].islower() and words[1].endswith("s") and can_be_verb(words[1][:-1])
    # "Speed values in Valhalla APIs": a noun before a plural noun names things, it claims nothing
    compound = verb and words[0][1:].islower() and is_noun(words[0].lower()) and is_noun(words[1][:-1])
    if verb and not compound and words[2].lower() in _CLAIM_FOLLOWERS:
        return True  # "Luxon works with time zones", "Redis keeps the data in memory"
    return len(words) >= 2 and words[-1].islower() and words[-1].endswith("s") and is_only_verb(words[-1])


def _instructs(part: str) -> bool:
    """'Build a Login and Registration Form': an instruction to make one thing."""
    part = _PART.sub("", re.sub(r"\s+", " ", _DECORATION.sub(" ", part)).strip())
    first = part.split(" ", 1)[0]
    return bool(_INSTRUCTION.match(part)) and can_be_verb(first) and not re.search(r"(?:ing|ed)$", first)


def _kind_built(part: str) -> str:
    """'Build a Login and Registration Form' → 'login and registration forms': the one form a
    tutorial builds is its own; the cards are about forms of the kind."""
    thing = _subject(part)
    words = thing.split()
    if not words or not is_noun(words[-1].lower()) or is_plural(words[-1].lower()) or _VEHICLE.search(thing):
        return thing
    lowered = [w if is_acronym(w) or any(c.isupper() for c in w[1:]) else w.lower() for w in words]
    return " ".join([*lowered[:-1], plural(lowered[-1])])


def _names_a_subject(candidate: str) -> bool:
    return (
        not _GENERIC.match(candidate)
        and not _CHATTY.search(candidate)
        and not _PARTICLE.match(candidate)
        and not (_INSTRUCTION.match(candidate) and can_be_verb(candidate.split()[0]))
        and not (" " in candidate and _imperative(candidate.split()[0]))  # "Add typing logic"
        and not _advises(candidate)
        and not _VERSUS.search(candidate)
        and not _ADVICE.match(candidate)
        and not is_keyword(candidate)  # "LIKE", "ORDER BY": the keyword a card asks about, not its subject
        and not (" " not in candidate and candidate.lower().endswith("ed") and only_a_verb(candidate))  # "Compared"
        and 0 < len(candidate.split()) <= MAX_TOPIC_WORDS
        and not _unknown_word(candidate)
        and not _DONE_FOR.match(candidate)
        and not _cited_author(candidate)
        and not _RELATIVE_CLAUSE.search(candidate)
        and not _DATE_HEADING.match(candidate)
        and not _COPULA_CLAIM.search(candidate)  # "JavaScript is TypeScript": a claim, not a subject
        and not _CLAIMED_NEED.search(candidate)  # "Life requires energy"
    )


_COPULA_CLAIM = re.compile(r"^\S+(?:\s+\S+)?\s+(?:is|are|was|were|isn['’]t|aren['’]t)\s+\S", re.I)
_CLAIMED_NEED = re.compile(r"^[A-Z]?[a-z]+\s+(?:requires|needs|means|matters|wins|rules|works|happens)\b")


# "January 24th, 2013 - Lecture": when a lecture was given, not what it is about
_DATE_HEADING = re.compile(
    rf"^(?:[a-z]+day,?\s+)?{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|^\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\b", re.I
)


# "Mechanisms that Increase Preload": what the section says of a subject, in a clause; the heading above
# names the subject (and "In Increase Preload, …" reads as no English)
_RELATIVE_CLAUSE = re.compile(r"\s(?:that|which|who)\s+[A-Za-z]", re.I)


# "Things done to overcome latency pains", "Steps taken by the court": what was done, no subject
_DONE_FOR = re.compile(
    r"^[A-Za-z]+\s+(?:done|taken|made|used|needed|required|given|applied|followed)\s+(?:to|by|for|when|in)\s", re.I
)


def _cited_author(candidate: str) -> bool:
    """ "## Aikhenvald" over what "Aikhenvald (2006: 12)" says: an author the page cites by year,
    whose name says whose view it is, not what it is about."""
    if not re.fullmatch(r"[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?", candidate):
        return False
    name = re.escape(candidate)
    cited = re.compile(rf"\b{name}(?:'s)?\s*(?:\(\s*|,\s*)?(?:1[89]|20)\d\d\b|\b{name}\s+et\s+al\b")
    return _remembered(("cited", candidate), lambda: bool(cited.search((_PAGE.get() or {}).get("text", ""))))


def _unknown_word(candidate: str) -> bool:
    """ "Ingenous Rocks", "Plate Tetonics": a word no dictionary knows and the prose never writes is
    a heading's typo, which a card would repeat in every prompt of its section."""
    return any(
        zipf_frequency(word.lower(), "en") == 0 and not uses_in_prose(word) and not misspelt(word.lower())
        for word in re.findall(r"(?<![\w-])[A-Z]?[a-z]{3,}(?![\w-])", candidate)
    )


def _groups_the_documents_own(section: tuple[str, ...] | list[str], where: int) -> bool:
    """'Common Aliases Plugin › Aliases › ls command': a heading above the section's own repeats the
    title's words ('Aliases'), so the section ('ls command', 'File handling') is one group of the
    document's own things, which belong to the document's subject, not to what the group is named by."""
    title = {singular(w) for w in normalise(section[0]).split()}
    for heading in section[1:where]:
        words = {singular(w) for w in normalise(_PART.sub("", heading)).split()}
        if words and words <= title:
            return True
    return False


def _in_its_language(local: str, title: str) -> str:
    """'Binary in Python' → 'Python' when the title names binary ("Binary, Octal, and Hexadecimal");
    'Traverse in Reverse' under "Linked List" stays."""
    match = _WORD_IN_LANGUAGE.match(local)
    if not match or match["word"].lower() not in normalise(title).split():
        return local
    return match["language"]


def _an_aspect(heading: str) -> bool:
    """'Crontab Format', 'Operations with Binary Numbers': an aspect of a subject, not one."""
    return bool(_ASPECT.match(heading) or _ASPECT_OF.match(heading))


def _aspect_of_acronym(heading: str) -> str:
    """'JSON Format' → 'JSON': the aspect of a thing an acronym names is about that thing."""
    match = _ACRONYM_ASPECT.match(heading)
    return match["name"] if match and _an_aspect(heading) else heading


def _advises(heading: str) -> bool:
    return bool(match := _ADVISING_VERB.match(heading)) and not is_plural(match["next"].lower())


def _imperative(word: str) -> bool:
    """'Add', 'Create' open an instruction; 'Weighted', 'Formatting' describe a subject."""
    return is_only_verb(word) and not re.search(r"(?:ing|ed|s)$", word)


# The title over a document's other level-1 headings ("# Quick SQL Cheatsheet" above "# 1. Finding
# Data Queries"), which their section paths do not carry. Set while one document is written, so
# every extractor's topic sees it without the path (and so the note keys) changing.
_TITLE: ContextVar[str] = ContextVar("document_title", default="")
# The name a document keeps coming back to when its title names no subject ("Glossary", "Setup"):
# "ESLint" in ESLint's glossary, "Jekyll" in Jekyll's tutorial.
_NAMED: ContextVar[str] = ContextVar("document_name", default="")
_HEADLINE: ContextVar[str] = ContextVar("document_headline", default="")  # the title, or the first heading
# The text whose keyword a nameless page may need (see page_keyword), read only when it does.
# The page being written ({"text", "named"}), for what is worked out of it only on first need: its
# keyword and the acronyms it spells out.
_PAGE: ContextVar[dict | None] = ContextVar("document_page", default=None)
_FIRST_HEADING = re.compile(r"^\s{0,3}#\s+(.+)$", re.M)
_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)[ \t]*\n.*?\n(?:---|\+\+\+)[ \t]*\n", re.S)  # YAML or TOML
# The document's text without its headings, folded (`normalise`): a heading is a subject only when
# the author's own sentences name it ("Linked List", "Quicksort"); a tagline, a label or a fragment
# ("A Fundamental Distinction", "Experiment 2", "Coming Up") is written once, as a heading.
_PROSE: ContextVar[tuple[str, dict[str | tuple, bool]]] = ContextVar("document_prose", default=("", {}))
# Each section's topic, once worked out, while one document is written (None outside one).
_TOPICS: ContextVar[dict[tuple[str, ...], str] | None] = ContextVar("document_topics", default=None)
_HEADING_LINE = re.compile(r"^\s{0,3}#{1,6}\s.*$|^.+\n(?:=+|-+)\s*$", re.M)
# A capitalised word after a small one, not the first word of a longer name ("Bloom Filter"); a
# short acronym ("PR", "AST") is more often a thing the document uses than its subject.
# "_Black_ is …": the name emphasised; "Socket.IO", "Vue.js", "Measurements.jl", "A-Frame": a name with its dotted or
# hyphened part ("A" alone is the article); "Hold'em": an apostrophe inside a name, not an owner's;
# "Hold'em Poker", "Serverless Framework": the name, then the kind of thing it names.
_KINDS_AFTER_NAMES = (
    "Poker|Game|Framework|Library|Language|Package|Toolkit|Engine|Platform|Protocol|Database|Editor|Plugin"
)
_NAME_IN_PROSE = re.compile(
    r"(?<=[a-z,;(] )[_*]{0,2}((?![A-Z]{1,3}\b(?!-))[A-Z](?:-[A-Z])?[A-Za-z0-9+#]*(?:['’](?!s\b)[a-z]+)?"
    rf"(?:\.j[sl]|\.[A-Z]{{2,}})?)[_*]{{0,2}}(?![\w-]|['’](?!s\b)| (?!(?:{_KINDS_AFTER_NAMES})\b)[A-Z])"
)
_SMALL_NAME_IN_PROSE = re.compile(r"(?<=[a-z,;(] )[a-z][a-z0-9]{2,}(?:-[a-z0-9]+)*(?![\w-])")  # "docker-mailserver"
_NAME_OPENING_SENTENCE = re.compile(r"(?:^|[.!?:]\s+)(?:[-*+>]\s+)?([A-Z][a-z]+[A-Za-z]*)(?=\s+[a-z])", re.M)
_TABLE_ROW = re.compile(r"^\s*\|.*$", re.M)
_TABLE_LINE = re.compile(r"^.*\|.*\|.*$", re.M)  # "h | left" without its outer pipes is a row too
_NAME_MIN_USES = 5
_NAME_LEAD = 1.5  # how much more often than any other name
_NAME_FAR_AHEAD = 4  # … and named so much more often that the opening lines need not name it,
_NAME_AS_SUBJECT = 3  # as the subject of this many sentences
_INTRO_CHARS = 600


@contextmanager
def document_titled(title: str, text: str = "") -> Iterator[None]:
    """While a document is written: its title, the name its prose is about, and the names its text
    capitalises (see as_common)."""
    with names_of(text):
        prose = f" {normalise(_HEADING_LINE.sub(' ', _FRONT_MATTER.sub('', text)))} " if text else ""
        first_heading = title or (m[1].strip() if (m := _FIRST_HEADING.search(text)) else "")
        code_language = language_of_code(text, first_heading) if text else ""
        named = _named_subject(text, first_heading, code_language)
        if " " not in named and (_an_everyday_gerund(named) or _only_a_modifier(named, text)):
            named = ""  # "Using" of "Using multiple tables", "Bayesian" of "Bayesian model": no name
        if not title and (asked := asked_first(text)):
            # "## What is Regular Expression?" over "## Flags", "## Anchors": every section is about it
            title, named = asked, named or asked
        elif not title and not named and (opening := opened_on(text)):
            title = opening  # "### Congestion Control" over "Congestion control is …", then "### Slow Start"
        tokens = _TITLE.set(title), _NAMED.set(named), _PROSE.set((prose, {})), _TOPICS.set({})
        headline = _HEADLINE.set(title or first_heading)
        page = _PAGE.set(
            {
                "text": text,
                "named": bool(named),
                "language": introduced_language(text) if text else "",
                "code_language": code_language,
            }
        )
        try:
            yield
        finally:
            _HEADLINE.reset(headline)
            _PAGE.reset(page)
            _TITLE.reset(tokens[0])
            _NAMED.reset(tokens[1])
            _PROSE.reset(tokens[2])
            _TOPICS.reset(tokens[3])


_ACRONYM_IN_BRACKETS = re.compile(r"\(([A-Z]{2,6})\)")
_WORDS_BEFORE = re.compile(r"((?:[A-Za-z][\w'’-]*\s+){1,8})$")
_SPELLED_OUT_MIN_USES = 6


def _acronym_expansions(text: str) -> dict[str, str]:
    """The acronyms the text spells out, each with its words: "the Office of the Public Guardian
    (OPG)" → {"OPG": "Office of the Public Guardian"}; the first spelling of each wins."""
    found: dict[str, str] = {}
    for m in _ACRONYM_IN_BRACKETS.finditer(text):
        acronym = m[1]
        if acronym in found:
            continue
        before = _WORDS_BEFORE.search(text[max(0, m.start() - 120) : m.start()])
        words = before[1].split() if before else []
        for start in range(len(words)):
            phrase = words[start:]
            initials = "".join(w[0] for w in phrase if w.lower() not in UNINITIALLED_WORDS)
            if phrase[0].lower() not in UNINITIALLED_WORDS and initials.upper() == acronym:
                found[acronym] = " ".join(phrase)
                break
    # "# Intellectual Property" over "IP is an umbrella term …": a heading whose initials the page
    # then writes as its acronym
    for heading in _HEADING_TEXT.findall(text):
        words = heading.split()
        initials = "".join(w[0] for w in words if w.lower() not in UNINITIALLED_WORDS)
        capitalised = all(w[:1].isupper() for w in words if w.lower() not in UNINITIALLED_WORDS)
        written = 2 <= len(initials) <= 5 and re.search(rf"(?<![\w-]){initials}(?![\w-])", text)
        if capitalised and written and initials not in found:
            found[initials] = heading.strip()
    return found


_HEADING_TEXT = re.compile(r"^#{1,6}\s+([A-Z][A-Za-z]+(?:\s+(?:[A-Z][A-Za-z]+|of|and|the|for))+)\s*$", re.M)


@lru_cache(maxsize=2)
def _page_prose(text: str) -> str:
    """The page's prose, without front matter and table rows: read once for its name and for the
    subject its opening spells out."""
    return prose_of(_TABLE_LINE.sub(" ", _TABLE_ROW.sub(" ", _FRONT_MATTER.sub("", text))))


def spelled_out_subject(text: str) -> str:
    """ "Here are some words you'll see when making your lasting power of attorney (LPA)": a
    glossary or FAQ whose opening lines spell out the acronym the page then keeps using is about
    that thing ("a lasting power of attorney"), which its title ("Glossary") does not say."""
    prose = _page_prose(text)
    intro = " ".join(prose.split())[:_INTRO_CHARS]
    for acronym, expansion in _acronym_expansions(intro).items():
        uses = len(re.findall(rf"(?<![\w-]){acronym}s?(?![\w-])", text))
        if uses >= _SPELLED_OUT_MIN_USES and _titled_by_kind(text, acronym):
            # "In a lasting power of attorney, …": a thing counted in the plural ("LPAs")
            counted = expansion.islower() and re.search(rf"(?<![\w-]){acronym}s(?![\w-])", text)
            return with_article(expansion) if counted else expansion
    return ""


def acronym_spelled_out(acronym: str) -> str:
    """The words the document being written spells `acronym` out with, or ''."""
    known = _PAGE.get() if _PAGE.get() is not None else {}
    if "acronyms" not in known:
        known["acronyms"] = _acronym_expansions(known.get("text", ""))
    return known["acronyms"].get(acronym, "")


def _remembered(key: tuple, work):
    """`work()`, worked out once per document being written (every card of a page may ask)."""
    prose, answers = _PROSE.get()
    if not prose:
        return work()
    if key not in answers:
        answers[key] = work()
    return answers[key]


def possessive(name: str) -> str:
    """ "Cooklang's", but "Makefiles'": a plural takes the apostrophe alone."""
    last = name.split()[-1] if name.split() else name
    plural_name = last.endswith("s") and not last.endswith("ss") and is_plural(last.lower())
    return f"{name}'" if plural_name else f"{name}'s"


def named_with_the(name: str) -> bool:
    """ "the Daily Scrum", "the Sprint Backlog": a name of two capitalised words or more that the page
    writes after "the" at least twice, and in at least two uses of three."""
    page = _PAGE.get()
    if not page or " " not in name:
        return False

    def count() -> bool:
        uses = re.findall(rf"(\b[Tt]he\s+)?(?<![\w-]){re.escape(name)}(?![\w-])", page["text"])
        with_the = sum(bool(u) for u in uses)
        return with_the >= 2 and 3 * with_the >= 2 * len(uses)

    return _remembered(("named with the", name), count)


def written_on_page(word: str) -> int:
    """How often the page's whole text, code included, writes the word; a large number when no
    document is being written."""
    page = _PAGE.get()
    if not page:
        return 1_000
    return _remembered(
        ("on page", word), lambda: len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", page["text"], re.I))
    )


def uses_in_prose(word: str) -> int:
    """How often the document's prose says the word, in the singular or the plural; a large number
    when no document is being written."""
    prose, answers = _PROSE.get()
    if not prose:
        return 1_000
    key = ("uses", word)
    if key not in answers:
        core = normalise(word)
        forms = {core, normalise(plural(core)), normalise(singular(core))} if core else set()
        answers[key] = sum(prose.count(f" {form} ") for form in forms)
    return answers[key]


def _named_in_prose(candidate: str) -> bool:
    """Whether the document's sentences (not its headings) name the heading's subject, in the
    singular or the plural; always, when no document is being written."""
    prose, answers = _PROSE.get()
    if not prose:
        return True
    if candidate not in answers:  # every card of a section asks, and the prose may be a megabyte
        core = normalise(_LEADING_ARTICLE.sub("", re.sub(r"\s*\([^()]*\)", " ", candidate).strip()))
        forms = {core, normalise(plural(core)), normalise(singular(core))} if core else set()
        answers[candidate] = any(f" {form} " in prose for form in forms)
    return answers[candidate]


# The languages a fenced block's info string names, as a sentence writes them.
_LANGUAGES = {
    "sql": "SQL", "mysql": "MySQL", "postgresql": "PostgreSQL", "psql": "PostgreSQL",
    "python": "Python", "py": "Python",
    "javascript": "JavaScript", "js": "JavaScript", "typescript": "TypeScript", "ts": "TypeScript", "go": "Go",
    "golang": "Go", "rust": "Rust", "rs": "Rust", "java": "Java", "kotlin": "Kotlin", "ruby": "Ruby", "rb": "Ruby",
    "php": "PHP", "c": "C", "cpp": "C++", "c++": "C++", "csharp": "C#", "cs": "C#", "swift": "Swift", "r": "R",
    "scala": "Scala", "haskell": "Haskell", "elixir": "Elixir", "lua": "Lua", "perl": "Perl", "css": "CSS",
    "html": "HTML", "yaml": "YAML", "graphql": "GraphQL", "powershell": "PowerShell", "bash": "Bash",
}  # fmt: skip
_FENCE_INFO = re.compile(r"^[ ]{0,3}(?:```|~~~)[ \t]*([\w+#-]+)", re.M)
_MIN_FENCES = 3
_LANGUAGE_SHARE = 0.7


def _named_subject(text: str, title: str, language: str) -> str:
    """The name the page is about: the one its prose uses most, unless its code is nearly all of one
    language the prose names far more often ("CSS" on a page of ```css blocks that also says "HTML";
    the prose count skips names of three letters or fewer)."""
    named = dominant_name(text)
    if named and language and language != named:
        prose = _page_prose(text)
        uses = len(re.findall(rf"(?<![\w-]){re.escape(language)}(?![\w-])", prose))
        if uses >= _LANGUAGE_LEAD * len(re.findall(rf"(?<![\w-]){re.escape(named)}(?![\w-])", prose)):
            return language
    return named or language or spelled_out_subject(text) or introduced_language(text)


_LANGUAGE_LEAD = 3
# "WaitGroup", "HashMap": a type's name in code, two capitalised words run together
UPPER_CAMEL = re.compile(r"(?:[A-Z][a-z0-9]+){2,}")
# "keywords that are reserved … by the Rust language", "Go is a programming language": the language
# a reference page's opening names as such, however seldom its prose repeats the name
_LANGUAGE_INTRODUCED = re.compile(
    r"\bthe (?P<the>[A-Z][\w+#.-]*) (?:programming )?language\b|(?<![\w.-])(?P<own>[A-Z][\w+#.-]*) (?:is|was) an? "
    r"(?:[\w-]+ ){0,3}programming language\b"
)


def introduced_language(text: str) -> str:
    """The programming language a page's opening lines name as one ("the Rust language"), or ''."""
    intro = " ".join(_page_prose(text).split())[:_INTRO_CHARS]
    m = _LANGUAGE_INTRODUCED.search(intro)
    return (m["the"] or m["own"]) if m else ""


def language_of_code(text: str, title: str = "") -> str:
    """ "SQL" for a page whose code blocks are nearly all ```sql: the subject of a cheat sheet
    whose title names none ("syntax"); '' when its code is of several languages or little. A page
    titled "DNS" whose blocks are ```bash runs its commands in a shell; it is not about the shell."""
    tags = [tag.lower() for tag in _FENCE_INFO.findall(text)]
    if len(tags) < _MIN_FENCES:
        return ""
    tag, count = Counter(tags).most_common(1)[0]
    language = _LANGUAGES.get(tag, "") if count >= _LANGUAGE_SHARE * len(tags) else ""
    if language in _SHELLS and title and language.lower() not in title.lower():
        return ""
    return language


_SHELLS = {"Bash", "PowerShell"}


_ASKED_MIN_USES = 3


_OPENING_LINES = 5


def opened_on(text: str) -> str:
    """A page without a title whose first heading opens it and whose first sentence is about what
    that heading names ("### Congestion Control" over "1) Congestion control is needed …"): that
    subject, for the headings after it, which are its parts."""
    metadata = _FRONT_MATTER.match(text)
    body = text[metadata.end() if metadata else 0 :].lstrip()
    first = _HEADING_LINE.match(body)
    if not first or not first[0].lstrip().startswith("#"):
        return ""
    heading = first[0].strip().lstrip("#").strip()
    after = [line for line in body[first.end() :].splitlines() if line.strip()][:_OPENING_LINES]
    opening = re.sub(r"^\W*(?:\d+[.)]\s*)?", "", after[0]) if after else ""
    if len(heading.split()) > 3 or not re.match(
        rf"(?i){re.escape(heading)}\s+(?:is|are|was|were|refers|means)\b", opening
    ):
        return ""
    return heading


def asked_first(text: str) -> str:
    """The subject of a question that is the document's first heading, when the prose keeps naming
    it: 'Regular Expression' for a page opening "## What is Regular Expression?"."""
    metadata = _FRONT_MATTER.match(text)
    if metadata and re.search(r"^title\s*[:=]", metadata[0], re.M):
        return ""  # the page has a title of its own, over the question
    first = _HEADING_LINE.search(text[metadata.end() if metadata else 0 :])
    asked = _WHAT_IS.match(first[0].strip().lstrip("#").strip()) if first else None  # "## What is …?"
    if not asked:
        return ""
    subject = asked["subject"]
    body = _HEADING_LINE.sub(" ", text)
    if normalise(body).count(normalise(singular(subject))) < _ASKED_MIN_USES:
        return ""
    small = subject.lower()
    if body.count(small) <= body.count(subject):
        return subject  # "Docker": a name, as the sentences write it
    # "In regular expressions, …": a kind of thing is named by its plural; "machine learning" is not counted
    last = small.split()[-1]
    return small if is_plural(last) or _seldom_counted(last) else plural(small)


_KEY_WORD = re.compile(r"(?<![\w-])[A-Za-z][a-z]{3,}(?![\w-])")
_KEYWORD_MIN_USES = 8
_KEYWORD_LEAD = 2.0  # how much more marked than the next word
_EVERYDAY_ZIPF = 7.0  # a word's weight: its uses times how much rarer than the commonest words it is


def _keyword() -> str:
    """`page_keyword` of the document being written, worked out once, on first need."""
    known = _PAGE.get() or {}
    if known.get("text") and not known.get("named") and "word" not in known:
        known["word"] = page_keyword(known["text"])
    return known.get("word", "")


def page_keyword(text: str) -> str:
    """ "climbing" for a dictionary page titled "Dictionary - Wiki" whose prose keeps saying climb,
    climbs and climbing: the word the page uses far more than English does, in the form it uses
    most, when one word stands out; '' otherwise. The subject of last resort for a page whose
    title and headings name none ("What is beta?" → "In climbing, what is beta?")."""
    forms: dict[str, Counter] = {}
    # Table rows are cells, not the page's sentences: "Nth" of a command list's "N times" column
    # is no subject ("In Nth, what is the command of gk?")
    for word in _KEY_WORD.findall(prose_of(_TABLE_LINE.sub(" ", _FRONT_MATTER.sub("", text)))):
        lowered = word.lower()
        forms.setdefault(lemma(lowered), Counter())[lowered] += 1
    weights = {
        base: sum(used.values()) * (_EVERYDAY_ZIPF - zipf_frequency(base, "en"))
        for base, used in forms.items()
        if sum(used.values()) >= _KEYWORD_MIN_USES and is_english(base)
    }
    ranked = sorted(weights.items(), key=lambda pair: -pair[1])[:2]
    if not ranked or (len(ranked) == 2 and ranked[0][1] < _KEYWORD_LEAD * ranked[1][1]):
        return ""
    form = forms[ranked[0][0]].most_common(1)[0][0]
    if zipf_frequency(ranked[0][0], "en") >= _EVERYDAY_KEYWORD:
        return ""  # "state" of automata notes: a word every page uses, which names no subject ("In state, …")
    return form if not is_plural(form) else singular(form)


_EVERYDAY_KEYWORD = 5.5  # Zipf: "state", "money"; "climbing" (4.1), "sourdough" (2.8) name a subject


def page_code() -> str:
    """The fenced code blocks of the document being written, joined, or ''."""
    page = _PAGE.get()
    if not page:
        return ""
    if "code" not in page:
        page["code"] = "\n".join(_FENCED_BLOCK.findall(page["text"]))
    return page["code"]


_FENCED_BLOCK = re.compile(r"^[ \t]{0,3}(?:```|~~~)[^\n]*\n(.*?)^[ \t]{0,3}(?:```|~~~)", re.M | re.S)


def page_name() -> str:
    """The name the document being written is about ("Black", "Socket.IO"), or ''."""
    return _NAMED.get()


# "epidemiology: the study of the distribution of disease …", "Educational Psychology: The study of
# how people learn": a glossary that defines its own field; "… which is the study of how to create
# learning materials" goes on about another
_STUDY_OF = re.compile(
    r"^[ \t>*+-]*(?:\*\*|__)?(?!(?:which|that|this|it|what|who|there)\b)"
    r"(?P<field>[A-Za-z][A-Za-z'’ -]{2,40}?)(?:\*\*|__|\*|_)?[ \t]*"
    r"(?::[ \t]*\n?[ \t]*|\n[ \t]*:[ \t]+|[ \t]+is[ \t]+)"
    r"(?:the[ \t]+)?(?:scientific[ \t]+|systematic[ \t]+)?study[ \t]+of\b",
    re.I | re.M,
)
_FIELD_WORDS = 3


def studied_field() -> str:
    """The field a page defines as "the study of …", in small letters ("epidemiology"), or '': the
    subject of a glossary whose title names none ("Glossary")."""
    page = _PAGE.get()
    if not page:
        return ""
    if "field" not in page:
        m = _STUDY_OF.search(page["text"][:_FIELD_SEARCH_CHARS])
        field = " ".join(m["field"].split()) if m else ""
        if len(field.split()) > _FIELD_WORDS or not all(is_english(w.lower()) for w in field.split()):
            field = ""
        page["field"] = field.lower()
    return page["field"]


_FIELD_SEARCH_CHARS = 200_000


def dominant_name(text: str) -> str:
    """The proper name the prose uses most, mid-sentence, when it is the document's subject: used at
    least five times, half as often again as any other name, and named in the opening lines.
    Nameless or many-named documents give ''."""
    name = _dominant_word(text)
    name = _whole_name(name, _page_prose(text)) if name else ""
    words = name.split()
    if words and all(w.isalpha() and is_english(w.lower()) for w in words) and is_plural(words[-1].lower()):
        return ""  # "Special Functions", "Distortion Risk Measures": a kind of things, no product ("In Functions, …")
    return name


def _whole_name(name: str, prose: str) -> str:
    """'Framework' → 'Serverless Framework' when the prose writes a capitalised word before it in
    half its uses or more ("the Serverless Framework", then "the Framework"): the name is the whole
    phrase. The word must be a name mid-sentence too ("… with the Serverless"), not "The" or "Using"."""
    while True:
        uses = len(re.findall(rf"(?<![\w'’.-]){re.escape(name)}(?![\w'’-])", prose))
        before = Counter(re.findall(rf"(?<![\w'’.-])([A-Z][\w'’-]*) {re.escape(name)}(?![\w'’-])", prose))
        word, together = before.most_common(1)[0] if before else ("", 0)
        if not word or 2 * together < uses or not re.search(rf"[a-z,;(] {re.escape(word)} ", prose):
            return name
        name = f"{word} {name}"


def _a_unit(name: str, prose: str) -> bool:
    """Whether the page writes the name after a number ("25 degrees Celsius", "10 Kelvin") at least
    as often as not."""
    uses = re.findall(rf"(\S+\s+\S+\s+){re.escape(name)}\b", prose)
    measured = sum(bool(re.search(r"\d\s*(?:°|degrees?)?\s*$", " ".join(u.split()))) for u in uses)
    return bool(uses) and 2 * measured >= len(uses)


def _dominant_word(text: str) -> str:
    prose = _page_prose(text)
    counts = Counter(m for m in _NAME_IN_PROSE.findall(prose) if not written_small(m))
    # only a name used often enough to lead is searched for: the prose may be a megabyte
    for unit in [m for m, uses in counts.items() if uses >= _NAME_MIN_USES and _a_unit(m, prose)]:
        del counts[unit]  # "230 degrees Celsius": what the page measures in, never what it is about
    for acronym in [m for m in counts if re.fullmatch(r"[A-Z]{2,}", m) and f"{m}s" in counts]:
        # "UUID", "UUIDs": a thing the page counts, never the subject a glossary is of ("In UUID, …")
        del counts[acronym], counts[f"{acronym}s"]
    # "pnpm", "kubectl": a tool written small on purpose, a word in no dictionary
    small = Counter(_SMALL_NAME_IN_PROSE.findall(prose))
    for word, uses in small.items():
        spelled_out = re.search(rf"\(\s*{re.escape(word)}\s*\)", text)  # "congestion window (cwnd)": a term
        if uses >= _NAME_MIN_USES and not spelled_out and _a_tool_written_small(word, text):
            # "mise install", "`mise use`": the page's own tool is the one its code keeps running,
            # where a rival it is compared with ("asdf") is named as often as not
            capitalised = word.capitalize() in counts
            counts[word] += uses + (0 if capitalised else min(uses, _commands_run(word, text)))
    # "Nextclade identifies …": a name in no dictionary is one at a sentence's start too
    opening = Counter(m for m in _NAME_OPENING_SENTENCE.findall(prose) if zipf_frequency(m.lower(), "en") == 0)
    counts.update(opening)
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= _NAME_MIN_USES and (len(ranked) == 1 or ranked[0][1] >= _NAME_LEAD * ranked[1][1]):
        name, intro = ranked[0][0], " ".join(prose.split())[:_INTRO_CHARS]
        if re.search(rf"(?<![\w.]){re.escape(name)}(?![\w])", intro):
            return name
        far_ahead = len(ranked) == 1 or ranked[0][1] >= _NAME_FAR_AHEAD * ranked[1][1]
        if far_ahead and opening[name] >= _NAME_AS_SUBJECT:
            return name  # "Nextclade finds …": a help page that names its tool only further on
        if _titled_by_kind(text, name) and _title_of(text):
            return name  # "Terms" over "## Block", "## Chain": a glossary has no opening lines to name it
    introduced = _introduced(prose, counts)
    # "High point shoulder (HPS)": an acronym the page spells out is one of its terms, no rival name
    rivals = [a for a in _ACRONYM_IN_PROSE.findall(prose) if not re.search(rf"\(\s*{a}\s*\)", text)]
    named, uses = _named_throughout(text, [*counts, *rivals])
    if (
        named
        and _titled_by_kind(text, named)
        and (not introduced or uses >= _THROUGHOUT_LEAD * _uses_anywhere(introduced, text))
    ):
        return named  # "Uniswap" in headings, links and prose, where the opening sentence names Ethereum
    return introduced


_THROUGHOUT_MIN_USES = 6
_ACRONYM_IN_PROSE = re.compile(r"(?<![\w.-])[A-Z]{2,5}(?![\w-])")  # "ZMK": a rival, never the page's name here
_THROUGHOUT_LEAD = 2.5
_NOT_A_PRODUCT_NAME = re.compile(r"\d|^[A-Z]{2,}|^[a-z]{1,2}$")  # "ERC20", "README", "LRUCache", "LANG"


def _named_throughout(text: str, candidates: list[str]) -> tuple[str, int]:
    """The product a page names everywhere, in headings, links and code as in its prose ("WezTerm"
    and "wezterm" alike), when one name is used far more than any other; ('', 0) otherwise."""
    spellings: dict[str, Counter] = {}
    for name in dict.fromkeys(candidates):
        if zipf_frequency(name.lower(), "en") < _RARE_WORD and not re.search(r"\d", name):
            spellings.setdefault(name.lower(), Counter())[name] += 1
    totals = Counter({key: _uses_anywhere(key, text) for key in spellings})
    ranked = totals.most_common(2)
    if not ranked or ranked[0][1] < _THROUGHOUT_MIN_USES:
        return "", 0
    if any(_NOT_A_PRODUCT_NAME.search(name) for name in spellings[ranked[0][0]]):
        return "", 0  # "README", "ZMK" beside "Zephyr": a rival in capitals, which names no page here
    if len(ranked) == 2 and ranked[0][1] < _THROUGHOUT_LEAD * ranked[1][1]:
        return "", 0
    key = ranked[0][0]
    # the spelling the text uses most, capitals first when equal ("WezTerm" over "wezterm"), and
    # as the prose writes it rather than an address ("FreeSewing", not "freesewing.org")
    written = Counter(re.findall(rf"(?<![\w.-]){re.escape(key)}(?![\w-])", text, re.I))
    said = [form for form in written if form in spellings[key]] or list(written)
    return max(said, key=lambda form: (written[form], form != form.lower())), ranked[0][1]


_TITLE_LINE = re.compile(r"\A---\n(?:.*\n)*?title:\s*(?P<meta>[^\n]+)|^\s{0,3}#\s+(?P<heading>.+)$", re.M)


def _title_of(text: str) -> str:
    """The page's title as written, without a docs site's "[description]" after it."""
    m = _TITLE_LINE.search(text)
    title = ((m["meta"] or m["heading"]) if m else "").strip().strip("'\"")
    return re.sub(r"\s+\[[^\]]+\]$", "", title)


def _titled_by_kind(text: str, name: str) -> bool:
    """A page whose title names the name, says only what kind of page it is ("Glossary",
    "Frequently Asked Questions", "Command Reference"), asks a question, or is missing: a page
    titled by its subject ("Virtualization") is about that, whatever product it shows most."""
    title = _title_of(text)
    if not title or title.endswith("?") or name.lower() in title.lower():
        return True
    return all(_GENERIC.match(c) for c in _candidates(title)) or not _candidates(title)


def _uses_anywhere(name: str, text: str) -> int:
    return len(re.findall(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", text, re.I))


_INTRODUCED_MIN_USES = 3


_RARE_WORD = 3.0  # Zipf: "mise" is a French word in English text, and a tool's name here
_COMMANDS_RUN = 2


def _a_tool_written_small(word: str, text: str) -> bool:
    """ "pnpm", "kubectl": a word in no dictionary; "mise": a rare one the page's code runs as a
    command ("mise install", "`mise use`")."""
    frequency = zipf_frequency(word, "en")
    if frequency == 0:
        return True
    if frequency >= _RARE_WORD:
        return False
    return _commands_run(word, text) >= _COMMANDS_RUN


def _commands_run(word: str, text: str) -> int:
    return len(re.findall(rf"(?:^\s*(?:\$\s*)?|`){re.escape(word)}\s+[a-z-]", text, re.M))


def _introduced(prose: str, counts: Counter) -> str:
    """ "We will list here the terms that are related to the Socket.IO ecosystem:": the name the
    opening sentence of a page says it is about, when the page names it again."""
    opening = next((p for p in re.split(r"\n\s*\n", prose) if p.strip() and not p.lstrip().startswith("#")), "")
    opening = " ".join(opening.split())
    found = [*_NAME_IN_PROSE.findall(opening), *_SMALL_NAME_IN_PROSE.findall(opening)]  # "… with docker-mailserver."
    named = {m for m in found if counts[m] >= _INTRODUCED_MIN_USES}
    return named.pop() if len(named) == 1 else ""  # "Both Alpha and Beta run here.": neither is the subject


def topic_of(section: tuple[str, ...] | list[str]) -> str:
    """`_topic_of`, remembered per section while a document is written: every card asks."""
    known = _TOPICS.get()
    if known is None:
        return fit_topic(_topic_of(section))
    key = tuple(section)
    if key not in known:
        known[key] = fit_topic(_topic_of(key))
    return known[key]


# "2000s" over a history's events: a time, read "In the 2000s, …"
_DECADE = re.compile(r"^(?:the\s+)?(?P<decade>(?:1\d|20)\d0s)$", re.I)
# "Before the 1970s", "What makes documentation good", "Ten rules of negotiation": a heading that
# says when, asks, or counts what it gives; "In before the 1970s, …" reads as no English.
_TIME_BOUND = re.compile(r"^(?:before|after|since|until|till|during|around|circa|by\s+the)\s", re.I)
_ASKING = re.compile(r"^(?:what|how|why|when|where|who|which|whose)\b", re.I)
_COUNTED_PIECES = re.compile(
    r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:\w+\s+)?"
    r"(?:rules|tips|things|ways|steps|reasons|lessons|principles|questions|facts|habits|mistakes|myths|ideas)"
    r"\s+(?:of|for|to|about|on|in)\s+(?P<subject>.+)$",
    re.I,
)
# "Form in pop/rock music", "Redirection in Bash": one aspect of a subject, named after it
_ASPECT_IN = re.compile(r"([A-Z][a-z]+)\s+in\s+(\S+(?:\s+\S+){0,2})")
_PARTS = re.compile(r"\s*(?:,|&|\band\b)\s*", re.I)
_SPECIFIC = re.compile(r"-(?:specific|related)\b.*$", re.I)
_NOWADAYS = re.compile(r"\s+(?:today|now|nowadays|at a glance|in brief)$", re.I)
_EVERYDAY_GERUND = 5.3  # Zipf: "using", "making", "getting" need an object; "cooking", "testing" name a field
_MODIFIER_SHARE = 0.75
_ADJECTIVE_ENDING = re.compile(r"(?:ian|ean|ic|al|ive|ous|ary)$", re.I)


def fit_topic(topic: str) -> str:
    """The topic as "In …, " can carry it, or '' when it cannot: a heading's time ("2000s" → "the
    2000s"; "Before the 1970s" says when, not what), its question ("What makes documentation good"),
    its count of pieces ("Ten rules of negotiation" → "negotiation"), a lone everyday gerund ("Using"
    of "Using multiple tables"), a word the page only writes before a noun ("Bayesian" of
    "Bayesian model"), a title too long to read as a place, or a heading's typo the prose spells
    right ("Phonlogy"); "TTS Today" and "OpenAPS-specific terminology" are TTS's and OpenAPS's."""
    topic = topic.strip()
    if not topic:
        return ""
    if m := _DECADE.match(topic):
        return f"the {m['decade']}"
    if _TIME_BOUND.match(topic) or _ASKING.match(topic) or all(map(_GENERIC.match, _PARTS.split(topic))):
        return ""  # "History and timeline": what kind of page, twice
    if m := _COUNTED_PIECES.match(topic):
        return fit_topic(m["subject"])
    if (aspect := _ASPECT_IN.fullmatch(topic)) and is_english(aspect[1].lower()) and not _GENERIC.match(aspect[2]):
        return fit_topic(aspect[2])  # "Form in pop/rock music": "In the form in pop/rock music, …" reads as no place
    topic = _NOWADAYS.sub("", topic) or topic  # "TTS Today": TTS
    topic = _SPECIFIC.sub("", topic) or topic  # "OpenAPS-specific terminology": OpenAPS
    words = topic.split()
    if len(words) > 1 and is_only_adverb(words[-1].lower()):
        words = words[:-1]  # "Keywords Currently in Use", cut before "in": "keywords currently" is no subject
        topic = " ".join(words)
    if len(words) == 1 and (_an_everyday_gerund(topic) or _only_a_modifier(topic)):
        return ""
    if len(words) > MAX_TOPIC_WORDS + 1:
        return ""  # "Set up and overview for gene-level differential expression analysis": a title, no place
    return " ".join(_spelled_right(word) for word in words)


def _an_everyday_gerund(word: str) -> bool:
    lowered = word.lower()
    return lowered.endswith("ing") and is_only_verb(lowered) and zipf_frequency(lowered, "en") >= _EVERYDAY_GERUND


def _only_a_modifier(word: str, text: str | None = None) -> bool:
    """ "Bayesian model", "Bayesian workflow", "a Bayesian": a word the page writes before a noun
    in most of its uses qualifies the subject, which it does not name."""
    if not _ADJECTIVE_ENDING.search(word):
        return False  # "Docker image", "Docker Engine": a product's name before its parts is still its name
    page = _PAGE.get() or {}
    known = page.setdefault("modifiers", {}) if text is None else {}
    if word not in known:  # once per word: every section of a long page may ask
        text = page.get("text", "") if text is None else text
        uses = re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])(\s+[A-Za-z]+)?", prose_of(text)) if text else []
        modifying = sum(bool(after) and is_noun(after.strip().lower()) for after in uses)
        known[word] = len(uses) >= 3 and modifying >= _MODIFIER_SHARE * len(uses)
    return known[word]


def _written_more_than(word: str, other: str) -> bool:
    """Whether the whole page, code and headings too, writes `word` more often than `other`."""
    text = (_PAGE.get() or {}).get("text", "")
    count = lambda w: len(re.findall(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text, re.I))  # noqa: E731
    return bool(text) and count(word) > count(other)


def _spelled_right(word: str) -> str:
    """ "Phonlogy" in a heading over prose that writes "phonology": the prose's spelling."""
    if not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return word
    right = misspelt(word.lower())
    if right and is_plural(word.lower()) and singular(word.lower()) == right:
        return word  # "Backlogs": the plural of a word the lexicon knows, spelled right
    if right and _written_more_than(word, right):
        return word  # "Kubernetes" in every command beside "Kubernets" twice in the prose: the typo is the rarer
    return right.capitalize() if right else word


# "Economies and Diseconomies of Scale", "Bound and non-bound states": a section on two subjects,
# neither of which alone is what its cards are about; the page's subject is.
_COORDINATED = re.compile(r"^\S+(?: \S+)? and ", re.I)


def _coordinated(phrase: str) -> bool:
    """Two common subjects joined ("Bound and non-bound states"); "The DOCTYPE Declaration and
    Root Element" names a thing of its own."""
    words = phrase.split()
    return bool(_COORDINATED.search(phrase)) and words[0][:1].isupper() and not any(is_acronym(w) for w in words)


def _topic_of(section: tuple[str, ...] | list[str]) -> str:
    """What a card from this section is about, named so it reads alone in a mixed deck.

    The document's subject comes first ("JavaScript", "the Red–Black Tree", "Bash scripting"): a
    section heading alone ("Arrays", "Conditions", "Form and controls") leaves a reader asking
    "in what?". A section's subject adds to it when the two compose ("JavaScript booleans") and
    replaces it when it is a name of its own ("Docker Engine", "Big O Notation"). A document without
    a subject gives the section's; a document without headings gives ''.
    """
    if not section:
        return ""
    section = _under_title(section)
    if len(section) > 1 and _SUMMARY.match(section[-1].strip()):
        return topic_of(section[:1])  # "HereDocument › Summary": the summary is of the whole document
    document, part = _document_subject(section[0])
    document = _named_product(document) or document or _named_unless_compared(section[0])
    document = " ".join(map(_spelled_right, document.split()))  # "Phonlogy": a field, spelled right
    if _an_activity(part):
        part = ""  # "JavaScript Basics: Making Decisions": the whole lesson does it, the subject is JavaScript
    local, where = next(
        (
            (c, i)
            for i in range(len(section) - 1, 0, -1)
            for c, composed in _local_candidates(section[i], section[0])
            if _names_a_subject(c)
            and not _an_aspect(c)
            and (composed or ((_named_in_prose(c) or _is_name(c)) and not _coordinated(c)))
        ),
        (part, 0),
    )
    local = _in_its_language(local, section[0])
    grouped = _groups_the_documents_own(section, where)
    if not document:
        # "Week 2 Study Notes" says what kind of page it is: no subject to fall back on
        fallback = [c for c in _candidates(section[0]) if not _GENERIC.match(c) and not _DONE_FOR.match(c)]
        if fallback and (not local or _WAY.search(local) or grouped):
            return _concise(fallback[0])  # "Peak Valley Approach" is one way of solving the document's problem
        return _concise(local) if local else _keyword()  # "Dictionary - Wiki" of climbing terms
    document = _fields_lowered(_domain_of(document))
    if not local:
        return _concise(document).lower() if _a_field(document) else _concise(document)
    if field := _field_in(local):
        return field  # "Biology › Genetics", "DNA and Genetics": the field is the card's subject
    if narrowed := _narrowed(document, local):
        return _concise(narrowed)
    document, local = _concise(document), _concise(local)
    if UPPER_CAMEL.fullmatch(local) and document == (_PAGE.get() or {}).get("code_language"):
        return f"{possessive(document)} {local}"  # "WaitGroup" in a Go cheat sheet: a type of Go's, "Go's WaitGroup"
    if where and _FOUNDATIONS.search(section[where].strip()) and normalise(document) not in normalise(local):
        # "Cloud Computing Fundamentals" in an AWS glossary: the ground every product stands on, not
        # AWS's own ("In AWS cloud computing, what is a hybrid cloud?")
        return local.lower() if all(w[1:].islower() for w in local.split()) else local
    if grouped and not _prefixes(document):
        return document  # "ls command" under "Aliases" in "Common Aliases Plugin": one group of its aliases
    if _a_field(document):
        return _in_a_field(document, local)
    # "Electron Squirrel" keeps the capital its prose writes it with; "JavaScript Booleans" does not
    common = " ".join(
        w.lower() if w[:1].isupper() and w[1:].islower() and not written_as_name(w) else w for w in local.split()
    )
    if _a_product(document) and _a_part_named(local, common) and document.lower() not in local.lower():
        # "Canonical metadata" in Cooklang's spec, "Semifourth bridges" in SonicWeave's docs: a part of
        # the product, which "In canonical metadata, …" leaves unsaid
        return f"{possessive(document)} {common}"
    kinds = local.split()
    if _is_name(local) and not (is_english(kinds[-1].lower()) and is_plural(kinds[-1].lower())):
        return local  # "Meta Characters", "Basic Matchers": kinds of things in a heading's capitals, no name
    if _an_activity(local):
        return f"{document}, when {common}"  # "JavaScript formatting strings" is no thing; formatting them is done
    if (_prefixes(document) or _named_by_title(document, section[0])) and len(local.split()) <= 2:
        # "Services" in the Serverless Framework's guide to AWS: the product's services, not AWS's
        return _another_product(document) or f"{document} {common}"
    if len(local.split()) == 2 and _a_stage_of(local):
        return document  # "The formal process" of Ethereum governance: which one, the document says
    if _a_product(document) and not _is_name(local) and not written_as_name(local.split()[0]):
        return document  # "Trouble measurements" in FreeSewing's FAQ: a part of what the product documents
    if len(local.split()) == 2 and " and " not in local and not _opens_with_a_gerund(local):
        # "Text objects" in a Vim cheat sheet, "Meta characters" in a regex tutorial: the section's
        # subject, which a card read alone places only with the name the page is about ("In Vim
        # (text objects)"); "Screen readers" under "Accessible Webpages" is a subject of its own
        named = _NAMED.get()
        one_word = " " not in document and (not is_english(document.lower()) or written_as_name(document))
        a_name = (named and mentions(document, named)) or one_word
        slug = re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)+", document)  # "bash-handbook": a repository's name
        if not a_name or slug or _named_with_the(local):
            return local
        return document
    unrelated = not set(normalise(local).split()) & set(normalise(document).split())
    if len(local.split()) == 3 and _a_kind_of_thing(local) and unrelated and not _prefixes(document):
        return local  # "Command Line Tools" in a lesson on programming languages: not a part of them
    if len(local.split()) == 1 and len(document.split()) <= 4:
        if _names_its_own_kind(common) and not written_as_name(local) and not _is_name(document):
            return common  # "Eukaryotes" under a biology course: "In eukaryotes, what is a nucleus?"
        # "the Hill Cipher (decryption)" read as a seam to every reader of unseen notes ("In math
        # (numbers)", "In scientific research (deduction)"): the document names the subject; a prompt
        # that needs the part names it itself
        return document
    return document


_SETTINGS_OF = re.compile(
    r"^(?P<kind>[A-Za-z][\w-]*)\s+(?:configuration|options|settings|properties|attributes)$", re.I
)


_FOUNDATIONS = re.compile(r"\s(?:fundamentals|basics|essentials|foundations)$", re.I)


def _local_candidates(heading: str, title: str) -> list[tuple[str, bool]]:
    """A heading's subjects, and whether one was composed with the title's kind (which the prose
    need not name as such: "arc elements")."""
    # "Tomato sauce" under "The Five Mother Sauces": one of the kinds the title names, a subject
    # whether or not the prose writes it out (under "Bash Expressions" the name is the subject)
    words = re.findall(r"[A-Za-z]+", title)
    named = any((written_as_name(w) or is_acronym(w)) and zipf_frequency(w.lower(), "en") < 5.5 for w in words)
    kinds = set() if named else {singular(w.lower()) for w in words if is_plural(w.lower())}
    found = [
        (c, len(c.split()) <= 3 and singular(c.split()[-1].lower()) in kinds)
        for c in map(_aspect_of_acronym, _candidates(heading))
        if c
    ]
    return [*found, (kind, True)] if (kind := _one_of_the_kinds(heading, title)) else found


def _a_product(document: str) -> bool:
    """ "FreeSewing", "Cooklang": the page's own name, which no dictionary lists."""
    named = _NAMED.get()
    plural_acronym = re.fullmatch(r"[A-Z]{2,}s", named) is not None  # "LLMs": a kind of thing, no product
    return (
        bool(named)
        and document == named
        and not plural_acronym
        and not any(is_english(w.lower()) for w in named.split())
    )


def _a_part_named(heading: str, common: str) -> bool:
    """ "Canonical metadata"; "The Measurement Type", whose capitals are the heading's: one thing of
    the product's, which "the Measurements.jl measurement type" would name awkwardly. A kind in the
    plural ("Data Types") reads after the name ("JavaScript data types")."""
    return _in_sentence_case(heading) or (_in_sentence_case(common) and not is_plural(common.split()[-1]))


def _in_sentence_case(heading: str) -> bool:
    """ "Canonical metadata", "Trouble measurements": a phrase with a capital for its heading only."""
    words = heading.split()
    return (
        len(words) >= 2
        and all(re.fullmatch(r"[a-z][a-z-]*", w) and w not in _SMALL_WORDS for w in words[1:])  # not "Waist to armpit"
        and words[0][1:].islower()
        and not written_as_name(words[0])
    )


def _one_of_the_kinds(heading: str, title: str) -> str:
    """ "Point Configuration" on a page titled "Elements": the options of point elements, as the
    prose names them ('' when the title names no kind of thing in the plural)."""
    kinds = title.split()[-1].lower() if title.split() else ""
    match = _SETTINGS_OF.match(heading.strip())
    if not match or not is_plural(kinds):
        return ""
    return f"{match['kind'].lower()} {kinds}"


# A heading over what sums the whole document up, wherever the author put it.
_SUMMARY = re.compile(
    r"^(?:\d+\.\s*)?(?:summary|recap|wrap[- ]?up|conclusions?|key takeaways|takeaways|cheat ?sheet|"
    r"quick reference|in summary|tl;?dr)$",
    re.I,
)


def document_subject(section: tuple[str, ...] | list[str]) -> str:
    """The document's own subject, without its sections: 'JavaScript' for 'JavaScript Basics: Data
    Types'; '' when the title names none."""
    section = _under_title(section)
    if not section:
        return ""
    subject = _document_subject(section[0])[0]
    return _concise(_named_product(subject) or subject or _named_unless_compared(section[0]))


def document_topic(section: tuple[str, ...] | list[str]) -> str:
    """`document_subject` as a card's topic, for a section under the document's title: a field in
    small letters ("In macroeconomics, …")."""
    if len(_under_title(section)) < 2:
        return ""  # "## Training" over one glossary: the heading is the section's, not a title over it
    document = fit_topic(_fields_lowered(document_subject(section)))
    return document.lower() if _a_field(document) else document


def _named_product(subject: str) -> str:
    """ "Pipelines glossary" on a page that keeps naming Buildkite: the title's one everyday word is
    the product's part, and "In pipelines, what is an agent?" says not whose. '' otherwise."""
    named = _NAMED.get()
    if not named or named.lower() in subject.lower():
        return ""
    if subject.upper() in _INTERFACES:
        return named  # "CLI" over Prettier's page: the product's interface, and "In CLI, …" says not whose
    if all(is_english(w.lower()) for w in named.split()) and named != (_PAGE.get() or {}).get("language"):
        return ""  # "Earth" in an astronomical glossary: a thing it names often, no product it documents
    words = subject.split()
    if len(words) == 1:
        return named if subject.isalpha() and is_english(subject.lower()) and not is_acronym(subject) else ""
    # "Mutation calling" on a page that names Nextclade fifteen times: the page documents the tool's
    # way of doing it, and "In mutation calling, what are labeled mutations?" says not whose
    everyday = len(words) <= _EVERYDAY_TITLE_WORDS and all(
        w.isalpha() and w[1:].islower() and is_english(w.lower()) for w in words
    )
    return named if everyday and not _is_name(subject) and _uses(named) >= _PRODUCT_USES else ""


_INTERFACES = {"CLI", "API", "SDK", "GUI", "UI", "TUI", "REPL", "REST API", "HTTP API"}
_EVERYDAY_TITLE_WORDS = 3
_PRODUCT_USES = 6


def _another_product(document: str) -> str:
    """The product the page's prose is about when its title names another thing (the platform
    "AWS" in "AWS - Introduction", a guide to the Serverless Framework on it), or ''."""
    named = _NAMED.get()
    if not named or named.lower() in document.lower() or document.lower() in named.lower():
        return ""
    return named if _uses(named) >= _PRODUCT_USES else ""


def _uses(name: str) -> int:
    prose = _PROSE.get()[0]
    return prose.count(f" {normalise(name)} ")


def _named_unless_compared(title: str) -> str:
    """The name the prose uses most, as the document's subject; under "NPS vs CSAT vs CES" it is one
    of the subjects compared, not the page's."""
    named = _NAMED.get()
    if _VERSUS.search(title):
        return ""
    # "Earth" in geology notes titled "Semester Test 1": a thing the notes name often, in the
    # dictionary, is no subject the title never names ("In Earth, what is mantle convection?")
    if named and " " not in named and in_dictionary(named.lower()) and not mentions(title, named):
        return ""
    return named


def is_the_subject(answer: str) -> bool:
    """Whether a blank's answer is the product or person the document is about ("_____ provides a
    large collection of rules" in ESLint's glossary): every card of the deck names it, so it is a
    guess, not a recall. A concept ("dropout") is still worth recalling from what it does."""
    subject = _NAMED.get()  # the name the prose keeps using, not a title's term it defines once
    answer = _LEADING_ARTICLE.sub("", answer.strip())
    if subject and len(answer.split()) == 2 and answer.split()[0] == subject:
        return True  # "Nextclade CLI", "Nextclade Web": the subject's own part, guessed from the deck
    return bool(subject) and normalise(answer) in {normalise(subject), normalise(plural(subject))}


# "ASF", "PMC", "HSTS", "cDNA": an acronym a page keeps saying is the vocabulary of every card of
# its deck, so a blank on it is guessed from the deck, not recalled.
_ACRONYM_ANSWER = re.compile(r"^[a-z]{0,2}[A-Z]{2,}[a-z]?$")
FAMILIAR_ACRONYM_USES = 8


def is_the_pages_acronym(answer: str) -> bool:
    answer = answer.strip()
    return bool(_ACRONYM_ANSWER.match(answer)) and uses_in_prose(answer) >= FAMILIAR_ACRONYM_USES


def titled(section: tuple[str, ...] | list[str]) -> tuple[str, ...] | list[str]:
    """The section's headings with the document's title over them, where its front matter gives one."""
    return _under_title(section)


def _under_title(section: tuple[str, ...] | list[str]) -> tuple[str, ...] | list[str]:
    """The path with the document's title in front when the path does not start with it."""
    if (title := _TITLE.get()) and section and section[0] != title:
        return (title, *section)
    return section


# "Note-Taking Methods", "Machine Learning Basics", "Beancount Syntax" as a title: the subject, then the kind of page.
_CATEGORY_TAIL = re.compile(
    r"\s+(?:methods|techniques|strategies|tips|basics|fundamentals|foundations|essentials|syntax|commands|reference)$",
    re.I,
)


def _document_subject(title: str) -> tuple[str, str]:
    """The subject a document title names, and the more specific part of a two-part title it did not
    take: 'JavaScript Basics: Data Types' → ('JavaScript', 'Data Types'); 'Terrarium Project Part 2:
    Introduction to CSS' → ('CSS', ''). The project a lesson builds ("Banking App") is its subject
    only when the title names nothing else."""
    candidates = [c for c in _candidates(title, built=True) if _names_a_subject(c)]
    # "Note-Taking Methods": a title's tail says what kind of page lists the subject
    candidates = [_CATEGORY_TAIL.sub("", c) if " " in c else c for c in candidates]
    candidates = [_without_audience(c) for c in candidates]
    if not candidates:
        return "", ""
    subjects = [c for c in candidates if not _VEHICLE.search(c)] or candidates
    named = next((c for c in subjects if _is_name(c)), subjects[0])
    before = candidates[: candidates.index(named)]
    return named, next((c for c in before if not _VEHICLE.search(c)), "")


# "AWS Cloud Practitioner", "Azure Administrator Associate": who the page is for, or the exam they sit;
# the product it names is the subject ("In the AWS Cloud Practitioner, what is a security group?")
_AUDIENCE = {
    *("practitioner", "developer", "architect", "engineer", "administrator", "admin", "associate"),
    *("professional", "specialist", "beginner", "beginners", "student", "students", "certification", "exam"),
}


def _without_audience(subject: str) -> str:
    words = subject.split()
    if len(words) < 2 or words[-1].lower() not in _AUDIENCE:
        return subject
    names = [w for w in words[:-1] if is_acronym(w) or (w[:1].isupper() and not in_dictionary(w.lower()))]
    return names[0] if names else subject


_FRAME_WORDS = {"about", "in", "on", "for", "of", "the", "a", "an", "with", "using", "from", "to", "and"}
_DISAMBIGUATED = re.compile(r"^(?P<name>\S.*?)\s+\((?:[a-z][a-z]+(?:[ -][a-z]+){0,2})\)$")


_TITLED_COMPOUND = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")


def _concise(subject: str) -> str:
    """A subject short enough to open a question: 'Least Recently Used (LRU) Cache' → 'LRU Cache',
    'DOM Manipulation and JavaScript Closures' → 'DOM Manipulation' (the first of two), 'Build a Login
    Form for the Web API' → 'API' (the last single-word name in it)."""
    if match := _EXPANDED_ACRONYM.match(subject):
        return match["abbr"] + match["rest"]
    if match := _DISAMBIGUATED.match(subject):
        return match["name"]  # "Heap (data-structure)": the bracket tells it from other heaps
    words = subject.split()
    if len(words) <= SHORT_TOPIC_WORDS:
        return subject
    # "Binary search tree (BST)", "function overloading (PEP 443)": the name without its aside
    bare = " ".join(_PARENTHESES.sub(" ", subject).split())
    if bare and len(bare.split()) <= SHORT_TOPIC_WORDS:
        return bare
    # "Programming Languages and Modern Developer Tools": the first of two subjects leads.
    first, _, second = subject.partition(" and ")
    # "Best Time to Buy and Sell Stock" joins two verbs, not two subjects.
    if second[:1].isupper() and len(first.split()) >= 2 and not _RELATION.search(first):
        return first
    if second and len(words) <= COORDINATED_TOPIC_WORDS:
        # "Economies and Diseconomies of Scale", "Energy and the Hamiltonian": two subjects the
        # section treats together; one of them alone ("Diseconomies") names half of it
        return subject
    words = [w.strip("()[]") for w in words]
    # "Speed values in Valhalla APIs": the proper name, over an acronym every API has
    proper = [
        i
        for i, w in enumerate(words)
        if i and w.isalpha() and w[0].isupper() and w[1:].islower() and not is_english(w.lower())
    ]
    if proper:
        # "Lake Afton Public Observatory's 16-inch …": the whole name the proper word stands in
        start = end = proper[-1]
        titled = lambda w: re.fullmatch(r"[A-Z][a-z]+(?:['’]s)?", w) is not None  # noqa: E731
        while start > 0 and titled(words[start - 1]) and words[start - 1].lower() not in _FRAME_WORDS:
            start -= 1
        while end + 1 < len(words) and titled(words[end + 1]) and not words[end].endswith(("'s", "’s")):
            end += 1
        return re.sub(r"['’]s$", "", " ".join(words[start : end + 1]))
    names = [
        w
        for w in words
        if len(w) > 1
        and (is_acronym(w) or (w[0].isupper() and any(c.isupper() for c in w[1:])))
        and not _TITLED_COMPOUND.fullmatch(w)  # "Five-Layer" is a heading's capitals on "five-layer"
    ]
    return names[-1] if names else subject


def _is_name(phrase: str) -> bool:
    """'Docker Engine', 'Big O Notation', 'Recall@k' are names; 'Booleans', 'Special variables' are
    common nouns however a heading capitalises them."""
    if re.search(r"[@#+]|[A-Za-z]\d|\d[A-Za-z]", phrase) or (phrase and phrase == _NAMED.get()):
        return True  # the document's name is one by how its prose writes it ("Electron")
    plural = phrase.isalpha() and phrase[1:].islower() and is_plural(phrase.lower())
    if plural and zipf_frequency(singular(phrase.lower()), "en") >= 1.0:
        return False  # "Substrings": a rare word, but a plural whose singular is in use; "Kubernetes" is not
    words = [singular(w) if w[:1].isupper() and w[1:].islower() else w for w in phrase.split()]
    return reads_as_name(" ".join(words), heading=True)


# "Sorting Algorithms", "Routing Tables": a gerund naming a kind of thing, not an activity on it.
_KIND = re.compile(r"^(?:algorithms|structures|systems|tools|techniques|patterns|methods|tables|apps|machines)$", re.I)


def _opens_with_a_gerund(phrase: str) -> bool:
    """ "Scoring Runs", "Getting Out" in a beginner's guide to cricket: what is done in the
    document's subject, no subject of its own ("In scoring runs, a run is scored …")."""
    first = phrase.split()[0].lower()
    if not first.endswith("ing") or len(first) <= 5:
        return False
    stem = first[:-3]
    return any(can_be_verb(v) for v in (stem, f"{stem}e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""))


def _an_activity(phrase: str) -> bool:
    """'Formatting Strings', 'Making Decisions': a verb on its plural object, which reads after a
    subject as what is being done ("In JavaScript, when formatting strings, …")."""
    words = phrase.split()
    if len(words) != 2 or not words[0].lower().endswith("ing") or _KIND.match(words[1]):
        return False
    gerund, thing = words[0].lower(), words[1].lower()
    # "Predicting Spontaneity": a verb on a mass noun is done as well
    done_to = (is_plural(thing) and is_noun(singular(thing))) or (bool(_MASS_NOUN.search(thing)) and is_noun(thing))
    return can_be_verb(gerund) and not is_noun(gerund) and done_to


# "Electrochemistry", "Cryptography", "Statistics": the name of a field of study, a common noun
# however the title capitalises it ("In electrochemistry, …").
_FIELD = re.compile(r"^(?:[A-Z][a-z]+-)?[A-Z][a-z]{3,}(?:istry|ology|onomy|graphy|metry|sophy|ics)$")


def _a_field(subject: str) -> bool:
    return bool(_FIELD.match(subject))


# A field as a section heading: "Genetics", "Ecology", "Economics"; not "Metrics", "Characteristics".
_SUB_FIELD = re.compile(r"^(?:[A-Z][a-z]+-)?[A-Z][a-z]+(?:istry|ology|onomy|graphy|sophy|etics|omics|matics)$")


def _field_in(local: str) -> str:
    """'Genetics' or 'DNA and Genetics' under a biology document: the field, in small letters."""
    fields = [half for half in local.split(" and ") if _SUB_FIELD.match(half.strip())]
    return fields[-1].strip().lower() if fields else ""


_OWN_KIND = 3.0  # Zipf: "eukaryotes", "polysaccharides" name a kind; "values", "engines" are parts of anything


def _names_its_own_kind(word: str) -> bool:
    """A rare plural heading ("Eukaryotes", "Polysaccharides") is a subject on its own."""
    return is_plural(word) and zipf_frequency(word, "en") < _OWN_KIND


# "process", "work", "stage": a general noun that a describing word cannot make a subject of its own.
_GENERAL_NOUNS = {"process", "work", "stage", "phase", "step", "part", "approach", "way", "method", "case", "idea"}


def _a_stage_of(local: str) -> bool:
    """'Formal process', 'Prior work': a describing word on a general noun names a part of the
    document's subject, not a subject ('Screen readers', 'Code editors' are things of their own)."""
    first, last = local.lower().split()
    return is_only_adjective(first) and singular(last) in _GENERAL_NOUNS


def _fields_lowered(subject: str) -> str:
    """'Genetics and Molecular Biology': fields of study, common nouns however a title capitalises them."""
    parts = [p.strip() for p in subject.split(" and ")]
    if len(parts) > 1 and all(
        p and _SUB_FIELD.match(p.split()[-1]) and all(w[1:].islower() for w in p.split()) for p in parts
    ):
        return subject.lower()
    return subject


def _domain_of(subject: str) -> str:
    """'Bash Conditional Expressions' → 'Bash': a name the prose writes with its capital, then words
    a title capitalises but the prose writes small; what they name is the section's business."""
    words = subject.split()
    # "Hill Cipher", "Red–Black Tree": one word after a name makes a name of its own
    if len(words) < 3 or not reading_a_document():
        return subject
    name, rest = words[0], words[1:]
    named = is_acronym(name) or any(c.isupper() for c in name[1:]) or written_as_name(name)
    common = all(w.isalpha() and w[1:].islower() and w.lower() not in _SMALL_WORDS and written_small(w) for w in rest)
    if named and not written_small(name) and common and _used_with(name, rest[0]) >= _NAME_MIN_USES:
        return f"{name} {rest[0].lower()}"  # "Alert System Retirement": the prose keeps saying "Alert system"
    if named and not written_small(name) and common and _used_alone(name, rest[0]):
        return name
    return subject


def _used_with(name: str, next_word: str) -> int:
    """How often the prose writes the name with the title's next word after it ("Alert system")."""
    prose, _ = _PROSE.get()
    return prose.count(f" {normalise(name)} {normalise(next_word)} ")


def _used_alone(name: str, next_word: str) -> bool:
    """Whether the prose writes the name without the title's next word after it ("in Bash, …")."""
    prose, answers = _PROSE.get()
    key = ("alone", name, next_word)
    if key not in answers:  # asked once per section; the prose may be a megabyte
        answers[key] = bool(re.search(rf" {re.escape(normalise(name))} (?!{re.escape(normalise(next_word))} )", prose))
    return answers[key]


def _in_a_field(field: str, local: str) -> str:
    """'Electrochemistry oxidation states' does not read: a field's short headings are subjects of
    their own ('oxidation states', 'corrosion'), what is done in it reads after it ('electrochemistry,
    when predicting spontaneity'), and a longer heading leaves the field ('Relationship to
    Thermodynamics')."""
    if _an_activity(local):
        return f"{field.lower()}, when {local.lower()}"
    if " " not in local and local[1:].islower():
        # "Electrolysis", "Overpotential": the field's own common nouns, read as places; "In
        # phoneme, …" or "In allophones, …" does not read: a thing counted is asked in its field
        lowered = local.lower()
        return field.lower() if is_plural(lowered) or is_countable(lowered) else lowered
    if _is_name(local) or len(local.split()) <= 2:
        return local
    return field.lower()


def _a_kind_of_thing(phrase: str) -> bool:
    """'Command Line Tools', 'Popular Code Editors': a plural noun phrase naming a category, unlike
    'Finding Data Queries' (an activity) or 'Dynamic Programming Approach' (one way of the subject's)."""
    words = phrase.split()
    return is_plural(words[-1].lower()) and not words[0].lower().endswith("ing") and " and " not in phrase


def _named_by_title(subject: str, title: str) -> bool:
    """'Bash scripting': a capital kept before a small letter marks a name ('Bash'), where a title
    in title case ('Virtualization', 'Hill Cipher') says nothing."""
    if " " in subject or written_small(subject):
        return False  # "Tree cheatsheet …" names a tree, which its text writes small
    return bool(re.match(rf"{re.escape(subject)}\s+[a-z]", title.strip()))


def _prefixes(document: str) -> bool:
    """'JavaScript', 'CSS', 'Docker CLI' read well before a section's subject ('JavaScript arrays');
    'Accessible Webpages' or 'Banking App' do not ('Accessible Webpages screen readers')."""
    words = document.split()
    if document.islower() and is_english(document):
        return False  # "nutrition" of "What is nutrition?": "In nutrition lipids, …" does not read
    return _is_name(document) and (len(words) == 1 or (len(words) == 2 and any(is_acronym(w) for w in words)))


def _narrowed(document: str, local: str) -> str | None:
    """When one names the other, the one to keep: 'Docker CLI' narrows 'Docker' and 'Sorting
    Algorithms' narrows 'Algorithms', but 'Applications of Weighted Random' is still about Weighted
    Random; None when they name different things."""
    a, b = set(normalise(document).split()), set(normalise(local).split())
    if not a or not b or not (a <= b or b <= a):
        return None
    if b < a and len(document.split()) > SHORT_TOPIC_WORDS:
        return local  # "Data Structures" under "JavaScript Algorithms and Data Structures"
    return local if a < b and not _RELATION.search(local) else document


def mentions(text: str, topic: str) -> bool:
    """Whether the text names the topic, or opens on one of what it names ("Diode has …" under "Diodes")."""
    if not topic:
        return False
    said, named = f" {normalise(text)} ", normalise(topic)
    if named in said:
        return True
    one = singular(named) if " " not in named else ""
    if one and one != named and re.search(rf" {re.escape(one)} \w+ of ", said):
        # "What is the prefix symbol of kilo?" under "Prefixes": the prompt says what kind of thing
        return True
    return bool(one) and one != named and said.startswith(f" {one} ")  # the sentence is about one of them


# "In JavaScript, all values are truthy …" names its context; "In general, …" only qualifies the claim
_OWN_CONTEXT = re.compile(
    r"^In (?!the (?:above|following|previous|next)\b|general,|practice,|theory,|most cases,|many cases,)[^,?]{2,40},\s"
)


# "clientX", "max_length": a name in code, as programmers write one
_CAMEL_OR_SNAKE = re.compile(r"(?<![\w$])[a-z]+(?:[A-Z][a-z0-9]*)+\b|(?<![\w$])[a-z]+_[a-z_]+\b")
_CODE = re.compile(r"\$[{(\w#?*@!]|\[\[|\(\(|\s--?[a-z]|[!{][\w!^$-]|`")


def in_topic(topic: str, prompt: str) -> str:
    """'In Kanban, what is the board used for?' unless the prompt already names its topic, opens
    with a context of its own ("In JavaScript, all values are truthy unless …") or asks about a
    command line of a named program ("What does git push -u … do?"). An identifier ("clientX",
    "for_each") names no topic of its own: readers asked whose it is (sets A–B)."""
    prompt = _without_discourse_marker(unquoted(prompt))
    command = _ASKS_A_COMMAND_LINE.match(prompt)
    program = bool(command) and zipf_frequency(command["program"], "en") < _RARE_WORD + 1  # "git", not "set"
    if not topic or mentions(prompt, topic) or _named_without_kind(topic, prompt) or _OWN_CONTEXT.match(prompt):
        return prompt
    if program:
        return prompt  # "What does git push -u <remote> <branch> do?" names git
    if (named := _NAMED.get()) and " " in topic and not mentions(topic, named) and mentions(prompt, named):
        # "In unit of work and transactions, when you call _____, MikroORM will ask …": the prompt
        # names what the page is about, which a title of the page's own adds nothing to
        return prompt
    if _abbreviated_in(topic, prompt):
        return prompt  # "When a question involves a BST, …" names the binary search tree
    if _names_it_otherwise(topic, prompt):
        # "In shareable config (Configuration), Shareable configs …" says it twice; the name the
        # document is about still tells where ("In ESLint, shareable configs …")
        wider = _page_subject()
        return in_topic(wider, prompt) if wider and wider != topic else prompt
    parts = _PARENTHESISED.findall(topic)
    if _CODE.search(prompt) or any(mentions(prompt, p) or mentions(prompt, singular(p)) for p in parts):
        # "In Quick SQL, what does `LEFT JOIN` keep?": the code says which part of the subject;
        # "In the Hill Cipher, decryption is …", "what is the port of SSH?" (ports): so does the
        # prompt naming the part.
        topic = _PARENTHESES.sub("", topic).strip()
        if mentions(prompt, topic):
            return prompt  # "Electron (process)" before "Electron apps that …"
    reduced = _without_said_part(topic, prompt)
    if reduced != topic and _LEADING_ARTICLE.sub("", prompt).lower().startswith(reduced.lower()):
        return prompt  # "ESLint's built-in stylistic rules …" under 'ESLint stylistic'
    topic = reduced
    topic = _about_the_thing(_without_opening_subject(_without_named_activity(topic, prompt), prompt), prompt)
    opening = prompt if _keeps_capital(prompt) else _lower_opening(prompt)
    if _doing(topic):
        # "Setting Up Git": something done, so "When setting up Git, …", never "In Setting Up Git, …"
        doing = " ".join(w.lower() if w[1:].islower() and not written_as_name(w) else w for w in topic.split())
        return f"When {doing}, {opening}"
    return f"In {as_place(topic)}, {opening}"


# "Setting Up Git", "Using the API", "Writing your first test": after a gerund, a word that is no noun
# it qualifies ("Cooking Techniques" are techniques)
_AFTER_A_DOING = {"up", "out", "down", "in", "on", "off", "with", "a", "an", "the", "your", "our", "my", "to", "from"}


def _doing(topic: str) -> bool:
    words = topic.split()
    if len(words) < 2 or not _opens_with_a_gerund(topic):
        return False
    return words[1].lower() in _AFTER_A_DOING or (words[1][:1].isupper() and written_as_name(words[1]))


# "What does git push -u <remote> <branch> do?": a command line names its program, whatever the
# heading above it ("Commit", "Syncing") says.
_ASKS_A_COMMAND_LINE = re.compile(
    r"^What (?:does|do) `?(?P<program>[a-z][\w.-]*)\s+(?:-{1,2}[a-z]|<|[a-z][\w-]*\s+[-<])"
)


# "In summary, TCP prioritizes …": a sentence's link to the paragraph around it, which a card
# does not have; it names no context, so it gives way to the topic.
_DISCOURSE_MARKER = re.compile(
    r"^In\s+(?:summary|short|conclusion|other\s+words|addition|fact|brief|essence|a\s+nutshell|particular),\s+(?=\S)"
    # "The first thing to note is that wezterm …": the sentence's own lead-in to what it says
    r"|^(?:the\s+first\s+thing\s+to\s+(?:note|know)\s+is\s+that|it\s+is\s+worth\s+noting\s+that|note\s+that)\s+(?=\S)",
    re.I,
)


def _page_subject() -> str:
    """What the whole page is about: its headline's subject, unless the headline names the name the
    prose keeps using ("ESLint"), or that name. "Server-side web frameworks" whose prose names HTTP
    most is about web frameworks, not HTTP."""
    return _remembered(("page subject",), _headline_subject)


def _headline_subject() -> str:
    named = _NAMED.get()
    title = _TITLE.get() or _title_of((_PAGE.get() or {}).get("text", ""))  # not a code block's "# comment"
    headline = next(iter(_candidates(title)), "")
    if headline and _names_a_subject(headline) and not (named and mentions(headline, named)):
        return fit_topic(headline)
    return named


def _names_it_otherwise(topic: str, prompt: str) -> bool:
    """Whether the prompt names the topic without its aside or in the other number ('Shareable
    configs …' under 'Shareable Config (Configuration)')."""
    bare = " ".join(_PARENTHESES.sub(" ", topic).split())
    if not bare or (" " not in bare and bare == topic):
        return False  # one bare word: 'Trees' in "Binary trees …" is no naming of it
    return any(mentions(prompt, form) for form in {bare, singular(bare), plural(bare)})


_NAME_THEN_KIND = re.compile(rf"^(?P<name>[A-Z].*?)\s+(?:{_KINDS_AFTER_NAMES})$", re.I)


def _named_without_kind(topic: str, prompt: str) -> bool:
    """Whether the prompt names the topic without the kind of thing it is ("Texas Hold'em is played
    …" under 'Texas Hold'em Poker'), as a name, in its capitals. One English word ("Flask" of 'Flask
    Framework') is a name only where the document writes it as one."""
    match = _NAME_THEN_KIND.match(_LEADING_ARTICLE.sub("", topic))
    name = match["name"] if match else ""
    if not name or (" " not in name and is_english(name.lower()) and not written_as_name(name)):
        return False
    return re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", prompt) is not None


def _abbreviated_in(topic: str, prompt: str) -> bool:
    """Whether the prompt names the topic by its initials ('BST' for 'Binary search tree')."""
    words = re.findall(r"[A-Za-z]+", _PARENTHESES.sub(" ", topic))
    if len(words) < 2:
        return False
    # "a lasting power of attorney" is an LPA: its small words give no initial
    every = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if w.lower() not in UNINITIALLED_WORDS).upper()
    return any(len(i) >= 2 and re.search(rf"\b{i}s?\b", prompt) for i in {every, content})


def _without_discourse_marker(prompt: str) -> str:
    rest = _DISCOURSE_MARKER.sub("", prompt, count=1)
    if rest == prompt:
        return prompt
    return rest if _keeps_capital(rest) else rest[:1].upper() + rest[1:]


_NAMED_ADJECTIVE = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ic|al)$")


_CONTAINER = re.compile(r"plugins?|extensions?|packages?|library|libraries|modules?|add-?ons?|frameworks?|cli|sdk|api")


def _about_the_thing(topic: str, prompt: str) -> str:
    """'JavaScript negation operator' before "anything that goes into an _____ needs to evaluate to
    true/false" → 'JavaScript': one thing of a language's is the topic only of a prompt that names it;
    a prompt on another (the if-condition) is about the language. Plural and mass topics ('JavaScript
    arrays') are kinds, which their section's sentences are about."""
    name, _, thing = topic.partition(" ")
    words = thing.split()
    if not words or not (is_acronym(name) or _is_name(name)) or not all(w.islower() and w.isalpha() for w in words):
        return topic
    if name == _NAMED.get():
        return topic  # a glossary's entry ("Electron main process"): its sentences are about it
    if _CONTAINER.fullmatch(thing):
        return topic  # "Kubectl plugin": what the page describes lives in the plugin, not in kubectl
    if _NAMED_ADJECTIVE.search(name):
        return topic  # "Cartesian product", "Euclidean algorithm": the adjective alone names nothing
    if not as_place(topic).startswith("the ") or is_plural(words[-1]):
        return topic
    said = re.findall(r"[A-Za-z]+", prompt)
    return topic if any(related(w, p) for w in words for p in said) else name


def _without_said_part(topic: str, prompt: str) -> str:
    """'ESLint global declaration' before "Global declarations inform …" → 'ESLint': the prompt
    already names the section's part of the document's subject."""
    document = _NAMED.get() or _concise(_document_subject(_TITLE.get())[0])
    if not document or not topic.lower().startswith(document.lower() + " "):
        return topic
    part = topic[len(document) + 1 :]
    said = any(mentions(prompt, form) for form in {part, singular(part), plural(part)})
    return document if said else topic


def _without_named_activity(topic: str, prompt: str) -> str:
    """'JavaScript, when formatting strings' before "… another way to format strings …" → 'JavaScript':
    the prompt says what is being done."""
    subject, _, activity = topic.partition(", when ")
    thing = activity.split()[-1] if activity.split() else ""
    return subject if thing and mentions(prompt, singular(thing)) else topic


def _without_opening_subject(topic: str, prompt: str) -> str:
    """'JavaScript data types' before "Data types are referred to as …" → 'JavaScript': the topic's
    last words are the subject the prompt opens with, and saying them twice reads as a stutter."""
    if "," in topic or _VERSUS.search(topic) or _RELATION.search(topic):
        return topic  # "JavaScript, when formatting strings", "VMs vs containers": no modifier before a noun
    words = topic.split()
    opening = _LEADING_ARTICLE.sub("", prompt).split()
    for count in range(len(words) - 1, 0, -1):
        rest, repeated = " ".join(words[:-count]), words[-count:]
        # "LRU Cache" is one name and "event driven" no subject: only a name's common part goes
        if not all(w.islower() for w in repeated) or not _is_name(rest):
            continue
        if [_flat(w) for w in repeated] == [_flat(w) for w in opening[:count]]:
            return re.sub(r"['’]s$", "", rest)  # "Cooklang's canonical metadata": its owner, "In Cooklang"
    return topic


def _flat(word: str) -> str:
    return singular(re.sub(r"[^\w]", "", word.lower()))


def _lower_opening(prompt: str) -> str:
    """'Data Types are …' → 'data types are …': a heading's capitals carried into a sentence go too
    ('On Windows, …' keeps its name: only a noun phrase's own words are lowered)."""
    words = prompt.split(" ")
    lowered = [words[0][:1].lower() + words[0][1:]]
    if lowered[0] not in _FUNCTION_WORDS:
        for word in words[1:3]:
            if not (word.isalpha() and word[:1].isupper() and word[1:].islower() and _everyday(word)):
                break
            lowered.append(word.lower())
    return " ".join(lowered + words[len(lowered) :])


def _everyday(word: str) -> bool:
    return zipf_frequency(word.lower(), "en") >= 4.0


_FUNCTION_WORDS = {"on", "in", "at", "for", "to", "with", "by", "from", "of", "as", "if", "when", "while", "the", "a"}


_MASS_NOUN = re.compile(r"(?:tion|sion|ity|ance|ence|ness|ing|ics|ism|ment|ology|ware|data)$")
_PARENTHESES = re.compile(r"\([^)]*\)")
_PARENTHESISED = re.compile(r"\(([^)]*)\)")


_NUMBERED_NAME = re.compile(r"[IVX]+|\d+")


# "pointerDrag function", "user_id column": a name in code and the kind of thing it names
_CODE_KIND = re.compile(
    r"\S+\s+(?:function|method|class|property|attribute|variable|column|field|table|module|hook|component|"
    r"element|event|option|argument|parameter|object|type|interface|macro|command|flag|key|setting)",
    re.I,
)


def as_place(topic: str) -> str:
    """'Euclidean algorithm' → 'the Euclidean algorithm', so "In the Euclidean algorithm, …" reads
    as English; names ('Quicksort', 'Dijkstra's algorithm'), plurals, mass nouns ('Data validation')
    and pairs ('Methods and Functions') stay bare."""
    if topic in _COUNTRIES_WITH_THE:
        return f"the {topic}"  # "In the USA", "In the UK"
    if " " not in topic and is_acronym(topic) and written_counted(topic):
        return with_article(topic)  # "In a URL, …" of notes that speak of URLs; "In DNS", "In SQL" stay bare
    if " " not in topic and topic.endswith("ing") and topic[1:].islower() and not written_as_name(topic):
        return topic.lower()  # "Sailing", "Networking": a field done, in a heading's capital
    if " " not in topic and re.match(rf"(?i:the)\s+{re.escape(topic)}\b", _HEADLINE.get()) and is_noun(topic.lower()):
        return f"the {topic}"  # "The Constitution: A New Vision of Government" names one constitution
    if _CODE_KIND.fullmatch(topic) and _CAMEL_OR_SNAKE.fullmatch(topic.split()[0]):
        name, kind = topic.split()
        return f"the {name} {kind.lower()}"  # "In the pointerDrag function", "In the user_id column"
    if _titled_name(topic):
        return topic
    if " " in topic and topic[:1].isupper() and _named_with_the(topic):
        return f"the {topic}"  # "In the French Revolution", as its prose names it
    topic = _sentence_cased(topic)
    words = _PARENTHESES.sub(" ", topic).split()
    pair = " and " in topic and is_plural(words[-1])  # "Methods and Functions"; "Login and Registration Form" is one
    # "Risk and Return": two things, one word each, taken together ("In risk and return", never "the")
    pair = pair or bool(re.fullmatch(r"[A-Za-z]+ and [A-Za-z]+", topic))
    if len(words) < 2 or re.search(r"['’]s\b", topic) or pair or words[0].lower() in ("the", "a", "an"):
        return topic
    if _NUMBERED_NAME.fullmatch(words[-1]) and words[0][:1].isupper():
        return topic  # "World War I", "Apollo 11": a name with its number
    if _said_with_the(topic) and not _said_bare(topic):
        # "The command bar is opened by …": the page says which one it means; "the open source
        # community" puts "the" before what follows, where "of open source" is the bare subject
        return f"the {topic}"
    # "Redirection in Bash" is counted (or not) by its head, the word before the preposition.
    head = re.split(r"\s(?:in|of|for|on|with|under)\s", " ".join(words), maxsplit=1)[0].split()
    last = head[-1].lower()
    of_phrase = len(head) == 1 and re.match(rf"{re.escape(words[0])}\s+of\s", topic)
    if of_phrase and not is_plural(last) and _a_common_noun(last):
        return f"the {topic}"  # "History of Materials": the history of them, however uncounted "history" is
    if is_plural(last) or _MASS_NOUN.search(last) or _seldom_counted(last) or not _a_common_noun(last):
        return topic
    if _said_bare(topic):
        return topic  # "Heat transfer occurs via four mechanisms": the page counts no heat transfers
    acts_on = re.fullmatch(r"(?:[a-z]+-)?[a-z]+ing", words[0].lower()) and words[1].lower() in ("the", "a", "an")
    field = last in _FIELD_HEADS and len(head) == len(words)  # "the history of materials" is one history
    if field or acts_on:
        return topic  # "In color theory", "In game design"; "In re-conceiving the challenge of change"
    return f"the {topic}"


_WITH_THE_MIN_USES = 2


def _said_with_the(topic: str) -> bool:
    """Whether the page's prose writes the topic after "the" in small letters, twice or more."""
    prose, _ = _PROSE.get()
    return (
        bool(prose)
        and topic[1:] == topic[1:].lower()
        and _remembered(("with the", topic), lambda: prose.count(f" the {normalise(topic)} ")) >= _WITH_THE_MIN_USES
    )


def said_only_with_the(term: str) -> bool:
    """ "The heart is a muscular organ …", "the heart rate": a thing the page always calls "the" one,
    twice or more, and never "a" one."""
    prose, _ = _PROSE.get()
    if not prose or term[1:] != term[1:].lower():
        return False
    said = normalise(term)
    return (
        _remembered(("the one", term), lambda: _said_alone_after_the(said, prose)) >= _WITH_THE_MIN_USES
        and _remembered(("with a", term), lambda: prose.count(f" a {said} ") + prose.count(f" an {said} ")) == 0
    )


def _said_alone_after_the(said: str, prose: str) -> int:
    """Uses of "the <phrase>" not followed by a noun: "the heart is", not "the congestion avoidance phase"."""
    after = re.findall(rf" the {re.escape(said)} ([a-z][a-z-]*)", prose)
    return sum(word in _AUXILIARIES or not is_noun(word) for word in after)


_AUXILIARIES = {"is", "are", "was", "were", "has", "have", "had", "can", "will", "may", "must", "should", "does", "did"}


def _said_bare(topic: str) -> bool:
    """Whether the page's prose writes the phrase without an article more often than with one,
    twice or more ("heat transfer is often expressed as", "for heat transfer in …")."""
    return _remembered(("bare", topic), lambda: _bare_more_than_counted(topic))


def _bare_more_than_counted(topic: str) -> bool:
    prose, _ = _PROSE.get()
    before = re.findall(rf"(\S+) {re.escape(normalise(topic))} ", prose)
    # "your backlog", "each backlog" count it as "the" does; "product backlog" is another thing
    modifiers = {w for w in set(before) if w not in _DETERMINERS and is_noun(w) and not can_be_verb(w)}
    before = [w for w in before if w not in modifiers]
    articles = sum(word in _DETERMINERS for word in before)
    return len(before) - articles >= _WITH_THE_MIN_USES and articles < len(before) - articles


_DETERMINERS = {"the", "a", "an", "your", "our", "my", "their", "his", "her", "its", "this", "that", "each", "every"}


_COUNTRIES_WITH_THE = {"USA", "US", "UK", "EU", "UN", "UAE", "USSR", "Netherlands", "Philippines"}

# A field of study or practice, named by its head noun, is no one thing of its kind.
_FIELD_HEADS = {
    *("theory", "science", "design", "management", "engineering", "programming", "analysis", "development"),
    *("research", "marketing", "finance", "accounting", "architecture", "philosophy", "psychology", "law"),
    *("medicine", "education", "literature", "history", "chemistry", "physics", "biology", "economics"),
}


def _a_common_noun(word: str) -> bool:
    """'plugin', which the lexicon lacks, is a common noun where the document writes it small."""
    return is_noun(word) or (written_small(word, always=True) and _everyday_enough(word) and not can_be_verb(word))


def _everyday_enough(word: str) -> bool:
    return zipf_frequency(word, "en") >= 3.0


_SELDOM_COUNTED = 1.5  # Zipf: 'entropies' is that much rarer than 'entropy'; 'caches' is not


def _seldom_counted(noun: str) -> bool:
    """'Cross Entropy' is a quantity, not one of several: "In cross entropy", not "In the Cross Entropy"."""
    return zipf_frequency(noun, "en") - zipf_frequency(plural(noun), "en") >= _SELDOM_COUNTED


TITLED_NAME_WORDS = 4


def _titled_name(topic: str) -> bool:
    """'Best Time to Buy and Sell Stock': title case kept across four words and more, its small words
    left small, is the name of a problem, not a common noun phrase to lower and give an article."""
    words = topic.split()
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    small = [w for w in words if w.lower() in _SMALL_WORDS]
    return (
        len(content) >= TITLED_NAME_WORDS
        and bool(small)
        and all(w.islower() for w in small)
        and all(w[:1].isupper() for w in content)
    )


_SMALL_WORDS = {"and", "or", "of", "the", "a", "an", "in", "for", "to", "on", "at", "by", "with"}


def _hyphened_word(word: str) -> bool:
    """ "Server-side", "Event": letters, maybe joined by hyphens."""
    return all(part.isalpha() for part in word.split("-"))


def _sentence_cased(topic: str) -> str:
    """'Event driven programming', 'Online metrics', 'Code Editors', 'Browsers' take small letters after "In";
    'Bash scripting' (a rare word: a name), 'Java', 'Hill Cipher' and 'JavaScript arrays' keep theirs."""
    first, _, rest = topic.partition(" ")
    if first == (_PAGE.get() or {}).get("code_language"):
        return topic  # "Go", "Go interfaces" over ```go blocks: the language, however often the prose says "go"
    if is_acronym(first) and _common_plural(rest):
        return f"{first} {rest.lower()}"  # "HTML Templates", "CSS Position Properties": the kind, in HTML or CSS
    if rest and (small := _as_the_text_writes(topic)):
        return small  # "DOM Manipulation", "Accessible Webpages": the prose says "DOM manipulation"
    if rest and title_cased_english(topic):
        return topic.lower()  # "Accessible Webpages", "Genetic Algorithm": English words the prose never capitalises
    parts = first.split("-")
    if not rest and len(parts) > 1 and all(p.isalpha() and p[1:].islower() and written_small(p) for p in parts):
        return first.lower()  # "Note-Taking", which the prose writes "note-taking"
    if not (first[:1].isupper() and first[1:].islower() and _hyphened_word(first)):
        return topic
    words = topic.split()
    if len(words) > 1 and all(_hyphened_word(w) and (w.islower() or w[1:].islower()) for w in words):
        content = [w for w in words if w.lower() not in ("and", "or", "of", "the", "a", "an", "in", "for", "to")]
        if all(_everyday(w) for w in content):
            return topic.lower()  # "Code Editors", "Binary Search Tree": a heading's capitals on common words
    if written_small(first) and not rest:
        # "Virtualization", whose text speaks of "types of virtualization"; "Trie", of "a trie"
        return with_article(first.lower()) if is_countable(first.lower()) else first.lower()
    one = singular(first.lower())
    if not rest and is_plural(first.lower()) and is_noun(one) and (not written_as_name(first) or written_small(one)):
        # "Generics": a common noun's plural, however rare the word ("In generics, …"); "Backlogs" of a
        # page that says "backlog" only in the singular
        return first.lower()
    if any(w[:1].isupper() for w in rest.split()) or not _everyday(first):
        return topic
    if not rest and not is_plural(first.lower()):
        return topic  # "Java", "Web": one capitalised word may be a name
    return first.lower() + (" " + rest if rest else "")


def title_cased_english(topic: str) -> bool:
    """A heading's Title Case over English words that no sentence of the document capitalises
    ("Accessible Webpages", "Bit Manipulation"); "Hill Cipher" keeps the name its prose writes."""
    words = [w for w in topic.split() if w.lower() not in _SMALL_WORDS]
    return (
        reading_a_document()
        and len(words) >= 2
        and all(
            w.isalpha() and w[:1].isupper() and w[1:].islower() and is_english(w.lower()) and not written_as_name(w)
            for w in words
        )
        and not _named_with_the(topic)
    )


def _named_with_the(topic: str) -> bool:
    """ "The French Revolution was a period …", "The British Empire's rule …": capitals a sentence
    keeps after "the" across the whole phrase are a name's, where the heading's alone are not."""
    page = _PAGE.get() or {}
    key = ("named with the", topic)
    if key not in page:
        if "body" not in page:  # the page's text without its headings, read once for every topic
            page["body"] = _HEADING_LINE.sub(" ", _FRONT_MATTER.sub("", page.get("text", "")))
        body = page["body"]
        name = _LEADING_ARTICLE.sub("", topic)
        words = name.split()
        titled = len(words) >= 2 and all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words)
        phrase = re.escape(name)
        page[key] = (
            titled
            and re.search(rf"\b[Tt]he {phrase}(?![\w-])", body) is not None
            and not re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", body)
        )
    return page[key]


def _as_the_text_writes(topic: str) -> str:
    """The heading's words in small letters when the document's prose writes every one of them so
    and never with a capital mid-sentence (acronyms as they are), or '' when one may be a name."""
    words = topic.split()
    capitalised = [w for w in words if w[:1].isupper() and w[1:].islower() and w.isalpha()]
    if not capitalised or not all(written_small(w, always=True) for w in capitalised):
        return ""
    return " ".join(w.lower() if w in capitalised else w for w in words)


def _common_plural(phrase: str) -> bool:
    words = [w for w in phrase.split() if w not in ("and", "or")]
    return (
        bool(words)
        and all(w.isalpha() and w[:1].isupper() and w[1:].islower() and is_english(w.lower()) for w in words)
        and is_plural(words[-1].lower())
    )


def _keeps_capital(prompt: str) -> bool:
    """'JavaScript runs …', 'Docker is …', 'VMs are …', and 'Linux containers …' where the text
    writes 'Linux' as a name, keep their capital after "In X, "."""
    first = prompt.split(" ", 1)[0]
    if first.lower() in _QUESTION_OPENINGS:
        return False  # "What is …?", whatever "(i.e. What's your beta?)" capitalises mid-sentence
    if re.fullmatch(r"[A-Z][a-z]+[,;:]", first):
        first = first[:-1]  # "Sometimes, the dofs are called …": the word, not its comma
    if re.fullmatch(MONTH, first, re.I) and re.match(r"^\S+\s+\d", prompt):
        return True  # "July 27, 1794: Robespierre executed …", never "In the French Revolution, july 27"
    if len(first) < 2 or not first.isalpha() or any(c.isupper() for c in first[1:]):
        return len(first) > 1
    if _derived(first.lower()) and not written_as_name(first):
        return False  # "Optimally, …", "Shareable configs …": rare, but made from English words, no names
    if written_small(first, always=True):
        return False  # "Polysaccharides are …", a word the prose writes small and never with a capital
    return zipf_frequency(first.lower(), "en") < 3.5 or written_as_name(first)


_DERIVING_SUFFIX = re.compile(r"(?:ly|able|ible)$")
_QUESTION_OPENINGS = {
    "what",
    "which",
    "who",
    "whom",
    "whose",
    "when",
    "where",
    "why",
    "how",
    "name",
    "is",
    "are",
    "does",
}


def _derived(word: str) -> bool:
    """'optimally' ← 'optimal', 'shareable' ← 'share': a word made from an English one by a suffix."""
    stem = _DERIVING_SUFFIX.sub("", word)
    return stem != word and len(stem) >= 4 and (is_english(stem) or is_english(stem + "e"))
