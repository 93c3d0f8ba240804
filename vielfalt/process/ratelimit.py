"""A per-client limit on how often the public join form may be sent, and the
lock that keeps one open request per address.

The counters live in ``vielfalt.lib.limits`` (a table, not the cache), so
that they hold across worker processes, under parallel requests, and when
the cache is full.
"""

from __future__ import annotations

from contextlib import AbstractContextManager

from django.conf import settings
from django.http import HttpRequest

from vielfalt.lib.client_ip import client_ip, limit_ip
from vielfalt.lib.limits import Limit, consume, hashed, is_reached, lock

__all__ = ["address_lock", "client_ip", "consume_join", "join_limit_reached", "mail_allowed"]

DEFAULT_LIMIT = 5
WINDOW_SECONDS = 60 * 60
# At most one confirmation mail per address in this time.
MAIL_INTERVAL_SECONDS = 15 * 60


def _limit(request: HttpRequest) -> Limit:
    amount = getattr(settings, "JOIN_RATE_LIMIT", DEFAULT_LIMIT)
    return Limit("process:join:" + hashed(limit_ip(request)), amount, WINDOW_SECONDS)


def join_limit_reached(request: HttpRequest) -> bool:
    """True when this client used up its submissions (does not count one)."""
    return is_reached(_limit(request))


def consume_join(request: HttpRequest) -> bool:
    """Count one submission; False (and nothing counted) when the limit holds.
    Atomic: of parallel submissions only as many pass as the limit allows."""
    usage, _refused = consume(_limit(request))
    return usage is not None


def count_join(request: HttpRequest) -> None:
    consume_join(request)


def address_lock(email: str) -> AbstractContextManager[None]:
    """Serialise joins for one address (create the request unless one is open)."""
    return lock("process:join-address:" + hashed(email.strip().lower()))


def mail_allowed(email: str) -> bool:
    """Count one confirmation mail to the address; False when one went out recently."""
    limit = Limit("process:join-mail:" + hashed(email.strip().lower()), 1, MAIL_INTERVAL_SECONDS)
    return consume(limit)[0] is not None
