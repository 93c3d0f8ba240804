"""Bulk writes and deletes for the generator: COPY on PostgreSQL, raw deletes, statistics."""

from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar, cast

from django.db import connection, models
from django.db.models import Model

M = TypeVar("M", bound=Model)


def through_bulk(field: Any, pairs: list[tuple[int, int]], batch_size: int) -> None:
    """Insert many (offering id, target id) rows into an M2M through table."""
    through = field.remote_field.through
    source = through._meta.get_field(field.m2m_field_name()).column
    target = through._meta.get_field(field.m2m_reverse_field_name()).column
    if connection.vendor == "postgresql":
        copy_rows(through._meta.db_table, [source, target], pairs)
    else:
        through.objects.bulk_create(
            [through(**{source: a, target: b}) for a, b in pairs], batch_size=batch_size
        )


def copy_rows(table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """PostgreSQL COPY: several times faster than INSERT for many rows."""
    with connection.cursor() as cursor:
        names = ", ".join(connection.ops.quote_name(column) for column in columns)
        with cursor.cursor.copy(
            f"COPY {connection.ops.quote_name(table)} ({names}) FROM STDIN"
        ) as copy:
            for row in rows:
                copy.write_row(row)


def insert_rows(model: type[M], objects: list[M], batch_size: int) -> None:
    """bulk_create, or on PostgreSQL ids from the sequence and then COPY."""
    if connection.vendor != "postgresql":
        model._default_manager.bulk_create(objects, batch_size=batch_size)
        return
    table = model._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
            [table, len(objects)],
        )
        for obj, (pk,) in zip(objects, cursor.fetchall(), strict=True):
            obj.pk = pk
    fields = model._meta.concrete_fields
    copy_rows(
        table,
        [cast(str, field.column) for field in fields],  # concrete fields have a column
        (
            [field.get_db_prep_save(field.pre_save(obj, True), connection) for field in fields]
            for obj in objects
        ),
    )


def update_statistics(*models: type[Model], vacuum: bool) -> None:
    """Tell PostgreSQL's planner about the new rows; without it, it plans for an empty table.

    VACUUM also clears the row versions the search-index UPDATE left behind;
    it cannot run inside a transaction, so there only ANALYZE runs.
    """
    if connection.vendor != "postgresql":
        return
    tables: list[str] = []
    for model in models:
        tables.append(model._meta.db_table)
        tables += [
            through._meta.db_table
            for field in model._meta.local_many_to_many
            if (through := field.remote_field.through) is not None  # set once models are ready
        ]
    command = "VACUUM (ANALYZE)" if vacuum else "ANALYZE"
    with connection.cursor() as cursor:
        cursor.execute(f"{command} {', '.join(map(connection.ops.quote_name, tables))}")


def refresh_in_parallel(refresh: Callable[[list[int]], Any], ids: list[int], workers: int) -> None:
    """Refresh the search index in threads, each with its own connection.

    Only for committed rows: other connections do not see an open transaction.
    """

    def work(chunk: list[int]) -> None:
        try:
            with connection.cursor() as cursor:
                cursor.execute("SET jit = off")  # see generate()
            refresh(chunk)
        finally:
            connection.close()

    size = -(-len(ids) // workers)
    chunks = [ids[start : start + size] for start in range(0, len(ids), size)]
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(work, chunks))


def delete_in_bulk(queryset: models.QuerySet[Any]) -> int:
    """Delete by subquery, without fetching each row and sending its signals.

    The plain ORM delete loads every row and sends post_delete for each, which
    takes minutes for 100,000 offerings. Relation rows (M2M through tables and
    cascading foreign keys) go first; any other kind of reference (SET_NULL,
    PROTECT, ...) makes it fall back to the ORM delete, which knows those rules.
    """
    model = queryset.model
    pks = queryset.values("pk")
    references = [
        field
        for field in model._meta.get_fields(include_hidden=True)
        if field.auto_created and not field.concrete and (field.one_to_many or field.one_to_one)
    ]
    if any(field.on_delete is not models.CASCADE for field in references):
        return queryset.delete()[1].get(model._meta.label, 0)
    for field in references:
        related = field.related_model._base_manager.filter(**{f"{field.field.name}__in": pks})
        if field.related_model._meta.auto_created:
            related._raw_delete(related.db)
        else:
            related.delete()
    count = queryset.count()
    queryset._raw_delete(queryset.db)
    return count
