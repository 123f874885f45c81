"""Domain errors raised by services; each interface turns them into its own reply."""


class RecallError(Exception):
    """Base for errors a user caused and can fix; the message is shown to them."""


class InvalidInput(RecallError):
    pass


class NotFound(RecallError):
    pass


class Conflict(RecallError):
    pass
