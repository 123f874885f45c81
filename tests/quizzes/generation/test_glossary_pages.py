"""Glossary pages by other authors: headings in Title Case over common nouns, a product's own
words, an acronym the page spells out, and glosses that open with a noun and its clause."""

from tests.quizzes.generation.helpers import cards_of, written_cards

BUILD_TOOL_GLOSSARY = (
    "# Glossary\n\n"
    "Terms you will meet when working with Zorbo, the build system.\n\n"
    "### Project\n\nThe unit of code on which a task can be run. Zorbo keeps a set of "
    "[projects](#project) in each [workspace](#workspace).\n\n"
    "### Plugin\n\nA set of executors and generators that extends Zorbo. Zorbo loads "
    "[plugins](#plugin) from the package manager.\n\n"
    "### Root-Level Project\n\nA project that has its own root folder at the root of the repository.\n\n"
    "### Standalone Repository\n\nA repository with a single application at the root level.\n\n"
    "### Zorbo Cloud\n\nThe product that Zorbo provides for running tasks in CI.\n\n"
    "### Workspace\n\nA git repository. A Zorbo workspace is a git repository using Zorbo.\n\n"
    "### Executor\n\nA script that performs some action on the code. Zorbo runs executors for each target.\n"
)


def test_title_cased_headings_over_common_nouns_are_asked_as_common_nouns():
    fronts = {c.front for c in cards_of(BUILD_TOOL_GLOSSARY, "basic")}
    # a link in small letters is running prose: "[plugins](#plugin)" writes the word small
    assert "In Zorbo, what is a plugin?" in fronts, fronts
    # a Title Case heading naming a kind of what its gloss opens with ("A repository with …")
    assert "In Zorbo, what is a standalone repository?" in fronts, fronts
    assert "In Zorbo, what is a root-level project?" in fronts, fronts


def test_a_product_named_by_its_brand_takes_no_article_and_its_parts_take_one():
    fronts = {c.front for c in cards_of(BUILD_TOOL_GLOSSARY, "basic")}
    assert "What is Zorbo Cloud?" in fronts, fronts  # not "the Zorbo Cloud"
    assert "What is a Zorbo workspace?" in fronts, fronts  # one of many, not "the Zorbo workspace"


def test_a_name_spelt_letter_by_letter_takes_an():
    from quizzes.generation.writing.grammar import with_article

    assert with_article("Nx workspace") == "an Nx workspace"
    assert with_article("Mr Smith") == "a Mr Smith"
    assert with_article("Zorbo workspace") == "a Zorbo workspace"


LEGAL_GLOSSARY = (
    "# Glossary\n\n"
    "Here are some words you'll see when you're making your lasting power of attorney (LPA).\n\n"
    "**Applicant**\n\nThe applicant is the person who applies to register the LPA.\n\n"
    "**Attorney**\n\nAttorneys are people the donor appoints in their LPA to make decisions on their behalf.\n\n"
    "**Donor**\n\nThe donor is the person making the LPA.\n\n"
    "**Lasting power of attorney (LPA)**\n\nAn LPA is a legal document that allows the donor to choose "
    "other people to make decisions on their behalf. An LPA must be registered by the Office of the "
    "Public Guardian (OPG) before it can be used.\n\n"
    "**Office of the Public Guardian (OPG)**\n\nOPG is the agency that registers LPAs.\n\n"
    "**Mental capacity**\n\nMental capacity means the ability to make a decision.\n\n"
    "Donors can cancel their LPAs. Attorneys sign each LPA.\n"
)


def test_a_glossary_titled_by_its_kind_takes_the_subject_its_opening_spells_out():
    cards = {c.front: c.back for c in cards_of(LEGAL_GLOSSARY, "basic")}
    assert "In a lasting power of attorney, what is an applicant?" in cards, cards
    # the acronym the document spells out is asked with its words
    assert "What is a lasting power of attorney (LPA)?" in cards, cards
    assert "What is the Office of the Public Guardian (OPG)?" in cards, cards
    # never the topic in front of its own acronym
    assert not any(f.startswith("In a lasting power of attorney") and "LPA" in f for f in cards)


def test_a_gloss_opening_with_a_noun_and_its_clause_is_no_instruction():
    cards = {c.front: c.back for c in cards_of(LEGAL_GLOSSARY)}
    texts = " ".join([*cards, *cards.values()])
    assert "peoples" not in texts.lower() and "attorney people" not in texts, cards
    assert any(back.startswith("People the donor appoints") for back in cards.values()), cards


def test_a_term_asked_back_by_what_its_gloss_means_reads_which_term():
    fronts = [c.front for c in written_cards(LEGAL_GLOSSARY, "reverse")]
    assert not any(f.startswith(("What means", "In a lasting power of attorney, what means")) for f in fronts), fronts


_PUMP_GLOSSARY = (
    "# Glossary\n\n"
    "<b>OpenAPS</b> - an open-source artificial pancreas system built from commercial pumps and sensors\n\n"
    "<b>Bolus</b> - extra insulin given by a pump, usually to correct for a high BG or for carbohydrates\n\n"
    "<b>DIA</b> - duration of insulin action, or how long the insulin is active in your body\n\n"
    "<b>ISF</b> - insulin sensitivity factor, the amount of insulin that drops your BG by a certain amount\n\n"
    "Most pumps count bolus activity only; an OpenAPS rig also counts adjusted basal rates. Every OpenAPS "
    "rig reads the pump, and OpenAPS loops run on small computers. OpenAPS documents its algorithm, "
    "and OpenAPS users share their settings.\n"
)


def test_a_short_acronym_and_a_capitalised_entry_the_prose_writes_small_name_the_pages_subject():
    # "What is DIA?" is a defence agency to most readers; "What are bolus?" read "Bolus" as a plural
    # name. The page keeps naming OpenAPS: whose jargon it is.
    fronts = [c.front for c in cards_of(_PUMP_GLOSSARY)]
    assert "In OpenAPS, what is DIA?" in fronts
    assert any(f.startswith("In OpenAPS, what is") and f.endswith("bolus?") for f in fronts), fronts


def test_an_acronym_the_page_counts_in_the_plural_is_no_subject_of_its_glossary():
    # the Julia Pkg glossary named "UUID" 7 times and "UUIDs" 3: "In UUID, what is a registry?"
    markdown = (
        "# Glossary\n\n"
        "**Registry:** a source tree recording metadata about a registered set of packages, which Julia reads.\n\n"
        "**Project:** a source tree whose project file names its UUID and the UUIDs of its dependencies.\n\n"
        "**Package:** a project with a UUID, which Julia loads by its UUID. A UUID is unique; Julia code "
        "asks for UUIDs, and every UUID maps to one package. Julia keeps each UUID in the manifest, "
        "and Julia compares UUIDs when it resolves versions. The UUID of an application is optional.\n"
    )
    assert not any(c.front.startswith("In UUID") for c in cards_of(markdown))
