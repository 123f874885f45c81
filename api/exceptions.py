from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from quizzes.errors import Conflict, InvalidInput, NotFound, RecallError

_STATUS = {
    InvalidInput: status.HTTP_400_BAD_REQUEST,
    NotFound: status.HTTP_404_NOT_FOUND,
    Conflict: status.HTTP_409_CONFLICT,
}


def exception_handler(exc, context):
    """DRF's handler, plus domain errors from services as 4xx JSON."""
    if isinstance(exc, RecallError):
        code = next((s for cls, s in _STATUS.items() if isinstance(exc, cls)), status.HTTP_400_BAD_REQUEST)
        return Response({"detail": str(exc)}, status=code)
    if isinstance(exc, DjangoValidationError):
        return Response({"detail": exc.messages}, status=status.HTTP_400_BAD_REQUEST)
    return drf_exception_handler(exc, context)
