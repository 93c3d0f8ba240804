import re

import pytest
from django.core import mail

from vielfalt.accounts.models import User

RESET_URL = "/konto/password/reset/"


def test_it_shows_the_reset_page_in_german(client, db):
    html = client.get(RESET_URL).content.decode()

    assert "<h1>Passwort vergessen</h1>" in html
    assert '<label for="id_email">E-Mail-Adresse' in html


def page_text(response):
    """The page without its CSRF tokens, which differ on every request."""
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode())


def reset_link(message):
    return re.search(r"https?://\S+", message.body).group(0)


@pytest.mark.django_db(transaction=True)
def test_it_answers_the_same_for_known_and_unknown_addresses(client, member):
    known = client.post(RESET_URL, {"email": "max@example.org"}, follow=True)
    unknown = client.post(RESET_URL, {"email": "niemand@example.org"}, follow=True)

    assert known.redirect_chain == unknown.redirect_chain
    assert page_text(known) == page_text(unknown)
    assert "Wenn es zu dieser Adresse ein Konto gibt" in known.content.decode()
    # Only the owner of the known address gets a reset link.
    [reset, no_account] = mail.outbox
    assert reset.to == ["max@example.org"]
    assert reset.subject == "Neues Passwort festlegen"
    assert "/konto/password/reset/key/" in reset.body
    assert no_account.to == ["niemand@example.org"]
    assert "/konto/password/reset/key/" not in no_account.body


@pytest.mark.django_db(transaction=True)
def test_the_link_sets_a_new_password_once(client, member):
    client.post(RESET_URL, {"email": "max@example.org"})
    link = reset_link(mail.outbox[0])

    form_page = client.get(link, follow=True)
    assert "<h1>Neues Passwort festlegen</h1>" in form_page.content.decode()
    action = form_page.redirect_chain[-1][0]
    response = client.post(
        action, {"password1": "Neues-Wurmtal-Passwort-7", "password2": "Neues-Wurmtal-Passwort-7"}
    )

    assert response.status_code == 302
    member.refresh_from_db()
    assert member.check_password("Neues-Wurmtal-Passwort-7")
    again = client.get(link, follow=True).content.decode()
    assert "Dieser Link funktioniert nicht mehr." in again


@pytest.mark.django_db(transaction=True)
def test_the_new_password_must_pass_the_validators(client, member):
    client.post(RESET_URL, {"email": "max@example.org"})
    action = client.get(reset_link(mail.outbox[0]), follow=True).redirect_chain[-1][0]

    response = client.post(action, {"password1": "kurz", "password2": "kurz"})

    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_password1_error"' in html
    member.refresh_from_db()
    assert not member.check_password("kurz")


def test_a_forged_link_gives_a_clear_message(client, db):
    response = client.get("/konto/password/reset/key/zz-gefaelscht/", follow=True)

    assert response.status_code == 200
    assert "Dieser Link funktioniert nicht mehr." in response.content.decode()


def test_no_user_is_created_for_an_unknown_address(client, db):
    client.post(RESET_URL, {"email": "niemand@example.org"})

    assert not User.objects.filter(email="niemand@example.org").exists()
