"""History notes: labelled bullets about people, plans and events. A person is asked who did the
deed; a name keeps its capitals; a note on what happened to a common noun is no term."""

from tests.quizzes.generation.helpers import cards_of, written_cards

NOTES = """# The Charter: A New Vision of Government

## The Assembly of 1820

- Held in June 1820 in Lisbon to write the Charter, with delegates of every province.
- Led by notable figures like Rafael Moreira and Tomas Quintela.
- The Charter replaced the Old Compact within a year.

### Key Participants
- Rafael Moreira: Presided over the Assembly.
- Tomas Quintela: Advocated for a strong central treasury.

### Major Issues
- Northern Plan: Bicameral legislature, seats by population.
- Lisbon Plan: One chamber, equal seats for all provinces.
- Provincial limitations: Relied on the provinces for funding, leading to unrest.
- Treaty of Porto: Ended the border war with the neighbouring kingdom.

The Charter was signed by every province within the year, and the plans behind the Charter were
debated for months.
"""


def test_a_person_is_asked_who_did_the_deed():
    cards = {c.front: c.back for c in cards_of(NOTES)}
    assert cards["In the Charter, who presided over the Assembly?"] == "Rafael Moreira"
    assert cards["In the Charter, who advocated for a strong central treasury?"] == "Tomas Quintela"
    assert not any(f.startswith("What is Rafael") for f in cards)


def test_a_name_the_prose_never_writes_small_keeps_its_capitals():
    fronts = [c.front for c in written_cards(NOTES)]
    assert any("Lisbon Plan" in f for f in fronts), fronts
    assert not any("lisbon plan" in f for f in fronts)


def test_a_note_on_what_happened_to_a_common_noun_is_no_term_but_a_named_treaty_did_something():
    fronts = [c.front for c in written_cards(NOTES)]
    assert not any("provincial limitations" in f.lower() for f in fronts)
    assert "What did the Treaty of Porto do?" in fronts, fronts


def test_a_heading_its_prose_writes_in_capitals_after_the_is_a_name_and_a_month_keeps_its_capital():
    # "The French Revolution was a period …": capitals the prose keeps after "the" across the phrase
    # are a name's ("In french revolution, july 27, 1794: …" was what a reader got).
    markdown = (
        "# Modern history\n\n### The French Revolution\n\n"
        "The French Revolution was a period of radical social and political upheaval in France from 1789 "
        "to 1799. It overthrew the monarchy and established a republic.\n\n"
        "- May 5, 1789: Estates-General convenes at Versailles\n"
        "- July 27, 1794: Robespierre executed, ending the Reign of Terror\n"
    )
    # The cloze as written (a sentence that leans on its topic is kept only by a page without others)
    fronts = [c.front for c in written_cards(markdown)]
    assert "In the French Revolution, July 27, 1794: _____ executed, ending the Reign of Terror" in fronts
