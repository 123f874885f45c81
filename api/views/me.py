from django.conf import settings
from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

from api.serializers import LearnerSettingsSerializer, TelegramLinkSerializer
from api.views.common import errors, learner_of
from quizzes.services.learners import learner_update_settings, telegram_link_create


class MeView(APIView):
    @extend_schema(responses={200: LearnerSettingsSerializer, **errors()})
    def get(self, request):
        """Your settings: reminder time and zone, daily new-card limit, reminders on or off."""
        return Response(LearnerSettingsSerializer(learner_of(request)).data)

    @extend_schema(request=LearnerSettingsSerializer, responses={200: LearnerSettingsSerializer, **errors(400)})
    def patch(self, request):
        """Change any of your settings."""
        learner = learner_of(request)
        data = LearnerSettingsSerializer(learner, data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        learner = learner_update_settings(learner=learner, **data.validated_data)
        return Response(LearnerSettingsSerializer(learner).data)


class TelegramLinkView(APIView):
    @extend_schema(request=None, responses={201: TelegramLinkSerializer, **errors()})
    def post(self, request):
        """A one-time deep link (valid for an hour) that links your Telegram chat to this account."""
        learner = learner_of(request)
        token = telegram_link_create(learner=learner)
        url = f"https://t.me/{settings.TELEGRAM_BOT_USERNAME}?start={token}"
        return Response({"url": url, "expires_at": learner.link_token_expires_at}, status=status.HTTP_201_CREATED)
