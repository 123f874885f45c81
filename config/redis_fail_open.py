"""Redis is an accelerator here (throttle counters, the cache), never the source of truth.

When it is down or frozen the API must keep answering: every call to it has a short socket
timeout, a failure counts as "no data" (a throttle allows, a cache misses), and a breaker skips
Redis for a few seconds after a failure so a frozen server costs one timeout per cooldown per
process rather than one per request. It closes by itself: the first call after the cooldown
tries Redis again.
"""

import functools
import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger("recall.redis")

# What an unreachable or frozen server raises; anything else (a bad command) is a bug to surface.
UNAVAILABLE = (RedisConnectionError, RedisTimeoutError, OSError)


class Breaker:
    """Open for `cooldown` seconds after a failure: callers skip Redis and take their fallback."""

    def __init__(self, cooldown: float = 5.0):
        self.cooldown = cooldown
        self._open_until = 0.0
        self._lock = threading.Lock()

    @property
    def is_open(self) -> bool:
        return time.monotonic() < self._open_until

    def trip(self, exc: Exception) -> None:
        with self._lock:
            if not self.is_open:
                logger.warning("Redis unavailable (%s); failing open for %.0fs", exc.__class__.__name__, self.cooldown)
            self._open_until = time.monotonic() + self.cooldown

    def reset(self) -> None:
        self._open_until = 0.0


breaker = Breaker()


def fail_open(call, fallback):
    """call(), or `fallback` when Redis is unavailable (now, or within the breaker's cooldown)."""
    if breaker.is_open:
        return fallback
    try:
        return call()
    except UNAVAILABLE as exc:
        breaker.trip(exc)
        return fallback


def redis_available(client_call) -> bool:
    """Whether one round trip succeeds, ignoring the breaker (health checks want the truth)."""
    try:
        client_call()
    except UNAVAILABLE:
        return False
    breaker.reset()
    return True


def _falls_back_to(fallback):
    def decorate(method):
        @functools.wraps(method)
        def wrapper(*args, **kwargs):
            return fail_open(lambda: method(*args, **kwargs), fallback)

        return wrapper

    return decorate


class FailOpenRedisCache(RedisCache):
    """Django's Redis cache, where an unavailable server reads as a miss and writes are dropped."""

    def get(self, key, default=None, version=None):
        return fail_open(lambda: super(FailOpenRedisCache, self).get(key, default, version), default)

    add = _falls_back_to(False)(RedisCache.add)
    set = _falls_back_to(None)(RedisCache.set)
    touch = _falls_back_to(False)(RedisCache.touch)
    delete = _falls_back_to(False)(RedisCache.delete)
    get_many = _falls_back_to({})(RedisCache.get_many)
    has_key = _falls_back_to(False)(RedisCache.has_key)
    set_many = _falls_back_to([])(RedisCache.set_many)
    delete_many = _falls_back_to(None)(RedisCache.delete_many)
    clear = _falls_back_to(False)(RedisCache.clear)
