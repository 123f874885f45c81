from django.conf import settings
from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.authtoken.models import Token
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.exceptions import Throttled, ValidationError
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.views import APIView

from api.lockout import lockout_message
from api.serializers import AccountSerializer, CredentialsSerializer, RegisterSerializer, TokenSerializer
from api.throttles import RegisterThrottle, TokenThrottle
from api.tokens import token_issue, tokens_revoke
from api.views.common import errors
from quizzes.services.learners import learner_register


class RegisterView(APIView):
    permission_classes = [AllowAny]
    authentication_classes = []
    throttle_classes = [RegisterThrottle]

    @extend_schema(request=RegisterSerializer, responses={201: AccountSerializer, **errors(400, 409)}, auth=[])
    def post(self, request):
        """Create a learner account."""
        data = RegisterSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        learner = learner_register(**data.validated_data)
        return Response({"id": learner.user.pk, "username": learner.user.username}, status=status.HTTP_201_CREATED)


class TokenView(ObtainAuthToken):
    """POST logs in (no credentials needed, throttled by address); DELETE logs out (needs the token)."""

    # ObtainAuthToken brings its own parsers, the stock JSON one among them; ours bounds nesting.
    parser_classes = api_settings.DEFAULT_PARSER_CLASSES

    def _logging_in(self) -> bool:
        return getattr(self.request, "method", None) == "POST"  # no request while the schema is built

    def get_authenticators(self):
        return [] if self._logging_in() else super().get_authenticators()

    def get_permissions(self):
        return [AllowAny()] if self._logging_in() else [IsAuthenticated()]

    def get_throttles(self):
        return [TokenThrottle()] if self._logging_in() else super().get_throttles()

    @extend_schema(request=CredentialsSerializer, responses={200: TokenSerializer, **errors(400)}, auth=[])
    def post(self, request, *args, **kwargs):
        """Exchange a username and password for a fresh API token (send it as `Authorization: Token <token>`).

        Each login replaces the user's previous token. A token expires after API_TOKEN_TTL_DAYS
        (30 by default) and on a password change."""
        serializer = self.get_serializer(data=request.data)
        if not serializer.is_valid():
            if getattr(request, "axes_locked_out", False):  # set by django-axes' backend on this request
                raise Throttled(wait=settings.AXES_COOLOFF_TIME.total_seconds(), detail=lockout_message())
            raise ValidationError(serializer.errors)
        token = token_issue(user=serializer.validated_data["user"])
        return Response({"token": token.key})

    @extend_schema(request=None, responses={204: None, **errors(400)})
    def delete(self, request, *args, **kwargs):
        """Log out: the token in use (and any other of the user's) stops working."""
        if not isinstance(request.auth, Token):
            raise ValidationError("Not signed in with a token: send `Authorization: Token <token>`.")
        tokens_revoke(user=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


# The cheapest authenticated endpoint, also the benchmark's floor.
class PingView(APIView):
    @extend_schema(responses={200: {"type": "object", "properties": {"ok": {"type": "boolean"}}}, **errors()})
    def get(self, request):
        """Check a token: 200 with {"ok": true} when it is valid."""
        return Response({"ok": True})
