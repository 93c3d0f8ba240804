"""The coverage matrix for coordinators, and its XLSX export."""

import io

from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from vielfalt.vocabularies.models import CrossCuttingTheme, District, TargetGroup

from .filters import ChainListFilter
from .matrix import APPROACH_STATUSES, build_matrix, render_cells
from .rules import coordinators_only

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _filter_options(filters: ChainListFilter) -> list[dict]:
    groups = [
        {"key": "district", "label": _("Stadtteil"), "options": list(District.objects.all())},
        {"key": "group", "label": _("Zielgruppe"), "options": list(TargetGroup.objects.all())},
        {
            "key": "theme",
            "label": _("Querschnittsthema berücksichtigt"),
            "options": list(CrossCuttingTheme.objects.all()),
        },
    ]
    for group in groups:
        chosen = filters[group["key"]]
        group["selected"] = chosen.slug if chosen else ""
    return groups


@coordinators_only
def index(request):
    return render(request, "reports/index.html")


@coordinators_only
def coverage_matrix(request):
    filters = ChainListFilter(request.GET, keys=("district", "group", "theme"))
    matrix = build_matrix(filters)
    query = filters.query()
    render_cells(matrix, query)
    return render(
        request,
        "reports/matrix.html",
        {
            "matrix": matrix,
            "filters": filters,
            "filter_options": _filter_options(filters),
            "query": query,
        },
    )


@coordinators_only
def coverage_matrix_xlsx(request):
    from openpyxl import Workbook  # only needed when someone exports

    filters = ChainListFilter(request.GET, keys=("district", "group", "theme"))
    matrix = build_matrix(filters)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Abdeckung"))
    sheet.append(
        [
            _("Lebensphase"),
            _("Forum"),
            _("aktive Angebote"),
            _("offene Bedarfe"),
            *[f"{_('Lösungsansätze')}: {status.label}" for status in APPROACH_STATUSES],
        ]
    )
    for row in matrix["rows"]:
        for cell in row["cells"]:
            sheet.append(
                [
                    str(cell.phase.label),
                    str(cell.forum.label),
                    cell.offerings,
                    cell.open_needs,
                    *[count for _status, _label, count in cell.by_status],
                ]
            )
    out = io.BytesIO()
    workbook.save(out)
    response = HttpResponse(out.getvalue(), content_type=XLSX)
    response["Content-Disposition"] = 'attachment; filename="abdeckung.xlsx"'
    return response
