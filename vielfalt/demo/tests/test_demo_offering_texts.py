"""The demo offerings' translations (vielfalt.demo.offering_texts)."""

import pytest
from django.urls import reverse
from django.utils import translation

from vielfalt.demo import offering_texts
from vielfalt.offerings.models import Offering, OfferingText
from vielfalt.offerings.search import search


def found(query):
    return set(search(Offering.objects.public(), query).values_list("external_id", flat=True))


def test_at_least_40_demo_offerings_have_translations_in_turkish_arabic_ukrainian_or_english(
    demo_data,
):
    translated = Offering.objects.filter(texts__isnull=False).distinct()

    assert translated.count() >= 40
    for language in ["tr", "ar", "uk", "en"]:
        assert OfferingText.objects.filter(language=language).count() >= 10, language


def test_loading_the_translations_twice_changes_nothing(demo_data):
    before = list(OfferingText.objects.order_by("pk").values_list("pk", "name", "updated"))

    offering_texts.load()

    after = list(OfferingText.objects.order_by("pk").values_list("pk", "name", "updated"))
    assert after == before


def test_a_turkish_term_finds_the_homework_help_through_its_turkish_text(demo_data):
    assert "demo-hausaufgaben-jugendtreff" in found("ödev yardımı")
    assert "demo-hausaufgaben-jugendtreff" in found("Hausaufgabenhilfe")


def test_an_ukrainian_and_an_arabic_term_find_the_integration_course(demo_data):
    assert "demo-integrationskurs" in found("Інтеграційний")
    assert "demo-integrationskurs" in found("الاندماج")


@pytest.mark.parametrize("query", ["Türkisch", "Turkish", "Türkçe"])
def test_a_language_name_finds_every_demo_offering_held_in_that_language(demo_data, query):
    held_in_turkish = set(
        Offering.objects.public().filter(languages__code="tr").values_list("external_id", flat=True)
    )

    assert len(held_in_turkish) > 20
    assert held_in_turkish <= found(query)


def test_an_english_reader_sees_the_english_midwife_consultation(demo_data, client):
    with translation.override("en"):
        url = reverse("offerings:finder")

    html = client.get(url, {"q": "midwife"}).content.decode()

    assert "Midwife consultation" in html
    assert "Early help: family midwife" in html
