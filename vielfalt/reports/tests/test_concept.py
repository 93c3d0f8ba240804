import io
import shutil
import subprocess
from datetime import date, timedelta

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone
from docx import Document

from vielfalt.collection.models import Entry
from vielfalt.conftest import assert_not_found
from vielfalt.reports.concept import build_concept, concept_forums
from vielfalt.reports.concept_documents import concept_docx, concept_html
from vielfalt.reports.models import ConceptIntroduction

URL = reverse("reports:concept")


@pytest.fixture
def collection(db, forum, other_forum, organisation):
    ConceptIntroduction.objects.create(
        title="Integrationskonzept Testdorf", text="Erster Absatz.\n\nZweiter Absatz."
    )
    Entry.objects.create(forum=forum, kind="inventory", title="Sprachcafé im Stadtteil")
    Entry.objects.create(forum=forum, kind="need", title="Mehr Kita-Plätze")
    approach = Entry.objects.create(
        forum=forum, kind="approach", title="Kita-Lotsinnen", status="in_progress", progress=30
    )
    approach.organisations.set([organisation])
    Entry.objects.create(
        forum=other_forum,
        kind="need",
        title="Später erfasst",
        created=timezone.now() + timedelta(days=30),
    )
    return {"until": timezone.localdate()}


def headings(document, style):
    return [p.text for p in document.paragraphs if p.style.name == style]


def test_the_docx_has_real_headings_that_follow_the_forums(collection):
    concept = build_concept(concept_forums(), collection["until"])

    document = Document(io.BytesIO(concept_docx(concept)))

    assert headings(document, "Title") == ["Integrationskonzept Testdorf"]
    assert headings(document, "Heading 1") == [
        "Einleitung",
        "Der Prozess",
        "Forum Sport und Freizeit",
        "Forum Sprache und Bildung",
        "Querschnittsthemen",
        "Präventionskette und ihre Lücken",
        "Anhang: beteiligte Organisationen",
    ]
    assert "Bestand" in headings(document, "Heading 2")
    texts = [p.text for p in document.paragraphs]
    assert "Zweiter Absatz." in texts and "Sprachcafé im Stadtteil" in texts
    rows = [[c.text for c in row.cells] for table in document.tables for row in table.rows]
    assert ["Kita-Lotsinnen", "Familienzentrum Lindenplatz", "in Umsetzung (30 %)"] in rows
    assert "Familienzentrum Lindenplatz (Freier Träger)" in texts
    assert document.core_properties.author == "Vielfalt"


def test_the_cut_off_date_leaves_out_what_came_later(collection):
    html = concept_html(build_concept(concept_forums(), collection["until"]))
    assert "Mehr Kita-Plätze" in html and "Später erfasst" not in html

    later = concept_html(build_concept(concept_forums(), collection["until"] + timedelta(days=60)))
    assert "Später erfasst" in later


def test_the_same_data_and_date_give_the_same_document(collection):
    forums = concept_forums(["sprache-und-bildung"])
    first = concept_docx(build_concept(forums, date(2026, 1, 31)))
    second = concept_docx(build_concept(forums, date(2026, 1, 31)))
    assert first == second
    assert headings(Document(io.BytesIO(first)), "Heading 1")[2] == "Forum Sprache und Bildung"


def test_the_command_writes_the_format_of_the_suffix(collection, tmp_path):
    for suffix, start in [("docx", b"PK"), ("pdf", b"%PDF"), ("html", b"<!doctype html>")]:
        target = tmp_path / f"konzept.{suffix}"
        call_command(
            "concept_draft", output=str(target), forums="sprache-und-bildung", until="2030-01-01"
        )
        assert target.read_bytes().startswith(start)
    with pytest.raises(CommandError, match="Endung"):
        call_command("concept_draft", output=str(tmp_path / "konzept.odt"))
    with pytest.raises(CommandError, match="Unbekannte Foren: gibt-es-nicht"):
        call_command("concept_draft", output=str(tmp_path / "k.docx"), forums="gibt-es-nicht")


def test_coordinators_download_the_draft(coordinator_client, collection):
    response = coordinator_client.get(
        URL, {"forums": ["sprache-und-bildung"], "until": "2030-01-01", "format": "docx"}
    )

    assert response["Content-Disposition"] == (
        'attachment; filename="integrationskonzept-2030-01-01.docx"'
    )
    document = Document(io.BytesIO(response.content))
    assert "Forum Sport und Freizeit" not in headings(document, "Heading 1")


def test_a_bad_date_keeps_the_form_with_a_message(coordinator_client, collection):
    page = coordinator_client.get(URL, {"until": "morgen", "format": "docx"}).content.decode()
    assert "Bitte ein gültiges Datum eingeben" in page or "gültiges Datum" in page
    assert 'value="morgen"' in page


def test_coordinators_edit_the_introduction(coordinator_client, collection):
    response = coordinator_client.post(
        reverse("reports:concept_introduction"),
        {"title": "Neuer Titel", "text": "Neuer Text."},
        follow=True,
    )
    assert "Die Einleitung ist gespeichert." in response.content.decode()
    assert ConceptIntroduction.objects.get().title == "Neuer Titel"


def test_only_coordinators_get_the_draft(moderator_client, collection):
    assert_not_found(moderator_client.get(URL, {"until": "2030-01-01", "format": "html"}))
    assert_not_found(moderator_client.get(reverse("reports:concept_introduction")))


@pytest.mark.skipif(not shutil.which("libreoffice"), reason="LibreOffice is not installed")
def test_libreoffice_opens_the_docx_and_converts_it_to_pdf(collection, tmp_path):
    source = tmp_path / "konzept.docx"
    source.write_bytes(concept_docx(build_concept(concept_forums(), collection["until"])))

    subprocess.run(  # noqa: S603 (our own file, a fixed command)
        [
            shutil.which("libreoffice"),
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )

    pdf = (tmp_path / "konzept.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Forum Sprache und Bildung" in text and "Kita-Lotsinnen" in text
