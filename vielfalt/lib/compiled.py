"""A queryset's SQL built once per process, then sent with new values.

Building and compiling a small queryset costs the ORM 0.5–1.5 ms, sending its
SQL to PostgreSQL about 0.15 ms (bench/README.md, "Where the time goes"). The
one query that a cached public page runs on every request (is the thing
public, and which rendering of it is current) is therefore compiled once.
The queryset stays the definition (``Forum.objects.public()`` and so on).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import connection
from django.db.models import QuerySet


class CompiledQuery:
    """``build(*placeholders)`` returns the queryset; each placeholder (a value
    no query would hold, e.g. -1 for an id) must equal one of its parameters, and ``row(*values)`` sends the
    SQL with the values in their places. The row comes as the database driver
    returns it (no field conversion: fine for cache keys, not for models)."""

    def __init__(self, build: Callable[..., QuerySet[Any]], *placeholders: object) -> None:
        self.build = build
        self.placeholders = placeholders
        self.compiled: tuple[str, list[object], list[int]] | None = None
        self.model: Any = None

    def compile(self) -> tuple[str, list[object], list[int]]:
        queryset = self.build(*self.placeholders)
        self.model = queryset.model
        sql, params = queryset.query.sql_with_params()
        params = list(params)
        positions = []
        for placeholder in self.placeholders:
            found = [i for i, param in enumerate(params) if param == placeholder]
            if len(found) != 1:
                raise ValueError(f"{placeholder!r} is {len(found)} times among {params!r}")
            positions.append(found[0])
        return sql, params, positions

    def row(self, *values: object) -> tuple[Any, ...] | None:
        with connection.cursor() as cursor:
            cursor.execute(*self._sql(values))
            return cursor.fetchone()

    def rows(self, *values: object) -> list[tuple[Any, ...]]:
        with connection.cursor() as cursor:
            cursor.execute(*self._sql(values))
            return cursor.fetchall()

    def instances(self, *values: object) -> list[Any]:
        """The queryset's model instances, for a queryset of a model's rows (no
        select_related, no values()): the rows become instances as the ORM makes them
        (``QuerySet.raw``, with the database's converters, e.g. SQLite's dates)."""
        sql, params = self._sql(values)
        return list(self.model.objects.raw(sql, params))

    def _sql(self, values: tuple[object, ...]) -> tuple[str, list[object]]:
        if self.compiled is None:
            self.compiled = self.compile()
        sql, params, positions = self.compiled
        sent = list(params)
        for position, value in zip(positions, values, strict=True):
            sent[position] = value
        return sql, sent
