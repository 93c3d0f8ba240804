"""Offerings from Open Referral HSDS 3.0 JSON (the import).

Services are read from a single service, a single organization with its
services, a service_at_location, a list or an API page ("contents") of any
of these, or Vielfalt's own export. Services are matched by their HSDS id
(kept as external id), organizations by id or name (created if missing),
locations by id. Terms that are not in our vocabularies are left out with a
note; they are not errors.
"""

import json
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.utils.translation import gettext as _

from vielfalt.offerings.models import Offering

from . import files
from .hsds_collect import collect
from .hsds_export import TAXONOMIES, TRANSLATIONS_TAXONOMY
from .hsds_unkept import Ledger, consume
from .importer import OfferingData, PlaceData, Problem, ProviderData, Vocabularies

STATUS_IN = {
    "active": Offering.Status.ACTIVE,
    "inactive": Offering.Status.PAUSED,
    "temporarily closed": Offering.Status.PAUSED,
    "defunct": Offering.Status.ENDED,
}
COUNTRY = re.compile(r"^[A-Z]{2}$")  # ISO 3166-1 alpha-2, as HSDS asks
CURRENCY = re.compile(r"^[A-Z]{3}$")  # ISO 4217


def parse_document(
    document: Any,
) -> tuple[list[OfferingData], list[ProviderData], list[Problem], list[str], list[list[Any]]]:
    """Records, standalone providers, problems and notes from an HSDS document."""
    reader = _Reader()
    services, organisations = collect(document)
    files.check_records(len(services))
    files.check_records(len(organisations), _("Organisationen"))
    if not services and not organisations:
        reader.problems.append(
            Problem(
                "–",
                "–",
                _(
                    "In der Datei wurden keine HSDS-Angebote (services) oder "
                    "-Organisationen (organizations) gefunden."
                ),
            )
        )
    providers = []
    for number, org in enumerate(organisations, start=1):
        provider = reader.provider(org, _("Organisation {number}").format(number=number))
        if provider:
            providers.append(provider)
    seen: dict[str, str] = {}
    for number, (item, org, extra) in enumerate(services, start=1):
        record = reader.service(item, org, extra, _("Angebot {number}").format(number=number))
        if record is None:
            continue
        if record.external_id in seen:
            if seen[record.external_id] != json.dumps(item, sort_keys=True, default=str):
                reader.note(
                    _(
                        "Das Angebot „{name}“ steht mehrmals in der Datei; der erste Eintrag zählt."
                    ).format(name=record.fields.get("name", ""))
                )
            continue
        seen[record.external_id] = json.dumps(item, sort_keys=True, default=str)
        reader.records.append(record)
        reader.unkept.add(item, skip=("organization",))
        if isinstance(org, dict):
            reader.unkept.add(org, "organization", skip=("services",))
        for link in extra:
            reader.unkept.add(link, "service_at_location", skip=("service",))
    for org in organisations:
        reader.unkept.add(org, "organization", skip=("services",))
    return reader.records, providers, reader.problems, reader.notes, reader.unkept.rows()


# ``_Reader.date`` hides the name ``date`` inside the class.
Day = date


class _Reader:
    def __init__(self) -> None:
        self.vocabularies = Vocabularies()
        self.records: list[OfferingData] = []
        self.problems: list[Problem] = []
        self.notes: list[str] = []
        self.unkept = Ledger()

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def text(self, data: dict[str, Any], key: str) -> str:
        value = data.get(key)
        if value is None:
            return ""
        if isinstance(value, (dict, list)):
            return ""
        return " ".join(str(value).split()) if key != "description" else str(value).strip()

    def fit(self, value: str, limit: int, what: str) -> str:
        if len(value) > limit:
            self.note(
                _("{what} war länger als {limit} Zeichen und wurde gekürzt.").format(
                    what=what, limit=limit
                )
            )
            return value[: limit - 1].rstrip() + "…"
        return value

    def email(self, value: str, where: str) -> str:
        if not value:
            return ""
        try:
            validate_email(value)
        except ValidationError:
            self.note(
                _("Ungültige E-Mail-Adresse „{value}“ ({where}) übergangen.").format(
                    value=value, where=where
                )
            )
            return ""
        return value[:254]

    def url(self, value: str, where: str) -> str:
        if not value:
            return ""
        try:
            URLValidator(schemes=["http", "https"])(value)
        except ValidationError:
            self.note(
                _("Ungültige Webadresse „{value}“ ({where}) übergangen.").format(
                    value=value, where=where
                )
            )
            return ""
        return value if len(value) <= 200 else ""

    def identifier(self, data: dict[str, Any], row: str, column: str) -> str | None:
        value = data.get("id")
        if not isinstance(value, str) or not value.strip():
            self.problems.append(Problem(row, column, _("Die HSDS-ID (id) fehlt.")))
            return None
        if len(value.strip()) > 100:
            self.problems.append(Problem(row, column, _("Die HSDS-ID (id) ist zu lang.")))
            return None
        return value.strip()

    def provider(self, org: Any, row: str) -> ProviderData | None:
        if not isinstance(org, dict) or self.too_big(org, row):
            return None
        identifier = self.identifier(org, row, "organization.id")
        name = self.text(org, "name")
        if not name:
            self.problems.append(
                Problem(row, "organization.name", _("Der Name der Organisation fehlt."))
            )
            return None
        if identifier is None:
            return None
        if len(name) > 200:
            self.problems.append(
                Problem(row, "organization.name", _("Der Name ist länger als 200 Zeichen."))
            )
            return None
        phones = [p for p in org.get("phones") or [] if isinstance(p, dict)]
        return ProviderData(
            hsds_id=identifier,
            name=name,
            description=str(org.get("description") or "").strip(),
            website=self.url(self.text(org, "website"), name),
            email=self.email(self.text(org, "email"), name),
            phone=self.text(phones[0], "number")[:40] if phones else "",
        )

    def too_big(self, item: dict[str, Any], row: str) -> bool:
        """A problem for each part of a record that exceeds the limits of every format."""
        found = False
        for path, value in [("–", item), *dict.items(item)]:
            message = files.too_many_fields(value)
            if message:
                self.problems.append(Problem(row, path, message))
                found = True
        return found

    def service(
        self, item: dict[str, Any], org: Any, extra_locations: list[Any], row: str
    ) -> OfferingData | None:
        if self.too_big(item, row):
            return None
        identifier = self.identifier(item, row, "id")
        name = self.text(item, "name")
        if not name:
            self.problems.append(Problem(row, "name", _("Der Name des Angebots fehlt.")))
        elif len(name) > 200:
            self.problems.append(Problem(row, "name", _("Der Name ist länger als 200 Zeichen.")))
        provider = self.provider(org, row)
        if provider is None and not any(p.row == row for p in self.problems):
            self.problems.append(
                Problem(
                    row, "organization", _("Zum Angebot fehlt die Organisation (organization).")
                )
            )
        if identifier is None or provider is None or not name or len(name) > 200:
            return None
        fields: dict[str, Any] = {"name": name}
        self.describe(item, fields, name)
        contacts = [c for c in item.get("contacts") or [] if isinstance(c, dict)]
        contact = contacts[0] if contacts else {}
        phones = [p for p in item.get("phones") or [] if isinstance(p, dict)]
        phones += [p for p in contact.get("phones") or [] if isinstance(p, dict)]
        if dict.get(contact, "email") == item.get("email"):
            contact.get("email")  # the same address twice is kept once
        if "email" in item or contacts:
            fields["contact_email"] = self.email(
                self.text(item, "email") or self.text(contact, "email"), name
            )
        if contacts:
            fields["contact_name"] = self.fit(self.text(contact, "name"), 200, _("Ansprechperson"))
        if phones:
            number = self.text(phones[0], "number")
            fields["contact_phone"] = self.fit(number, 40, _("Telefon"))
            for phone in phones:  # the same number given twice is kept once
                if dict.get(phone, "number") == phones[0].get("number"):
                    phone.get("number")
        if "url" in item:
            fields["url"] = self.url(self.text(item, "url"), name)
        if "eligibility_description" in item:
            fields["eligibility"] = self.text(item, "eligibility_description")
        schedules = [s for s in item.get("schedules") or [] if isinstance(s, dict)]
        if "schedules" in item:
            fields["schedule"] = "\n".join(
                self.text(s, "description") for s in schedules if self.text(s, "description")
            )
        self.costs(item, fields)
        assured = self.date(self.text(item, "assured_date"), name)
        if assured:
            fields["last_confirmed"] = assured
        status = self.text(item, "status").lower()
        if status in STATUS_IN:
            fields["status"] = STATUS_IN[status]
        elif status:
            self.note(_("Unbekannter Status „{value}“ übergangen.").format(value=status))
        relations = self.terms(item)
        places = None
        links = [s for s in item.get("service_at_locations") or [] if isinstance(s, dict)]
        links += extra_locations
        if links:
            places, accessibility = self.places(links, row)
            if accessibility:
                fields["accessibility"] = accessibility
        return OfferingData(
            row=row,
            external_id=identifier,
            organisation=provider,
            fields=fields,
            relations=relations,
            places=places,
            unconfirmed=True,  # a file from elsewhere is not the provider's confirmation
        )

    def date(self, value: str, where: str) -> Day | None:
        if not value:
            return None
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            self.note(
                _("Ungültiges Datum „{value}“ ({where}) übergangen.").format(
                    value=value, where=where
                )
            )
            return None

    def code(self, value: str, pattern: re.Pattern[str], where: str) -> str:
        """A country or currency code as given (upper case); a note if it is none."""
        value = value.strip().upper()
        if value and not pattern.match(value):
            self.note(
                _("Ungültiger Code „{value}“ ({where}) übergangen.").format(
                    value=value, where=where
                )
            )
            return ""
        return value

    def describe(self, item: dict[str, Any], fields: dict[str, Any], name: str) -> None:
        text = str(item.get("description") or "").strip()
        if not text:
            fields["short_description"] = name[:300]
            fields["description"] = ""
            return
        first, _sep, rest = text.partition("\n\n")
        first = " ".join(first.split())
        if len(first) <= 300:
            fields["short_description"] = first
            fields["description"] = rest.strip()
        else:
            cut = first[:299].rsplit(" ", 1)[0]
            fields["short_description"] = cut + "…"
            fields["description"] = text

    def costs(self, item: dict[str, Any], fields: dict[str, Any]) -> None:
        options = [c for c in item.get("cost_options") or [] if isinstance(c, dict)]
        fee = self.text(item, "fees_description") or self.text(item, "fees")
        amounts = []
        for option in options:
            try:
                amounts.append(Decimal(str(option.get("amount"))))
            except (InvalidOperation, ValueError):
                continue
        if options:
            currencies = [self.text(o, "currency") for o in options if self.text(o, "currency")]
            if currencies:
                fields["currency"] = self.code(currencies[0], CURRENCY, _("Währung")) or "EUR"
            if len(set(currencies)) > 1:
                self.unkept.count("cost_options[].currency")
        paid = [amount for amount in amounts if amount != 0]
        if any(amount == 0 for amount in amounts):
            fields["is_free"] = True
            for option in options:  # "free" says it all
                option.get("option")
        elif amounts or fee:
            fields["is_free"] = False
            if not fee:
                fee = "; ".join(
                    self.text(o, "option") or self.text(o, "amount_description")
                    for o in options
                    if self.text(o, "option") or self.text(o, "amount_description")
                )
        if "fees_description" in item or "fees" in item or options:
            fields["fee"] = self.fit(fee, 300, _("Kosten"))
            for option in options:  # the same text as the description of the fees
                if dict.get(option, "option") == fee:
                    option.get("option")
        if options:
            kept = paid[0] if paid and not fields.get("is_free") else None
            if kept is not None and not (
                abs(kept) < 10**8 and kept == kept.quantize(Decimal("0.01"))
            ):
                self.note(_("Ungültiger Betrag „{value}“ übergangen.").format(value=kept))
                kept = None
            fields["fee_amount"] = kept
            if len(set(paid)) > 1:
                self.unkept.count("cost_options[].amount")

    def terms(self, item: dict[str, Any]) -> dict[str, list[Any]]:
        relations: dict[str, list[Any]] = {}
        languages = [lang for lang in item.get("languages") or [] if isinstance(lang, dict)]
        consume(languages)  # each is kept as a language of ours, or named in a note
        if languages:
            found: list[Any] = []
            for language in languages:
                match = self.vocabularies.find(
                    "languages", self.text(language, "code")
                ) or self.vocabularies.find("languages", self.text(language, "name"))
                if match is None:
                    self.note(
                        _(
                            "Die Sprache „{name}“ ({code}) gibt es hier nicht; sie wurde übergangen."
                        ).format(name=self.text(language, "name"), code=self.text(language, "code"))
                    )
                elif match not in found:
                    found.append(match)
            relations["languages"] = found
        kinds_by_taxonomy = {taxonomy: kind for kind, taxonomy in TAXONOMIES.items()}
        for entry in item.get("attributes") or []:
            consume(entry)  # kept as one of our terms, or named in a note
            term = entry.get("taxonomy_term") if isinstance(entry, dict) else None
            if not isinstance(term, dict):
                continue
            taxonomy = self.text(term, "taxonomy")
            if taxonomy == TRANSLATIONS_TAXONOMY:
                continue  # translations of the texts (our own export): not imported from HSDS
            kinds = (
                [kinds_by_taxonomy[taxonomy]] if taxonomy in kinds_by_taxonomy else list(TAXONOMIES)
            )
            match = None
            for kind in kinds:
                for text in (self.text(term, "code"), self.text(term, "name")):
                    obj = self.vocabularies.find(kind, text) if text else None
                    if obj:
                        match = (kind, obj)
                        break
                if match:
                    break
            if match is None:
                self.note(
                    _(
                        "Der Begriff „{name}“ (Taxonomie „{taxonomy}“) ist keine Lebensphase, "
                        "kein Thema und keine Zielgruppe von hier; er wurde übergangen."
                    ).format(name=self.text(term, "name"), taxonomy=taxonomy or "–")
                )
                continue
            kind, obj = match
            if obj not in relations.setdefault(kind, []):
                relations[kind].append(obj)
        return relations

    def places(self, links: list[Any], row: str) -> tuple[list[PlaceData], str]:
        places: list[PlaceData] = []
        accessibility: list[str] = []
        for link in links:
            location = link.get("location")
            if not isinstance(location, dict):
                continue
            if location.get("location_type") == "virtual":
                self.note(_("Virtuelle Orte (online) werden nicht als Ort übernommen."))
                consume(location)  # named in the note
                continue
            identifier = self.identifier(location, row, "location.id")
            if identifier is None:
                continue
            addresses = [a for a in location.get("addresses") or [] if isinstance(a, dict)]
            address = next(
                (a for a in addresses if a.get("address_type") == "physical"),
                addresses[0] if addresses else {},
            )
            street = ", ".join(
                part
                for part in (self.text(address, "address_1"), self.text(address, "address_2"))
                if part
            )
            place = PlaceData(
                external_id=identifier,
                name=self.fit(
                    self.text(location, "name") or street or _("Ort"), 200, _("Name des Ortes")
                ),
                street=self.fit(street, 200, _("Straße")),
                postal_code=self.fit(self.text(address, "postal_code"), 10, _("Postleitzahl")),
                city=self.fit(self.text(address, "city"), 100, _("Ort")),
                # Empty stands for the site's own state and country, as in the export.
                state_province=own(
                    self.fit(self.text(address, "state_province"), 100, _("Bundesland")),
                    getattr(settings, "SITE_STATE", ""),
                ),
                country=own(
                    self.code(self.text(address, "country"), COUNTRY, _("Land")),
                    getattr(settings, "SITE_COUNTRY", "DE"),
                ),
            )
            region = self.text(address, "region")
            if region:
                place.district = self.vocabularies.find("districts", region)
                if place.district is None:
                    self.note(
                        _(
                            "Der Stadtteil „{value}“ ist hier unbekannt und wurde übergangen."
                        ).format(value=region)
                    )
            place.latitude, place.longitude = self.coordinates(location)
            places.append(place)
            for entry in location.get("accessibility") or []:
                if isinstance(entry, dict):
                    text = self.text(entry, "description")
                    if text and text not in accessibility:
                        accessibility.append(text)
        return places, "\n".join(accessibility)

    def coordinates(self, location: dict[str, Any]) -> tuple[Decimal | None, Decimal | None]:
        try:
            latitude = Decimal(str(location["latitude"])).quantize(Decimal("0.000001"))
            longitude = Decimal(str(location["longitude"])).quantize(Decimal("0.000001"))
        except (KeyError, InvalidOperation, ValueError, TypeError):
            return None, None
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            self.note(_("Ungültige Koordinaten eines Ortes wurden übergangen."))
            return None, None
        return latitude, longitude


def own(value: str, site_value: str) -> str:
    """ "" for the site's own value, so that an export imported again changes nothing."""
    return "" if value == site_value else value
