"""Public export of offerings as CSV, XLSX and HSDS JSON."""

import io
import json

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from vielfalt.exchange import files, tabular
from vielfalt.exchange.parse import parse_file
from vielfalt.forums.models import Forum
from vielfalt.network.models import Organisation
from vielfalt.offerings.models import Location, Offering
from vielfalt.vocabularies.models import District, Language, LifePhase, TargetGroup

from .test_import_tabular import make_vocabulary


@pytest.fixture
def vocabulary(db, organisation, other_organisation):
    return make_vocabulary(organisation)


def make_offerings(count, provider):
    """Offerings with every relation filled, so that a missing prefetch shows."""
    phases = list(LifePhase.objects.all())
    districts = list(District.objects.all())
    for number in range(count):
        offering = Offering.objects.create(
            name=f"Angebot {number:03}",
            short_description="Kurz und klar.",
            description="Ausführlich.",
            organisation=provider,
            contact_name="Frau Beispiel",
            contact_email="angebot@example.org",
            contact_phone="+49 2405 1234",
            url="https://example.org/angebot",
            is_free=number % 2 == 0,
            fee="" if number % 2 == 0 else "5 € im Monat",
            schedule="dienstags 9–11 Uhr",
            accessibility="Eingang ohne Stufen",
        )
        offering.life_phases.set(phases)
        offering.target_groups.set(TargetGroup.objects.all())
        offering.languages.set(Language.objects.all())
        offering.forums.set(Forum.objects.all())
        location = Location.objects.create(
            name=f"Haus {number}",
            street="Markt 1",
            postal_code="52146",
            city="Würselen",
            district=districts[number % len(districts)],
            organisation=provider,
        )
        offering.locations.add(location)


@pytest.fixture
def hidden(vocabulary):
    hidden_provider = Organisation.objects.create(name="Intern", slug="intern", is_public=False)
    Offering.objects.create(
        name="Internes Angebot", short_description="x", organisation=hidden_provider
    )
    Offering.objects.create(
        name="Verstecktes Angebot", short_description="x", organisation=vocabulary, is_public=False
    )
    Offering.objects.create(
        name="Beendetes Angebot",
        short_description="x",
        organisation=vocabulary,
        status=Offering.Status.ENDED,
    )


def content(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.getvalue() if hasattr(response, "getvalue") else response.content


def test_the_csv_export_lists_only_public_offerings(client, vocabulary, hidden):
    make_offerings(2, vocabulary)
    response = client.get(reverse("exchange:export", args=["csv"]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = content(response).decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Externe ID;Name des Angebots;")
    assert "Angebot 000" in text and "Angebot 001" in text
    assert "Intern" not in text and "Versteckt" not in text and "Beendet" not in text
    assert "'+49 2405 1234" in text  # kept from being read as a formula


def test_the_csv_export_imports_again_without_changes(client, vocabulary):
    make_offerings(3, vocabulary)
    data = content(client.get(reverse("exchange:export", args=["csv"])))
    parsed = parse_file(files.CSV, data)
    assert parsed.problems == []
    report = parsed.run(dry_run=False)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 3)
    assert Offering.objects.count() == 3


def test_the_xlsx_export_has_the_template_columns_and_imports_again(client, vocabulary):
    make_offerings(3, vocabulary)
    Offering.objects.filter(name="Angebot 000").update(name='=HYPERLINK("http://x")')
    response = client.get(reverse("exchange:export", args=["xlsx"]))
    assert response.status_code == 200
    data = content(response)
    sheet = load_workbook(io.BytesIO(data)).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == [str(column.label) for column in tabular.COLUMNS]
    assert len(rows) == 4
    assert sheet["B2"].data_type == "s"  # text, never a formula
    report = parse_file(files.XLSX, data).run(dry_run=False)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 3)


def test_the_hsds_export_is_json_with_services_and_organizations(client, vocabulary, hidden):
    make_offerings(2, vocabulary)
    response = client.get(reverse("exchange:export", args=["json"]))
    assert response.status_code == 200
    document = json.loads(content(response))
    assert [s["name"] for s in document["services"]] == ["Angebot 000", "Angebot 001"]
    assert [o["name"] for o in document["organizations"]] == [vocabulary.name]
    service = document["services"][0]
    assert service["status"] == "active"
    assert service["cost_options"][0]["amount"] == 0
    assert service["contacts"][0]["email"] == "angebot@example.org"
    assert {lang["code"] for lang in service["languages"]} == {"de", "ar"}
    taxonomies = {a["taxonomy_term"]["taxonomy"] for a in service["attributes"]}
    assert taxonomies == {"vielfalt:life_phases", "vielfalt:target_groups", "vielfalt:topics"}
    address = service["service_at_locations"][0]["location"]["addresses"][0]
    assert address["postal_code"] == "52146" and address["region"] == "Würselen-Mitte"
    assert "clara@example.org" not in content(response).decode()


def test_an_unknown_format_is_not_found(client, db):
    response = client.get(reverse("exchange:export", args=["pdf"]))

    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")
    assert "Diese Seite gibt es nicht" in response.content.decode()


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_exports_run_a_constant_number_of_queries(
    client, vocabulary, django_assert_num_queries, fmt
):
    url = reverse("exchange:export", args=[fmt])
    make_offerings(3, vocabulary)
    # The offerings, four vocabularies, the places (HSDS: and the organisations).
    # HSDS also carries the texts in other languages: one query more.
    with django_assert_num_queries(8 if fmt == "json" else 6) as small:
        content(client.get(url))
    make_offerings(27, vocabulary)
    with django_assert_num_queries(len(small.captured_queries)):
        content(client.get(url))


def test_the_templates_can_be_downloaded_and_their_example_row_is_valid(client, vocabulary):
    for fmt, kind in (("csv", files.CSV), ("xlsx", files.XLSX)):
        response = client.get(reverse("exchange:import_template", args=[fmt]))
        assert response.status_code == 200
        parsed = parse_file(kind, content(response))
        assert parsed.problems == [], fmt
        assert parsed.records[0].fields["name"] == "Beispiel: Eltern-Café"
    workbook = load_workbook(
        io.BytesIO(content(client.get(reverse("exchange:import_template", args=["xlsx"]))))
    )
    assert workbook.sheetnames == ["Angebote", "Hinweise"]
