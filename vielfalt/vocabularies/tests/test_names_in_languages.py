"""The vocabularies and the forums carry their names in the site's languages: an
Arabic, Turkish or Ukrainian page names life phases, topics, target groups and
languages in the reader's language, and in German where none is given."""

import pytest
from django.urls import reverse
from django.utils import translation

from vielfalt.demo.wuerselen import FORUMS, LANGUAGES, LIFE_PHASES, NAMES, TARGET_GROUPS
from vielfalt.forums.models import Forum
from vielfalt.offerings.models import Offering
from vielfalt.vocabularies.models import Language, LifePhase


@pytest.mark.parametrize(
    ("language", "expected"),
    [("de", "0 bis 3 Jahre"), ("en", "0 to 3 years"), ("tr", "0-3 yaş"),
     ("ar", "من 0 إلى 3 سنوات"), ("uk", "Від 0 до 3 років")],
)  # fmt: skip
def test_a_life_phase_is_named_in_the_readers_language(db, language, expected):
    phase = LifePhase.objects.create(
        slug="0-3",
        name="0 bis 3 Jahre",
        name_en="0 to 3 years",
        name_tr="0-3 yaş",
        name_ar="من 0 إلى 3 سنوات",
        name_uk="Від 0 до 3 років",
    )
    with translation.override(language):
        assert phase.label == expected


def test_without_a_name_in_the_language_the_german_one_is_shown(db):
    forum = Forum.objects.create(slug="gesundheit", name="Gesundheit", name_tr="Sağlık")
    with translation.override("tr"):
        assert forum.label == "Sağlık"
    with translation.override("uk"):
        assert forum.label == "Gesundheit"


def test_the_demo_names_every_phase_group_language_and_forum_in_three_languages():
    for rows in (LIFE_PHASES, TARGET_GROUPS, LANGUAGES, FORUMS):
        for row in rows:
            tr, ar, uk = NAMES[row[0]]
            assert tr and ar and uk, row[0]


def test_an_arabic_offering_page_names_its_phases_topics_and_languages_in_arabic(demo_data, client):
    offering = Offering.objects.public().filter(life_phases__slug="0-3").first()
    page = client.get("/ar" + reverse("offerings:detail", args=[offering.pk])).content.decode()
    assert "من 0 إلى 3 سنوات" in page
    assert "0 bis 3 Jahre" not in page
    topic = offering.forums.first()
    assert topic.name_ar in page
    languages = Language.objects.filter(offerings=offering).exclude(code="ar")
    assert all(language.name_ar in page for language in languages)


def test_the_turkish_finder_offers_its_filters_in_turkish(demo_data, client):
    page = client.get("/tr" + reverse("offerings:finder")).content.decode()
    assert "Hamilelik ve doğum" in page and "Ebeveynler" in page
    assert "Schwangerschaft und Geburt" not in page
