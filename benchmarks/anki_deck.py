"""Anki in and out at scale: a 10,000-note deck exported to .apkg and imported back (goal: < 10 s each).

Part of `make bench`; on its own against any database:
`DATABASE_URL=… python -m benchmarks.anki_deck` (it makes and then deletes decks named bench-anki*).
"""

import time

NOTES = 10_000


def synthetic_table(notes: int) -> bytes:
    """A table of distinct notes in 100 sections: about what a large shared Anki deck holds."""
    rows = ["front\tback\ttags"]
    for i in range(notes):
        rows.append(
            f"What does term {i} of chapter {i // 100} mean?\tTerm {i} means thing number {i}, "
            f"with a longer explanation of a few words.\tbench::chapter_{i // 100}"
        )
    return ("\n".join(rows) + "\n").encode()


def anki_deck_seconds(notes: int = NOTES) -> dict:
    from quizzes.exports import deck_export_file
    from quizzes.models import Deck
    from quizzes.services.imports import content_import

    Deck.objects.filter(slug__startswith="bench-anki").delete()
    table = content_import(deck_slug="bench-anki", content=synthetic_table(notes), source_name="bench.tsv")
    deck = Deck.objects.get(slug="bench-anki")

    started = time.perf_counter()
    package = deck_export_file(deck=deck, format="apkg").content
    exported = time.perf_counter()
    first = content_import(deck_slug="bench-anki-copy", content=package, source_name="bench.apkg")
    imported = time.perf_counter()
    again = content_import(deck_slug="bench-anki-copy", content=package, source_name="bench.apkg")
    reimported = time.perf_counter()
    assert first.added == table.added and again.unchanged == table.added, (first.summary(), again.summary())
    Deck.objects.filter(slug__startswith="bench-anki").delete()
    return {
        "notes": notes,
        "apkg_bytes": len(package),
        "export_seconds": exported - started,
        "import_seconds": imported - exported,
        "reimport_seconds": reimported - imported,
    }


if __name__ == "__main__":
    import json
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    print(json.dumps({k: round(v, 2) if isinstance(v, float) else v for k, v in anki_deck_seconds().items()}))
