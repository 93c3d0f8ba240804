"""What has happened: figures for the coordinators' progress page and the
public list of approaches ("Was ist passiert?")."""

from datetime import date, timedelta

from django.db.models import Count, Max, OuterRef, Q, Subquery
from django.db.models.functions import TruncMonth
from django.utils import timezone

from vielfalt.collection.models import ApproachUpdate, Entry
from vielfalt.events.models import Event
from vielfalt.forums.models import Forum, ForumMembership
from vielfalt.offerings.models import Offering
from vielfalt.surveys.models import Survey

MONTHS = 12


def month_starts(today: date, count: int = MONTHS) -> list[date]:
    first = today.replace(day=1)
    months = []
    for _i in range(count):
        months.append(first)
        first = (first - timedelta(days=1)).replace(day=1)
    return list(reversed(months))


def members_over_time(forums: list[Forum], today: date) -> tuple[list[date], list[tuple]]:
    """Members of each forum at the end of each of the last twelve months (by
    the day they joined; memberships that ended are no longer stored)."""
    months = month_starts(today)
    joined: dict[int, dict[date, int]] = {forum.pk: {} for forum in forums}
    before: dict[int, int] = {forum.pk: 0 for forum in forums}
    rows = (
        ForumMembership.objects.filter(forum__in=forums)
        .annotate(month=TruncMonth("joined_on"))
        .values("forum", "month")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for row in rows:
        month = row["month"]
        if month < months[0]:
            before[row["forum"]] += row["n"]
        else:
            joined[row["forum"]][month] = joined[row["forum"]].get(month, 0) + row["n"]
    series = []
    for forum in forums:
        total, values = before[forum.pk], []
        for month in months:
            total += joined[forum.pk].get(month, 0)
            values.append(total)
        series.append((forum, values))
    return months, series


def event_attendance(now=None):
    return list(
        Event.objects.past(now)
        .annotate(
            confirmed=Count("registrations", filter=Q(registrations__status="confirmed")),
            attended_count=Count("registrations", filter=Q(registrations__attended=True)),
        )
        .order_by("-starts_at")[:12]
    )


def survey_response_rates():
    surveys = list(Survey.objects.with_counts().order_by("-created")[:12])
    for survey in surveys:
        survey.rate = (
            round(100 * survey.submitted_count / survey.invitation_count)
            if survey.invitation_count
            else None
        )
    return surveys


def approaches_by_status(forums: list[Forum]) -> list[tuple]:
    counts = dict(
        Entry.objects.approaches()
        .filter(forum__in=forums)
        .values_list("status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return [(status, status.label, counts.get(status.value, 0)) for status in Entry.Status]


def recently_confirmed(today: date) -> dict:
    spans = [30, 90, 365]
    # Only the longest span is read (an index range, see Offering.Meta.indexes).
    counts = (
        Offering.objects.exclude(status=Offering.Status.ENDED)
        .filter(last_confirmed__gte=today - timedelta(days=max(spans)))
        .aggregate(
            **{
                # Counting a column of the index: an index-only scan.
                f"days_{days}": Count(
                    "last_confirmed", filter=Q(last_confirmed__gte=today - timedelta(days=days))
                )
                for days in spans
            }
        )
    )
    latest = list(
        Offering.objects.exclude(status=Offering.Status.ENDED)
        .select_related("organisation")
        .order_by("-last_confirmed", "name")[:10]
    )
    return {"spans": [(days, counts[f"days_{days}"]) for days in spans], "latest": latest}


def published_approaches_by_forum() -> list[dict]:
    """Per public forum its published approaches, with status, progress and the
    last dated update (two queries)."""
    forums = list(Forum.objects.public().exclude(status=Forum.Status.PROPOSED))
    last_update = ApproachUpdate.objects.filter(approach=OuterRef("pk")).order_by("-date", "-pk")
    approaches = (
        Entry.objects.approaches()
        .published()
        .filter(forum__in=forums)
        .annotate(
            last_update_date=Max("updates__date"),
            last_update_text=Subquery(last_update.values("text")[:1]),
        )
        .order_by("forum", "title", "pk")
    )
    by_forum: dict[int, list] = {forum.pk: [] for forum in forums}
    for approach in approaches:
        by_forum[approach.forum_id].append(approach)
    return [
        {"forum": forum, "approaches": by_forum[forum.pk]} for forum in forums if by_forum[forum.pk]
    ]


def today() -> date:
    return timezone.localdate()
