"""The outbox's personal data: every mail with its recipient, subject and text."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from vielfalt.lib.personal_data import Category, Subject

from .models import Mail
from .retention import delete_old_mails


def erase_mails(subject: Subject) -> int:
    """Delete every mail to any of the subject's addresses, whatever its state."""
    count = 0
    for email in subject.emails:
        mails = list(Mail.objects.to_address(email))
        subject.note_erased(mails)
        count += Mail.objects.filter(pk__in=[m.pk for m in mails]).delete()[0]
    return count


def purge_mails(now: datetime.datetime) -> int:
    sent, failed = delete_old_mails(now)
    return sent + failed


def _mail_retention() -> str:
    sent = settings.RETENTION_SENT_MAILS_DAYS
    failed = settings.RETENTION_FAILED_MAILS_DAYS
    return " ".join(
        [
            ngettext(
                "Gelöscht %(days)d Tag nach dem Versand.",
                "Gelöscht %(days)d Tage nach dem Versand.",
                sent,
            )
            % {"days": sent},
            ngettext(
                "Nicht zustellbare Mails: %(days)d Tag nach dem Eingang in die Warteschlange.",
                "Nicht zustellbare Mails: %(days)d Tage nach dem Eingang in die Warteschlange.",
                failed,
            )
            % {"days": failed},
        ]
    )


CATEGORIES = [
    Category(
        key="outbox.mails",
        name=_("Versendete E-Mails"),
        data=_("Empfängeradresse, Betreff und Text der Mail, Zeitpunkt und Ergebnis des Versands"),
        subjects=_("Empfängerinnen und Empfänger von Mails der Website"),
        purpose=_("Mails zuverlässig zustellen und fehlgeschlagene erneut senden"),
        legal_basis=_("Art. 6 Abs. 1 lit. e DSGVO; bei Anfragen Art. 6 Abs. 1 lit. a DSGVO"),
        recipients=_("Der beauftragte E-Mail-Dienst (Auftragsverarbeitung, Art. 28 DSGVO)"),
        retention=_mail_retention,
        erase=erase_mails,
        purge=purge_mails,
    )
]
