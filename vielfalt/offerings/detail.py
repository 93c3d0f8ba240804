"""An offering with everything its public page shows, in few queries whose SQL is
built once per process.

``Offering.objects.public().with_texts()`` reads an offering's page in seven
queries; building and compiling them took the ORM about 5 of the 10 ms that a
page not yet in the cache of page parts cost (bench/profile_load.py offering,
bench/README.md). Here each query's SQL is built once (lib/compiled.py), the
rows become instances as the ORM makes them, and the relations are put where
``prefetch_related`` puts them: the template reads them without a query.

The life phases, topics, target groups, languages and districts are a few
dozen rows that every offering's page names: they come from what the finder
keeps of them per worker (``search.kept_values``); an offering's links to
them are one query. The querysets below stay the definition of what is read.
"""

from django.db.models import Model, QuerySet, Value

from vielfalt.forums.models import Forum
from vielfalt.lib.compiled import CompiledQuery
from vielfalt.network.models import Organisation
from vielfalt.vocabularies.models import District, Language, LifePhase, TargetGroup

from .models import Location, Offering, OfferingText
from .search import kept_values

# Without the search columns (the whole text of the offering, folded): the page
# does not show them.
_offering = CompiledQuery(
    lambda pk: Offering.objects.public().filter(pk=pk).defer("search_name", "search_text"), -1
)
_organisation = CompiledQuery(lambda pk: Organisation.objects.filter(pk=pk), -1)
_locations = CompiledQuery(lambda pk: Location.objects.filter(offerings=pk), -1)
_texts = CompiledQuery(lambda pk: OfferingText.objects.filter(offering=pk), -1)

# The offering's relations to the vocabularies, in the order of LINKED.
LINKED: dict[str, type[Model]] = {
    "life_phases": LifePhase,
    "forums": Forum,
    "target_groups": TargetGroup,
    "languages": Language,
}


def _links_query(*pks):
    parts = []
    for number, (name, pk) in enumerate(zip(LINKED, pks, strict=True)):
        relation = getattr(Offering, name)
        parts.append(
            relation.through.objects.filter(offering_id=pk)
            .annotate(relation=Value(number))
            .values_list("relation", relation.field.m2m_reverse_name())
        )
    return parts[0].union(*parts[1:], all=True)


_links = CompiledQuery(_links_query, *range(-1, -len(LINKED) - 1, -1))


def public_offering(pk: int, version: int | None = None) -> Offering | None:
    """The public offering ``pk`` with its provider, life phases, topics, target groups,
    languages, locations (with their districts) and texts in other languages; None if
    there is no such public offering. ``version``: the offerings' pages' version where
    the caller read it already."""
    found = _offering.instances(pk)
    if not found:
        return None
    offering = found[0]
    (offering.organisation,) = _organisation.instances(offering.organisation_id)
    linked: dict[int, set[int]] = {number: set() for number in range(len(LINKED))}
    for number, value_id in _links.rows(*[pk] * len(LINKED)):
        linked[number].add(value_id)
    locations = _locations.instances(pk)
    districts = {location.district_id for location in locations} - {None}
    tables = kept_values(version)
    if not _holds(tables, linked, districts):
        # A value written without a signal (bulk_create, update()) since the
        # values were read under this version: read them anew.
        tables = kept_values(version, anew=True)
    related: dict[str, list] = {}
    for number, (name, model) in enumerate(LINKED.items()):
        # In the model's order, as prefetch_related reads them.
        related[name] = [row for row_id, row in tables[model].items() if row_id in linked[number]]
    for location in locations:
        if location.district_id in tables[District]:
            location.district = tables[District][location.district_id]
    related["locations"] = locations
    related["texts"] = _texts.instances(pk)
    offering._prefetched_objects_cache = {}
    for name, rows in related.items():
        # The related manager's own queryset (filtered to this offering, so that a
        # filter() on it still means this offering's rows), holding the rows.
        kept: QuerySet = getattr(offering, name).get_queryset()
        kept._result_cache = rows
        kept._prefetch_done = True
        offering._prefetched_objects_cache[name] = kept
    return offering


def _holds(tables, linked: dict[int, set[int]], districts: set[int]) -> bool:
    """Whether the kept tables hold every value the offering is linked to."""
    if not districts <= tables[District].keys():
        return False
    return all(
        ids <= tables[model].keys()
        for ids, model in zip(linked.values(), LINKED.values(), strict=True)
    )
