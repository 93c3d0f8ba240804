"""A small per-client limit on how often the public join form may be sent.

Kept in the shared cache so that it holds across worker processes.
"""

from django.conf import settings
from django.core.cache import cache

DEFAULT_LIMIT = 5
WINDOW_SECONDS = 60 * 60


def client_ip(request):
    """The client's address. Behind the one trusted proxy (SECURE_PROXY_SSL_HEADER set),
    the last X-Forwarded-For entry is the one that proxy added; earlier ones can be forged."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None) and forwarded.strip():
        return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def _key(request):
    return f"process:join:{client_ip(request)}"


def join_limit_reached(request):
    limit = getattr(settings, "JOIN_RATE_LIMIT", DEFAULT_LIMIT)
    return (cache.get(_key(request)) or 0) >= limit


def count_join(request):
    """Count one submission; the window starts with the first one."""
    key = _key(request)
    if not cache.add(key, 1, WINDOW_SECONDS):
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, WINDOW_SECONDS)
