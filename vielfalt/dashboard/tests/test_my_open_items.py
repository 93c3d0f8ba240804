"""Mein Bereich: the person's open action items across forums."""

import datetime

import pytest
from django.utils import timezone

from vielfalt.forums.models import ForumMembership
from vielfalt.meetings.models import ActionItem, Meeting

URL = "/konto/start/"


def make_meeting(forum, title):
    return Meeting.objects.create(forum=forum, title=title, starts_at=timezone.now())


@pytest.fixture
def items(moderator, forum, other_forum):
    person = moderator.person
    ForumMembership.objects.create(forum=other_forum, person=person)
    today = timezone.localdate()
    first = make_meeting(forum, "Forumstreffen März")
    second = make_meeting(other_forum, "Treffen Sport")
    return [
        ActionItem.objects.create(
            meeting=first, what="Flyer übersetzen", responsible=person,
            due_on=today - datetime.timedelta(days=2),
        ),
        ActionItem.objects.create(
            meeting=second, what="Hallenzeiten klären", responsible=person,
            due_on=today + datetime.timedelta(days=5),
        ),
        ActionItem.objects.create(meeting=first, what="Schon erledigt", responsible=person, done=True),
        ActionItem.objects.create(meeting=first, what="Aufgabe von jemand anders", responsible_name="X"),
    ]  # fmt: skip


def test_it_lists_my_open_items_across_forums(moderator_client, items):
    page = moderator_client.get(URL).content.decode()
    section = page.split("Meine offenen Aufgaben", 1)[1]
    assert "Flyer übersetzen" in section
    assert "Hallenzeiten klären" in section
    assert "Sport und Freizeit" in section
    assert "Forumstreffen März" in section
    assert "Schon erledigt" not in section
    assert "Aufgabe von jemand anders" not in section
    assert section.index("Flyer übersetzen") < section.index("Hallenzeiten klären")


def test_an_overdue_item_is_marked(moderator_client, items):
    section = moderator_client.get(URL).content.decode().split("Meine offenen Aufgaben", 1)[1]
    overdue_row = section.split("Flyer übersetzen", 1)[1].split("</tr>", 1)[0]
    assert "überfällig" in overdue_row
    later_row = section.split("Hallenzeiten klären", 1)[1].split("</tr>", 1)[0]
    assert "überfällig" not in later_row


def test_without_items_it_says_so(moderator_client):
    assert "Sie haben keine offenen Aufgaben" in moderator_client.get(URL).content.decode()


@pytest.mark.parametrize("count", [1, 6])
def test_the_list_runs_a_constant_number_of_queries(
    moderator_client, moderator, forum, django_assert_num_queries, count
):
    meeting = make_meeting(forum, "Treffen")
    for number in range(count):
        ActionItem.objects.create(
            meeting=meeting, what=f"Aufgabe {number}", responsible=moderator.person
        )
    moderator_client.get(URL)
    with django_assert_num_queries(6):
        moderator_client.get(URL)


def test_i_mark_an_item_done_from_mein_bereich(moderator_client, items):
    first = items[0]
    response = moderator_client.post(
        f"/foren/{first.meeting.forum.slug}/treffen/{first.meeting.pk}/aufgaben/{first.pk}/erledigt/",
        {"done": "1", "next": "dashboard"},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == URL
    page = response.content.decode()
    assert "„Flyer übersetzen“ ist erledigt." in page
    assert "Flyer übersetzen" not in page.split("Meine offenen Aufgaben", 1)[1].split("</table>")[0]
