"""The Präventionskette: life phases × topics (forums), with gaps that say why.

Everything the page shows comes from a fixed number of queries, whatever the
number of offerings, needs and approaches.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber

from vielfalt.collection.models import Entry
from vielfalt.forums.models import Forum
from vielfalt.offerings.models import Offering
from vielfalt.vocabularies.models import District, LifePhase

from .caching import cached_over_offerings

LINKS_PER_CELL = 5

COVERED = "covered"
GAP = "gap"
NOT_APPLICABLE = "not_applicable"


def chain_phases() -> list[LifePhase]:
    return list(LifePhase.objects.filter(in_prevention_chain=True))


def chain_topics() -> list[Forum]:
    return list(Forum.objects.public().exclude(status=Forum.Status.PROPOSED))


def active_family_offerings():
    """What the chain counts: active public offerings for families (no events for professionals)."""
    return Offering.objects.for_families().filter(status=Offering.Status.ACTIVE)


@dataclass
class Cell:
    phase: LifePhase
    topic: Forum
    count: int = 0
    offerings: list = field(default_factory=list)
    not_applicable: bool = False
    reason: str = ""
    needs: list = field(default_factory=list)
    approaches: list = field(default_factory=list)

    @property
    def state(self) -> str:
        if self.not_applicable:
            return NOT_APPLICABLE
        return COVERED if self.count else GAP

    @property
    def is_gap(self) -> bool:
        return self.state == GAP

    @property
    def approach_in_progress(self) -> bool:
        return any(a["status"] == Entry.Status.IN_PROGRESS for a in self.approaches)

    @property
    def target_groups(self) -> list:
        seen: dict = {}
        for need in self.needs:
            for group in need["groups"]:
                seen.setdefault(group.pk, group)
        return sorted(seen.values(), key=lambda g: (g.position, g.name))


@dataclass
class Chain:
    phases: list
    topics: list
    rows: list
    duplicates: list

    @property
    def gaps(self) -> list[Cell]:
        return [cell for row in self.rows for cell in row["cells"] if cell.is_gap]

    @property
    def gaps_with_approach_in_progress(self) -> int:
        return sum(1 for cell in self.gaps if cell.approach_in_progress)

    @property
    def not_applicable(self) -> int:
        return sum(1 for row in self.rows for cell in row["cells"] if cell.not_applicable)


def build_chain(*, published_only: bool = True) -> Chain:
    """The chain for the public page (published needs and approaches only)."""
    phases = chain_phases()
    topics = chain_topics()
    offering_part = cached_over_offerings(
        "chain",
        (
            [p.pk for p in phases],
            [t.pk for t in topics],
            settings.REPORTS_DUPLICATE_THRESHOLD,
        ),
        lambda: _offering_part(phases, topics),
    )
    phase_totals = offering_part["phase_totals"]
    cells = {
        (phase.pk, topic.pk): Cell(phase=phase, topic=topic) for phase in phases for topic in topics
    }
    for key, (does_not_apply, reason) in _marked_cells(cells).items():
        cells[key].not_applicable = does_not_apply
        cells[key].reason = reason
    for key, (count, offerings) in offering_part["cells"].items():
        cells[key].count = count
        cells[key].offerings = offerings
    _fill_entries(cells, phases, topics, published_only)
    rows = [
        {
            "phase": phase,
            "total": phase_totals.get(phase.pk, 0),
            "cells": [cells[(phase.pk, topic.pk)] for topic in topics],
        }
        for phase in phases
    ]
    return Chain(phases, topics, rows, _duplicates(offering_part["duplicates"], phases, topics))


def _offering_part(phases, topics) -> dict:
    """What the chain counts of the offerings: totals per phase, the cells
    (count and the first offerings by name) and the piles (duplicates)."""
    active = active_family_offerings()
    phase_totals = dict(
        Offering.life_phases.through.objects.filter(
            offering__in=active, lifephase__in_prevention_chain=True
        )
        .values_list("lifephase_id")
        .annotate(n=Count("offering_id"))
        .order_by()
    )
    return {
        "phase_totals": phase_totals,
        "cells": _cell_offerings(active, phases, topics),
        "duplicates": duplicate_rows(active, phases, topics),
    }


def _marked_cells(cells):
    from .models import ChainCell

    marked = ChainCell.objects.values_list("life_phase_id", "forum_id", "does_not_apply", "reason")
    return {
        (phase_id, forum_id): (does_not_apply, reason)
        for phase_id, forum_id, does_not_apply, reason in marked
        if (phase_id, forum_id) in cells
    }


def _cell_offerings(active, phases, topics) -> dict:
    # One row per phase, topic and offering: the first few offerings of each
    # cell by name, with the cell's total count alongside.
    partition = ["life_phases", "forums"]
    entries = (
        active.filter(life_phases__in=phases, forums__in=topics)
        .annotate(
            cell_phase=F("life_phases"),
            cell_topic=F("forums"),
            position=Window(RowNumber(), partition_by=partition, order_by=["name", "pk"]),
            cell_count=Window(Count("pk"), partition_by=partition),
        )
        .filter(position__lte=LINKS_PER_CELL)
        .values("pk", "name", "cell_phase", "cell_topic", "cell_count")
    )
    cells: dict = {}
    for entry in entries:
        key = (entry["cell_phase"], entry["cell_topic"])
        cells.setdefault(key, (entry["cell_count"], []))[1].append(entry)
    return cells


def _fill_entries(cells, phases, topics, published_only) -> None:
    """The needs and (not discarded) approaches the forums recorded for each cell."""
    entries = Entry.objects.filter(
        kind__in=[Entry.Kind.NEED, Entry.Kind.APPROACH],
        forum__in=topics,
        life_phases__in=phases,
    ).exclude(status=Entry.Status.DISCARDED)
    if published_only:
        entries = entries.published()
    rows = list(
        entries.values("pk", "title", "kind", "status", "forum_id", "life_phases").order_by(
            "title", "pk"
        )
    )
    groups = _target_groups_of([row["pk"] for row in rows if row["kind"] == Entry.Kind.NEED])
    labels = dict(Entry.Status.choices)
    for row in rows:
        cell = cells.get((row["life_phases"], row["forum_id"]))
        if cell is None:
            continue
        if row["kind"] == Entry.Kind.NEED:
            cell.needs.append({**row, "groups": groups.get(row["pk"], [])})
        else:
            cell.approaches.append({**row, "status_label": labels.get(row["status"], "")})


def _target_groups_of(need_ids: list[int]) -> dict[int, list]:
    if not need_ids:
        return {}
    through = Entry.target_groups.through.objects.filter(entry_id__in=need_ids).select_related(
        "targetgroup"
    )
    groups: dict[int, list] = {}
    for link in through:
        groups.setdefault(link.entry_id, []).append(link.targetgroup)
    return groups


def duplicate_rows(active, phases, topics) -> list[dict]:
    """Where offerings of the same kind pile up: same topic, life phase and district,
    at least ``REPORTS_DUPLICATE_THRESHOLD`` of them."""
    threshold = settings.REPORTS_DUPLICATE_THRESHOLD
    return list(
        active.filter(life_phases__in=phases, forums__in=topics, locations__district__isnull=False)
        .values(
            phase_id=F("life_phases"), topic_id=F("forums"), district_id=F("locations__district")
        )
        .annotate(n=Count("pk", distinct=True))
        .filter(n__gte=threshold)
        .order_by("-n")
    )


def _duplicates(rows, phases, topics) -> list[dict]:
    if not rows:
        return []
    phases_by_pk = {phase.pk: phase for phase in phases}
    topics_by_pk = {topic.pk: topic for topic in topics}
    districts = District.objects.in_bulk({row["district_id"] for row in rows})
    return sorted(
        (
            {
                "phase": phases_by_pk[row["phase_id"]],
                "topic": topics_by_pk[row["topic_id"]],
                "district": districts[row["district_id"]],
                "count": row["n"],
            }
            for row in rows
        ),
        key=lambda d: (
            -d["count"],
            d["phase"].position,
            d["topic"].position,
            d["district"].position,
        ),
    )
