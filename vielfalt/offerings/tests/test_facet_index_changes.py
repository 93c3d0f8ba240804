"""Only changes to what the finder counts or searches rebuild the facet index;
the recent searches it keeps are bounded in bytes."""

from array import array

import pytest

from vielfalt.forums.models import Forum
from vielfalt.offerings import facets
from vielfalt.offerings.facets import SearchCache, current_index
from vielfalt.offerings.models import Location, Offering
from vielfalt.offerings.search import find, finder_facets

from .test_search import make_offering, make_vocabularies


@pytest.fixture
def vocab(db):
    return make_vocabularies()


@pytest.fixture
def offering(organisation, vocab):
    return make_offering(organisation, "Sprachcafé", districts=[vocab["districts"]["mitte"]])


def still_the_same_index(change):
    before = current_index()
    change()
    return current_index() is before


def test_saving_fields_the_finder_does_not_use_keeps_the_index(offering, vocab, organisation):
    def unrelated_changes():
        offering.contact_phone = "02405 1234"
        offering.save(update_fields=["contact_phone"])
        location = Location.objects.get(offerings=offering)
        location.name = "Neuer Raum"
        location.save()
        organisation.website = "https://example.org/neu"
        organisation.save(update_fields=["website"])
        phase = vocab["phases"]["0-3"]
        phase.description = "Neue Beschreibung"
        phase.save()
        Forum.objects.create(name="Neues Forum", slug="neues-forum")

    assert still_the_same_index(unrelated_changes)


@pytest.mark.parametrize(
    "change",
    ["name", "status", "is_free", "new district", "provider hidden", "phase deleted"],
)
def test_changes_the_finder_counts_rebuild_the_index(offering, vocab, organisation, change):
    def apply():
        if change == "name":
            offering.name = "Sprachcafé am Abend"
            offering.save(update_fields=["name"])
        elif change == "status":
            offering.status = Offering.Status.ENDED
            offering.save(update_fields=["status"])
        elif change == "is_free":
            offering.is_free = not offering.is_free
            offering.save(update_fields=["is_free"])
        elif change == "new district":
            location = Location.objects.get(offerings=offering)
            location.district = vocab["districts"]["pley"]
            location.save()
        elif change == "provider hidden":
            organisation.is_public = False
            organisation.save(update_fields=["is_public"])
        else:
            vocab["phases"]["0-3"].delete()

    assert not still_the_same_index(apply)


def test_a_changed_district_moves_the_count(offering, vocab):
    mitte, other = vocab["districts"]["mitte"], vocab["districts"]["pley"]
    location = Location.objects.get(offerings=offering)
    location.district = other
    location.save()
    facets_ = finder_facets()
    counts = find(facets_, {f.key: [] for f in facets_}).counts["district"]
    assert counts.get(mitte.pk, 0) == 0 and counts[other.pk] == 1


def test_the_search_cache_drops_the_oldest_searches_beyond_its_byte_budget():
    cache = SearchCache(budget=3 * SearchCache.size_of("a", array("q", range(100))))
    for key in "abcd":
        cache.put(key, range(100))
    assert cache.get("a") is None
    assert list(cache.get("d")) == list(range(100))
    assert cache.used <= cache.budget


def test_a_search_larger_than_the_whole_budget_is_answered_but_not_kept():
    cache = SearchCache(budget=1000)
    assert len(cache.put("beratung", range(10_000))) == 10_000
    assert cache.get("beratung") is None and cache.used == 0


def test_the_finder_keeps_searches_within_the_configured_bytes(organisation, vocab, settings):
    settings.FINDER_SEARCH_CACHE_BYTES = 2000  # a bitmap of few offerings takes about 230 bytes
    for number in range(3):
        make_offering(organisation, f"Kurs {number}")
    facets.invalidate()
    facets_ = finder_facets()
    selected = {f.key: [] for f in facets_}
    for word in ["Kurs", "Kurs 1", "Kurs 2", "Kurs 0", "Kurse"]:
        assert find(facets_, selected, word).total >= 1
    index = current_index()
    assert 0 < index.searches.used <= 2000


def test_the_index_reports_its_memory_and_build_time(offering):
    index = current_index()
    assert index.memory_bytes() > 0 and index.build_seconds >= 0


def test_a_full_save_rebuilds_only_when_something_the_finder_uses_changed(offering):
    reloaded = Offering.objects.get(pk=offering.pk)

    def confirm_and_new_phone():
        reloaded.contact_phone = "02405 999"
        reloaded.save()

    assert still_the_same_index(confirm_and_new_phone)

    def rename():
        reloaded.name = "Sprachcafé für alle"
        reloaded.save()

    assert not still_the_same_index(rename)
    assert find(finder_facets(), {}, "alle").total == 1


class ThreadsStartedLater:
    """Stands in for threading.Thread: remembers what would run in the background."""

    started: list = []  # versions of the indexes to rebuild
    words: list = []  # indexes whose words were to be added

    def __init__(self, target, args, **kwargs):
        self.target, self.argument = target, args[0]

    def start(self):
        if self.target is facets._add_text:
            # The thread adds the words only to the index in use: it must be in place.
            assert facets._current is self.argument
            ThreadsStartedLater.words.append(self.argument)
        else:
            ThreadsStartedLater.started.append(self.argument)


def test_a_large_index_answers_at_once_while_the_next_one_is_built(
    offering, organisation, settings, monkeypatch
):
    settings.FINDER_BACKGROUND_REBUILD_FROM = 1
    monkeypatch.setattr(facets.threading, "Thread", ThreadsStartedLater)
    ThreadsStartedLater.started, ThreadsStartedLater.words = [], []
    before = current_index()
    assert ThreadsStartedLater.words == [before]  # its words are read in the background
    # Another worker adds an offering: the version row counts up, this
    # worker's index is not dropped.
    make_offering(organisation, "Neues Schwimmangebot")
    facets._current = before
    facets._bump()

    assert current_index() is before  # answered with the index it has
    assert find(finder_facets(), {}, "").total == 1
    assert ThreadsStartedLater.started == [before.version + 1]
    assert current_index() is before  # one rebuild at a time
    assert ThreadsStartedLater.started == [before.version + 1]

    facets.build_and_install(ThreadsStartedLater.started[0])
    facets._rebuilding.clear()
    assert current_index().version == before.version + 1
    assert find(finder_facets(), {}, "").total == 2


def test_a_small_index_is_rebuilt_before_answering(offering, organisation):
    before = current_index()
    make_offering(organisation, "Neues Schwimmangebot")
    facets._current = before
    facets._bump()

    assert current_index() is not before
    assert find(finder_facets(), {}, "").total == 2


def test_a_large_index_searches_in_the_database_until_its_words_are_read(
    offering, organisation, settings, monkeypatch
):
    settings.FINDER_BACKGROUND_REBUILD_FROM = 1
    make_offering(organisation, "Schwimmkurs für Mütter")
    monkeypatch.setattr(facets.threading, "Thread", ThreadsStartedLater)
    ThreadsStartedLater.started, ThreadsStartedLater.words = [], []
    index = current_index()
    assert index.text is None and ThreadsStartedLater.words == [index]
    from_the_database = find(finder_facets(), {}, "Mutter schwimmen")

    facets.add_text_if_current(index)
    assert index.text is not None
    from_the_words = find(finder_facets(), {}, "Mutter schwimmen")
    assert from_the_database.total == from_the_words.total == 1
    assert [o.name for o in from_the_words.offerings] == ["Schwimmkurs für Mütter"]
    assert [o.name for o in from_the_database.offerings] == ["Schwimmkurs für Mütter"]


def test_words_are_not_added_to_an_index_that_was_replaced(offering, settings, monkeypatch):
    settings.FINDER_BACKGROUND_REBUILD_FROM = 1
    monkeypatch.setattr(facets.threading, "Thread", ThreadsStartedLater)
    ThreadsStartedLater.started, ThreadsStartedLater.words = [], []
    replaced = current_index()
    facets.invalidate()
    current_index()
    facets.add_text_if_current(replaced)
    assert replaced.text is None
