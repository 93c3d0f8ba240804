"""How long the outbox keeps mails (they hold addresses and personal text)."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone

from .models import Mail


def delete_old_mails(now: datetime | None = None) -> tuple[int, int]:
    """Delete sent mails after ``OUTBOX_KEEP_SENT_DAYS`` and failed ones after
    ``OUTBOX_KEEP_FAILED_DAYS`` (counted from when they were queued).

    Returns (sent deleted, failed deleted). Queued mails are never deleted here.
    """
    now = now or timezone.now()
    sent, _ = Mail.objects.filter(
        state=Mail.State.SENT,
        created_at__lt=now - timedelta(days=settings.OUTBOX_KEEP_SENT_DAYS),
    ).delete()
    failed, _ = Mail.objects.filter(
        state=Mail.State.FAILED,
        created_at__lt=now - timedelta(days=settings.OUTBOX_KEEP_FAILED_DAYS),
    ).delete()
    return sent, failed
