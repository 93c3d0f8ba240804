from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from vielfalt.offerings.models import Offering


@pytest.fixture
def offering(member):
    return Offering.objects.create(
        name="Schwimmkurs für Kinder",
        short_description="Schwimmen lernen.",
        organisation=member.person.organisation,
        last_confirmed=timezone.localdate() - timedelta(days=400),
        confirmation_requested_at=timezone.now() - timedelta(days=3),
    )


def url(offering):
    return reverse("offerings:status", args=[offering.pk])


def test_it_confirms_the_details(member_client, offering):
    response = member_client.post(url(offering), {"action": "confirm"})

    assert response.status_code == 302
    assert response["Location"] == reverse("offerings:manage")
    offering.refresh_from_db()
    assert offering.last_confirmed == timezone.localdate()
    assert offering.confirmation_requested_at is None


def test_it_pauses_resumes_and_ends(member_client, offering):
    member_client.post(url(offering), {"action": "pause"})
    offering.refresh_from_db()
    assert offering.status == Offering.Status.PAUSED

    member_client.post(url(offering), {"action": "resume"})
    offering.refresh_from_db()
    assert offering.status == Offering.Status.ACTIVE

    response = member_client.post(url(offering), {"action": "end"}, follow=True)
    offering.refresh_from_db()
    assert offering.status == Offering.Status.ENDED
    assert "Das Angebot ist beendet." in response.content.decode()


def test_it_rejects_an_action_that_does_not_fit_the_status(member_client, offering):
    offering.status = Offering.Status.ENDED
    offering.save()

    response = member_client.post(url(offering), {"action": "pause"}, follow=True)

    offering.refresh_from_db()
    assert offering.status == Offering.Status.ENDED
    assert "Das geht bei einem Angebot mit dem Status „beendet“ nicht." in response.content.decode()


def test_it_rejects_an_unknown_action(member_client, offering):
    response = member_client.post(url(offering), {"action": "delete"}, follow=True)

    assert response.status_code == 200
    assert "Diese Aktion gibt es nicht." in response.content.decode()
    assert Offering.objects.filter(pk=offering.pk, status=Offering.Status.ACTIVE).exists()


def test_it_returns_to_a_safe_next_page_only(member_client, offering):
    back = reverse("offerings:manage") + "?seite=2"
    response = member_client.post(url(offering), {"action": "confirm", "next": back})
    assert response["Location"] == back

    response = member_client.post(
        url(offering), {"action": "confirm", "next": "https://example.com/"}
    )
    assert response["Location"] == reverse("offerings:manage")


def test_it_forbids_members_of_other_organisations(moderator_client, offering):
    response = moderator_client.post(url(offering), {"action": "end"})

    assert response.status_code == 404
    offering.refresh_from_db()
    assert offering.status == Offering.Status.ACTIVE


def test_it_sends_anonymous_visitors_to_the_login(client, offering):
    response = client.post(url(offering), {"action": "end"})

    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]
    offering.refresh_from_db()
    assert offering.status == Offering.Status.ACTIVE


def test_it_rejects_get(member_client, offering):
    response = member_client.get(url(offering))

    assert response.status_code == 405
    assert response["Allow"] == "POST"
    offering.refresh_from_db()
    assert offering.status == Offering.Status.ACTIVE


def test_coordinators_change_any_offering(coordinator_client, offering):
    coordinator_client.post(url(offering), {"action": "pause"})

    offering.refresh_from_db()
    assert offering.status == Offering.Status.PAUSED


def test_it_answers_404_for_an_unknown_offering(member_client, db):
    response = member_client.post(reverse("offerings:status", args=[999999]), {"action": "end"})
    assert response.status_code == 404
    assert "Diese Seite gibt es nicht" in response.content.decode()
