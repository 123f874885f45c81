import time
from functools import lru_cache

from django.conf import settings
from limits import RateLimitItemPerSecond
from limits.storage import storage_from_string
from limits.strategies import SlidingWindowCounterRateLimiter
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

from api.client_address import client_address
from config.redis_fail_open import fail_open


@lru_cache(maxsize=1)
def limiter() -> SlidingWindowCounterRateLimiter:
    if not settings.REDIS_URL:
        return SlidingWindowCounterRateLimiter(storage_from_string("memory://"))
    timeout = settings.REDIS_TIMEOUT
    storage = storage_from_string(settings.REDIS_URL, socket_timeout=timeout, socket_connect_timeout=timeout)
    return SlidingWindowCounterRateLimiter(storage)


class LearnerRateThrottle(UserRateThrottle):
    """Per user, as DRF's, but counted with `limits`' sliding window counter: one constant-cost
    Redis call per request. DRF's own keeps a timestamp per request for the whole window (up to
    6,000 at the default rate) and reads and rewrites that list on every request."""

    def allow_request(self, request, view) -> bool:
        if self.rate is None:
            return True
        key = self.get_cache_key(request, view)
        if key is None:
            return True
        self.item = RateLimitItemPerSecond(self.num_requests, self.duration)
        self.key = key
        # Without Redis nobody is counted, so everybody is let through (see config.redis_fail_open).
        return fail_open(lambda: limiter().hit(self.item, key), True)

    def wait(self) -> float:
        """Seconds until the window has room again, for the Retry-After header."""
        reset_time = fail_open(lambda: limiter().get_window_stats(self.item, self.key).reset_time, None)
        return 1.0 if reset_time is None else max(0.0, reset_time - time.time())


class ByClientAddress(AnonRateThrottle):
    def get_ident(self, request) -> str:
        return client_address(request)


class RegisterThrottle(ByClientAddress):
    """By client address: account creation is the cheapest thing to abuse."""

    scope = "register"


class TokenThrottle(ByClientAddress):
    """By client address, stricter than normal traffic: it guards against password guessing."""

    scope = "token"
