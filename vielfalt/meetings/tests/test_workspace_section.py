from vielfalt.meetings.models import ActionItem, Meeting

from .conftest import when

WORKSPACE = "/foren/sprache-und-bildung/arbeitsbereich/"


def test_the_workspace_shows_the_next_meeting_and_open_items(moderator_client, forum, item):
    Meeting.objects.create(forum=forum, title="Treffen Juni", starts_at=when(20), place="Rathaus")
    ActionItem.objects.create(
        meeting=item.meeting, what="Längst erledigt", responsible_name="X", done=True
    )
    page = moderator_client.get(WORKSPACE).content.decode()
    assert "Nächstes Treffen:" in page
    assert "Treffen Juni" in page
    assert "Raum für Mai anfragen" in page
    assert "zuständig: Fiona Forum" in page
    assert "Längst erledigt" not in page


def test_an_overdue_item_is_marked(moderator_client, item):
    item.due_on = when(-3).date()
    item.save()
    assert "überfällig" in moderator_client.get(WORKSPACE).content.decode()


def test_without_meetings_it_says_so(moderator_client, forum):
    page = moderator_client.get(WORKSPACE).content.decode()
    assert "Es ist noch kein Treffen geplant." in page
    assert "Keine offenen Aufgaben." in page


def test_items_of_another_forum_do_not_show(coordinator_client, item, other_meeting):
    ActionItem.objects.create(
        meeting=other_meeting, what="Hallenzeiten klären", responsible_name="Y"
    )
    page = coordinator_client.get(WORKSPACE).content.decode()
    assert "Raum für Mai anfragen" in page
    assert "Hallenzeiten klären" not in page
