from io import StringIO

from vielfalt.demo import meetings as demo_meetings
from vielfalt.forums.models import Forum
from vielfalt.meetings.models import ActionItem, Meeting


def test_every_active_forum_has_two_past_meetings_with_items(demo_data, db):
    for forum in Forum.objects.filter(status=Forum.Status.ACTIVE):
        meetings = Meeting.objects.filter(forum=forum)
        assert meetings.count() == 2, forum
        for meeting in meetings:
            assert meeting.starts_at.year == 2024
            assert meeting.minutes and meeting.agenda and meeting.decisions
            items = meeting.action_items.all()
            assert 2 <= len(items) <= 3
        assert ActionItem.objects.filter(meeting__forum=forum, done=True).exists()
        assert ActionItem.objects.filter(meeting__forum=forum, done=False).exists()


def test_the_demo_moderator_has_an_open_item_on_mein_bereich(demo_data, db, client):
    from vielfalt.accounts.models import User

    client.force_login(User.objects.get(email="moderation@example.org"))
    page = client.get("/konto/start/").content.decode()
    section = page.split("Meine offenen Aufgaben", 1)[1]
    assert "Raum und Kinderbetreuung für den Vormittagskurs" in section
    assert "überfällig" in section


def test_loading_the_meetings_again_changes_nothing(demo_data, db):
    counts = (
        Meeting.objects.count(),
        ActionItem.objects.count(),
        Meeting.history.count(),
        ActionItem.history.count(),
    )
    demo_meetings.load(StringIO())
    assert counts == (
        Meeting.objects.count(),
        ActionItem.objects.count(),
        Meeting.history.count(),
        ActionItem.history.count(),
    )
