"""Shapes from the Y, Z and Q reads (session 22): headings that put the reader, advice, a judgement
or a clause where a subject should be ("Creating your Backlogs", "Use plain language", "Picking the
right flour", "Mechanisms that Increase Preload"), a variable the notes spell out taken for the page's
name ("cwnd"), and a page named by a common noun composed with its headings ("nutrition lipids")."""

from .helpers import answers_by_front, topics_by_heading

_cards, _topics = answers_by_front, topics_by_heading


def test_the_readers_possessive_is_no_part_of_a_subject():
    notes = "# Creating your Backlogs\n\n## The Goal\n\nA product backlog is a list of all the work to be done.\n"
    assert _topics(notes)["The Goal"].lower() in ("backlog", "backlogs")
    assert not any("your" in front.lower() for front in _cards(notes))


def test_a_page_titled_with_advice_is_about_what_it_advises():
    assert (
        _topics("# Use plain language\n\nPlain language is writing that readers understand.\n")["Use plain language"]
        == "plain language"
    )
    # under a subject, advice is about the subject above
    topics = _topics("# Trees\n\n## Use recursion\n\nA tree is a recursive data structure of nodes.\n")
    assert topics["Use recursion"] == "Trees"


def test_a_judgement_or_a_clause_in_a_heading_names_no_subject():
    topics = _topics(
        "# Pizza Dough\n\nPizza dough is made of flour, water, salt and yeast.\n\n"
        "## Picking the right flour\n\nBread flour is a flour with a high protein content.\n\n"
        "## Mechanisms that Increase Preload\n\nThe respiratory pump is a mechanism of breathing.\n"
    )
    assert topics["Picking the right flour"] == "Pizza Dough"
    assert "Increase" not in topics["Mechanisms that Increase Preload"]


def test_an_abbreviation_the_notes_spell_out_is_no_page_name():
    notes = (
        "### Congestion Control\n\n"
        "Congestion control is provided by the sender maintaining a variable called the congestion window (cwnd).\n\n"
        "### Slow Start\n\nSlow start is a phase of TCP during which the sender doubles cwnd every round. "
        "The sender sets cwnd to 1 MSS at first; cwnd grows until a loss. Then cwnd is halved. cwnd is kept "
        "per connection, and cwnd never exceeds rwnd.\n"
    )
    assert "cwnd" not in _topics(notes)["Slow Start"]


def test_a_common_noun_naming_the_page_is_not_put_before_its_headings():
    topics = _topics(
        "## What is nutrition?\n\nNutrition is the science of how the body uses food.\n\n"
        "## Nutrient classification\n\nEssential nutrients are nutrients the body cannot make on its own.\n"
    )
    assert topics["Nutrient classification"] != "nutrition nutrient classification"
