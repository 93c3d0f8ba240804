"""Two workers at once (cron's send_mail and the task queue) never send a mail twice."""

import threading
import time

import pytest
from django.core.mail.backends.base import BaseEmailBackend
from django.db import connection, connections
from django.utils import timezone

from vielfalt.outbox.models import Mail
from vielfalt.outbox.sending import send_due, send_one

MAILS = 40
delivered = []
lock = threading.Lock()


class SlowBackend(BaseEmailBackend):
    def send_messages(self, messages):
        time.sleep(0.01)
        with lock:
            delivered.extend(address for message in messages for address in message.to)
        return len(messages)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_parallel_workers_send_each_mail_once(settings):
    settings.EMAIL_BACKEND = "vielfalt.outbox.tests.test_parallel_workers.SlowBackend"
    delivered.clear()
    now = timezone.now()
    mails = Mail.objects.bulk_create(
        [
            Mail(to=f"p{n}@example.org", subject="Hallo", body="Text", next_attempt_at=now)
            for n in range(MAILS)
        ]
    )
    start = threading.Barrier(4)

    def batch_worker():
        start.wait()
        try:
            send_due(limit=5)
        finally:
            connections.close_all()

    def task_worker():
        start.wait()
        try:
            for mail in mails:
                send_one(mail.pk)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=t) for t in (batch_worker, batch_worker, task_worker, task_worker)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(delivered) == sorted(f"p{n}@example.org" for n in range(MAILS))
    assert Mail.objects.filter(state=Mail.State.SENT).count() == MAILS
    assert set(Mail.objects.values_list("attempts", flat=True)) == {1}
