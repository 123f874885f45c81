"""Tutorial steps that hand over a command are asked like a cheatsheet's entries."""

import pytest

from quizzes.generation.command_steps import step_entry
from quizzes.generation.parsing import parse
from tests.quizzes.generation.helpers import cards_of, written_cards

STEPS = """# Introduction to Git

## Make a repository

1. **Initialize a git repository**. In your project type:

   ```bash
   git init
   ```

1. **Check status**. To check the status of your repository type:

   ```bash
   git status
   ```

   the output can look something like this:

   ```output
   Changes not staged for commit:
   modified:   file.txt
   ```

1. **Unstage all files** `git reset` This command helps us to unstage all files at once.
1. **Create a branch**. Use the command `git branch` to create a branch: `git branch [branch-name]`
1. **Clean up**. Delete the branch with the following command: `git branch -d [branch-name]`
"""


def _items(markdown: str) -> list[str]:
    texts = []
    for section in parse(markdown).sections:
        for block in section.blocks:
            texts += [block.text] if block.kind == "paragraph" else [i.text for i in block.items]
    return texts


def test_a_bold_task_then_the_command_it_hands_over():
    entries = [step_entry(text) for text in _items(STEPS)]
    assert entries == [
        ("Initialize a git repository", "git init"),
        # The purpose the step states beats its short label; the output shown after it is no command.
        ("Check the status of your repository", "git status"),
        ("Unstage all files", "git reset"),
        # The command mentioned in passing is not the one handed over after the colon.
        ("Create a branch", "git branch [branch-name]"),
        None,  # "Clean up" has no object: what would "how do you clean up?" ask?
    ]


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        (
            "To check if Git is already configured you can type: `git config --list`",
            ("Check if Git is already configured", "git config --list"),
        ),
        ("To install the tools, run `npm install`.", ("Install the tools", "npm install")),
        # The main verb is the step ("switch"), its purpose is not what the command does.
        ("To work on the project, switch to the right folder: `cd ProjectURL`", None),
        ("**Declare a variable**. Let's declare a variable using the `let` keyword: `let myVariable = 1`", None),
        ('**Persisting your work**. Commit with: `git commit -m "first commit"`', None),
        ("Open your terminal and clone the repository like so: `git clone https://github.com/x/y`", None),
        ("**Open the page** in your browser: `index.html`", None),
        ("**Navigate to your working folder**. Type: `cd [name of your folder]`", None),
    ],
)
def test_what_is_not_a_step_with_its_command(text, entry):
    assert step_entry(_items(text)[0]) == entry


def test_steps_become_command_cards_named_by_their_tool():
    cards = written_cards(STEPS)
    fronts = {c.front: c.back for c in cards if c.kind == "basic"}
    assert fronts["Using git, how do you initialize a git repository?"] == "git init"
    assert fronts["Using git, how do you unstage all files?"] == "git reset"
    reverse = {c.front: c.back for c in cards if c.kind == "reverse"}
    assert reverse["What does git reset do?"] == "Unstage all files"


def test_a_lead_in_instruction_over_a_block_with_one_command_is_a_step():

    markdown = (
        "# Jekyll\n\n## Installation\n\n* With Ruby installed, install Jekyll from the terminal:\n\n"
        "```sh\ngem install jekyll bundler\n```\n\nRun the following:\n\n```sh\nbundle exec jekyll serve\n```\n\n"
        "Set up everything:\n\n```sh\ngem install bundler\nbundle init\n```\n"
    )
    cards = cards_of(markdown)
    assert any(c.back == "gem install jekyll bundler" and "install Jekyll" in c.front for c in cards)
    assert not any(c.back.startswith(("bundle", "gem install bundler")) for c in cards)
