"""The outbox's part of ``manage.py daily``: delete old mails, report failed ones."""

from __future__ import annotations

from typing import TextIO

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .models import Mail
from .retention import delete_old_mails


def run(stdout: TextIO) -> None:
    sent, failed = delete_old_mails()
    stdout.write(
        _("Postausgang: %(sent)d verschickte und %(failed)d fehlgeschlagene E-Mails gelöscht.")
        % {"sent": sent, "failed": failed}
        + "\n"
    )
    still_failed = Mail.objects.filter(state=Mail.State.FAILED).count()
    if still_failed:
        stdout.write(
            ngettext(
                "Postausgang: %(count)d E-Mail ist endgültig fehlgeschlagen "
                "(Verwaltung → E-Mails).",
                "Postausgang: %(count)d E-Mails sind endgültig fehlgeschlagen "
                "(Verwaltung → E-Mails).",
                still_failed,
            )
            % {"count": still_failed}
            + "\n"
        )
