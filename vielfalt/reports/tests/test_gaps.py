import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from vielfalt.collection.models import Entry
from vielfalt.conftest import assert_not_found
from vielfalt.offerings.tests.test_search import make_offering, make_vocabularies

URL = reverse("reports:gaps")


@pytest.fixture
def vocab(db):
    return make_vocabularies()


def rows(page):
    body = re.search(r"<tbody>(.*?)</tbody>", page, re.S)
    if not body:
        return []
    return [
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip()
        for row in re.findall(r"<tr>(.*?)</tr>", body.group(1), re.S)
    ]


def make_need(forum, title, phases=(), districts=()):
    need = Entry.objects.create(forum=forum, kind="need", title=title)
    need.life_phases.set(phases)
    need.districts.set(districts)
    return need


def test_it_lists_the_four_kinds_of_gaps_each_linked(coordinator_client, organisation, vocab):
    phases, forums, districts = vocab["phases"], vocab["forums"], vocab["districts"]
    make_need(forums["gesundheit"], "Hebammen fehlen", [phases["schwangerschaft"]])
    make_offering(
        organisation,
        "Altes Angebot",
        phases=[phases["0-3"]],
        forums=[forums["gesundheit"]],
        districts=[districts["mitte"]],
        last_confirmed=timezone.localdate() - timedelta(days=800),
    )

    page = coordinator_client.get(URL).content.decode()

    found = rows(page)
    assert any(r.startswith("Bedarf ohne Lösungsansatz Hebammen fehlen Gesundheit") for r in found)
    assert (
        "Bedarf, aber kein Angebot 1 Bedarfe, kein aktives Angebot Gesundheit Schwangerschaft und Geburt"
        in found
    )
    assert (
        "Stadtteil ohne Angebot in einer Lebensphase Kein aktives Angebot in Pley 0 bis 3 Jahre Pley"
        in found
    )
    assert any(r.startswith("Angebot nicht mehr bestätigt Altes Angebot") for r in found)
    need = Entry.objects.get(title="Hebammen fehlen")
    assert reverse("collection:entry", args=["gesundheit", need.pk]) in page


def test_a_need_with_an_approach_is_no_gap_but_a_discarded_approach_leaves_it_open(
    coordinator_client, vocab
):
    forums = vocab["forums"]
    answered = make_need(forums["gesundheit"], "Beantwortet")
    open_need = make_need(forums["gesundheit"], "Verworfen beantwortet")
    for need, status in [(answered, "planned"), (open_need, "discarded")]:
        approach = Entry.objects.create(
            forum=forums["gesundheit"], kind="approach", title=f"Ansatz {status}", status=status
        )
        approach.needs.set([need])

    page = coordinator_client.get(f"{URL}?kind=need").content.decode()

    assert [r.split(" Gesundheit")[0] for r in rows(page)] == [
        "Bedarf ohne Lösungsansatz Verworfen beantwortet"
    ]


def test_filters_and_sorting(coordinator_client, vocab):
    forums = vocab["forums"]
    make_need(forums["gesundheit"], "Zebra")
    make_need(forums["gesundheit"], "Apfel")
    make_need(forums["sprache-und-bildung"], "Mitte")

    page = coordinator_client.get(f"{URL}?kind=need&topic=gesundheit&sort=title").content.decode()

    assert [r.split(" ")[3] for r in rows(page)] == ["Apfel", "Zebra"]
    assert 'aria-sort="ascending"' in page


@pytest.mark.parametrize("count", [2, 20])
def test_the_gaps_run_a_fixed_number_of_queries(
    coordinator_client, organisation, vocab, django_assert_num_queries, count
):
    phases, forums = vocab["phases"], vocab["forums"]
    for i in range(count):
        make_need(forums["gesundheit"], f"Bedarf {i}", [phases["0-3"]])
        make_offering(
            organisation,
            f"Alt {i}",
            phases=[phases["3-6"]],
            forums=[forums["gesundheit"]],
            provider_confirmed=False,
        )
    coordinator_client.get(URL)
    # Session, user, person, the four kinds (the offerings counted in the
    # finder's index: its version, read twice), the vocabularies of the gaps
    # and of the filters.
    with django_assert_num_queries(15):
        page = coordinator_client.get(URL).content.decode()
    assert "Bedarf 0" in page


def test_only_coordinators_see_the_gaps(moderator_client, vocab):
    assert_not_found(moderator_client.get(URL))


def test_a_filter_after_another_gets_its_own_kept_result(coordinator_client, organisation, vocab):
    phases, forums = vocab["phases"], vocab["forums"]
    make_need(forums["gesundheit"], "Bedarf 0-3", [phases["0-3"]])
    make_need(forums["gesundheit"], "Bedarf 3-6", [phases["3-6"]])
    make_offering(organisation, "Kurs", phases=[phases["0-3"]], forums=[forums["gesundheit"]])

    first = coordinator_client.get(f"{URL}?kind=cell&phase=0-3").content.decode()
    second = coordinator_client.get(f"{URL}?kind=cell&phase=3-6").content.decode()

    assert rows(first) == []
    assert [r.split(" Gesundheit")[0] for r in rows(second)] == [
        "Bedarf, aber kein Angebot 1 Bedarfe, kein aktives Angebot"
    ]
