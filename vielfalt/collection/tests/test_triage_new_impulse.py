from django.urls import reverse

from vielfalt.collection import triage_forms
from vielfalt.collection.models import Entry, Impulse, Source

from .triage_helpers import make_entry

NEW = reverse("triage:new")


def impulse_data(forum, **extra):
    return {
        "forum": forum.pk if forum else "",
        "title": "Elterncafé in Bardenberg",
        "text": "Aus dem Protokoll: Eltern wünschen sich einen Treffpunkt.",
        "source": "meeting",
        "source_note": "Forumstreffen 12. März",
        **extra,
    }


def test_a_moderator_adds_an_impulse_from_a_meeting(moderator_client, forum):
    response = moderator_client.post(NEW, impulse_data(forum))

    impulse = Impulse.objects.get()
    assert response["Location"] == reverse("triage:impulse", args=[impulse.pk])
    assert impulse.status == Impulse.Status.OPEN
    assert (impulse.forum, impulse.source) == (forum, Source.MEETING)
    assert impulse.source_note == "Forumstreffen 12. März"
    page = moderator_client.get(response["Location"]).content.decode()
    assert "ist im Eingang" in page


def test_the_form_offers_the_forum_from_the_workspace_link(moderator_client, forum):
    page = moderator_client.get(NEW, {"forum": forum.slug}).content.decode()
    assert f'<option value="{forum.pk}" selected>' in page


def test_a_moderator_cannot_add_to_another_forum(moderator_client, other_forum):
    response = moderator_client.post(NEW, impulse_data(other_forum))

    assert response.status_code == 400
    assert "Für dieses Forum können Sie keine Impulse anlegen" in response.content.decode()
    assert "Elterncafé in Bardenberg" in response.content.decode()
    assert not Impulse.objects.exists()


def test_a_moderator_must_choose_a_forum(moderator_client):
    response = moderator_client.post(NEW, impulse_data(None))
    assert "Bitte wählen Sie ein Forum." in response.content.decode()
    assert not Impulse.objects.exists()


def test_the_coordinator_may_leave_the_forum_open(coordinator_client):
    coordinator_client.post(NEW, impulse_data(None, source="committee"))

    impulse = Impulse.objects.get()
    assert impulse.forum is None
    assert impulse.source == Source.COMMITTEE


def test_public_is_no_source_to_choose_by_hand(moderator_client, forum):
    response = moderator_client.post(NEW, impulse_data(forum, source="public"))

    assert response.status_code == 400
    assert "Diese Quelle gibt es nicht" in response.content.decode()


def test_members_and_visitors_cannot_add_impulses(member_client):
    response = member_client.get(NEW)
    assert response.status_code == 404
    assert "Impuls erfassen" not in response.content.decode()
    member_client.logout()
    response = member_client.get(NEW)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_the_workspace_shows_the_open_impulses(moderator_client, forum):
    moderator_client.post(NEW, impulse_data(forum))

    page = moderator_client.get(reverse("forums:workspace", args=[forum.slug])).content.decode()

    assert "1 offener Impuls wartet auf eine Entscheidung." in page
    assert f"{reverse('triage:inbox')}?forum={forum.slug}&amp;status=open" in page


def test_a_meeting_of_the_forum_can_be_named_as_the_source(
    moderator_client, forum, other_forum, monkeypatch
):
    # Any model with a forum stands in for the meetings' one: the link is generic.
    monkeypatch.setattr(triage_forms, "meeting_model", lambda: Entry)
    meeting = make_entry(forum, "Treffen im März")
    foreign = make_entry(other_forum, "Treffen anderswo")

    refused = moderator_client.post(NEW, impulse_data(forum, meeting=foreign.pk, source="other"))
    assert "Dieses Treffen gibt es nicht (mehr)" in refused.content.decode()
    assert not Impulse.objects.exists()

    moderator_client.post(NEW, impulse_data(forum, meeting=meeting.pk, source="other"))

    impulse = Impulse.objects.get()
    assert impulse.source == Source.MEETING
    assert impulse.source_object == meeting


def test_without_meetings_the_form_asks_only_for_a_note(moderator_client, forum, monkeypatch):
    monkeypatch.setattr(triage_forms, "meeting_model", lambda: None)

    page = moderator_client.get(NEW).content.decode()

    assert "Aus welchem Forumstreffen?" not in page
    assert "Quelle (Angabe)" in page
