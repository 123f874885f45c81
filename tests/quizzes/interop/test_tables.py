import pytest

from quizzes.errors import InvalidInput
from quizzes.interop.tables import read_table, table_bank


def _cards(text, name="cards.csv"):
    return [(c.kind, c.front, c.back, c.section) for c in table_bank(text, deck="d", source_name=name).cards]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("front,back,tags\nWhat is 2+2?,4,math::arith\n", "cards.csv"),
        ("Front\tBack\tTags\nWhat is 2+2?\t4\tmath::arith\n", "cards.tsv"),
        ("question;answer;tags\nWhat is 2+2?;4;math::arith\n", "cards.csv"),
        ("#separator:tab\n#html:true\n#columns:front\tback\ttags\nWhat is <b>2+2</b>?\t4\tmath::arith\n", "x.txt"),
    ],
)
def test_reads_front_back_and_tags_in_the_shapes_anki_and_spreadsheets_write(text, name):
    assert _cards(text, name) == [("basic", "What is 2+2?", "4", "math › arith")]


def test_windows_line_ends_stay_out_of_the_cards():
    text = 'front,back\r\nQ1,"two\r\nlines"\r\n'
    assert _cards(text) == [("basic", "Q1", "two\nlines", "")]


def test_quizlet_term_and_definition_columns_and_quoted_commas():
    text = 'term,definition\n"Paris, France",capital\n'
    assert _cards(text) == [("basic", "Paris, France", "capital", "")]


def test_keys_come_from_the_front_so_a_changed_back_keeps_the_note():
    before = table_bank("front,back\nWhat is 2+2?,four\n", deck="d", source_name="a.csv")
    after = table_bank("front,back\nwhat is 2+2 ?,4\n", deck="d", source_name="a.csv")
    assert before.cards[0].key == after.cards[0].key and before.cards[0].back != after.cards[0].back


def test_a_repeated_front_is_skipped_as_a_duplicate():
    bank = table_bank("front,back\nQ,one\nQ,two\n", deck="d", source_name="a.csv")
    assert [c.back for c in bank.cards] == ["one"]
    assert bank.skipped[0].reason == "duplicate of an earlier note" and bank.skipped[0].where == "row 3"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("What is 2+2?,4\nCapital of France?,Paris\n", "no header row"),
        ("front,back\nWhat is 2+2?,4\nOops,with,extra\n", "Row 3 has 3 fields; the header has 2"),
        ("front,back\n", "no rows"),
        ("\n\n", "no rows"),
    ],
)
def test_bad_tables_are_refused_with_the_first_problem(text, message):
    with pytest.raises(InvalidInput, match=message):
        read_table(text, source_name="a.csv")
