import re

import pytest
from django.urls import reverse

from vielfalt.forums.models import Forum
from vielfalt.offerings.models import Offering

from .test_search import make_offering, make_vocabularies

URL = reverse("offerings:chain")


@pytest.fixture
def vocab(db):
    return make_vocabularies()


def cell(html, phase_label, column):
    """The text of the row's cell in the given column (0 = first topic)."""
    row = re.search(rf"<tr>\s*<th scope=\"row\">\s*{re.escape(phase_label)}(.*?)</tr>", html, re.S)
    assert row, phase_label
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row.group(1), re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", cells[column])).strip()


def test_it_lists_the_chain_phases_in_order_and_leaves_out_the_others(client, vocab):
    html = client.get(URL).content.decode()

    positions = [
        html.index(label)
        for label in ["Schwangerschaft und Geburt", "0 bis 3 Jahre", "3 bis 6 Jahre"]
    ]
    assert positions == sorted(positions)
    assert "Erwachsene und Familien" not in html


def test_it_shows_offerings_by_phase_and_topic_and_gaps_in_words(client, organisation, vocab):
    phases, forums = vocab["phases"], vocab["forums"]
    make_offering(
        organisation, "Babyschwimmen", phases=[phases["0-3"]], forums=[forums["gesundheit"]]
    )
    make_offering(
        organisation,
        "Sprachspiel",
        phases=[phases["0-3"], phases["3-6"]],
        forums=[forums["sprache-und-bildung"]],
    )

    html = client.get(URL).content.decode()

    # Columns: Sprache und Bildung, Gesundheit.
    assert cell(html, "0 bis 3 Jahre", 0) == "Sprachspiel"
    assert cell(html, "0 bis 3 Jahre", 1) == "Babyschwimmen"
    assert cell(html, "3 bis 6 Jahre", 1) == "Lücke: kein Angebot"
    assert cell(html, "Schwangerschaft und Geburt", 0) == "Lücke: kein Angebot"
    assert "Lücke: kein Angebot in dieser Lebensphase" in html
    assert '<th scope="col">Gesundheit' in html


def test_only_active_public_offerings_close_a_gap(client, organisation, vocab):
    phases, forums = vocab["phases"], vocab["forums"]
    for status in [Offering.Status.PAUSED, Offering.Status.ENDED]:
        make_offering(
            organisation,
            f"Nicht aktiv {status}",
            phases=[phases["3-6"]],
            forums=[forums["gesundheit"]],
            status=status,
        )
    make_offering(
        organisation,
        "Nicht öffentlich",
        phases=[phases["3-6"]],
        forums=[forums["gesundheit"]],
        is_public=False,
    )

    html = client.get(URL).content.decode()

    assert cell(html, "3 bis 6 Jahre", 1) == "Lücke: kein Angebot"
    assert "Nicht aktiv" not in html and "Nicht öffentlich" not in html


def test_a_full_cell_links_to_all_its_offerings_in_the_finder(client, organisation, vocab):
    phases, forums = vocab["phases"], vocab["forums"]
    for i in range(7):
        make_offering(
            organisation, f"Kurs {i}", phases=[phases["0-3"]], forums=[forums["gesundheit"]]
        )

    html = client.get(URL).content.decode()

    text = cell(html, "0 bis 3 Jahre", 1)
    assert text.startswith("Kurs 0 Kurs 1 Kurs 2 Kurs 3 Kurs 4 alle 7 Angebote")
    assert "/angebote/?phase=0-3&amp;topic=gesundheit" in html


def test_closed_and_proposed_forums_are_no_columns(client, vocab):
    Forum.objects.create(name="Vorschlag", slug="vorschlag", status=Forum.Status.PROPOSED)
    Forum.objects.create(name="Geschlossen", slug="geschlossen", status=Forum.Status.CLOSED)

    html = client.get(URL).content.decode()

    assert "Vorschlag" not in html and "Geschlossen" not in html


@pytest.mark.parametrize("count", [3, 30])
def test_the_chain_runs_a_fixed_number_of_queries(
    client, organisation, vocab, django_assert_num_queries, count
):
    phases, forums = vocab["phases"], vocab["forums"]
    for i in range(count):
        make_offering(
            organisation, f"Kurs {i}", phases=list(phases.values()), forums=list(forums.values())
        )
    # Phases, topics, phase totals, the cells.
    with django_assert_num_queries(4):
        response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kurs 0" in html
    # A cell shows five offerings and links to all of them.
    assert f"alle {count} Angebote" in html if count > 5 else f"Kurs {count - 1}" in html
