from django.core.paginator import Paginator
from django.shortcuts import render

from vielfalt.forums.models import Forum
from vielfalt.vocabularies.models import District, LifePhase

from .filters import ChainListFilter
from .gaps import KINDS, SORTS, gap_rows
from .rules import coordinators_only

PER_PAGE = 100


@coordinators_only
def gaps_list(request):
    filters = ChainListFilter(request.GET, keys=("phase", "topic", "district"))
    kind = request.GET.get("kind", "")
    if kind not in dict(KINDS):
        kind = ""
    sort = request.GET.get("sort", "kind")
    if sort not in SORTS:
        sort = "kind"
    rows = sorted(gap_rows(filters, kind), key=SORTS[sort], reverse=sort == "date")
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("seite"))
    query = filters.query(kind=kind, sort=sort)
    return render(
        request,
        "reports/gaps.html",
        {
            "page": page,
            "kinds": KINDS,
            "kind": kind,
            "sort": sort,
            "filters": filters,
            "filter_query": filters.query(kind=kind),
            "query": query,
            "phases": LifePhase.objects.all(),
            "topics": Forum.objects.public().exclude(status=Forum.Status.PROPOSED),
            "districts": District.objects.all(),
        },
    )
