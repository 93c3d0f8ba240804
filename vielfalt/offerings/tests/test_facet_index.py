"""The finder's in-memory facet index follows every change to what it counts."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.urls import reverse

from vielfalt.lib import versions
from vielfalt.offerings import facets
from vielfalt.offerings.facets import current_index
from vielfalt.offerings.models import Offering
from vielfalt.offerings.search import find, finder_facets, refresh_search_index

from .test_search import make_offering, make_vocabularies


@pytest.fixture
def vocab(db):
    return make_vocabularies()


def run(**selected_slugs):
    facets = finder_facets()
    selected = {
        facet.key: [o.pk for o in facet.options if o.slug in selected_slugs.get(facet.key, [])]
        for facet in facets
    }
    return find(facets, selected)


def test_counts_follow_a_new_offering_and_its_relations(organisation, vocab):
    make_offering(organisation, "Krabbelgruppe", phases=[vocab["phases"]["0-3"]])
    assert run().counts["phase"][vocab["phases"]["0-3"].pk] == 1
    offering = make_offering(organisation, "Babyschwimmen")
    assert run().total == 2
    offering.life_phases.add(vocab["phases"]["0-3"])
    assert run().counts["phase"][vocab["phases"]["0-3"].pk] == 2
    offering.locations.all().delete()
    offering.delete()
    assert run().total == 1


def test_an_ended_offering_leaves_the_counts_also_through_a_bulk_status_change(organisation, vocab):
    make_offering(organisation, "Elterncafé", languages=[vocab["languages"]["ar"]])
    assert run().counts["language"][vocab["languages"]["ar"].pk] == 1
    Offering.objects.all().set_status(Offering.Status.ENDED)
    result = run()
    assert result.total == 0
    assert result.counts["language"].get(vocab["languages"]["ar"].pk, 0) == 0


def test_a_provider_that_is_no_longer_public_takes_its_offerings_along(organisation, vocab):
    make_offering(organisation, "Hausaufgabenhilfe")
    assert run().total == 1
    organisation.is_public = False
    organisation.save()
    assert run().total == 0


def test_bulk_created_offerings_appear_after_the_search_index_refresh(organisation, vocab):
    assert run().total == 0
    created = Offering.objects.bulk_create(
        [
            Offering(organisation=organisation, name=f"Kurs {i}", short_description="x")
            for i in range(3)
        ]
    )
    refresh_search_index([o.pk for o in created])
    assert run().total == 3


def test_a_district_filter_counts_each_offering_once(organisation, vocab):
    mitte = vocab["districts"]["mitte"]
    offering = make_offering(organisation, "Sprachcafé", districts=[mitte])
    offering.locations.add(offering.locations.create(name="Zweiter Ort", district=mitte))
    result = run(district=["mitte"])
    assert result.total == 1
    assert result.counts["district"][mitte.pk] == 1


def test_pages_come_in_name_order_from_the_index(organisation, vocab):
    for name in ["Chor", "Atelier", "Boxen"]:
        make_offering(organisation, name)
    facets = finder_facets()
    selected = {facet.key: [] for facet in facets}
    assert [o.name for o in find(facets, selected, per_page=2).offerings] == ["Atelier", "Boxen"]
    assert [o.name for o in find(facets, selected, page=2, per_page=2).offerings] == ["Chor"]


def test_the_index_is_reused_while_nothing_changes(organisation, vocab, client):
    make_offering(organisation, "Lesepaten")
    client.get(reverse("offerings:finder"))
    first = current_index()
    client.get(reverse("offerings:finder"))
    assert current_index() is first


def test_a_repeated_search_is_answered_from_memory_until_the_data_changes(organisation, vocab):
    make_offering(organisation, "Familienberatung")
    facets = finder_facets()
    selected = {facet.key: [] for facet in facets}
    assert find(facets, selected, "Beratung").total == 1
    make_offering(organisation, "Erziehungsberatung")
    assert find(facets, selected, "Beratung").total == 2


def test_a_transaction_announces_its_changes_to_other_workers_once(organisation, vocab):
    offerings = [make_offering(organisation, f"Kurs {i}") for i in range(5)]
    for offering in offerings:
        offering.life_phases.add(vocab["phases"]["0-3"])
    Offering.objects.filter(pk__in=[o.pk for o in offerings]).delete()
    pending = [func for _ids, func, _robust in connection.run_on_commit if func is facets._bump]
    assert len(pending) == 1
    assert run().total == 0


@pytest.mark.django_db(transaction=True)
def test_other_workers_see_a_new_version_after_the_commit(organisation):
    before = versions.get(facets.VERSION_KEY)
    make_offering(organisation, "Seniorentreff")
    assert versions.get(facets.VERSION_KEY) > before


@pytest.mark.django_db(transaction=True)
def test_clearing_the_cache_does_not_lose_the_index_version(organisation):
    make_offering(organisation, "Seniorentreff")
    before = versions.get(facets.VERSION_KEY)
    cache.clear()
    assert versions.get(facets.VERSION_KEY) == before > 0


def test_the_first_ids_and_a_later_page_come_in_name_order():
    from array import array

    from vielfalt.offerings.facets import FacetIndex

    ids = array("q", range(100, 200))
    index = FacetIndex(0, ids, array("i"), 0)
    bitmap = sum(1 << position for position in (3, 5, 8, 40, 41, 99))
    assert index.ids_in_order(bitmap, 0, 4) == [103, 105, 108, 140]  # the first few, bit by bit
    assert index.ids_in_order(bitmap, 0, 40) == [103, 105, 108, 140, 141, 199]
    assert index.ids_in_order(bitmap, 2, 5) == [108, 140, 141]  # a later page, byte by byte
    assert index.ids_in_order(0, 0, 5) == []
