import pytest

from quizzes.generation.extractors.sequences import _process_named
from tests.quizzes.generation.helpers import cards_of

STEPS = "1. Collect the data\n2. Train the model\n3. Evaluate the model\n4. Deploy the model\n"


def _order_front(markdown: str) -> str:
    [card] = [c for c in cards_of(markdown, "basic") if "put these in order" in c.front]
    return card.front.split(" — ")[0]


def test_a_generic_heading_gives_way_to_the_process_the_lead_in_names():
    lead = "On a high level, the craft of building machine learning (ML) processes is made of a number of steps:"
    markdown = f"# Techniques of Machine Learning\n\n## Introduction\n\n{lead}\n\n{STEPS}"
    assert _order_front(markdown) == "The machine learning process"


def test_a_generic_heading_without_a_named_process_gives_the_document_subject():
    markdown = f"# Model Training\n\n## Overview\n\nThe steps:\n\n{STEPS}"
    assert _order_front(markdown) == "Model Training"


def test_a_short_lead_in_under_a_generic_heading_still_names_the_steps():
    markdown = f"# Guide\n\n## Introduction\n\nTo ship a model to production, follow these steps:\n\n{STEPS}"
    assert _order_front(markdown) == "To ship a model to production"


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        (
            "On a high level, creating machine learning (ML) processes is comprised of a number of steps",
            "the machine learning process",
        ),
        ("The build process of this project is long and has many parts that we list right here", "the build process"),
        ("when running processes the system goes through these many steps one after another", None),
        ("Here is a long lead-in sentence that names no kind of thing at all in this place", None),
    ],
)
def test_the_process_a_long_lead_in_names(lead, name):
    assert _process_named(lead) == name
