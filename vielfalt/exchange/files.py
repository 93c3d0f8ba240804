"""Reading uploaded files without trusting them.

Every check runs before the content is parsed: the size, the kind of file,
the encoding of a CSV file, and for XLSX (a zip archive) the sizes declared
in the archive, so that a zip bomb is refused before openpyxl unpacks it.
A file that cannot be read raises FileProblem with a message for the person.
"""

import csv
import io
import json
import re
import zipfile
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import PurePath
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

# The same limits hold for every format: a CSV row, an XLSX row and an HSDS
# record are one offering each; a column and a field of a JSON object alike.
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5000  # offerings (rows, HSDS services) and organisations per file
MAX_COLUMNS = 60  # columns of a row, fields of an HSDS record, entries of a list in it
MAX_ZIP_ENTRIES = 300
MAX_UNCOMPRESSED_BYTES = 40 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100

CSV, XLSX, JSON = "csv", "xlsx", "json"

ENCODING_CHOICES = [
    ("auto", gettext_lazy("automatisch erkennen")),
    ("utf-8", gettext_lazy("UTF-8 (auch mit BOM)")),
    ("cp1252", gettext_lazy("Windows-1252 (ältere Excel-Versionen)")),
]

# UTF-8 text that was read once as Windows-1252: "Ã¤" instead of "ä", "â€“" instead of "–".
MOJIBAKE = re.compile("Ã[\u00a0-\u00bf\u0152\u0153\u0160\u0178\u2013\u2014\u201c-\u201e\u2122]|â€")


class FileProblem(Exception):
    """The file cannot be read at all; the message says why, for the person who uploaded it."""


def human_size(num_bytes: int) -> str:
    return f"{num_bytes / (1024 * 1024):.1f} MB".replace(".", ",")


def check_size(size: int) -> None:
    """FileProblem if the file is larger than allowed; size -1: larger, by an unknown amount."""
    if size < 0:
        raise FileProblem(
            _("Die Datei ist zu groß. Erlaubt sind höchstens {limit}.").format(
                limit=human_size(MAX_FILE_BYTES)
            )
        )
    if size > MAX_FILE_BYTES:
        raise FileProblem(
            _("Die Datei ist zu groß ({size}). Erlaubt sind höchstens {limit}.").format(
                size=human_size(size), limit=human_size(MAX_FILE_BYTES)
            )
        )


def detect_kind(filename: str | None, data: bytes) -> str:
    """CSV, XLSX or JSON, from the first bytes and the file name; FileProblem otherwise."""
    if not data.strip():
        raise FileProblem(_("Die Datei ist leer."))
    suffix = PurePath(filename or "").suffix.lower()
    if data.startswith(b"PK\x03\x04"):
        return XLSX
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise FileProblem(
            _(
                "Das alte Excel-Format (.xls) wird nicht unterstützt. "
                "Speichern Sie die Datei in Excel als „Excel-Arbeitsmappe (.xlsx)“ oder als „CSV UTF-8“."
            )
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FileProblem(
            _(
                "Die Datei ist in UTF-16 gespeichert. "
                "Speichern Sie sie in Excel als „CSV UTF-8“ und laden Sie sie erneut hoch."
            )
        )
    if b"\x00" in data[:8192] or suffix not in ("", ".csv", ".txt", ".json"):
        raise FileProblem(
            _("Die Datei ist weder eine CSV-Datei noch eine Excel-Datei (.xlsx) noch HSDS-JSON.")
        )
    if suffix == ".json" or data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"["):
        return JSON
    return CSV


def decode_text(data: bytes, encoding: str = "auto") -> str:
    """The text of a CSV file; a clear error instead of garbled umlauts."""
    if encoding not in ("auto", "utf-8", "cp1252"):
        encoding = "auto"
    if encoding in ("auto", "utf-8"):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            if encoding == "utf-8":
                line = data[: error.start].count(b"\n") + 1
                raise FileProblem(
                    _(
                        "Die Datei ist nicht in UTF-8 gespeichert (erster Fehler in Zeile {line}). "
                        "Wählen Sie „Windows-1252“ als Zeichenkodierung oder speichern Sie die Datei "
                        "in Excel als „CSV UTF-8“."
                    ).format(line=line)
                ) from error
            text = None
        if text is not None:
            check_garbled(text)
            return text
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise FileProblem(
            _(
                "Die Zeichenkodierung der Datei ist weder UTF-8 noch Windows-1252 "
                "(erster Fehler in Zeile {line}). Speichern Sie die Datei in Excel als „CSV UTF-8“."
            ).format(line=line)
        ) from error
    check_garbled(text)
    return text


def check_garbled(text: str) -> None:
    for pattern in (MOJIBAKE, re.compile("\ufffd")):
        match = pattern.search(text)
        if match:
            line = text.count("\n", 0, match.start()) + 1
            raise FileProblem(
                _(
                    "Die Datei enthält falsch umgewandelte Zeichen (zum Beispiel „{sample}“ in Zeile "
                    "{line}). Sie wurde vermutlich mit der falschen Zeichenkodierung gespeichert. "
                    "Öffnen Sie die Originaldatei und speichern Sie sie als „CSV UTF-8“."
                ).format(sample=text[match.start() : match.start() + 2], line=line)
            )


def guess_delimiter(text: str) -> str:
    """German Excel writes ";", others ","; the header line tells which."""
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    counts = {delimiter: first_line.count(delimiter) for delimiter in (";", ",", "\t")}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ";"


def read_csv(data: bytes, encoding: str = "auto") -> list[list[str]]:
    """All rows of a CSV file as lists of strings (the header included)."""
    text = decode_text(data, encoding)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=guess_delimiter(text))
    rows: list[list[str]] = []
    try:
        for row in reader:
            check_row(len(rows) + 1, len(row))
            rows.append(row)
    except csv.Error as error:
        raise FileProblem(
            _("Die CSV-Datei ist fehlerhaft (Zeile {line}): {error}").format(
                line=reader.line_num, error=error
            )
        ) from error
    return rows


def check_row(number: int, columns: int) -> None:
    if number > MAX_ROWS + 1:
        raise FileProblem(
            _(
                "Die Datei hat zu viele Zeilen. Erlaubt sind höchstens {limit} Angebote je Datei."
            ).format(limit=MAX_ROWS)
        )
    if columns > MAX_COLUMNS:
        raise FileProblem(
            _("Zeile {row} hat zu viele Spalten ({count}). Erlaubt sind höchstens {limit}.").format(
                row=number, count=columns, limit=MAX_COLUMNS
            )
        )


def check_records(count: int, what: str | None = None) -> None:
    """FileProblem if a JSON file holds more records than a CSV file may hold rows."""
    if count > MAX_ROWS:
        raise FileProblem(
            _(
                "Die Datei enthält zu viele Einträge ({count} {what}). "
                "Erlaubt sind höchstens {limit} Angebote je Datei."
            ).format(count=count, what=what or _("Angebote"), limit=MAX_ROWS)
        )


def too_many_fields(value: Any) -> str | None:
    """The message for a JSON record with more fields, or a list with more entries,
    than a row may have columns; None if it fits."""
    if isinstance(value, dict) and len(value) > MAX_COLUMNS:
        return _("Zu viele Felder ({count}). Erlaubt sind höchstens {limit}.").format(
            count=len(value), limit=MAX_COLUMNS
        )
    if isinstance(value, list) and len(value) > MAX_COLUMNS:
        return _("Zu viele Einträge ({count}). Erlaubt sind höchstens {limit}.").format(
            count=len(value), limit=MAX_COLUMNS
        )
    return None


def check_zip(data: bytes) -> None:
    """Refuse archives whose declared contents are too large before anything is unpacked."""
    not_xlsx = _("Die Datei ist beschädigt oder keine Excel-Datei (.xlsx).")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise FileProblem(not_xlsx) from error
    with archive:
        entries = archive.infolist()
    too_big = _(
        "Die Excel-Datei ist ausgepackt zu groß oder ungewöhnlich stark gepackt. "
        "Aus Sicherheitsgründen wird sie nicht geöffnet."
    )
    if len(entries) > MAX_ZIP_ENTRIES:
        raise FileProblem(too_big)
    if sum(entry.file_size for entry in entries) > MAX_UNCOMPRESSED_BYTES:
        raise FileProblem(too_big)
    for entry in entries:
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size > 1024 * 1024 and ratio > MAX_COMPRESSION_RATIO:
            raise FileProblem(too_big)
    if "xl/workbook.xml" not in {entry.filename for entry in entries}:
        raise FileProblem(not_xlsx)


def read_xlsx(data: bytes) -> list[list[str]]:
    """All rows of the first sheet as lists of strings (the header included)."""
    check_zip(data)
    # Imported here: openpyxl is only needed when someone uploads a workbook.
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for broken files
        raise FileProblem(_("Die Datei ist beschädigt oder keine Excel-Datei (.xlsx).")) from error
    rows: list[list[str]] = []
    try:
        sheet = workbook.worksheets[0]
        # The declared dimension may claim a million columns; read only what is there.
        sheet.reset_dimensions()
        for values in sheet.iter_rows(values_only=True):
            values = list(values)
            while values and values[-1] in (None, ""):
                values.pop()
            check_row(len(rows) + 1, len(values))
            rows.append([cell_text(value) for value in values])
    except FileProblem:
        raise
    except Exception as error:
        raise FileProblem(_("Die Datei ist beschädigt oder keine Excel-Datei (.xlsx).")) from error
    finally:
        workbook.close()
    return rows


def cell_text(value: Any) -> str:
    """A spreadsheet cell as the text a person sees (52146.0 → "52146")."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)


def read_json(data: bytes, object_hook: Callable[[dict[str, Any]], Any] | None = None) -> Any:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FileProblem(_("Die JSON-Datei ist nicht in UTF-8 gespeichert.")) from error
    try:
        return json.loads(text, object_hook=object_hook)
    except json.JSONDecodeError as error:
        raise FileProblem(
            _("Die JSON-Datei ist fehlerhaft (Zeile {line}, Zeichen {column}).").format(
                line=error.lineno, column=error.colno
            )
        ) from error
    except RecursionError as error:
        raise FileProblem(_("Die JSON-Datei ist zu tief verschachtelt.")) from error
