"""The API's response shapes for the OpenAPI document (HSDS 3.0 field names).

The records themselves come from ``vielfalt.exchange.hsds_export`` (the
shapes of the HSDS file export); these models name their main fields and
allow the others, so the document describes what is sent without
repeating every HSDS field.
"""

from __future__ import annotations

from typing import Any

from ninja import Schema
from pydantic import ConfigDict


class Record(Schema):
    model_config = ConfigDict(extra="allow")


class Service(Record):
    id: str
    name: str
    status: str
    organization_id: str
    description: str
    languages: list[dict[str, Any]]
    cost_options: list[dict[str, Any]]
    service_at_locations: list[dict[str, Any]]
    attributes: list[dict[str, Any]]
    organization: dict[str, Any]


class Organization(Record):
    id: str
    name: str
    description: str


class Location(Record):
    id: str
    location_type: str
    name: str


class Taxonomy(Record):
    id: str
    name: str
    description: str


class TaxonomyTerm(Record):
    id: str
    name: str
    description: str
    code: str
    taxonomy: str
    taxonomy_id: str


class Page(Schema):
    """HSDS's paginated response."""

    total_items: int
    total_pages: int
    page_number: int
    size: int
    first_page: bool
    last_page: bool
    empty: bool


class ServicePage(Page):
    contents: list[Service]


class OrganizationPage(Page):
    contents: list[Organization]


class LocationPage(Page):
    contents: list[Location]


class TaxonomyPage(Page):
    contents: list[Taxonomy]


class TaxonomyTermPage(Page):
    contents: list[TaxonomyTerm]


class About(Schema):
    version: str
    profile: str
    openapi_url: str


class Message(Schema):
    detail: Any
