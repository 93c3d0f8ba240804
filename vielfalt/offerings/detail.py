"""An offering with everything its public page shows, from SQL built once per process.

``Offering.objects.public().with_texts()`` reads an offering's page in seven
queries; building and compiling them took the ORM about 5 of the 10 ms that a
page not yet in the cache of page parts cost (bench/profile_load.py offering,
bench/README.md). Here each query's SQL is built once (lib/compiled.py), the
rows become instances as the ORM makes them, and the relations are put where
``prefetch_related`` puts them: the template reads them without a query.
The querysets below stay the definition of what is read.
"""

from django.db.models import QuerySet

from vielfalt.forums.models import Forum
from vielfalt.lib.compiled import CompiledQuery
from vielfalt.network.models import Organisation
from vielfalt.vocabularies.models import District, Language, LifePhase, TargetGroup

from .models import Location, Offering, OfferingText

# Without the search columns (the whole text of the offering, folded): the page
# does not show them.
_offering = CompiledQuery(
    lambda pk: Offering.objects.public().filter(pk=pk).defer("search_name", "search_text"), -1
)
_organisation = CompiledQuery(lambda pk: Organisation.objects.filter(pk=pk), -1)
# Each relation as prefetch_related("…") reads it: the related model's ordering.
_relations = {
    "life_phases": CompiledQuery(lambda pk: LifePhase.objects.filter(offerings=pk), -1),
    "forums": CompiledQuery(lambda pk: Forum.objects.filter(offerings=pk), -1),
    "target_groups": CompiledQuery(lambda pk: TargetGroup.objects.filter(offerings=pk), -1),
    "languages": CompiledQuery(lambda pk: Language.objects.filter(offerings=pk), -1),
    "locations": CompiledQuery(lambda pk: Location.objects.filter(offerings=pk), -1),
    "texts": CompiledQuery(lambda pk: OfferingText.objects.filter(offering=pk), -1),
}
_districts = CompiledQuery(lambda pk: District.objects.filter(locations__offerings=pk), -1)


def public_offering(pk: int) -> Offering | None:
    """The public offering ``pk`` with its provider, life phases, topics, target groups,
    languages, locations (with their districts) and texts in other languages; None if
    there is no such public offering."""
    found = _offering.instances(pk)
    if not found:
        return None
    offering = found[0]
    (offering.organisation,) = _organisation.instances(offering.organisation_id)
    offering._prefetched_objects_cache = {}
    for name, query in _relations.items():
        related = query.instances(pk)
        if name == "locations":
            districts = {district.pk: district for district in _districts.instances(pk)}
            for location in related:
                if location.district_id is not None:
                    location.district = districts[location.district_id]
        kept: QuerySet = QuerySet(model=query.model)
        kept._result_cache = related
        kept._prefetch_done = True
        offering._prefetched_objects_cache[name] = kept
    return offering
