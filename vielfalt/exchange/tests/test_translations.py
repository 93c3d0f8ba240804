"""Offering texts for a translator: export the untranslated ones, import the translations."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from vielfalt.exchange import translations
from vielfalt.offerings.models import Offering, OfferingText
from vielfalt.offerings.search import search
from vielfalt.vocabularies.models import Language

URL = reverse("exchange:translations")


@pytest.fixture
def offerings(db, organisation):
    Language.objects.create(slug="tr", code="tr", name="Türkisch", native_name="Türkçe")
    cafe = Offering.objects.create(
        organisation=organisation,
        name="Elterncafé",
        short_description="Ein Treffpunkt für Eltern.",
        description="Mit Kaffee und Spielecke.",
    )
    course = Offering.objects.create(
        organisation=organisation, name="Sprachkurs", short_description="Deutsch lernen."
    )
    OfferingText.objects.create(offering=course, language="tr", name="Dil kursu")
    return cafe, course


def workbook_bytes(rows):
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def upload(client, data, name="uebersetzung.xlsx"):
    return client.post(URL, {"file": SimpleUploadedFile(name, data)})


def test_the_export_lists_only_the_texts_not_yet_translated(coordinator_client, offerings):
    cafe, course = offerings

    response = coordinator_client.get(URL, {"sprache": "tr", "format": "xlsx"})

    assert 'filename="angebote-uebersetzung-tr.xlsx"' in response["Content-Disposition"]
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert rows[0] == ("id", "field", "de", "tr")
    assert [row[:3] for row in rows[1:]] == [
        (str(cafe.pk), "name", "Elterncafé"),
        (str(cafe.pk), "short_description", "Ein Treffpunkt für Eltern."),
        (str(cafe.pk), "description", "Mit Kaffee und Spielecke."),
        # The course's name is translated already; its short description is not.
        (str(course.pk), "short_description", "Deutsch lernen."),
    ]


def test_a_filled_in_workbook_stores_the_translations_and_they_are_searchable(
    coordinator_client, offerings
):
    cafe, course = offerings
    data = workbook_bytes(
        [
            ["id", "field", "de", "tr"],
            [str(cafe.pk), "name", "Elterncafé", "Veli kafesi"],
            [
                str(cafe.pk),
                "short_description",
                "Ein Treffpunkt für Eltern.",
                "Ebeveynler için buluşma yeri.",
            ],
            [str(course.pk), "short_description", "Deutsch lernen.", "Almanca öğrenmek."],
            [str(cafe.pk), "description", "Mit Kaffee und Spielecke.", ""],
        ]
    )

    response = upload(coordinator_client, data)

    assert response["Location"] == URL
    page = coordinator_client.get(URL).content.decode()
    assert "3 Texte neu oder geändert, 0 unverändert" in page
    cafe_text = cafe.texts.get(language="tr")
    assert (cafe_text.name, cafe_text.description) == ("Veli kafesi", "")
    assert course.texts.get(language="tr").name == "Dil kursu"
    assert list(search(Offering.objects.all(), "buluşma")) == [cafe]


def test_importing_the_same_file_again_changes_nothing(coordinator_client, offerings):
    cafe, _course = offerings
    data = workbook_bytes([["id", "field", "de", "tr"], [str(cafe.pk), "name", "x", "Veli kafesi"]])
    upload(coordinator_client, data)
    before = list(OfferingText.objects.values_list("pk", "name", "updated"))

    upload(coordinator_client, data)

    assert list(OfferingText.objects.values_list("pk", "name", "updated")) == before
    assert (
        "0 Texte neu oder geändert, 1 unverändert" in coordinator_client.get(URL).content.decode()
    )


def test_a_file_with_errors_shows_each_with_its_row_and_stores_nothing(
    coordinator_client, offerings
):
    cafe, _course = offerings
    data = workbook_bytes(
        [
            ["id", "field", "de", "tr"],
            [str(cafe.pk), "name", "Elterncafé", "Veli kafesi"],
            ["999999", "name", "?", "Yok"],
            [str(cafe.pk), "schedule", "?", "Salı"],
            [str(cafe.pk), "short_description", "?", "x" * 301],
            [str(cafe.pk), "name", "Elterncafé", "Veli kafesi 2"],
        ]
    )

    response = upload(coordinator_client, data)

    html = response.content.decode()
    assert "Die Datei hat 4 Fehler" in html
    assert "Kein Angebot mit der Nummer „999999“." in html
    assert "Unbekanntes Feld „schedule“" in html
    assert "Zu lang: 301 Zeichen, erlaubt sind 300." in html
    assert "Dieser Text steht schon weiter oben in der Datei." in html
    assert not cafe.texts.exists()


def test_an_unknown_target_language_is_refused(coordinator_client, offerings):
    cafe, _course = offerings
    data = workbook_bytes([["id", "field", "de", "xx"], [str(cafe.pk), "name", "x", "y"]])

    html = upload(coordinator_client, data).content.decode()

    assert "Unbekannte Zielsprache „xx“" in html
    assert not cafe.texts.exists()


def test_a_file_that_is_neither_xlsx_nor_xliff_is_explained(coordinator_client, offerings):
    response = upload(coordinator_client, b"id;field\n1;name\n", name="x.csv")

    assert "exportierte Excel-Datei (.xlsx) oder XLIFF-Datei (.xlf)" in response.content.decode()


def test_the_xliff_export_can_be_filled_in_and_imported_back(coordinator_client, offerings):
    cafe, _course = offerings
    exported = coordinator_client.get(URL, {"sprache": "tr", "format": "xliff"}).content

    assert b'target-language="tr"' in exported
    assert f'id="{cafe.pk}.name"'.encode() in exported
    filled = exported.replace(
        f'<trans-unit id="{cafe.pk}.name">\n        <source>Elterncafé</source>\n        <target />'.encode(),
        f'<trans-unit id="{cafe.pk}.name">\n        <source>Elterncafé</source>\n        <target>Veli kafesi</target>'.encode(),
    )
    assert filled != exported
    upload(coordinator_client, filled, name="uebersetzung.xlf")

    assert cafe.texts.get(language="tr").name == "Veli kafesi"


def test_an_xliff_file_with_an_entity_is_refused(coordinator_client, offerings):
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>'
        b'<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"></xliff>'
    )

    html = upload(coordinator_client, bomb, name="x.xlf").content.decode()

    assert "Die XLIFF-Datei ist beschädigt oder keine XML-Datei." in html


def test_members_and_anonymous_visitors_get_no_translations_page(client, member_client, offerings):
    response = member_client.get(URL, {"sprache": "tr", "format": "xlsx"})
    assert response.status_code == 403
    assert "Elterncafé" not in response.content.decode()
    client.logout()
    response = client.get(URL)
    assert reverse("account_login") in response["Location"]


def test_the_untranslated_units_leave_out_ended_offerings(offerings):
    cafe, course = offerings
    cafe.status = Offering.Status.ENDED
    cafe.save()

    assert {unit.offering_id for unit in translations.untranslated("tr")} == {course.pk}
