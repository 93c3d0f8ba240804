"""Many registrations for the last places at once: exactly ``capacity`` are confirmed.

Threads need a database they can share with locking: PostgreSQL, or an SQLite
file (not the in-memory test database).
"""

import threading

import pytest
from django.db import connection, connections
from django.test import Client
from django.urls import reverse

from vielfalt.events.models import Registration

from .helpers import make_event, registration_data

PARALLEL = 24
CAPACITY = 5


def run_in_parallel(target, count=PARALLEL):
    barrier = threading.Barrier(count)
    results, errors = [], []

    def worker(n):
        try:
            barrier.wait()
            results.append(target(n))
        except Exception as error:  # noqa: BLE001 – reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    return results


@pytest.mark.django_db(transaction=True)
def test_parallel_registrations_confirm_exactly_the_capacity():
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.skip("threads cannot share SQLite's in-memory test database with locking")
    event = make_event(capacity=CAPACITY)
    url = reverse("events:register", args=[event.pk])

    # Each person from a connection of their own (one client may send only so many).
    statuses = run_in_parallel(
        lambda n: (
            Client(REMOTE_ADDR=f"192.0.2.{n + 1}")
            .post(url, registration_data(email=f"p{n}@example.org"))
            .status_code
        )
    )

    assert statuses == [302] * PARALLEL
    assert Registration.objects.confirmed().count() == CAPACITY
    assert Registration.objects.waiting().count() == PARALLEL - CAPACITY


@pytest.mark.django_db(transaction=True)
def test_parallel_registrations_with_one_address_store_one():
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.skip("threads cannot share SQLite's in-memory test database with locking")
    event = make_event(capacity=CAPACITY)
    url = reverse("events:register", args=[event.pk])

    statuses = run_in_parallel(lambda n: Client().post(url, registration_data()).status_code, 10)

    assert sorted(statuses) == [200] * 9 + [302]
    assert Registration.objects.count() == 1
