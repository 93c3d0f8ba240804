"""Twenty identical join submissions at once: the per-client limit and the
de-duplication by address hold (the figure for issue 11, point 7)."""

import threading

import pytest
from django.db import connection, connections
from django.test import Client
from django.urls import reverse

from vielfalt.process.models import InterestRequest

from .helpers import join_data

PARALLEL = 20


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


@pytest.fixture
def sent_mails(monkeypatch):
    """Confirmation mails the join flow sends (counted where it sends them)."""
    sent, lock = [], threading.Lock()
    original = InterestRequest.send_confirmation_mail

    def counting(self):
        with lock:
            sent.append(self.email)
        return original(self)

    monkeypatch.setattr(InterestRequest, "send_confirmation_mail", counting)
    return sent


def skip_on_sqlite_in_memory():
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.skip("threads cannot share SQLite's in-memory test database with locking")


@pytest.mark.django_db(transaction=True)
def test_twenty_identical_joins_at_once_store_one_request_and_send_one_mail(sent_mails):
    skip_on_sqlite_in_memory()

    statuses = run_in_parallel(
        lambda n: (
            Client(REMOTE_ADDR="192.0.2.7").post(reverse("process:join"), join_data()).status_code
        )
    )

    print(
        f"\n20 parallel identical joins: {InterestRequest.objects.count()} stored, "
        f"{len(sent_mails)} mails, statuses {sorted(statuses)}"
    )
    assert InterestRequest.objects.count() == 1
    assert len(sent_mails) == 1
    assert statuses.count(302) == 5  # the limit: 5 a client and hour
    assert statuses.count(429) == 15


@pytest.mark.django_db(transaction=True)
def test_twenty_different_joins_at_once_from_one_client_stop_at_the_limit(sent_mails):
    skip_on_sqlite_in_memory()

    statuses = run_in_parallel(
        lambda n: (
            Client(REMOTE_ADDR="192.0.2.8")
            .post(reverse("process:join"), join_data(email=f"person{n}@example.org"))
            .status_code
        )
    )

    assert statuses.count(302) == 5
    assert InterestRequest.objects.count() == 5
    assert len(sent_mails) == 5


def test_a_second_join_with_the_same_address_updates_the_open_request(
    client, django_capture_on_commit_callbacks
):
    from django.core import mail

    url = reverse("process:join")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, join_data())
        client.post(url, join_data(email="AYSE@example.org", message="Doch lieber Sport."))

    request = InterestRequest.objects.get()
    assert request.message == "Doch lieber Sport."
    assert len(mail.outbox) == 1
