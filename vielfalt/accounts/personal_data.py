"""Personal data of the accounts app: logins and sessions (see vielfalt.lib.personal_data)."""

import datetime
from importlib import import_module

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from vielfalt.lib.personal_data import Category, Subject


def erase(subject: Subject) -> int:
    """Delete the login; its e-mail addresses (allauth) and sessions become invalid with it."""
    user = subject.user
    if user is None or user.pk is None:
        return 0
    subject.note_erased(user)
    user.delete()
    return 1


def purge_sessions(now: datetime.datetime) -> int:
    """Delete expired sessions (Django's ``clearsessions``)."""
    engine = import_module(settings.SESSION_ENGINE)
    engine.SessionStore.clear_expired()
    return 0


def session_retention() -> str:
    days = settings.SESSION_COOKIE_AGE // 86400
    return ngettext(
        "Bis zur Abmeldung, höchstens %(days)d Tag; abgelaufene Sitzungen löscht der tägliche Lauf.",
        "Bis zur Abmeldung, höchstens %(days)d Tage; abgelaufene Sitzungen löscht der tägliche Lauf.",
        days,
    ) % {"days": days}


CATEGORIES = [
    Category(
        key="accounts.users",
        name=_("Benutzerkonten"),
        data=_(
            "E-Mail-Adresse, Name, Passwort (nur als Hash), Zeitpunkt von Anlage und "
            "letzter Anmeldung, Rechte"
        ),
        subjects=_("Mitwirkende mit Zugang, Koordinierende"),
        purpose=_("Anmeldung und Rechte für die Arbeit im Netzwerk"),
        legal_basis=_("Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 DSG NRW; Art. 32 DSGVO"),
        recipients=_("Koordinierungsstelle"),
        retention=lambda: _(
            "Bis die Koordination das Konto löscht (beim Verlassen des Netzwerks)."
        ),
        erase=erase,
    ),
    Category(
        key="accounts.sessions",
        name=_("Sitzungen (Sitzungs-Cookie)"),
        data=_("Sitzungskennung, angemeldetes Konto, Sprache, Formularzwischenstände"),
        subjects=_("Angemeldete Nutzende"),
        purpose=_("Angemeldet bleiben, Schutz vor gefälschten Formularen (CSRF)"),
        legal_basis=_(
            "§ 25 Abs. 2 Nr. 2 TDDDG (unbedingt erforderlich); Art. 6 Abs. 1 lit. e DSGVO"
        ),
        recipients=_("Niemand; nur der Server"),
        retention=session_retention,
        purge=purge_sessions,
    ),
]
