"""Domain errors raised by services; each interface turns them into its own reply."""


class RecallError(Exception):
    """Base for errors a user caused and can fix; the message is shown to them."""


class InvalidInput(RecallError):
    """`field`, when given, names the input at fault, so the API can answer errors.<field>."""

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.field = field


class NotFound(RecallError):
    pass


class Conflict(RecallError):
    pass


class KeyReused(RecallError):
    """An idempotency key sent again with a different request: not a retry, so not replayed."""

    def __init__(self, message: str, *, first):
        super().__init__(message)
        self.first = first  # the ReviewLog the key recorded
