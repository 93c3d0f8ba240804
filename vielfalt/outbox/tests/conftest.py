import smtplib

import pytest
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend

from vielfalt.outbox.models import Mail


class BrokenBackend(BaseEmailBackend):
    """A mail server that refuses every mail."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


class FlakyBackend(LocmemBackend):
    """Refuses while ``down`` is true, then delivers to ``mail.outbox``."""

    down = True

    def send_messages(self, email_messages):
        if FlakyBackend.down:
            raise ConnectionRefusedError(111, "Connection refused")
        return super().send_messages(email_messages)


@pytest.fixture
def broken_mail_server(settings):
    settings.EMAIL_BACKEND = "vielfalt.outbox.tests.conftest.BrokenBackend"


@pytest.fixture
def flaky_mail_server(settings):
    settings.EMAIL_BACKEND = "vielfalt.outbox.tests.conftest.FlakyBackend"
    FlakyBackend.down = True
    yield FlakyBackend
    FlakyBackend.down = True


def make_mail(**fields):
    defaults = {"to": "ayse@example.org", "subject": "Hallo", "body": "Text"}
    return Mail.objects.create(**{**defaults, **fields})
