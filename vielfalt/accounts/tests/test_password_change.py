from vielfalt.conftest import PASSWORD

CHANGE_URL = "/konto/password/change/"


def test_it_redirects_anonymous_visitors_to_the_login(client, db):
    response = client.get(CHANGE_URL)

    assert response.status_code == 302
    assert response["Location"].startswith("/konto/login/")


def test_it_shows_labelled_fields_in_german(member_client):
    html = member_client.get(CHANGE_URL).content.decode()

    assert "<h1>Passwort ändern</h1>" in html
    assert '<label for="id_oldpassword">Bisheriges Passwort' in html
    assert '<label for="id_password1">Neues Passwort' in html


def test_it_changes_the_password(member_client, member):
    response = member_client.post(
        CHANGE_URL,
        {
            "oldpassword": PASSWORD,
            "password1": "Bardenberg-Linde-42",
            "password2": "Bardenberg-Linde-42",
        },
    )

    assert response.status_code == 302
    member.refresh_from_db()
    assert member.check_password("Bardenberg-Linde-42")


def test_it_refuses_a_common_password_and_shows_why(member_client, member):
    response = member_client.post(
        CHANGE_URL,
        {"oldpassword": PASSWORD, "password1": "qwertyuiop12", "password2": "qwertyuiop12"},
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_password1_error"' in html
    member.refresh_from_db()
    assert member.check_password(PASSWORD)


def test_it_refuses_a_wrong_current_password(member_client, member):
    response = member_client.post(
        CHANGE_URL,
        {
            "oldpassword": "falsch-falsch-1",
            "password1": "Bardenberg-Linde-42",
            "password2": "Bardenberg-Linde-42",
        },
    )

    assert "Das bisherige Passwort stimmt nicht." in response.content.decode()
    member.refresh_from_db()
    assert member.check_password(PASSWORD)
