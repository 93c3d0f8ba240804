"""What an import reads and what it reports: records of offerings, places and providers,
and the outcome of the dry run or the import (stored in ImportJob as JSON)."""

from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from vielfalt.network.models import Organisation
from vielfalt.vocabularies.models import District


@dataclass
class Problem:
    """An error in the file: where (row, column) and what."""

    row: str
    column: str
    message: str


@dataclass
class PlaceData:
    name: str
    street: str = ""
    postal_code: str = ""
    city: str = ""
    district: District | None = None
    external_id: str = ""
    latitude: Decimal | None = None
    longitude: Decimal | None = None
    state_province: str | None = None  # None: the format has no such field, keep the place's
    country: str | None = None


@dataclass
class ProviderData:
    """An organisation described in an HSDS file; created if it does not exist yet."""

    hsds_id: str
    name: str
    description: str = ""
    website: str = ""
    email: str = ""
    phone: str = ""


@dataclass
class OfferingData:
    """One offering as read from a file. Only the keys in ``fields`` and
    ``relations`` were given; the others keep their value (or the default)."""

    row: str
    external_id: str
    organisation: Organisation | ProviderData
    fields: dict[str, Any] = field(default_factory=dict)
    relations: dict[str, list[Any]] = field(default_factory=dict)  # name → list of objects
    places: list[PlaceData] | None = None  # None: not given, keep the offering's places
    unconfirmed: bool = False  # from elsewhere: new or changed data awaits the provider's word


@dataclass
class Outcome:
    row: str
    name: str
    provider: str
    action: str  # "created", "updated" or "unchanged"
    changes: list[str] = field(default_factory=list)

    @property
    def action_label(self) -> str:
        return {
            "created": _("neu"),
            "updated": _("geändert"),
            "unchanged": _("unverändert"),
        }[self.action]


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    unkept: list[list[Any]] = field(
        default_factory=list
    )  # [[field in the file, number of records], ...]
    organisations_created: list[str] = field(default_factory=list)
    places_created: int = 0
    places_updated: int = 0
    applied: bool = False

    def count(self, action: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.action == action)

    @property
    def created(self) -> int:
        return self.count("created")

    @property
    def updated(self) -> int:
        return self.count("updated")

    @property
    def unchanged(self) -> int:
        return self.count("unchanged")

    @property
    def changes_anything(self) -> bool:
        return any(
            (
                self.created,
                self.updated,
                self.organisations_created,
                self.places_created,
                self.places_updated,
            )
        )

    def to_dict(self) -> dict[str, Any]:
        """What the preview page needs, for storing in ImportJob.preview (JSON)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Report":
        data = dict(data)
        data["outcomes"] = [Outcome(**outcome) for outcome in data.get("outcomes", [])]
        data["problems"] = [Problem(**problem) for problem in data.get("problems", [])]
        return cls(**data)

    def summary(self) -> str:
        return _(
            "{created} neu, {updated} geändert, {unchanged} unverändert; "
            "{organisations} neue Organisationen, {places} neue Orte."
        ).format(
            created=self.created,
            updated=self.updated,
            unchanged=self.unchanged,
            organisations=len(self.organisations_created),
            places=self.places_created,
        )
