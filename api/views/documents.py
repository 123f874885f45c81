from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.parsers import MultiPartParser
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response
from rest_framework.views import APIView

from api.serializers import DocumentUploadSerializer, ImportReportSerializer
from api.views.common import errors
from quizzes.services.documents import document_import


class DocumentUploadView(APIView):
    permission_classes = [IsAdminUser]
    parser_classes = [MultiPartParser]

    @extend_schema(
        request={"multipart/form-data": DocumentUploadSerializer},
        responses={201: ImportReportSerializer, 200: ImportReportSerializer, **errors(400, 403, 413)},
    )
    def post(self, request):
        """Staff: import a Markdown document into a deck (created if new). 200 for a dry run."""
        data = DocumentUploadSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        upload = data.validated_data["file"]
        report = document_import(
            deck_slug=data.validated_data["deck"],
            title=data.validated_data.get("title"),
            content=upload.read(),
            source_name=upload.name,
            user=request.user,
            dry_run=data.validated_data["dry_run"],
        )
        code = status.HTTP_200_OK if report.dry_run else status.HTTP_201_CREATED
        return Response(ImportReportSerializer(report).data, status=code)
