from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from vielfalt.conftest import make_person
from vielfalt.offerings.models import Offering

URL = reverse("offerings:manage")


def make_offerings(organisation, count, **extra):
    return Offering.objects.bulk_create(
        Offering(
            name=f"{organisation.name} Angebot {i:02d}",
            short_description="Ein Angebot.",
            organisation=organisation,
            **extra,
        )
        for i in range(count)
    )


def long_ago():
    return timezone.localdate() - timedelta(days=400)


def test_it_sends_anonymous_visitors_to_the_login(client, db):
    response = client.get(URL)
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_it_lists_only_the_members_own_offerings(member_client, member, organisation):
    make_offerings(member.person.organisation, 2)
    make_offerings(organisation, 1)

    response = member_client.get(URL)

    assert response.status_code == 200
    names = [o.name for o in response.context["page"]]
    assert names == ["Sportverein Pley Angebot 00", "Sportverein Pley Angebot 01"]
    assert "Familienzentrum Lindenplatz Angebot 00" not in response.content.decode()


def test_it_tells_a_member_without_organisation_how_to_get_one(client, coordinator):
    person = make_person("Olga Ohne", "olga@example.org")
    client.force_login(person.user)

    response = client.get(URL)

    content = response.content.decode()
    assert response.status_code == 200
    assert "Ihr Konto gehört noch zu keiner Organisation" in content
    assert "Schreiben Sie der Koordination" in content
    assert "clara@example.org" in content  # the coordinator's public contact


def test_it_marks_offerings_that_need_confirmation(member_client, member):
    organisation = member.person.organisation
    make_offerings(organisation, 1)
    Offering.objects.create(
        name="Altes Angebot",
        short_description="x",
        organisation=organisation,
        last_confirmed=long_ago(),
    )

    response = member_client.get(URL)

    marks = {o.name: o.needs_confirmation for o in response.context["page"]}
    assert marks == {"Altes Angebot": True, "Sportverein Pley Angebot 00": False}
    assert response.content.decode().count("Bestätigung nötig") == 1


def test_it_shows_the_actions_that_fit_the_status(member_client, member):
    Offering.objects.create(
        name="Pausiertes Angebot",
        short_description="x",
        organisation=member.person.organisation,
        status=Offering.Status.PAUSED,
    )

    content = member_client.get(URL).content.decode()

    assert 'value="resume"' in content
    assert 'value="pause"' not in content
    assert 'value="confirm"' in content


def test_coordinators_see_all_offerings(coordinator_client, organisation, other_organisation):
    make_offerings(organisation, 2)
    make_offerings(other_organisation, 2)

    response = coordinator_client.get(URL)

    assert response.context["page"].paginator.count == 4


def test_coordinators_filter_by_organisation(coordinator_client, organisation, other_organisation):
    make_offerings(organisation, 2)
    make_offerings(other_organisation, 3)

    response = coordinator_client.get(URL, {"organisation": organisation.pk})

    assert [o.organisation for o in response.context["page"]] == [organisation, organisation]


def test_coordinators_filter_by_needs_confirmation(coordinator_client, organisation):
    make_offerings(organisation, 2)
    old = Offering.objects.create(
        name="Alt", short_description="x", organisation=organisation, last_confirmed=long_ago()
    )
    Offering.objects.create(
        name="Alt und beendet",
        short_description="x",
        organisation=organisation,
        last_confirmed=long_ago(),
        status=Offering.Status.ENDED,
    )

    response = coordinator_client.get(URL, {"needs_confirmation": "on"})

    assert list(response.context["page"]) == [old]


def test_it_paginates(member_client, member):
    make_offerings(member.person.organisation, 30)

    first = member_client.get(URL)
    second = member_client.get(URL, {"seite": 2})

    assert len(first.context["page"]) == 25
    assert len(second.context["page"]) == 5
    assert "Seite 2 von 2" in second.content.decode()


@pytest.mark.parametrize("count", [3, 30])
def test_the_members_list_runs_a_constant_number_of_queries(
    member_client, member, django_assert_num_queries, count
):
    make_offerings(member.person.organisation, count, last_confirmed=long_ago())
    # session, user, person, organisation, count, page of offerings
    with django_assert_num_queries(6):
        response = member_client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    shown = response.context["page"]
    assert len(shown) == min(count, 25)
    assert all(offering.name in html for offering in shown)


@pytest.mark.parametrize("count", [3, 30])
def test_the_coordinators_list_runs_a_constant_number_of_queries(
    coordinator_client, organisation, other_organisation, django_assert_num_queries, count
):
    make_offerings(organisation, count)
    make_offerings(other_organisation, count, last_confirmed=long_ago())
    # session, user, person, count, page of offerings, organisations for the filter
    with django_assert_num_queries(6):
        response = coordinator_client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    shown = response.context["page"]
    assert len(shown) == min(2 * count, 25)
    assert all(offering.name in html for offering in shown)


def test_the_dashboard_links_to_it(member_client):
    response = member_client.get(reverse("dashboard:dashboard"))

    assert f'href="{URL}"' in response.content.decode()
