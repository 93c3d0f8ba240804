"""The Integrationskonzept draft: the data, gathered once for chosen forums and
a cut-off date, that the HTML, PDF and DOCX renderings share.

Everything is ordered explicitly and carries no time of generation. The forums'
collection is shown as it stood on the cut-off date (see concept_cutoff), so the
same data and date give the same document, also after later changes. Offerings
keep no history: whether a field of the chain is a gap is its state when the
draft is made, and the document says so.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from vielfalt.collection.models import Entry
from vielfalt.events.models import Event
from vielfalt.forums.models import Forum, ForumMembership
from vielfalt.network.models import Organisation
from vielfalt.process.models import Milestone
from vielfalt.surveys.models import Response
from vielfalt.vocabularies.models import CrossCuttingTheme, LifePhase

from .chain import build_chain
from .concept_cutoff import EntryAtCutoff, entries_at, notes_at
from .models import ConceptIntroduction


@dataclass
class ForumPart:
    forum: Forum
    inventory: list = field(default_factory=list)
    needs: list = field(default_factory=list)
    approaches: list = field(default_factory=list)
    members: int = 0


@dataclass
class Gap:
    """A field of the chain without offerings, with what the forums recorded for it."""

    phase: LifePhase
    topic: Forum
    needs: list = field(default_factory=list)
    approaches: list = field(default_factory=list)


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
    entries = entries_at(forums, until, end)
    parts = {forum.pk: ForumPart(forum) for forum in forums}
    for entry in entries:
        if entry.is_discarded:
            continue
        part = parts[entry.forum_id]
        {
            Entry.Kind.INVENTORY: part.inventory,
            Entry.Kind.NEED: part.needs,
            Entry.Kind.APPROACH: part.approaches,
        }[entry.kind].append(entry)
    memberships = ForumMembership.objects.filter(forum__in=forums, joined_on__lte=until)
    members = dict(memberships.values_list("forum").annotate(n=Count("pk")).order_by())
    for pk, part in parts.items():
        part.members = members.get(pk, 0)
    concept = Concept(
        title=introduction.title if introduction else _("Integrationskonzept (Entwurf)"),
        introduction=introduction.paragraphs if introduction else [],
        until=until,
        forums=list(parts.values()),
        timeline=list(Milestone.objects.filter(date__lte=until).order_by("date", "position", "pk")),
        events=_events(end),
        figures=_figures(forums, memberships, entries, end),
        themes=_themes(entries, forums, end),
        gaps=[],
        not_applicable=[],
        organisations=_organisations(memberships, entries),
    )
    _add_chain(concept, forums, entries)
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


def _figures(forums, memberships, entries, end) -> list[tuple[str, int]]:
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
        (_("Einträge der Foren (Bestand, Bedarfe, Lösungsansätze)"), len(entries)),
    ]


def _themes(entries: list[EntryAtCutoff], forums, end) -> list[dict]:
    themes = list(CrossCuttingTheme.objects.order_by("position", "name"))
    shown = [entry for entry in entries if not entry.is_discarded]
    notes = sorted(
        notes_at(shown, forums, end),
        key=lambda n: (n.forum.position, n.forum.name, n.entry.title, n.entry.pk, n.theme_id),
    )
    by_theme: dict[int, list] = {theme.pk: [] for theme in themes}
    for note in notes:
        by_theme[note.theme_id].append(note)
    return [{"theme": theme, "notes": by_theme[theme.pk]} for theme in themes]


def _organisations(memberships, entries: list[EntryAtCutoff]) -> list[Organisation]:
    """Organisations of the forums' members and the carriers of the entries on the cut-off date."""
    carriers = {org.pk for entry in entries for org in entry.carriers}
    return list(
        Organisation.objects.filter(
            Q(pk__in=memberships.values("person__organisation")) | Q(pk__in=carriers)
        ).order_by("name", "pk")
    )


def _add_chain(concept: Concept, forums: list[Forum], entries: list[EntryAtCutoff]) -> None:
    """The chain's gaps and the fields that do not apply, for the chosen forums.

    Which fields are gaps comes from today's offerings (they keep no history);
    the needs and approaches named in a gap are those of the cut-off date.
    """
    chain = build_chain(published_only=False)
    chosen = {forum.pk for forum in forums}
    for row in chain.rows:
        for cell in row["cells"]:
            if cell.topic.pk not in chosen:
                continue
            if cell.is_gap:
                recorded = [
                    entry
                    for entry in entries
                    if entry.forum_id == cell.topic.pk
                    and cell.phase.pk in entry.life_phase_ids
                    and not entry.is_discarded
                ]
                concept.gaps.append(
                    Gap(
                        cell.phase,
                        cell.topic,
                        needs=[e for e in recorded if e.kind == Entry.Kind.NEED],
                        approaches=[e for e in recorded if e.kind == Entry.Kind.APPROACH],
                    )
                )
            elif cell.not_applicable:
                concept.not_applicable.append(cell)
