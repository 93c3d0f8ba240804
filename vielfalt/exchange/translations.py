"""Offering texts for a translator: export what is untranslated, import what came back.

The export lists, for one target language, each German text (name, short
description, description) of an offering whose translation in that language
is still empty: as XLSX (columns id, field, German source, translation; the
header of the last column is the language code) or as XLIFF 1.2 (one
trans-unit per text, id "<offering id>.<field>"). The import reads either
back, checks the whole file first (known offering ids, known fields, known
language, lengths, no text twice) and then stores everything or, on any
error, nothing. An unchanged text is not written again, so importing the
same file twice changes nothing.
"""

import io
import xml.etree.ElementTree as ET  # noqa: S405 - only writes; reading uses defusedxml
from collections.abc import Iterator
from dataclasses import dataclass, field

from defusedxml import ElementTree as SafeET  # type: ignore[import-untyped]
from django.db import transaction
from django.utils.translation import gettext as _

from vielfalt.offerings.models import Offering, OfferingText
from vielfalt.offerings.search import refresh_search_index
from vielfalt.offerings.text_forms import translation_languages

from . import files
from .records import Problem

FIELDS = ("name", "short_description", "description")
MAX_LENGTHS = {"name": 200, "short_description": 300, "description": 20000}
XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
SOURCE_HEADER = "de"


@dataclass
class Unit:
    """One text to translate: the offering, the field, the German source and the translation."""

    offering_id: int
    field: str
    source: str
    target: str = ""


def untranslated(language: str) -> Iterator[Unit]:
    """The German texts of the offerings (not ended) whose ``language`` text is still empty."""
    texts = {text.offering_id: text for text in OfferingText.objects.filter(language=language)}
    offerings = (
        Offering.objects.exclude(status=Offering.Status.ENDED)
        .order_by("pk")
        .values_list("pk", *FIELDS)
    )
    for pk, *sources in offerings.iterator(chunk_size=500):
        text = texts.get(pk)
        for name, source in zip(FIELDS, sources, strict=True):
            if source and not (text and getattr(text, name)):
                yield Unit(pk, name, source)


def write_xlsx(language: str, units: Iterator[Unit]) -> io.BytesIO:
    """The units as a workbook: id, field, German source and an empty translation column."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Übersetzungen"))
    sheet.freeze_panes = "A2"

    def cell(value: object, bold: bool = False) -> WriteOnlyCell:
        written = WriteOnlyCell(sheet, value=str(value))
        written.data_type = "s"  # a text cell, never a formula
        if bold:
            written.font = Font(bold=True)
        return written

    sheet.append([cell(label, bold=True) for label in ("id", "field", SOURCE_HEADER, language)])
    for unit in units:
        sheet.append([cell(unit.offering_id), cell(unit.field), cell(unit.source), cell("")])
    output = io.BytesIO()
    workbook.save(output)
    output.seek(0)
    return output


def write_xliff(language: str, units: Iterator[Unit]) -> bytes:
    """The units as an XLIFF 1.2 document (source German, target ``language``)."""
    ET.register_namespace("", XLIFF_NS)
    root = ET.Element(f"{{{XLIFF_NS}}}xliff", version="1.2")
    file_element = ET.SubElement(
        root,
        f"{{{XLIFF_NS}}}file",
        {
            "original": "offerings",
            "source-language": SOURCE_HEADER,
            "target-language": language,
            "datatype": "plaintext",
        },
    )
    body = ET.SubElement(file_element, f"{{{XLIFF_NS}}}body")
    for unit in units:
        trans_unit = ET.SubElement(
            body, f"{{{XLIFF_NS}}}trans-unit", id=f"{unit.offering_id}.{unit.field}"
        )
        ET.SubElement(trans_unit, f"{{{XLIFF_NS}}}source").text = unit.source
        ET.SubElement(trans_unit, f"{{{XLIFF_NS}}}target").text = unit.target
    ET.indent(root)
    document: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return document


@dataclass
class Parsed:
    """What a file holds: its language and its rows (row label, id, field, translation)."""

    language: str = ""
    rows: list[tuple[str, str, str, str]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def read_file(filename: str, data: bytes) -> Parsed:
    """The rows of an uploaded XLSX or XLIFF file (FileProblem if it cannot be read)."""
    if not data.strip():
        raise files.FileProblem(_("Die Datei ist leer."))
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(data)
    if data.lstrip().startswith((b"<", b"\xef\xbb\xbf<")):
        return _read_xliff(data)
    raise files.FileProblem(
        _("Bitte laden Sie die exportierte Excel-Datei (.xlsx) oder XLIFF-Datei (.xlf) hoch.")
    )


def _read_xlsx(data: bytes) -> Parsed:
    table = files.read_xlsx(data)
    if not table:
        raise files.FileProblem(_("Die Datei ist leer."))
    header = [cell.strip() for cell in table[0]]
    parsed = Parsed(language=header[3] if len(header) > 3 else "")
    if header[:3] != ["id", "field", SOURCE_HEADER]:
        parsed.problems.append(
            Problem(
                "1",
                "",
                _("Die Kopfzeile muss „id, field, de, <Sprachcode>“ lauten, wie im Export."),
            )
        )
        return parsed
    for number, cells in enumerate(table[1:], start=2):
        cells = [*cells, "", "", "", ""]
        if not any(cells):
            continue
        parsed.rows.append((str(number), cells[0].strip(), cells[1].strip(), cells[3].strip()))
    return parsed


def _read_xliff(data: bytes) -> Parsed:
    try:
        root = SafeET.fromstring(data)
    except Exception as error:  # defusedxml refuses entities and DTDs; ParseError otherwise
        raise files.FileProblem(
            _("Die XLIFF-Datei ist beschädigt oder keine XML-Datei.")
        ) from error
    file_element = root.find(f"{{{XLIFF_NS}}}file")
    if root.tag != f"{{{XLIFF_NS}}}xliff" or file_element is None:
        raise files.FileProblem(_("Die Datei ist keine XLIFF-1.2-Datei."))
    parsed = Parsed(language=file_element.get("target-language", "").strip())
    for number, unit in enumerate(file_element.iter(f"{{{XLIFF_NS}}}trans-unit"), start=1):
        offering_id, _dot, field_name = unit.get("id", "").partition(".")
        target = unit.find(f"{{{XLIFF_NS}}}target")
        text = "".join(target.itertext()).strip() if target is not None else ""
        parsed.rows.append((f"trans-unit {number}", offering_id, field_name, text))
        if number > files.MAX_ROWS * len(FIELDS):
            raise files.FileProblem(_("Die Datei hat zu viele Einträge."))
    return parsed


@dataclass
class Outcome:
    changed: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)


def check(parsed: Parsed) -> tuple[dict[int, dict[str, str]], list[Problem]]:
    """The translations by offering and field, and every problem of the file."""
    problems = list(parsed.problems)
    languages = {code for code, _name in translation_languages()}
    if parsed.language not in languages:
        problems.append(
            Problem(
                "1",
                _("Sprache"),
                _("Unbekannte Zielsprache „%(language)s“. Möglich: %(choices)s.")
                % {"language": parsed.language, "choices": ", ".join(sorted(languages))},
            )
        )
    ids = {int(pk) for _row, pk, _field, _text in parsed.rows if pk.isdigit()}
    known = set(Offering.objects.filter(pk__in=ids).values_list("pk", flat=True))
    found: dict[int, dict[str, str]] = {}
    for row, pk, field_name, text in parsed.rows:
        if not pk.isdigit() or int(pk) not in known:
            problems.append(
                Problem(row, "id", _("Kein Angebot mit der Nummer „%(id)s“.") % {"id": pk})
            )
            continue
        if field_name not in FIELDS:
            problems.append(
                Problem(
                    row,
                    "field",
                    _("Unbekanntes Feld „%(field)s“. Möglich: %(choices)s.")
                    % {"field": field_name, "choices": ", ".join(FIELDS)},
                )
            )
            continue
        if field_name in found.get(int(pk), {}):
            problems.append(
                Problem(row, "field", _("Dieser Text steht schon weiter oben in der Datei."))
            )
            continue
        if len(text) > MAX_LENGTHS[field_name]:
            problems.append(
                Problem(
                    row,
                    parsed.language,
                    _("Zu lang: %(length)d Zeichen, erlaubt sind %(limit)d.")
                    % {"length": len(text), "limit": MAX_LENGTHS[field_name]},
                )
            )
            continue
        if text:  # an empty translation is not translated yet: it changes nothing
            found.setdefault(int(pk), {})[field_name] = text
    return found, problems


def store(parsed: Parsed) -> Outcome:
    """Check the file, then store all its translations, or nothing if it has a problem."""
    found, problems = check(parsed)
    outcome = Outcome(problems=problems)
    if problems:
        return outcome
    language = parsed.language
    with transaction.atomic():
        texts = {
            text.offering_id: text
            for text in OfferingText.objects.select_for_update().filter(
                language=language, offering_id__in=found
            )
        }
        touched = []
        for offering_id, values in found.items():
            text = texts.get(offering_id) or OfferingText(
                offering_id=offering_id, language=language
            )
            changes = {
                name: value for name, value in values.items() if getattr(text, name) != value
            }
            outcome.unchanged += len(values) - len(changes)
            if not changes:
                continue
            for name, value in changes.items():
                setattr(text, name, value)
            text.save()
            outcome.changed += len(changes)
            touched.append(offering_id)
        if touched:
            refresh_search_index(touched)
    return outcome
