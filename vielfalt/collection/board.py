"""The collection board's query: a forum's entries, filtered, with their counts."""

from django.db.models import Count, Q, QuerySet

from .models import Entry


def with_theme_counts(entries: QuerySet) -> QuerySet:
    """Annotate how many cross-cutting themes each entry has considered."""
    return entries.annotate(
        considered_count=Count("theme_notes", filter=Q(theme_notes__considered=True), distinct=True)
    )


def filtered_entries(forum, filters: dict, theme_count: int, with_kind: bool = True) -> QuerySet:
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
    considered_theme = Entry.objects.filter(
        theme_notes__theme=theme, theme_notes__considered=True
    ).values("pk")
    if theme is not None and state == "considered":
        entries = entries.filter(pk__in=considered_theme)
    elif theme is not None and state == "not_considered":
        entries = entries.exclude(pk__in=considered_theme)
    elif theme is not None:
        entries = entries.filter(theme_notes__theme=theme)
    elif state:
        # No theme chosen: every theme considered, or at least one not yet.
        entries = with_theme_counts(entries)
        if state == "considered":
            entries = entries.filter(considered_count__gte=theme_count)
        else:
            entries = entries.filter(considered_count__lt=theme_count)
    return entries


def kind_counts(forum, filters: dict, theme_count: int) -> dict[str, int]:
    """How many entries of each kind match the other filters (one query)."""
    rows = (
        filtered_entries(forum, filters, theme_count, with_kind=False)
        .order_by()
        .values("kind")
        .annotate(n=Count("pk", distinct=True))
    )
    counts = dict.fromkeys(Entry.Kind.values, 0)
    for row in rows:
        counts[row["kind"]] = row["n"]
    return counts


def board_page_entries(entries: QuerySet) -> QuerySet:
    """What a row of the board shows, in a constant number of queries."""
    if "considered_count" not in entries.query.annotations:
        entries = with_theme_counts(entries)
    return (
        entries.select_related("created_by")
        .prefetch_related("life_phases", "districts")
        .order_by("kind", "title", "pk")
    )
