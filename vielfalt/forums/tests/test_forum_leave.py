"""Leaving a forum: a confirmation page, and the last moderator stays."""

from vielfalt.conftest import make_person
from vielfalt.forums.models import ForumMembership

LEAVE = "/foren/sprache-und-bildung/austreten/"


def test_anonymous_visitors_go_to_the_login(client, forum):
    assert client.post(LEAVE)["Location"] == f"/konto/login/?next={LEAVE}"


def test_a_non_member_gets_404(member_client, forum):
    response = member_client.get(LEAVE)

    assert response.status_code == 404
    assert member_client.post(LEAVE).status_code == 404
    assert ForumMembership.objects.count() == 1


def test_a_member_confirms_and_leaves(client, forum):
    person = make_person("Paula Mitglied", "paula@example.org")
    ForumMembership.objects.create(forum=forum, person=person)
    client.force_login(person.user)

    page = client.get(LEAVE).content.decode()
    assert "Möchten Sie das Forum wirklich verlassen?" in page
    assert ForumMembership.objects.filter(person=person).exists()  # a GET changes nothing

    response = client.post(LEAVE, follow=True)

    assert "Sie sind aus dem Forum Sprache und Bildung ausgetreten." in response.content.decode()
    assert not ForumMembership.objects.filter(person=person).exists()


def test_the_last_moderator_is_told_and_cannot_leave(moderator_client, moderator):
    page = moderator_client.get(LEAVE).content.decode()
    assert "Sie sind die letzte Moderation dieses Forums." in page
    assert "Ja, austreten" not in page

    response = moderator_client.post(LEAVE)

    assert response.status_code == 400
    assert "Sie sind die letzte Moderation dieses Forums." in response.content.decode()
    assert ForumMembership.objects.filter(person__user=moderator, role="moderator").exists()


def test_a_moderator_with_a_second_moderator_may_leave(moderator_client, moderator, forum):
    other = make_person("Olga Zweite", "olga@example.org")
    ForumMembership.objects.create(forum=forum, person=other, role="moderator")

    moderator_client.post(LEAVE)

    assert not ForumMembership.objects.filter(person__user=moderator).exists()
    assert ForumMembership.objects.filter(person=other, role="moderator").exists()
