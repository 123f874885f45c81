import pytest

from quizzes.generation import generate
from quizzes.generation.extractors.cheatsheets import (
    SKIP_REASONS,
    _article_for_bare_object,
    _entries,
    _may_also_do,
    _purpose,
    _task,
    comment_kind,
    render,
    spelled_out,
)
from tests.quizzes.generation.helpers import cards_of, facts_of, written_cards


def test_comment_lines_describe_the_commands_below():
    assert _entries("# Download an image\ndocker pull IMAGE\n\n# List images\ndocker images\n") == [
        ("Download an image", ["docker pull IMAGE"]),
        ("List images", ["docker images"]),
    ]


def test_prompts_and_trailing_comments():
    assert _entries("$ git status   # Show changes\n$ git add FILE  # Stage a file\n") == [
        ("Show changes", ["git status"]),
        ("Stage a file", ["git add FILE"]),
    ]


def test_several_commands_under_one_comment_stay_together():
    assert _entries("# Show diffs\n$ git diff\n$ git diff --staged\n") == [
        ("Show diffs", ["git diff", "git diff --staged"])
    ]


def test_italic_label_groups_commands_and_other_languages_are_ignored():
    markdown = "## CLI\n_Manage images_\n```sh\n# List images\ndocker images\n```\n```python\n# not shell\nx = 1\n```\n"
    [fact] = facts_of(markdown, "cheatsheets")
    assert fact.group == "Manage images" and fact.fields["commands"] == ["docker images"]


def test_tldr_pages_shape():
    markdown = "# tar\n\n- Create an archive:\n\n`tar cf target.tar file`\n"
    [fact] = facts_of(markdown, "cheatsheets")
    assert fact.fields["description"] == "Create an archive" and fact.cue == "tar cf target.tar file"


SHEET = """## Images
```sh
# Download an image
docker pull IMAGE
# Upload an image
docker push IMAGE
# List all images
docker images
# Delete an image
docker rmi IMAGE
# Save an image to a file
docker save IMAGE > FILE
```
"""


def test_mcq_distractors_are_other_commands_of_the_same_sheet():
    mcqs = cards_of(SHEET, "mcq")
    commands = {
        "docker pull IMAGE",
        "docker push IMAGE",
        "docker images",
        "docker rmi IMAGE",
        "docker save IMAGE > FILE",
    }
    # "list all images" and "save an image to a file" are not asked as choices: `docker images` and
    # `docker save` are the one option saying "images" or "save".
    assert len(mcqs) == 3 and {c.answer for c in mcqs} == {"docker pull IMAGE", "docker push IMAGE", "docker rmi IMAGE"}
    for card in mcqs:
        assert set(card.choices) <= commands and len(card.choices) == 4
    assert len({c.choices.index(c.answer) for c in mcqs}) > 1, "the correct option should move around"


def test_no_choice_where_the_answer_alone_repeats_a_word_of_the_question():
    sheet = (
        "## Containers\n```sh\n# Show mapped ports of a container\ndocker port CONTAINER\n"
        "# Remove a container\ndocker rm CONTAINER\n# Create an image out of a container\ndocker commit CONTAINER\n"
        "# Show the processes of a container\ndocker top CONTAINER\n# Attach to a running container\n"
        "docker attach CONTAINER\n```\n"
    )
    which = {c.front: c for c in cards_of(sheet, "mcq")}
    assert "Using docker, which command would you use to show mapped ports of a container?" not in which
    assert "Using docker, which command would you use to create an image out of a container?" in which
    basic = {c.front: c.back for c in cards_of(sheet, "basic")}
    assert basic["Using docker, how do you show mapped ports of a container?"] == "docker port CONTAINER"


def test_a_command_is_asked_outright_and_as_a_choice_among_commands():
    cards = written_cards(SHEET)
    assert {c.kind for c in cards} <= {"basic", "mcq", "reverse"}
    fronts = {c.front for c in cards}
    assert "Using docker, how do you delete an image?" in fronts
    assert "Using docker, which command would you use to delete an image?" in fronts


def test_without_three_honest_distractors_the_command_is_asked_outright_naming_the_tool():
    sheet = "## Images\n```sh\n# Download an image\ndocker pull IMAGE\n# Upload an image\ndocker push IMAGE\n```\n"
    basic = {c.front: c.back for c in cards_of(sheet, "basic")}
    assert basic["Using docker, how do you download an image?"] == "docker pull IMAGE"


def test_no_true_or_false_card_restates_a_command():
    assert cards_of(SHEET, "true_false") == []


@pytest.mark.parametrize(
    ("task", "commands", "said"),
    [
        ("rename a container", ["docker rename OLD_NAME NEW_NAME"], True),
        ("show logs of a container", ["docker logs CONTAINER"], True),
        ("merge the given branch into the current one", ["git merge BRANCH"], True),
        ("stop/start a container", ["docker stop/start CONTAINER"], True),
        ("save an image to a .tar file", ["docker save IMAGE > TAR_FILE"], True),
        ("create an image out of a container", ["docker commit CONTAINER"], False),
        ("delete stopped containers", ["docker container prune"], False),
        ("show modified files in the working directory", ["git status"], False),
        ("force delete a running container", ["docker rm -f CONTAINER"], False),
        ("copy a file from the host to a container", ["docker cp TARGET CONTAINER:SOURCE"], False),
    ],
)
def test_a_command_whose_words_say_what_it_does_is_not_asked_what_it_does(task, commands, said):
    assert spelled_out(task, commands) is said


def test_a_reverse_card_is_kept_when_the_command_does_not_say_it():
    sheet = "## Images\n```sh\n# Create an image out of a container\ndocker commit CONTAINER\n```\n"
    reverse = {c.front: c.back for c in written_cards(sheet, "reverse")}
    assert reverse == {"What does docker commit CONTAINER do?": "Create an image out of a container"}


@pytest.mark.parametrize(
    ("description", "commands", "task", "detail"),
    [
        (
            "List running containers or all containers (-a)",
            ["docker ps [-a]"],
            "list running containers or all containers",
            "",
        ),
        ("Start a container (detached mode)", ["docker run -d IMAGE"], "start a container (detached mode)", ""),
        ("List branches; a * marks the current one", ["git branch"], "list branches", "A * marks the current one"),
        (
            "Delete dangling images. These are untagged",
            ["docker image prune"],
            "delete dangling images",
            "These are untagged",
        ),
    ],
)
def test_a_task_drops_what_gives_the_command_away_and_keeps_asides_as_detail(description, commands, task, detail):
    assert _task(description, commands) == (task, detail)


def test_an_instruction_with_a_verb_the_lexicon_lacks_is_still_asked_how():
    sheet = "## Git\n```sh\n# Unstage a file but keep its changes\ngit reset FILE\n```\n"
    [basic] = cards_of(sheet, "basic")
    assert basic.front == "Using git, how do you unstage a file but keep its changes?"


def test_a_task_in_the_third_person_is_asked_in_the_base_form():
    sheet = "## Git\n```sh\n# Updates all the remote branches\ngit fetch --all\n```\n"
    [basic] = cards_of(sheet, "basic")
    assert basic.front == "Using git, how do you update all the remote branches?"


def test_a_reverse_card_whose_answer_the_command_spells_out_is_not_kept():
    sheet = "## Logs\n```sh\n# Show logs of a container\ndocker logs CONTAINER\n```\n"
    assert [c.front for c in cards_of(sheet, "reverse")] == []
    assert [c.back for c in cards_of(sheet, "basic")] == ["docker logs CONTAINER"]


def test_a_command_that_also_does_the_job_is_no_distractor():
    sheet = """## Containers
```sh
# Start a new container
docker run IMAGE
# Start a new container in the background
docker run -d IMAGE
# Run and map a port
docker run -p 80:80 IMAGE
# Delete a container
docker rm CONTAINER
# Show logs of a container
docker logs CONTAINER
# Copy a file out of a container
docker cp CONTAINER:SRC DEST
# List running containers
docker ps
```
"""
    [start] = [c for c in cards_of(sheet, "mcq") if c.answer == "docker run IMAGE"]
    assert not {"docker run -d IMAGE", "docker run -p 80:80 IMAGE"} & set(start.choices)


def test_a_command_whose_description_covers_the_task_is_no_wrong_answer():
    sheet = (
        "## Containers\n```sh\n# Delete stopped containers\ndocker container prune\n"
        "# Rename a container\ndocker rename A B\n```\n"
    )
    prune, rename = facts_of(sheet, "cheatsheets")
    assert _may_also_do(prune, ["docker rm CONTAINER"], "delete a container")
    assert not _may_also_do(rename, ["docker rm CONTAINER"], "delete a container")


@pytest.mark.parametrize(
    ("comment", "kind"),
    [
        ("Delete an image", "action"),
        ("Updates all the remote branches", "action"),
        ("Push", "action"),
        ("Clean up unused images", "action"),
        ("Last element", "result"),
        ("Number of elements", "result"),
        ("String length of the 1st element", "result"),
        ("Range (from position 3, length 2)", "result"),
        ("Case insensitive globs", "result"),
        ("Non-matching globs are removed", "statement"),
        ("/path/to/foo", "output"),
        ("foo.cpp (basepath)", "output"),
        ("cpp (extension)", "label"),
        ('"world"', "output"),
        ("Still in first directory", "state"),
        ("Windows", "label"),
        ("Linux or macOS", "label"),
        ("Obsolescent", "label"),
        ("Same as above (alternate syntax)", "cross-reference"),
        ("Also Push", "cross-reference"),
    ],
)
def test_a_comment_is_an_action_a_result_a_statement_or_no_description(comment, kind):
    assert comment_kind(_task(comment, [])[0], ["cmd"]) == kind


def test_a_one_word_comment_over_a_shell_construct_labels_it():
    assert comment_kind("equal", ['if [[ "$A" == "$B" ]]']) == "label"


def test_outputs_states_and_cross_references_are_skipped_with_a_reason():
    sheet = (
        "## Basics\n```bash\nstr=/a/b.cpp\necho ${str%.cpp}  # /a/b\npwd  # still here\necho hi  # Same as above\n```\n"
    )
    assert facts_of(sheet, "cheatsheets") == []
    reasons = [s.reason for s in generate(sheet, deck="d").skipped]
    assert SKIP_REASONS["output"] in reasons and SKIP_REASONS["state"] in reasons
    assert SKIP_REASONS["cross-reference"] in reasons


def test_a_result_is_asked_which_command_gives_it():
    sheet = "## Arrays\n```bash\necho ${#a[@]}  # Number of elements\n```\n"
    [basic] = written_cards(sheet, "basic")
    assert basic.front.endswith("which command gives the number of elements?")
    # The code reads differently in each language: the topic says where it runs.
    assert [c.front for c in written_cards(sheet, "reverse")] == ["In arrays, what does echo ${#a[@]} give?"]


def test_a_task_two_commands_answer_is_asked_only_from_the_command():
    sheet = (
        "## Arrays\n```bash\n"
        'a=("${a[@]}" x)  # Append an element at the end\n'
        "a+=(x)  # Also append an element at the end\n```\n"
    )
    assert cards_of(sheet, "basic") == []
    assert [c.back for c in cards_of(sheet, "reverse")] == ["Append an element at the end"]


def test_the_tool_is_named_only_when_the_whole_block_runs_it():
    sheet = (
        "## Redirection\n```bash\n"
        "python a.py > out.txt  # Write stdout to a file\n"
        "diff <(ls) <(ls -r)  # Compare two outputs\n```\n"
    )
    fronts = [c.front for c in cards_of(sheet, "basic")]
    assert fronts and not any(f.startswith("Using") for f in fronts)


def test_a_numbered_step_of_several_commands_is_a_walkthrough_and_one_command_loses_its_number():
    sheet = (
        "## Setup\n```bash\n# Step 1: Create a folder\nmkdir x\ncd x\n"
        "# Step 2: Initialize a project with defaults\nnpm init -y\n```\n"
    )
    [fact] = facts_of(sheet, "cheatsheets")
    assert fact.fields["commands"] == ["npm init -y"]
    assert [c.back for c in written_cards(sheet, "reverse")] == ["Initialize a project with defaults"]


def test_the_output_an_echo_prints_is_not_a_second_command():
    assert _entries("# Names starting with prefix_\necho ${!prefix_*}\nprefix_a prefix_b\n") == [
        ("Names starting with prefix_", ["echo ${!prefix_*}"])
    ]
    assert _entries("# Build\nnpm install\nnpm run build\n") == [("Build", ["npm install", "npm run build"])]
    assert _entries('# Greet\necho "hi"\necho "$USER"\n') == [("Greet", ['echo "hi"', 'echo "$USER"'])]


SAMPLE_ARRAYS = """## Arrays
```bash
echo "${Fruits[0]}"      # Element #0
echo "${Fruits[-1]}"     # Last element
echo "${#Fruits[@]}"     # Number of elements
echo "${#Fruits}"        # String length of the 1st element
unset Fruits[2]          # Remove one item
```

## Integers
```bash
declare -i count  # Declare as type integer
count+=1          # Increment
echo "$0: warning" >&2  # Print a warning to stderr
echo "${Fruits[1]}"     # Second element
echo "${Fruits[2]}"     # Third element
echo "${Fruits[3]}"     # Fourth element
```
"""


def test_a_command_on_the_example_s_own_variables_shows_them_in_the_question():
    fronts = {c.front: c.back for c in written_cards(SAMPLE_ARRAYS, "basic")}
    # "Fruits" is the sheet's sample array: the answer means nothing unless the question names it,
    # as an array even where this command alone does not subscript it.
    assert fronts["In arrays, with the array Fruits, which command gives the last element?"] == 'echo "${Fruits[-1]}"'
    assert fronts["In arrays, with the array Fruits, which command gives the string length of the 1st element?"] == (
        'echo "${#Fruits}"'
    )
    # count+=1 increments only after the declaration the sheet shows beside it.
    assert fronts["In integers, after declare -i count, how do you increment count?"] == "count+=1"
    assert not any(front.endswith("how do you increment?") for front in fronts)


def test_a_variable_the_task_names_or_the_environment_owns_needs_no_context():
    markdown = (
        "## Maths\n```bash\n$((a + 200))      # Add 200 to $a\n$(($RANDOM%200))  # Random number 0..199\n"
        "for i in {1..5}; do echo $i; done  # Print the numbers 1 to 5\n"
        "x=5; echo $((x * 2))  # Double a number\n```\n"
    )
    facts = facts_of(markdown, "cheatsheets")
    # The task names $a, RANDOM is the shell's, and the loop and the assignment set their own.
    assert [f.fields["context"] for f in facts] == [{}, {}, {}, {}]


def test_options_share_the_answer_s_program_and_borrow_no_other_example_s_variables():
    facts = facts_of(SAMPLE_ARRAYS, "cheatsheets")
    cards = {f.cue: [c for c in render(f, facts, 0) if c.kind == "mcq"] for f in facts}
    # Three echoes of Fruits elsewhere would stand out beside a warning printed to stderr.
    assert cards['echo "$0: warning" >&2'] == []
    [last] = cards['echo "${Fruits[-1]}"']
    assert {option.split()[0] for option in last.choices} == {"echo"}
    # unset is the only command of its program: no options of other programs stand in.
    assert cards["unset Fruits[2]"] == []


@pytest.mark.parametrize(
    ("action", "read"),
    [
        ("start development server", "start a development server"),
        ("initialize project with package.json", "initialize a project with package.json"),
        ("print diagnostic message to stderr", "print a diagnostic message to stderr"),
        ("format code", "format code"),  # a mass noun takes no article
        ("install software", "install software"),
        ("delete dangling images", "delete dangling images"),
        ("download an image", "download an image"),
        ("remove one item", "remove one item"),
        ("read from file", "read from file"),
        ("add 200 to $a", "add 200 to $a"),
    ],
)
def test_a_clipped_comment_gets_its_article_in_a_full_question(action, read):
    assert _article_for_bare_object(action) == read


def test_a_command_made_of_the_lesson_s_own_choices_is_not_asked_from_its_task():
    markdown = (
        "## Tooling\n```bash\nnpm install --save-dev vite prettier eslint  # Install modern development tools\n"
        "npm run build TARGET  # Build the project for a target\n```\n"
    )
    fronts = [c.front for c in cards_of(markdown)]
    assert not any("install modern development tools" in front for front in fronts)
    assert any("build the project for a target" in front for front in fronts)  # a placeholder is no choice


def test_a_tool_named_by_an_everyday_word_keeps_its_topic():
    markdown = (
        "# Bash scripting\n\n## Options\n\n```bash\nset -o errexit  # Exit upon error\n"
        "set -o nounset  # Expose unset variables\nset -o pipefail  # Unveil hidden failures\n```\n"
    )
    fronts = {c.front for c in cards_of(markdown)}
    assert "In Bash, using set, how do you exit upon error?" in fronts


def test_a_comment_naming_only_where_from_is_not_an_answer():
    markdown = """# Bash
## Arrays

```bash
lines=(`cat "logfile"`)           # Read from file
Fruits=( "${Fruits[@]/Ap*/}" )    # Remove by regex match
unset Fruits[2]                   # Remove one item
cp -r src dest                    # Copy a directory with everything in it
```
"""
    reverse = {c.back for c in written_cards(markdown, "reverse")}
    # "Read from file" never says what is read, or into what: a learner's fuller answer is marked wrong.
    assert not reverse & {"Read from file", "Remove by regex match"}
    # A task with its object stays; so does a longer one whose "with" is no source or means.
    assert {"Remove one item", "Copy a directory with everything in it"} <= reverse


def test_a_comment_naming_an_index_by_a_letter_the_command_does_not_use_is_not_asked():
    markdown = """# Bash
## Arrays

```bash
echo "${#Fruits[3]}"          # String length of the Nth element
echo "${Fruits[N]}"           # Value of the Nth element
echo "${#Fruits}"             # String length of the 1st element
```
"""
    cards = cards_of(markdown)
    # N in the comment, 3 in the command: "the Nth element → ${#Fruits[3]}" has no fair answer.
    assert not [c for c in cards if "${#Fruits[3]}" in c.front + c.back]
    assert any("${Fruits[N]}" in c.front + c.back for c in cards)
    assert any("1st element" in c.front + c.back for c in cards)


def test_a_short_comment_that_spells_the_option_s_name_back_is_no_answer():
    markdown = (
        "# Bash scripting\n\n## Options\n\n```bash\nset -o pipefail  # Unveils hidden failures\n"
        "set -o nounset  # Exposes unset variables\nset -o noclobber  # Avoid overlay files\n"
        "shopt -s nocaseglob  # Case insensitive globs\n```\n"
    )
    reverse = {c.front: c.back for c in written_cards(markdown, "reverse")}
    # "pipefail" → "failures", "nounset" → "unset", "nocaseglob" → "case … globs": the name says it.
    assert not {"Unveils hidden failures", "Exposes unset variables", "Case insensitive globs"} & set(reverse.values())
    assert reverse["In Bash, what does set -o noclobber do?"] == "Avoid overlay files"  # the name hides it
    fronts = {c.front for c in written_cards(markdown, "basic")}
    assert "In Bash, how do you unveil hidden failures?" in fronts  # the command is still asked


@pytest.mark.parametrize(
    ("line", "asked_how"),
    [
        ("unset Fruits[2]  # Remove one item", False),  # 2 is the example's choice
        ('lines=(`cat "logfile"`)  # Read lines of a file into an array', False),
        ('echo "$0: warning: too many users" >&2  # Print a diagnostic message to stderr', False),
        ("docker run -p 8080:80 nginx  # Publish a port of a container", False),
        ("count+=1  # Increment a counter", True),  # 1 is the idiom, not a choice
        ('echo "${Fruits[-1]}"  # Print the last element of an array', True),
        ("$(($RANDOM%200))  # Random number 0..199", True),  # the question shows the numbers
        ("cmd 2>/dev/null  # Hide the errors of a command", True),  # a file descriptor
    ],
)
def test_a_command_holding_a_value_the_example_chose_is_asked_only_what_it_does(line, asked_how):
    markdown = f"# Bash\n\n## Examples\n\n```bash\n{line}\n```\n"
    kinds = {c.kind for c in cards_of(markdown)}
    assert ("basic" in kinds) is asked_how


def test_a_comment_s_backticks_are_markup_and_the_card_shows_code_bare():
    markdown = (
        "# Bash\n\n## Prefix name expansion\n\n```bash\n"
        "echo ${!prefix_*}  # All variables names starting with `prefix_`\n```\n"
    )
    cards = cards_of(markdown)
    assert cards and not any("`" in c.front + c.back for c in cards)
    assert any(c.front.endswith("which command gives all variables names starting with prefix_?") for c in cards)


def test_a_trailing_comment_describes_its_own_line_only():
    code = "list[i] = val\nlist[i:j] = other  # replace the ith to jth elements\ndel list[i:j]\n"
    assert _entries(code) == [
        ("", ["list[i] = val"]),
        ("replace the ith to jth elements", ["list[i:j] = other"]),
        ("", ["del list[i:j]"]),
    ]


def test_an_indented_comment_under_a_trailing_one_carries_it_on():
    code = "greet(1)  # raises TypeError at runtime,\n          # though a checker sees it\nnext()\n"
    assert _entries(code) == [
        ("raises TypeError at runtime, though a checker sees it", ["greet(1)"]),
        ("", ["next()"]),
    ]


def test_a_comment_above_still_describes_every_line_below_it():
    assert _entries("# Push\ngit push\ngit push origin\n") == [("Push", ["git push", "git push origin"])]


@pytest.mark.parametrize(
    "code",
    [
        "def greeting(name: str) -> str:\n    return 'Hello ' + name\ngreeting(name)  # will print 'Hello John'\n",
        "async def read(db):\n    data = await db.fetch()  # gives control back to the loop\n",
        "from functools import singledispatch\n\n@singledispatch  # entry point\nx = f(1)  # prints one\n",
        "for x in items:\n    show(x)  # shows each item\n",
        "run()  # starts it\n...  # the rest of the program\n",
    ],
)
def test_a_program_with_comments_is_no_cheat_block(code):
    assert _entries(code) == []


def test_one_line_python_entries_with_colons_are_still_a_cheat_block():
    code = "for i in range(4):     # 0 to 3\nlist[-1]   # returns the last element\n"
    assert ("returns the last element", ["list[-1]"]) in _entries(code)


@pytest.mark.parametrize(
    "comment",
    ["same, but raises IndexError", "instead of print 'bla'", "...this raises KeyError", "say it is False, then..."],
)
def test_a_comment_read_only_against_another_line_is_a_cross_reference(comment):
    assert comment_kind(comment) == "cross-reference"


def test_a_task_in_progress_is_no_cross_reference():
    assert comment_kind("Install the dependencies...") != "cross-reference"


@pytest.mark.parametrize(
    ("action", "read"),
    [
        ("return last element", "return the last element"),
        ("return and removes last element from the list", "return and remove the last element from the list"),
        ("switch to working branch", "switch to a working branch"),
        ("replace ith to jth element with otherlist", "replace ith to jth element with otherlist"),
        ("send local files to GitHub", "send local files to GitHub"),
        ("return all but the last element", "return all but the last element"),
    ],
)
def test_ordinals_take_the_and_a_second_verb_agrees(action, read):
    assert _article_for_bare_object(action) == read


def test_code_without_a_program_of_its_own_names_its_language():
    markdown = "# Python\n\n## Lists\n\n    list[-1]   # returns the last element\n    list.pop()  # removes it\n"
    fronts = [c.front for c in written_cards(markdown, "reverse")]
    assert fronts and all(f.startswith("In Python") for f in fronts)


def test_a_command_of_a_named_program_needs_no_language():
    markdown = "# Docker\n\n## Clean up\n\n```sh\ndocker container prune  # Delete stopped containers\n```\n"
    assert [c.front for c in written_cards(markdown, "reverse")] == ["What does docker container prune do?"]


def test_a_comment_showing_the_value_a_line_prints_asks_for_that_value():
    markdown = (
        "# Python\n\n## f-strings\n\n    x = 2\n    print(f'x is {x}')  # prints 'x is 2'\n"
        "    print(f'{2 * 7}')   # prints '14'\n"
    )
    cards = [c for c in cards_of(markdown) if "print(" in c.front or "print(" in c.back]
    # "x is 2" needs the example's x: no card; nobody asks "how do you print '14'?".
    assert [c.back for c in cards] == ["'14'"]
    assert cards[0].front.startswith("In ") and cards[0].front.endswith(", what does print(f'{2 * 7}') print?")


def test_a_comment_that_prints_something_described_is_no_value():
    markdown = '# Bash\n\n## Output\n\n```bash\necho "$0: warning" >&2  # print a diagnostic message to stderr\n```\n'
    [card] = cards_of(markdown)
    assert card.back == "Print a diagnostic message to stderr"


_METHOD_DOC = (
    "# Dictionary Methods\nPython has methods for dictionaries.\n\n"
    "## Clear Method\nThis method enables us to remove all elements of a dictionary.\n\n"
    "```py\ndic={'a':1,'b':2}\ndic.clear()\n#dic has now become {}\n```\n\n"
    "## Get Method\nIf we want to get the value of a specific key , then use the following method:-\n"
    "```py\na={'a':1,'b':2}\nb=a.get('a')\n#b is now 1\n```\n"
)


def test_a_method_section_asks_what_the_method_does_and_which_method_does_it():
    cards = {c.front: c.back for c in written_cards(_METHOD_DOC) if "dict." in c.front + c.back}
    assert cards["In Python, what does dict.clear() do?"] == "Removes all elements of the dictionary."
    assert cards["In Python, which dictionary method removes all elements of the dictionary?"] == "dict.clear()"
    assert cards["In Python, what does dict.get() do?"] == "Returns the value of a specific key."


@pytest.mark.parametrize(
    "paragraph",
    [
        "Though a dictionary b can be copied to c by following way:-",  # no task said
        "Use the following method:-",  # a hand-over without a task
        "This method is very useful.",  # a claim about the method, not its task
        "This method takes two arguments.",  # its signature
        "This method modifies the original dictionary.",  # a side effect many methods share
    ],
)
def test_a_method_section_without_a_plain_task_gives_no_card(paragraph):
    markdown = f"# Dictionary Methods\n\n## Get Method\n{paragraph}\n\n```py\na={{'a':1}}\nb=a.get('a')\n```\n"
    assert not [f for f in facts_of(markdown, "cheatsheets") if f.fields["kind"] == "method"]


def test_a_method_called_on_a_value_of_unknown_type_gives_no_card():
    # "obj.clear()" could be a list's, a set's or a dictionary's: the card could not name it.
    markdown = "# Methods\n\n## Clear Method\nThis method is used to remove all items.\n\n```py\nobj.clear()\n```\n"
    assert not facts_of(markdown, "cheatsheets")


def test_a_qualified_method_is_asked_only_what_it_does_with_its_condition():
    # "Which method returns the value of the key?" would be get() as well: only the reverse is fair.
    markdown = (
        "# Dictionary Methods\n\n## Setdefault Method\nThis method returns the value of the specified key. "
        "If the key does not exist: insert the key, with the specified value.:-\n\n"
        "```py\na={'c':1}\nb=a.setdefault('c',3)\n```\n"
    )
    assert [(c.front, c.back) for c in cards_of(markdown) if "setdefault" in c.front + c.back] == [
        (
            "In Python, what does dict.setdefault() do?",
            "Returns the value of the specified key. "
            "If the key does not exist, inserts the key, with the specified value.",
        )
    ]


def test_a_method_heading_in_code_and_a_javascript_array_method():
    markdown = (
        "# Lists\n\n## `list.append(x)`\nThe append() method adds an item to the end of the list.\n\n"
        "```python\nfruits = ['apple']\nfruits.append('kiwi')\n```\n\n"
        "## forEach method\nThis method executes a function once for each array element.\n\n"
        "```js\nlet a = [1, 2];\na.forEach(x => console.log(x));\n```\n"
    )
    cards = {
        c.front: c.back for c in written_cards(markdown) if c.front.startswith("In Python,") or "JavaScript" in c.front
    }
    assert cards["In Python, which list method adds an item to the end of the list?"] == "list.append()"
    assert (
        cards["In JavaScript, what does the array method forEach() do?"]
        == "Executes a function once for each array element."
    )


def test_a_function_the_example_defines_itself_gives_no_card():
    # "greet()" is the lesson's own function, not one of the language's to recall.
    markdown = (
        "# Functions\n\n## Greet function\nThis function prints a greeting.\n\n"
        "```python\ndef greet():\n    print('hi')\ngreet()\n```\n"
    )
    assert not facts_of(markdown, "cheatsheets")


_WAYS_DOC = (
    "# String Formatting\n\n## Formatted String Literals or f-strings\n"
    "If your are using Python 3.6+, string `f-strings` are the recommended way to format strings.\n\n"
    "```python\n>>> f'Hello {name}!'\n```\n\n"
    "## Template Strings\nA simpler and less powerful mechanism, but it is recommended when handling strings "
    "generated by users. Due to their reduced complexity template strings are a safer choice.\n\n"
    "```python\n>>> from string import Template\n>>> Template('Hey $name!').substitute(name=name)\n```\n"
)


def test_a_section_recommending_the_way_its_heading_names_asks_for_that_way():
    cards = {c.front: (c.back, c.explanation) for c in cards_of(_WAYS_DOC) if c.kind == "basic"}
    assert cards["In Python 3.6+, what is the recommended way to format strings?"][0] == (
        "f-strings (formatted string literals)"
    )
    assert cards["In Python string formatting, what is recommended when handling strings generated by users?"] == (
        "Template strings",
        "Due to their reduced complexity template strings are a safer choice.",
    )


def test_a_recommendation_that_does_not_name_the_heading_gives_no_card():
    # "it" alone might be anything the section spoke of before.
    markdown = (
        "# String Formatting\n\n## Template Strings\nIt is recommended when handling strings from users.\n\n"
        "```python\nTemplate('Hey $name!')\n```\n"
    )
    assert not facts_of(markdown, "cheatsheets")


def test_an_api_reference_line_under_a_method_heading_and_a_literal_receiver():
    markdown = (
        "# Python strings\n\n## `str.upper()`\nReturns a copy of the string with all the cased characters "
        "converted to uppercase.\n\n```python\n>>> 'hello'.upper()\n'HELLO'\n```\n"
    )
    cards = {c.front: c.back for c in written_cards(markdown) if "upper" in c.front + c.back}
    assert cards["In Python, what does str.upper() do?"].startswith("Returns a copy of the string")


def test_a_task_that_says_the_method_name_is_not_asked_for_the_method():
    # "Which string method splits the string …?" gives split() away; what split() does is still asked.
    markdown = (
        "# Python strings\n\n## `str.split()`\nSplits the string at the separator and returns a list of words.\n\n"
        "```python\n>>> 'a b'.split()\n```\n"
    )
    assert [c.front for c in cards_of(markdown) if "split" in c.front + c.back] == [
        "In Python, what does str.split() do?"
    ]


def test_a_section_about_one_shell_command():
    markdown = (
        "# Linux basics\n\n## The chmod command\nThis command is used to change the permissions of a file.\n\n"
        "```bash\nchmod +x script.sh\n```\n\n"
        "## Touch Command\nIf we want to create an empty file, then use the following command:\n\n"
        "```bash\n$ touch notes.txt\n```\n"
    )
    cards = {c.front: c.back for c in written_cards(markdown)}
    assert cards["What does the chmod command do?"] == "Changes the permissions of a file."
    assert cards["Which command creates an empty file?"] == "touch"


def test_a_command_section_whose_block_runs_other_programs_gives_no_card():
    # "cd project" then "ls": a walkthrough, not the one command the heading names.
    markdown = "# Linux\n\n## ls\nLists the files of a folder.\n\n```bash\ncd project\nls\n```\n"
    assert not [f for f in facts_of(markdown, "cheatsheets") if f.fields["kind"] == "method"]


def test_a_bare_function_is_asked_only_when_it_is_the_language_s_own():
    builtin = "# Python\n\n## `len()`\nReturns the number of items in a container.\n\n```python\nlen([1, 2])\n```\n"
    assert [c.back for c in written_cards(builtin) if c.front == "In Python, what does len() do?"] == [
        "Returns the number of items in a container."
    ]
    # "render()" called bare is the lesson's own function, defined somewhere else.
    own = "# App\n\n## The render() function\nThis function draws the page.\n\n```js\nrender();\n```\n"
    assert not facts_of(own, "cheatsheets")


def test_a_method_the_type_does_not_have_gives_no_card():
    # A dict has no .count(): the example's object is not what it seems, or the method is the lesson's.
    markdown = "# D\n\n## Count Method\nThis method counts the keys.\n\n```py\nd = {'a': 1}\nd.count()\n```\n"
    assert not facts_of(markdown, "cheatsheets")


def test_a_command_section_showing_a_subcommand_gives_no_card():
    # "Runs a container" is what `docker run` does, not the docker command.
    markdown = "# Docker\n\n## docker\nRuns a container from an image.\n\n```bash\ndocker run nginx\n```\n"
    assert not [f for f in facts_of(markdown, "cheatsheets") if f.fields["kind"] == "method"]


@pytest.mark.parametrize(
    ("sentence", "task"),
    [
        ("This method enables use to remove all elements of a dictionary.", "remove all elements of a dictionary"),
        ("This method is used to get a list of all values of dictionary.", "get a list of all values of dictionary"),
        (
            "If we ever want remove a key-value pair ,given the key , use following method:-",
            "remove a key-value pair, given the key",
        ),
        (
            "If we ever want to remove the last inserted key value pair directly ,then use the following method:-",
            "remove the last inserted key value pair",
        ),
        ("The append() method adds an item to the end of the list.", "add an item to the end of the list"),
        ("Here is an example:", None),
    ],
)
def test_what_a_sentence_says_a_method_does(sentence, task):
    assert _purpose(sentence, "append") == task


# --- A heading that names the task over its one command; a reference list of described commands.

TIPS = (
    "# Log and History\n\n"
    "## Show all tracked files\n```sh\ngit ls-files -t\n```\n\n---\n\n"
    "## Show all untracked files\n```sh\ngit ls-files --others\n```\n\n---\n\n"
    "## Changes staged for commit\n```sh\ngit diff --cached\n```\n**Alternatives:**\n```sh\ngit diff --staged\n```\n\n"
    "## Show helpful guides that come with Git\n```sh\ngit help -g\n```\n\n"
    "## Show both staged and unstaged changes\n```sh\ngit diff HEAD\n```\n"
)


def test_a_heading_names_the_task_of_the_one_command_under_it():
    fronts = {c.front: c.back for c in written_cards(TIPS) if c.kind == "basic"}
    assert fronts["Using git, how do you show all tracked files?"] == "git ls-files -t"
    # A plural noun and its participle are a thing the command gives, not "how do you change …".
    assert fronts["Using git, which command gives changes staged for commit?"] == "git diff --cached"
    staged = next(c for c in written_cards(TIPS) if c.kind == "basic" and c.back == "git diff --cached")
    assert staged.explanation == "Also: git diff --staged."  # the alternative answers too
    reverse = [c for c in written_cards(TIPS) if c.kind == "reverse" and "git help -g" in c.front]
    assert reverse and reverse[0].back == "Show helpful guides that come with Git"


def test_a_heading_over_a_block_with_more_than_one_command_or_its_own_comment_is_no_task():
    walkthrough = "# Setup\n\n## Install PostgreSQL\n```bash\nsudo apt update\nsudo apt install postgresql\n```\n"
    assert not facts_of(walkthrough, "cheatsheets")
    commented = "# Bash\n\n## Prefix name expansion\n\n```bash\necho ${!prefix_*}  # All variables names\n```\n"
    assert [f.fields["description"] for f in facts_of(commented, "cheatsheets")] == ["All variables names"]


def test_a_lead_in_that_hands_over_the_command_keeps_the_heading_as_the_task():
    markdown = (
        "# PostgreSQL Cheat-Sheet\n\n## Connecting\n\n### Connect to a local Postgres instance\n\n"
        "A local connection (from the database server) can be done by the following command:\n\n"
        "```sh\nsudo -u postgres psql\n```\n"
    )
    cards = [c for c in cards_of(markdown) if c.kind == "basic"]
    assert [c.back for c in cards] == ["sudo -u postgres psql"]
    assert "connect to a local Postgres instance" in cards[0].front


def test_a_purpose_lead_in_gives_the_task():
    markdown = (
        "# Git Cheat Sheet\n\n## Current status\n\n"
        "In order to check the current status of your local git repository, you need to use the following command:"
        "\n\n```bash\ngit status\n```\n\n## Branches\n\nTo do so, just run the following command:\n\n"
        "```bash\ngit branch -a\n```\n"
    )
    descriptions = [f.fields["description"] for f in facts_of(markdown, "cheatsheets")]
    # "To do so" points at a sentence the card cannot show: no task.
    assert descriptions == ["Check the current status of your local git repository"]


CONDITIONS = (
    "# Bash Conditional Expressions\n\n## File expressions\n\n"
    "* True if file exists and is a directory.\n\n```bash\n[[ -d ${file} ]]\n```\n\n"
    "* True if file exists and is a regular file.\n\n```bash\n[[ -f ${file} ]]\n```\n\n"
    "* True if file exists and is readable.\n\n```bash\n[[ -r ${file} ]]\n```\n\n"
    "* True if file exists and is writable.\n\n```bash\n[[ -w ${file} ]]\n```\n\n"
    "* True if file exists and is executable.\n\n```bash\n[[ -x ${file} ]]\n```\n"
)


def test_a_reference_list_pairs_each_description_with_the_command_under_it():
    facts = facts_of(CONDITIONS, "cheatsheets")
    assert [f.cue for f in facts] == [f"[[ -{flag} ${{file}} ]]" for flag in "dfrwx"]
    assert {f.fields["kind"] for f in facts} == {"condition"}


def test_a_test_is_asked_by_when_it_holds_and_offers_its_siblings():
    cards = cards_of(CONDITIONS)
    directory = [c for c in cards if c.back == "[[ -d ${file} ]]" or c.answer == "[[ -d ${file} ]]"]
    assert directory and all("true if file exists and is a directory?" in c.front for c in directory)
    choices = next((c.choices for c in directory if c.kind == "mcq"), [])
    assert not choices or set(choices) <= {f"[[ -{flag} ${{file}} ]]" for flag in "dfrwx"}


def test_two_descriptions_under_their_commands_are_not_yet_a_reference_list():
    markdown = (
        "# Bash\n\n## Files\n\n* True if file exists.\n\n```bash\n[[ -e ${file} ]]\n```\n\n"
        "* True if file is a directory.\n\n```bash\n[[ -d ${file} ]]\n```\n"
    )
    assert not facts_of(markdown, "cheatsheets")


def test_a_tutorial_showing_an_example_now_and_then_is_no_reference_list():
    markdown = (
        "# Redirection\n\n## STDERR\n\nSTDERR can be redirected using the 2> operator.\n\n"
        "```bash\nls --hello 2> error.txt\n```\n\n"
        "Of course, you can redirect both STDOUT and STDERR for the same command.\n\n"
        "```bash\n./install.sh > output.txt 2> error.txt\n```\n\n"
        "Both of them can be redirected to the same file as well.\n\n```bash\n./install.sh > all.txt 2>&1\n```\n\n"
        "Error messages in scripts can be undesirable sometimes, and hiding them is common in cron jobs.\n\n"
        "This is why redirection matters in long-running scripts.\n"
    )
    assert not facts_of(markdown, "cheatsheets")


DOCKER_SHEET = """# Docker Cheat Sheet

Docker runs applications in containers.

## Running a Container

```
docker run -it --name web -d nginx
```

## Removing all Stopped Containers

```
docker rm `docker ps -a -q`
```

## Running Processes

```
docker top web
```

## Logging configuration

```
docker info --format '{{.LoggingDriver}}'
```
"""


def test_a_gerund_heading_is_the_task_in_the_learners_words():
    cards = written_cards(DOCKER_SHEET)
    fronts = {c.front: c.back for c in cards if c.kind == "basic"}
    assert fronts["Using docker, how do you run a container?"] == "docker run -it --name web -d nginx"
    assert fronts["Using docker, how do you remove all stopped containers?"] == "docker rm `docker ps -a -q`"
    reverse = {c.front: c.back for c in cards if c.kind == "reverse"}
    assert reverse["What does docker rm `docker ps -a -q` do?"] == "Remove all stopped containers"
    # "Running Processes" are processes that run, and "Logging configuration" a thing: no task.
    assert not any("how do you run processes" in front or "how do you log" in front for front in fronts)


def test_a_drawing_in_a_code_block_is_no_command():
    markdown = (
        "# SQL\n\n```\n# inner join - rows that match in both\n L   L+R   R\n"
        "┌────┬───┬────┐\n│    │XXX│    │\n└────┴───┴────┘\n```\n"
    )
    assert not facts_of(markdown, "cheatsheets")


def test_a_shell_variable_is_no_placeholder_of_a_template():
    from quizzes.generation.code_blocks import is_template
    from quizzes.generation.parsing import parse

    block = parse("# Docker\n\n```\ndocker run -it -v ${PWD}:/data ubuntu:latest\n```\n").sections[-1].blocks[0]
    assert not is_template(block)
    block = parse("# Git\n\n```\n<type>[optional scope]: <description>\n```\n").sections[-1].blocks[0]
    assert is_template(block)


def test_the_comments_of_an_exercise_solution_lean_on_the_exercise():
    markdown = (
        "# Observability\n\n## Create a busybox pod that runs a loop printing the date. Check its logs\n\n"
        "```bash\nkubectl logs busybox -f # follow the logs\n```\n"
    )
    assert not facts_of(markdown, "cheatsheets")
    reasons = [s.reason for s in generate(markdown, deck="k").skipped]
    assert any("step of the exercise" in reason for reason in reasons)
