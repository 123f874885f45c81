from drf_spectacular.utils import OpenApiResponse

from api.serializers import ErrorSerializer
from quizzes.services.learners import learner_for_user


def learner_of(request):
    """The learner behind the request, looked up once per request."""
    if not hasattr(request, "_learner"):
        request._learner = learner_for_user(request.user)
    return request._learner


def errors(*codes: int) -> dict:
    """OpenAPI descriptions for the error bodies an endpoint can return; every one is {"detail": ...}."""
    text = {
        400: "Invalid input",
        401: "Not authenticated",
        403: "Not allowed",
        404: "Not found",
        409: "Conflict",
        413: "Body too large",
        415: "Unsupported media type: send JSON",
        422: "Idempotency-Key already used with a different request",
        429: "Throttled",
    }
    return {code: OpenApiResponse(ErrorSerializer, description=text[code]) for code in (401, 415, 429, *codes)}
