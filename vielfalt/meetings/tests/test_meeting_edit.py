import pytest

from vielfalt.meetings.models import Meeting

from .conftest import url

CREATE = "/foren/sprache-und-bildung/treffen/neu/"
VALID = {
    "title": "Forumstreffen Mai",
    "starts_at": "2026-05-12T18:00",
    "ends_at": "2026-05-12T20:00",
    "place": "Rathaus Würselen, Raum 2",
    "online_url": "",
    "agenda": "1. Begrüßung",
    "minutes": "",
    "decisions": "",
}


def test_a_moderator_creates_a_meeting(moderator_client, moderator, forum):
    response = moderator_client.post(CREATE, VALID)
    meeting = Meeting.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url(meeting)
    assert meeting.forum == forum
    assert meeting.created_by == moderator.person
    assert "Das Treffen ist gespeichert." in moderator_client.get(url(meeting)).content.decode()


def test_a_coordinator_creates_a_meeting_in_any_forum(coordinator_client, other_forum):
    coordinator_client.post("/foren/sport-und-freizeit/treffen/neu/", VALID)
    assert Meeting.objects.get().forum == other_forum


def test_a_plain_member_may_not_create_a_meeting(forum_member_client, forum):
    assert forum_member_client.get(CREATE).status_code == 403
    assert forum_member_client.post(CREATE, VALID).status_code == 403
    assert not Meeting.objects.exists()


def test_a_member_of_another_forum_gets_404(member_client, forum):
    assert member_client.post(CREATE, VALID).status_code == 404
    assert not Meeting.objects.exists()


def test_a_moderator_edits_the_minutes(moderator_client, meeting):
    data = {**VALID, "title": meeting.title, "minutes": "## Ergebnisse\n\nAlles gut."}
    moderator_client.post(url(meeting, "bearbeiten/"), data)
    meeting.refresh_from_db()
    assert meeting.minutes.startswith("## Ergebnisse")


def test_editing_another_forums_meeting_is_not_found(moderator_client, other_meeting):
    forged = f"/foren/sprache-und-bildung/treffen/{other_meeting.pk}/bearbeiten/"
    assert moderator_client.post(forged, VALID).status_code == 404
    other_meeting.refresh_from_db()
    assert other_meeting.title == "Treffen Sport"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", "x" * 201, "höchstens 200 Zeichen"),
        ("title", "", "Dieses Feld ist zwingend erforderlich."),
        ("starts_at", "nächsten Dienstag", "Bitte ein gültiges Datum und Uhrzeit eingeben."),
        ("ends_at", "2026-05-12T17:00", "Das Ende liegt vor dem Beginn."),
        ("online_url", "kein link", "Bitte eine gültige Adresse eingeben."),
    ],
)
def test_bad_input_is_refused_with_a_message_and_kept(
    moderator_client, forum, field, value, message
):
    response = moderator_client.post(CREATE, {**VALID, field: value})
    page = response.content.decode()
    assert response.status_code == 200
    assert message in page
    assert "Rathaus Würselen, Raum 2" in page
    assert not Meeting.objects.exists()
