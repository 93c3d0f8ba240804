from vielfalt.meetings.models import Meeting

from .conftest import url


def test_members_read_agenda_minutes_and_decisions_rendered(forum_member_client, meeting):
    page = forum_member_client.get(url(meeting)).content.decode()
    assert "<h1>Forumstreffen März</h1>" in page
    assert "<strong>Sprachkurse</strong>" in page
    assert "<li>Flyer in fünf Sprachen</li>" in page
    assert "Familienzentrum Lindenplatz" in page
    assert "Treffen bearbeiten" not in page


def test_a_script_in_the_minutes_does_not_reach_the_page(moderator_client, meeting):
    meeting.minutes = (
        'Vorher <script>alert("x")</script> nachher\n\n<img src=x onerror=alert(1)>\n\n'
        "[Link](javascript:alert(1))"
    )
    meeting.save()
    page = moderator_client.get(url(meeting)).content.decode()
    assert 'alert("x")</script>' not in page
    assert "onerror" not in page.split('id="minutes-heading"')[1].split("</section>")[0].replace(
        "&lt;img src=x onerror=alert(1)&gt;", ""
    )
    assert 'href="javascript:' not in page
    assert "&lt;script&gt;" in page


def test_members_of_another_forum_get_404(member_client, meeting):
    response = member_client.get(url(meeting))
    assert response.status_code == 404
    assert "Forumstreffen März" not in response.content.decode()


def test_a_meeting_of_another_forum_is_not_found_under_this_forum(moderator_client, other_meeting):
    forged = f"/foren/sprache-und-bildung/treffen/{other_meeting.pk}/"
    response = moderator_client.get(forged)
    assert response.status_code == 404
    assert "Treffen Sport" not in response.content.decode()


def test_coordinators_read_any_meeting(coordinator_client, other_meeting):
    assert "Treffen Sport" in coordinator_client.get(url(other_meeting)).content.decode()


def test_the_history_shows_who_changed_what(moderator_client, meeting):
    moderator_client.post(
        url(meeting, "bearbeiten/"),
        {
            "title": "Forumstreffen im März",
            "starts_at": "2024-03-12T18:00",
            "place": "Familienzentrum Lindenplatz",
            "minutes": "Neues Protokoll",
        },
    )
    page = moderator_client.get(url(meeting)).content.decode()
    history = page.split('id="history-heading"')[1]
    assert "Mona Moderation: Treffen geändert" in history
    assert "Titel: Forumstreffen März → Forumstreffen im März" in history
    assert "Protokoll geändert" in history
    assert "Treffen angelegt" in history


def test_the_history_shows_an_erased_person_as_such(moderator_client, moderator, meeting):
    moderator_client.post(
        url(meeting, "bearbeiten/"),
        {"title": "Neuer Titel", "starts_at": "2024-03-12T18:00"},
    )
    from vielfalt.privacy.erasure import erase_person

    erase_person(moderator.person)
    meeting = Meeting.objects.get(pk=meeting.pk)
    from vielfalt.meetings.history import meeting_history

    whos = [change.who for change in meeting_history(meeting)]
    assert "gelöschte Person" in whos
    assert "Mona Moderation" not in whos
