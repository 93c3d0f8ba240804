"""One invitation link sets one password, however often it is used at once
(issue 11, point 7), and a deactivated account's links stay dead."""

import re
import threading
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.hashers import check_password
from django.core import mail
from django.db import connection, connections
from django.test import Client

from vielfalt.accounts.invitations import invite
from vielfalt.accounts.models import User
from vielfalt.network.models import Person

PARALLEL = 20


def link_of_last_mail():
    return urlsplit(re.search(r"https?://\S+", mail.outbox[-1].body).group(0)).path


@pytest.fixture
def newcomer(db, organisation):
    return Person.objects.create(name="Ayşe Yılmaz", email="ayse@example.org")


def accept(client, link, password):
    return client.post(link, {"name": "Ayşe Yılmaz", "password1": password, "password2": password})


@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="SQLite's in-memory test database (shared cache) locks whole tables without "
    "waiting, so parallel writers fail with 'database table is locked'; the file "
    "database the site uses waits (timeout 20 s, BEGIN IMMEDIATE)",
)
@pytest.mark.django_db(transaction=True)
def test_twenty_parallel_uses_of_one_link_set_the_password_once(
    newcomer, settings, django_capture_on_commit_callbacks
):
    # The race is about the lock, not the hash: twenty Argon2 hashes need 2 GiB.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    with django_capture_on_commit_callbacks(execute=True):
        invite(newcomer)
    link = link_of_last_mail()
    barrier = threading.Barrier(PARALLEL)
    statuses = {}

    def use_link(number):
        try:
            client = Client()
            barrier.wait()
            statuses[number] = accept(client, link, f"Bissen-Maibaum-{number:02}-x").status_code
        finally:
            connections.close_all()

    threads = [threading.Thread(target=use_link, args=(n,)) for n in range(PARALLEL)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    winners = [n for n, status in statuses.items() if status == 302]
    print(f"password sets from {PARALLEL} parallel invitation uses: {len(winners)}")
    assert len(statuses) == PARALLEL
    assert len(winners) == 1
    assert sorted(set(statuses.values())) == [302, 400]
    user = User.objects.get(email="ayse@example.org")
    assert check_password(f"Bissen-Maibaum-{winners[0]:02}-x", user.password)


def test_a_link_used_by_someone_else_in_the_meantime_is_refused(
    client, newcomer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        invite(newcomer)
    link = link_of_last_mail()
    first, second = Client(), Client()
    # Both opened the form; the first sends it before the second.
    assert first.get(link).status_code == 200
    assert second.get(link).status_code == 200

    assert accept(first, link, "Bissen-Maibaum-2025").status_code == 302
    response = accept(second, link, "Wurmtal-Linde-2026")

    assert response.status_code == 400
    assert "Link" in response.content.decode()
    user = User.objects.get(email="ayse@example.org")
    assert user.check_password("Bissen-Maibaum-2025")


def test_a_link_stays_dead_after_the_account_is_deactivated_and_reactivated(
    client, newcomer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        invite(newcomer)
    link = link_of_last_mail()
    user = User.objects.get(email="ayse@example.org")

    user.is_active = False
    user.save()
    user.is_active = True
    user.save()

    response = client.get(link)
    assert response.status_code == 400
    response = accept(client, link, "Bissen-Maibaum-2025")
    assert response.status_code == 400
    user.refresh_from_db()
    assert not user.has_usable_password()


def test_a_link_stays_dead_after_deactivation_in_the_back_office(
    coordinator_client, newcomer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        invite(newcomer)
    link = link_of_last_mail()
    user = User.objects.get(email="ayse@example.org")
    url = f"/verwaltung/accounts/user/{user.pk}/change/"

    coordinator_client.post(url, {"email": user.email, "name": user.name})  # unticks "aktiv"
    coordinator_client.post(url, {"email": user.email, "name": user.name, "is_active": "on"})

    user.refresh_from_db()
    assert user.is_active
    assert Client().get(link).status_code == 400


def test_a_new_invitation_after_reactivation_works(
    client, newcomer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        invite(newcomer)
    user = User.objects.get(email="ayse@example.org")
    user.is_active = False
    user.save()
    user.is_active = True
    user.save()

    with django_capture_on_commit_callbacks(execute=True):
        invite(Person.objects.get(pk=newcomer.pk))

    response = accept(client, link_of_last_mail(), "Bissen-Maibaum-2025")

    assert response.status_code == 302
    assert "Willkommen" in client.get(response["Location"]).content.decode()
