"""Reading offerings from CSV and XLSX: validation, dry run, apply, idempotency, safety."""

import csv
import io
import zipfile

import pytest
from openpyxl import Workbook

from vielfalt.exchange import files, tabular
from vielfalt.exchange.parse import parse_file
from vielfalt.forums.models import Forum
from vielfalt.offerings.models import Location, Offering
from vielfalt.vocabularies.models import District, Language, LifePhase, TargetGroup

HEADER = [str(column.label) for column in tabular.COLUMNS]


def make_vocabulary(organisation):
    """A small slice of the Würselen vocabularies; returns the provider used in rows."""
    LifePhase.objects.create(slug="0-3", name="0 bis 3 Jahre", position=2, min_age=0, max_age=3)
    LifePhase.objects.create(slug="3-6", name="3 bis 6 Jahre", position=3, min_age=3, max_age=6)
    District.objects.create(slug="mitte", name="Würselen-Mitte", position=1)
    District.objects.create(slug="pley", name="Pley", position=2)
    TargetGroup.objects.create(slug="eltern", name="Eltern", position=1)
    Language.objects.create(slug="de", code="de", name="Deutsch", native_name="Deutsch")
    Language.objects.create(slug="ar", code="ar", name="Arabisch", native_name="العربية")
    Forum.objects.create(name="Sprache und Bildung", slug="sprache-und-bildung")
    return organisation


@pytest.fixture
def vocabulary(db, organisation, other_organisation):
    return make_vocabulary(organisation)


def row(**values):
    """A full row in column order; keyword arguments by column key."""
    defaults = {
        "external_id": "fz-eltern-cafe",
        "name": "Eltern-Café",
        "short_description": "Eltern treffen sich und tauschen sich aus.",
        "provider": "familienzentrum-lindenplatz",
        "life_phases": "0-3; 3 bis 6 Jahre",
        "forums": "Sprache und Bildung",
        "target_groups": "ELTERN",
        "languages": "de; Arabisch",
        "contact_email": "cafe@example.org",
        "url": "www.example.org/cafe",
        "is_free": "ja",
        "status": "aktiv",
        "place_name": "Familienzentrum; Turnhalle",
        "place_street": "Lindenplatz 1; Schulstraße 3",
        "place_postal_code": "52146",
        "place_city": "Würselen",
        "place_district": "mitte; pley",
    }
    defaults.update(values)
    return [defaults.get(column.key, "") for column in tabular.COLUMNS]


def csv_bytes(rows, header=HEADER, encoding="utf-8", delimiter=";"):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode(encoding)


def xlsx_bytes(rows, header=HEADER):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for values in rows:
        sheet.append(values)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def messages(parsed):
    return [(p.row, p.column, p.message) for p in parsed.problems]


def test_it_imports_a_csv_row_with_vocabularies_by_slug_or_name(vocabulary):
    parsed = parse_file(files.CSV, csv_bytes([row()]))
    assert parsed.problems == []
    report = parsed.run(dry_run=False)
    assert (report.created, report.updated, report.unchanged) == (1, 0, 0)
    offering = Offering.objects.get(external_id="fz-eltern-cafe")
    assert offering.organisation == vocabulary
    assert offering.url == "https://www.example.org/cafe"
    assert sorted(offering.life_phases.values_list("slug", flat=True)) == ["0-3", "3-6"]
    assert list(offering.target_groups.values_list("slug", flat=True)) == ["eltern"]
    assert sorted(offering.languages.values_list("code", flat=True)) == ["ar", "de"]
    assert list(offering.forums.values_list("slug", flat=True)) == ["sprache-und-bildung"]
    places = {(p.name, p.street, p.city, p.district.slug) for p in offering.locations.all()}
    assert places == {
        ("Familienzentrum", "Lindenplatz 1", "Würselen", "mitte"),
        ("Turnhalle", "Schulstraße 3", "Würselen", "pley"),
    }


def test_importing_the_same_file_twice_changes_nothing(vocabulary):
    data = csv_bytes(
        [row(), row(external_id="", name="Sprachtreff", place_name="Familienzentrum; Turnhalle")]
    )
    parse_file(files.CSV, data).run(dry_run=False)
    before = list(Offering.objects.order_by("pk").values_list("pk", "updated"))
    report = parse_file(files.CSV, data).run(dry_run=False)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 2)
    assert report.places_created == 0 and report.places_updated == 0
    assert list(Offering.objects.order_by("pk").values_list("pk", "updated")) == before
    assert Location.objects.count() == 2


def test_a_changed_row_is_reported_with_its_changed_fields(vocabulary):
    parse_file(files.CSV, csv_bytes([row()])).run(dry_run=False)
    report = parse_file(
        files.CSV, csv_bytes([row(name="Eltern-Café am Markt", languages="de")])
    ).run(dry_run=False)
    assert report.updated == 1
    assert set(report.outcomes[0].changes) == {"Name", "Sprachen"}
    assert Offering.objects.get().name == "Eltern-Café am Markt"


def test_a_dry_run_stores_nothing(vocabulary):
    report = parse_file(files.CSV, csv_bytes([row()])).run(dry_run=True)
    assert report.created == 1 and report.places_created == 2
    assert not report.applied
    assert Offering.objects.count() == 0
    assert Location.objects.count() == 0


def test_it_reads_xlsx_with_numbers_as_text(vocabulary):
    values = row()
    values[[c.key for c in tabular.COLUMNS].index("place_postal_code")] = 52146
    parsed = parse_file(files.XLSX, xlsx_bytes([values]))
    assert parsed.problems == []
    parsed.run(dry_run=False)
    assert set(Location.objects.values_list("postal_code", flat=True)) == {"52146"}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_it_reads_utf8_with_and_without_bom_and_windows_1252(vocabulary, encoding):
    data = csv_bytes([row(name="Müttercafé für Väter")], encoding=encoding)
    parsed = parse_file(files.CSV, data)
    assert parsed.problems == []
    assert parsed.records[0].fields["name"] == "Müttercafé für Väter"


def test_it_reads_comma_separated_files_too(vocabulary):
    parsed = parse_file(files.CSV, csv_bytes([row()], delimiter=","))
    assert parsed.problems == []


def test_windows_1252_chosen_as_utf8_gives_a_clear_error(vocabulary):
    data = csv_bytes([row(name="Müttercafé")], encoding="cp1252")
    parsed = parse_file(files.CSV, data, "utf-8")
    assert parsed.records == []
    assert "nicht in UTF-8 gespeichert" in parsed.problems[0].message
    assert "Zeile 1" in parsed.problems[0].message  # "Straße" in the header


def test_garbled_umlauts_give_a_clear_error_instead_of_mojibake(vocabulary):
    data = csv_bytes([row(name="Müttercafé")]).decode("cp1252", errors="replace").encode("utf-8")
    parsed = parse_file(files.CSV, data)
    assert parsed.records == []
    assert "falsch umgewandelte Zeichen" in parsed.problems[0].message


def test_bytes_that_are_no_known_encoding_give_a_clear_error(vocabulary):
    data = csv_bytes([row()]) + b"\x81\x8d\x8f\n"
    parsed = parse_file(files.CSV, data)
    assert "weder UTF-8 noch Windows-1252" in parsed.problems[0].message


def test_it_lists_every_error_by_row_and_column(vocabulary):
    rows = [
        row(),
        row(external_id="b", life_phases="0-3; teenager", contact_email="kein-at"),
        row(external_id="c", url="ht tp://x", place_district="oberdorf", name="x" * 201),
        row(external_id="d", provider="Unbekannter Verein", is_free="vielleicht", status="bald"),
        row(external_id="b", languages="klingonisch"),
    ]
    parsed = parse_file(files.CSV, csv_bytes(rows))
    found = messages(parsed)
    assert (
        "3",
        "Lebensphasen",
        "Unbekannter Wert „teenager“. Gültig sind (Kürzel oder Name): 0-3, 3-6.",
    ) in found
    assert ("3", "Kontakt-E-Mail", "Keine gültige E-Mail-Adresse: „kein-at“.") in found
    columns = {(r, c) for r, c, _m in found}
    assert {("4", "Webseite"), ("4", "Ort: Stadtteil"), ("4", "Name des Angebots")} <= columns
    assert {("5", "Anbieter"), ("5", "Kostenlos"), ("5", "Status"), ("6", "Sprachen")} <= columns
    assert any("mitte, pley" in m for r, c, m in found if c == "Ort: Stadtteil")
    assert any("höchstens 200" in m for r, c, m in found if c == "Name des Angebots")
    assert ("6", "Externe ID", "Die externe ID „b“ steht schon in Zeile 3.") in found
    assert parsed.records and len(parsed.records) < len(rows)
    assert Offering.objects.count() == 0


def test_it_names_unknown_and_missing_columns(vocabulary):
    header = ["Name des Angebots", "Lieblingsfarbe", "Anbieter", "anbieter"]
    parsed = parse_file(files.CSV, csv_bytes([["a", "b", "c", "d"]], header=header))
    found = messages(parsed)
    assert ("1", "Lieblingsfarbe") in {(r, c) for r, c, _m in found}
    assert ("1", "Kurzbeschreibung", "Diese Pflichtspalte fehlt.") in found
    assert ("1", "anbieter", "Diese Spalte gibt es doppelt.") in found


def test_machine_keys_work_as_headers(vocabulary):
    header = [column.key for column in tabular.COLUMNS]
    parsed = parse_file(files.CSV, csv_bytes([row()], header=header))
    assert parsed.problems == []


def test_place_columns_must_agree_on_the_number_of_places(vocabulary):
    parsed = parse_file(files.CSV, csv_bytes([row(place_street="A 1; B 2; C 3")]))
    assert parsed.records == []
    assert ("2", "Ort: Name") in [(p.row, p.column) for p in parsed.problems]
    assert "Hier stehen 2 Einträge, in anderen Ort-Spalten 3" in parsed.problems[0].message


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "Die Datei ist leer."),
        (b"   \n\n", "Die Datei ist leer."),
        (csv_bytes([]), "nur die Kopfzeile"),
    ],
)
def test_an_empty_file_gives_a_clear_error(vocabulary, data, message):
    try:
        kind = files.detect_kind("angebote.csv", data)
    except files.FileProblem as problem:
        assert message in str(problem)
        return
    parsed = parse_file(kind, data)
    assert message in parsed.problems[0].message


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("bild.png", b"\x89PNG\r\n\x1a\n\x00\x00", "weder eine CSV-Datei"),
        ("brief.pdf", b"%PDF-1.4 hallo", "weder eine CSV-Datei"),
        ("alt.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "(.xls)"),
        ("liste.csv", "Name;Anbieter".encode("utf-16"), "UTF-16"),
    ],
)
def test_a_file_that_is_neither_csv_nor_xlsx_is_refused(name, data, message):
    with pytest.raises(files.FileProblem, match=message.replace("(", r"\(").replace(")", r"\)")):
        files.detect_kind(name, data)


def test_a_broken_xlsx_gives_a_clear_error(vocabulary):
    parsed = parse_file(files.XLSX, b"PK\x03\x04 das ist kein Archiv")
    assert "beschädigt oder keine Excel-Datei" in parsed.problems[0].message


def zip_bomb():
    """A workbook whose sheet unpacks to 60 MB of repeated XML but weighs a few KB."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        cell = '<row><c t="inlineStr"><is><t>Bombe</t></is></c></row>'
        archive.writestr(
            "xl/worksheets/sheet1.xml", "<sheetData>" + cell * 1_200_000 + "</sheetData>"
        )
    return out.getvalue()


def test_a_zip_bomb_is_refused_before_it_is_unpacked(vocabulary, monkeypatch):
    data = zip_bomb()
    assert len(data) < 200_000

    def must_not_open(*args, **kwargs):
        raise AssertionError("openpyxl must not see the file")

    monkeypatch.setattr("openpyxl.load_workbook", must_not_open)
    assert files.detect_kind("bombe.xlsx", data) == files.XLSX
    parsed = parse_file(files.XLSX, data)
    assert "ausgepackt zu groß" in parsed.problems[0].message


def test_too_many_rows_are_refused(vocabulary, monkeypatch):
    monkeypatch.setattr(files, "MAX_ROWS", 3)
    parsed = parse_file(files.XLSX, xlsx_bytes([row(external_id=str(n)) for n in range(5)]))
    assert "zu viele Zeilen" in parsed.problems[0].message


def test_too_many_columns_are_refused(vocabulary):
    parsed = parse_file(files.XLSX, xlsx_bytes([row() + ["x"] * 100]))
    assert "zu viele Spalten" in parsed.problems[0].message


def test_an_ambiguous_row_without_external_id_is_an_error_and_stores_nothing(vocabulary):
    for _n in range(2):
        Offering.objects.create(name="Eltern-Café", short_description="x", organisation=vocabulary)
    data = csv_bytes([row(external_id="neu-1", name="Neu"), row(external_id="")])
    report = parse_file(files.CSV, data).run(dry_run=False)
    assert report.problems and not report.applied
    assert Offering.objects.count() == 2


def test_formula_guard_is_removed_on_import(vocabulary):
    parsed = parse_file(files.CSV, csv_bytes([row(contact_phone="'+49 2405 1234")]))
    assert parsed.records[0].fields["contact_phone"] == "+49 2405 1234"
