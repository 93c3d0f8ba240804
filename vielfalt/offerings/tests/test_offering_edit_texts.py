"""Providers enter their offering's texts in further languages in the edit form."""

import pytest
from django.urls import reverse

from vielfalt.offerings.models import Offering, OfferingText
from vielfalt.offerings.search import search

from .test_offering_edit import CREATE_URL, form_data
from .test_offering_edit import vocabulary as edit_vocabulary

vocabulary = edit_vocabulary  # the edit form tests' fixture


def texts_data(*forms, initial=0):
    data = {
        "texts-TOTAL_FORMS": str(len(forms)),
        "texts-INITIAL_FORMS": str(initial),
        "texts-MIN_NUM_FORMS": "0",
        "texts-MAX_NUM_FORMS": "1000",
    }
    for number, form in enumerate(forms):
        data.update({f"texts-{number}-{key}": value for key, value in form.items()})
    return data


def test_the_form_has_a_translations_part_with_the_languages(member_client, vocabulary):
    html = member_client.get(CREATE_URL).content.decode()

    assert "<legend>Übersetzungen</legend>" in html
    assert 'name="texts-0-language"' in html
    assert '<option value="tr">Türkisch</option>' in html
    assert '<option value="en">Englisch</option>' in html
    assert '<option value="de">' not in html


def test_a_member_creates_an_offering_with_a_turkish_text_that_the_finder_finds(
    member_client, vocabulary
):
    data = form_data(vocabulary) | texts_data(
        {
            "language": "tr",
            "name": "Çocuklar için yüzme kursu",
            "short_description": "Yüzme öğrenin.",
        }
    )

    response = member_client.post(CREATE_URL, data)

    assert response["Location"] == reverse("offerings:manage")
    offering = Offering.objects.get()
    assert offering.texts.get().name == "Çocuklar için yüzme kursu"
    assert list(search(Offering.objects.all(), "yüzme")) == [offering]
    assert list(search(Offering.objects.all(), "Schwimmkurs")) == [offering]


def test_an_empty_extra_translation_is_left_out(member_client, vocabulary):
    data = form_data(vocabulary) | texts_data({"language": "", "name": ""})

    member_client.post(CREATE_URL, data)

    assert Offering.objects.count() == 1
    assert not OfferingText.objects.exists()


def test_two_translations_in_one_language_are_refused_and_nothing_is_stored(
    member_client, vocabulary
):
    data = form_data(vocabulary) | texts_data(
        {"language": "tr", "name": "Yüzme kursu"}, {"language": "tr", "name": "Yüzme"}
    )

    response = member_client.post(CREATE_URL, data)

    html = response.content.decode()
    assert "Für diese Sprache gibt es schon eine Übersetzung." in html
    assert 'value="Yüzme kursu"' in html  # what was typed stays
    assert not Offering.objects.exists()


def test_a_translation_without_a_name_is_refused(member_client, vocabulary):
    data = form_data(vocabulary) | texts_data({"language": "tr", "short_description": "Yüzme"})

    response = member_client.post(CREATE_URL, data)

    assert "Übersetzung 1, Name" in response.content.decode()
    assert not Offering.objects.exists()


@pytest.mark.parametrize("language", ["xx", "de"])
def test_an_unknown_or_german_language_is_refused(member_client, vocabulary, language):
    data = form_data(vocabulary) | texts_data({"language": language, "name": "Kurs"})

    response = member_client.post(CREATE_URL, data)

    assert "Übersetzung 1, Sprache" in response.content.decode()
    assert not Offering.objects.exists()
