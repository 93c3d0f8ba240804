"""The columns of the CSV/XLSX format for offerings, shared by reading and writing.

One row per offering. The header row holds the German column names (the
names in another interface language and the machine keys in COLUMNS are
accepted as well). Vocabularies are given by slug or name, several values
separated by ";". Places use five columns with one entry per place, in the
same order in each column.
"""

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from vielfalt.offerings.models import Location, Offering


@dataclass(frozen=True)
class Column:
    key: str
    label: str | Promise
    help: str | Promise
    kind: str = "text"  # text, email, url, bool, status, vocab, provider, place, id
    required: bool = False
    max_length: int | None = None
    vocab: str = ""

    @property
    def field(self) -> str:
        return self.key


def _max(name: str, model: Any = Offering) -> int | None:
    max_length: int | None = model._meta.get_field(name).max_length
    return max_length


COLUMNS = [
    Column(
        "external_id",
        gettext_lazy("Externe ID"),
        gettext_lazy(
            "Ihre eigene, eindeutige Kennung, z. B. fz-babytreff. Leer lassen: "
            "das Angebot wird über Anbieter und Name wiedererkannt."
        ),
        kind="id",
        max_length=_max("external_id"),
    ),
    Column(
        "name",
        gettext_lazy("Name des Angebots"),
        gettext_lazy("Pflichtfeld."),
        required=True,
        max_length=_max("name"),
    ),
    Column(
        "short_description",
        gettext_lazy("Kurzbeschreibung"),
        gettext_lazy("Pflichtfeld. Ein bis zwei Sätze in einfacher Sprache."),
        required=True,
        max_length=_max("short_description"),
    ),
    Column("description", gettext_lazy("Beschreibung"), gettext_lazy("Ausführliche Beschreibung.")),
    Column(
        "provider",
        gettext_lazy("Anbieter"),
        gettext_lazy("Pflichtfeld. Kürzel oder genauer Name einer Organisation im Netzwerk."),
        kind="provider",
        required=True,
    ),
    Column(
        "life_phases",
        gettext_lazy("Lebensphasen"),
        gettext_lazy("Kürzel oder Namen, mehrere mit „;“ getrennt."),
        kind="vocab",
        vocab="life_phases",
    ),
    Column(
        "forums",
        gettext_lazy("Themen (Foren)"),
        gettext_lazy("Kürzel oder Namen der Foren, mehrere mit „;“ getrennt."),
        kind="vocab",
        vocab="forums",
    ),
    Column(
        "target_groups",
        gettext_lazy("Zielgruppen"),
        gettext_lazy("Kürzel oder Namen, mehrere mit „;“ getrennt."),
        kind="vocab",
        vocab="target_groups",
    ),
    Column(
        "languages",
        gettext_lazy("Sprachen"),
        gettext_lazy("Sprachcodes oder Namen, z. B. de; ar; Türkisch."),
        kind="vocab",
        vocab="languages",
    ),
    Column(
        "contact_name",
        gettext_lazy("Ansprechperson"),
        gettext_lazy("Wird öffentlich gezeigt."),
        max_length=_max("contact_name"),
    ),
    Column(
        "contact_email",
        gettext_lazy("Kontakt-E-Mail"),
        gettext_lazy("Wird öffentlich gezeigt."),
        kind="email",
        max_length=_max("contact_email"),
    ),
    Column(
        "contact_phone",
        gettext_lazy("Kontakt-Telefon"),
        gettext_lazy("Wird öffentlich gezeigt."),
        max_length=_max("contact_phone"),
    ),
    Column(
        "url",
        gettext_lazy("Webseite"),
        gettext_lazy("z. B. https://www.example.org"),
        kind="url",
        max_length=_max("url"),
    ),
    Column(
        "is_free",
        gettext_lazy("Kostenlos"),
        gettext_lazy("ja oder nein. Leer: bei neuen Angeboten ja, sonst unverändert."),
        kind="bool",
    ),
    Column(
        "fee", gettext_lazy("Kosten"), gettext_lazy("z. B. 10 € im Monat"), max_length=_max("fee")
    ),
    Column("eligibility", gettext_lazy("Voraussetzungen"), ""),
    Column("schedule", gettext_lazy("Zeiten"), gettext_lazy("z. B. dienstags 15–17 Uhr")),
    Column("accessibility", gettext_lazy("Barrierefreiheit"), ""),
    Column(
        "status",
        gettext_lazy("Status"),
        gettext_lazy("aktiv, pausiert oder beendet. Leer: bei neuen Angeboten aktiv."),
        kind="status",
    ),
    Column(
        "is_public",
        gettext_lazy("Öffentlich sichtbar"),
        gettext_lazy("ja oder nein. Leer: bei neuen Angeboten ja, sonst unverändert."),
        kind="bool",
    ),
    Column(
        "place_name",
        gettext_lazy("Ort: Name"),
        gettext_lazy(
            "Mehrere Orte mit „;“ trennen, in allen Ort-Spalten in derselben Reihenfolge."
        ),
        kind="place",
        max_length=_max("name", Location),
    ),
    Column(
        "place_street",
        gettext_lazy("Ort: Straße und Hausnummer"),
        "",
        kind="place",
        max_length=_max("street", Location),
    ),
    Column(
        "place_postal_code",
        gettext_lazy("Ort: PLZ"),
        "",
        kind="place",
        max_length=_max("postal_code", Location),
    ),
    Column(
        "place_city",
        gettext_lazy("Ort: Stadt"),
        "",
        kind="place",
        max_length=_max("city", Location),
    ),
    Column(
        "place_district",
        gettext_lazy("Ort: Stadtteil"),
        gettext_lazy("Kürzel oder Name des Stadtteils."),
        kind="place",
        vocab="districts",
    ),
    Column(
        "place_id",
        gettext_lazy("Ort: ID"),
        gettext_lazy(
            "Kennung des Ortes aus einem Export. Leer lassen: der Ort wird über Name und "
            "Adresse wiedererkannt oder neu angelegt."
        ),
        kind="place",
        max_length=_max("external_id", Location),
    ),
]
COLUMNS_BY_KEY = {column.key: column for column in COLUMNS}
PLACE_KEYS = [column.key for column in COLUMNS if column.kind == "place"]

# Values a spreadsheet program would run as a formula; written with a leading "'".
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def yes_no_values() -> dict[bool, set[str]]:
    return {
        True: {"ja", "j", "yes", "y", "true", "wahr", "1", "x"} | variants(gettext_lazy("ja")),
        False: {"nein", "n", "no", "false", "falsch", "0"} | variants(gettext_lazy("nein")),
    }


def variants(text: object) -> set[str]:
    """A translatable text in every language of the site, for matching input."""
    found = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            found.add(" ".join(str(text).split()).casefold())
    return found


def header_index() -> dict[str, Column]:
    index = {}
    for column in COLUMNS:
        index[column.key] = column
        for text in variants(column.label):
            index[text] = column
    return index


def status_index() -> dict[str, str]:
    index = {}
    for value, label in Offering.Status.choices:
        index[value] = value
        for text in variants(label):
            index[text] = value
    return index


def yes_no(flag: bool) -> str:
    return _("ja") if flag else _("nein")
