"""Writing CSV/XLSX files of offerings: the exports and the templates to fill in."""

import csv
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO, Any

from django.conf import settings
from django.db.models import Model, QuerySet
from django.utils.translation import gettext as _

from vielfalt.network.models import Organisation
from vielfalt.offerings.models import Offering

from .columns import COLUMNS, FORMULA_STARTS, yes_no
from .ids import public_id
from .importer import Vocabularies


def export_queryset() -> QuerySet[Offering]:
    """Public offerings with everything a row needs, in a constant number of queries."""
    queryset: QuerySet[Offering] = Offering.objects.public().with_details().order_by("name", "pk")
    return queryset


def header_row() -> list[str]:
    return [str(column.label) for column in COLUMNS]


def offering_row(offering: Offering) -> list[str]:
    locations = list(offering.locations.all())

    def joined(objects: Iterable[Model], attribute: str = "slug") -> str:
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
        "; ".join(
            public_id("location", location.pk, location.external_id) for location in locations
        ),
    ]


def example_row() -> list[str]:
    """One filled-in row for the template, with values that exist on this site."""
    from vielfalt.forums.models import Forum
    from vielfalt.vocabularies.models import District, Language, LifePhase, TargetGroup

    def first(model: type[Model], count: int = 1, queryset: QuerySet[Any] | None = None) -> str:
        queryset = model._default_manager.all() if queryset is None else queryset
        return "; ".join(
            queryset.order_by("position", "name").values_list("slug", flat=True)[:count]
        )

    # An example names a forum that is open to join: active first, never a closed one.
    forums = Forum.objects.filter(status=Forum.Status.ACTIVE)
    if not forums.exists():
        forums = Forum.objects.public()

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
        first(Forum, queryset=forums),
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
        "",
    ]


def guard(value: object) -> str:
    """Keep spreadsheet programs from running a cell as a formula (CSV injection)."""
    value = str(value)
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


class _Echo:
    def write(self, value: str) -> str:
        return value


def csv_lines(rows: Iterable[list[str]]) -> Iterator[str]:
    """CSV text, line by line: UTF-8 with BOM and ";" so that Excel opens it as it is."""
    writer = csv.writer(_Echo(), delimiter=";")
    yield "\ufeff"
    yield writer.writerow(header_row())
    for row in rows:
        yield writer.writerow([guard(value) for value in row])


def write_xlsx(rows: Iterable[list[str]], with_notes: bool = False) -> IO[bytes]:
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

    def text_cell(value: object, font: Font | None = None) -> WriteOnlyCell:
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


def csv_template() -> str:
    return "".join(csv_lines([example_row()]))
