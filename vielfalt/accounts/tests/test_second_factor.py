"""Back-office rights need a second factor (issue 11, point 5)."""

import re
import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY, format_hotp_value, hotp_value

from vielfalt.accounts.models import User
from vielfalt.conftest import PASSWORD, TOTP_SECRET, pass_second_factor

LOGIN = "/konto/login/"
ADMIN = "/verwaltung/"


def current_code(secret):
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def log_in_with_password(client, user):
    return client.post(LOGIN, {"login": user.email, "password": PASSWORD})


@pytest.fixture
def superuser(db):
    return User.objects.create_superuser("root@example.org", password=PASSWORD, name="Root")


@pytest.fixture
def coordinator_with_app(coordinator):
    Authenticator.objects.create(
        user=coordinator, type=Authenticator.Type.TOTP, data={"secret": TOTP_SECRET}
    )
    return coordinator


def test_a_coordinator_without_second_factor_is_led_to_set_one_up(client, coordinator):
    client.force_login(coordinator)

    response = client.get(ADMIN)

    assert response.status_code == 302
    assert response["Location"] == "/konto/zwei-faktoren/?next=%2Fverwaltung%2F"
    html = client.get(response["Location"]).content.decode()
    assert "<h1>Zweiter Schritt für die Verwaltung</h1>" in html
    assert "reicht dort ein Passwort allein nicht" in html
    assert 'href="/konto/2fa/totp/activate/"' in html


@pytest.mark.parametrize("path", ["/verwaltung/network/person/", "/verwaltung/auth/group/"])
def test_a_superuser_without_second_factor_cannot_open_any_admin_page(client, superuser, path):
    client.force_login(superuser)

    response = client.get(path)

    assert response.status_code == 302
    assert response["Location"].startswith("/konto/zwei-faktoren/")


def test_members_are_not_asked_for_a_second_factor(member_client):
    assert member_client.get("/konto/start/").status_code == 200
    response = member_client.get(ADMIN)
    assert "zwei-faktoren" not in response.get("Location", "")


# allauth records the new factor after its transaction commits, as in production.
@pytest.mark.django_db(transaction=True)
def test_setting_up_the_app_shows_qr_code_secret_and_recovery_codes(client, coordinator):
    assert log_in_with_password(client, coordinator).status_code == 302
    assert client.get(ADMIN)["Location"].startswith("/konto/zwei-faktoren/")

    # allauth asks for the password once more before a factor is added.
    response = client.get("/konto/2fa/totp/activate/")
    assert response["Location"] == "/konto/reauthenticate/?next=%2Fkonto%2F2fa%2Ftotp%2Factivate%2F"
    assert "<h1>Bitte bestätigen</h1>" in client.get(response["Location"]).content.decode()
    response = client.post(
        response["Location"], {"password": PASSWORD, "next": "/konto/2fa/totp/activate/"}
    )
    assert response["Location"] == "/konto/2fa/totp/activate/"
    html = client.get("/konto/2fa/totp/activate/").content.decode()
    secret = client.session[SECRET_SESSION_KEY]
    assert "<h1>Authenticator-App einrichten</h1>" in html
    assert 'role="img" aria-label="QR-Code zum Einrichten der Authenticator-App"' in html
    assert "<svg" in html
    assert f'<code class="totp-secret" aria-labelledby="totp-secret-label">{secret}</code>' in html

    wrong = client.post("/konto/2fa/totp/activate/", {"code": "000000"})
    assert "Der Code stimmt nicht" in wrong.content.decode()

    response = client.post("/konto/2fa/totp/activate/", {"code": current_code(secret)})
    assert response["Location"] == "/konto/2fa/recovery-codes/"

    html = client.get(response["Location"]).content.decode()
    codes = RecoveryCodes(
        Authenticator.objects.get(user=coordinator, type=Authenticator.Type.RECOVERY_CODES)
    ).get_unused_codes()
    assert len(codes) == 10
    assert all(f"<li><code>{code}</code></li>" in html for code in codes)
    assert 'href="/konto/2fa/recovery-codes/download/"' in html
    download = client.get("/konto/2fa/recovery-codes/download/")
    assert download.content.decode().split() == codes
    # Setting it up proved the second factor: the back office opens.
    assert client.get(ADMIN).status_code == 200


def test_the_login_asks_for_the_code_before_the_back_office_opens(client, coordinator_with_app):
    response = log_in_with_password(client, coordinator_with_app)

    assert response["Location"] == "/konto/2fa/authenticate/"
    assert client.get(ADMIN)["Location"].startswith("/verwaltung/login/")  # not logged in yet
    html = client.get("/konto/2fa/authenticate/").content.decode()
    assert "<h1>Anmelden: zweiter Schritt</h1>" in html
    assert 'autocomplete="one-time-code"' in html

    response = client.post("/konto/2fa/authenticate/", {"code": "123456"})
    assert "Der Code stimmt nicht" in response.content.decode()

    client.post("/konto/2fa/authenticate/", {"code": current_code(TOTP_SECRET)})
    response = client.get(ADMIN)
    assert response.status_code == 200
    assert "Netzwerk verwalten" in response.content.decode()


def test_a_recovery_code_opens_the_login_once(client, coordinator_with_app):
    codes = RecoveryCodes.activate(coordinator_with_app).generate_codes()
    log_in_with_password(client, coordinator_with_app)

    client.post("/konto/2fa/authenticate/", {"code": codes[0]})

    assert client.get(ADMIN).status_code == 200
    client.logout()
    log_in_with_password(client, coordinator_with_app)
    response = client.post("/konto/2fa/authenticate/", {"code": codes[0]})
    assert "Der Code stimmt nicht" in response.content.decode()


def test_a_session_that_skipped_the_code_is_asked_for_it(client, coordinator_with_app):
    # For example a login that did not go through allauth's stages.
    client.force_login(coordinator_with_app)

    response = client.get("/verwaltung/network/person/")

    assert response.status_code == 302
    assert (
        response["Location"]
        == "/konto/2fa/reauthenticate/?next=%2Fverwaltung%2Fnetwork%2Fperson%2F"
    )
    html = client.get(response["Location"]).content.decode()
    assert "<h1>Bitte bestätigen</h1>" in html
    response = client.post(
        response["Location"],
        {"code": current_code(TOTP_SECRET), "next": "/verwaltung/network/person/"},
    )
    assert response["Location"] == "/verwaltung/network/person/"
    assert client.get("/verwaltung/network/person/").status_code == 200


def test_the_overview_page_is_in_german(client, coordinator):
    client.force_login(coordinator)
    pass_second_factor(client, coordinator)

    html = client.get("/konto/2fa/").content.decode()

    assert "<h1>Anmeldung in zwei Schritten</h1>" in html
    assert "Eingerichtet: Die Anmeldung fragt nach einem Code aus der App." in html
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)  # no inline script


@pytest.mark.parametrize(
    "path", ["/mitmachen/anfragen/", "/angebote/import/", "/angebote/verwalten/", "/foren/"]
)
def test_coordinators_rights_outside_the_back_office_wait_for_the_second_factor(
    client, coordinator, path
):
    # The join-request triage, the import and every organisation's offerings are
    # coordinators' powers too: a password alone must not open them.
    client.force_login(coordinator)

    response = client.get(path)

    assert response.status_code == 302
    assert response["Location"].startswith("/konto/zwei-faktoren/?next=")
    html = client.get(response["Location"]).content.decode()
    assert "<h1>Zweiter Schritt für die Verwaltung</h1>" in html


def test_setting_up_the_second_factor_and_logging_out_stay_open(client, coordinator):
    client.force_login(coordinator)

    assert client.get("/konto/2fa/totp/activate/").status_code in (200, 302)
    assert "/konto/zwei-faktoren/" not in client.get("/konto/2fa/totp/activate/").get(
        "Location", ""
    )
    response = client.post("/konto/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_members_keep_their_own_pages_without_a_second_factor(member_client):
    assert "Meine Angebote" in member_client.get("/angebote/verwalten/").content.decode()
