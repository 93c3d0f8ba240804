"""Reading CSV/XLSX files of offerings: rows become records and problems.

The columns are in columns.py; writing (exports, templates) is in
tabular_export.py, with the same columns, so that an exported file can be
imported again.
"""

from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.utils.translation import gettext as _

from vielfalt.offerings.models import Offering

from . import files
from .columns import (
    COLUMNS,
    COLUMNS_BY_KEY,
    FORMULA_STARTS,
    PLACE_KEYS,
    Column,
    header_index,
    status_index,
    yes_no_values,
)
from .importer import OfferingData, PlaceData, Problem, Providers, Vocabularies, split_list

__all__ = ["COLUMNS", "parse_rows", "read_table"]


def clean_cell(value: str | None) -> str:
    value = (value or "").strip()
    if len(value) > 1 and value[0] == "'" and value[1] in FORMULA_STARTS:
        value = value[1:]
    return value


def parse_rows(rows: Iterable[list[str]]) -> tuple[list[OfferingData], list[Problem]]:
    """Turn a file's rows (the header first) into records and problems."""
    vocabularies = Vocabularies()
    providers = Providers()
    problems: list[Problem] = []
    rows = list(rows)
    while rows and not any(cell.strip() for cell in rows[0]):
        rows.pop(0)
    if not rows:
        return [], [Problem("–", "–", _("Die Datei ist leer."))]
    columns, problems = read_header(rows[0])
    if problems:
        return [], problems
    records = []
    seen_ids: dict[str, str] = {}
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


def read_header(cells: list[str]) -> tuple[list[Column | None], list[Problem]]:
    """The column of each header cell; unknown, doubled and missing columns are problems."""
    index = header_index()
    columns: list[Column | None] = []
    problems: list[Problem] = []
    seen: set[str | None] = set()
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


def parse_row(
    row: str,
    values: dict[str, str],
    vocabularies: Vocabularies,
    providers: Providers,
    problems: list[Problem],
) -> OfferingData | None:
    def problem(column: Column, message: str) -> None:
        problems.append(Problem(row, str(column.label), message))

    fields: dict[str, Any] = {}
    relations: dict[str, list[Any]] = {}
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


def unknown_value(value: str, choices: str) -> str:
    return _("Unbekannter Wert „{value}“. Gültig sind (Kürzel oder Name): {choices}.").format(
        value=value, choices=choices
    )


def parse_places(
    row: str, values: dict[str, str], vocabularies: Vocabularies, problems: list[Problem]
) -> list[PlaceData] | None:
    """Places from the five place columns: None if the file has none of them."""
    given = [key for key in PLACE_KEYS if key in values]
    if not given:
        return None
    lists = {
        key: [part.strip() for part in values[key].split(";")] if values[key] else []
        for key in given
    }
    count = max(len(parts) for parts in lists.values())
    if count > files.MAX_COLUMNS:
        problems.append(
            Problem(
                row,
                str(COLUMNS_BY_KEY["place_name"].label),
                files.too_many_fields([None] * count) or "",
            )
        )
        return None
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
            external_id=part.get("place_id", ""),
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


def read_table(kind: str, data: bytes, encoding: str) -> list[list[str]]:
    """The rows of a CSV or XLSX file (FileProblem if it cannot be read)."""
    if kind == files.XLSX:
        return files.read_xlsx(data)
    return files.read_csv(data, encoding)
