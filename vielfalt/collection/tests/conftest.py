"""Entries for the collection's tests: a forum's need, approach and inventory,
and the municipality's cross-cutting themes."""

import pytest

from vielfalt.collection.models import CrossCuttingNote, Entry
from vielfalt.forums.models import ForumMembership
from vielfalt.vocabularies.models import CrossCuttingTheme, District, LifePhase


@pytest.fixture
def themes(db):
    return [
        CrossCuttingTheme.objects.create(name="Interkulturelle Öffnung", slug="ikoe", position=1),
        CrossCuttingTheme.objects.create(name="Gleichstellung", slug="gleichstellung", position=2),
    ]


@pytest.fixture
def phase(db):
    return LifePhase.objects.create(name="Kinder 6–10", slug="6-10", position=1)


@pytest.fixture
def district(db):
    return District.objects.create(name="Morsbach", slug="morsbach", position=1)


@pytest.fixture
def need(forum, themes):
    need = Entry.objects.create(
        forum=forum, kind=Entry.Kind.NEED, title="Sprachförderung vor der Einschulung"
    )
    CrossCuttingNote.objects.create(
        entry=need, theme=themes[0], considered=True, note="Mehrsprachige Eltern einbezogen."
    )
    return need


@pytest.fixture
def approach(forum, need):
    approach = Entry.objects.create(
        forum=forum,
        kind=Entry.Kind.APPROACH,
        title="Vorlesepat:innen in Kitas",
        status=Entry.Status.PLANNED,
        progress=20,
    )
    approach.needs.add(need)
    return approach


@pytest.fixture
def other_need(other_forum):
    return Entry.objects.create(
        forum=other_forum, kind=Entry.Kind.NEED, title="Schwimmkurse für Mädchen"
    )


@pytest.fixture
def forum_member(db, forum):
    """A plain member (not a moderator) of the moderator's forum."""
    from vielfalt.conftest import make_person

    person = make_person("Paula Pate", "paula@example.org")
    ForumMembership.objects.create(forum=forum, person=person)
    return person.user


@pytest.fixture
def forum_member_client(client, forum_member):
    client.force_login(forum_member)
    return client
