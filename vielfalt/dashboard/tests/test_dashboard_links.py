"""Mein Bereich leads each person to the work they can do."""

from vielfalt.forums.models import ForumMembership


def test_a_member_finds_the_workspace_of_their_forum(member_client, member):
    page = member_client.get("/konto/start/").content.decode()
    assert 'href="/foren/sport-und-freizeit/arbeitsbereich/"' in page
    assert "/foren/impulse/" not in page


def test_a_moderator_finds_the_impulses_of_their_forum(moderator_client, moderator):
    page = moderator_client.get("/konto/start/").content.decode()
    assert 'href="/foren/impulse/?forum=sprache-und-bildung"' in page


def test_coordinators_find_the_inbox_and_the_topic_proposals(coordinator_client, forum):
    page = coordinator_client.get("/konto/start/").content.decode()
    assert 'href="/foren/impulse/"' in page
    assert 'href="/mitmachen/themen/"' in page


def test_a_closed_forum_offers_no_workspace(member_client, member):
    forum = ForumMembership.objects.get(person__user=member).forum
    forum.status = "closed"
    forum.save()
    assert "/arbeitsbereich/" not in member_client.get("/konto/start/").content.decode()
