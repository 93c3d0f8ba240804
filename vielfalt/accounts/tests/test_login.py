from django.urls import reverse

from vielfalt.conftest import PASSWORD

LOGIN_URL = "/konto/login/"


def test_it_shows_the_login_page_in_our_layout_in_german(client):
    response = client.get(LOGIN_URL)

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Anmelden</h1>" in html
    assert 'class="site-header"' in html  # our base layout
    assert '<label for="id_login">E-Mail-Adresse' in html
    assert '<label for="id_password">Passwort' in html
    assert reverse("account_reset_password") in html


def test_it_does_not_link_to_a_signup_page(client):
    html = client.get(LOGIN_URL).content.decode()

    assert "/konto/signup/" not in html


def test_it_logs_in_by_email_and_goes_to_the_dashboard(client, member):
    response = client.post(LOGIN_URL, {"login": "MAX@example.org", "password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == "/konto/start/"
    assert client.get("/konto/start/").context["user"] == member


def test_it_rejects_a_wrong_password_with_the_typed_email_kept(client, member):
    response = client.post(
        LOGIN_URL, {"login": "max@example.org", "password": "falsch-falsch-falsch"}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "E-Mail-Adresse oder Passwort stimmen nicht." in html
    assert 'value="max@example.org"' in html
    assert "falsch-falsch-falsch" not in html
    assert "_auth_user_id" not in client.session


def test_it_ties_a_missing_field_error_to_the_field(client, db):
    response = client.post(LOGIN_URL, {"login": "", "password": "x"})

    html = response.content.decode()
    assert 'id="id_login_error"' in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_login_error"' in html


def test_it_locks_the_account_after_five_failed_logins_in_a_minute(client, member):
    for _ in range(5):
        response = client.post(
            LOGIN_URL, {"login": "max@example.org", "password": "falsch-falsch-1"}
        )
        assert "E-Mail-Adresse oder Passwort stimmen nicht." in response.content.decode()

    # The sixth attempt is refused even with the right password.
    response = client.post(LOGIN_URL, {"login": "max@example.org", "password": PASSWORD})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Zu viele fehlgeschlagene Anmeldeversuche" in html
    assert "_auth_user_id" not in client.session


def test_the_lockout_is_per_account(client, member, moderator):
    for _ in range(5):
        client.post(LOGIN_URL, {"login": "max@example.org", "password": "falsch-falsch-1"})

    response = client.post(LOGIN_URL, {"login": "mona@example.org", "password": PASSWORD})

    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == moderator.pk


def test_a_successful_login_does_not_count_as_a_failure(client, member):
    for _ in range(6):
        client.post(LOGIN_URL, {"login": "max@example.org", "password": PASSWORD})
        client.logout()

    response = client.post(LOGIN_URL, {"login": "max@example.org", "password": PASSWORD})

    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == member.pk


def test_an_inactive_account_cannot_log_in(client, member):
    member.is_active = False
    member.save()

    response = client.post(LOGIN_URL, {"login": "max@example.org", "password": PASSWORD})

    assert "_auth_user_id" not in client.session
    assert response["Location"] == "/konto/inactive/"
    page = client.get(response["Location"]).content.decode()
    assert "Dieses Konto ist zurzeit nicht aktiv." in page


def test_signup_is_closed_with_a_clear_message(client, db):
    response = client.get("/konto/signup/")

    html = response.content.decode()
    assert "Anmeldung nur mit Einladung" in html
    assert 'name="password1"' not in html


def test_signup_by_post_creates_no_account(client, db):
    from vielfalt.accounts.models import User

    client.post(
        "/konto/signup/", {"email": "neu@example.org", "password1": "Ein-langes-Passwort-2024"}
    )

    assert not User.objects.filter(email="neu@example.org").exists()


def test_logout_asks_first_and_then_logs_out(member_client):
    page = member_client.get("/konto/logout/")
    assert "Möchten Sie sich wirklich abmelden?" in page.content.decode()
    assert "_auth_user_id" in member_client.session

    response = member_client.post("/konto/logout/")

    assert response.status_code == 302
    assert "_auth_user_id" not in member_client.session


def test_people_cannot_add_or_swap_their_login_address(member_client, member):
    page = member_client.get("/konto/email/").content.decode()
    assert "Sie melden sich mit <strong>max@example.org</strong> an." in page

    member_client.post("/konto/email/", {"action_add": "", "email": "fremd@example.org"})
    member_client.post("/konto/email/", {"action_primary": "", "email": "fremd@example.org"})
    member_client.post("/konto/email/", {"action_remove": "", "email": "max@example.org"})

    member.refresh_from_db()
    assert member.email == "max@example.org"
    assert list(member.emailaddress_set.values_list("email", flat=True)) == ["max@example.org"]
