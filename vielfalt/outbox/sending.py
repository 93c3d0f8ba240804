"""Sending what the outbox holds: claim a mail, try it, record the outcome.

A mail is claimed before it is sent, so that two workers (the task enqueued
on commit, ``manage.py send_mail`` from cron, a deferred retry) never send
the same mail twice: on PostgreSQL a batch is locked with
``SELECT … FOR UPDATE SKIP LOCKED``; elsewhere (SQLite) each row is claimed
by a conditional UPDATE that only one worker can win.

A failed try is retried after 1 min, 5 min, 30 min, 2 h, 6 h, 12 h and 24 h
(about 45 hours in all); after the last one the mail is marked failed and
waits in the back office for "erneut senden".
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from .models import Mail, MailQuerySet

logger = logging.getLogger(__name__)

BACKOFF = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=6),
    timedelta(hours=12),
    timedelta(hours=24),
)
MAX_ATTEMPTS = len(BACKOFF) + 1  # the first try and one per back-off step


@dataclass
class SendResult:
    sent: int = 0
    retry: int = 0
    failed: int = 0

    def __add__(self, other: SendResult) -> SendResult:
        return SendResult(
            self.sent + other.sent, self.retry + other.retry, self.failed + other.failed
        )


def claim(mail_id: int, now: datetime | None = None) -> bool:
    """Take one due mail for sending; False when it is not due or another worker has it."""
    now = now or timezone.now()
    return bool(
        Mail.objects.due(now)
        .filter(pk=mail_id)
        .update(state=Mail.State.SENDING, claimed_at=now, attempts=F("attempts") + 1)
    )


def claim_due(now: datetime | None = None, limit: int = 100) -> list[int]:
    """Claim up to ``limit`` due mails at once and return their ids."""
    now = now or timezone.now()
    due = Mail.objects.due(now).order_by("pk")
    if connection.features.has_select_for_update_skip_locked:
        with transaction.atomic():
            ids = list(due.select_for_update(skip_locked=True).values_list("pk", flat=True)[:limit])
            Mail.objects.filter(pk__in=ids).update(
                state=Mail.State.SENDING, claimed_at=now, attempts=F("attempts") + 1
            )
        return ids
    return [pk for pk in due.values_list("pk", flat=True)[:limit] if claim(pk, now)]


def _message(mail: Mail, connection: BaseEmailBackend | None = None) -> EmailMessage:
    return EmailMessage(
        subject=mail.subject,
        body=mail.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[mail.to],
        reply_to=mail.reply_to_list or None,
        connection=connection,
    )


def _send_claimed(mail: Mail, connection: BaseEmailBackend | None = None) -> SendResult:
    now = timezone.now()
    try:
        _message(mail, connection).send(fail_silently=False)
    except Exception as error:  # noqa: BLE001 - any failure of the mail server is retried
        return _record_failure(mail, error, now)
    Mail.objects.filter(pk=mail.pk).update(
        state=Mail.State.SENT, sent_at=now, next_attempt_at=None, last_error=""
    )
    return SendResult(sent=1)


def _record_failure(mail: Mail, error: Exception, now: datetime) -> SendResult:
    text = f"{type(error).__name__}: {error}"[:2000]
    if mail.attempts >= MAX_ATTEMPTS:
        Mail.objects.filter(pk=mail.pk).update(
            state=Mail.State.FAILED, next_attempt_at=None, last_error=text
        )
        logger.error("Mail %s to %s failed for good: %s", mail.pk, mail.to, text)
        return SendResult(failed=1)
    next_attempt = now + BACKOFF[mail.attempts - 1]
    Mail.objects.filter(pk=mail.pk).update(
        state=Mail.State.QUEUED, next_attempt_at=next_attempt, last_error=text
    )
    logger.warning("Mail %s to %s not sent (try %s): %s", mail.pk, mail.to, mail.attempts, text)
    schedule(mail.pk, run_after=next_attempt)
    return SendResult(retry=1)


def send_one(mail_id: int) -> SendResult:
    """Try one mail now if it is due and nobody else has it."""
    if not claim(mail_id):
        return SendResult()
    return _send_claimed(Mail.objects.get(pk=mail_id))


def send_due(now: datetime | None = None, limit: int = 100) -> SendResult:
    """Send every mail that is due, ``limit`` at a time, over one SMTP connection per batch."""
    total = SendResult()
    while ids := claim_due(now, limit):
        mails = Mail.objects.filter(pk__in=ids).order_by("pk")
        smtp = get_connection()
        try:
            smtp.open()
        except Exception as error:  # noqa: BLE001 - the server is down: every mail is retried
            failure_time = timezone.now()
            for mail in mails:
                total += _record_failure(mail, error, failure_time)
            continue
        try:
            for mail in mails:
                total += _send_claimed(mail, smtp)
        finally:
            try:
                smtp.close()
            except Exception:  # noqa: BLE001 - a broken close does not undo what was sent
                logger.warning("Closing the mail connection failed.", exc_info=True)
    return total


def schedule(mail_id: int, run_after: datetime | None = None) -> None:
    """Ask the task queue to try a mail (now, or at ``run_after`` where the backend can wait).

    Never raises: a mail the queue does not take stays due, and ``manage.py
    send_mail`` sends it.
    """
    from .tasks import send_mail_task

    try:
        if run_after is None:
            send_mail_task.enqueue(mail_id)
        elif send_mail_task.get_backend().supports_defer:
            send_mail_task.using(run_after=run_after).enqueue(mail_id)
    except Exception:  # noqa: BLE001 - the mail stays queued for manage.py send_mail
        logger.warning(
            "Could not enqueue mail %s; manage.py send_mail will.", mail_id, exc_info=True
        )


def retry(queryset: MailQuerySet) -> int:
    """Put failed or waiting mails back in the queue for an immediate, fresh try."""
    now = timezone.now()
    ids = list(
        queryset.filter(state__in=[Mail.State.FAILED, Mail.State.QUEUED]).values_list(
            "pk", flat=True
        )
    )
    Mail.objects.filter(pk__in=ids).update(state=Mail.State.QUEUED, attempts=0, next_attempt_at=now)
    for mail_id in ids:
        transaction.on_commit(partial(schedule, mail_id))
    return len(ids)
