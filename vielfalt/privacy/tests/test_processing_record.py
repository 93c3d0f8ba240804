"""The record of processing activities (Art. 30): from the registry, for coordinators only."""

import csv
import io

import pytest
from django.test import override_settings
from openpyxl import load_workbook

from vielfalt.privacy import registry

URL = "/verwaltung/verarbeitungsverzeichnis/"


def test_anonymous_visitors_are_sent_to_the_login(client, db):
    response = client.get(URL)

    assert response.status_code == 302
    assert "login" in response["Location"]
    assert "next=/verwaltung/verarbeitungsverzeichnis/" in response["Location"]


@pytest.mark.parametrize("who", ["member_client", "moderator_client"])
def test_it_is_closed_to_members_and_moderators(request, who):
    response = request.getfixturevalue(who).get(URL)

    assert response.status_code == 302  # to the back office's login
    assert "login" in response["Location"]
    assert "next=/verwaltung/verarbeitungsverzeichnis/" in response["Location"]


def test_coordinators_see_every_declared_kind_of_data_as_a_table(coordinator_client):
    html = coordinator_client.get(URL).content.decode()

    assert "Verzeichnis von Verarbeitungstätigkeiten" in html
    for heading in ["Zweck", "Rechtsgrundlage", "Empfänger", "Löschfristen"]:
        assert f'<th scope="col">{heading}</th>' in html
    for category in registry.categories():
        assert f'<th scope="row">{category.name}</th>' in html
    assert "Interessensbekundungen" in html
    assert "Änderungsverlauf der Verwaltung" in html


@override_settings(RETENTION_DECIDED_REQUESTS_DAYS=42, RETENTION_SENT_MAILS_DAYS=9)
def test_the_periods_are_the_configured_ones(coordinator_client):
    html = coordinator_client.get(URL).content.decode()

    assert "gelöscht 42 Tage nach der Entscheidung" in html
    assert "Gelöscht 9 Tage nach dem Versand" in html


def test_the_xlsx_download_has_one_row_per_kind_of_data(coordinator_client):
    response = coordinator_client.get(URL, {"format": "xlsx"})

    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    assert response["Content-Disposition"].endswith('.xlsx"')
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert "Art. 30" in values[0][0]
    assert values[1][3:5] == ["Zweck", "Rechtsgrundlage"]
    assert len(values) == 2 + len(registry.categories())
    assert {row[0] for row in values[2:]} == {str(c.name) for c in registry.categories()}


def test_the_csv_download_opens_in_a_spreadsheet(coordinator_client):
    response = coordinator_client.get(URL, {"format": "csv"})

    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][0] == "Verarbeitung (Art der Daten)"
    assert len(rows) == 1 + len(registry.categories())


def test_an_unknown_format_shows_the_page(coordinator_client):
    response = coordinator_client.get(URL, {"format": "pdf"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")


def test_the_record_is_served_in_english_too(coordinator_client):
    html = coordinator_client.get("/en" + URL, HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert 'lang="en"' in html


def test_coordinators_find_it_in_mein_bereich(coordinator_client):
    html = coordinator_client.get("/konto/start/").content.decode()

    assert f'href="{URL}"' in html
