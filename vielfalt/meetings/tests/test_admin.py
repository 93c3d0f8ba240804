"""The back office of meetings, for coordinators."""


def test_coordinators_list_meetings_in_the_back_office(coordinator_client, meeting, item):
    page = coordinator_client.get("/verwaltung/meetings/meeting/").content.decode()
    assert "Forumstreffen März" in page


def test_coordinators_open_a_meeting_with_its_action_items(coordinator_client, meeting, item):
    page = coordinator_client.get(
        f"/verwaltung/meetings/meeting/{meeting.pk}/change/"
    ).content.decode()
    assert "Forumstreffen März" in page
    assert "Raum für Mai anfragen" in page


def test_coordinators_list_action_items(coordinator_client, item):
    page = coordinator_client.get("/verwaltung/meetings/actionitem/").content.decode()
    assert "Raum für Mai anfragen" in page
    assert "Fiona Forum" in page


def test_the_meeting_history_is_in_the_back_office(coordinator_client, meeting):
    page = coordinator_client.get(
        f"/verwaltung/meetings/meeting/{meeting.pk}/history/"
    ).content.decode()
    assert "Forumstreffen März" in page


def test_moderators_do_not_reach_the_back_office(moderator_client, meeting):
    response = moderator_client.get("/verwaltung/meetings/meeting/")
    assert response.status_code == 302
    assert "Forumstreffen März" not in response.content.decode()
