"""The outbox's part of ``manage.py daily``: point at mails that failed for good.

Deleting old mails is a retention job (``personal_data.purge_mails``), which
``manage.py daily`` runs with all the others.
"""

from __future__ import annotations

from typing import TextIO

from django.utils.translation import ngettext

from .models import Mail


def run(stdout: TextIO) -> None:
    failed = Mail.objects.filter(state=Mail.State.FAILED).count()
    if failed:
        stdout.write(
            ngettext(
                "Postausgang: %(count)d E-Mail ist endgültig fehlgeschlagen "
                "(Verwaltung → E-Mails).",
                "Postausgang: %(count)d E-Mails sind endgültig fehlgeschlagen "
                "(Verwaltung → E-Mails).",
                failed,
            )
            % {"count": failed}
            + "\n"
        )
