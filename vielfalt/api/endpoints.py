"""The open API: the public offerings as HSDS 3.0 records, read-only.

Mounted at /api/v1/ (vielfalt/urls.py); the OpenAPI document is at
/api/v1/openapi.json. There is no interactive documentation page: it would
load scripts from another server, which the site never does.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, QueryDict
from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI, Query
from ninja.errors import HttpError

from vielfalt.exchange import hsds_export
from vielfalt.offerings.forms import FinderForm
from vielfalt.offerings.search import find, finder_facets

from . import records
from .schemas import (
    About,
    Location,
    LocationPage,
    Message,
    Organization,
    OrganizationPage,
    Service,
    ServicePage,
    Taxonomy,
    TaxonomyPage,
    TaxonomyTerm,
    TaxonomyTermPage,
)

api = NinjaAPI(
    title="Vielfalt API",
    version="1",
    description=(
        "Read-only access to the public offerings of the network, shaped as "
        "Open Referral HSDS 3.0 (services, organizations, locations, taxonomies). "
        "Filters and text search work as in the site's finder. "
        "Limited per client; answers carry Access-Control-Allow-Origin: *."
    ),
    urls_namespace="api",
    docs_url=None,
    openapi_url="/openapi.json",
)

PageNumber = Query(1, ge=1, le=100_000, description="Page number, from 1.")
PerPage = Query(20, ge=1, le=records.MAX_PER_PAGE, description="Records per page (at most 100).")
# Answers besides 200: 422 for parameters of the wrong kind (from ninja), 429
# beyond the limit per client (from the middleware), 404 for an unknown id.
COMMON = {422: Message, 429: Message}
NOT_FOUND = {404: Message, **COMMON}


def not_found() -> HttpError:
    return HttpError(404, str(_("Nicht gefunden.")))


@api.get("/", response={200: About, **COMMON}, summary="About this API")
def about(request: HttpRequest) -> dict[str, Any]:
    return {
        "version": "3.0",
        "profile": "https://docs.openreferral.org/en/latest/hsds/schema_reference.html",
        "openapi_url": request.build_absolute_uri("/api/v1/openapi.json"),
    }


@api.get("/services", response={200: ServicePage, **COMMON}, summary="Public offerings, filtered")
def services(
    request: HttpRequest,
    search: str = Query("", max_length=200, description="Text search, as in the finder."),
    phase: list[str] = Query([], description="Life phase slugs (any of them)."),
    topic: list[str] = Query([], description="Topic (forum) slugs (any of them)."),
    district: list[str] = Query([], description="District slugs (any of them)."),
    group: list[str] = Query([], description="Target group slugs (any of them)."),
    language: list[str] = Query([], description="Language codes (any of them)."),
    free: bool = Query(False, description="Only offerings free of charge."),
    taxonomy_term_id: list[str] = Query([], description="HSDS taxonomy term ids."),
    page: int = PageNumber,
    per_page: int = PerPage,
) -> dict[str, Any]:
    data = QueryDict(mutable=True)
    data.setlist("q", [search])
    for key, values in {"phase": phase, "topic": topic, "district": district, "group": group,
                        "language": language}.items():  # fmt: skip
        data.setlist(key, values)
    for key, slugs in records.facet_of_term(taxonomy_term_id).items():
        data.setlist(key, [*data.getlist(key), *slugs])
    if free:
        data["free"] = "on"
    facets = finder_facets()
    form = FinderForm(data, facets)
    form.is_valid()
    result = find(facets, form.selected(), form.query, form.only_free, page, per_page)
    found = records.services(result.page_ids) if result.page == page else []
    return records.page(found, result.total, page, per_page)


@api.get("/services/{service_id}", response={200: Service, **NOT_FOUND}, summary="One offering")
def service(request: HttpRequest, service_id: str) -> dict[str, Any]:
    pk = records.primary_key("offering", service_id)
    found = records.services([pk]) if pk is not None else []
    if not found:
        raise not_found()
    return found[0]


@api.get(
    "/organizations",
    response={200: OrganizationPage, **COMMON},
    summary="Providers of public offerings",
)
def organizations(request: HttpRequest, page: int = PageNumber, per_page: int = PerPage) -> dict:
    queryset = hsds_export.organisations_queryset()
    return records.page_of(queryset, page, per_page, hsds_export.organization)


@api.get(
    "/organizations/{organization_id}",
    response={200: Organization, **NOT_FOUND},
    summary="One provider",
)
def organization(request: HttpRequest, organization_id: str) -> dict[str, Any]:
    pk = records.primary_key("organisation", organization_id)
    found = hsds_export.organisations_queryset().filter(pk=pk).first() if pk else None
    if found is None:
        raise not_found()
    return hsds_export.organization(found)


@api.get("/locations", response={200: LocationPage, **COMMON}, summary="Places of public offerings")
def locations(request: HttpRequest, page: int = PageNumber, per_page: int = PerPage) -> dict:
    return records.page_of(records.public_locations(), page, per_page, records.location)


@api.get("/locations/{location_id}", response={200: Location, **NOT_FOUND}, summary="One place")
def location(request: HttpRequest, location_id: str) -> dict[str, Any]:
    pk = records.primary_key("location", location_id)
    found = records.public_locations().filter(pk=pk).first() if pk else None
    if found is None:
        raise not_found()
    return records.location(found)


@api.get(
    "/taxonomies",
    response={200: TaxonomyPage, **COMMON},
    summary="Life phases, topics, target groups",
)
def taxonomies(request: HttpRequest, page: int = PageNumber, per_page: int = PerPage) -> dict:
    found = records.taxonomies()
    start = (page - 1) * per_page
    return records.page(found[start : start + per_page], len(found), page, per_page)


@api.get("/taxonomies/{taxonomy_id}", response={200: Taxonomy, **NOT_FOUND}, summary="One")
def taxonomy(request: HttpRequest, taxonomy_id: str) -> dict[str, Any]:
    for found in records.taxonomies():
        if found["id"] == taxonomy_id.lower():
            return found
    raise not_found()


@api.get(
    "/taxonomy_terms",
    response={200: TaxonomyTermPage, **COMMON},
    summary="The terms of the taxonomies",
)
def taxonomy_terms(
    request: HttpRequest,
    taxonomy_id: str | None = Query(None, max_length=100, description="Only this taxonomy."),
    page: int = PageNumber,
    per_page: int = PerPage,
) -> dict[str, Any]:
    found = records.taxonomy_terms(taxonomy_id)
    start = (page - 1) * per_page
    return records.page(found[start : start + per_page], len(found), page, per_page)


@api.get("/taxonomy_terms/{term_id}", response={200: TaxonomyTerm, **NOT_FOUND}, summary="One term")
def taxonomy_term(request: HttpRequest, term_id: str) -> dict[str, Any]:
    for found in records.taxonomy_terms():
        if found["id"] == term_id.lower():
            return found
    raise not_found()
