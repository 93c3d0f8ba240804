from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber
from django.shortcuts import get_object_or_404, render
from django.utils.cache import patch_vary_headers

from vielfalt.forums.models import Forum
from vielfalt.vocabularies.models import LifePhase

from .forms import FinderForm
from .models import Offering
from .search import find, finder_facets

CHAIN_LINKS_PER_CELL = 5


def finder(request):
    facets = finder_facets()
    form = FinderForm(request.GET, facets)
    form.is_valid()  # invalid parts are left out and explained on the page
    selected = form.selected()
    result = find(facets, selected, form.query, form.only_free, form.page_number)
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


def prevention_chain(request):
    phases = list(LifePhase.objects.filter(in_prevention_chain=True))
    topics = list(Forum.objects.public().exclude(status=Forum.Status.PROPOSED))
    active = Offering.objects.public().filter(status=Offering.Status.ACTIVE)
    phase_totals = dict(
        Offering.life_phases.through.objects.filter(
            offering__in=active, lifephase__in_prevention_chain=True
        )
        .values_list("lifephase_id")
        .annotate(n=Count("offering_id"))
        .order_by()
    )
    # One row per phase, topic and offering: the first few offerings of each
    # cell by name, with the cell's total count alongside.
    cell = ["life_phases", "forums"]
    entries = (
        active.filter(life_phases__in=phases, forums__in=topics)
        .annotate(
            cell_phase=F("life_phases"),
            cell_topic=F("forums"),
            position=Window(RowNumber(), partition_by=cell, order_by=["name", "pk"]),
            cell_count=Window(Count("pk"), partition_by=cell),
        )
        .filter(position__lte=CHAIN_LINKS_PER_CELL)
        .values("pk", "name", "cell_phase", "cell_topic", "cell_count")
    )
    cells = {}
    for entry in entries:
        key = (entry["cell_phase"], entry["cell_topic"])
        cells.setdefault(key, {"count": entry["cell_count"], "offerings": []})
        cells[key]["offerings"].append(entry)
    matrix = [
        {
            "phase": phase,
            "total": phase_totals.get(phase.pk, 0),
            "cells": [
                {"topic": topic, **cells.get((phase.pk, topic.pk), {"count": 0, "offerings": []})}
                for topic in topics
            ],
        }
        for phase in phases
    ]
    return render(
        request,
        "offerings/prevention_chain.html",
        {"matrix": matrix, "topics": topics, "links_per_cell": CHAIN_LINKS_PER_CELL},
    )
