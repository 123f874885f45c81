"""Tables a teacher reads as lookups, not facts (session 20's O and P reads: 0 of 82 table cards
kept): one dataset's codebook, amounts converted; and a kind's table whose rows describe."""

from .helpers import cards_of


def _fronts(markdown: str) -> dict[str, str]:
    return {c.front: c.answer or c.back for c in cards_of(markdown)}


def test_a_datasets_codebook_gives_no_cards():
    text = (
        "# College majors\n\nThis folder holds the data and code behind a story about majors.\n\n"
        "Header | Description\n---|---\n"
        "`Rank` | Rank by median earnings\n`Major_code` | Major code, FO1DP in ACS PUMS\n"
        "`Unemployment_rate` | Unemployed / (Unemployed + Employed)\n`ShareWomen` | Women as share of total\n"
    )
    assert not any("Rank" in front or "ShareWomen" in front or "Major_code" in front for front in _fronts(text))


def test_amounts_converted_give_no_cards():
    text = (
        "# Substitutes\n\n## Butter\n\n| Salted Butter Equivalency to: | Unsalted Butter | Salt |\n|---|---|---|\n"
        "| 4 Tbsp | 4 Tbsp | 1/8 tsp |\n| 1/4 cup | 1/4 cup | 1/8 tsp |\n| 1 cup | 1 cup | 1/2 tsp |\n"
    )
    assert not any(" of 1 cup" in front or " of 4 Tbsp" in front for front in _fronts(text))


def test_a_bare_type_column_of_describing_rows_names_the_kind_by_its_caption():
    text = (
        "# Baking\n\n## Chocolate\n\n| Type | Tempering Temperature |\n|---|---|\n"
        "| white | 109°F (43°C) |\n| milk | 113°F (45°C) |\n| semi-sweet (dark) | 118°F (48-50°C) |\n"
    )
    asked = {front.split(", ", 1)[-1]: back for front, back in _fronts(text).items()}  # "In baking, …"
    assert asked["what is the tempering temperature of milk chocolate?"] == "113°F (45°C)"
    assert asked["what is the tempering temperature of semi-sweet chocolate?"] == "118°F (48-50°C)"


def test_a_substitute_is_a_substitute_for_its_row():
    text = (
        "# Cooking\n\n## Herbs\n\n| Herb | Substitutes |\n|---|---|\n| Basil | Oregano or thyme |\n"
        "| Mint | Basil, marjoram, or rosemary |\n| Parsley | Chervil or cilantro |\n"
    )
    assert any("what are the substitutes for basil?" in front for front in _fronts(text))


def test_a_table_of_judged_examples_gives_no_cards():
    text = (
        "# Spreadsheets\n\n## Field names\n\n| Good Name | Good Alternative | Avoid |\n|---|---|---|\n"
        "| Max_temp_C | MaxTemp | Maximum Temp (°C) |\n| Precipitation_mm | Precipitation | precmm |\n"
        "| Mean_year_growth | MeanYearGrowth | Mean growth/year |\n"
    )
    assert not any("alternative" in front.lower() for front in _fronts(text))


def test_a_word_table_asks_what_a_gloss_refers_to_and_what_a_deed_means():
    text = (
        "---\ntitle: Dictionary\n---\n\nClimbing words.\n\nWord | Meaning\n---- | --------\n"
        "Burn | Refers to one try, or attempt, on a climb.\nCrux | The hardest move or sequence of a climb.\n"
        "Traverse | Climb a face laterally or diagonally instead of upwards.\nFlake | Somewhat detached bit of rock.\n"
    )
    fronts = _fronts(text)
    refer = [front for front in fronts if front.endswith("burn refer to?")]
    assert refer and fronts[refer[0]].startswith("One try")
    assert any(
        front.endswith("what does it mean to traverse?") or front == "What does it mean to traverse?"
        for front in fronts
    )


def test_every_editors_shortcuts_give_no_cards():
    text = (
        "# Default Keys\n\n### Editing\n\n| Key | Description of function |\n|---|---|\n"
        "| Ctrl-c | Copy selected text |\n| Ctrl-v | Paste |\n| Ctrl-d | Duplicate the current line |\n"
        "| Ctrl-k | Cut the current line |\n"
    )
    fronts = list(_fronts(text))
    assert not any("Ctrl-c" in front or "Ctrl-v" in front for front in fronts)
    assert any("Ctrl-d" in front for front in fronts)
