"""The record of processing activities (DSGVO Art. 30), built from the registry.

Every row is one declared kind of personal data (``<app>/personal_data.py``),
so the record lists exactly what erasure and retention act on. Texts are
rendered in the active language.
"""

import csv
import io

from django.conf import settings
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import registry

# (field, column heading); "retention" is called, the others are texts.
COLUMNS: list[tuple[str, str | Promise]] = [
    ("name", gettext_lazy("Verarbeitung (Art der Daten)")),
    ("data", gettext_lazy("Kategorien personenbezogener Daten")),
    ("subjects", gettext_lazy("Betroffene Personen")),
    ("purpose", gettext_lazy("Zweck")),
    ("legal_basis", gettext_lazy("Rechtsgrundlage")),
    ("recipients", gettext_lazy("Empfänger")),
    ("third_countries", gettext_lazy("Übermittlung in Drittländer")),
    ("retention", gettext_lazy("Löschfristen")),
]


def title() -> str:
    return _("Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO): %(site)s, %(town)s") % {
        "site": settings.SITE_NAME,
        "town": settings.SITE_TOWN,
    }


def rows() -> list[list[str]]:
    """One list of cell texts per kind of personal data, in COLUMNS order."""
    result = []
    for category in registry.categories():
        cells = []
        for field, _heading in COLUMNS:
            if field == "retention":
                value = category.retention()
            elif field == "third_countries":
                value = category.third_countries or _("keine")
            else:
                value = getattr(category, field)
            cells.append(str(value))
        result.append(cells)
    return result


def headings() -> list[str]:
    return [str(heading) for _field, heading in COLUMNS]


def as_csv() -> bytes:
    """The record as CSV for spreadsheets (UTF-8 with BOM, semicolons as German Excel expects)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(headings())
    writer.writerows(rows())
    return buffer.getvalue().encode("utf-8-sig")


def as_xlsx() -> bytes:
    """The record as an Excel workbook: a title line, the headings, one row per kind of data."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Verzeichnis")[:31]
    sheet.append([title()])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(headings())
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for row in rows():
        sheet.append(row)
    for column in sheet.iter_cols(min_row=2):
        sheet.column_dimensions[column[0].column_letter].width = 40
        for cell in column:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A3"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def retention_rows() -> list[tuple[str, str]]:
    """(kind of data, retention) for the public privacy notice."""
    return [(str(c.name), str(c.retention())) for c in registry.categories()]
