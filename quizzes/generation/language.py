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
