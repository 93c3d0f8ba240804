""" "Meinten Sie …?" and a way on from a page without results."""

import pytest
from django.urls import reverse

from vielfalt.offerings import facets
from vielfalt.offerings.search_words import SearchWord
from vielfalt.offerings.synonyms import SynonymGroup

from .test_search import make_offering, make_vocabularies

URL = reverse("offerings:finder")


@pytest.fixture(autouse=True)
def fresh_index():
    facets._current = None
    yield
    facets._current = None


@pytest.fixture
def vocab(db):
    return make_vocabularies()


@pytest.fixture
def courses(organisation, vocab):
    phases = vocab["phases"]
    make_offering(organisation, "Sprachkurs für Eltern", phases=[phases["erwachsene"]])
    make_offering(organisation, "Sprachkurs am Abend", phases=[phases["erwachsene"]], is_free=False)
    make_offering(
        organisation, "Hausaufgabenhilfe", "Für die Klassen 1 bis 4.", phases=[phases["3-6"]]
    )
    make_offering(organisation, "Krabbelgruppe", "Spielen und Singen.", phases=[phases["0-3"]])
    make_offering(organisation, "Weltladen", "Fair einkaufen.", phases=[phases["erwachsene"]])


def shown(response):
    return [offering.name for offering in response.context["result"].offerings]


def test_the_offerings_words_are_kept_for_the_suggestions(courses, organisation):
    assert SearchWord.objects.filter(word="sprachkurs", spelling="sprachkurs").exists()
    assert SearchWord.objects.get(word="weltladen").count == 1
    hidden = make_offering(organisation, "Geheimtreffen", is_public=False)
    hidden.refresh_from_db()
    assert hidden.search_text  # searchable columns are kept for every offering ...
    assert not SearchWord.objects.filter(
        word="geheimtreffen"
    ).exists()  # ... words only of public ones


def test_a_typo_shows_the_results_of_the_nearest_word_and_says_so(client, courses):
    response = client.get(URL, {"q": "Sprachkurz"})

    assert sorted(shown(response)) == ["Sprachkurs am Abend", "Sprachkurs für Eltern"]
    html = response.content.decode()
    assert (
        "Für „Sprachkurz“ wurde kein Angebot gefunden. Angezeigt werden die Angebote für „Sprachkurs“."
        in html
    )
    assert (
        '<a href="/angebote/?q=Sprachkurz&amp;exact=1#treffer">Nur nach „Sprachkurz“ suchen</a>'
        in html
    )
    assert "2 Angebote gefunden" in html


def test_the_query_as_typed_finds_nothing_and_suggests_the_word_keeping_the_filters(
    client, courses
):
    response = client.get(URL, {"q": "Sprachkurz", "phase": "erwachsene", "exact": "1"})

    assert shown(response) == []
    html = response.content.decode()
    assert (
        'Meinten Sie:\n    <a href="/angebote/?q=Sprachkurs&amp;phase=erwachsene#treffer">Sprachkurs</a>?'
        in html
    )
    assert client.get(URL, {"q": "Sprachkurs", "phase": "erwachsene"}).context["result"].total == 2


def test_a_typo_whose_word_finds_nothing_with_the_filters_is_only_suggested(client, courses):
    response = client.get(URL, {"q": "Sprachkurz", "phase": "0-3"})

    assert shown(response) == []
    html = response.content.decode()
    assert "Angezeigt werden" not in html
    assert 'href="/angebote/?q=Sprachkurs&amp;phase=0-3#treffer">Sprachkurs</a>' in html


def test_a_synonym_is_suggested_too(client, courses):
    SynonymGroup.objects.create(terms="Nachhilfe\nHausaufgabenhilfe")

    response = client.get(URL, {"q": "Nachhilfr"})

    assert shown(response) == ["Hausaufgabenhilfe"]
    assert "Angezeigt werden die Angebote für „Nachhilfe“" in response.content.decode()


def test_a_known_word_is_not_corrected(client, courses):
    response = client.get(URL, {"q": "Weltladen"})

    assert shown(response) == ["Weltladen"]
    assert "Meinten Sie" not in response.content.decode()


def test_a_page_without_results_offers_removing_each_filter_and_all(client, courses, coordinator):
    params = {"q": "Sprachkurs", "phase": "erwachsene", "free": "1", "language": "ar"}
    response = client.get(URL, params)

    assert shown(response) == []
    html = response.content.decode()
    assert "So finden Sie vielleicht doch etwas" in html
    assert (
        '<a href="/angebote/?q=Sprachkurs&amp;free=1&amp;language=ar#treffer">Filter „Erwachsene und Familien“ entfernen</a>'
        in html
    )
    assert (
        '<a href="/angebote/?q=Sprachkurs&amp;phase=erwachsene&amp;language=ar#treffer">Filter „nur kostenlose Angebote“ entfernen</a>'
        in html
    )
    assert (
        '<a href="/angebote/?q=Sprachkurs&amp;phase=erwachsene&amp;free=1#treffer">Filter „Arabisch“ entfernen</a>'
        in html
    )
    assert '<a href="/angebote/?q=Sprachkurs#treffer">alle Filter entfernen</a>' in html
    assert "ohne den Suchbegriff „Sprachkurs“ suchen" in html
    # The coordinators' public contact, as on the contact block.
    assert "Clara Koordination" in html
    assert 'href="tel:024050000"' in html
    assert 'href="mailto:clara@example.org"' in html


def test_a_page_without_results_offers_the_neighbouring_life_phases(client, courses):
    response = client.get(URL, {"q": "Krabbelgruppe", "phase": "schwangerschaft"})

    assert shown(response) == []
    html = response.content.decode()
    assert "In einer benachbarten Lebensphase gibt es passende Angebote:" in html
    assert (
        '<a href="/angebote/?q=Krabbelgruppe&amp;phase=0-3#treffer">0 bis 3 Jahre: 1 Angebot</a>'
        in html
    )
    # A neighbour that would find nothing is not offered.
    assert "3 bis 6 Jahre:" not in html


def test_with_only_free_offerings_no_neighbouring_phase_is_promised(client, courses, vocab):
    # The count beside a phase leaves out "free": "Sprachkurs am Abend" costs.
    response = client.get(URL, {"q": "Sprachkurs am Abend", "phase": "3-6", "free": "1"})

    html = response.content.decode()
    assert "So finden Sie vielleicht doch etwas" in html
    assert "benachbarten Lebensphase" not in html


def test_a_text_search_that_finds_nothing_gets_the_way_on_too(client, courses, coordinator):
    response = client.get(URL, {"q": "Xylophonorchester"})

    html = response.content.decode()
    assert "So finden Sie vielleicht doch etwas" in html
    assert '<a href="/angebote/">ohne den Suchbegriff „Xylophonorchester“ suchen</a>' in html
    assert "Clara Koordination" in html
    assert "Filter „" not in html


def test_htmx_gets_the_suggestions_and_the_way_on_in_the_results(client, courses, coordinator):
    headers = {"HX-Request": "true"}
    typo = client.get(URL, {"q": "Sprachkurz"}, headers=headers).content.decode()
    assert "<html" not in typo
    assert "Angezeigt werden die Angebote für „Sprachkurs“" in typo
    empty = client.get(URL, {"q": "Weltladen", "phase": "0-3"}, headers=headers).content.decode()
    assert "Filter „0 bis 3 Jahre“ entfernen" in empty
    assert "Clara Koordination" in empty


@pytest.mark.parametrize("count", [5, 50])
@pytest.mark.parametrize(
    ("params", "queries"),
    [
        # The filter values' version, the index version, the language names,
        # whether the word is known, its nearest words; the corrected search
        # (the index version; its matches are kept with the index) and the
        # state of its cards (the cards themselves are cached).
        ({"q": "Sprachkurz"}, 7),
        # ... and without a correction: the coordinators instead of the cards.
        ({"q": "Sprachkurz", "phase": "0-3"}, 7),
        # Known words and no results: the checks for unknown words and the coordinators.
        ({"q": "Weltladen", "phase": "0-3"}, 5),
    ],
)
def test_the_number_of_queries_does_not_grow_with_the_offerings(
    client, organisation, vocab, django_assert_num_queries, count, params, queries
):
    for number in range(count):
        make_offering(
            organisation, f"Sprachkurs {number:03d}", phases=[vocab["phases"]["erwachsene"]]
        )
    make_offering(organisation, "Weltladen", phases=[vocab["phases"]["erwachsene"]])
    client.get(URL, params)  # builds the index and asks the database for the search once

    with django_assert_num_queries(queries):
        response = client.get(URL, params)

    assert 'id="finder-count"' in response.content.decode()
