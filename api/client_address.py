"""Who is asking: the address the throttles and the login lockout count attempts by."""

from django.conf import settings


def client_address(request) -> str:
    """REMOTE_ADDR, or the address our own proxies put in X-Forwarded-For.

    Each of NUM_PROXIES proxies in front of us appends the address it saw, so the client is that
    many entries from the right; anything further left was written by the client and proves
    nothing. With no proxies (the default) the header is ignored: trusting it let anyone reset
    the login and sign-up limits by sending a new address each time.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR")
    if not settings.NUM_PROXIES or not forwarded:
        return remote
    hops = [hop.strip() for hop in forwarded.split(",")]
    return hops[-min(settings.NUM_PROXIES, len(hops))] or remote
