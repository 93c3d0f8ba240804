from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from vielfalt.offerings.models import Location, Offering
from vielfalt.vocabularies.models import Language, LifePhase

CHANGELIST = reverse("admin:offerings_offering_changelist")


def long_ago():
    return timezone.localdate() - timedelta(days=400)


def make_offerings(organisation, count, **extra):
    return Offering.objects.bulk_create(
        Offering(
            name=f"{organisation.name} {i:02d}",
            short_description="x",
            organisation=organisation,
            **extra,
        )
        for i in range(count)
    )


@pytest.mark.parametrize("count", [3, 30])
def test_the_changelist_runs_a_constant_number_of_queries(
    coordinator_client, organisation, other_organisation, django_assert_num_queries, count
):
    LifePhase.objects.create(name="0 bis 3 Jahre", slug="0-3")
    Language.objects.create(name="Arabisch", slug="ar", code="ar")
    make_offerings(organisation, count)
    make_offerings(other_organisation, count, last_confirmed=long_ago())

    with django_assert_num_queries(13):
        response = coordinator_client.get(CHANGELIST)

    assert response.status_code == 200
    assert f"{2 * count} Angebote" in response.content.decode()


def test_members_cannot_open_it(member_client):
    response = member_client.get(CHANGELIST)
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_it_filters_by_needs_confirmation(coordinator_client, organisation):
    make_offerings(organisation, 2)
    make_offerings(organisation, 1, last_confirmed=long_ago())

    response = coordinator_client.get(CHANGELIST, {"needs_confirmation": "yes"})

    assert [o.last_confirmed for o in response.context["cl"].result_list] == [long_ago()]


def test_it_searches_the_provider_name(coordinator_client, organisation, other_organisation):
    make_offerings(organisation, 1)
    make_offerings(other_organisation, 2)

    response = coordinator_client.get(CHANGELIST, {"q": "Sportverein"})

    assert response.context["cl"].result_count == 2


def run_action(client, action, offerings):
    return client.post(
        CHANGELIST,
        {"action": action, "_selected_action": [o.pk for o in offerings]},
        follow=True,
    )


def test_the_actions_confirm_pause_and_end(coordinator_client, organisation):
    first, second, untouched = make_offerings(
        organisation, 3, last_confirmed=long_ago(), confirmation_requested_at=timezone.now()
    )

    response = run_action(coordinator_client, "confirm", [first, second])
    assert "2 Angebote als bestätigt markiert." in response.content.decode()
    first.refresh_from_db()
    untouched.refresh_from_db()
    assert first.last_confirmed == timezone.localdate()
    assert first.confirmation_requested_at is None
    assert untouched.last_confirmed == long_ago()

    run_action(coordinator_client, "pause", [first])
    run_action(coordinator_client, "end", [second])
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == Offering.Status.PAUSED
    assert second.status == Offering.Status.ENDED


def test_the_forms_load(coordinator_client, organisation):
    offering = make_offerings(organisation, 1)[0]
    location = Location.objects.create(name="Treff", organisation=organisation)

    for url in (
        reverse("admin:offerings_offering_add"),
        reverse("admin:offerings_offering_change", args=[offering.pk]),
        reverse("admin:offerings_location_changelist"),
        reverse("admin:offerings_location_change", args=[location.pk]),
    ):
        response = coordinator_client.get(url)
        assert response.status_code == 200
        assert "<h1>" in response.content.decode()
        assert "errornote" not in response.content.decode()


def test_it_filters_by_the_kind_of_provider(coordinator_client, organisation, other_organisation):
    make_offerings(organisation, 1)
    make_offerings(other_organisation, 2)

    response = coordinator_client.get(CHANGELIST, {"provider_kind": "association"})

    assert response.context["cl"].result_count == 2
