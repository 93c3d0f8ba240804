"""The Integrationskonzept draft as HTML, PDF (WeasyPrint) and DOCX (python-docx).

The DOCX uses Word's own heading styles (Heading 1 for the parts and each
forum, Heading 2 below), so Word builds a table of contents from it; its core
properties and the zip entries' times are fixed, so the same data give the
same bytes.
"""

import io
import zipfile
from datetime import datetime

from django.template.loader import render_to_string
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from .concept import Concept

PDF_CSS = """
@page { size: A4; margin: 2cm; @bottom-right { content: counter(page); font-size: 9pt; } }
body { font-family: sans-serif; font-size: 10.5pt; color: #111; line-height: 1.4; }
h1 { font-size: 20pt; } h2 { font-size: 15pt; margin-top: 1.4em; } h3 { font-size: 12pt; }
table { border-collapse: collapse; margin: 0.4em 0 1em; width: 100%; }
th, td { border: 1px solid #999; padding: 2px 6px; text-align: left; vertical-align: top; }
.concept-state { color: #444; }
"""
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
BULLET_STYLE_ID = "ListBullet"  # "List Bullet" in python-docx's template
# Offerings keep no history; the document says which part shows which date.
CHAIN_STATE = gettext_noop(
    "Angebote haben keinen Verlauf: Welche Felder Lücken sind, zeigt den Stand bei der "
    "Erstellung dieses Entwurfs. Die genannten Bedarfe und Lösungsansätze zeigen den Stand "
    "am Stichtag."
)


def concept_html(concept: Concept) -> str:
    return render_to_string("reports/concept_document.html", {"concept": concept})


def concept_pdf(concept: Concept) -> bytes:
    from weasyprint import CSS, HTML

    return HTML(string=concept_html(concept)).write_pdf(stylesheets=[CSS(string=PDF_CSS)])


def concept_docx(concept: Concept) -> bytes:
    from docx import Document

    document = Document()
    assert document.styles["List Bullet"].style_id == BULLET_STYLE_ID
    _core_properties(document, concept)
    document.add_heading(str(concept.title), level=0)
    document.add_paragraph(
        _("Entwurf, Stand der Daten: %(date)s")
        % {"date": date_format(concept.until, "DATE_FORMAT")}
    )
    document.add_heading(_("Einleitung"), level=1)
    for paragraph in concept.introduction or [_("Die Einleitung ist noch nicht geschrieben.")]:
        document.add_paragraph(paragraph)
    _process(document, concept)
    for part in concept.forums:
        _forum(document, part)
    _themes(document, concept)
    _chain(document, concept)
    document.add_heading(_("Anhang: beteiligte Organisationen"), level=1)
    for org in concept.organisations:
        _bullet(document, f"{org.name} ({org.get_kind_display()})")
    out = io.BytesIO()
    document.save(out)
    return _with_fixed_zip_times(out.getvalue())


def _bullet(document, text: str) -> None:
    """A paragraph in the style "List Bullet", set by its id: python-docx looks a
    style given by name up among all styles for every paragraph (9 of 10 s for
    7,000 entries)."""
    document.add_paragraph(text)._p.style = BULLET_STYLE_ID


def _core_properties(document, concept: Concept) -> None:
    moment = datetime(concept.until.year, concept.until.month, concept.until.day)
    properties = document.core_properties
    properties.title = str(concept.title)
    properties.author = "Vielfalt"
    properties.last_modified_by = "Vielfalt"
    properties.created = moment
    properties.modified = moment
    properties.revision = 1
    properties.comments = ""


def _process(document, concept: Concept) -> None:
    document.add_heading(_("Der Prozess"), level=1)
    document.add_heading(_("Zeitleiste"), level=2)
    for step in concept.timeline:
        label = f"{step.date_display}: {step.label}" if step.date_display else str(step.label)
        _bullet(document, label)
    document.add_heading(_("Beteiligung"), level=2)
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in concept.figures:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = str(label), str(value)
    if concept.events:
        document.add_paragraph(_("Veranstaltungen"))
        table = _table(document, [_("Veranstaltung"), _("Datum"), _("angemeldet"), _("anwesend")])
        for event in concept.events:
            cells = table.add_row().cells
            cells[0].text = event.title
            cells[1].text = date_format(event.starts_at, "SHORT_DATE_FORMAT")
            cells[2].text, cells[3].text = str(event.confirmed), str(event.attended_count)


def _table(document, header: list):
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, label in zip(table.rows[0].cells, header, strict=True):
        cell.text = str(label)
    return table


def _forum(document, part) -> None:
    document.add_heading(_("Forum %(forum)s") % {"forum": part.forum.label}, level=1)
    document.add_paragraph(_("Mitglieder: %(count)d") % {"count": part.members})
    for heading, entries in [(_("Bestand"), part.inventory), (_("Bedarfe"), part.needs)]:
        document.add_heading(heading, level=2)
        for entry in entries:
            _bullet(document, entry.title)
        if not entries:
            document.add_paragraph(_("Nichts erfasst."))
    document.add_heading(_("Lösungsansätze"), level=2)
    if not part.approaches:
        document.add_paragraph(_("Nichts erfasst."))
        return
    table = _table(document, [_("Lösungsansatz"), _("Träger"), _("Stand")])
    for entry in part.approaches:
        cells = table.add_row().cells
        cells[0].text = entry.title
        cells[1].text = ", ".join(org.name for org in entry.carriers) or "–"
        cells[2].text = f"{entry.status_label} ({entry.progress} %)"


def _themes(document, concept: Concept) -> None:
    document.add_heading(_("Querschnittsthemen"), level=1)
    for item in concept.themes:
        document.add_heading(str(item["theme"].label), level=2)
        for note in item["notes"]:
            text = f"{note.forum.label} – {note.entry.title}"
            _bullet(document, f"{text}: {note.note}" if note.note else text)
        if not item["notes"]:
            document.add_paragraph(_("In den gewählten Foren noch nicht berücksichtigt."))


def _chain(document, concept: Concept) -> None:
    document.add_heading(_("Präventionskette und ihre Lücken"), level=1)
    document.add_paragraph(_(CHAIN_STATE))
    for cell in concept.gaps:
        text = _("Kein Angebot zum Thema „%(topic)s“ in der Lebensphase „%(phase)s“.") % {
            "topic": cell.topic.label,
            "phase": cell.phase.label,
        }
        if cell.needs:
            text += (
                " " + _("Erfasste Bedarfe:") + " " + "; ".join(n.title for n in cell.needs) + "."
            )
        if cell.approaches:
            text += (
                " "
                + _("Lösungsansätze:")
                + " "
                + "; ".join(f"{a.title} ({a.status_label})" for a in cell.approaches)
                + "."
            )
        _bullet(document, text)
    if not concept.gaps:
        document.add_paragraph(_("Keine Lücken in den gewählten Foren."))


def _with_fixed_zip_times(data: bytes) -> bytes:
    """python-docx stamps every zip entry with the current time; fix it."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = item.external_attr
            target.writestr(info, source.read(item.filename))
    return out.getvalue()


RENDERERS = {
    "html": ("text/html; charset=utf-8", lambda c: concept_html(c).encode()),
    "pdf": ("application/pdf", concept_pdf),
    "docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        concept_docx,
    ),
}
