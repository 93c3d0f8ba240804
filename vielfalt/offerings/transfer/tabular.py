"""The CSV/XLSX format for offerings: columns, reading rows, writing files.

One row per offering. The header row holds the German column names (the
names in another interface language and the machine keys in COLUMNS are
accepted as well). Vocabularies are given by slug or name, several values
separated by ";". Places use five columns with one entry per place, in the
same order in each column. The export writes the same columns, so that an
exported file can be imported again.
"""

import csv
import tempfile
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from vielfalt.network.models import Organisation

from ..models import Location, Offering
from .ids import public_id
from .importer import OfferingData, PlaceData, Problem, Providers, Vocabularies, split_list


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    help: str
    kind: str = "text"  # text, email, url, bool, status, vocab, provider, place, id
    required: bool = False
    max_length: int | None = None
    vocab: str = ""

    @property
    def field(self):
        return self.key


def _max(name, model=Offering):
    return model._meta.get_field(name).max_length


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
]
COLUMNS_BY_KEY = {column.key: column for column in COLUMNS}
PLACE_KEYS = [column.key for column in COLUMNS if column.kind == "place"]

# Values a spreadsheet program would run as a formula; written with a leading "'".
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def yes_no_values():
    return {
        True: {"ja", "j", "yes", "y", "true", "wahr", "1", "x"} | variants(gettext_lazy("ja")),
        False: {"nein", "n", "no", "false", "falsch", "0"} | variants(gettext_lazy("nein")),
    }


def variants(text):
    """A translatable text in every language of the site, for matching input."""
    found = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            found.add(" ".join(str(text).split()).casefold())
    return found


def header_index():
    index = {}
    for column in COLUMNS:
        index[column.key] = column
        for text in variants(column.label):
            index[text] = column
    return index


def status_index():
    index = {}
    for value, label in Offering.Status.choices:
        index[value] = value
        for text in variants(label):
            index[text] = value
    return index


def clean_cell(value):
    value = (value or "").strip()
    if len(value) > 1 and value[0] == "'" and value[1] in FORMULA_STARTS:
        value = value[1:]
    return value


def parse_rows(rows):
    """Turn a file's rows (the header first) into records and problems."""
    vocabularies = Vocabularies()
    providers = Providers()
    problems = []
    rows = list(rows)
    while rows and not any(cell.strip() for cell in rows[0]):
        rows.pop(0)
    if not rows:
        return [], [Problem("–", "–", _("Die Datei ist leer."))]
    columns, problems = read_header(rows[0])
    if problems:
        return [], problems
    records = []
    seen_ids = {}
    for number, cells in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        row = str(number)
        row_problems = []
        extra = [cell for cell in cells[len(columns) :] if cell.strip()]
        if extra:
            row_problems.append(
                Problem(row, "–", _("Diese Zeile hat Werte ohne Spaltenüberschrift."))
            )
        values = {
            column.key: clean_cell(cells[position] if position < len(cells) else "")
            for position, column in enumerate(columns)
            if column is not None
        }
        record = parse_row(row, values, vocabularies, providers, row_problems)
        external_id = values.get("external_id", "")
        if external_id in seen_ids:
            row_problems.append(
                Problem(
                    row,
                    str(COLUMNS_BY_KEY["external_id"].label),
                    _("Die externe ID „{value}“ steht schon in Zeile {row}.").format(
                        value=external_id, row=seen_ids[external_id]
                    ),
                )
            )
        if external_id:
            seen_ids.setdefault(external_id, row)
        problems += row_problems
        if record and not row_problems:
            records.append(record)
    if not records and not problems:
        problems.append(
            Problem("–", "–", _("Die Datei enthält keine Angebote, nur die Kopfzeile."))
        )
    return records, problems


def read_header(cells):
    """The column of each header cell; unknown, doubled and missing columns are problems."""
    index = header_index()
    columns, problems, seen = [], [], set()
    for cell in cells:
        text = " ".join(cell.split()).casefold()
        if not text:
            columns.append(None)
            continue
        column = index.get(text)
        if column is None:
            problems.append(
                Problem(
                    "1",
                    cell.strip(),
                    _("Unbekannte Spalte. Erlaubt sind: {columns}.").format(
                        columns=", ".join(str(c.label) for c in COLUMNS)
                    ),
                )
            )
        elif column.key in seen:
            problems.append(Problem("1", cell.strip(), _("Diese Spalte gibt es doppelt.")))
        seen.add(column.key if column else None)
        columns.append(column)
    for column in COLUMNS:
        if column.required and column.key not in seen:
            problems.append(Problem("1", str(column.label), _("Diese Pflichtspalte fehlt.")))
    return columns, problems


def parse_row(row, values, vocabularies, providers, problems):
    def problem(column, message):
        problems.append(Problem(row, str(column.label), message))

    fields, relations = {}, {}
    organisation = None
    for key, value in values.items():
        column = COLUMNS_BY_KEY[key]
        if column.kind == "place":
            continue
        if column.required and not value:
            problem(column, _("Pflichtfeld: bitte ausfüllen."))
            continue
        if column.max_length and len(value) > column.max_length:
            problem(
                column,
                _(
                    "Der Text ist zu lang ({length} Zeichen). Erlaubt sind höchstens {limit}."
                ).format(length=len(value), limit=column.max_length),
            )
            continue
        if column.kind in ("text",):
            fields[key] = value
        elif column.kind == "email":
            if value:
                try:
                    validate_email(value)
                except ValidationError:
                    problem(
                        column, _("Keine gültige E-Mail-Adresse: „{value}“.").format(value=value)
                    )
                    continue
            fields[key] = value
        elif column.kind == "url":
            if value and "://" not in value and "." in value and " " not in value:
                value = f"https://{value}"
            if value:
                try:
                    URLValidator(schemes=["http", "https"])(value)
                except ValidationError:
                    problem(
                        column,
                        _(
                            "Keine gültige Webadresse: „{value}“. Beispiel: https://www.example.org"
                        ).format(value=value),
                    )
                    continue
            fields[key] = value
        elif column.kind == "bool":
            if not value:
                continue
            flag = next(
                (flag for flag, texts in yes_no_values().items() if value.casefold() in texts),
                None,
            )
            if flag is None:
                problem(
                    column,
                    _("Unbekannter Wert „{value}“. Erlaubt sind: ja, nein.").format(value=value),
                )
                continue
            fields[key] = flag
        elif column.kind == "status":
            if not value:
                continue
            status = status_index().get(" ".join(value.split()).casefold())
            if status is None:
                problem(
                    column,
                    _("Unbekannter Status „{value}“. Erlaubt sind: {choices}.").format(
                        value=value,
                        choices=", ".join(str(label) for _v, label in Offering.Status.choices),
                    ),
                )
                continue
            fields[key] = status
        elif column.kind == "vocab":
            found = []
            for item in split_list(value):
                obj = vocabularies.find(column.vocab, item)
                if obj is None:
                    problem(column, unknown_value(item, vocabularies.choices(column.vocab)))
                else:
                    found.append(obj)
            relations[key] = found
        elif column.kind == "provider":
            organisation = providers.find(value)
            if organisation is None:
                problem(
                    column,
                    _(
                        "Unbekannter Anbieter „{value}“. Geben Sie das Kürzel oder den genauen "
                        "Namen einer Organisation an, die es im Netzwerk schon gibt."
                    ).format(value=value),
                )
    places = parse_places(row, values, vocabularies, problems)
    if organisation is None or problems:
        return None
    return OfferingData(
        row=row,
        external_id=values.get("external_id", ""),
        organisation=organisation,
        fields=fields,
        relations=relations,
        places=places,
    )


def unknown_value(value, choices):
    return _("Unbekannter Wert „{value}“. Gültig sind (Kürzel oder Name): {choices}.").format(
        value=value, choices=choices
    )


def parse_places(row, values, vocabularies, problems):
    """Places from the five place columns: None if the file has none of them."""
    given = [key for key in PLACE_KEYS if key in values]
    if not given:
        return None
    lists = {
        key: [part.strip() for part in values[key].split(";")] if values[key] else []
        for key in given
    }
    count = max(len(parts) for parts in lists.values())
    ok = True
    for key, parts in lists.items():
        if len(parts) not in (0, 1, count):
            ok = False
            problems.append(
                Problem(
                    row,
                    str(COLUMNS_BY_KEY[key].label),
                    _(
                        "Hier stehen {found} Einträge, in anderen Ort-Spalten {count}. "
                        "Geben Sie für jeden Ort einen Eintrag an, getrennt mit „;“."
                    ).format(found=len(parts), count=count),
                )
            )
    if not ok:
        return None
    places = []
    for position in range(count):
        part = {
            key: (parts[position] if len(parts) == count else (parts[0] if parts else ""))
            for key, parts in lists.items()
        }
        place = PlaceData(
            name=part.get("place_name", "") or part.get("place_street", ""),
            street=part.get("place_street", ""),
            postal_code=part.get("place_postal_code", ""),
            city=part.get("place_city", ""),
        )
        for key, value in part.items():
            column = COLUMNS_BY_KEY[key]
            if column.max_length and len(value) > column.max_length:
                problems.append(
                    Problem(
                        row,
                        str(column.label),
                        _(
                            "Der Text ist zu lang ({length} Zeichen). Erlaubt sind höchstens {limit}."
                        ).format(length=len(value), limit=column.max_length),
                    )
                )
        district_text = part.get("place_district", "")
        if district_text:
            place.district = vocabularies.find("districts", district_text)
            if place.district is None:
                problems.append(
                    Problem(
                        row,
                        str(COLUMNS_BY_KEY["place_district"].label),
                        unknown_value(district_text, vocabularies.choices("districts")),
                    )
                )
        if not place.name:
            if any(part.values()):
                problems.append(
                    Problem(
                        row,
                        str(COLUMNS_BY_KEY["place_name"].label),
                        _("Name oder Straße des Ortes fehlt."),
                    )
                )
            continue
        places.append(place)
    return places


# Writing ---------------------------------------------------------------------


def export_queryset():
    """Public offerings with everything a row needs, in a constant number of queries."""
    return Offering.objects.public().with_details().order_by("name", "pk")


def header_row():
    return [str(column.label) for column in COLUMNS]


def yes_no(flag):
    return _("ja") if flag else _("nein")


def offering_row(offering):
    locations = list(offering.locations.all())

    def joined(objects, attribute="slug"):
        return "; ".join(getattr(obj, attribute) for obj in objects)

    return [
        public_id("offering", offering.pk, offering.external_id),
        offering.name,
        offering.short_description,
        offering.description,
        offering.organisation.slug,
        joined(offering.life_phases.all()),
        joined(offering.forums.all()),
        joined(offering.target_groups.all()),
        joined(offering.languages.all()),
        offering.contact_name,
        offering.contact_email,
        offering.contact_phone,
        offering.url,
        yes_no(offering.is_free),
        offering.fee,
        offering.eligibility,
        offering.schedule,
        offering.accessibility,
        offering.get_status_display(),
        yes_no(offering.is_public),
        joined(locations, "name"),
        joined(locations, "street"),
        joined(locations, "postal_code"),
        joined(locations, "city"),
        "; ".join(location.district.slug if location.district else "" for location in locations)
        if any(location.district for location in locations)
        else "",
    ]


def example_row():
    """One filled-in row for the template, with values that exist on this site."""
    from vielfalt.forums.models import Forum
    from vielfalt.vocabularies.models import District, Language, LifePhase, TargetGroup

    def first(model, count=1):
        return "; ".join(
            model.objects.order_by("position", "name").values_list("slug", flat=True)[:count]
        )

    provider = (
        Organisation.objects.filter(is_public=True)
        .order_by("name")
        .values_list("slug", flat=True)
        .first()
        or ""
    )
    return [
        "beispiel-eltern-cafe",
        _("Beispiel: Eltern-Café"),
        _("Eltern mit kleinen Kindern treffen sich, tauschen sich aus und bekommen Rat."),
        _(
            "Jeden Dienstag. Eine Fachkraft der Familienberatung ist dabei. Bitte diese Beispielzeile löschen."
        ),
        provider,
        first(LifePhase, 2),
        first(Forum),
        first(TargetGroup),
        first(Language, 2),
        "",
        "",
        "",
        "https://www.example.org",
        _("ja"),
        "",
        "",
        _("dienstags 9–11 Uhr"),
        _("Eingang ohne Stufen"),
        str(Offering.Status.ACTIVE.label),
        _("ja"),
        _("Familienzentrum"),
        _("Marktplatz 1"),
        "52146",
        settings.SITE_TOWN,
        first(District),
    ]


def guard(value):
    """Keep spreadsheet programs from running a cell as a formula (CSV injection)."""
    value = str(value)
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


class _Echo:
    def write(self, value):
        return value


def csv_lines(rows):
    """CSV text, line by line: UTF-8 with BOM and ";" so that Excel opens it as it is."""
    writer = csv.writer(_Echo(), delimiter=";")
    yield "\ufeff"
    yield writer.writerow(header_row())
    for row in rows:
        yield writer.writerow([guard(value) for value in row])


def write_xlsx(rows, with_notes=False):
    """An XLSX file (a temporary file, rewound) with the header and the rows.

    Written in openpyxl's write-only mode, which keeps memory flat for long exports.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Angebote"))
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)

    def text_cell(value, font=None):
        cell = WriteOnlyCell(sheet, value=str(value))
        cell.data_type = "s"  # a text cell, never a formula
        if font:
            cell.font = font
        return cell

    sheet.append([text_cell(label, bold) for label in header_row()])
    for row in rows:
        sheet.append([text_cell(value) for value in row])
    if with_notes:
        notes = workbook.create_sheet(_("Hinweise"))
        notes.append(
            [
                text_cell(_("Spalte"), bold),
                text_cell(_("Schlüssel"), bold),
                text_cell(_("Pflicht"), bold),
                text_cell(_("Hinweis"), bold),
            ]
        )
        for column in COLUMNS:
            notes.append(
                [
                    text_cell(column.label),
                    text_cell(column.key),
                    text_cell(yes_no(column.required)),
                    text_cell(column.help),
                ]
            )
        vocabularies = Vocabularies()
        notes.append([])
        notes.append([text_cell(_("Gültige Werte"), bold)])
        for column in COLUMNS:
            if column.vocab:
                notes.append(
                    [text_cell(column.label), text_cell(vocabularies.choices(column.vocab))]
                )
    output = tempfile.TemporaryFile()  # noqa: SIM115 - the response closes it
    workbook.save(output)
    output.seek(0)
    return output


def csv_template():
    return "".join(csv_lines([example_row()]))


def read_table(kind, data, encoding):
    """The rows of a CSV or XLSX file (FileProblem if it cannot be read)."""
    from . import files

    if kind == files.XLSX:
        return files.read_xlsx(data)
    return files.read_csv(data, encoding)
