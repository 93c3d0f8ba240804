"""A real SMTP server (aiosmtpd in the test process) is down, then comes up:
every queued mail is delivered exactly once."""

import socket
from datetime import timedelta

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.utils import timezone

from vielfalt.outbox.mail import queue_message
from vielfalt.outbox.models import Mail
from vielfalt.outbox.tasks import send_mail_task

MAILS = 12

pytestmark = pytest.mark.django_db


class Recorder:
    def __init__(self):
        self.received = []

    async def handle_DATA(self, server, session, envelope):
        self.received.append((tuple(envelope.rcpt_tos), envelope.content))
        return "250 OK"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp(settings):
    port = free_port()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 5
    recorder = Recorder()
    controller = Controller(recorder, hostname="127.0.0.1", port=port)
    yield controller, recorder
    if getattr(controller, "_thread", None) is not None:
        controller.stop()


def time_passes(delta):
    """Move every pending retry ``delta`` closer (instead of waiting)."""
    for mail in Mail.objects.filter(next_attempt_at__isnull=False):
        Mail.objects.filter(pk=mail.pk).update(next_attempt_at=mail.next_attempt_at - delta)


def test_mails_survive_an_outage_and_arrive_exactly_once(
    smtp, django_capture_on_commit_callbacks, capsys
):
    controller, recorder = smtp

    # The server is down: each mail is tried at once after the commit and fails.
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(MAILS):
            queue_message(f"Nachricht {n}", f"Text {n}", [f"person{n}@example.org"])
    mails = list(Mail.objects.all())
    assert len(mails) == MAILS
    for mail in mails:
        assert mail.state == Mail.State.QUEUED
        assert mail.attempts == 1
        assert "ConnectionRefusedError" in mail.last_error
        assert mail.next_attempt_at > timezone.now()

    # Still down a minute later: the retry fails too and waits longer.
    time_passes(timedelta(minutes=1))
    call_command("send_mail")
    assert set(Mail.objects.values_list("attempts", flat=True)) == {2}
    assert all(
        mail.next_attempt_at > timezone.now() + timedelta(minutes=4) for mail in Mail.objects.all()
    )

    # The server comes up. Nothing is due yet, so nothing is sent early.
    controller.start()
    call_command("send_mail")
    assert recorder.received == []

    # Once the retry is due, `manage.py send_mail` delivers every mail.
    time_passes(timedelta(minutes=5))
    call_command("send_mail")
    assert "12 verschickt" in capsys.readouterr().out
    # Further runs and stray tasks send nothing again.
    call_command("send_mail")
    time_passes(timedelta(days=3))
    call_command("send_mail")
    for mail in mails:
        send_mail_task.enqueue(mail.pk)

    delivered = sorted(rcpt for rcpt, _content in recorder.received)
    assert delivered == sorted((f"person{n}@example.org",) for n in range(MAILS))
    assert len(recorder.received) == MAILS  # exactly once each
    assert set(Mail.objects.values_list("state", flat=True)) == {Mail.State.SENT}
    assert set(Mail.objects.values_list("last_error", flat=True)) == {""}
