from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.generics import RetrieveAPIView
from rest_framework.parsers import MultiPartParser
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.views import APIView

from api.serializers import DocumentUploadSerializer, ImportJobSerializer
from api.views.common import errors
from quizzes.models import ImportJob
from quizzes.services.import_jobs import import_job_enqueue


class DocumentUploadView(APIView):
    permission_classes = [IsAdminUser]
    parser_classes = [MultiPartParser]

    @extend_schema(
        request={"multipart/form-data": DocumentUploadSerializer},
        responses={202: ImportJobSerializer, **errors(400, 403, 413)},
    )
    def post(self, request):
        """Staff: queue a file (Markdown, Anki `.apkg`, `.csv`/`.tsv`) for import into a deck (created if
        new). Answers 202 at once; poll `Location` (documents/imports/{id}/) for progress and the report."""
        data = DocumentUploadSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        upload = data.validated_data["file"]
        job = import_job_enqueue(
            deck_slug=data.validated_data["deck"],
            title=data.validated_data.get("title"),
            content=upload.read(),
            source_name=upload.name,
            user=request.user,
            dry_run=data.validated_data["dry_run"],
        )
        location = reverse("import-detail", kwargs={"pk": job.pk}, request=request)
        return Response(ImportJobSerializer(job).data, status=status.HTTP_202_ACCEPTED, headers={"Location": location})


@extend_schema(responses={200: ImportJobSerializer, **errors(403, 404)})
class ImportJobView(RetrieveAPIView):
    """Staff: an import's status, progress and, once done, its report."""

    permission_classes = [IsAdminUser]
    serializer_class = ImportJobSerializer
    queryset = ImportJob.objects.select_related("created_by").defer("content")
