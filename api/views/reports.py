from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from api.views.common import errors, learner_of
from quizzes.models import CardReport
from quizzes.services.card_reports import MAX_NOTE, card_report


class CardReportInputSerializer(serializers.Serializer):
    reason = serializers.ChoiceField(choices=CardReport.Reason.choices)
    note = serializers.CharField(required=False, allow_blank=True, max_length=MAX_NOTE, default="")


class CardReportSerializer(serializers.ModelSerializer):
    card = serializers.IntegerField(source="card_id", read_only=True)
    resolved = serializers.SerializerMethodField()

    class Meta:
        model = CardReport
        fields = ["id", "card", "reason", "note", "created_at", "resolved"]

    def get_resolved(self, report) -> bool:
        return report.resolved_at is not None


class CardReportView(APIView):
    @extend_schema(
        request=CardReportInputSerializer,
        responses={201: CardReportSerializer, 200: CardReportSerializer, **errors(400, 404)},
    )
    def post(self, request, pk):
        """Report a wrong, unclear or mistyped card you can study; reporting it again updates your open report."""
        data = CardReportInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        report, created = card_report(learner=learner_of(request), card_id=pk, **data.validated_data)
        return Response(
            CardReportSerializer(report).data, status=status.HTTP_201_CREATED if created else status.HTTP_200_OK
        )
