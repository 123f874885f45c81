"""A bank kept beside the document it was generated from, so importing the same text again with the
same generator reuses it instead of generating it again (seconds for a long document).

`generator_version()` names the generator's code and the language data it reads: a bank stored under
another version is stale and generated again. Stored as compressed JSON, never pickle: a row of the
database must not be able to run code.
"""

import hashlib
import zlib
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import orjson

from quizzes.generation.facts import CardDraft, Fact
from quizzes.generation.parsing import Skip

# What generation reads besides its own code: their versions change what it makes.
_LIBRARIES = ("markdown-it-py", "mdit-py-plugins", "pysbd", "lemminflect", "inflect", "wordfreq", "rapidfuzz", "yake")


@cache
def generator_version() -> str:
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for library in _LIBRARIES:
        try:
            digest.update(f"{library}=={version(library)}\0".encode())
        except PackageNotFoundError:
            digest.update(f"{library} missing\0".encode())
    return digest.hexdigest()


def pack(bank) -> bytes:
    # orjson writes dataclasses and tuples itself, several times faster than asdict + json.
    payload = {"facts": bank.facts, "cards": bank.cards, "skipped": bank.skipped, "blocks": bank.blocks}
    return zlib.compress(orjson.dumps(payload), 1)


def unpack(data: bytes):
    """The bank `pack` stored; tuples come back as tuples, so keys and fields compare as before."""
    from quizzes.generation import Bank

    payload = orjson.loads(zlib.decompress(data))
    facts = [Fact(**{**f, "section": tuple(f["section"]), "blocks": tuple(f["blocks"])}) for f in payload["facts"]]
    return Bank(
        facts=facts,
        cards=[CardDraft(**c) for c in payload["cards"]],
        skipped=[Skip(**s) for s in payload["skipped"]],
        blocks=payload["blocks"],
    )
