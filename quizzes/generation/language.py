"""What kind of word or sentence this is, from word lists that ship with their packages:
wordfreq's frequencies (how rarely a reader meets a word) and lemminflect's parts of speech."""

import re
from functools import lru_cache

from lemminflect import getAllLemmas
from wordfreq import zipf_frequency

# A sentence that tells the reader to do something is an instruction, not a fact.
IMPERATIVE = re.compile(
    r"^(?:add|create|open|run|use|make|try|click|go|type|write|copy|paste|install|check|see|read|look|note|remember|"
    r"take|start|set|put|change|edit|save|call|build|imagine|consider|think|notice|find|select|replace|remove|"
    r"define|declare|give|move|navigate|test|visit|watch|learn|review|complete|compare|explore|keep|follow|"
    r"refactor|assign|insert|delete|update|import|export|return|pass|store|apply|wrap|attach|clone|retrieve|"
    r"drag|drop|press|hold|release|choose|enter|fill|submit|load|reload|download|upload|rename|name|store)\b",
    re.I,
)
# Sentences that talk to the reader ("you will …", "let's …") teach the lesson's flow, not its facts.
ADDRESSED = re.compile(r"\b(?:you|your|we|our|us|let's|let us|i|i'm|i've)\b", re.I)
# "It …", "This …", "In the above example …": a sentence that leans on the one before is no card.
DEPENDENT_OPENING = re.compile(
    r"^(?:it|this|that|these|those|they|thus|so|also|then|here|there|he|she|such|both|its|their|therefore|hence|"
    r"and|or|but|now|next|finally|first|second|same|other|another|above|below|following|in the above|"
    r"in the (?:previous|next|following)|as (?:shown|seen|mentioned) (?:above|below|before))\b",
    re.I,
)
_QUANTITY = {"handful", "bunch", "couple", "number", "variety", "kind", "sort", "type", "thing", "stuff", "part"}


@lru_cache(maxsize=65536)
def only_a_verb(word: str) -> bool:
    """ "Creates", "allotting": a word that cannot be a noun (or a name) in any reading."""
    if " " in word or not word.isalpha():
        return False
    lemmas = getAllLemmas(word.lower())
    return bool(lemmas) and not {"NOUN", "PROPN"} & set(lemmas)


@lru_cache(maxsize=65536)
def rarity(word: str) -> float:
    """8 - Zipf frequency ("the" ≈ 0.3, "array" ≈ 3.9, "memoization" ≈ 6.9), less when the word
    cannot be a noun or is a vague quantity: a blank asks for a thing, not a verb or "a handful"."""
    score = 8.0 - zipf_frequency(word.lower(), "en")
    if word.lower() in _QUANTITY or only_a_verb(word):
        score -= 2.5
    return score


def acts_as_verb(word: str, rest: str) -> bool:
    """ "**Handles** edge cases …": a word that can be a verb, opening a predicate, is one here."""
    lemmas = getAllLemmas(word.lower())
    following = rest.strip().lstrip("\ue001")[:1]
    return "VERB" in lemmas and word[:1].isupper() and word.lower().endswith("s") and following.islower()
