"""Personal data of the events app: registrations (see vielfalt.lib.personal_data)."""

from __future__ import annotations

import datetime
from datetime import timedelta

from django.utils.translation import gettext_lazy as _

from vielfalt.lib.personal_data import Category, Subject

from .models import Registration

# Registrations are kept two years after the event (evidence for funders, invitations to
# the next meeting), then deleted; the needs go the day after the event (daily.py).
RETENTION = timedelta(days=730)


def erase(subject: Subject) -> int:
    registrations = list(Registration.objects.filter(subject.by_address("email", "person")))
    subject.names.update(r.name for r in registrations if r.name)
    subject.note_erased(registrations)
    Registration.objects.filter(pk__in=[r.pk for r in registrations]).delete()
    return len(registrations)


def export(subject: Subject) -> list[dict[str, object]]:
    """Registrations under the subject's addresses, with the event they are for."""
    registrations = Registration.objects.filter(subject.by_address("email", "person"))
    return [
        {
            "event": registration.event.title,
            "starts_at": registration.event.starts_at,
            "name": registration.name,
            "email": registration.email,
            "organisation": registration.organisation_name,
            "needs": registration.needs,
            "status": registration.status,
            "attended": registration.attended,
            "registered_at": registration.created,
            "cancelled_at": registration.cancelled_at,
            "consent": registration.consent_text,
            "consent_given_at": registration.consent_given_at,
        }
        for registration in registrations.select_related("event").order_by("created")
    ]


def purge(now: datetime.datetime) -> int:
    deleted, _rows = Registration.objects.filter(event__ends_at__lt=now - RETENTION).delete()
    return deleted


CATEGORIES = [
    Category(
        key="events.registrations",
        name=_("Anmeldungen zu Veranstaltungen"),
        data=_(
            "Name, E-Mail-Adresse, Organisation, Forumswünsche, Angaben zu Barrierefreiheit "
            "oder Ernährung, Status (angemeldet, Warteliste, abgemeldet), Anwesenheit, "
            "Sprache, Wortlaut und Zeitpunkt der Einwilligung"
        ),
        subjects=_("Personen, die sich zu Veranstaltungen des Netzwerks anmelden"),
        purpose=_(
            "Veranstaltungen organisieren (Plätze, Warteliste, Einlass, Nachrichten an die "
            "Teilnehmenden) und nach dem Auftakt die Foren zusammenstellen"
        ),
        legal_basis=_("Einwilligung, Art. 6 Abs. 1 lit. a DSGVO"),
        recipients=_("Koordinierungsstelle; die Organisierenden der Veranstaltung"),
        retention=lambda: _(
            "Angaben zu Barrierefreiheit und Ernährung: gelöscht am Tag nach der "
            "Veranstaltung. Übrige Angaben: gelöscht zwei Jahre nach der Veranstaltung."
        ),
        erase=erase,
        purge=purge,
        export=export,
    )
]
