"""Pledges hold names and addresses: exported and erased with the person,
purged when their time is over."""

from datetime import timedelta

from django.utils import timezone

from vielfalt.conftest import make_person
from vielfalt.forums.models import Forum, Pledge
from vielfalt.forums.personal_data import purge_pledges
from vielfalt.privacy.erasure import erase_person, person_data


def test_pledges_are_exported_and_erased_with_the_person(db):
    forum = Forum.objects.create(name="Arbeitsmarkt", slug="arbeitsmarkt", status="dormant")
    person = make_person("Rita Netz", "rita@example.org")
    Pledge.objects.create(forum=forum, person=person, name=person.name, email=person.email)
    # A public pledge from the same address, made before the person logged in.
    other = Forum.objects.create(name="Kultur", slug="kultur", status="dormant")
    Pledge.objects.create(forum=other, name="Rita", email="RITA@example.org")

    exported = person_data(person)["other"]["forums.Pledge"]
    assert [row["forum"] for row in exported] == [forum.pk]

    touched = erase_person(person)

    assert touched["forums.pledges"] == 2
    assert not Pledge.objects.exists()


def test_stale_and_long_told_pledges_are_purged(db, settings):
    settings.RETENTION_DECIDED_REQUESTS_DAYS = 30
    forum = Forum.objects.create(name="Arbeitsmarkt", slug="arbeitsmarkt", status="dormant")
    now = timezone.now()
    old = now - timedelta(days=40)
    Pledge.objects.create(forum=forum, name="Alt", email="alt@example.org", created=old)
    Pledge.objects.create(forum=forum, name="Neu", email="neu@example.org")
    Pledge.objects.create(
        forum=forum, name="Wartet", email="wartet@example.org", created=old, confirmed_at=old
    )
    Pledge.objects.create(
        forum=forum, name="Erzählt", email="told@example.org", confirmed_at=old, notified_at=old
    )

    assert purge_pledges(now) == 2

    assert set(Pledge.objects.values_list("name", flat=True)) == {"Neu", "Wartet"}
