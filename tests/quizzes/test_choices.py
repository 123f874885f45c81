"""Choices are shuffled fairly for every presentation; true/false keeps its order."""

import random
from collections import Counter

import pytest

from quizzes.choices import choice_key, choice_named, presented_choices

CHOICES = ["right", "wrong one", "wrong two", "wrong three"]
# Chi-square with 3 degrees of freedom: 16.27 has a 0.1% chance under a fair shuffle; 20 is generous.
CHI_SQUARE_BOUND = 20.0


def _chi_square(counts: Counter, cells: int, total: int) -> float:
    expected = total / cells
    return sum((counts.get(cell, 0) - expected) ** 2 / expected for cell in range(cells))


def test_the_right_answer_lands_in_every_position_equally_often_over_1000_shuffles():
    rng = random.Random(12)
    positions = Counter(presented_choices(kind="mcq", choices=CHOICES, rng=rng).index("right") for _ in range(1000))
    assert set(positions) == {0, 1, 2, 3}
    assert _chi_square(positions, 4, 1000) < CHI_SQUARE_BOUND, positions


def test_every_choice_is_equally_likely_first_over_1000_shuffles():
    rng = random.Random(34)
    firsts = Counter(presented_choices(kind="mcq", choices=CHOICES, rng=rng)[0] for _ in range(1000))
    assert _chi_square(Counter({CHOICES.index(c): n for c, n in firsts.items()}), 4, 1000) < CHI_SQUARE_BOUND


def test_a_shuffle_keeps_every_choice_and_leaves_the_card_alone():
    stored = list(CHOICES)
    shown = presented_choices(kind="mcq", choices=stored, rng=random.Random(1))
    assert sorted(shown) == sorted(CHOICES) and stored == CHOICES


@pytest.mark.parametrize("stored", [["True", "False"], ["False", "True"], ["false", "true"]])
def test_true_or_false_is_always_shown_true_first(stored):
    for seed in range(20):
        assert normalised(presented_choices(kind="true_false", choices=stored, rng=random.Random(seed))) == [
            "true",
            "false",
        ]


def normalised(choices):
    return [c.lower() for c in choices]


@pytest.mark.parametrize("kind", ["basic", "reverse", "cloze"])
def test_self_graded_cards_present_no_choices(kind):
    assert presented_choices(kind=kind, choices=["a", "b"]) == []


def test_a_choice_key_names_its_text_whatever_the_order():
    keys = {choice_key(c) for c in CHOICES}
    assert len(keys) == 4 and all(len(k) == 8 for k in keys)
    shuffled = presented_choices(kind="mcq", choices=CHOICES, rng=random.Random(5))
    assert choice_named(shuffled, choice_key("wrong two")) == "wrong two"
    assert choice_named(CHOICES, choice_key("not a choice")) is None
