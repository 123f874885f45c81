"""What a locked-out login sees (django-axes): a clear message and when to try again."""

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils.html import escape


def lockout_message() -> str:
    minutes = max(1, round(settings.AXES_COOLOFF_TIME.total_seconds() / 60))
    return (
        f"Too many failed logins for this account from your address: locked for {minutes} minutes. "
        "Try again later, or ask an administrator to unlock it."
    )


def lockout_response(request, original_response=None, credentials=None):
    """429 with Retry-After: JSON on the API, a short page in the admin."""
    message = lockout_message()
    if request.path.startswith("/api/"):
        response = JsonResponse({"detail": message}, status=429)
    else:
        page = f"<!doctype html><title>Locked out</title><h1>Locked out</h1><p>{escape(message)}</p>"
        response = HttpResponse(page, status=429)
    response["Retry-After"] = str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    return response
