"""Option references: a heading per setting, what it does, its valid values, and a one-row table of
its default and how to set it, the same table under every heading."""

from tests.quizzes.generation.helpers import cards_of


def _option(name: str, does: str, values: list[tuple[str, str]], row: tuple[str, str, str]) -> str:
    listed = "".join(f"- `{v}` - {gloss}\n" for v, gloss in values)
    body = f"Valid options:\n\n{listed}\n" if values else ""
    table = "| Default | CLI Override | API Override |\n| --- | --- | --- |\n"
    table += "| " + " | ".join(f"`{cell}`" for cell in row) + " |\n"
    return f"## {name}\n\n{does}\n\n{body}{table}\n"


PAGE = (
    "---\ntitle: Options\n---\n\nTidyfmt ships with a handful of format options. Tidyfmt reads them from "
    "its configuration file; Tidyfmt never guesses them.\n\n"
    + _option(
        "Tab Width",
        "Specify the number of spaces per indentation-level.",
        [],
        ("2", "--tab-width <int>", "tabWidth: <int>"),
    )
    + _option(
        "Semicolons",
        "Print semicolons at the ends of statements.",
        [("true", "Add a semicolon at the end of every statement."), ("false", "Example: `a = 1`.")],
        ("true", "--no-semi", "semi: <bool>"),
    )
    + _option(
        "Quote Props",
        "Change when properties in objects are quoted.",
        [
            ('"as-needed"', "Only add quotes around object properties where required."),
            ('"preserve"', "Respect the input use of quotes in object properties."),
        ],
        ('"as-needed"', "--quote-props <as-needed|preserve>", 'quoteProps: "<as-needed|preserve>"'),
    )
    + _option(
        "End of Line",
        "Choose the line endings to write.",
        [
            ("lf", "Line Feed only (\\n), common on Linux and macOS"),
            ("crlf", "Carriage Return + Line Feed characters (\\r\\n), common on Windows"),
        ],
        ('"lf"', "--end-of-line <lf|crlf>", 'endOfLine: "<lf|crlf>"'),
    )
    + _option(
        "[Deprecated] JSX Brackets",
        "Put the > of a JSX element at the end of the last line.",
        [],
        ("false", "--jsx-bracket-same-line", "jsxBracketSameLine: <bool>"),
    )
)


def test_each_value_of_a_setting_is_asked_under_its_setting_and_product():
    cards = {c.front: c.back for c in cards_of(PAGE)}
    assert cards["In Tidyfmt's Quote Props option, what does “preserve” do?"] == (
        "Respects the input use of quotes in object properties"
    ), cards
    assert (
        cards["In Tidyfmt's Semicolons option, what does “true” do?"]
        == "Adds a semicolon at the end of every statement"
    )
    assert "In Tidyfmt's End of Line option, what does “lf” mean?" in cards, cards
    # an example is no meaning: "`false` - Example: `a = 1`."
    assert not any("“false”" in front for front in cards), cards


def test_a_one_row_table_repeated_under_each_heading_gives_the_headings_fields():
    cards = {c.front: c.back for c in cards_of(PAGE)}
    assert cards["What is the default value of Tidyfmt's Tab Width option?"] == "2", cards
    assert cards["What is the CLI override of Tidyfmt's Semicolons option?"] == "--no-semi", cards
    # the name written as a flag, the API's spelling of the same flag, and a deprecated option are not asked
    assert not any("--tab-width" in back or "quoteProps" in back for back in cards.values()), cards
    assert not any("Deprecated" in front or "JSX Brackets" in front for front in cards), cards
    # never the table read as a grid whose first cell is a row's name
    assert not any("for true" in front or "for 2?" in front for front in cards), cards


def test_an_attribute_list_without_a_values_lead_in_is_not_a_settings_values():
    page = (
        "# Forms\n\n## Data validation\n\nBefore setting an username, the browser checks the fields using "
        "various attributes:\n\n- `required`: the field needs to be filled otherwise the form cannot be submitted.\n"
        "- `maxlength`: defines the maximum number of characters in a text field.\n"
    )
    fronts = [c.front for c in cards_of(page)]
    assert not any(" setting, " in f or "option, what does" in f for f in fronts), fronts
