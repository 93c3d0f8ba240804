"""Validation, dry run and apply for imported offerings.

The readers (tabular.py, hsds_import.py) turn a file into OfferingData records (records.py) and
a list of problems. When there are no problems, run_import() walks the
records in one transaction: it finds each offering (by external id, or by
provider and name), compares, and creates or updates only what differs.
A dry run is the very same walk, rolled back at the end, so that what it
shows is exactly what the confirm will store.
"""

from collections.abc import Callable, Iterable
from typing import Any

from django.db import transaction
from django.db.models import Field, Model
from django.db.models.functions import Lower
from django.utils.text import slugify
from django.utils.translation import gettext as _

from vielfalt.forums.models import Forum
from vielfalt.network.models import Organisation
from vielfalt.offerings.models import Location, Offering
from vielfalt.vocabularies.models import District, Language, LifePhase, TargetGroup

from .ids import known_ids
from .records import OfferingData, Outcome, PlaceData, Problem, ProviderData, Report

__all__ = [
    "OfferingData",
    "PlaceData",
    "Problem",
    "ProviderData",
    "Providers",
    "Report",
    "Vocabularies",
    "run_import",
]

RELATIONS = ("life_phases", "forums", "target_groups", "languages")


class Vocabularies:
    """Vocabulary entries found by slug or by name (German or English), case-insensitive."""

    MODELS: dict[str, type[Model]] = {
        "life_phases": LifePhase,
        "forums": Forum,
        "target_groups": TargetGroup,
        "languages": Language,
        "districts": District,
    }

    def __init__(self) -> None:
        self.entries: dict[str, list[Any]] = {}
        self.by_text: dict[str, dict[str, Any]] = {}
        for kind, model in self.MODELS.items():
            objects: list[Any] = list(model._default_manager.order_by("position", "name"))
            self.entries[kind] = objects
            index: dict[str, Any] = {}
            for obj in objects:
                texts = [obj.slug, obj.name, getattr(obj, "name_en", "")]
                if kind == "languages":
                    texts += [obj.code, obj.native_name]
                for text in texts:
                    if text:
                        index.setdefault(normal(text), obj)
            self.by_text[kind] = index

    def find(self, kind: str, text: str) -> Any:
        return self.by_text[kind].get(normal(text))

    def choices(self, kind: str) -> str:
        """The values to offer in templates and help; a closed forum is not offered."""
        offered = [
            obj
            for obj in self.entries[kind]
            if not (kind == "forums" and obj.status == Forum.Status.CLOSED)
        ]
        return ", ".join(obj.slug for obj in offered) or "–"


class Providers:
    """Organisations found by slug or exact name (case-insensitive), and by exported id."""

    def __init__(self) -> None:
        self.by_text: dict[str, Organisation] = {}
        self.by_id: dict[str, Organisation] = {}
        for organisation in Organisation.objects.order_by("pk"):
            self.add(organisation)

    def add(self, organisation: Organisation) -> None:
        self.by_text.setdefault(normal(organisation.slug), organisation)
        self.by_text.setdefault(normal(organisation.name), organisation)
        for key in known_ids("organisation", organisation.pk):
            self.by_id[key] = organisation

    def find(self, text: str) -> Organisation | None:
        return self.by_text.get(normal(text))


def normal(text: object) -> str:
    return " ".join(str(text).split()).casefold()


def split_list(text: object) -> list[str]:
    """Values separated by ";" (empty entries dropped)."""
    return [part.strip() for part in str(text).split(";") if part.strip()]


def run_import(
    records: list[OfferingData],
    *,
    dry_run: bool,
    providers: Iterable[ProviderData] = (),
    notes: Iterable[str] = (),
    unkept: Iterable[list[Any]] = (),
    progress: Callable[[int, int], None] | None = None,
) -> "Report":
    """Create and update offerings from validated records, all or nothing.

    ``providers`` are organisations (ProviderData) to create if they are
    missing, also when no offering names them. With dry_run the transaction
    is rolled back: the report says what an import would do and nothing is
    stored. Problems found on the way (an ambiguous match) also roll
    everything back; check ``report.problems``. ``progress(done, total)`` is
    called now and then while the records are walked.
    """
    report = Report(notes=list(notes), unkept=[list(row) for row in unkept])
    with transaction.atomic():
        run = _Run(report)
        run.preload(records)
        for provider in providers:
            run.organisation_for(provider)
        step = max(len(records) // 100, 20)
        for number, record in enumerate(records, start=1):
            run.process(record)
            if progress and (number % step == 0 or number == len(records)):
                progress(number, len(records))
        if report.problems or dry_run:
            transaction.set_rollback(True)
        else:
            if run.touched:
                from vielfalt.offerings.search import refresh_search_index

                refresh_search_index(sorted(run.touched))
            report.applied = True
    return report


class _Run:
    def __init__(self, report: Report) -> None:
        self.report = report
        self.providers = Providers()
        self.touched: set[int] = set()
        self.offerings_by_id: dict[str, int] = {}
        self.offerings_by_name: dict[tuple[int | None, str], list[int]] = {}
        for pk, external_id, organisation_id, name in Offering.objects.values_list(
            "pk", "external_id", "organisation_id", Lower("name")
        ):
            for key in known_ids("offering", pk, external_id):
                self.offerings_by_id[key] = pk
            self.offerings_by_name.setdefault((organisation_id, name), []).append(pk)
        self.locations_by_id: dict[str, Location] = {}
        self.locations_by_address: dict[tuple[Any, ...], Location] = {}
        for location in Location.objects.all():
            for key in known_ids("location", location.pk, location.external_id):
                self.locations_by_id[key] = location
            self.locations_by_address.setdefault(address_key(location), location)
            # A place is shared: other providers' offerings meet there too.
            self.locations_by_address.setdefault(address_key(location, shared=True), location)
        self.seen_places: dict[tuple[Any, ...], Location] = {}
        self.seen_offerings: set[int] = set()
        self.preloaded: dict[int, Offering] = {}

    def preload(self, records: Iterable[OfferingData]) -> None:
        """Fetch the offerings the records will update, with their relations, in a few queries."""
        pks: set[int | None] = set()
        for record in records:
            if record.external_id:
                pks.add(self.offerings_by_id.get(record.external_id))
            elif isinstance(record.organisation, Organisation):
                key = (record.organisation.pk, record.fields.get("name", "").casefold())
                pks.update(self.offerings_by_name.get(key, []))
        self.preloaded = Offering.objects.prefetch_related(*RELATIONS, "locations").in_bulk(
            pk for pk in pks if pk
        )

    # Organisations ---------------------------------------------------------

    def organisation_for(self, provider: Organisation | ProviderData) -> Organisation:
        if isinstance(provider, Organisation):
            return provider
        organisation = self.providers.by_id.get(provider.hsds_id) or self.providers.find(
            provider.name
        )
        if organisation:
            return organisation
        organisation = Organisation.objects.create(
            name=provider.name,
            slug=self.free_slug(provider.name),
            description=provider.description,
            website=provider.website,
            email=provider.email,
            phone=provider.phone,
        )
        self.providers.add(organisation)
        self.providers.by_id[provider.hsds_id] = organisation
        self.report.organisations_created.append(organisation.name)
        return organisation

    def free_slug(self, name: str) -> str:
        base = slugify(name)[:180] or "organisation"
        slug, number = base, 1
        while Organisation.objects.filter(slug=slug).exists():
            number += 1
            slug = f"{base}-{number}"
        return slug

    # Places -----------------------------------------------------------------

    def location_for(self, place: PlaceData, organisation: Organisation) -> Location:
        key: tuple[Any, ...] = (
            ("id", place.external_id) if place.external_id else address_key(place, organisation)
        )
        if key in self.seen_places:
            return self.seen_places[key]
        if place.external_id:
            location = self.locations_by_id.get(place.external_id)
        else:
            location = self.locations_by_address.get(key) or self.locations_by_address.get(
                address_key(place, shared=True)
            )
        if location is None:
            location = Location.objects.create(
                organisation=organisation,
                external_id=place.external_id,
                name=place.name,
                street=place.street,
                postal_code=place.postal_code,
                city=place.city,
                district=place.district,
                latitude=place.latitude,
                longitude=place.longitude,
                state_province=place.state_province or "",
                country=place.country or "",
            )
            self.report.places_created += 1
        else:
            wanted: dict[str, object] = {
                "name": place.name,
                "street": place.street,
                "postal_code": place.postal_code,
                "city": place.city,
                "district_id": place.district.pk if place.district else None,
            }
            if place.latitude is not None and place.longitude is not None:
                wanted.update(latitude=place.latitude, longitude=place.longitude)
            for name in ("state_province", "country"):
                if getattr(place, name) is not None:
                    wanted[name] = getattr(place, name)
            changed = [name for name, value in wanted.items() if getattr(location, name) != value]
            if changed:
                for name in changed:
                    setattr(location, name, wanted[name])
                location.save()
                self.report.places_updated += 1
        self.seen_places[key] = location
        return location

    # Offerings --------------------------------------------------------------

    def find_offering(self, record: OfferingData, organisation: Organisation) -> Offering | None:
        if record.external_id:
            pk = self.offerings_by_id.get(record.external_id)
        else:
            name = record.fields.get("name", "").casefold()
            pks = self.offerings_by_name.get((organisation.pk, name), [])
            if len(pks) > 1:
                self.report.problems.append(
                    Problem(
                        record.row,
                        _("Externe ID"),
                        _(
                            "Es gibt {count} Angebote „{name}“ bei diesem Anbieter. "
                            "Geben Sie eine externe ID an, damit klar ist, welches gemeint ist."
                        ).format(count=len(pks), name=record.fields.get("name", "")),
                    )
                )
                return None
            pk = pks[0] if pks else None
        if pk is None:
            return None
        if pk in self.seen_offerings:
            self.report.problems.append(
                Problem(
                    record.row,
                    _("Externe ID"),
                    _("Dieses Angebot kommt in der Datei mehrmals vor."),
                )
            )
            return None
        return self.preloaded.get(pk) or Offering.objects.get(pk=pk)

    def process(self, record: OfferingData) -> None:
        organisation = self.organisation_for(record.organisation)
        offering = self.find_offering(record, organisation)
        if self.report.problems:
            return
        locations = (
            None
            if record.places is None
            else [self.location_for(place, organisation) for place in record.places]
        )
        if offering is None:
            self.create(record, organisation, locations)
        else:
            self.update(record, offering, organisation, locations)

    def create(
        self, record: OfferingData, organisation: Organisation, locations: list[Location] | None
    ) -> None:
        offering = Offering(
            organisation=organisation, external_id=record.external_id, **record.fields
        )
        if record.unconfirmed:
            offering.provider_confirmed = False
        offering.save()
        for name, objects in record.relations.items():
            getattr(offering, name).set(objects)
        if locations:
            offering.locations.set(locations)
        self.touched.add(offering.pk)
        self.seen_offerings.add(offering.pk)
        self.report.outcomes.append(
            Outcome(record.row, offering.name, organisation.name, "created")
        )

    def update(
        self,
        record: OfferingData,
        offering: Offering,
        organisation: Organisation,
        locations: list[Location] | None,
    ) -> None:
        self.seen_offerings.add(offering.pk)
        changes: list[object] = []
        if offering.organisation_id != organisation.pk:
            offering.organisation = organisation
            changes.append(Offering._meta.get_field("organisation").verbose_name)
        for name, value in record.fields.items():
            # The provider's own, later confirmation outweighs an older date in a file.
            if (
                name == "last_confirmed"
                and offering.provider_confirmed
                and (value <= offering.last_confirmed)
            ):
                continue
            if getattr(offering, name) != value:
                setattr(offering, name, value)
                changes.append(_label(name))
        if changes:
            if record.unconfirmed:
                offering.provider_confirmed = False
            offering.save()
        for name, objects in record.relations.items():
            manager = getattr(offering, name)
            if {obj.pk for obj in manager.all()} != {obj.pk for obj in objects}:
                manager.set(objects)
                changes.append(_label(name))
        if locations is not None and {location.pk for location in offering.locations.all()} != {
            location.pk for location in locations
        }:
            offering.locations.set(locations)
            changes.append(Offering._meta.get_field("locations").verbose_name)
        if changes:
            self.touched.add(offering.pk)
            if record.unconfirmed and offering.provider_confirmed:  # only relations changed
                offering.provider_confirmed = False
                Offering.objects.filter(pk=offering.pk).update(provider_confirmed=False)
        self.report.outcomes.append(
            Outcome(
                record.row,
                offering.name,
                organisation.name,
                "updated" if changes else "unchanged",
                [str(change) for change in changes],
            )
        )


def _label(name: str) -> object:
    """The verbose name of one of the offering's own fields (records name no reverse relation)."""
    field = Offering._meta.get_field(name)
    assert isinstance(field, Field), name
    return field.verbose_name


def address_key(
    place: PlaceData | Location, organisation: Organisation | None = None, *, shared: bool = False
) -> tuple[Any, ...]:
    """Places without an external id are the same when provider, name and address match;
    shared=True: the key of name and address alone, for a place of another provider."""
    organisation_id = None
    if not shared:
        organisation_id = organisation.pk if organisation else place.organisation_id  # type: ignore[union-attr]
    return (
        "address",
        organisation_id,
        normal(place.name),
        normal(place.street),
        normal(place.postal_code),
        normal(place.city),
    )
