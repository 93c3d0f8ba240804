from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.functional import SimpleLazyObject

from vielfalt.lib import versions
from vielfalt.lib.compiled import CompiledQuery

from .cards import result_cards
from .detail import public_offering
from .finder_help import corrections, way_on
from .forms import FinderForm
from .models import Offering
from .search import OFFERING_PAGES_VERSION, find, finder_facets


def finder(request):
    facets = finder_facets()
    form = FinderForm(request.GET, facets)
    form.is_valid()  # invalid parts are left out and explained on the page
    selected = form.selected()
    result = find(
        facets,
        selected,
        form.query,
        form.only_free,
        form.page_number,
        professionals=form.for_professionals,
    )
    # Few results: other words to try; none at all: perhaps the results of the nearest word.
    words = corrections(
        request.GET,
        facets,
        selected,
        form.query,
        form.only_free,
        form.page_number,
        result,
        professionals=form.for_professionals,
    )
    result = words.result
    groups = [
        {
            "facet": facet,
            "options": [
                {
                    "option": option,
                    "count": result.counts[facet.key].get(option.pk, 0),
                    "checked": option.pk in selected[facet.key],
                }
                for option in facet.options
            ],
        }
        for facet in facets
    ]
    context = {
        "form": form,
        "groups": groups,
        "result": result,
        "ignored": form.ignored_values(),
        "page_query": _query_without_page(request),
        "words": words,
        "cards": result_cards(result.page_ids, facets),
        "way_on": None if result.total else way_on(request.GET, facets, selected, form, result),
    }
    partial = bool(request.htmx) and not request.htmx.history_restore_request
    context["partial"] = partial
    template = "offerings/_finder_results.html" if partial else "offerings/finder.html"
    response = render(request, template, context)
    patch_vary_headers(response, ["HX-Request"])
    return response


def _query_without_page(request):
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def _detail_queryset():
    return Offering.objects.public().with_texts()


# Bumped by every change an offering's page shows (vielfalt/pages/fragments.py).
PAGE_VERSION = OFFERING_PAGES_VERSION
# Is the offering public, and which rendering of its page is current: the
# version, and the fields that change through update() (which sends no signal).
_page_state = CompiledQuery(
    lambda pk: (
        Offering.objects.public()
        .filter(pk=pk)
        .annotate(version=versions.number(PAGE_VERSION))
        .values_list("version", "status", "last_confirmed", "provider_confirmed")
    ),
    -1,
)


def offering_detail(request, pk):
    state = _page_state.row(pk) if pk < 2**63 else None  # beyond a bigint: no such id
    if state is None:
        raise Http404
    # The page's parts are cached (the template's {% cache %}); only a miss reads the rest.
    offering = SimpleLazyObject(lambda: _public_offering_or_404(pk, state[0]))
    key = "-".join(str(value) for value in (pk, *state, timezone.localdate()))
    return render(
        request, "offerings/offering_detail.html", {"offering": offering, "page_key": key}
    )


def _public_offering_or_404(pk, version):
    offering = public_offering(pk, version)
    if offering is None:  # no longer public since the state was read
        raise Http404
    return offering


def offering_print(request, pk):
    offering = get_object_or_404(_detail_queryset(), pk=pk)
    return render(request, "offerings/offering_print.html", {"offering": offering})
