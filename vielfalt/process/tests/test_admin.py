from django.urls import reverse

from vielfalt.network.models import Person
from vielfalt.process.models import InterestRequest

from .helpers import make_request

Status = InterestRequest.Status
LIST_URL = reverse("admin:process_interestrequest_changelist")


def test_the_admin_list_shows_which_requests_are_confirmed(coordinator_client, forum):
    make_request(name="Bestätigt Berta", forums=[forum])
    make_request(name="Offen Otto", email="otto@example.org", status=Status.UNCONFIRMED)
    response = coordinator_client.get(LIST_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Bestätigt Berta" in html and "Offen Otto" in html
    assert 'alt="True"' in html and 'alt="False"' in html

    only_confirmed = coordinator_client.get(LIST_URL, {"confirmed": "yes"}).content.decode()
    assert "Bestätigt Berta" in only_confirmed
    assert "Offen Otto" not in only_confirmed


def test_the_admin_can_filter_by_forum_and_search(coordinator_client, forum):
    make_request(name="Bestätigt Berta", forums=[forum])
    make_request(name="Offen Otto", email="otto@example.org")
    by_forum = coordinator_client.get(LIST_URL, {"forums__id__exact": forum.pk}).content.decode()
    assert "Bestätigt Berta" in by_forum and "Offen Otto" not in by_forum
    found = coordinator_client.get(LIST_URL, {"q": "otto@"}).content.decode()
    assert "Offen Otto" in found and "Bestätigt Berta" not in found


def test_the_admin_action_accepts_confirmed_requests_only(coordinator_client, forum):
    confirmed = make_request(forums=[forum])
    unconfirmed = make_request(email="otto@example.org", status=Status.UNCONFIRMED)
    response = coordinator_client.post(
        LIST_URL,
        {"action": "accept_requests", "_selected_action": [confirmed.pk, unconfirmed.pk]},
        follow=True,
    )
    html = response.content.decode()
    assert "1 Anfrage entschieden." in html
    assert "1 Anfrage übersprungen" in html
    confirmed.refresh_from_db()
    unconfirmed.refresh_from_db()
    assert confirmed.status == Status.ACCEPTED
    assert unconfirmed.status == Status.UNCONFIRMED
    assert Person.objects.get(email="ayse@example.org").forums.get() == forum


def test_the_admin_action_declines(coordinator_client):
    interest = make_request()
    coordinator_client.post(
        LIST_URL, {"action": "decline_requests", "_selected_action": [interest.pk]}
    )
    interest.refresh_from_db()
    assert interest.status == Status.DECLINED


def test_requests_cannot_be_added_by_hand(coordinator_client):
    response = coordinator_client.get(reverse("admin:process_interestrequest_add"))
    assert response.status_code == 403
    assert "Diese Seite ist nicht für Sie freigegeben" in response.content.decode()
