import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from vielfalt.lib import versions
from vielfalt.network.models import Organisation
from vielfalt.offerings.facets import VERSION_KEY
from vielfalt.offerings.models import Offering

from .test_search import make_offering, make_vocabularies

URL = reverse("offerings:finder")


@pytest.fixture
def vocab(db):
    return make_vocabularies()


def shown(response):
    return [offering.name for offering in response.context["result"].offerings]


def count_beside(response, key, slug):
    """The number printed beside one filter value."""
    html = response.content.decode()
    match = re.search(rf'id="count-{key}-{slug}"[^>]*>\((\d+)', html)
    assert match, f"no count for {key}={slug}"
    return int(match.group(1))


def test_it_lists_public_offerings_with_their_details(client, organisation, vocab):
    make_offering(
        organisation,
        "Elterncafé",
        "Austausch bei Kaffee und Kuchen.",
        phases=[vocab["phases"]["0-3"]],
        districts=[vocab["districts"]["pley"]],
        languages=[vocab["languages"]["ar"]],
        is_free=False,
        fee="2 € pro Treffen",
    )

    response = client.get(URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Elterncafé" in html
    assert "Familienzentrum Lindenplatz" in html
    assert "Austausch bei Kaffee und Kuchen." in html
    assert "0 bis 3 Jahre" in html
    assert "Pley" in html
    assert '<span lang="ar">العربية</span>' in html
    assert "2 € pro Treffen" in html


def test_it_never_shows_ended_hidden_or_unpublished_providers_offerings(client, organisation):
    hidden = Organisation.objects.create(name="Verborgen e. V.", slug="verborgen", is_public=False)
    make_offering(organisation, "Offen")
    make_offering(organisation, "Pausiert", status=Offering.Status.PAUSED)
    make_offering(organisation, "Beendet", status=Offering.Status.ENDED)
    make_offering(organisation, "Nicht öffentlich", is_public=False)
    make_offering(hidden, "Vom verborgenen Anbieter")

    response = client.get(URL)

    assert shown(response) == ["Offen", "Pausiert"]
    assert response.context["result"].total == 2


def test_it_searches_german_word_forms(client, organisation):
    make_offering(organisation, "Sprachkurs für Mütter")
    make_offering(organisation, "Familienberatung")
    make_offering(organisation, "Schwimmen")

    assert shown(client.get(URL, {"q": "Sprachkurse"})) == ["Sprachkurs für Mütter"]
    assert shown(client.get(URL, {"q": "Beratung"})) == ["Familienberatung"]


def test_values_of_one_filter_widen_and_filters_together_narrow(client, organisation, vocab):
    phases, districts = vocab["phases"], vocab["districts"]
    make_offering(
        organisation, "Babytreff Mitte", phases=[phases["0-3"]], districts=[districts["mitte"]]
    )
    make_offering(
        organisation, "Kitaspiel Mitte", phases=[phases["3-6"]], districts=[districts["mitte"]]
    )
    make_offering(
        organisation, "Babytreff Pley", phases=[phases["0-3"]], districts=[districts["pley"]]
    )

    either_phase = client.get(URL, {"phase": ["0-3", "3-6"]})
    both_filters = client.get(URL, {"phase": "0-3", "district": "mitte"})

    assert shown(either_phase) == ["Babytreff Mitte", "Babytreff Pley", "Kitaspiel Mitte"]
    assert shown(both_filters) == ["Babytreff Mitte"]


def test_it_filters_by_topic_target_group_language_and_free(client, organisation, vocab):
    make_offering(
        organisation,
        "Passt",
        forums=[vocab["forums"]["gesundheit"]],
        groups=[vocab["groups"]["eltern"]],
        languages=[vocab["languages"]["uk"]],
        is_free=True,
    )
    make_offering(
        organisation,
        "Kostet",
        forums=[vocab["forums"]["gesundheit"]],
        groups=[vocab["groups"]["eltern"]],
        languages=[vocab["languages"]["uk"]],
        is_free=False,
    )
    make_offering(organisation, "Anderes Thema", forums=[vocab["forums"]["sprache-und-bildung"]])

    response = client.get(
        URL, {"topic": "gesundheit", "group": "eltern", "language": "uk", "free": "1"}
    )

    assert shown(response) == ["Passt"]


def test_the_count_beside_a_value_reflects_the_other_filters(client, organisation, vocab):
    phases, districts = vocab["phases"], vocab["districts"]
    make_offering(organisation, "A", phases=[phases["0-3"]], districts=[districts["mitte"]])
    make_offering(organisation, "B", phases=[phases["3-6"]], districts=[districts["mitte"]])
    make_offering(organisation, "C", phases=[phases["0-3"]], districts=[districts["pley"]])
    make_offering(
        organisation, "D", phases=[phases["0-3"]], districts=[districts["pley"]], is_free=False
    )

    response = client.get(URL, {"phase": "0-3"})

    # Own group: counts ignore the group's own choice, so other phases stay reachable.
    assert count_beside(response, "phase", "0-3") == 3
    assert count_beside(response, "phase", "3-6") == 1
    # Other groups: counted within the chosen phase.
    assert count_beside(response, "district", "mitte") == 1
    assert count_beside(response, "district", "pley") == 2
    assert count_beside(response, "free", "1") == 2
    assert count_beside(response, "language", "ar") == 0


def test_the_page_says_how_filters_combine_and_labels_every_group(client, vocab):
    html = client.get(URL).content.decode()

    assert "mindestens einem davon" in html
    assert html.count("<fieldset") == 7
    for legend in [
        "Lebensphase",
        "Thema",
        "Stadtteil",
        "Zielgruppe",
        "Sprache",
        "Kosten",
        "Für wen",
    ]:
        assert f"<legend>{legend}</legend>" in html
    assert '<label for="finder-q">' in html


def test_the_result_count_is_announced_in_a_live_region(client, organisation):
    make_offering(organisation, "Eins")
    make_offering(organisation, "Zwei")

    html = client.get(URL).content.decode()

    assert re.search(
        r'<p id="finder-count" class="finder-count" role="status"[^>]*>\s*2 Angebote gefunden', html
    )


def test_it_pages_through_twenty_offerings_at_a_time(client, organisation):
    for i in range(25):
        make_offering(organisation, f"Angebot {i:02d}")

    first = client.get(URL, {"q": "Angebot"})
    second = client.get(URL, {"q": "Angebot", "page": "2"})

    assert len(shown(first)) == 20
    assert shown(second) == [f"Angebot {i:02d}" for i in range(20, 25)]
    assert 'href="?q=Angebot&amp;page=2"' in first.content.decode()
    assert "Seite 2 von 2" in second.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"page": "abc"},
        {"page": "-3"},
        {"page": "99999"},
        {"phase": "gibt-es-nicht"},
        {"free": "vielleicht"},
        {"q": "x" * 5000},
        {"q": "a\x00b"},
        {"phase": "\x00"},
        {"page": "9" * 40},
        {"q": "%_\\'\"<script>"},
    ],
)
def test_bad_parameters_never_break_the_page(client, organisation, vocab, params):
    make_offering(organisation, "Eins", phases=[vocab["phases"]["0-3"]])

    response = client.get(URL, params)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>" in html and 'name="q"' in html  # the finder with its search form


def test_a_too_high_page_shows_the_last_page(client, organisation):
    for i in range(21):
        make_offering(organisation, f"Angebot {i:02d}")

    response = client.get(URL, {"page": "99999"})

    assert shown(response) == ["Angebot 20"]


def test_an_unknown_filter_value_is_left_out_with_a_message(client, organisation, vocab):
    make_offering(organisation, "Babytreff", phases=[vocab["phases"]["0-3"]])
    make_offering(organisation, "Seniorentanz")

    response = client.get(URL, {"phase": ["0-3", "gibt-es-nicht"]})

    assert shown(response) == ["Babytreff"]
    html = response.content.decode()
    assert "Sie wurden weggelassen: gibt-es-nicht" in html


def test_a_too_long_search_is_explained_at_the_field_and_kept(client, organisation):
    make_offering(organisation, "Eins")

    response = client.get(URL, {"q": "Beratung " * 30})

    html = response.content.decode()
    assert shown(response) == ["Eins"]
    assert "Bitte höchstens 200 Zeichen eingeben." in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="finder-q-help finder-q-errors"' in html
    assert 'value="Beratung Beratung' in html


def test_the_filters_stay_checked_in_a_shared_link(client, vocab):
    html = client.get(URL, {"phase": "0-3", "free": "1", "q": "Kurs"}).content.decode()

    assert re.search(r'name="phase" value="0-3"\s+checked', html)
    assert re.search(r'name="free" value="1"\s+checked', html)
    assert 'value="Kurs"' in html


def test_stale_offerings_are_marked(client, organisation):
    long_ago = timezone.localdate() - timedelta(days=1000)
    make_offering(organisation, "Alt", last_confirmed=long_ago)
    make_offering(organisation, "Frisch")

    html = client.get(URL).content.decode()

    assert html.count("nicht kürzlich bestätigt") == 1
    assert html.index("Alt") < html.index("nicht kürzlich bestätigt") < html.index("Frisch")


def test_htmx_gets_only_the_results_and_the_updated_counts(client, organisation, vocab):
    make_offering(organisation, "Babytreff", phases=[vocab["phases"]["0-3"]])

    response = client.get(URL, {"phase": "0-3"}, headers={"HX-Request": "true"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert "Babytreff" in html
    assert 'id="finder-count" data-hx-swap-oob="innerHTML"' in html
    assert re.search(r'id="count-phase-0-3" data-hx-swap-oob="true">\(1', html)
    assert not re.search(r"\shx-[a-z-]+=", html)
    assert "HX-Request" in response["Vary"]


def test_a_history_restore_gets_the_whole_page(client, organisation):
    response = client.get(URL, headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})

    assert "<html" in response.content.decode()


def test_the_form_works_with_and_without_javascript(client, vocab):
    html = client.get(URL).content.decode()

    assert 'method="get" action="/angebote/#treffer"' in html
    assert ' data-hx-get="/angebote/"' in html
    assert ' data-hx-target="#finder-results"' in html
    assert ' data-hx-push-url="true"' in html
    # Bare hx-* attributes are not valid HTML; htmx reads the data-hx-* form.
    assert not re.search(r"\shx-[a-z-]+=", html)
    assert "django_htmx/htmx-2.min.js" in html
    assert '<button type="submit" class="button">Angebote anzeigen</button>' in html


def make_many(organisation, vocab, count):
    for i in range(count):
        make_offering(
            organisation,
            f"Kurs {i:03d}",
            phases=[vocab["phases"]["0-3"], vocab["phases"]["3-6"]],
            forums=[vocab["forums"]["gesundheit"]],
            groups=[vocab["groups"]["eltern"]],
            languages=[vocab["languages"]["ar"], vocab["languages"]["de"]],
            districts=[vocab["districts"]["mitte"], vocab["districts"]["pley"]],
        )


@pytest.mark.parametrize("count", [5, 50])
@pytest.mark.parametrize(
    ("params", "first"),
    [({}, 19), ({"q": "Kurs", "phase": "0-3", "district": "mitte", "free": "1"}, 21)],
)
def test_the_number_of_queries_does_not_grow_with_the_offerings(
    client, organisation, vocab, django_assert_num_queries, count, params, first
):
    make_many(organisation, vocab, count)
    # As after any committed change, the index version has grown.
    versions.bump(VERSION_KEY)
    # The first request after a change also builds the facet index (the
    # public offerings, one query per relation and their search texts),
    # reads the filter values (their version and one query per group), the
    # synonym groups for a text search (once per build of the index) and
    # renders the cards (their state, then the offerings' columns, their
    # life phases, languages and districts).
    with django_assert_num_queries(first):
        response = client.get(URL, params)
    assert len(shown(response)) == min(count, 20)
    # Then: the index version, the filter values' version and the cards'
    # state; the cards come from the cache of page parts.
    with django_assert_num_queries(3):
        response = client.get(URL, params)
    assert response.status_code == 200
    assert len(shown(response)) == min(count, 20)


def test_it_links_the_open_data_downloads(client, vocab):
    html = client.get(URL).content.decode()
    for fmt in ("csv", "xlsx", "json"):
        assert f'href="/angebote/export.{fmt}"' in html
