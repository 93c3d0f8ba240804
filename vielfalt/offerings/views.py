from django.shortcuts import get_object_or_404, render
from django.utils.cache import patch_vary_headers

from .finder_help import corrections, way_on
from .forms import FinderForm
from .models import Offering
from .search import find, finder_facets


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
    return Offering.objects.public().with_details().prefetch_related("texts")


def offering_detail(request, pk):
    offering = get_object_or_404(_detail_queryset(), pk=pk)
    return render(request, "offerings/offering_detail.html", {"offering": offering})


def offering_print(request, pk):
    offering = get_object_or_404(_detail_queryset(), pk=pk)
    return render(request, "offerings/offering_print.html", {"offering": offering})
