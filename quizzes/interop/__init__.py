"""Decks in and out of other tools: Anki packages (.apkg) and tables (.csv/.tsv).

Pure where possible: these modules turn bytes into banks (facts + card drafts) and deck data into
bytes; the services decide what reaches the database.
"""
