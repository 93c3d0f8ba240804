"""Every format has the same limits: file size, offerings (rows or records) and fields."""

import io
import json
import time

import pytest
from django.core.management import CommandError, call_command

from vielfalt.exchange import files
from vielfalt.exchange.parse import parse_file
from vielfalt.offerings.models import Offering

from .test_import_tabular import HEADER, csv_bytes, make_vocabulary, row, xlsx_bytes


@pytest.fixture
def vocabulary(db, organisation, other_organisation):
    return make_vocabulary(organisation)


def service(number, **extra):
    return {
        "id": f"00000000-0000-4000-8000-{number:012}",
        "name": f"Angebot {number}",
        "status": "active",
        "organization": {"id": "00000000-0000-4000-8000-999999999999", "name": "Träger"},
        **extra,
    }


def hsds_bytes(services):
    return json.dumps(services).encode()


def messages(parsed):
    return " ".join(problem.message for problem in parsed.problems)


def test_an_hsds_file_with_40805_services_is_refused_at_once(db):
    document = {
        "services": [
            {"id": f"s{number}", "organization_id": "o", "name": f"A{number}", "status": "active"}
            for number in range(40805)
        ],
        "organizations": [{"id": "o", "name": "Träger"}],
    }
    data = json.dumps(document, separators=(",", ":")).encode()
    assert len(data) < files.MAX_FILE_BYTES
    start = time.perf_counter()
    parsed = parse_file(files.JSON, data)
    assert time.perf_counter() - start < 5
    assert parsed.records == []
    assert messages(parsed) == (
        "Die Datei enthält zu viele Einträge (40805 Angebote). "
        "Erlaubt sind höchstens 5000 Angebote je Datei."
    )


def test_hsds_records_have_the_same_limit_as_csv_rows(db, monkeypatch):
    monkeypatch.setattr(files, "MAX_ROWS", 3)
    parsed = parse_file(files.JSON, hsds_bytes([service(number) for number in range(4)]))
    assert parsed.records == []
    assert (
        "Die Datei enthält zu viele Einträge (4 Angebote). "
        "Erlaubt sind höchstens 3 Angebote je Datei." in messages(parsed)
    )
    parsed = parse_file(files.JSON, hsds_bytes([service(number) for number in range(3)]))
    assert parsed.problems == [] and len(parsed.records) == 3


def test_csv_and_xlsx_rows_have_the_same_limit(vocabulary, monkeypatch):
    monkeypatch.setattr(files, "MAX_ROWS", 3)
    rows = [row(external_id=f"x{number}", name=f"Angebot {number}") for number in range(4)]
    for kind, data in ((files.CSV, csv_bytes(rows)), (files.XLSX, xlsx_bytes(rows))):
        parsed = parse_file(kind, data)
        assert parsed.records == [], kind
        assert "Erlaubt sind höchstens 3 Angebote je Datei." in messages(parsed), kind


def test_an_hsds_record_with_too_many_fields_or_list_entries_is_refused(db):
    wide = service(1, **{f"x_{number}": "wert" for number in range(70)})
    places = [
        {"id": f"loc-{number}", "location": {"id": f"00000000-0000-4000-9000-{number:012}"}}
        for number in range(61)
    ]
    long_list = service(2, service_at_locations=places)
    parsed = parse_file(files.JSON, hsds_bytes([wide, long_list]))
    assert parsed.records == []
    found = {(p.row, p.column, p.message) for p in parsed.problems}
    assert ("Angebot 1", "–", "Zu viele Felder (74). Erlaubt sind höchstens 60.") in found
    assert (
        "Angebot 2",
        "service_at_locations",
        "Zu viele Einträge (61). Erlaubt sind höchstens 60.",
    ) in found


def test_a_csv_row_with_too_many_columns_or_places_is_refused(vocabulary):
    parsed = parse_file(files.CSV, csv_bytes([row() + ["x"] * 61], header=HEADER + ["y"] * 61))
    assert "hat zu viele Spalten" in messages(parsed)
    places = "; ".join(f"Haus {number}" for number in range(61))
    parsed = parse_file(
        files.CSV,
        csv_bytes(
            [
                row(
                    place_name=places,
                    place_street="",
                    place_postal_code="",
                    place_city="",
                    place_district="",
                )
            ]
        ),
    )
    assert "Zu viele Einträge (61). Erlaubt sind höchstens 60." in messages(parsed)


def test_the_import_command_refuses_a_file_over_the_size_limit_unread(db, tmp_path, monkeypatch):
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 100)
    path = tmp_path / "gross.json"
    path.write_bytes(hsds_bytes([service(number) for number in range(5)]))
    with pytest.raises(CommandError, match="Die Datei ist zu groß"):
        call_command("import_hsds", str(path), stdout=io.StringIO())
    assert Offering.objects.count() == 0
