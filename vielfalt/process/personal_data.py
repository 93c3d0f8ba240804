"""Personal data of the process app: join requests (see vielfalt.lib.personal_data)."""

import datetime
from datetime import timedelta

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from vielfalt.lib.personal_data import Category, Subject

from .models import InterestRequest, TopicProposal


def erase(subject: Subject) -> int:
    """Delete every join request of the person: linked to them or sent from one of their addresses."""
    requests = list(InterestRequest.objects.filter(subject.by_address("email", "person")))
    subject.names.update(request.name for request in requests if request.name)
    subject.note_erased(requests)
    InterestRequest.objects.filter(pk__in=[r.pk for r in requests]).delete()
    return len(requests)


def purge(now: datetime.datetime) -> int:
    """Delete accepted or declined requests once their period after the decision is over."""
    cutoff = now - timedelta(days=settings.RETENTION_DECIDED_REQUESTS_DAYS)
    decided = InterestRequest.objects.filter(
        status__in=[InterestRequest.Status.ACCEPTED, InterestRequest.Status.DECLINED],
        decided_at__lt=cutoff,
    )
    deleted, _rows = decided.delete()
    return deleted


def retention() -> str:
    confirm_days = InterestRequest.CONFIRM_MAX_AGE.days
    decided_days = settings.RETENTION_DECIDED_REQUESTS_DAYS
    return " ".join(
        [
            ngettext(
                "Nicht bestätigte Anfragen: gelöscht nach %(days)d Tag.",
                "Nicht bestätigte Anfragen: gelöscht nach %(days)d Tagen.",
                confirm_days,
            )
            % {"days": confirm_days},
            str(_("Bestätigte Anfragen: bis zur Entscheidung.")),
            ngettext(
                "Angenommene oder abgelehnte Anfragen: gelöscht %(days)d Tag nach der Entscheidung.",
                "Angenommene oder abgelehnte Anfragen: gelöscht %(days)d Tage nach der Entscheidung.",
                decided_days,
            )
            % {"days": decided_days},
        ]
    )


def erase_proposals(subject: Subject) -> int:
    """Delete the topic proposals sent from one of the person's addresses (or
    with one of their join requests)."""
    proposals = list(TopicProposal.objects.filter(subject.by_address("email", "interest__person")))
    subject.names.update(proposal.name for proposal in proposals if proposal.name)
    subject.note_erased(proposals)
    TopicProposal.objects.filter(pk__in=[p.pk for p in proposals]).delete()
    return len(proposals)


def purge_proposals(now: datetime.datetime) -> int:
    """Delete opened or answered proposals once their period after the decision is over."""
    cutoff = now - timedelta(days=settings.RETENTION_DECIDED_REQUESTS_DAYS)
    deleted, _rows = (
        TopicProposal.objects.exclude(status=TopicProposal.Status.OPEN)
        .filter(decided_at__lt=cutoff)
        .delete()
    )
    return deleted


def proposal_retention() -> str:
    days = settings.RETENTION_DECIDED_REQUESTS_DAYS
    return " ".join(
        [
            str(_("Offene Vorschläge: bis zur Entscheidung.")),
            ngettext(
                "Eröffnete oder beantwortete Vorschläge: gelöscht %(days)d Tag nach der Entscheidung.",
                "Eröffnete oder beantwortete Vorschläge: gelöscht %(days)d Tage nach der Entscheidung.",
                days,
            )
            % {"days": days},
        ]
    )


CATEGORIES = [
    Category(
        key="process.interest_requests",
        name=_("Interessensbekundungen (Formular „Mitmachen“)"),
        data=_(
            "Name, E-Mail-Adresse, Organisation, gewählte Foren, Thema und Nachricht, "
            "Sprache, Wortlaut und Zeitpunkt der Einwilligung, Status mit Datum"
        ),
        subjects=_("Personen, die im Netzwerk mitmachen möchten"),
        purpose=_(
            "Anfragen zur Mitarbeit annehmen, die Adresse bestätigen (Double-Opt-in) "
            "und über die Aufnahme ins Netzwerk entscheiden"
        ),
        legal_basis=_("Einwilligung, Art. 6 Abs. 1 lit. a DSGVO"),
        recipients=_("Koordinierungsstelle; der E-Mail-Dienst für die Bestätigungsmail"),
        retention=retention,
        erase=erase,
        purge=purge,
    ),
    Category(
        key="process.topic_proposals",
        name=_("Themenvorschläge"),
        data=_(
            "Thema, Name und E-Mail-Adresse der vorschlagenden Person, Sprache, Status, "
            "Antwort der Koordination, eröffnetes Forum, Datum und wer entschieden hat"
        ),
        subjects=_("Personen, die ein neues Thema vorgeschlagen haben"),
        purpose=_("Über vorgeschlagene Themen entscheiden und der Person antworten"),
        legal_basis=_("Einwilligung, Art. 6 Abs. 1 lit. a DSGVO"),
        recipients=_("Koordinierungsstelle; der E-Mail-Dienst für die Antwort"),
        retention=proposal_retention,
        erase=erase_proposals,
        purge=purge_proposals,
    ),
]
