from datetime import timedelta

import pytest
from django.utils import timezone

from vielfalt.forums.models import Forum
from vielfalt.offerings.models import Location, Offering
from vielfalt.offerings.search import normalise, query_terms, ranked, refresh_search_index, search
from vielfalt.vocabularies.models import District, Language, LifePhase, TargetGroup


def make_vocabularies():
    """A small slice of the Würselen vocabularies (the demo's slugs)."""
    phases = [
        LifePhase.objects.create(slug=slug, name=name, position=i, in_prevention_chain=chain)
        for i, (slug, name, chain) in enumerate(
            [
                ("schwangerschaft", "Schwangerschaft und Geburt", True),
                ("0-3", "0 bis 3 Jahre", True),
                ("3-6", "3 bis 6 Jahre", True),
                ("erwachsene", "Erwachsene und Familien", False),
            ]
        )
    ]
    districts = [
        District.objects.create(slug=slug, name=name, position=i)
        for i, (slug, name) in enumerate([("mitte", "Würselen-Mitte"), ("pley", "Pley")])
    ]
    groups = [
        TargetGroup.objects.create(slug=slug, name=name, position=i)
        for i, (slug, name) in enumerate([("eltern", "Eltern"), ("gefluechtete", "Geflüchtete")])
    ]
    languages = [
        Language.objects.create(slug=code, code=code, name=name, native_name=native, position=i)
        for i, (code, name, native) in enumerate(
            [
                ("de", "Deutsch", "Deutsch"),
                ("ar", "Arabisch", "العربية"),
                ("uk", "Ukrainisch", "Українська"),
            ]
        )
    ]
    forums = [
        Forum.objects.get_or_create(slug=slug, defaults={"name": name, "position": i})[0]
        for i, (slug, name) in enumerate(
            [("sprache-und-bildung", "Sprache und Bildung"), ("gesundheit", "Gesundheit")]
        )
    ]
    return {
        "phases": {p.slug: p for p in phases},
        "districts": {d.slug: d for d in districts},
        "groups": {g.slug: g for g in groups},
        "languages": {lang.code: lang for lang in languages},
        "forums": {f.slug: f for f in forums},
    }


def make_offering(organisation, name, short_description="Ein Angebot.", *, phases=(), forums=(),
                  groups=(), languages=(), districts=(), **fields):  # fmt: skip
    """An offering with its relations; districts become one location each."""
    offering = Offering.objects.create(
        organisation=organisation, name=name, short_description=short_description, **fields
    )
    offering.life_phases.set(phases)
    offering.forums.set(forums)
    offering.target_groups.set(groups)
    offering.languages.set(languages)
    for district in districts:
        offering.locations.add(
            Location.objects.create(name=f"Treffpunkt {district.name}", district=district)
        )
    return offering


def names(queryset):
    return sorted(queryset.values_list("name", flat=True))


def found(query):
    return names(search(Offering.objects.all(), query))


@pytest.fixture
def offerings(organisation):
    make_offering(organisation, "Sprachkurs für Eltern")
    make_offering(organisation, "Sprachkurse am Abend")
    make_offering(organisation, "Familienberatung", "Beratung in Krisen.")
    make_offering(organisation, "Müttercafé", "Kaffee und Gespräche für Mütter.")
    make_offering(organisation, "Schwimmen lernen", "Für Kinder ab 5 Jahren.")
    make_offering(organisation, "Weltladen", "Fair einkaufen.")


def test_sprachkurse_finds_sprachkurs_and_the_other_way_round(offerings):
    assert found("Sprachkurse") == ["Sprachkurs für Eltern", "Sprachkurse am Abend"]
    assert found("Sprachkurs") == ["Sprachkurs für Eltern", "Sprachkurse am Abend"]


def test_beratung_finds_familienberatung(offerings):
    assert found("Beratung") == ["Familienberatung"]
    assert found("beratungen") == ["Familienberatung"]


def test_umlauts_and_accents_may_be_typed_without_them(offerings):
    assert found("Müttercafé") == ["Müttercafé"]
    assert found("Muettercafe") == ["Müttercafé"]
    assert found("MUTTERCAFE") == ["Müttercafé"]


def test_every_word_of_the_query_must_match(offerings):
    assert found("Sprachkurs Abend") == ["Sprachkurse am Abend"]
    assert found("Sprachkurs Schwimmen") == []


def test_small_words_such_as_fuer_are_left_out(offerings):
    assert found("Schwimmen für Kinder") == ["Schwimmen lernen"]


def test_a_stem_too_short_to_say_anything_is_not_used():
    # "Eltern" stems to "elt", which would also be found in "Weltladen".
    assert query_terms("Eltern") == ["eltern"]
    assert query_terms("Sprachkurse") == ["sprachkurs"]


def test_query_terms_are_folded_like_the_stored_text():
    assert normalise("Straße Ölmühle Çay") == "strasse olmuhle cay"
    assert query_terms("Grüße") == query_terms("Gruesse")


def test_a_query_without_words_finds_everything(offerings):
    assert len(found("  ?! ")) == 6


def test_the_provider_name_is_searchable_and_follows_a_rename(organisation):
    make_offering(organisation, "Krabbelgruppe")
    assert found("Lindenplatz") == ["Krabbelgruppe"]

    organisation.name = "Familienzentrum Sonnenblume"
    organisation.save()

    assert found("Lindenplatz") == []
    assert found("Sonnenblume") == ["Krabbelgruppe"]


def test_topics_and_target_groups_are_searchable_and_follow_changes(organisation):
    vocab = make_vocabularies()
    offering = make_offering(organisation, "Treffpunkt am Markt")
    assert found("Gesundheit") == []

    offering.forums.add(vocab["forums"]["gesundheit"])
    vocab["groups"]["gefluechtete"].offerings.add(offering)

    assert found("Gesundheit") == ["Treffpunkt am Markt"]
    assert found("Geflüchtete") == ["Treffpunkt am Markt"]

    vocab["groups"]["gefluechtete"].offerings.clear()
    assert found("Geflüchtete") == []


def test_bulk_created_offerings_are_found_after_refresh_search_index(organisation):
    created = Offering.objects.bulk_create(
        Offering(
            organisation=organisation, name=f"Hausaufgabenhilfe {i}", short_description="Hilfe."
        )
        for i in range(3)
    )
    assert found("Hausaufgabe") == []

    refresh_search_index([offering.pk for offering in created])

    assert len(found("Hausaufgabe")) == 3


def test_refresh_search_index_without_ids_refreshes_all(organisation):
    Offering.objects.bulk_create(
        [Offering(organisation=organisation, name="Sportfest", short_description="Spiel.")]
    )
    refresh_search_index()
    assert found("Sportfeste") == ["Sportfest"]


def test_a_saved_change_of_the_name_is_found_at_once(organisation):
    offering = make_offering(organisation, "Spielgruppe")
    offering.name = "Eltern-Kind-Turnen"
    offering.save(update_fields=["name"])
    assert found("Turnen") == ["Eltern-Kind-Turnen"]
    assert found("Spielgruppe") == []


def test_matches_in_the_name_come_first(organisation):
    make_offering(organisation, "Elterncafé", "Treffen mit Sprachkurs-Infos.")
    make_offering(organisation, "Sprachkurs", "Deutsch lernen.")
    ranking = list(ranked(search(Offering.objects.all(), "Sprachkurs"), "Sprachkurs"))
    assert [o.name for o in ranking] == ["Sprachkurs", "Elterncafé"]


def test_offering_is_stale_only_after_the_grace_period(organisation, settings):
    settings.OFFERING_CONFIRM_AFTER_DAYS = 365
    settings.OFFERING_STALE_GRACE_DAYS = 90
    today = timezone.localdate()
    assert not make_offering(organisation, "A", last_confirmed=today - timedelta(days=400)).is_stale
    assert make_offering(organisation, "B", last_confirmed=today - timedelta(days=456)).is_stale
