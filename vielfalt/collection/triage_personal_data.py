"""Personal data of the public suggestions (see vielfalt.lib.personal_data).

The sender's name and address live in ``PublicSuggestion``, apart from the
impulse: erasing the person deletes them (and their unconfirmed suggestions
altogether), while a confirmed suggestion's text stays in the forum's work
without a name. ``CATEGORIES`` is meant to be listed in the collection's
``personal_data.CATEGORIES``.
"""

import datetime
from datetime import timedelta

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from vielfalt.lib.personal_data import Category, Subject

from .models import Impulse, PublicSuggestion
from .suggestions import CONFIRM_MAX_AGE


def erase(subject: Subject) -> int:
    """Delete the person's suggestion contacts, and their unconfirmed suggestions entirely."""
    suggestions = list(
        PublicSuggestion.objects.filter(subject.by_address("email")).select_related("impulse")
    )
    subject.names.update(suggestion.name for suggestion in suggestions if suggestion.name)
    subject.note_erased(suggestions)
    unconfirmed = [
        s.impulse_id for s in suggestions if s.impulse.status == Impulse.Status.UNCONFIRMED
    ]
    PublicSuggestion.objects.filter(pk__in=[s.pk for s in suggestions]).delete()
    Impulse.objects.filter(pk__in=unconfirmed, status=Impulse.Status.UNCONFIRMED).delete()
    return len(suggestions)


def export(subject: Subject) -> list[dict[str, object]]:
    """The public suggestions sent from the subject's addresses, and what became of them."""
    suggestions = PublicSuggestion.objects.filter(subject.by_address("email"))
    return [
        {
            "forum": suggestion.impulse.forum.name if suggestion.impulse.forum else None,
            "title": suggestion.impulse.title,
            "text": suggestion.impulse.text,
            "status": suggestion.impulse.status,
            "name": suggestion.name,
            "email": suggestion.email,
            "sent_at": suggestion.impulse.created,
            "confirmed_at": suggestion.confirmed_at,
            "consent": suggestion.consent_text,
        }
        for suggestion in suggestions.select_related("impulse__forum").order_by("pk")
    ]


# The mark the collection's history shows as "erased person" (stored, not translated).
ERASED_AUTHOR = "erased-person"


def erase_decisions(subject: Subject) -> int:
    """Keep the decisions about impulses, but not who made them."""
    touched = 0
    if subject.person is not None and subject.person.pk is not None:
        touched += Impulse.objects.filter(decided_by=subject.person).update(decided_by=None)
        touched += Impulse.history.filter(decided_by_id=subject.person.pk).update(decided_by=None)
    if subject.user is not None and subject.user.pk is not None:
        touched += Impulse.history.filter(history_user_id=subject.user.pk).update(
            history_user=None, history_change_reason=ERASED_AUTHOR
        )
    return touched


def purge(now: datetime.datetime) -> int:
    """Delete unconfirmed suggestions once their link expired, and the sender's contact
    of decided suggestions once the period after the decision is over."""
    stale, _rows = Impulse.objects.filter(
        status=Impulse.Status.UNCONFIRMED, created__lt=now - CONFIRM_MAX_AGE
    ).delete()
    cutoff = now - timedelta(days=settings.RETENTION_DECIDED_REQUESTS_DAYS)
    decided, _rows = PublicSuggestion.objects.filter(
        impulse__decided_at__lt=cutoff,
        impulse__status__in=[
            Impulse.Status.SORTED,
            Impulse.Status.MERGED,
            Impulse.Status.DISMISSED,
        ],
    ).delete()
    return stale + decided


def retention() -> str:
    confirm_days = CONFIRM_MAX_AGE.days
    decided_days = settings.RETENTION_DECIDED_REQUESTS_DAYS
    return " ".join(
        [
            ngettext(
                "Nicht bestätigte Vorschläge: gelöscht nach %(days)d Tag.",
                "Nicht bestätigte Vorschläge: gelöscht nach %(days)d Tagen.",
                confirm_days,
            )
            % {"days": confirm_days},
            ngettext(
                "Name und E-Mail-Adresse bestätigter Vorschläge: gelöscht %(days)d Tag "
                "nach der Entscheidung über den Vorschlag; der Vorschlag selbst bleibt ohne Namen.",
                "Name und E-Mail-Adresse bestätigter Vorschläge: gelöscht %(days)d Tage "
                "nach der Entscheidung über den Vorschlag; der Vorschlag selbst bleibt ohne Namen.",
                decided_days,
            )
            % {"days": decided_days},
        ]
    )


CATEGORIES = [
    Category(
        key="collection.public_suggestions",
        name=_("Vorschläge aus der Öffentlichkeit an ein Forum"),
        data=_(
            "Name (freiwillig), E-Mail-Adresse, Titel und Text des Vorschlags, Forum, Sprache, "
            "Wortlaut und Zeitpunkt der Einwilligung, Zeitpunkt der Bestätigung"
        ),
        subjects=_("Personen, die einem Forum einen Vorschlag schicken"),
        purpose=_(
            "Vorschläge an ein Forum annehmen, die Adresse bestätigen (Double-Opt-in), "
            "den Vorschlag in die Sammlung des Forums einordnen und bei Rückfragen antworten"
        ),
        legal_basis=_("Einwilligung, Art. 6 Abs. 1 lit. a DSGVO"),
        recipients=_(
            "Koordinierungsstelle; Moderierende des Forums (ohne E-Mail-Adresse); "
            "der E-Mail-Dienst für die Bestätigungsmail"
        ),
        retention=retention,
        erase=erase,
        purge=purge,
        export=export,
    ),
    Category(
        key="collection.impulse_decisions",
        name=_("Entscheidungen über Impulse"),
        data=_("Wer einen Impuls einsortiert, zusammengeführt oder verworfen hat, und wann"),
        subjects=_("Koordinierende und Moderierende der Foren"),
        purpose=_("Nachvollziehen, was aus jedem Impuls wurde"),
        legal_basis=_("Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 DSG NRW"),
        recipients=_("Koordinierungsstelle; Moderierende des Forums"),
        retention=lambda: _(
            "Bis zur Löschung der Person; danach bleibt die Entscheidung ohne Namen."
        ),
        erase=erase_decisions,
    ),
]
