from tests.quizzes.generation.helpers import cards_of


def test_examples_an_author_gives_are_not_asked_as_the_whole_list():
    markdown = (
        "# Databases\n\n## Engines\n\n"
        "A **database engine** stores and retrieves the rows of tables on disk for its server. "
        "Two of the most popular relational engines are InnoDB and MyISAM.\n"
    )
    prompts = [c.front for c in cards_of(markdown) if "popular" in c.front]
    # "Name the 2 …" would claim the author's two examples are all there are
    assert prompts == ["In databases, name 2 popular relational engines."]
