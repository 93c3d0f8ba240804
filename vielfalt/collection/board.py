"""The collection board's query: a forum's entries, filtered, with their counts.

Nothing here aggregates over the whole forum per row: the filters are plain
joins or ``pk IN (subquery)``, the page is a LIMIT over an index-friendly
ordering, and how many themes each entry considered is counted for the
page's entries only (``attach_theme_counts``).
"""

from typing import Any

from django.db.models import Count, Q, QuerySet

from .models import CrossCuttingNote, Entry


def with_theme_counts(entries: QuerySet[Entry]) -> QuerySet[Entry]:
    """Annotate how many cross-cutting themes each entry has considered."""
    return entries.annotate(
        considered_count=Count("theme_notes", filter=Q(theme_notes__considered=True), distinct=True)
    )


def _fully_considered(theme_count: int) -> QuerySet[Any, Any]:
    """Ids of the entries that considered every theme."""
    return (
        CrossCuttingNote.objects.filter(considered=True)
        .order_by()
        .values("entry")
        .annotate(n=Count("pk"))
        .filter(n__gte=theme_count)
        .values("entry")
    )


def filtered_entries(
    forum: Any, filters: dict[str, Any], theme_count: int, with_kind: bool = True
) -> QuerySet[Entry]:
    """The forum's entries matching ``filters`` (see BoardFilterForm)."""
    entries = Entry.objects.filter(forum=forum)
    if with_kind and filters.get("kind"):
        entries = entries.filter(kind=filters["kind"])
    if filters.get("phase"):
        entries = entries.filter(life_phases=filters["phase"])
    if filters.get("district"):
        entries = entries.filter(districts=filters["district"])
    if filters.get("status"):
        entries = entries.filter(kind=Entry.Kind.APPROACH, status=filters["status"])
    theme, state = filters.get("theme"), filters.get("theme_state")
    if theme is not None:
        considered = CrossCuttingNote.objects.filter(theme=theme, considered=True).values("entry")
        if state == "considered":
            entries = entries.filter(pk__in=considered)
        elif state == "not_considered":
            entries = entries.exclude(pk__in=considered)
        else:
            entries = entries.filter(
                pk__in=CrossCuttingNote.objects.filter(theme=theme).values("entry")
            )
    elif state == "considered":
        # No theme chosen: every theme considered, or at least one not yet.
        entries = entries.filter(pk__in=_fully_considered(theme_count))
    elif state == "not_considered":
        entries = entries.exclude(pk__in=_fully_considered(theme_count))
    return entries


def kind_counts(forum: Any, filters: dict[str, Any], theme_count: int) -> dict[str, int]:
    """How many entries of each kind match the other filters (one query)."""
    rows = (
        filtered_entries(forum, filters, theme_count, with_kind=False)
        .order_by()
        .values("kind")
        .annotate(n=Count("pk"))
    )
    counts = dict.fromkeys(Entry.Kind.values, 0)
    for row in rows:
        counts[row["kind"]] = row["n"]
    return counts


def board_page_entries(entries: QuerySet[Entry]) -> QuerySet[Entry]:
    """What a row of the board shows, in a constant number of queries."""
    return (
        entries.select_related("created_by")
        .prefetch_related("life_phases", "districts")
        .order_by("kind", "title", "pk")
    )


def attach_theme_counts(entries: list[Entry]) -> None:
    """Set ``considered_count`` on each of ``entries`` (one query)."""
    counts = dict(
        CrossCuttingNote.objects.filter(entry__in=entries, considered=True)
        .order_by()
        .values("entry")
        .annotate(n=Count("pk"))
        .values_list("entry", "n")
    )
    for entry in entries:
        entry.considered_count = counts.get(entry.pk, 0)  # type: ignore[attr-defined]
