"""Pages written for documentation sites: their markup around headings, glossaries titled by kind,
headings that route between subjects, and tables of parameters."""

from quizzes.generation.parsing import parse
from quizzes.generation.text import sentences
from tests.quizzes.generation.helpers import cards_of

CHAIN_GLOSSARY = (
    "# Terms [Glossary of Terms in chainkit.]\n\n"
    "## Block\n\nA block is a bundled unit of information that holds an ordered list of transactions. "
    "Blocks are shared across the Ethereum network.\n\n"
    "## Transaction\n\nA transaction is a message sent by an account to perform an action on Ethereum.\n\n"
    "## Transport\n\nA Transport is the intermediary layer that executes outgoing requests (ie. RPC requests) "
    "for Ethereum clients.\n\n"
    "## Gas\n\nGas is the unit that measures the work a transaction asks of the Ethereum network.\n\n"
    "## Receipt\n\nA receipt is a record of the result of a transaction on the Ethereum blockchain.\n"
)


def test_a_docs_sites_description_after_a_title_is_not_part_of_the_heading():
    assert parse(CHAIN_GLOSSARY).sections[0].path[0] == "Terms"
    assert not any("Glossary of Terms" in c.front for c in cards_of(CHAIN_GLOSSARY))


def test_a_glossary_titled_by_its_kind_is_about_the_name_its_entries_keep_using():
    fronts = {c.front for c in cards_of(CHAIN_GLOSSARY, "basic")}
    assert "In Ethereum, what is a block?" in fronts, fronts


def test_ie_is_an_abbreviation_not_the_end_of_a_sentence():
    said = sentences("A transport executes outgoing requests (ie. RPC requests) for clients. It is pluggable.")
    assert said[0].endswith("for clients."), said


def test_documenter_anchors_and_references_read_as_their_words():
    page = "# [Parameters](@id params)\n\n## [SBM](@id params_sbm)\n\nSee the [soil profiles](@ref soil) for more.\n"
    document = parse(page)
    assert [s.path for s in document.sections][-1] == ("Parameters", "SBM")
    assert not any("(@" in text for section in document.sections for text in section.texts())


def test_a_parameter_named_by_its_initials_is_asked_what_it_stands_for():
    page = (
        "# Hydrology model\n\n## Snow\n\n| parameter | description | unit |\n|---|---|---|\n"
        "| `fc` | field capacity | mm |\n| `whc` | water holding capacity | - |\n"
        "| `cfmax` | degree-day factor for melting snow | mm |\n| `tt` | threshold temperature for snowfall | C |\n"
    )
    fronts = {c.front for c in cards_of(page)}
    assert any(f.endswith("what does the fc parameter stand for?") for f in fronts), fronts
    assert not any(f.endswith("what does the fc parameter do?") for f in fronts), fronts


def test_a_heading_that_routes_between_subjects_or_names_the_api_is_no_topic():
    page = (
        "# Geodesy\n\nGeodesy is a package for coordinate transformations. Geodesy works with datums.\n\n"
        "## The API\n\n### Between LLA and ECEF\n\n"
        "The transformations between the two systems require an ellipsoidal datum to perform the conversion.\n\n"
        "The series expansion diverges at 90 degrees from the reference meridian of the projection.\n"
    )
    fronts = [c.front for c in cards_of(page)]
    assert fronts and not any(f.startswith(("In between", "In API", "In the API")) for f in fronts), fronts


def test_a_gloss_that_says_why_a_thing_was_chosen_is_no_definition():
    page = (
        "# Geodesy\n\n## Shapes\n\n"
        "- **Ellipsoid**: chosen because it is a reasonable model for the shape of the Earth.\n"
        "- **Datum**: a set of physical objects with coordinates that define a reference frame.\n"
        "- **Geoid**: the shape the ocean surface would take under gravity alone.\n"
    )
    fronts = [c.front for c in cards_of(page)]
    assert not any("ellipsoid" in f.lower() for f in fronts), fronts
    assert any("datum" in f.lower() for f in fronts), fronts


TUTORIAL = (
    "# Getting Started\n\nWebkit is a fast web framework: with Webkit everything is a plugin, and Webkit serves "
    "JSON. Projects built on Webkit run on Node.js.\n\n"
    "### Install\n\nInstall with npm:\n```\nnpm i webkit --save\n```\n\n"
    "### Your first plugin\n\nThe MongoDB plugin uses the `decorate` API to add custom objects to the Webkit "
    "instance, making them available everywhere.\n\n"
    "Plugins load in the order they are declared, and loading starts when the server calls listen.\n\n"
    "> Similarly, specify `::1` to accept only local connections via IPv6. Or specify\n"
    "> `::` to accept connections on all IPv6 addresses.\n"
)


def test_an_install_step_names_the_product_and_its_tool_once():
    fronts = [c.front for c in cards_of(TUTORIAL)]
    assert "How do you install Webkit with npm?" in fronts, fronts


def test_the_readers_own_step_is_no_topic_and_a_colon_in_code_splits_no_term():
    cards = cards_of(TUTORIAL)
    assert not any("first plugin" in c.front for c in cards), [c.front for c in cards]
    assert not any("similarly" in c.front.lower() for c in cards), [c.front for c in cards]
