"""The public Präventionskette, the list behind each of its numbers, and the
coordinators' form for cells that do not apply."""

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import redirect, render
from django.template.loader import get_template
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from vielfalt.forums.views import list_key
from vielfalt.lib import versions
from vielfalt.offerings.facets import VERSION_KEY as FACET_INDEX_VERSION
from vielfalt.offerings.search import OFFERING_PAGES_VERSION

from .chain import LINKS_PER_CELL, active_family_offerings, build_chain, family_offerings
from .filters import ChainListFilter
from .forms import ChainCellForm
from .models import ChainCell
from .rules import coordinators_only

PER_PAGE = 50
DUPLICATES_SHOWN = 20


CHAIN_CELLS_VERSION = "reports:chain-cells"  # bumped by pages/fragments.py


def chain_key():
    """What the public Präventionskette shows depends on: the finder's index (the
    offerings it counts), the offerings' names and the vocabularies, the forums and
    their entries (forums.views.list_key), and the cells marked as not applying."""
    parts = (
        versions.get(FACET_INDEX_VERSION),
        versions.get(OFFERING_PAGES_VERSION),
        list_key(),
        versions.get(CHAIN_CELLS_VERSION),
    )
    return "-".join(str(part) for part in parts)


def prevention_chain(request):
    # The page's content is cached per language under what it depends on
    # (pages/fragments.py, chain_key); the chain is built only on a miss.
    return render(
        request,
        "reports/chain.html",
        {
            "chain": SimpleLazyObject(_public_chain),
            "page_key": chain_key(),
            "links_per_cell": LINKS_PER_CELL,
            "duplicate_threshold": settings.REPORTS_DUPLICATE_THRESHOLD,
            # The largest piles, readable at a glance (at 100,000 offerings there are hundreds).
            "duplicates_shown": DUPLICATES_SHOWN,
            "minus_shown": -DUPLICATES_SHOWN,
        },
    )


def _public_chain():
    chain = build_chain(published_only=True)
    # Each cell appears in the table and in the layout for phones: rendered once.
    cell_template = get_template("reports/_chain_cell.html")
    for row in chain.rows:
        for cell in row["cells"]:
            cell.html = cell_template.render({"cell": cell})
    return chain


def chain_offerings(request):
    """The offerings behind a number of the chain: for families, running or paused,
    filtered; with ``laufend=1`` (the coverage matrix's numbers) the running ones only."""
    filters = ChainListFilter(request.GET)
    running_only = request.GET.get("laufend") == "1"
    offerings = active_family_offerings() if running_only else family_offerings()
    offerings = filters.apply(offerings).select_related("organisation")
    page = Paginator(offerings.order_by("name", "pk"), PER_PAGE).get_page(request.GET.get("seite"))
    return render(
        request,
        "reports/chain_offerings.html",
        {
            "filters": filters,
            "page": page,
            "running_only": running_only,
            "query": filters.query(laufend="1" if running_only else ""),
        },
    )


@coordinators_only
@transaction.atomic
def chain_cells(request):
    form = ChainCellForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        cell = form.save()
        if cell:
            messages.success(request, _("Die Zelle ist als „trifft nicht zu“ markiert."))
        else:
            messages.success(request, _("Die Zelle zählt wieder als Teil der Kette."))
        return redirect("reports:chain_cells")
    cells = ChainCell.objects.select_related("life_phase", "forum")
    return render(request, "reports/chain_cells.html", {"form": form, "cells": cells})
