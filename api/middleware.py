from django.conf import settings
from django.http import HttpResponse, JsonResponse


class RequestSizeLimitMiddleware:
    """Refuse an oversized body from its Content-Length, before anything reads it.

    Django's DATA_UPLOAD_MAX_MEMORY_SIZE leaves file parts out, and DRF's parsers read the stream
    directly, so without this a 1 GB "document" would be read (to a temporary file) before any
    form or serializer got to say it is over 2 MB. The server never reads past Content-Length,
    so checking the header bounds what a client can make us read.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return self._refuse(request, "Invalid Content-Length header.", 400)
        limit = self._limit(request.path)
        if length > limit:
            return self._refuse(request, f"Request body too large: the limit is {limit:,} bytes.", 413)
        return self.get_response(request)

    @staticmethod
    def _limit(path: str) -> int:
        if path.startswith("/api/"):
            return settings.API_MAX_UPLOAD_BYTES if path.endswith("/documents/") else settings.API_MAX_BODY_BYTES
        return settings.MAX_REQUEST_BODY_BYTES  # the admin (its document upload included), the webhook

    @staticmethod
    def _refuse(request, message: str, status: int):
        if request.path.startswith("/api/") or request.path.startswith("/telegram/"):
            return JsonResponse({"detail": message}, status=status)
        return HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")
