"""The Präventionskette: life phases × topics (forums), with gaps that say why.

The chain counts what the finder shows by default: the public offerings for
families that are running or paused (``Offering.objects.for_families()``),
paused ones counted and marked as such. A cell is a gap when none of its
offerings is running. The counts come from the finder's in-memory facet
index (a phase's bitmap AND a topic's bitmap), so the finder and the chain
cannot disagree and counting costs microseconds at 100,000 offerings; the
database is asked only for the names of the few offerings each cell links.
Everything the page shows comes from a fixed number of queries.
"""

from dataclasses import dataclass, field

from django.conf import settings

from vielfalt.collection.models import Entry
from vielfalt.forums.models import Forum
from vielfalt.offerings.facets import current_index
from vielfalt.offerings.models import Offering
from vielfalt.vocabularies.models import District, LifePhase, TargetGroup

LINKS_PER_CELL = 5
ENTRIES_PER_CELL = 5  # needs and approaches a gap lists on the public page; the rest are linked

COVERED = "covered"
GAP = "gap"
NOT_APPLICABLE = "not_applicable"


def chain_phases() -> list[LifePhase]:
    return list(LifePhase.objects.filter(in_prevention_chain=True))


def chain_topics() -> list[Forum]:
    return list(Forum.objects.public().exclude(status=Forum.Status.PROPOSED))


def family_offerings():
    """What the chain counts and lists: public offerings for families, running or paused."""
    return Offering.objects.for_families()


def active_family_offerings():
    """Running public offerings for families (the coverage matrix and the gaps list)."""
    return Offering.objects.for_families().filter(status=Offering.Status.ACTIVE)


@dataclass
class Cell:
    phase: LifePhase
    topic: Forum
    count: int = 0
    paused: int = 0
    offerings: list = field(default_factory=list)
    not_applicable: bool = False
    reason: str = ""
    needs: list = field(default_factory=list)
    approaches: list = field(default_factory=list)
    html: str = ""  # the cell rendered once for the page's two layouts (chain_views.py)

    @property
    def needs_shown(self) -> list:
        return self.needs[:ENTRIES_PER_CELL]

    @property
    def more_needs(self) -> int:
        return max(0, len(self.needs) - ENTRIES_PER_CELL)

    @property
    def approaches_shown(self) -> list:
        return self.approaches[:ENTRIES_PER_CELL]

    @property
    def more_approaches(self) -> int:
        return max(0, len(self.approaches) - ENTRIES_PER_CELL)

    @property
    def state(self) -> str:
        if self.not_applicable:
            return NOT_APPLICABLE
        return COVERED if self.count > self.paused else GAP

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
    offering_part = _offering_part(phases, topics)
    phase_totals = offering_part["phase_totals"]
    cells = {
        (phase.pk, topic.pk): Cell(phase=phase, topic=topic) for phase in phases for topic in topics
    }
    for key, (does_not_apply, reason) in _marked_cells(cells).items():
        cells[key].not_applicable = does_not_apply
        cells[key].reason = reason
    for key, (count, paused, offerings) in offering_part["cells"].items():
        cells[key].count = count
        cells[key].paused = paused
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
    (count, paused count and the first offerings by name) and the piles
    (duplicates), from the finder's facet index."""
    index = current_index()
    families = index.families
    phase_bitmaps = {p.pk: index.bitmaps["phase"].get(p.pk, 0) & families for p in phases}
    topic_bitmaps = {t.pk: index.bitmaps["topic"].get(t.pk, 0) for t in topics}
    cells, first_ids = {}, []
    for phase_id, phase_bitmap in phase_bitmaps.items():
        for topic_id, topic_bitmap in topic_bitmaps.items():
            bitmap = phase_bitmap & topic_bitmap
            count = bitmap.bit_count()
            if count:
                ids = index.ids_in_order(bitmap, 0, LINKS_PER_CELL)
                cells[(phase_id, topic_id)] = (count, (bitmap & index.paused).bit_count(), ids)
                first_ids.extend(ids)
    names = {
        row["pk"]: row
        for row in Offering.objects.filter(pk__in=set(first_ids)).values("pk", "name", "status")
    }
    return {
        "phase_totals": {pk: bitmap.bit_count() for pk, bitmap in phase_bitmaps.items()},
        "cells": {
            key: (count, paused, [names[pk] for pk in ids if pk in names])
            for key, (count, paused, ids) in cells.items()
        },
        "duplicates": _piles(index, phase_bitmaps, topic_bitmaps),
    }


def _piles(index, phase_bitmaps, topic_bitmaps) -> list[dict]:
    """Same topic, life phase and district, at least ``REPORTS_DUPLICATE_THRESHOLD`` offerings."""
    threshold = settings.REPORTS_DUPLICATE_THRESHOLD
    districts = index.bitmaps["district"]
    rows = []
    for phase_id, phase_bitmap in phase_bitmaps.items():
        for topic_id, topic_bitmap in topic_bitmaps.items():
            cell = phase_bitmap & topic_bitmap
            if cell.bit_count() < threshold:
                continue
            for district_id, district_bitmap in districts.items():
                count = (cell & district_bitmap).bit_count()
                if count >= threshold:
                    rows.append(
                        {
                            "phase_id": phase_id,
                            "topic_id": topic_id,
                            "district_id": district_id,
                            "n": count,
                        }
                    )
    return rows


def _marked_cells(cells):
    from .models import ChainCell

    marked = ChainCell.objects.values_list("life_phase_id", "forum_id", "does_not_apply", "reason")
    return {
        (phase_id, forum_id): (does_not_apply, reason)
        for phase_id, forum_id, does_not_apply, reason in marked
        if (phase_id, forum_id) in cells
    }


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
    groups = _target_groups_of(entries.filter(kind=Entry.Kind.NEED))
    labels = dict(Entry.Status.choices)
    for row in rows:
        cell = cells.get((row["life_phases"], row["forum_id"]))
        if cell is None:
            continue
        if row["kind"] == Entry.Kind.NEED:
            cell.needs.append({**row, "groups": groups.get(row["pk"], [])})
        else:
            cell.approaches.append({**row, "status_label": labels.get(row["status"], "")})


def _target_groups_of(needs) -> dict[int, list]:
    """Need id -> its target groups, for the needs of the queryset ``needs`` (a subquery)."""
    links = Entry.target_groups.through.objects.filter(entry_id__in=needs.values("pk")).values_list(
        "entry_id", "targetgroup_id"
    )
    target_groups = TargetGroup.objects.in_bulk()  # a handful of values, read once
    groups: dict[int, list] = {}
    for entry_id, group_id in links:
        groups.setdefault(entry_id, []).append(target_groups[group_id])
    return groups


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
