import re
from datetime import timedelta
from unittest import mock
from urllib.parse import urlsplit

import pytest
from django.core import mail

from vielfalt.accounts.invitations import (
    INVITATION_VALID_DAYS,
    InvitationError,
    invitation_tokens,
    invite,
)
from vielfalt.accounts.models import User
from vielfalt.network.models import Person

NEW_PASSWORD = "Bissen-Maibaum-2025"


@pytest.fixture
def newcomer(db, organisation):
    return Person.objects.create(
        name="Ayşe Yılmaz", email="Ayse@Example.org", organisation=organisation
    )


def invite_and_get_link(person, capture):
    with capture(execute=True):
        invite(person)
    link = re.search(r"https?://\S+", mail.outbox[-1].body).group(0)
    return urlsplit(link).path


def test_invite_creates_a_user_without_password_and_mails_a_link(
    newcomer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        invitation = invite(newcomer)

    newcomer.refresh_from_db()
    assert invitation.created_user
    assert newcomer.user.email == "ayse@example.org"
    assert newcomer.user.name == "Ayşe Yılmaz"
    assert not newcomer.user.has_usable_password()
    [message] = mail.outbox
    assert message.to == ["ayse@example.org"]
    assert "Ihr Zugang zu" in message.subject
    assert "Guten Tag Ayşe Yılmaz" in message.body
    assert f"{INVITATION_VALID_DAYS} Tage" in message.body
    assert "/konto/einladung/" in message.body


def test_invite_links_an_existing_user_with_the_same_address(newcomer):
    user = User.objects.create_user("ayse@example.org")

    invite(newcomer)

    newcomer.refresh_from_db()
    assert newcomer.user == user
    assert User.objects.count() == 1


def test_invite_refuses_a_person_without_email(organisation):
    person = Person.objects.create(name="Ohne Adresse")

    with pytest.raises(InvitationError, match="hat keine E-Mail-Adresse"):
        invite(person)

    assert User.objects.count() == 0


def test_invite_refuses_someone_who_already_has_a_password(member):
    with pytest.raises(InvitationError, match="hat schon ein Passwort"):
        invite(member.person)

    assert mail.outbox == []


def test_invite_refuses_an_address_that_belongs_to_another_person(newcomer, member):
    newcomer.email = "max@example.org"  # the member's login
    # The unique constraint on Person.email only guards people, not logins.
    Person.objects.filter(pk=member.person.pk).update(email="max.privat@example.org")

    with pytest.raises(InvitationError, match="gehört schon zum Konto einer anderen Person"):
        invite(newcomer)


def test_the_link_shows_a_form_to_set_the_password(
    client, newcomer, django_capture_on_commit_callbacks
):
    link = invite_and_get_link(newcomer, django_capture_on_commit_callbacks)

    response = client.get(link)

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Einladung annehmen</h1>" in html
    assert "ayse@example.org" in html
    assert '<label for="id_password1">Passwort' in html
    assert 'value="Ayşe Yılmaz"' in html


def test_accepting_sets_the_password_and_logs_in(
    client, newcomer, django_capture_on_commit_callbacks
):
    link = invite_and_get_link(newcomer, django_capture_on_commit_callbacks)

    response = client.post(
        link, {"name": "Ayşe Y.", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    )

    assert response.status_code == 302
    assert response["Location"] == "/konto/start/"
    user = User.objects.get(email="ayse@example.org")
    assert user.check_password(NEW_PASSWORD)
    assert user.password.startswith("argon2$")
    assert user.name == "Ayşe Y."
    assert int(client.session["_auth_user_id"]) == user.pk


def test_the_link_dies_once_the_password_is_set(
    client, newcomer, django_capture_on_commit_callbacks
):
    link = invite_and_get_link(newcomer, django_capture_on_commit_callbacks)
    client.post(link, {"name": "Ayşe", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    client.logout()

    replay = client.post(
        link,
        {"name": "Mallory", "password1": "Anderes-Passwort-99", "password2": "Anderes-Passwort-99"},
    )

    assert replay.status_code == 400
    assert "Diese Einladung gilt nicht mehr" in replay.content.decode()
    user = User.objects.get(email="ayse@example.org")
    assert user.check_password(NEW_PASSWORD)
    assert user.name == "Ayşe"


def test_an_expired_link_is_refused(client, newcomer, django_capture_on_commit_callbacks):
    link = invite_and_get_link(newcomer, django_capture_on_commit_callbacks)
    later = invitation_tokens._now() + timedelta(days=INVITATION_VALID_DAYS, hours=1)

    with mock.patch.object(invitation_tokens, "_now", return_value=later):
        response = client.get(link)

    assert response.status_code == 400
    assert "Diese Einladung gilt nicht mehr" in response.content.decode()


def test_a_link_within_its_lifetime_works(client, newcomer, django_capture_on_commit_callbacks):
    link = invite_and_get_link(newcomer, django_capture_on_commit_callbacks)
    later = invitation_tokens._now() + timedelta(days=INVITATION_VALID_DAYS - 1)

    with mock.patch.object(invitation_tokens, "_now", return_value=later):
        response = client.get(link)

    assert response.status_code == 200
    html = response.content.decode()
    assert '<label for="id_password1">Passwort' in html
    assert "Diese Einladung gilt nicht mehr" not in html


@pytest.mark.parametrize(
    "path",
    [
        "/konto/einladung/MQ/abc-def/",
        "/konto/einladung/%%%/abc-def/",
        "/konto/einladung/OTk5OTk5/cz1234-0123456789abcdef/",
        "/konto/einladung/MQ/zzzzzzzzzzzzzzzzzzzzzz-1/",
        "/konto/einladung/_w/x/",
    ],
)
def test_a_forged_link_gives_a_friendly_400(client, newcomer, path):
    response = client.get(path)

    assert response.status_code == 400
    assert "Diese Einladung gilt nicht mehr" in response.content.decode()


def test_a_password_reset_token_is_no_invitation(client, newcomer):
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    invite(newcomer)
    user = User.objects.get(email="ayse@example.org")
    uid = urlsafe_base64_encode(force_bytes(user.pk))

    response = client.get(f"/konto/einladung/{uid}/{default_token_generator.make_token(user)}/")

    assert response.status_code == 400
    html = response.content.decode()
    assert "Diese Einladung gilt nicht mehr" in html
    assert 'name="password1"' not in html


def test_a_short_password_is_refused_and_the_name_is_kept(
    client, newcomer, django_capture_on_commit_callbacks
):
    link = invite_and_get_link(newcomer, django_capture_on_commit_callbacks)

    response = client.post(
        link, {"name": "Ayşe aus Morsbach", "password1": "Kurz-1", "password2": "Kurz-1"}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_password1_error"' in html
    assert 'aria-describedby="id_password1_helptext id_password1_error"' in html
    assert 'value="Ayşe aus Morsbach"' in html
    assert "Kurz-1" not in html
    assert not User.objects.get(email="ayse@example.org").has_usable_password()
    assert "_auth_user_id" not in client.session


def test_a_common_password_is_refused(client, newcomer, django_capture_on_commit_callbacks):
    link = invite_and_get_link(newcomer, django_capture_on_commit_callbacks)

    response = client.post(
        link, {"name": "Ayşe", "password1": "qwertyuiop12", "password2": "qwertyuiop12"}
    )

    assert response.status_code == 200
    assert 'id="id_password1_error"' in response.content.decode()
    assert not User.objects.get(email="ayse@example.org").has_usable_password()


def test_two_different_passwords_are_refused(client, newcomer, django_capture_on_commit_callbacks):
    link = invite_and_get_link(newcomer, django_capture_on_commit_callbacks)

    response = client.post(
        link, {"name": "Ayşe", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD + "x"}
    )

    assert "Die beiden Passwörter sind nicht gleich." in response.content.decode()
    assert not User.objects.get(email="ayse@example.org").has_usable_password()


def test_invite_refuses_a_deactivated_account(newcomer):
    newcomer.user = User.objects.create_user("ayse@example.org", is_active=False)
    newcomer.save()

    with pytest.raises(InvitationError, match="ist gesperrt"):
        invite(newcomer)

    assert mail.outbox == []


def test_inviting_again_sends_a_new_working_link(
    client, newcomer, django_capture_on_commit_callbacks
):
    first = invite_and_get_link(newcomer, django_capture_on_commit_callbacks)
    second = invite_and_get_link(newcomer, django_capture_on_commit_callbacks)

    assert User.objects.count() == 1
    assert client.get(second).status_code == 200
    assert client.get(first).status_code == 200  # both stay valid until a password is set
