"""The lists behind the reports' numbers (coordinators): entries of the collection."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render

from vielfalt.collection.models import Entry

from .filters import ChainListFilter
from .matrix import matrix_approaches, open_needs
from .rules import coordinators_only

PER_PAGE = 50

LISTS = {
    "open-needs": open_needs,
    "needs": lambda: Entry.objects.needs(),
    "approaches": matrix_approaches,
}


@coordinators_only
def entry_list(request, which):
    if which not in LISTS:
        raise Http404
    filters = ChainListFilter(request.GET)
    entries = (
        filters.apply_entries(LISTS[which]())
        .distinct()
        .select_related("forum")
        .order_by("forum__position", "title", "pk")
    )
    page = Paginator(entries, PER_PAGE).get_page(request.GET.get("seite"))
    return render(
        request,
        "reports/entry_list.html",
        {"which": which, "filters": filters, "page": page, "query": filters.query()},
    )
