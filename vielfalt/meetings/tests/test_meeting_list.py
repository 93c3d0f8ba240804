import pytest

from vielfalt.meetings.models import ActionItem, Meeting

from .conftest import when

URL = "/foren/sprache-und-bildung/treffen/"


def test_anonymous_visitors_are_sent_to_the_login(client, forum):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/konto/login/" in response["Location"]


def test_members_of_another_forum_get_404(member_client, forum, meeting):
    response = member_client.get(URL)
    assert response.status_code == 404
    assert "Forumstreffen März" not in response.content.decode()


def test_members_see_upcoming_and_past_meetings(forum_member_client, forum, meeting):
    Meeting.objects.create(forum=forum, title="Treffen Juni", starts_at=when(20))
    page = forum_member_client.get(URL).content.decode()
    upcoming, past = page.split("Vergangene Treffen", 1)
    assert "Treffen Juni" in upcoming
    assert "Forumstreffen März" in past
    assert "Treffen anlegen" not in page


def test_the_list_is_a_tab_of_the_workspace(moderator_client, forum):
    workspace = moderator_client.get("/foren/sprache-und-bildung/arbeitsbereich/").content.decode()
    assert f'href="{URL}">Treffen</a>' in workspace
    page = moderator_client.get(URL).content.decode()
    assert 'aria-current="page">Treffen</a>' in page
    assert "Treffen anlegen" in page


def test_coordinators_see_every_forums_meetings(coordinator_client, other_meeting):
    page = coordinator_client.get("/foren/sport-und-freizeit/treffen/").content.decode()
    assert "Treffen Sport" in page
    assert "Treffen anlegen" in page


def test_it_shows_no_meeting_of_another_forum(coordinator_client, meeting, other_meeting):
    page = coordinator_client.get(URL).content.decode()
    assert "Treffen Sport" not in page


def test_it_counts_open_action_items(moderator_client, meeting, item):
    ActionItem.objects.create(meeting=meeting, what="Erledigt", responsible_name="X", done=True)
    page = moderator_client.get(URL).content.decode()
    assert "<td>1</td>" in page


def add_meetings(forum, count):
    for number in range(count):
        meeting = Meeting.objects.create(
            forum=forum, title=f"Treffen {number}", starts_at=when(-number * 7 + 14)
        )
        ActionItem.objects.create(meeting=meeting, what="Etwas", responsible_name="Jemand")


@pytest.mark.parametrize("count", [1, 8])
def test_the_list_runs_a_constant_number_of_queries(
    moderator_client, forum, django_assert_num_queries, count
):
    add_meetings(forum, count)
    moderator_client.get(URL)  # warm the session
    # session, user, person, forum, membership checks (2), upcoming, past
    with django_assert_num_queries(8):
        response = moderator_client.get(URL)
    assert response.content.decode().count("Treffen ") >= count
