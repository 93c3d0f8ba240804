"""Asking to join a forum, and the moderators' decision on it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from vielfalt.conftest import make_person
from vielfalt.forums.models import Forum, ForumMembership, ForumMembershipRequest
from vielfalt.outbox.models import Mail

DETAIL = "/foren/sprache-und-bildung/"
JOIN = "/foren/sprache-und-bildung/beitreten/"
MEMBERS = "/foren/sprache-und-bildung/mitglieder/"


def decide_url(membership_request):
    return f"/foren/{membership_request.forum.slug}/mitglieder/anfragen/{membership_request.pk}/"


@pytest.fixture
def asker(db):
    return make_person("Aylin Anfrage", "aylin@example.org")


@pytest.fixture
def asker_client(client, asker):
    client.force_login(asker.user)
    return client


@pytest.fixture
def pending(forum, asker):
    return ForumMembershipRequest.objects.create(forum=forum, person=asker, language="en")


def test_anonymous_visitors_are_asked_to_log_in_and_cannot_ask(client, forum):
    html = client.get(DETAIL).content.decode()
    assert "Melden Sie sich an, um den Beitritt anzufragen" in html

    response = client.post(JOIN)

    assert response["Location"] == f"/konto/login/?next={JOIN}"
    assert not ForumMembershipRequest.objects.exists()


def test_a_logged_in_person_asks_to_join_from_the_forum_page(asker_client, asker, forum):
    assert (
        'action="/foren/sprache-und-bildung/beitreten/"'
        in asker_client.get(DETAIL).content.decode()
    )

    response = asker_client.post(JOIN, follow=True)

    html = response.content.decode()
    assert "Ihre Anfrage ist gestellt" in html
    assert "ist offen" in html
    request = ForumMembershipRequest.objects.get(forum=forum, person=asker)
    assert request.status == "pending"
    assert not ForumMembership.objects.filter(forum=forum, person=asker).exists()


def test_asking_twice_keeps_one_request(asker_client, asker, forum, pending):
    response = asker_client.post(JOIN, follow=True)

    assert "Sie haben schon angefragt" in response.content.decode()
    assert ForumMembershipRequest.objects.filter(person=asker).count() == 1


def test_a_member_is_told_they_are_in_already(moderator_client, forum):
    response = moderator_client.post(JOIN, follow=True)

    assert "Sie sind schon Mitglied" in response.content.decode()
    assert not ForumMembershipRequest.objects.exists()


def test_asking_to_join_a_dormant_forum_keeps_the_person_as_member(asker_client, asker, forum):
    forum.status = Forum.Status.DORMANT
    forum.save()

    response = asker_client.post(JOIN, follow=True)

    assert "Wenn das Forum wieder startet, sind Sie dabei" in response.content.decode()
    assert ForumMembership.objects.filter(forum=forum, person=asker, role="member").exists()


def test_a_closed_forum_takes_no_requests(asker_client, forum):
    forum.status = Forum.Status.CLOSED
    forum.save()

    assert asker_client.post(JOIN).status_code == 404
    assert not ForumMembershipRequest.objects.exists()


def test_the_moderator_sees_pending_requests_and_accepts(moderator_client, moderator, pending):
    assert "Aylin Anfrage" in moderator_client.get(MEMBERS).content.decode()

    response = moderator_client.post(decide_url(pending), {"decision": "accept"}, follow=True)

    assert "Aylin Anfrage ist jetzt Mitglied im Forum." in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == "accepted"
    assert pending.decided_by == moderator.person
    assert pending.decided_at is not None
    assert ForumMembership.objects.filter(forum=pending.forum, person=pending.person).exists()
    mail = Mail.objects.get(to="aylin@example.org")
    assert mail.language == "en"
    assert "Sprache und Bildung" in mail.subject
    assert mail.body.startswith("Hello Aylin Anfrage,")


def test_the_moderator_declines_and_the_person_gets_a_mail(moderator_client, pending):
    moderator_client.post(decide_url(pending), {"decision": "decline"})

    pending.refresh_from_db()
    assert pending.status == "declined"
    assert not ForumMembership.objects.filter(person=pending.person).exists()
    mail = Mail.objects.get(to="aylin@example.org")
    assert mail.language == "en"
    assert "Sprache und Bildung" in mail.body


def test_a_decided_request_cannot_be_decided_again(moderator_client, pending):
    moderator_client.post(decide_url(pending), {"decision": "decline"})
    response = moderator_client.post(decide_url(pending), {"decision": "accept"}, follow=True)

    assert "Über diese Anfrage wurde schon entschieden." in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == "declined"
    assert Mail.objects.count() == 1


def test_an_unknown_decision_is_refused_with_a_message(moderator_client, pending):
    response = moderator_client.post(decide_url(pending), {"decision": "maybe"}, follow=True)

    assert "Bitte wählen Sie „Annehmen“ oder „Ablehnen“." in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == "pending"
    assert not Mail.objects.exists()


def test_another_forums_request_cannot_be_decided_through_ones_own(
    moderator_client, other_forum, asker
):
    foreign = ForumMembershipRequest.objects.create(forum=other_forum, person=asker)

    response = moderator_client.post(
        f"/foren/sprache-und-bildung/mitglieder/anfragen/{foreign.pk}/", {"decision": "accept"}
    )

    assert response.status_code == 404
    foreign.refresh_from_db()
    assert foreign.status == "pending"
    assert not ForumMembership.objects.filter(person=asker).exists()


def test_a_moderator_of_another_forum_gets_404(client, other_forum, pending):
    other_mod = make_person("Otto Andersforum", "otto@example.org")
    ForumMembership.objects.create(forum=other_forum, person=other_mod, role="moderator")
    client.force_login(other_mod.user)

    page = client.get(MEMBERS)
    response = client.post(decide_url(pending), {"decision": "accept"})

    assert page.status_code == 404
    assert "Aylin Anfrage" not in page.content.decode()
    assert response.status_code == 404
    pending.refresh_from_db()
    assert pending.status == "pending"


def test_a_plain_member_sees_no_requests_and_cannot_decide(client, forum, pending):
    plain = make_person("Paula Mitglied", "paula@example.org")
    ForumMembership.objects.create(forum=forum, person=plain)
    client.force_login(plain.user)

    html = client.get(MEMBERS).content.decode()
    response = client.post(decide_url(pending), {"decision": "accept"})

    assert "Paula Mitglied" in html
    assert "Aylin Anfrage" not in html
    assert response.status_code == 403
    pending.refresh_from_db()
    assert pending.status == "pending"


def test_a_coordinator_decides_for_any_forum(coordinator_client, coordinator, pending):
    coordinator_client.post(decide_url(pending), {"decision": "accept"})

    pending.refresh_from_db()
    assert pending.status == "accepted"
    assert pending.decided_by == coordinator.person


def test_the_members_page_runs_a_constant_number_of_queries(
    moderator_client, forum, django_assert_num_queries
):
    def add(n):
        for i in range(n):
            person = make_person(f"Person {n}-{i}", f"p{n}-{i}@example.org")
            ForumMembershipRequest.objects.create(forum=forum, person=person)
            ForumMembership.objects.create(
                forum=forum, person=make_person(f"Mitglied {n}-{i}", f"m{n}-{i}@example.org")
            )

    add(1)
    moderator_client.get(MEMBERS)
    with CaptureQueriesContext(connection) as captured:
        moderator_client.get(MEMBERS)
    few = len(captured.captured_queries)
    add(4)
    with django_assert_num_queries(few):
        html = moderator_client.get(MEMBERS).content.decode()
    assert "Person 4-3" in html
    assert "Mitglied 4-3" in html
