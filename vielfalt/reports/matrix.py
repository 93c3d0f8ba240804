"""The coverage matrix: life phases × forums, with the number of running
offerings, open needs and approaches by status in every cell.

The offerings are counted from the finder's facet index, needs and
approaches by two GROUP BY queries; every number has a list behind it that
applies the very same filters (``filters.ChainListFilter``).
"""

from dataclasses import dataclass, field

from django.db.models import Count
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

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
    html: SafeString = mark_safe("")  # its list of numbers, see render_cells()

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


def render_cells(matrix: dict, query: str) -> None:
    """Write each cell's list of numbers, every number a link to the list behind it,
    into ``cell.html``.

    A cell appears twice on the page (in the table and in the layout for phones),
    and the matrix has a cell per life phase and forum: with the template engine,
    its includes and a URL reversed for each number took most of the page's time
    (bench/reports.py). The URLs are reversed and the words translated once here,
    and every value is escaped.
    """
    offerings_url = escape(reverse("reports:chain_offerings"))
    needs_url = escape(reverse("reports:entries", args=["open-needs"]))
    approaches_url = escape(reverse("reports:entries", args=["approaches"]))
    tail = f"&amp;{escape(query)}" if query else ""
    running = escape(_("laufende Angebote"))
    needs = escape(_("offene Bedarfe"))
    approaches = escape(_("Lösungsansätze"))
    statuses = [(escape(status.value), escape(status.label)) for status in APPROACH_STATUSES]
    phase_labels = {phase.pk: escape(phase.label) for phase in matrix["phases"]}
    forum_labels = {forum.pk: escape(forum.label) for forum in matrix["forums"]}

    def link(href: str, count: int, words: str, hidden: str) -> str:
        return (
            f'<li><a class="matrix-num" href="{href}"><span class="matrix-n">{count}</span> '
            f'{words}<span class="visually-hidden">{hidden}</span></a></li>'
        )

    for row in matrix["rows"]:
        for cell in row["cells"]:
            where = f" – {forum_labels[cell.forum.pk]}, {phase_labels[cell.phase.pk]}"
            params = f"?phase={escape(cell.phase.slug)}&amp;topic={escape(cell.forum.slug)}"
            items = [
                link(
                    f"{offerings_url}{params}&amp;laufend=1{tail}", cell.offerings, running, where
                ),
                link(f"{needs_url}{params}{tail}", cell.open_needs, needs, where),
            ]
            for value, label in statuses:
                items.append(
                    link(
                        f"{approaches_url}{params}&amp;status={value}{tail}",
                        cell.approaches.get(value, 0),
                        label,
                        f" ({approaches}){where}",
                    )
                )
            # Every value above is escaped.
            cell.html = mark_safe(  # noqa: S308
                f'<ul class="matrix-numbers">{"".join(items)}</ul>'
            )
