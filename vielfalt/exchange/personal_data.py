"""Personal data of the exchange app: who uploaded an import (see vielfalt.lib.personal_data)."""

import datetime

from django.utils.translation import gettext_lazy as _

from vielfalt.lib.personal_data import Category, Subject

from . import pending
from .models import ImportJob


def erase(subject: Subject) -> int:
    """Delete the subject's import jobs and the files they left behind."""
    if subject.user is None:
        return 0
    jobs = list(ImportJob.objects.filter(user=subject.user))
    for job in jobs:
        pending.remove(job.token)
    subject.note_erased(jobs)
    ImportJob.objects.filter(pk__in=[job.pk for job in jobs]).delete()
    return len(jobs)


def purge(now: datetime.datetime) -> int:
    """Delete import jobs older than ImportJob.KEEP_FOR."""
    deleted, _per_model = ImportJob.objects.filter(created__lt=now - ImportJob.KEEP_FOR).delete()
    return deleted


CATEGORIES = [
    Category(
        key="exchange.import_jobs",
        name=_("Importe von Angeboten"),
        data=_(
            "Wer eine Datei hochgeladen hat, ihr Name und das Ergebnis der Prüfung; die "
            "Datei selbst (mit den Ansprechpersonen der Angebote) bis zum Import"
        ),
        subjects=_("Koordinatorinnen und Koordinatoren"),
        purpose=_("Einen Import prüfen, ausführen und seinen Fortschritt zeigen"),
        legal_basis=_("Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 DSG NRW"),
        recipients=_("Die Person, die hochgeladen hat"),
        retention=lambda: _(
            "Die Datei bis zum Import, höchstens eine Stunde; der Eintrag sieben Tage."
        ),
        erase=erase,
        purge=purge,
    )
]
