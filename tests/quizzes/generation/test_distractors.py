from quizzes.generation.facts import mcq
from quizzes.generation.writing.distractors import honest_distractors, shape


def test_options_that_end_like_the_answer_come_first_so_its_head_word_gives_nothing_away():
    pool = ["Precision@k", "Recall@k", "Bounce Rate", "Engagement Rate", "MRR", "Click Rate"]
    chosen = honest_distractors("Conversion Rate", pool, "k")
    assert sorted(chosen) == ["Bounce Rate", "Click Rate", "Engagement Rate"]
    # One word or code has no head to match: nearest in length, as before.
    assert len(honest_distractors("MRR", ["NDCG", "Recall@k", "MAP", "AUC"], "k")) == 3


def test_signs_are_options_although_normalising_erases_them():
    assert shape("%") == shape("&&") == shape("<") == "code"
    card = mcq("k", "Which operator gives the remainder?", "%", ["+", "-", "*", "%", "**"])
    assert card is not None and "%" in card.choices and len(set(card.choices)) == 4
