"""Finding the services and organizations in an HSDS document of any shape."""

from typing import Any


def collect(
    document: Any,
) -> tuple[list[tuple[dict[str, Any], Any, list[Any]]], list[dict[str, Any]]]:
    """(service, organization or None, extra locations) for every service in the document,
    and the organizations given on their own."""
    services: list[tuple[dict[str, Any], Any, list[Any]]] = []
    organisations: list[dict[str, Any]] = []
    items = document
    if isinstance(document, dict):
        if isinstance(document.get("contents"), list):
            items = document["contents"]
        elif "services" in document and "organizations" in document:
            by_id = {
                org.get("id"): org
                for org in document.get("organizations") or []
                if isinstance(org, dict)
            }
            for item in document.get("services") or []:
                if isinstance(item, dict):
                    org = item.get("organization") or by_id.get(item.get("organization_id"))
                    services.append((item, org, []))
            organisations += list(by_id.values())
            return services, organisations
        else:
            items = [document]
    if not isinstance(items, list):
        return services, organisations
    for item in items:
        if not isinstance(item, dict):
            continue
        if isinstance(item.get("service"), dict):  # a service_at_location
            extra = [item] if isinstance(item.get("location"), dict) else []
            inner = item["service"]
            services.append((inner, inner.get("organization"), extra))
        elif is_organisation(item):
            organisations.append(item)
            for inner in item.get("services") or []:
                if isinstance(inner, dict):
                    services.append((inner, inner.get("organization") or item, []))
        elif "status" in item or "service_at_locations" in item:
            services.append((item, item.get("organization"), []))
    return services, organisations


ORGANISATION_KEYS = {
    "services",
    "website",
    "tax_status",
    "tax_id",
    "year_incorporated",
    "legal_status",
    "logo",
    "uri",
    "parent_organization_id",
    "organization_identifiers",
    "programs",
}
PLAIN_ORGANISATION_KEYS = {"id", "name", "alternate_name", "description", "email", "phones"}


def is_organisation(item: dict[str, Any]) -> bool:
    """An HSDS organization (and not a location or a taxonomy term, which also have a name)."""
    if "status" in item or "location_type" in item or "taxonomy" in item:
        return False
    keys = set(item)
    return bool(keys & ORGANISATION_KEYS) or ({"id", "name"} <= keys <= PLAIN_ORGANISATION_KEYS)
