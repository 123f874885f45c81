"""Command-line options listed one per line, each opening with its flags set as code."""

from tests.quizzes.generation.helpers import cards_of

PAGE = (
    "# servelet: a command-line file server\n\n`servelet` serves a folder over HTTP. `servelet` needs no "
    "configuration, and `servelet` starts in a second.\n\n## Options\n\n"
    "`-p` or `--port` Port to use (defaults to 8080)\n\n"
    "`-d` Show directory listings (defaults to `true`)\n\n"
    "`-e` or `--ext` Default file extension if none supplied (defaults to `html`)\n\n"
    "`--cors` Enable CORS via the `Access-Control-Allow-Origin` header\n\n"
    "`-h` or `--help` Print this list and exit.\n"
)


def test_each_option_is_asked_by_its_flags():
    cards = {c.front: c.back for c in cards_of(PAGE)}
    asked = {front.split(", ", 1)[-1]: back for front, back in cards.items()}
    assert asked["what is the -p (--port) option for?"] == "Port to use (defaults to 8080)", cards
    assert asked["what does the -d option do?"] == "Shows directory listings (defaults to true)", cards
    assert asked["what does the --cors option do?"] == "Enables CORS via the Access-Control-Allow-Origin header"
    # "Default file extension" names the value, not an action; --help is every program's
    assert asked["what is the -e (--ext) option for?"].startswith("Default file extension"), cards
    assert not any("--help" in front for front in cards), cards


def test_two_flagged_lines_are_no_list_of_options():
    page = "# Caching\n\n`-c-1` Disable caching for the whole server.\n\n`-c10` Cache each file for ten seconds.\n"
    assert not any("option" in c.front for c in cards_of(page))


def test_a_title_that_names_its_program_then_says_what_it_is_gives_the_programs_name():
    page = PAGE.replace(
        "# servelet: a command-line file server\n\n`servelet` serves a folder over HTTP. `servelet` needs no "
        "configuration, and `servelet` starts in a second.",
        "# servelet: a command-line file server\n\nA tool to serve folders.",
    )
    page += "\n## Usage:\n\n     servelet [path] [options]\n"
    fronts = [c.front for c in cards_of(page)]
    assert "In servelet, what does the -d option do?" in fronts, fronts
    assert not any(c.back.rstrip().endswith(":") for c in cards_of(page)), fronts
