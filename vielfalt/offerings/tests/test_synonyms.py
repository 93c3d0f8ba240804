"""A query word matches what its synonyms match; a term of several words needs all of them."""

from io import StringIO

import pytest
from django.core.management import call_command

from vielfalt.offerings import facets
from vielfalt.offerings.models import Offering
from vielfalt.offerings.search import ranked, search
from vielfalt.offerings.search_words import SearchWord
from vielfalt.offerings.suggestions import similarity
from vielfalt.offerings.synonyms import SynonymGroup

from .test_search import make_offering


@pytest.fixture(autouse=True)
def fresh_index():
    facets._current = None
    yield
    facets._current = None


def found(query):
    return sorted(search(Offering.objects.all(), query).values_list("name", flat=True))


@pytest.fixture
def offerings(organisation):
    make_offering(organisation, "Integrationskurs", "Deutsch und Orientierung.")
    make_offering(organisation, "Deutsch als Zweitsprache in der Schule")
    make_offering(organisation, "Deutsch für die Schule", "Zweite Sprache lernen.")
    make_offering(organisation, "Hebammensprechstunde", "Für Schwangere.")
    make_offering(organisation, "Weltladen", "Fair einkaufen.")
    SynonymGroup.objects.create(
        terms="Deutschkurs\nIntegrationskurs\nGerman course\nDeutsch als Zweitsprache"
    )
    SynonymGroup.objects.create(terms="Schwangerschaftsberatung\nHebamme\nmidwife")


def test_a_synonym_finds_what_its_group_finds(offerings):
    assert found("Deutschkurs") == ["Deutsch als Zweitsprache in der Schule", "Integrationskurs"]
    assert found("Schwangerschaftsberatung") == ["Hebammensprechstunde"]


def test_word_forms_and_case_of_a_synonym_count_alike(offerings):
    assert found("hebammen") == ["Hebammensprechstunde"]
    assert found("MIDWIFE") == ["Hebammensprechstunde"]
    assert found("Deutschkurse") == found("Deutschkurs")


def test_a_term_of_several_words_is_one_unit_of_the_query(offerings):
    # "German course" as a whole stands for the group; its words alone do not.
    assert found("German course") == ["Deutsch als Zweitsprache in der Schule", "Integrationskurs"]
    assert found("German") == []
    # A term of several words matches where all its words occur.
    assert "Deutsch für die Schule" not in found("Integrationskurs")


def test_words_of_a_query_still_must_all_match(offerings):
    assert found("midwife Weltladen") == []
    assert found("Integrationskurs Orientierung") == ["Integrationskurs"]


def test_a_synonym_hit_in_the_name_ranks_first(offerings, organisation):
    make_offering(organisation, "Elterncafé", "Mit Besuch der Hebamme einmal im Monat.")
    order = list(
        ranked(search(Offering.objects.all(), "midwife"), "midwife").values_list("name", flat=True)
    )
    assert order == ["Hebammensprechstunde", "Elterncafé"]


def test_trigram_similarity_is_pg_trgms():
    assert similarity("sprachkurz", "sprachkurs") == pytest.approx(9 / 13)
    assert similarity("abc", "xyz") == 0
    assert similarity("", "abc") == 0


def test_the_daily_job_rebuilds_the_words_without_those_of_hidden_offerings(organisation):
    offering = make_offering(organisation, "Töpferkurs", "Mit Ton arbeiten.")
    assert SearchWord.objects.filter(word="topferkurs", spelling="töpferkurs").exists()
    Offering.objects.filter(pk=offering.pk).update(is_public=False)

    out = StringIO()
    call_command("daily", stdout=out)

    assert not SearchWord.objects.filter(word="topferkurs").exists()
    assert "Suchwörter für „Meinten Sie …?“ neu gesammelt" in out.getvalue()
