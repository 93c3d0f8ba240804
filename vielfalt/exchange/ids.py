"""Stable identifiers for exported records.

An offering keeps the external id it was imported with. One created in
Vielfalt has none, so exports name it by a UUID derived from the site's
address and its primary key: stable across exports, different on every
site, and recognised again when the same file is imported back.
HSDS requires UUIDs, so an external id that is not one is hashed into one.
"""

import uuid

from django.conf import settings


def site_namespace() -> uuid.UUID:
    return uuid.uuid5(uuid.NAMESPACE_URL, settings.SITE_URL)


def is_uuid(value: object) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


def public_id(kind: str, pk: int, external_id: str = "") -> str:
    """The id written to CSV/XLSX exports: the external id, or a UUID for the record."""
    return external_id or str(uuid.uuid5(site_namespace(), f"{kind}/{pk}"))


def hsds_id(kind: str, pk: int, external_id: str = "") -> str:
    """The id written to HSDS exports: always a UUID."""
    value = public_id(kind, pk, external_id)
    if is_uuid(value):
        return str(uuid.UUID(value))
    return str(uuid.uuid5(site_namespace(), f"{kind}-external/{value}"))


def derived_id(parent_id: str, *parts: object) -> str:
    """A UUID for a nested HSDS record (a phone, a schedule), stable for its parent."""
    return str(uuid.uuid5(uuid.UUID(parent_id), "/".join(str(part) for part in parts)))


def known_ids(kind: str, pk: int, external_id: str = "") -> set[str]:
    """Every id under which a record may come back in an imported file."""
    ids = {public_id(kind, pk, external_id), hsds_id(kind, pk, external_id)}
    if external_id:
        ids.add(external_id)
    return ids
