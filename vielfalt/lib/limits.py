"""Rate limits whose counters cannot be flushed.

The counters live in a table of their own (``LimitCounter``), one row per key
with the times of the recent hits, changed under a row lock: parallel requests
cannot pass a limit together, and filling the cache cannot erase a counter.
A limit is a sliding window: at most ``amount`` hits in the last ``seconds``.
"""

from __future__ import annotations

import hashlib
import random
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db import transaction

from .models import LimitCounter


@dataclass(frozen=True)
class Limit:
    key: str
    amount: int
    seconds: float


@dataclass
class Usage:
    """The hits one ``consume`` recorded, so that they can be taken back."""

    hits: list[tuple[str, float]] = field(default_factory=list)

    def rollback(self) -> None:
        for key, timestamp in self.hits:
            with transaction.atomic():
                row = LimitCounter.objects.select_for_update().filter(key=key).first()
                if row is not None and timestamp in row.hits:
                    row.hits = [hit for hit in row.hits if hit != timestamp]
                    row.save(update_fields=["hits"])


def hashed(*parts: str) -> str:
    """A key part that does not store e-mail addresses or IPs in clear text."""
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:40]


def consume(*limits: Limit) -> tuple[Usage | None, Limit | None]:
    """Record one hit on every limit, or on none of them.

    Returns ``(usage, None)`` when all limits allow the hit, and
    ``(None, limit)`` with the first limit that refused it otherwise.
    """
    now = time.time()
    usage = Usage()
    if not limits:
        return usage, None
    with transaction.atomic():
        # Create missing rows, then lock all of them in a fixed order (no deadlocks).
        keys = sorted({limit.key for limit in limits})
        LimitCounter.objects.bulk_create(
            [LimitCounter(key=key) for key in keys], ignore_conflicts=True
        )
        rows = {
            row.key: row
            for row in LimitCounter.objects.select_for_update().filter(key__in=keys).order_by("key")
        }
        for limit in limits:
            row = rows[limit.key]
            row.hits = [hit for hit in row.hits if hit > now - limit.seconds]
            if len(row.hits) >= limit.amount:
                refused = limit
                break
        else:
            refused = None
        if refused is not None:
            return None, refused
        for limit in limits:
            row = rows[limit.key]
            row.hits.append(now)
            row.expires = max(row.expires, now + limit.seconds)
            row.save(update_fields=["hits", "expires"])
            usage.hits.append((limit.key, now))
    if random.random() < 0.01:  # noqa: S311 – housekeeping, not security
        purge_expired()
    return usage, None


def count(limit: Limit) -> int:
    """How many hits the limit holds now (without recording one)."""
    row = LimitCounter.objects.filter(key=limit.key).first()
    if row is None:
        return 0
    now = time.time()
    return sum(1 for hit in row.hits if hit > now - limit.seconds)


def is_reached(limit: Limit) -> bool:
    return count(limit) >= limit.amount


def clear(*keys: str) -> None:
    LimitCounter.objects.filter(key__in=keys).delete()


def purge_expired() -> int:
    """Delete the counters whose every hit is older than its window."""
    deleted, _ = LimitCounter.objects.filter(expires__lt=time.time()).delete()
    return deleted


@contextmanager
def lock(key: str) -> Iterator[None]:
    """Hold a row lock named ``key`` until the block ends (a mutex across
    workers, e.g. for "create unless one exists"). Opens a transaction."""
    with transaction.atomic():
        LimitCounter.objects.bulk_create([LimitCounter(key=key)], ignore_conflicts=True)
        LimitCounter.objects.select_for_update().filter(key=key).first()
        yield
