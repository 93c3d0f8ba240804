"""The outbox: every mail of the site, written in the transaction that causes it."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# A mail still "sending" this long after it was claimed belongs to a worker that died.
STALE_CLAIM = timedelta(minutes=15)


class MailQuerySet(models.QuerySet["Mail"]):
    def to_address(self, email: str) -> MailQuerySet:
        """Every mail to ``email`` (case-insensitive), for a person's data export or erasure."""
        return self.filter(to__iexact=email.strip())

    def due(self, now: datetime | None = None) -> MailQuerySet:
        """Mails a worker may try now: queued and due, or abandoned while sending."""
        now = now or timezone.now()
        return self.filter(
            Q(state=Mail.State.QUEUED, next_attempt_at__lte=now)
            | Q(state=Mail.State.SENDING, claimed_at__lt=now - STALE_CLAIM)
        )


class Mail(models.Model):
    class State(models.TextChoices):
        QUEUED = "queued", _("wartet auf Versand")
        SENDING = "sending", _("wird gerade gesendet")
        SENT = "sent", _("verschickt")
        FAILED = "failed", _("fehlgeschlagen")

    to = models.EmailField(_("An"), db_index=True)
    reply_to = models.CharField(_("Antwort an"), max_length=2000, blank=True)
    subject = models.CharField(_("Betreff"), max_length=998)
    body = models.TextField(_("Text"))
    language = models.CharField(_("Sprache"), max_length=10, blank=True)
    state = models.CharField(
        _("Zustand"), max_length=10, choices=State.choices, default=State.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("Versuche"), default=0)
    next_attempt_at = models.DateTimeField(_("nächster Versuch"), null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_error = models.TextField(_("letzter Fehler"), blank=True)
    created_at = models.DateTimeField(_("angelegt"), default=timezone.now, db_index=True)
    sent_at = models.DateTimeField(_("verschickt am"), null=True, blank=True)

    objects = MailQuerySet.as_manager()

    class Meta:
        verbose_name = _("E-Mail")
        verbose_name_plural = _("E-Mails")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["state", "next_attempt_at"], name="outbox_mail_due")]

    def __str__(self) -> str:
        return f"{self.to}: {self.subject}"

    @property
    def reply_to_list(self) -> list[str]:
        return [address for address in self.reply_to.split(",") if address]
