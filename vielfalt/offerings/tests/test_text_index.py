"""The finder's index of words finds and ranks exactly what the database's search does.

``search()`` and ``ranked()`` (SQL over the stored search texts) are the
reference; the finder answers from each worker's index of words
(text_index.py). On the Würselen demo, for everyday queries, compounds,
stems, typos, synonyms, language names and words in other scripts, both must
list the same offerings in the same order.
"""

import pytest

from vielfalt.offerings import facets
from vielfalt.offerings.facets import current_index
from vielfalt.offerings.search import find, finder_facets, ranked, search
from vielfalt.offerings.tests.test_everyday_words import EVERYDAY_QUERIES
from vielfalt.offerings.text_index import WordPostings, score_tiers

QUERIES = [
    *(query for query, _expected in EVERYDAY_QUERIES),
    "Beratung",
    "Familienberatung",
    "berat",
    "Kurs",
    "Sprachkurse für Eltern",
    "Mutter Kind",
    "Müttercafé",
    "Muettercafe",
    "Eltern",
    "Kita",
    "Türkçe",
    "yüzme",
    "арабська",
    "Українська",
    "العربية",
    "ab",
    "Lindenplatz Hausaufgaben",
    "Hebamme Dolmetscherin",
    "zzzz",
]


def ids_of(offerings):
    return [offering.pk for offering in offerings]


@pytest.mark.parametrize("query", QUERIES)
def test_the_index_of_words_lists_what_the_database_search_lists(demo_data, query):
    from vielfalt.offerings.models import Offering

    expected = ranked(search(Offering.objects.for_families(), query), query)
    result = find(finder_facets(), {}, query, per_page=10_000)
    assert current_index().text is not None  # answered from the index of words
    assert ids_of(result.offerings) == list(expected.values_list("pk", flat=True))


def test_a_page_of_ranked_results_continues_where_the_last_ended(demo_data):
    whole = ids_of(find(finder_facets(), {}, "Beratung", per_page=10_000).offerings)
    pages = []
    for page in (1, 2, 3):
        pages += ids_of(find(finder_facets(), {}, "Beratung", page=page, per_page=5).offerings)
    assert len(whole) > 10
    assert pages == whole[:15]


def test_a_saved_change_is_found_through_the_rebuilt_index(demo_data):
    from vielfalt.offerings.models import Offering

    offering = Offering.objects.public().filter(for_professionals=False).first()
    offering.name = "Zirkusschule für Geschwisterkinder"
    offering.save()
    facets._current = None  # as the next request of any worker after the commit
    found = find(finder_facets(), {}, "Geschwisterkind")
    assert ids_of(found.offerings) == [offering.pk]


def test_a_word_is_found_inside_longer_words_and_only_there():
    postings = WordPostings.build([(0, "familienberatung im zentrum"), (1, "sprachkurs")], 2)
    assert postings.words_containing("berat") == ["familienberatung"]
    assert postings.matching("berat") == 0b01
    assert postings.matching("ur") == 0b10
    assert postings.matching("im") == 0b01
    assert postings.matching("xyz") == 0
    assert postings.matching("") == 0  # no term: no word (and no endless search)


def test_frequent_words_are_bitmaps_and_rare_words_positions():
    texts = [(position, "kurs" if position else "kurs selten") for position in range(100)]
    postings = WordPostings.build(texts, 100)
    assert isinstance(postings.postings["kurs"], int)
    assert list(postings.postings["selten"]) == [0]
    assert postings.matching("kurs").bit_count() == 100


def test_the_tiers_put_the_most_name_hits_first():
    within = 0b1111
    tiers = score_tiers([0b0011, 0b0110], within)
    assert tiers == [0b0010, 0b0101, 0b1000]
