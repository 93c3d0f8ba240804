"""Fixtures of the meetings tests: a plain member of the moderator's forum, a
meeting of each forum, and attachments stored in a temporary directory."""

import datetime

import pytest
from django.utils import timezone

from vielfalt.conftest import make_person
from vielfalt.forums.models import ForumMembership
from vielfalt.meetings.models import ActionItem, Meeting


@pytest.fixture(autouse=True)
def attachment_root(settings, tmp_path):
    settings.MEETINGS_ATTACHMENT_ROOT = tmp_path / "attachments"
    return settings.MEETINGS_ATTACHMENT_ROOT


@pytest.fixture
def forum_member(db, forum):
    """A member (not a moderator) of the moderator's forum."""
    person = make_person("Fiona Forum", "fiona@example.org")
    ForumMembership.objects.create(forum=forum, person=person)
    return person.user


@pytest.fixture
def forum_member_client(client, forum_member):
    client.force_login(forum_member)
    return client


def when(days: int, hour: int = 18) -> datetime.datetime:
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


@pytest.fixture
def meeting(db, forum, moderator):
    return Meeting.objects.create(
        forum=forum,
        title="Forumstreffen März",
        starts_at=when(-30),
        place="Familienzentrum Lindenplatz",
        agenda="1. Begrüßung\n2. Sprachkurse",
        minutes="Wir haben über **Sprachkurse** gesprochen.",
        decisions="- Flyer in fünf Sprachen",
        created_by=moderator.person,
    )


@pytest.fixture
def other_meeting(db, other_forum):
    return Meeting.objects.create(
        forum=other_forum, title="Treffen Sport", starts_at=when(-10), place="Sporthalle"
    )


@pytest.fixture
def item(meeting, forum_member):
    return ActionItem.objects.create(
        meeting=meeting,
        what="Raum für Mai anfragen",
        responsible=forum_member.person,
        due_on=timezone.localdate() + datetime.timedelta(days=7),
    )


def url(meeting, suffix=""):
    return f"/foren/{meeting.forum.slug}/treffen/{meeting.pk}/{suffix}"
