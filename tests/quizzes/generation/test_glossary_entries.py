"""Glossary entries as other authors write them: a bold term on its own line over its definition, an
entry whose author left the definition out, a tool's name written small."""

from tests.quizzes.generation.helpers import cards_of


def test_a_bold_term_line_over_its_definition_is_one_entry_and_an_empty_entry_takes_no_other():
    markdown = (
        "# Glossary of Parliament\n\n## Places\n\n"
        "**House of Commons**\nThe elected chamber of Parliament, where MPs sit.\n\n"
        "**House of Lords**\n\n"
        "**European Union**\nA political and economic union of 27 member states.\n"
    )
    backs = {c.front: c.back for c in cards_of(markdown, "basic")}
    assert backs["What is the House of Commons?"] == "The elected chamber of Parliament, where MPs sit"
    assert [b for b in backs.values() if "European Union" in b] == []  # the Lords had none of their own
    assert "A political and economic union of 27 member states" in backs.values()


def test_a_tool_whose_sentence_opens_with_its_name_in_small_letters_takes_no_article():
    markdown = (
        "# Migrating to TypeScript\n\n## Helpers\n\n"
        "- [dts-gen](https://example.org/dts-gen) - dts-gen is a tool that generates definition files "
        "from any object.\n"
    )
    fronts = [c.front for c in cards_of(markdown, "basic")]
    assert any(f.endswith("what is dts-gen?") or f == "What is dts-gen?" for f in fronts), fronts
