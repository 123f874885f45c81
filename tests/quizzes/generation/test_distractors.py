from quizzes.generation.facts import mcq
from quizzes.generation.writing.distractors import (
    fits_as_well,
    genus_of,
    honest_distractors,
    is_kin,
    members_said,
    shape,
)
from tests.quizzes.generation.helpers import cards_of, written_cards


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


def test_a_genus_the_document_fills_with_the_answer_is_no_distractor():
    markdown = (
        "# Containers\n\n## Terms\n\n"
        "A **container engine** is a piece of software that accepts user requests and runs containers. "
        "Popular container engines include Docker, Podman and LXD.\n\n"
        "A **hypervisor** is a piece of software that creates and runs virtual machines.\n\n"
        "A **virtual machine** is a computer file that behaves like another computer within a host.\n\n"
        "A **container image** is a read-only template with instructions for creating a container.\n\n"
        "A **volume** is a directory outside the container's writable layer kept between its runs.\n\n"
        "The **Docker Engine** is an open source containerization technology for building applications.\n"
    )
    [card] = [c for c in written_cards(markdown, "mcq") if c.answer == "Docker Engine"]
    assert "Container engine" not in card.choices and len(card.choices) == 4
    [engine] = [c for c in written_cards(markdown, "mcq") if c.answer.lower() == "container engine"]
    assert "Docker Engine" not in engine.choices, "Docker is a container engine: a true answer"


def test_a_term_is_not_offered_beside_its_own_kind():
    answer = {"term": "Containerization", "definition": "a form of OS-level virtualization through which apps run"}
    option = {"term": "Virtualization", "definition": "the creation of a virtual version of something"}
    assert is_kin(answer, option) and is_kin(option, answer)
    unrelated = {"term": "Hypervisor", "definition": "a piece of software that creates and runs virtual machines"}
    vm = {"term": "virtual machine", "definition": "a computer file that behaves like another computer"}
    assert not is_kin(vm, unrelated), "a gloss naming the other term is no kinship"


def test_the_genus_of_a_gloss_is_its_head_noun_phrase():
    assert genus_of("a form of OS-level virtualization through which applications are packaged") == (
        "OS-level virtualization"
    )
    assert genus_of("a piece of software that creates and runs virtual machines") == "software"
    assert genus_of("a computer file, typically called an image") == "computer file"
    assert genus_of("used to delete rows") == ""


def test_members_are_read_from_an_including_sentence_not_from_its_asides():
    said = members_said("container engine", ["Popular container engines include Docker and LXD (Linux Containers)."])
    assert said == ["Docker and LXD (Linux Containers)."]
    container = {"term": "container", "definition": "a standard unit of software"}
    engine = {"term": "container engine", "definition": "a piece of software", "members": said}
    assert not is_kin(engine, container), "'Linux Containers' is an aside, no member"


def test_a_gloss_another_term_says_all_of_is_asked_one_way_only():
    markdown = (
        "# Sorting\n\n## Algorithms\n\n"
        "**Bubble sort** is a simple sorting algorithm that repeatedly steps through the list of items.\n\n"
        "**Cocktail shaker sort** is a simple sorting algorithm that repeatedly steps through the list of items "
        "in both directions.\n\n"
        "**Heapsort** is a comparison-based sorting algorithm that builds a binary heap from the input.\n\n"
        "**Radix sort** is a non-comparative sorting algorithm that distributes keys into buckets by digit.\n\n"
        "**Counting sort** is an integer sorting algorithm that counts the objects having each distinct key.\n"
    )
    cards = written_cards(markdown)
    bubble = [c.kind for c in cards if c.back == "Bubble sort" or c.answer == "Bubble sort"]
    assert bubble == [], "cocktail shaker sort fits 'a simple sorting algorithm that repeatedly steps …' too"
    assert any(c.kind in ("reverse", "mcq") and c.answer in ("", "Cocktail shaker sort") for c in cards)


def test_a_gloss_fits_another_only_when_the_other_says_all_of_it():
    assert fits_as_well("an algorithm for traversing graphs", "an algorithm for traversing graphs depth first")
    assert not fits_as_well("an algorithm for traversing graphs level by level", "an algorithm for traversing graphs")
    assert not fits_as_well("the average precision over queries", "the average reciprocal rank over queries")


def test_options_are_the_same_kind_of_thing_as_the_answer():
    markdown = (
        "# Networking\n\n## Protocols\n\n"
        "- **TCP**: a connection-oriented protocol that delivers data reliably and in order.\n"
        "- **UDP**: a connectionless protocol that offers faster delivery without the reliability of TCP.\n\n"
        "## Port numbers\n\n"
        "- **Well-Known Ports**: reserved for standard services like HTTP and FTP.\n"
        "- **Registered Ports**: used by applications that are officially registered.\n"
        "- **Dynamic Ports**: available for temporary or private use by applications.\n"
    )
    mcqs = {c.answer: c.choices for c in cards_of(markdown, "mcq")}
    # Two protocols make no four options, and port ranges are no protocols.
    assert "UDP" not in mcqs and "TCP" not in mcqs
    for choices in mcqs.values():
        assert not {"TCP", "UDP"} & set(choices)


def test_terms_of_one_list_stay_options_for_each_other():
    markdown = (
        "# Trees\n\n## Common terms\n\n"
        "- **Neighbor**: parent or child of a node.\n"
        "- **Ancestor**: a node reachable by traversing its parent chain.\n"
        "- **Descendant**: a node reachable by traversing its children chain.\n"
        "- **Degree**: number of children of a node.\n"
        "- **Distance**: number of edges along the shortest path between two nodes.\n\n"
        "## Techniques\n\n### Recursion\n\n"
        "**Recursion** is the most common approach for traversing trees.\n"
    )
    mcqs = {c.answer: c.choices for c in written_cards(markdown, "mcq")}
    assert "Recursion" not in mcqs, "tree terms are no approaches"
    assert mcqs and all("Recursion" not in choices for choices in mcqs.values())


def test_a_glossary_offers_techniques_for_a_technique_and_commands_for_a_command():
    markdown = (
        "# Glossary of Database Terms\n\n"
        "1. **Database**: An organized collection of structured data.\n"
        "2. **Table**: A structure with rows and columns for storing data.\n"
        "3. **Sharding**: The process of splitting a large database into smaller, more manageable pieces.\n"
        "4. **ROLLBACK**: A command that undoes changes made in the current transaction.\n"
        "5. **ORDER BY**: A clause that sorts the result set by one or more columns.\n"
        "6. **Normalization**: A method for organizing data in a database to reduce redundancy.\n"
        "7. **Indexing**: A technique for speeding up queries by building a lookup structure.\n"
        "8. **Replication**: The process of copying data from one database server to another.\n"
        "9. **Foreign Key**: A column that refers to the primary key of another table.\n"
        "10. **Primary Key**: A unique identifier for each row in a table.\n"
    )
    choices = {c.answer: set(c.choices) for c in written_cards(markdown, "mcq")}
    assert choices["Sharding"] == {"Sharding", "Normalization", "Indexing", "Replication"}
    # Things stay options for things: a glossary's nouns are one kind however their heads differ.
    assert {"ROLLBACK", "ORDER BY", "Sharding"}.isdisjoint(choices["Table"])


def test_a_conjunct_of_the_answer_is_no_distractor_but_a_longer_name_is():
    from quizzes.generation.writing.distractors import honest_distractors

    pool = ["Polymorphism", "Encapsulation", "Abstraction", "Composition", "Aggregation"]
    assert "Polymorphism" not in honest_distractors("Polymorphism and inheritance", pool, "k", count=4)
    assert "Container" in honest_distractors("Container runtime", ["Container", "Engine", "Image", "Pod"], "k")
