"""Versions of data that workers keep copies of in memory (``DataVersion`` rows).

``get(key)`` is one indexed read of a tiny table; ``bump(key)`` one UPDATE
(an INSERT the first time). Unlike a cache entry, a version cannot be
culled or flushed, so a worker never keeps answering from an old copy.
"""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.db.models import BigIntegerField, F, Subquery, Value
from django.db.models.functions import Coalesce

from .compiled import CompiledQuery
from .models import DataVersion

# Asked on most public requests: its SQL is built once (lib/compiled.py).
_number = CompiledQuery(
    lambda key: DataVersion.objects.filter(key=key).values_list("number")[:1], "<version key>"
)


def get(key: str) -> int:
    """The current number of ``key`` (0 when it never changed)."""
    row = _number.row(key)
    return row[0] if row else 0


def number(key: str) -> Coalesce:
    """``get(key)`` as an expression, to read a version in the same query as other data."""
    row = DataVersion.objects.filter(key=key).values("number")[:1]
    return Coalesce(Subquery(row), Value(0), output_field=BigIntegerField())


def bump(key: str) -> None:
    """Count one change of ``key``."""
    if DataVersion.objects.filter(key=key).update(number=F("number") + 1):
        return
    try:
        with transaction.atomic():
            DataVersion.objects.create(key=key, number=1)
    except IntegrityError:  # another process created it in the meantime
        DataVersion.objects.filter(key=key).update(number=F("number") + 1)
