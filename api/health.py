from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_GET
from redis import Redis

from config.celery import app as celery_app
from config.redis_fail_open import redis_available


def _database_ok():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except Exception:
        return False


def _redis_ok():
    timeout = settings.REDIS_TIMEOUT
    client = Redis.from_url(settings.REDIS_URL, socket_timeout=timeout, socket_connect_timeout=timeout)
    try:
        return redis_available(client.ping)
    finally:
        client.close()


def _file_broker_ok():
    try:
        with celery_app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
        return True
    except Exception:
        return False


@require_GET
def healthz(request):
    """Liveness for load balancers: 503 only without the database.

    Redis (broker, cache, throttle) down is "degraded" with a 200: the API keeps answering without
    it, so taking the web process out of rotation would turn a slower service into none.
    """
    checks = {"database": _database_ok()}
    if settings.REDIS_URL:
        checks["redis"] = checks["broker"] = _redis_ok()
    else:
        checks["broker"] = _file_broker_ok()
    if not checks["database"]:
        overall, status = "down", 503
    else:
        overall, status = ("ok", 200) if all(checks.values()) else ("degraded", 200)
    return JsonResponse({"status": overall, **{k: "ok" if v else "down" for k, v in checks.items()}}, status=status)
