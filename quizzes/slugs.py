"""One deck slug everywhere: taken exactly as given, or refused with the valid form named.

Normalising (say `mlb--intro` → `mlb-intro`) made a deck that the same slug could not find again.
"""

import re

from quizzes.errors import InvalidInput

MAX_LENGTH = 80  # Deck.slug
VALID = re.compile(r"[-a-zA-Z0-9_]+")


def deck_slug_checked(slug: str) -> str:
    """The slug unchanged, or InvalidInput naming what a slug may contain."""
    if not VALID.fullmatch(slug or ""):
        raise InvalidInput(
            f"Invalid deck slug {slug!r}: use only letters, digits, hyphens and underscores (e.g. docker-basics)."
        )
    if len(slug) > MAX_LENGTH:
        raise InvalidInput(f"Invalid deck slug {slug[:20]!r}…: at most {MAX_LENGTH} characters.")
    return slug
