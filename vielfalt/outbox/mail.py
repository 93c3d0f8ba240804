"""Queue mail: rendered at once, stored in the outbox, sent after the commit.

The ``Mail`` rows are written in the caller's transaction, so a change that
is rolled back leaves no mail behind, and a mail whose sending fails is kept
and retried (see ``sending``). Each recipient gets a mail of their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import Mail
from .sending import schedule


def queue_message(
    subject: str,
    body: str,
    recipients: Iterable[str],
    *,
    language: str | None = None,
    reply_to: Iterable[str] | None = None,
) -> list[Mail]:
    """Store a ready mail for each recipient and have it sent after the commit."""
    addresses = list(dict.fromkeys(r.strip() for r in recipients if r and r.strip()))
    if not addresses:
        return []
    now = timezone.now()
    mails = Mail.objects.bulk_create(
        [
            Mail(
                to=address,
                subject=" ".join(subject.split())[:998],
                body=body,
                reply_to=",".join(r for r in (reply_to or []) if r),
                language=language or translation.get_language() or settings.LANGUAGE_CODE,
                next_attempt_at=now,
                created_at=now,
            )
            for address in addresses
        ]
    )
    ids = [mail.pk for mail in mails]
    if None in ids:  # a backend that does not return ids from bulk_create
        ids = list(
            Mail.objects.filter(created_at=now, to__in=addresses).values_list("pk", flat=True)
        )

    def send_now() -> None:
        for mail_id in ids:
            schedule(mail_id)

    transaction.on_commit(send_now)
    return mails


def queue_mail(
    template_prefix: str,
    context: Mapping[str, Any],
    recipients: Iterable[str],
    language: str | None = None,
    reply_to: Iterable[str] | None = None,
) -> list[Mail]:
    """Render ``<prefix>_subject.txt`` and ``<prefix>_body.txt`` and queue the mail.

    ``language`` renders the mail in the recipient's language (default: active one).
    """
    recipients = [r for r in recipients if r]
    if not recipients:
        return []
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "SITE_NAME": settings.SITE_NAME,
            "SITE_TOWN": settings.SITE_TOWN,
            "SITE_URL": settings.SITE_URL,
            **context,
        }
        subject = render_to_string(f"{template_prefix}_subject.txt", context)
        body = render_to_string(f"{template_prefix}_body.txt", context)
    return queue_message(subject, body, recipients, language=language, reply_to=reply_to)
