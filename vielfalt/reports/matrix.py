"""The coverage matrix: life phases × forums, with the number of running
offerings, open needs and approaches by status in every cell.

The offerings are counted from the finder's facet index, needs and
approaches by two GROUP BY queries; every number has a list behind it that
applies the very same filters (``filters.ChainListFilter``).
"""

from dataclasses import dataclass, field

from django.db.models import Count

from vielfalt.collection.models import Entry
from vielfalt.forums.models import Forum
from vielfalt.vocabularies.models import LifePhase

from .chain import chain_topics
from .filters import ChainListFilter
from .offering_counts import pair_counts, running_for_families

# The approaches' statuses the matrix counts (discarded ones are left out).
APPROACH_STATUSES = [status for status in Entry.Status if status != Entry.Status.DISCARDED]


@dataclass
class MatrixCell:
    phase: LifePhase
    forum: Forum
    offerings: int = 0
    open_needs: int = 0
    approaches: dict = field(default_factory=dict)

    @property
    def by_status(self) -> list[tuple]:
        return [
            (status, status.label, self.approaches.get(status.value, 0))
            for status in APPROACH_STATUSES
        ]

    @property
    def tone(self) -> str:
        """A colour as an addition to the numbers: needs without offering, nothing at all."""
        if self.open_needs and not self.offerings:
            return "alert"
        if not self.offerings and not self.open_needs and not any(self.approaches.values()):
            return "empty"
        return "ok"


def open_needs():
    """Needs that no approach (other than a discarded one) answers yet."""
    return Entry.objects.needs_without_approach()


def matrix_approaches():
    return Entry.objects.approaches().exclude(status=Entry.Status.DISCARDED)


def build_matrix(filters: ChainListFilter) -> dict:
    phases = list(LifePhase.objects.all())
    forums = chain_topics()
    cells = {(p.pk, f.pk): MatrixCell(p, f) for p in phases for f in forums}
    index, running = running_for_families(filters)
    counts = pair_counts(
        index, running, "phase", [p.pk for p in phases], "topic", [f.pk for f in forums]
    )
    for key, n in counts.items():
        if key in cells:
            cells[key].offerings = n
    for row in (
        filters.apply_entries(open_needs())
        .values("life_phases", "forum")
        .annotate(n=Count("pk", distinct=True))
        .order_by()
    ):
        if (row["life_phases"], row["forum"]) in cells:
            cells[(row["life_phases"], row["forum"])].open_needs = row["n"]
    for row in (
        filters.apply_entries(matrix_approaches())
        .values("life_phases", "forum", "status")
        .annotate(n=Count("pk", distinct=True))
        .order_by()
    ):
        if (row["life_phases"], row["forum"]) in cells:
            cells[(row["life_phases"], row["forum"])].approaches[row["status"]] = row["n"]
    rows = [{"phase": p, "cells": [cells[(p.pk, f.pk)] for f in forums]} for p in phases]
    return {"phases": phases, "forums": forums, "rows": rows}
