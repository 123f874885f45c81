from quizzes.management.commands.import_deck import Command as ImportDeck


class Command(ImportDeck):
    """The older name of import_deck, kept so existing scripts go on working."""
