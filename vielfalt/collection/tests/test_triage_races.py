"""Eight people decide the same impulse at once (on PostgreSQL): exactly one
decision holds, and no entry is created for the others."""

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from vielfalt.collection.models import Entry, Impulse
from vielfalt.conftest import make_person
from vielfalt.forums.models import ForumMembership
from vielfalt.process.tests.test_join_races import run_in_parallel

from .triage_helpers import make_impulse

PARALLEL = 8


@pytest.mark.django_db(transaction=True)
def test_of_many_parallel_decisions_exactly_one_holds(forum):
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.skip("threads cannot share SQLite's in-memory test database with locking")
    impulse = make_impulse(forum)
    clients = []
    for n in range(PARALLEL):
        person = make_person(f"Moderation {n}", f"mod{n}@example.org")
        ForumMembership.objects.create(
            forum=forum, person=person, role=ForumMembership.Role.MODERATOR
        )
        client = Client()
        client.force_login(person.user)
        clients.append(client)

    def decide(n):
        if n % 2:
            data = {"dismiss-reason": f"Grund {n}"}
            return clients[n].post(reverse("triage:dismiss", args=[impulse.pk]), data)
        data = {
            "sort-forum": forum.pk,
            "sort-kind": "need",
            "sort-title": f"Bedarf {n}",
            "sort-description": "",
        }
        return clients[n].post(reverse("triage:sort", args=[impulse.pk]), data)

    responses = run_in_parallel(decide, PARALLEL)

    assert all(response.status_code == 302 for response in responses)
    impulse.refresh_from_db()
    assert impulse.status in (Impulse.Status.SORTED, Impulse.Status.DISMISSED)
    expected_entries = 1 if impulse.status == Impulse.Status.SORTED else 0
    assert Entry.objects.count() == expected_entries
    assert impulse.history.exclude(status=Impulse.Status.OPEN).count() == 1
