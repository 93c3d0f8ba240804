import pytest

from vielfalt.meetings.models import ActionItem

from .conftest import url


def add_url(meeting):
    return url(meeting, "aufgaben/neu/")


def done_url(item):
    return url(item.meeting, f"aufgaben/{item.pk}/erledigt/")


def test_a_moderator_adds_an_action_item_for_a_member(moderator_client, meeting, forum_member):
    response = moderator_client.post(
        add_url(meeting),
        {"what": "Flyer übersetzen", "responsible": forum_member.person.pk, "due_on": "2026-06-01"},
    )
    assert response.status_code == 302
    item = ActionItem.objects.get()
    assert item.responsible == forum_member.person
    page = moderator_client.get(url(meeting)).content.decode()
    assert "Flyer übersetzen" in page
    assert "zuständig: Fiona Forum" in page


def test_someone_outside_the_forum_is_named_in_free_text(moderator_client, meeting):
    moderator_client.post(
        add_url(meeting), {"what": "Saal buchen", "responsible_name": "Hausmeister Herr Kaya"}
    )
    assert ActionItem.objects.get().responsible_label == "Hausmeister Herr Kaya"


def test_a_responsible_who_is_not_a_forum_member_is_refused(moderator_client, meeting, member):
    response = moderator_client.post(
        add_url(meeting), {"what": "Flyer", "responsible": member.person.pk}
    )
    assert "Zuständig kann nur ein Mitglied dieses Forums sein." in response.content.decode()
    assert not ActionItem.objects.exists()


def test_a_due_date_that_is_not_a_date_is_refused(moderator_client, meeting):
    response = moderator_client.post(
        add_url(meeting),
        {"what": "Flyer", "responsible_name": "Frau Berg", "due_on": "bald mal"},
    )
    page = response.content.decode()
    assert "Bitte ein gültiges Datum eingeben." in page
    assert 'value="Frau Berg"' in page
    assert not ActionItem.objects.exists()


def test_someone_must_be_responsible(moderator_client, meeting):
    response = moderator_client.post(add_url(meeting), {"what": "Flyer"})
    assert "Wer ist zuständig?" in response.content.decode()
    assert not ActionItem.objects.exists()


def test_an_overlong_task_is_refused(moderator_client, meeting):
    response = moderator_client.post(
        add_url(meeting), {"what": "x" * 301, "responsible_name": "Frau Berg"}
    )
    assert "höchstens 300 Zeichen" in response.content.decode()
    assert not ActionItem.objects.exists()


def test_an_action_item_for_another_forums_meeting_is_not_found(moderator_client, other_meeting):
    forged = f"/foren/sprache-und-bildung/treffen/{other_meeting.pk}/aufgaben/neu/"
    response = moderator_client.post(forged, {"what": "Flyer", "responsible_name": "X"})
    assert response.status_code == 404
    assert not ActionItem.objects.exists()


def test_a_plain_member_may_not_add_action_items(forum_member_client, meeting):
    response = forum_member_client.post(
        add_url(meeting), {"what": "Flyer", "responsible_name": "X"}
    )
    assert response.status_code == 403
    assert not ActionItem.objects.exists()


def test_a_moderator_edits_an_action_item(moderator_client, item):
    moderator_client.post(
        url(item.meeting, f"aufgaben/{item.pk}/bearbeiten/"),
        {"what": "Raum für Juni anfragen", "responsible_name": "Frau Berg", "due_on": ""},
    )
    item.refresh_from_db()
    assert item.what == "Raum für Juni anfragen"
    assert item.responsible is None
    assert item.due_on is None


@pytest.mark.parametrize("who", ["moderator_client", "coordinator_client", "forum_member_client"])
def test_moderators_coordinators_and_the_responsible_person_mark_it_done(request, who, item):
    client = request.getfixturevalue(who)
    response = client.post(done_url(item), {"done": "1"}, follow=True)
    item.refresh_from_db()
    assert item.done and item.done_at
    assert "„Raum für Mai anfragen“ ist erledigt." in response.content.decode()


def test_another_member_may_not_mark_it_done(client, item, forum):
    from vielfalt.conftest import make_person
    from vielfalt.forums.models import ForumMembership

    person = make_person("Otto Anders", "otto@example.org")
    ForumMembership.objects.create(forum=forum, person=person)
    client.force_login(person.user)
    assert client.post(done_url(item), {"done": "1"}).status_code == 403
    item.refresh_from_db()
    assert not item.done


def test_a_member_of_another_forum_gets_404_when_marking(member_client, item):
    response = member_client.post(done_url(item), {"done": "1"})
    assert response.status_code == 404
    assert "Raum für Mai anfragen" not in response.content.decode()
    item.refresh_from_db()
    assert not item.done


def test_a_done_item_can_be_opened_again(moderator_client, item):
    item.mark(True)
    moderator_client.post(done_url(item), {"done": "0"})
    item.refresh_from_db()
    assert not item.done and item.done_at is None


def test_an_item_keeps_its_responsible_who_has_left_the_forum(moderator_client, item):
    item.responsible.forum_memberships.all().delete()
    moderator_client.post(
        url(item.meeting, f"aufgaben/{item.pk}/bearbeiten/"),
        {"what": "Raum für Juni anfragen", "responsible": item.responsible_id, "due_on": ""},
    )
    item.refresh_from_db()
    assert item.what == "Raum für Juni anfragen"
    assert item.responsible.name == "Fiona Forum"
