"""What the API answers with: HSDS records of the public offerings, in pages.

The records are made by ``vielfalt.exchange.hsds_export`` (the same shapes
as the HSDS file export); this module adds what the export does not need:
pages, the taxonomies as records of their own, and finding a record by its
HSDS id.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterable, Sequence
from types import SimpleNamespace
from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from vielfalt.exchange import hsds_export
from vielfalt.exchange.ids import hsds_id, site_namespace
from vielfalt.forums.models import Forum
from vielfalt.lib import versions
from vielfalt.offerings.facets import VERSION_KEY
from vielfalt.offerings.models import Location, Offering
from vielfalt.vocabularies.models import LifePhase, TargetGroup

MAX_PER_PAGE = 100


def page(items: Sequence[Any], total: int, number: int, size: int) -> dict[str, Any]:
    """HSDS's paginated response around ``items`` (page ``number`` of ``size`` each)."""
    total_pages = max(1, -(-total // size))
    return {
        "total_items": total,
        "total_pages": total_pages,
        "page_number": number,
        "size": len(items),
        "first_page": number == 1,
        "last_page": number >= total_pages,
        "empty": not items,
        "contents": list(items),
    }


def page_of(queryset: QuerySet, number: int, size: int, shape: Callable) -> dict[str, Any]:
    """One page of ``queryset`` (ordered), each row made into a record by ``shape``."""
    total = queryset.count()
    start = (number - 1) * size
    rows = list(queryset[start : start + size]) if start < total else []
    return page([shape(row) for row in rows], total, number, size)


# -- services --------------------------------------------------------------


def services(offering_ids: Iterable[int]) -> list[dict[str, Any]]:
    """The HSDS services of the public offerings ``offering_ids``, in that order."""
    ids = list(offering_ids)
    by_id = {o.pk: o for o in hsds_export.export_queryset().filter(pk__in=ids)}
    return [hsds_export.service(by_id[pk]) for pk in ids if pk in by_id]


# -- locations -------------------------------------------------------------

# Vielfalt records accessibility per offering, not per place: a location on
# its own is shaped without it.
_NO_OFFERING = SimpleNamespace(accessibility="")
NIL = str(uuid.UUID(int=0))


def public_locations() -> QuerySet[Location]:
    """The places of public offerings, in name order."""
    return (
        Location.objects.filter(pk__in=Offering.objects.public().values("locations"))
        .select_related("district")
        .order_by("name", "pk")
    )


def location(place: Location) -> dict[str, Any]:
    nested = hsds_export.service_at_location(_NO_OFFERING, NIL, place)  # type: ignore[arg-type]
    record: dict[str, Any] = nested["location"]
    return record


# -- taxonomies ------------------------------------------------------------


def taxonomy_id(taxonomy: str) -> str:
    return str(uuid.uuid5(site_namespace(), f"taxonomy/{taxonomy}"))


def taxonomy_sources() -> dict[str, tuple[str, str, Callable[[], QuerySet]]]:
    """HSDS taxonomy code -> (name, description, its terms)."""
    codes = hsds_export.TAXONOMIES
    return {
        codes["life_phases"]: (
            _("Lebensphasen"),
            _("Die Lebensphasen der Präventionskette, von der Schwangerschaft bis ins Alter."),
            LifePhase.objects.all,
        ),
        codes["forums"]: (
            _("Themen"),
            _("Die Themen der Foren des Netzwerks."),
            Forum.objects.public,
        ),
        codes["target_groups"]: (
            _("Zielgruppen"),
            _("Für wen ein Angebot gedacht ist."),
            TargetGroup.objects.all,
        ),
    }


def taxonomies() -> list[dict[str, Any]]:
    return [
        {"id": taxonomy_id(code), "name": name, "description": description}
        for code, (name, description, _terms) in taxonomy_sources().items()
    ]


def taxonomy_terms(taxonomy: str | None = None) -> list[dict[str, Any]]:
    """The terms of every taxonomy (or of the one with that HSDS id or code)."""
    kinds = {code: kind for kind, code in hsds_export.TAXONOMIES.items()}
    found = []
    for code, (_name, _description, terms) in taxonomy_sources().items():
        if taxonomy not in (None, code, taxonomy_id(code)):
            continue
        for term in terms():
            # The export nests each term in an attribute; the term is taken from there.
            record = hsds_export.attribute(NIL, kinds[code], code, term)
            found.append({**record["taxonomy_term"], "taxonomy_id": taxonomy_id(code)})
    return found


def facet_of_term(term_ids: Iterable[str]) -> dict[str, list[str]]:
    """Finder filter key -> slugs, for HSDS taxonomy term ids (unknown ones are left out)."""
    keys = {"vielfalt:life_phases": "phase", "vielfalt:topics": "topic"}
    keys["vielfalt:target_groups"] = "group"
    wanted = set(term_ids)
    chosen: dict[str, list[str]] = {}
    for term in taxonomy_terms():
        if term["id"] in wanted:
            chosen.setdefault(keys[term["taxonomy"]], []).append(term["code"])
    return chosen


# -- finding a record by its HSDS id ---------------------------------------
# HSDS ids are UUIDs derived from the primary key (or the external id), so
# they cannot be turned back: each worker keeps a map per kind, rebuilt when
# the finder's data version changes (a new public offering, a new place).

_maps: dict[str, tuple[int, dict[str, int]]] = {}
_maps_lock = threading.Lock()


def _rows(kind: str) -> Iterable[tuple[int, str]]:
    if kind == "offering":
        return Offering.objects.public().values_list("pk", "external_id").iterator(5000)
    if kind == "location":
        return public_locations().values_list("pk", "external_id").iterator(5000)
    return (
        (pk, "")
        for pk in hsds_export.organisations_queryset().values_list("pk", flat=True).iterator(5000)
    )


def primary_key(kind: str, record_id: str) -> int | None:
    """The primary key of the public record of ``kind`` with that HSDS id, or None."""
    version = versions.get(VERSION_KEY)
    cached = _maps.get(kind)
    if cached is None or cached[0] != version:
        with _maps_lock:
            mapping = {hsds_id(kind, pk, external): pk for pk, external in _rows(kind)}
            _maps[kind] = cached = (version, mapping)
    return cached[1].get(record_id.lower())
