"""Every mail of the site is stored in the outbox: allauth's, invitations, the join flow."""

import pytest
from django.core.management import call_command

from vielfalt.accounts.invitations import invite
from vielfalt.network.models import Person
from vielfalt.outbox.models import Mail

from .conftest import FlakyBackend


@pytest.mark.django_db(transaction=True)
def test_a_password_reset_mail_is_kept_while_the_server_is_down(
    client, member, flaky_mail_server, mailoutbox
):
    response = client.post("/konto/password/reset/", {"email": "max@example.org"})
    assert response.status_code == 302  # the page does not break

    mail = Mail.objects.to_address("max@example.org").get()
    assert mail.state == Mail.State.QUEUED
    assert mail.subject == "Neues Passwort festlegen"
    assert mail.language == "de"

    FlakyBackend.down = False
    Mail.objects.update(next_attempt_at=mail.created_at)
    call_command("send_mail", verbosity=0)
    assert [m.to for m in mailoutbox] == [["max@example.org"]]
    assert "/konto/password/reset/key/" in mailoutbox[0].body


@pytest.mark.django_db(transaction=True)
def test_an_invitation_is_stored_in_the_outbox(organisation, flaky_mail_server):
    person = Person.objects.create(
        name="Ayşe Yılmaz", email="ayse@example.org", organisation=organisation
    )
    invite(person)
    mail = Mail.objects.to_address("ayse@example.org").get()
    assert mail.state == Mail.State.QUEUED
    assert "ConnectionRefusedError" in mail.last_error
