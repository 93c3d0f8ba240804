"""Personal data of the forums app: memberships and requests to join
(see vielfalt.lib.personal_data)."""

import datetime
from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from vielfalt.lib.personal_data import Category, Subject

from .models import ForumMembership, ForumMembershipRequest, Pledge


def erase(subject: Subject) -> int:
    """Delete the person's memberships (deleting the person would cascade to them anyway)."""
    if subject.person is None or subject.person.pk is None:
        return 0
    memberships = list(ForumMembership.objects.filter(person=subject.person))
    subject.note_erased(memberships)
    ForumMembership.objects.filter(pk__in=[m.pk for m in memberships]).delete()
    return len(memberships)


def erase_requests(subject: Subject) -> int:
    """Delete the person's requests to join forums."""
    if subject.person is None or subject.person.pk is None:
        return 0
    requests = list(ForumMembershipRequest.objects.filter(person=subject.person))
    subject.note_erased(requests)
    ForumMembershipRequest.objects.filter(pk__in=[r.pk for r in requests]).delete()
    return len(requests)


def erase_pledges(subject: Subject) -> int:
    """Delete the pledges of the person: theirs, or sent from one of their addresses."""
    pledges = list(Pledge.objects.filter(subject.by_address("email", "person")))
    subject.names.update(pledge.name for pledge in pledges if pledge.name)
    subject.note_erased(pledges)
    Pledge.objects.filter(pk__in=[p.pk for p in pledges]).delete()
    return len(pledges)


def purge_pledges(now: datetime.datetime) -> int:
    """Unconfirmed pledges after the link expired; told pledges after their period."""
    told_before = now - timedelta(days=settings.RETENTION_DECIDED_REQUESTS_DAYS)
    stale = Q(confirmed_at__isnull=True, created__lt=now - Pledge.CONFIRM_MAX_AGE)
    deleted, _rows = Pledge.objects.filter(stale | Q(notified_at__lt=told_before)).delete()
    return deleted


def pledge_retention() -> str:
    confirm_days = Pledge.CONFIRM_MAX_AGE.days
    told_days = settings.RETENTION_DECIDED_REQUESTS_DAYS
    return " ".join(
        [
            ngettext(
                "Nicht bestätigte Zusagen: gelöscht nach %(days)d Tag.",
                "Nicht bestätigte Zusagen: gelöscht nach %(days)d Tagen.",
                confirm_days,
            )
            % {"days": confirm_days},
            str(_("Bestätigte Zusagen: bis das Forum wieder startet.")),
            ngettext(
                "Nach der Benachrichtigung über den Neustart: gelöscht nach %(days)d Tag.",
                "Nach der Benachrichtigung über den Neustart: gelöscht nach %(days)d Tagen.",
                told_days,
            )
            % {"days": told_days},
        ]
    )


CATEGORIES = [
    Category(
        key="forums.memberships",
        name=_("Mitgliedschaften in Foren"),
        data=_("Person, Forum, Rolle (Moderation oder Mitglied), Beitrittsdatum"),
        subjects=_("Mitwirkende der Foren"),
        purpose=_("Arbeit in den Themenforen organisieren, Rechte der Moderierenden"),
        legal_basis=_("Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 DSG NRW"),
        recipients=_("Koordinierungsstelle; Moderierende des Forums"),
        retention=lambda: _("Bis zum Austritt aus dem Forum oder der Löschung der Person."),
        erase=erase,
    ),
    Category(
        key="forums.membership_requests",
        name=_("Beitrittsanfragen für Foren"),
        data=_(
            "Person, Forum, Status der Anfrage, Sprache, Datum der Anfrage und der Entscheidung, wer entschieden hat"
        ),
        subjects=_("Personen, die um Aufnahme in ein Forum bitten"),
        purpose=_("Über die Aufnahme in ein Forum entscheiden und die Person benachrichtigen"),
        legal_basis=_("Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 DSG NRW"),
        recipients=_("Koordinierungsstelle; Moderierende des Forums"),
        retention=lambda: _("Bis zur Löschung der Person."),
        erase=erase_requests,
    ),
    Category(
        key="forums.pledges",
        name=_("Zusagen, ein ruhendes Forum aufzugreifen"),
        data=_(
            "Name, E-Mail-Adresse, Sprache, Nachricht (freiwillig), Forum, bei Personen des "
            "Netzwerks die Person; Wortlaut und Zeitpunkt der Einwilligung, Datum der "
            "Bestätigung und der Benachrichtigung"
        ),
        subjects=_("Personen, die ein ruhendes Forum wieder aufgreifen würden"),
        purpose=_(
            "Zusagen zählen, die Adresse bestätigen (Double-Opt-in) und die Personen "
            "benachrichtigen, wenn das Forum wieder startet"
        ),
        legal_basis=_(
            "Einwilligung, Art. 6 Abs. 1 lit. a DSGVO; bei Personen des Netzwerks "
            "Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 DSG NRW"
        ),
        recipients=_("Koordinierungsstelle; der E-Mail-Dienst für die Mails"),
        retention=pledge_retention,
        erase=erase_pledges,
        purge=purge_pledges,
    ),
]
