from django.conf import settings
from django.http import JsonResponse


class RequestSizeLimitMiddleware:
    """Refuse oversized API bodies before anything reads them (DRF parsers read the stream directly)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/api/"):
            try:
                length = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                return JsonResponse({"detail": "Invalid Content-Length header."}, status=400)
            limit = (
                settings.API_MAX_UPLOAD_BYTES if request.path.endswith("/documents/") else settings.API_MAX_BODY_BYTES
            )
            if length > limit:
                return JsonResponse({"detail": f"Request body too large: the limit is {limit:,} bytes."}, status=413)
        return self.get_response(request)
