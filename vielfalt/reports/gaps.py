"""The gaps list: needs without an approach, cells with needs but no offering,
districts without offerings for a life phase, offerings no longer confirmed.

Each kind is one or two queries, however many rows; the rows are sorted and
paged together.
"""

from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from django.db.models import Count, F
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from vielfalt.collection.models import Entry
from vielfalt.offerings.models import Offering
from vielfalt.vocabularies.models import District, LifePhase

from .chain import chain_topics
from .filters import ChainListFilter
from .offering_counts import pair_counts, running_for_families

PLACEHOLDER = 987654321
NEED = "need"
CELL = "cell"
DISTRICT = "district"
UNCONFIRMED = "unconfirmed"

KINDS = [
    (NEED, _("Bedarf ohne Lösungsansatz")),
    (CELL, _("Bedarf, aber kein Angebot")),
    (DISTRICT, _("Stadtteil ohne Angebot in einer Lebensphase")),
    (UNCONFIRMED, _("Angebot nicht mehr bestätigt")),
]
KIND_POSITIONS = {key: position for position, (key, _label) in enumerate(KINDS)}
SORTS = {
    "kind": lambda row: (KIND_POSITIONS[row.kind], row.title.lower()),
    "title": lambda row: row.title.lower(),
    "topic": lambda row: (row.topic.lower(), row.title.lower()),
    "date": lambda row: (row.since or date.min, row.title.lower()),
}


@dataclass(slots=True)
class GapRow:
    kind: str
    title: str
    url: str
    topic: str = ""
    phase: str = ""
    district: str = ""
    since: date | None = None

    @property
    def kind_label(self) -> str:
        return str(dict(KINDS)[self.kind])


def gap_rows(filters: ChainListFilter, kind: str = "") -> list[GapRow]:
    rows: list[GapRow] = []
    if kind in ("", NEED):
        rows += _needs_without_approach(filters)
    if kind in ("", CELL):
        rows += _cells_with_needs_but_no_offering(filters)
    if kind in ("", DISTRICT):
        rows += _districts_without_offerings(filters)
    if kind in ("", UNCONFIRMED):
        rows += _unconfirmed_offerings(filters)
    return rows


def _needs_without_approach(filters) -> list[GapRow]:
    needs = (
        filters.apply_entries(Entry.objects.needs_without_approach())
        .distinct()
        .values("pk", "title", "created", forum_slug=F("forum__slug"), forum_name=F("forum__name"))
    )
    entry_url = reverse("collection:entry", args=["forum-slug", PLACEHOLDER])
    return [
        GapRow(
            NEED,
            need["title"],
            entry_url.replace("forum-slug", need["forum_slug"]).replace(
                str(PLACEHOLDER), str(need["pk"])
            ),
            topic=need["forum_name"],
            since=need["created"].date(),
        )
        for need in needs
    ]


def _cells_with_needs_but_no_offering(filters) -> list[GapRow]:
    topics = {topic.pk: topic for topic in chain_topics()}
    phases = {phase.pk: phase for phase in LifePhase.objects.all()}
    needs = {
        (row["life_phases"], row["forum"]): row["n"]
        for row in filters.apply_entries(Entry.objects.needs())
        .filter(life_phases__isnull=False)
        .values("life_phases", "forum")
        .annotate(n=Count("pk", distinct=True))
        .order_by()
    }
    index, running = running_for_families(filters)
    covered = pair_counts(index, running, "phase", list(phases), "topic", list(topics))
    rows = []
    for (phase_id, forum_id), count in needs.items():
        if (phase_id, forum_id) in covered or forum_id not in topics:
            continue
        phase, topic = phases[phase_id], topics[forum_id]
        query = {"phase": phase.slug, "topic": topic.slug}
        if filters["district"]:
            query["district"] = filters["district"].slug
        rows.append(
            GapRow(
                CELL,
                str(_("%(count)d Bedarfe, kein aktives Angebot") % {"count": count}),
                f"{reverse('reports:entries', args=['needs'])}?{urlencode(query)}",
                topic=str(topic.label),
                phase=str(phase.label),
                district=str(filters["district"].label) if filters["district"] else "",
            )
        )
    return rows


def _districts_without_offerings(filters) -> list[GapRow]:
    phases = [
        p
        for p in LifePhase.objects.filter(in_prevention_chain=True)
        if _chosen(filters, "phase", p)
    ]
    districts = [d for d in District.objects.all() if _chosen(filters, "district", d)]
    # Phase and district are the pairs looked at; only the topic narrows them.
    index, running = running_for_families(filters.only("topic"))
    covered = pair_counts(
        index, running, "phase", [p.pk for p in phases], "district", [d.pk for d in districts]
    )
    rows = []
    for phase in phases:
        for district in districts:
            if (phase.pk, district.pk) in covered:
                continue
            query = {"phase": phase.slug, "district": district.slug}
            if filters["topic"]:
                query["topic"] = filters["topic"].slug
            rows.append(
                GapRow(
                    DISTRICT,
                    str(_("Kein aktives Angebot in %(district)s") % {"district": district.label}),
                    f"{reverse('reports:entries', args=['needs'])}?{urlencode(query)}",
                    topic=str(filters["topic"].label) if filters["topic"] else "",
                    phase=str(phase.label),
                    district=str(district.label),
                )
            )
    return rows


def _chosen(filters, key, obj) -> bool:
    return filters[key] is None or filters[key].pk == obj.pk


def _unconfirmed_offerings(filters) -> list[GapRow]:
    offerings = filters.apply(Offering.objects.needing_confirmation()).values_list(
        "pk", "name", "last_confirmed"
    )
    # One reverse() for all rows: thousands of offerings may be due.
    before, after = reverse("offerings:edit", args=[PLACEHOLDER]).split(str(PLACEHOLDER))
    return [
        GapRow(UNCONFIRMED, name, f"{before}{pk}{after}", since=confirmed)
        for pk, name, confirmed in offerings
    ]
