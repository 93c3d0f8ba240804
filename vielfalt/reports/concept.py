"""The Integrationskonzept draft: the data, gathered once for chosen forums and
a cut-off date, that the HTML, PDF and DOCX renderings share.

Everything is ordered explicitly and carries no time of generation, so the same
data and date give the same document.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.db.models import Count, Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from vielfalt.collection.models import CrossCuttingNote, Entry
from vielfalt.events.models import Event
from vielfalt.forums.models import Forum, ForumMembership
from vielfalt.network.models import Organisation
from vielfalt.process.models import Milestone
from vielfalt.surveys.models import Response
from vielfalt.vocabularies.models import CrossCuttingTheme

from .chain import build_chain
from .models import ConceptIntroduction


@dataclass
class ForumPart:
    forum: Forum
    inventory: list = field(default_factory=list)
    needs: list = field(default_factory=list)
    approaches: list = field(default_factory=list)
    members: int = 0


@dataclass
class Concept:
    title: str
    introduction: list
    until: date
    forums: list
    timeline: list
    events: list
    figures: list
    themes: list
    gaps: list
    not_applicable: list
    organisations: list


def concept_forums(slugs: list[str] | None = None) -> list[Forum]:
    forums = Forum.objects.exclude(status__in=[Forum.Status.CLOSED, Forum.Status.PROPOSED])
    if slugs:
        forums = forums.filter(slug__in=slugs)
    return list(forums.order_by("position", "name"))


def build_concept(forums: list[Forum], until: date) -> Concept:
    end = timezone.make_aware(datetime.combine(until, time.max))
    introduction = ConceptIntroduction.objects.order_by("-updated", "-pk").first()
    entries = (
        Entry.objects.filter(forum__in=forums, created__lte=end)
        .exclude(status=Entry.Status.DISCARDED)
        .prefetch_related(
            Prefetch("organisations", queryset=Organisation.objects.order_by("name")),
            "life_phases",
        )
        .order_by("title", "pk")
    )
    parts = {forum.pk: ForumPart(forum) for forum in forums}
    for entry in entries:
        part = parts[entry.forum_id]
        {
            Entry.Kind.INVENTORY: part.inventory,
            Entry.Kind.NEED: part.needs,
            Entry.Kind.APPROACH: part.approaches,
        }[entry.kind].append(entry)
    members = dict(
        ForumMembership.objects.filter(forum__in=forums, joined_on__lte=until)
        .values_list("forum")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for pk, part in parts.items():
        part.members = members.get(pk, 0)
    concept = Concept(
        title=introduction.title if introduction else _("Integrationskonzept (Entwurf)"),
        introduction=introduction.paragraphs if introduction else [],
        until=until,
        forums=list(parts.values()),
        timeline=list(Milestone.objects.filter(date__lte=until).order_by("date", "position", "pk")),
        events=_events(end),
        figures=_figures(forums, until, end),
        themes=_themes(forums, end),
        gaps=[],
        not_applicable=[],
        organisations=_organisations(forums, until, end),
    )
    _add_chain(concept, forums)
    return concept


def _events(end) -> list:
    return list(
        Event.objects.filter(ends_at__lte=end)
        .annotate(
            confirmed=Count("registrations", filter=Q(registrations__status="confirmed")),
            attended_count=Count("registrations", filter=Q(registrations__attended=True)),
        )
        .order_by("starts_at", "pk")
    )


def _figures(forums, until, end) -> list[tuple[str, int]]:
    memberships = ForumMembership.objects.filter(forum__in=forums, joined_on__lte=until)
    return [
        (_("Foren"), len(forums)),
        (_("Personen in den Foren"), memberships.values("person").distinct().count()),
        (
            _("Organisationen in den Foren"),
            memberships.exclude(person__organisation=None)
            .values("person__organisation")
            .distinct()
            .count(),
        ),
        (_("Veranstaltungen"), Event.objects.filter(ends_at__lte=end).count()),
        (
            _("Antworten auf Abfragen"),
            Response.objects.filter(submitted_at__lte=end).count(),
        ),
        (
            _("Einträge der Foren (Bestand, Bedarfe, Lösungsansätze)"),
            Entry.objects.filter(forum__in=forums, created__lte=end).count(),
        ),
    ]


def _themes(forums, end) -> list[dict]:
    themes = list(CrossCuttingTheme.objects.order_by("position", "name"))
    notes = (
        CrossCuttingNote.objects.filter(
            entry__forum__in=forums, entry__created__lte=end, considered=True
        )
        .select_related("entry__forum")
        .order_by("theme__position", "entry__forum__position", "entry__title", "pk")
    )
    by_theme: dict[int, list] = {theme.pk: [] for theme in themes}
    for note in notes:
        by_theme[note.theme_id].append(note)
    return [{"theme": theme, "notes": by_theme[theme.pk]} for theme in themes]


def _organisations(forums, until, end) -> list[Organisation]:
    in_forums = ForumMembership.objects.filter(forum__in=forums, joined_on__lte=until).values(
        "person__organisation"
    )
    carriers = Entry.objects.filter(forum__in=forums, created__lte=end).values("organisations")
    return list(
        Organisation.objects.filter(Q(pk__in=in_forums) | Q(pk__in=carriers)).order_by("name", "pk")
    )


def _add_chain(concept: Concept, forums: list[Forum]) -> None:
    """The chain's gaps and the fields that do not apply, for the chosen forums."""
    chain = build_chain(published_only=False)
    chosen = {forum.pk for forum in forums}
    for row in chain.rows:
        for cell in row["cells"]:
            if cell.topic.pk not in chosen:
                continue
            if cell.is_gap:
                concept.gaps.append(cell)
            elif cell.not_applicable:
                concept.not_applicable.append(cell)
