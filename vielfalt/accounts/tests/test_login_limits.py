"""Failed logins: limited per account and client, per client, and per account
overall; behind a proxy by the real client; in a store the cache cannot flush."""

import re

import pytest
from django.core import mail
from django.core.cache import cache

from vielfalt.conftest import PASSWORD

LOGIN_URL = "/konto/login/"


@pytest.fixture(autouse=True)
def fast_hashes(settings):
    # These tests are about counting, not hashing (see test_password_hashing.py).
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


LOCKED = "Zu viele fehlgeschlagene Anmeldeversuche"
CEILING = "Für dieses Konto gab es zu viele fehlgeschlagene Anmeldeversuche"


WRONG = "falsch-falsch-1"


def attempt(client, email, password=WRONG, ip="192.0.2.1", **extra):
    return client.post(LOGIN_URL, {"login": email, "password": password}, REMOTE_ADDR=ip, **extra)


def logged_in(client):
    return "_auth_user_id" in client.session


def test_the_owner_still_gets_in_from_their_own_client_after_a_strangers_failures(client, member):
    for _ in range(5):
        attempt(client, "max@example.org", ip="198.51.100.66")
    assert (
        LOCKED in attempt(client, "max@example.org", PASSWORD, ip="198.51.100.66").content.decode()
    )
    assert not logged_in(client)

    response = attempt(client, "max@example.org", PASSWORD, ip="192.0.2.10")

    assert response.status_code == 302
    assert logged_in(client)


def test_one_client_gets_at_most_five_failures_a_minute_per_account(client, member):
    for _ in range(5):
        assert "stimmen nicht" in attempt(client, "max@example.org").content.decode()
    assert LOCKED in attempt(client, "max@example.org").content.decode()


def test_one_client_trying_many_accounts_is_slowed(client, db, settings):
    for n in range(settings.LOGIN_FAILURES_PER_IP):
        attempt(client, f"person{n}@example.org")
    assert LOCKED in attempt(client, "someone-else@example.org").content.decode()


def test_without_a_trusted_proxy_each_peer_address_counts(client, member, moderator, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    for n in range(20):
        attempt(client, f"guess{n}@example.org", ip="192.0.2.50")
    # A forged header does not get the same client a fresh limit.
    forged = attempt(
        client, "mona@example.org", PASSWORD, ip="192.0.2.50", HTTP_X_FORWARDED_FOR="203.0.113.5"
    )
    assert LOCKED in forged.content.decode()

    assert attempt(client, "max@example.org", PASSWORD, ip="192.0.2.51").status_code == 302


def test_behind_the_proxy_one_client_does_not_lock_out_the_others(client, member, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.1"
    for n in range(20):
        attempt(client, f"guess{n}@example.org", ip=proxy, HTTP_X_FORWARDED_FOR="203.0.113.5")
    assert (
        LOCKED
        in attempt(
            client, "x@example.org", ip=proxy, HTTP_X_FORWARDED_FOR="203.0.113.5"
        ).content.decode()
    )

    response = attempt(
        client, "max@example.org", PASSWORD, ip=proxy, HTTP_X_FORWARDED_FOR="203.0.113.6"
    )

    assert response.status_code == 302
    assert logged_in(client)


def spread_failures(client, email, count):
    """Failures from many clients, each below the per-client limit."""
    for n in range(count):
        attempt(client, email, ip=f"198.51.100.{n + 1}")


def test_the_account_ceiling_holds_against_many_clients(
    client, member, settings, django_capture_on_commit_callbacks
):
    spread_failures(client, "max@example.org", settings.LOGIN_FAILURES_PER_ACCOUNT)

    with django_capture_on_commit_callbacks(execute=True):
        response = attempt(client, "max@example.org", PASSWORD, ip="192.0.2.200")

    assert CEILING in response.content.decode()
    assert not logged_in(client)
    assert [message.to for message in mail.outbox] == [["max@example.org"]]


def test_the_ceiling_answers_the_same_for_an_unknown_address_and_mails_nobody(
    client, db, settings, django_capture_on_commit_callbacks
):
    spread_failures(client, "nobody@example.org", settings.LOGIN_FAILURES_PER_ACCOUNT)

    with django_capture_on_commit_callbacks(execute=True):
        response = attempt(client, "nobody@example.org", ip="192.0.2.200")

    assert CEILING in response.content.decode()
    assert mail.outbox == []


def test_the_unlock_mail_goes_out_at_most_once_an_hour(
    client, member, settings, django_capture_on_commit_callbacks
):
    spread_failures(client, "max@example.org", settings.LOGIN_FAILURES_PER_ACCOUNT)
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(3):
            attempt(client, "max@example.org", ip=f"192.0.2.{200 + n}")
    assert len(mail.outbox) == 1


def unlock_link(client, member, settings, capture):
    spread_failures(client, "max@example.org", settings.LOGIN_FAILURES_PER_ACCOUNT)
    with capture(execute=True):
        attempt(client, "max@example.org", PASSWORD, ip="192.0.2.200")
    return re.search(r"https?://\S+/konto/entsperren/\S+/", mail.outbox[0].body).group(0)


def test_the_unlock_link_lets_the_owner_in_and_works_once(
    client, member, settings, django_capture_on_commit_callbacks
):
    url = unlock_link(client, member, settings, django_capture_on_commit_callbacks)
    path = url.split("testserver", 1)[1]

    page = client.get(path)
    assert page.status_code == 200
    assert "Anmeldung freigeben" in page.content.decode()
    response = client.post(path, follow=True)
    assert "Sie können sich in diesem Browser jetzt wieder anmelden." in response.content.decode()

    assert attempt(client, "max@example.org", PASSWORD, ip="192.0.2.200").status_code == 302
    assert logged_in(client)

    client.logout()
    assert client.get(path).status_code == 404
    assert client.post(path).status_code == 404


def test_the_unlock_is_for_the_owners_browser_only(
    client, member, settings, django_capture_on_commit_callbacks
):
    url = unlock_link(client, member, settings, django_capture_on_commit_callbacks)
    client.post(url.split("testserver", 1)[1])
    client.cookies.clear()

    response = attempt(client, "max@example.org", PASSWORD, ip="192.0.2.201")

    assert CEILING in response.content.decode()
    assert not logged_in(client)


def test_an_unlocked_browser_is_still_limited_per_client(
    client, member, settings, django_capture_on_commit_callbacks
):
    url = unlock_link(client, member, settings, django_capture_on_commit_callbacks)
    client.post(url.split("testserver", 1)[1])
    for _ in range(5):
        attempt(client, "max@example.org", ip="192.0.2.200")

    assert LOCKED in attempt(client, "max@example.org", PASSWORD, ip="192.0.2.200").content.decode()


@pytest.mark.parametrize("token", ["garbage", "eyJ1IjoxfQ:1a2b3c:forged"])
def test_a_broken_unlock_link_says_so(client, db, token):
    response = client.get(f"/konto/entsperren/{token}/")

    assert response.status_code == 404
    assert "Dieser Link gilt nicht mehr" in response.content.decode()


def test_filling_the_cache_does_not_erase_a_lock(client, member):
    for _ in range(5):
        attempt(client, "max@example.org")
    for n in range(1000):
        cache.set(f"filler:{n}", "x" * 100)

    response = attempt(client, "max@example.org", PASSWORD)

    assert LOCKED in response.content.decode()
    assert not logged_in(client)


def test_a_successful_login_does_not_count_as_a_failure(client, member):
    for _ in range(4):
        attempt(client, "max@example.org")
    assert attempt(client, "max@example.org", PASSWORD).status_code == 302
    client.logout()

    assert "stimmen nicht" in attempt(client, "max@example.org").content.decode()
