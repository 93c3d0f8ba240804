import re

import pytest
from django.urls import reverse

from vielfalt.conftest import make_person
from vielfalt.forums.models import ForumMembership
from vielfalt.network.models import Organisation
from vielfalt.reports import network_map

URL = reverse("reports:map")


def text(page):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


def table_row(page, name):
    row = re.search(rf'<th scope="row">{re.escape(name)}</th>(.*?)</tr>', page, re.S)
    assert row, name
    return [
        re.sub(r"\s+", " ", c).strip() for c in re.findall(r"<td>(.*?)</td>", row.group(1), re.S)
    ]


@pytest.fixture
def network(db, forum, other_forum, organisation, other_organisation):
    """Lindenplatz in both forums, Sportverein in one, a third organisation in none."""
    lonely = Organisation.objects.create(
        name="Moschee Würselen", slug="moschee", kind="religious_community"
    )
    hidden = Organisation.objects.create(name="Interner Träger", slug="intern", is_public=False)
    for i, (org, forums) in enumerate(
        [
            (organisation, [forum, other_forum]),
            (other_organisation, [other_forum]),
            (hidden, [forum]),
        ]
    ):
        person = make_person(f"Person {i}", f"p{i}@example.org", org)
        for f in forums:
            ForumMembership.objects.create(forum=f, person=person)
    return {"lonely": lonely, "hidden": hidden}


def test_it_shows_forums_partners_bridges_and_isolated_organisations(client, network):
    page = client.get(URL).content.decode()

    assert table_row(page, "Familienzentrum Lindenplatz") == [
        "Freier Träger",
        "Sport und Freizeit, Sprache und Bildung",
        "2",
        "1",
    ]
    assert table_row(page, "Sportverein Pley")[2:] == ["1", "1"]
    assert table_row(page, "Moschee Würselen")[1:] == ["keins", "0", "0"]
    figures = text(page)
    assert "Organisationen 3 " in figures
    assert "(in zwei oder mehr Foren) 1 " in figures
    assert "Organisationen ohne Forum 1 " in figures
    assert 'role="img" aria-labelledby="map-title map-desc"' in page
    assert page.count('<circle cx="') == 3 + 2  # organisations and forums


def test_the_public_sees_no_people_and_no_hidden_organisation(client, network):
    page = client.get(f"{URL}?people=1").content.decode()

    assert "Interner Träger" not in page
    assert "Person 0" not in page and "Personen zeigen" not in page


def test_coordinators_may_add_the_people(coordinator_client, network):
    page = coordinator_client.get(f"{URL}?people=1").content.decode()

    assert "Interner Träger" in page
    assert '<th scope="row">Person 0</th><td>Sport und Freizeit, Sprache und Bildung</td>' in page
    assert "Personen in Foren 3" in text(page)


def test_filters_by_forum_and_kind(client, network, forum):
    page = client.get(f"{URL}?forum={forum.slug}").content.decode()
    assert "Familienzentrum Lindenplatz" in page and "Sportverein Pley" not in page

    page = client.get(f"{URL}?kind=association").content.decode()
    assert "Sportverein Pley" in page and "Familienzentrum Lindenplatz" not in page


def test_the_same_data_give_the_same_drawing(client, network):
    first = re.search(r"<svg.*</svg>", client.get(URL).content.decode(), re.S).group(0)
    second = re.search(r"<svg.*</svg>", client.get(URL).content.decode(), re.S).group(0)
    assert first == second


def test_a_large_network_is_laid_out_by_groups_of_the_same_forums(client, network, monkeypatch):
    monkeypatch.setattr(network_map, "AGGREGATE_FROM", 2)

    graph = network_map.build_map()

    positions = [(node.x, node.y) for node in graph.organisations]
    assert all(0 < x < network_map.WIDTH and 0 < y < network_map.HEIGHT for x, y in positions)
    assert len(set(positions)) == len(positions)


@pytest.mark.parametrize("count", [2, 12])
def test_the_map_runs_a_fixed_number_of_queries(client, forum, django_assert_num_queries, count):
    for i in range(count):
        org = Organisation.objects.create(name=f"Verein {i}", slug=f"verein-{i}")
        person = make_person(f"P {i}", f"x{i}@example.org", org)
        ForumMembership.objects.create(forum=forum, person=person)
    # The chosen forum and district, forums, organisations, memberships, and
    # the forums and districts of the filters.
    with django_assert_num_queries(7):
        page = client.get(URL).content.decode()
    assert f"Verein {count - 1}" in page


def test_a_large_network_with_people_is_laid_out_by_groups_too(
    coordinator_client, network, monkeypatch
):
    monkeypatch.setattr(network_map, "AGGREGATE_FROM", 2)

    graph = network_map.build_map(public_only=False, with_people=True)

    assert len(graph.people) == 3
    assert all(0 < p["x"] < network_map.WIDTH for p in graph.people)
