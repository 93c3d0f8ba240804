"""/verwaltung/login/ is no second way in: it sends to the site's one limited login."""

from urllib.parse import parse_qs, urlsplit

import pytest

from vielfalt.conftest import PASSWORD

ADMIN_LOGIN = "/verwaltung/login/"


@pytest.fixture(autouse=True)
def fast_hashes(settings):
    # These tests are about counting, not hashing (see test_password_hashing.py).
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def login_target(response):
    parts = urlsplit(response["Location"])
    return parts.path, parse_qs(parts.query)


def test_the_admin_login_page_sends_to_the_site_login_with_next(client, db):
    response = client.get(ADMIN_LOGIN + "?next=/verwaltung/network/person/")

    assert response.status_code == 302
    assert login_target(response) == ("/konto/login/", {"next": ["/verwaltung/network/person/"]})


def test_a_foreign_next_is_replaced_by_the_back_office(client, db):
    response = client.get(ADMIN_LOGIN + "?next=https://evil.example/")

    assert login_target(response) == ("/konto/login/", {"next": ["/verwaltung/"]})


def test_the_back_office_sends_an_anonymous_visitor_to_the_site_login(client, db):
    response = client.get("/verwaltung/", follow=True)

    assert response.redirect_chain[-1][0].startswith("/konto/login/?next=")
    assert response.status_code == 200


def test_a_coordinator_cannot_log_in_by_posting_to_the_admin_login(client, coordinator):
    response = client.post(ADMIN_LOGIN, {"username": "clara@example.org", "password": PASSWORD})

    assert response.status_code == 302
    assert login_target(response)[0] == "/konto/login/"
    assert "_auth_user_id" not in client.session
    assert client.get("/verwaltung/").status_code == 302


def test_failed_logins_at_the_admin_login_count_towards_the_lock(client, coordinator):
    """The figure for the issue: 5 failed logins are processed there, then the lock holds."""
    processed = 0
    for _ in range(10):
        response = client.post(
            ADMIN_LOGIN,
            {"username": "clara@example.org", "password": "falsch-falsch-1"},
            follow=True,
        )
        html = response.content.decode()
        if "Zu viele fehlgeschlagene Anmeldeversuche" in html:
            break
        assert "E-Mail-Adresse oder Passwort stimmen nicht." in html
        processed += 1

    assert processed == 5
    # The right password at the site's login is now refused too.
    response = client.post("/konto/login/", {"login": "clara@example.org", "password": PASSWORD})
    assert "Zu viele fehlgeschlagene Anmeldeversuche" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_locked_account_is_not_let_in_through_the_admin_login(client, coordinator):
    for _ in range(5):
        client.post("/konto/login/", {"login": "clara@example.org", "password": "falsch-falsch-1"})

    client.post(ADMIN_LOGIN, {"username": "clara@example.org", "password": PASSWORD})

    assert "_auth_user_id" not in client.session
