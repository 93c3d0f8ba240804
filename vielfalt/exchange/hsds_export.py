"""Offerings as Open Referral HSDS 3.0 JSON (the export).

Each public offering becomes an HSDS service with its organization,
locations (service_at_locations), contact, phones, languages, cost options,
schedule description, status and taxonomy terms for life phases, topics
(forums) and target groups; the document also lists the organizations.
Only the offering's published contact is included, no other personal data.

HSDS 3.0 has no place for a text in several languages: its texts are in the
document's language (German here). The translations of an offering's texts
travel as attributes of the service: one per language and text, in the
taxonomy "vielfalt:text_translations", whose term is the language (code =
the BCP 47 code, ``language`` = that code as well) and whose ``link_type``
names the translated field (name, description); ``value`` holds the text.
Every record stays valid against the official schemas.
"""

import json
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from babel import Locale, UnknownLocaleError
from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from vielfalt.network.models import Organisation
from vielfalt.offerings.models import Location, Offering

from .ids import derived_id, hsds_id, site_namespace

TAXONOMIES = {
    "life_phases": "vielfalt:life_phases",
    "forums": "vielfalt:topics",
    "target_groups": "vielfalt:target_groups",
}
STATUS_OUT: dict[str, str] = {
    Offering.Status.ACTIVE: "active",
    Offering.Status.PAUSED: "inactive",
    Offering.Status.ENDED: "defunct",
}


def export_queryset() -> QuerySet[Offering]:
    """Public offerings with all they need for HSDS, in a constant number of queries."""
    queryset: QuerySet[Offering] = Offering.objects.public().with_texts().order_by("name", "pk")
    return queryset


def organisations_queryset() -> QuerySet[Organisation]:
    """The organisations that provide public offerings."""
    return Organisation.objects.filter(
        pk__in=Offering.objects.public().values("organisation_id")
    ).order_by("name", "pk")


def organisation_id(organisation: Organisation) -> str:
    return hsds_id("organisation", organisation.pk)


def organization(organisation: Organisation) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": organisation_id(organisation),
        "name": organisation.name,
        "description": organisation.description,
    }
    if organisation.website:
        data["website"] = organisation.website
    return data


def description_text(offering: Offering) -> str:
    """HSDS has one description: the short one first, the long one after a blank line."""
    if offering.description:
        return f"{offering.short_description}\n\n{offering.description}"
    return offering.short_description


def term_id(taxonomy: str, slug: str) -> str:
    return str(uuid.uuid5(site_namespace(), f"taxonomy_term/{taxonomy}/{slug}"))


def service(offering: Offering) -> dict[str, Any]:
    """One offering as an HSDS service (with its organization nested)."""
    sid = hsds_id("offering", offering.pk, offering.external_id)
    organisation = offering.organisation
    data: dict[str, Any] = {
        "id": sid,
        "organization_id": organisation_id(organisation),
        "name": offering.name,
        "description": description_text(offering),
        "status": STATUS_OUT[offering.status],
        "assured_date": offering.last_confirmed.isoformat(),
        "last_modified": offering.updated.isoformat(),
    }
    if offering.url:
        data["url"] = offering.url
    if offering.contact_email:
        data["email"] = offering.contact_email
    if offering.fee:
        data["fees_description"] = offering.fee
    if offering.eligibility:
        data["eligibility_description"] = offering.eligibility
    phases = list(offering.life_phases.all())
    minimums = [phase.min_age for phase in phases if phase.min_age is not None]
    maximums = [phase.max_age for phase in phases if phase.max_age is not None]
    if phases and len(minimums) == len(phases):
        data["minimum_age"] = min(minimums)
    if phases and len(maximums) == len(phases):
        data["maximum_age"] = max(maximums)
    if offering.contact_phone:
        data["phones"] = [
            {"id": derived_id(sid, "phone"), "service_id": sid, "number": offering.contact_phone}
        ]
    if offering.contact_name or offering.contact_email or offering.contact_phone:
        contact_id = derived_id(sid, "contact")
        contact: dict[str, Any] = {
            "id": contact_id,
            "service_id": sid,
            "name": offering.contact_name,
        }
        if offering.contact_email:
            contact["email"] = offering.contact_email
        if offering.contact_phone:
            contact["phones"] = [
                {
                    "id": derived_id(contact_id, "phone"),
                    "contact_id": contact_id,
                    "number": offering.contact_phone,
                }
            ]
        data["contacts"] = [contact]
    if offering.schedule:
        data["schedules"] = [
            {"id": derived_id(sid, "schedule"), "service_id": sid, "description": offering.schedule}
        ]
    data["languages"] = [
        {
            "id": derived_id(sid, "language", language.code),
            "service_id": sid,
            "name": language.name,
            "code": language.code,
        }
        for language in offering.languages.all()
    ]
    if offering.is_free:
        cost: dict[str, Any] = {
            "option": _("kostenlos"),
            "amount": 0,
            "currency": offering.currency,
        }
    else:
        cost = {"option": offering.fee or _("kostenpflichtig"), "currency": offering.currency}
        if offering.fee_amount is not None:
            cost["amount"] = float(offering.fee_amount)
    data["cost_options"] = [{"id": derived_id(sid, "cost"), "service_id": sid, **cost}]
    data["service_at_locations"] = [
        service_at_location(offering, sid, location) for location in offering.locations.all()
    ]
    data["attributes"] = [
        attribute(sid, kind, taxonomy, term)
        for kind, taxonomy in TAXONOMIES.items()
        for term in getattr(offering, kind).all()
    ]
    data["attributes"] += translation_attributes(sid, offering)
    data["organization"] = organization(organisation)
    return data


TRANSLATIONS_TAXONOMY = "vielfalt:text_translations"


def language_name(code: str) -> str:
    """The language's name in itself (CLDR), else its code."""
    try:
        return Locale.parse(code.replace("-", "_")).get_display_name(code.replace("-", "_")) or code
    except (ValueError, UnknownLocaleError):
        return code


def translation_attributes(sid: str, offering: Offering) -> list[dict[str, Any]]:
    """The offering's texts in other languages, as attributes (see the module's doc)."""
    attributes = []
    for text in offering.texts.all():
        tid = term_id(TRANSLATIONS_TAXONOMY, text.language)
        term = {
            "id": tid,
            "code": text.language,
            "name": language_name(text.language),
            "description": _("Übersetzung der Texte des Angebots"),
            "taxonomy": TRANSLATIONS_TAXONOMY,
            "language": text.language,
        }
        description = (
            f"{text.short_description}\n\n{text.description}"
            if text.description
            else text.short_description
        )
        for field, value in (("name", text.name), ("description", description)):
            if value:
                attributes.append(
                    {
                        "id": derived_id(sid, "translation", text.language, field),
                        "link_id": sid,
                        "link_type": field,
                        "link_entity": "service",
                        "value": value,
                        "taxonomy_term_id": tid,
                        "taxonomy_term": term,
                    }
                )
    return attributes


def attribute(sid: str, kind: str, taxonomy: str, term: Any) -> dict[str, Any]:
    tid = term_id(taxonomy, term.slug)
    return {
        "id": derived_id(sid, "attribute", taxonomy, term.slug),
        "link_id": sid,
        "link_type": kind,
        "link_entity": "service",
        "taxonomy_term_id": tid,
        "taxonomy_term": {
            "id": tid,
            "code": term.slug,
            "name": term.name,
            "description": term.description,
            "taxonomy": taxonomy,
            "language": "de",
        },
    }


def service_at_location(offering: Offering, sid: str, location: Location) -> dict[str, Any]:
    lid = hsds_id("location", location.pk, location.external_id)
    place: dict[str, Any] = {"id": lid, "location_type": "physical", "name": location.name}
    if location.latitude is not None and location.longitude is not None:
        place["latitude"] = float(location.latitude)
        place["longitude"] = float(location.longitude)
    if location.street or location.city or location.postal_code:
        address: dict[str, Any] = {
            "id": derived_id(lid, "address"),
            "location_id": lid,
            "address_1": location.street,
            "city": location.city,
            "state_province": location.state_province or getattr(settings, "SITE_STATE", ""),
            "postal_code": location.postal_code,
            "country": location.country or getattr(settings, "SITE_COUNTRY", "DE"),
            "address_type": "physical",
        }
        if location.district:
            address["region"] = location.district.name
        place["addresses"] = [address]
    if offering.accessibility:
        place["accessibility"] = [
            {
                "id": derived_id(sid, "accessibility", lid),
                "location_id": lid,
                "description": offering.accessibility,
            }
        ]
    return {
        "id": derived_id(sid, "service_at_location", lid),
        "service_id": sid,
        "location_id": lid,
        "location": place,
    }


def document_chunks(
    offerings: Iterable[Offering], organisations: Iterable[Organisation]
) -> Iterator[str]:
    """The export document as pieces of JSON text, one record at a time."""
    head = {
        "version": "3.0",
        "generated_at": timezone.now().isoformat(),
        "source": settings.SITE_URL,
    }
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "services": ['
    for number, offering in enumerate(offerings):
        yield ("," if number else "") + "\n" + json.dumps(service(offering), ensure_ascii=False)
    yield '\n], "organizations": ['
    for number, organisation in enumerate(organisations):
        yield (
            ("," if number else "")
            + "\n"
            + json.dumps(organization(organisation), ensure_ascii=False)
        )
    yield "\n]}\n"
