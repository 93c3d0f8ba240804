"""The coordinators' overview of every forum's collection, and the forum pages' sections."""

from dataclasses import dataclass, field

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, OuterRef, Q, Subquery
from django.shortcuts import render
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext

from vielfalt.forums.models import Forum
from vielfalt.forums.sections import Part
from vielfalt.meetings.models import ActionItem, Meeting

from .board import with_theme_counts
from .forms import municipality_themes
from .models import Entry


@dataclass
class ForumSummary:
    forum: Forum
    by_kind: dict[str, int] = field(default_factory=dict)
    by_status: list[tuple[str, str, int]] = field(default_factory=list)
    needs_without_approach: list[Entry] = field(default_factory=list)
    needs_with_gaps: list[Entry] = field(default_factory=list)
    open_items: list[ActionItem] = field(default_factory=list)
    last_meeting: Meeting | None = None


def forum_summaries() -> list[ForumSummary]:
    """Per forum (closed ones left out): counts, needs without an approach, needs
    where a cross-cutting theme was not considered, the open action items and the
    last meeting. Seven queries, however many rows."""
    now = timezone.now()
    last_meeting = Meeting.objects.filter(forum=OuterRef("pk")).past(now).values("pk")[:1]
    forums = list(
        Forum.objects.exclude(status=Forum.Status.CLOSED)
        .annotate(last_meeting_id=Subquery(last_meeting))
        .order_by("position", "name")
    )
    summaries = {forum.pk: ForumSummary(forum) for forum in forums}
    counts: dict[int, dict[tuple[str, str], int]] = {pk: {} for pk in summaries}
    for row in (
        Entry.objects.filter(forum__in=forums)
        .order_by()
        .values("forum", "kind", "status")
        .annotate(n=Count("pk"))
    ):
        counts[row["forum"]][(row["kind"], row["status"])] = row["n"]
    for pk, summary in summaries.items():
        summary.by_kind = {
            kind: sum(n for (k, _s), n in counts[pk].items() if k == kind)
            for kind in Entry.Kind.values
        }
        summary.by_status = [
            (status, label, counts[pk].get((Entry.Kind.APPROACH, status), 0))
            for status, label in Entry.Status.choices
        ]
    for need in (
        Entry.objects.needs_without_approach()
        .filter(forum__in=forums)
        .order_by("forum", "title")
        .only("pk", "title", "forum_id")
    ):
        summaries[need.forum_id].needs_without_approach.append(need)
    theme_count = municipality_themes().count()
    for need in (
        with_theme_counts(Entry.objects.needs().filter(forum__in=forums))
        .filter(considered_count__lt=theme_count)
        .order_by("forum", "title")
        .only("pk", "title", "forum_id")
    ):
        need.missing_count = theme_count - need.considered_count
        summaries[need.forum_id].needs_with_gaps.append(need)
    meetings = Meeting.objects.select_related("forum").in_bulk(
        [f.last_meeting_id for f in forums if f.last_meeting_id]
    )
    for forum in forums:
        summaries[forum.pk].last_meeting = meetings.get(forum.last_meeting_id)
    for item in (
        ActionItem.objects.open()
        .filter(meeting__forum__in=forums)
        .select_related("meeting__forum", "responsible")
        .order_by("meeting__forum", "due_on", "pk")
    ):
        summaries[item.meeting.forum_id].open_items.append(item)
    return list(summaries.values())


@login_required
def coordination_overview(request):
    if not request.user.has_perm("collection.view_overview"):
        raise PermissionDenied
    return render(
        request,
        "collection/overview.html",
        {
            "summaries": forum_summaries(),
            "statuses": Entry.Status.choices,
            "today": timezone.localdate(),
        },
    )


def public_section(request, forum) -> Part | None:
    """The forum page: its published needs and approaches, with their status.

    A forum may have published hundreds; their lists are written here as HTML
    (every value escaped) rather than by a loop in the template, which took most
    of the 25 ms that a forum's page cost when a worker rendered it first
    (bench/load.py with bench/reports.py's 5,000 needs and 2,000 approaches)."""
    rows = list(
        Entry.objects.published()
        .filter(forum=forum, kind__in=[Entry.Kind.NEED, Entry.Kind.APPROACH])
        .order_by("kind", "title")
        .values_list("kind", "title", "description", "status", "progress")
    )
    if not rows:
        return None
    needs, approaches = [], []
    labels = {status.value: escape(status.label) for status in Entry.Status}
    for kind, title, description, status, progress in rows:
        item = [f"<li><strong>{escape(title)}</strong>"]
        if kind == Entry.Kind.APPROACH:
            item.append(f" – {labels.get(status, escape(status))}")
            if status != Entry.Status.DISCARDED:
                label = gettext("Fortschritt: %(title)s") % {"title": escape(title)}
                item.append(
                    f', <progress max="100" value="{progress}" aria-label="{label}">'
                    f"{progress} %</progress> {progress} %"
                )
        if description:
            # As the truncatewords filter: at most 40 words, joined by spaces.
            shown = Truncator(description).words(40, truncate=" …")
            item.append(f"<div>{escape(shown)}</div>")
        item.append("</li>")
        (approaches if kind == Entry.Kind.APPROACH else needs).append("".join(item))
    # Every value above is escaped.
    return Part(
        "collection/public_section.html",
        {
            "needs": mark_safe("".join(needs)),  # noqa: S308
            "approaches": mark_safe("".join(approaches)),  # noqa: S308
        },
    )


def workspace_section(request, forum) -> Part | None:
    """The workspace's overview: how much the collection holds, a link to the board."""
    counts = Entry.objects.filter(forum=forum).aggregate(
        **{kind: Count("pk", filter=Q(kind=kind)) for kind in Entry.Kind.values}
    )
    return Part(
        "collection/workspace_section.html",
        {"forum": forum, "counts": [(label, counts[k]) for k, label in Entry.Kind.choices]},
    )
