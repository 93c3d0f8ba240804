from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from vielfalt.outbox.mail import queue_message
from vielfalt.outbox.models import Mail
from vielfalt.outbox.sending import BACKOFF, MAX_ATTEMPTS, claim, send_due, send_one

from .conftest import make_mail

pytestmark = pytest.mark.django_db


def test_failures_are_retried_with_growing_delays_for_more_than_a_day(broken_mail_server):
    mail = make_mail(next_attempt_at=timezone.now())
    delays = []
    for _ in range(MAX_ATTEMPTS - 1):
        before = timezone.now()
        send_one(mail.pk)
        mail.refresh_from_db()
        assert mail.state == Mail.State.QUEUED
        delays.append(mail.next_attempt_at - before)
        Mail.objects.filter(pk=mail.pk).update(next_attempt_at=timezone.now())

    expected = [timedelta(minutes=m) for m in (1, 5, 30, 120, 360, 720, 1440)]
    assert [round(d.total_seconds() / 60) for d in delays] == [
        round(e.total_seconds() / 60) for e in expected
    ]
    assert sum(BACKOFF, timedelta()) > timedelta(days=1)

    send_one(mail.pk)  # the last try
    mail.refresh_from_db()
    assert mail.state == Mail.State.FAILED
    assert mail.attempts == MAX_ATTEMPTS
    assert mail.next_attempt_at is None
    assert "SMTPServerDisconnected" in mail.last_error
    # A failed mail is not tried again by itself.
    assert send_due(now=timezone.now() + timedelta(days=30)).sent == 0


def test_send_mail_sends_what_is_due_and_leaves_the_rest(flaky_mail_server, mailoutbox):
    now = timezone.now()
    due = make_mail(to="due@example.org", next_attempt_at=now - timedelta(seconds=1))
    later = make_mail(to="later@example.org", next_attempt_at=now + timedelta(minutes=5))
    flaky_mail_server.down = False

    call_command("send_mail")

    assert [m.to for m in mailoutbox] == [["due@example.org"]]
    due.refresh_from_db()
    later.refresh_from_db()
    assert due.state == Mail.State.SENT
    assert later.state == Mail.State.QUEUED


def test_a_mail_is_claimed_by_one_worker_only():
    mail = make_mail(next_attempt_at=timezone.now())
    assert claim(mail.pk)
    assert not claim(mail.pk)  # a second worker finds it taken
    mail.refresh_from_db()
    assert mail.state == Mail.State.SENDING
    assert mail.attempts == 1


def test_a_mail_abandoned_while_sending_is_tried_again(mailoutbox):
    # A worker that died after claiming: after a quarter of an hour the mail is due again.
    make_mail(
        state=Mail.State.SENDING,
        attempts=1,
        claimed_at=timezone.now() - timedelta(minutes=16),
        next_attempt_at=timezone.now() - timedelta(minutes=16),
    )
    make_mail(to="busy@example.org", state=Mail.State.SENDING, claimed_at=timezone.now())
    assert send_due().sent == 1
    assert [m.to for m in mailoutbox] == [["ayse@example.org"]]


@override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}})
def test_a_backend_that_can_wait_gets_the_retry_as_a_deferred_task(
    broken_mail_server, django_capture_on_commit_callbacks
):
    # With the database task backend the retry wakes itself (run_after); no cron needed.
    from django_tasks import default_task_backend

    default_task_backend.clear()
    with django_capture_on_commit_callbacks(execute=True):
        (mail,) = queue_message("Hallo", "Text", ["ayse@example.org"])
    (first,) = default_task_backend.results
    assert first.task.run_after is None
    assert first.args == [mail.pk]

    send_one(mail.pk)  # what the worker does with the first task
    mail.refresh_from_db()
    retry = default_task_backend.results[-1]
    assert retry.args == [mail.pk]
    assert retry.task.run_after == mail.next_attempt_at


def test_an_enqueue_that_fails_leaves_the_mail_for_send_mail(
    monkeypatch, django_capture_on_commit_callbacks, mailoutbox
):
    from vielfalt.outbox import tasks

    class UnavailableQueue:
        def enqueue(self, *args, **kwargs):
            raise RuntimeError("task queue unavailable")

    monkeypatch.setattr(tasks, "send_mail_task", UnavailableQueue())
    with django_capture_on_commit_callbacks(execute=True):
        queue_message("Hallo", "Text", ["ayse@example.org"])
    assert mailoutbox == []
    assert Mail.objects.get().state == Mail.State.QUEUED

    call_command("send_mail")
    assert [m.to for m in mailoutbox] == [["ayse@example.org"]]


@pytest.mark.django_db(transaction=True)
@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_with_the_database_queue_db_worker_sends_and_schedules_the_retry(flaky_mail_server):
    from django_tasks_db.models import DBTaskResult

    (mail,) = queue_message("Hallo", "Text", ["ayse@example.org"])
    assert DBTaskResult.objects.count() == 1  # enqueued on commit, nothing sent yet

    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    mail.refresh_from_db()
    assert mail.state == Mail.State.QUEUED
    assert mail.attempts == 1
    retry = DBTaskResult.objects.filter(status="READY").get()
    assert retry.run_after == mail.next_attempt_at  # the worker wakes it when due

    # When it is due, the worker delivers it; nothing else is left to run.
    flaky_mail_server.down = False
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    Mail.objects.filter(pk=mail.pk).update(next_attempt_at=timezone.now())
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    mail.refresh_from_db()
    assert mail.state == Mail.State.SENT
    assert not DBTaskResult.objects.filter(status="READY").exists()
