from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.authtoken.models import Token
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from api.serializers import AccountSerializer, CredentialsSerializer, RegisterSerializer, TokenSerializer
from api.throttles import RegisterThrottle, TokenThrottle
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
    throttle_classes = [TokenThrottle]
    authentication_classes = []

    @extend_schema(request=CredentialsSerializer, responses={200: TokenSerializer, **errors(400)}, auth=[])
    def post(self, request, *args, **kwargs):
        """Exchange a username and password for an API token (send it as `Authorization: Token <token>`)."""
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        token, _ = Token.objects.get_or_create(user=serializer.validated_data["user"])
        return Response({"token": token.key})


# The cheapest authenticated endpoint, also the benchmark's floor.
class PingView(APIView):
    @extend_schema(responses={200: {"type": "object", "properties": {"ok": {"type": "boolean"}}}, **errors()})
    def get(self, request):
        """Check a token: 200 with {"ok": true} when it is valid."""
        return Response({"ok": True})
