"""Coordinators bring a dormant forum back in one step: dated, every confirmed
pledger told by mail in their language, people of the network made members."""

import pytest
from django.urls import reverse
from django.utils import timezone

from vielfalt.conftest import assert_not_found, make_person
from vielfalt.forums.models import Forum, ForumMembership, Pledge
from vielfalt.outbox.models import Mail


@pytest.fixture
def dormant(db):
    return Forum.objects.create(name="Arbeitsmarkt", slug="arbeitsmarkt", status="dormant")


@pytest.fixture
def pledges(dormant):
    person = make_person("Rita Netz", "rita@example.org")
    now = timezone.now()
    return [
        Pledge.objects.create(
            forum=dormant, person=person, name=person.name, email=person.email, confirmed_at=now
        ),
        Pledge.objects.create(
            forum=dormant,
            name="John Public",
            email="john@example.org",
            language="en",
            confirmed_at=now,
        ),
        Pledge.objects.create(forum=dormant, name="Nie Bestätigt", email="nie@example.org"),
    ]


def reactivate_url(forum):
    return reverse("forums:reactivate", args=[forum.slug])


def test_the_coordinator_sees_the_confirmed_pledges_before_reactivating(
    coordinator_client, dormant, pledges
):
    page = coordinator_client.get(reactivate_url(dormant)).content.decode()
    assert "2 bestätigte Zusagen" in page
    assert "Rita Netz" in page and "John Public" in page
    assert "Nie Bestätigt" not in page
    assert "Forum jetzt wieder beleben" in page


def test_the_forum_page_offers_coordinators_the_reactivation(coordinator_client, dormant):
    page = coordinator_client.get(dormant.get_absolute_url()).content.decode()
    assert reactivate_url(dormant) in page


def test_reactivating_sets_the_forum_active_dated_and_tells_each_confirmed_pledger(
    coordinator_client, dormant, pledges
):
    response = coordinator_client.post(reactivate_url(dormant), follow=True)
    page = response.content.decode()
    assert "ist wieder aktiv. 2 Personen mit Zusage sind per Mail benachrichtigt" in page
    dormant.refresh_from_db()
    assert dormant.status == Forum.Status.ACTIVE
    assert dormant.reactivated_on == timezone.localdate()
    assert "Dieses Forum ruht" not in page
    assert "wieder aktiv" in page
    mails = {mail.to: mail for mail in Mail.objects.all()}
    assert set(mails) == {"rita@example.org", "john@example.org"}
    assert "Das Forum Arbeitsmarkt startet wieder" in mails["rita@example.org"].subject
    assert "Sie sind jetzt Mitglied im Forum" in mails["rita@example.org"].body
    assert mails["john@example.org"].language == "en"
    assert "/en/" in mails["john@example.org"].body
    assert ForumMembership.objects.filter(forum=dormant, person=pledges[0].person).exists()
    assert not Pledge.objects.filter(notified_at__isnull=True, confirmed_at__isnull=False).exists()


def test_a_second_reactivation_changes_nothing_and_sends_nothing(
    coordinator_client, dormant, pledges
):
    coordinator_client.post(reactivate_url(dormant))
    count = Mail.objects.count()
    response = coordinator_client.post(reactivate_url(dormant), follow=True)
    assert "ruht nicht (mehr). Es hat sich nichts geändert" in response.content.decode()
    assert Mail.objects.count() == count
    page = coordinator_client.get(reactivate_url(dormant)).content.decode()
    assert "Forum jetzt wieder beleben" not in page


def test_a_member_keeps_their_role_when_reactivated(coordinator_client, dormant, pledges):
    ForumMembership.objects.create(forum=dormant, person=pledges[0].person, role="moderator")
    coordinator_client.post(reactivate_url(dormant))
    assert ForumMembership.objects.get(forum=dormant, person=pledges[0].person).role == "moderator"


def test_the_forums_own_moderator_may_not_reactivate(client, moderator, dormant, pledges):
    ForumMembership.objects.create(forum=dormant, person=moderator.person, role="moderator")
    client.force_login(moderator)
    assert_refused(client, dormant)


def test_a_member_may_not_reactivate(member_client, dormant, pledges):
    assert_refused(member_client, dormant)


def assert_refused(client, forum):
    assert client.get(reactivate_url(forum)).status_code == 403
    assert client.post(reactivate_url(forum)).status_code == 403
    assert Forum.objects.get(pk=forum.pk).status == Forum.Status.DORMANT
    assert not Mail.objects.exists()
    assert reactivate_url(forum) not in client.get(forum.get_absolute_url()).content.decode()


def test_the_public_is_sent_to_the_login(client, dormant):
    response = client.post(reactivate_url(dormant))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]
    assert Forum.objects.get(pk=dormant.pk).status == Forum.Status.DORMANT


def test_an_unknown_forum_is_404(coordinator_client, db):
    assert_not_found(coordinator_client.post(reactivate_url(Forum(slug="gibt-es-nicht"))))


def test_the_back_office_reactivates_in_one_step_too(admin_client, dormant, pledges):
    response = admin_client.post(
        reverse("admin:forums_forum_changelist"),
        {"action": "reactivate_forums", "_selected_action": [dormant.pk]},
        follow=True,
    )
    assert "1 Forum ist wieder aktiv" in response.content.decode()
    assert Forum.objects.get(pk=dormant.pk).status == Forum.Status.ACTIVE
    assert Mail.objects.count() == 2
