"""What `/` and `/api/v1/` answer: where to go next, for a person or a client."""

from django.http import JsonResponse
from django.urls import reverse
from django.views.decorators.http import require_GET
from drf_spectacular.utils import extend_schema
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from api.serializers import ApiIndexSerializer


def links(request) -> dict:
    def url(name):
        return request.build_absolute_uri(reverse(name))

    return {
        "name": "Recall",
        "description": "Question banks from documents, taught with spaced repetition.",
        "api": url("api-root"),
        "docs": url("docs"),
        "schema": url("schema"),
        "admin": url("admin:index"),
        "health": url("healthz"),
    }


@require_GET
def site_root(request):
    """The site's front door: links to the API, its documentation and the admin."""
    return JsonResponse(links(request))


class ApiRootView(APIView):
    permission_classes = [AllowAny]
    authentication_classes = []

    @extend_schema(responses={200: ApiIndexSerializer}, auth=[])
    def get(self, request):
        """Links to the documentation (Swagger UI), the OpenAPI schema, the admin and the health check."""
        return Response(links(request))
