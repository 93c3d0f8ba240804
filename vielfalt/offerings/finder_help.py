"""What the finder offers beside its results: other words, and a way on from an empty page.

``corrections`` runs the "Meinten Sie …?" suggestions (``suggestions.py``)
for a query that finds little; ``way_on`` gathers, for a page without
results, the links that remove one filter each or all of them, the
neighbouring life phases that would find something, and the coordinators.
All are plain links (whole pages): they change the form's own fields.
"""

from dataclasses import dataclass, field

from django.urls import reverse

from vielfalt.network.models import Person

from .search import find, query_terms
from .suggestions import FEW_RESULTS, suggest

EXACT = "exact"  # URL parameter: show the results of the query as typed, not of a correction


def finder_url(params, **changes):
    """The finder's address with ``params`` (a QueryDict) changed: a value None drops the key,
    a list sets every value; the page and the "as typed" mark are always dropped."""
    query = params.copy()
    for key in ("page", EXACT):
        query.pop(key, None)
    for key, value in changes.items():
        if value is None or value == []:
            query.pop(key, None)
        elif isinstance(value, list):
            query.setlist(key, value)
        else:
            query[key] = value
    encoded = query.urlencode()
    return (
        f"{reverse('offerings:finder')}?{encoded}#treffer"
        if encoded
        else reverse("offerings:finder")
    )


@dataclass
class Corrections:
    result: object  # the FinderResult to show
    corrected_to: str = ""  # the suggestion whose results are shown instead, if any
    original_url: str = ""  # the results of the query as typed
    suggestions: list = field(default_factory=list)  # {"query", "url"}


def corrections(params, facets, selected, query, free, page, result, professionals=False):
    """The result to show and the other words to offer for ``query``.

    When the query finds nothing and its best suggestion finds something
    with the same filters, the suggestion's results are shown (the page
    says so and links the query as typed); ``?exact=1`` keeps the query.
    """
    found = Corrections(result)
    if result.total >= FEW_RESULTS or not query_terms(query):
        return found
    suggestions = suggest(query)
    if result.total == 0 and suggestions and params.get(EXACT) != "1":
        instead = find(facets, selected, suggestions[0], free, page, professionals=professionals)
        if instead.total:
            found.result = instead
            found.corrected_to = suggestions.pop(0)
            query_as_typed = params.copy()
            query_as_typed.pop("page", None)
            query_as_typed[EXACT] = "1"
            found.original_url = (
                f"{reverse('offerings:finder')}?{query_as_typed.urlencode()}#treffer"
            )
    found.suggestions = [{"query": text, "url": finder_url(params, q=text)} for text in suggestions]
    return found


def way_on(params, facets, selected, form, result):
    """Links for a page without results: remove a filter, try a neighbouring life phase, ask."""
    removals = []
    for facet in facets:
        chosen = [option for option in facet.options if option.pk in selected.get(facet.key, [])]
        for option in chosen:
            rest = [other.slug for other in chosen if other.pk != option.pk]
            removals.append({"label": option.label, "url": finder_url(params, **{facet.key: rest})})
    if form.only_free:
        removals.append({"label": form.fields["free"].label, "url": finder_url(params, free=None)})
    if form.for_professionals:
        removals.append({"label": form.fields["pro"].label, "url": finder_url(params, pro=None)})
    all_filters = {facet.key: None for facet in facets} | {"free": None, "pro": None}
    phases = _neighbouring_phases(params, facets, selected, result)
    return {
        "removals": removals,
        "remove_all_url": finder_url(params, **all_filters) if len(removals) > 1 else "",
        "remove_query_url": finder_url(params, q=None) if form.query else "",
        "phases": phases,
        # Evaluated by the template only on an empty page (one query).
        "coordinators": Person.objects.public_coordinators(),
    }


def _neighbouring_phases(params, facets, selected, result):
    """The life phases before and after each chosen one that would find offerings instead.

    The count is the one beside the phase's checkbox: the other filters and
    the search applied. Not the "free" mark (nor beside the checkboxes), so
    with it none are offered: the count could promise what the link does not find.
    """
    facet = next((facet for facet in facets if facet.key == "phase"), None)
    if facet is None or not selected.get("phase") or params.get("free"):
        return []
    options = facet.options
    chosen = set(selected["phase"])
    found, seen = [], set()
    for position, option in enumerate(options):
        if option.pk not in chosen:
            continue
        for neighbour in options[max(0, position - 1) : position + 2]:
            count = result.counts["phase"].get(neighbour.pk, 0)
            if neighbour.pk in chosen or neighbour.pk in seen or not count:
                continue
            seen.add(neighbour.pk)
            slugs = [
                neighbour.slug if other.pk == option.pk else other.slug
                for other in options
                if other.pk in chosen
            ]
            found.append(
                {"option": neighbour, "count": count, "url": finder_url(params, phase=slugs)}
            )
    return found
