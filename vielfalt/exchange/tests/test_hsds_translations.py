"""The HSDS export carries the offerings' texts in other languages, and stays valid HSDS."""

import json

import pytest
from django.urls import reverse

from vielfalt.exchange import files
from vielfalt.exchange.parse import parse_file
from vielfalt.offerings.models import Offering, OfferingText

from .test_export import content, make_offerings
from .test_hsds import schema_folder, validator
from .test_import_tabular import make_vocabulary


@pytest.fixture
def translated(db, organisation, other_organisation):
    make_offerings(2, make_vocabulary(organisation))
    offering = Offering.objects.order_by("pk").first()
    OfferingText.objects.create(
        offering=offering,
        language="tr",
        name="Veli kafesi",
        short_description="Ebeveynler için buluşma yeri.",
    )
    OfferingText.objects.create(offering=offering, language="ar", name="مقهى الأهل")
    return offering


def export(client):
    return json.loads(content(client.get(reverse("exchange:export", args=["json"]))))


@pytest.mark.parametrize("source", ["shared", "bundled"])
def test_a_translated_service_is_valid_hsds(client, translated, source):
    services = validator(schema_folder(source), "service")

    for service in export(client)["services"]:
        assert [error.message for error in services.iter_errors(service)] == [], service["name"]


def test_the_translations_travel_as_attributes_with_their_language(client, translated):
    service = next(s for s in export(client)["services"] if s["name"] == translated.name)

    texts = {
        (a["taxonomy_term"]["language"], a["link_type"]): a["value"]
        for a in service["attributes"]
        if a["taxonomy_term"]["taxonomy"] == "vielfalt:text_translations"
    }
    assert texts == {
        ("tr", "name"): "Veli kafesi",
        ("tr", "description"): "Ebeveynler için buluşma yeri.",
        ("ar", "name"): "مقهى الأهل",
    }
    names = {a["taxonomy_term"]["name"] for a in service["attributes"]}
    assert {"Türkçe", "العربية"} <= names


def test_importing_the_export_again_says_nothing_about_the_translations(client, translated):
    data = content(client.get(reverse("exchange:export", args=["json"])))

    parsed = parse_file(files.JSON, data, "utf-8")

    assert parsed.problems == []
    assert not [note for note in parsed.notes if "text_translations" in note or "Veli" in note]
