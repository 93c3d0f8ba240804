"""How long the outbox keeps mails (they hold addresses and personal text)."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone

from .models import Mail


def delete_old_mails(now: datetime | None = None) -> tuple[int, int]:
    """Delete mails sent more than ``RETENTION_SENT_MAILS_DAYS`` ago and mails that
    failed for good and were queued more than ``RETENTION_FAILED_MAILS_DAYS`` ago.

    Returns (sent deleted, failed deleted). Mails still waiting are never deleted here.
    """
    now = now or timezone.now()
    sent, _ = Mail.objects.filter(
        state=Mail.State.SENT,
        sent_at__lt=now - timedelta(days=settings.RETENTION_SENT_MAILS_DAYS),
    ).delete()
    failed, _ = Mail.objects.filter(
        state=Mail.State.FAILED,
        created_at__lt=now - timedelta(days=settings.RETENTION_FAILED_MAILS_DAYS),
    ).delete()
    return sent, failed
