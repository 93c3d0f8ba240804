"""The participant list as CSV and XLSX (the same columns, the same rows)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from django.utils.translation import gettext as _

from .models import Registration


def header() -> list[str]:
    return [
        _("Name"),
        _("E-Mail"),
        _("Organisation"),
        _("Status"),
        _("anwesend"),
        _("Forumswünsche"),
        _("Barrierefreiheit oder Ernährung"),
        _("angemeldet am"),
    ]


def safe(value: str) -> str:
    """Keep spreadsheet programs from reading a cell as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def rows(registrations: Iterable[Registration]) -> list[list[str]]:
    return [
        [
            safe(r.name),
            safe(r.email),
            safe(r.organisation_name),
            str(r.get_status_display()),
            _("ja") if r.attended else _("nein"),
            ", ".join(f"{n}. {f.name}" for n, f in enumerate(r.ranked_forums(), start=1)),
            safe(r.needs),
            r.created.strftime("%Y-%m-%d %H:%M"),
        ]
        for r in registrations
    ]


def csv_text(registrations: Iterable[Registration]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(header())
    writer.writerows(rows(registrations))
    return "\ufeff" + out.getvalue()  # the BOM makes Excel read UTF-8


def xlsx_bytes(registrations: Iterable[Registration]) -> bytes:
    from openpyxl import Workbook  # only needed when someone exports

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Teilnehmende"))
    sheet.append(header())
    for row in rows(registrations):
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
