from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import ProtectedError
from rest_framework import status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from quizzes.errors import Conflict, InvalidInput, KeyReused, NotFound, RecallError

_STATUS = {
    InvalidInput: status.HTTP_400_BAD_REQUEST,
    NotFound: status.HTTP_404_NOT_FOUND,
    Conflict: status.HTTP_409_CONFLICT,
    KeyReused: status.HTTP_422_UNPROCESSABLE_ENTITY,
}


def _first_message(errors, path=()) -> str:
    """The first problem in DRF's nested error structure, prefixed by where it is."""
    if isinstance(errors, dict):
        for key, value in errors.items():
            where = path if key in ("non_field_errors", "detail") else (*path, str(key))
            return _first_message(value, where)
    if isinstance(errors, list) and errors:
        return _first_message(errors[0], path)
    prefix = ".".join(path)
    return f"{prefix}: {errors}" if prefix else str(errors)


def exception_handler(exc, context):
    """One error shape for the whole API: {"detail": "..."} plus {"errors": {...}} for invalid fields."""
    if isinstance(exc, RecallError):
        code = next((s for cls, s in _STATUS.items() if isinstance(exc, cls)), status.HTTP_400_BAD_REQUEST)
        body = {"detail": str(exc)}
        if getattr(exc, "field", None):
            body["errors"] = {exc.field: [str(exc)]}
        return Response(body, status=code)
    if isinstance(exc, ProtectedError):
        # A path that skipped the services' own check still must not erase review history.
        return Response({"detail": "Learners' review history depends on it; retire it instead."}, status=409)
    if isinstance(exc, DjangoValidationError):
        return Response({"detail": " ".join(exc.messages)}, status=status.HTTP_400_BAD_REQUEST)
    response = drf_exception_handler(exc, context)
    if response is not None and isinstance(exc, ValidationError):
        response.data = {"detail": _first_message(response.data), "errors": response.data}
    return response
