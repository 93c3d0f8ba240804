"""Personal data of the surveys app: invitations (name, e-mail, personal link)
and the responses of personal surveys (see vielfalt.lib.personal_data).

A person's data export lists their invitations (rows that point at the
person). Responses to anonymous surveys are not personal data once the
invitation is gone: erasing it unlinks them.
"""

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from vielfalt.lib.personal_data import Category, Subject

from .models import Answer, Invitation, Response


def _invitations(subject: Subject) -> QuerySet[Invitation]:
    return Invitation.objects.filter(subject.by_address("email", "person"))


def erase_responses(subject: Subject) -> int:
    """Delete the person's responses to personal surveys (runs before the invitations go)."""
    responses = list(
        Response.objects.filter(invitation__in=_invitations(subject), survey__is_anonymous=False)
    )
    subject.note_erased(responses)
    Response.objects.filter(pk__in=[r.pk for r in responses]).delete()
    return len(responses)


def erase_invitations(subject: Subject) -> int:
    """Delete the person's invitations; responses to anonymous surveys stay, unlinked."""
    invitations = list(_invitations(subject))
    subject.names.update(i.name for i in invitations if i.name)
    subject.note_erased(invitations)
    Invitation.objects.filter(pk__in=[i.pk for i in invitations]).delete()
    return len(invitations)


def export_invitations(subject: Subject) -> list[dict[str, object]]:
    """The subject's invitations, and their answers where the survey is personal."""
    rows: list[dict[str, object]] = []
    invitations = _invitations(subject).select_related("survey").order_by("pk")
    answers: dict[int | None, list[Answer]] = {}
    for answer in (
        Answer.objects.filter(
            response__invitation__in=invitations, response__survey__is_anonymous=False
        )
        .select_related("question", "response")
        .prefetch_related("choices")
        .order_by("question__section__position", "question__position")
    ):
        answers.setdefault(answer.response.invitation_id, []).append(answer)
    for invitation in invitations:
        rows.append(
            {
                "survey": invitation.survey.title,
                "name": invitation.name,
                "email": invitation.email,
                "revoked": invitation.revoked,
                "answers": [
                    {
                        "question": answer.question.text,
                        "text": answer.text,
                        "number": answer.number,
                        "choices": [choice.label for choice in answer.choices.all()],
                    }
                    for answer in answers.get(invitation.pk, [])
                ],
            }
        )
    return rows


CATEGORIES = [
    Category(
        key="surveys.invitations",
        name=_("Einladungen zu Abfragen"),
        data=_("Name, E-Mail-Adresse, persönlicher Link, Versandstatus, Datum der Erinnerung"),
        subjects=_("Fachkräfte und Multiplikator:innen, die zu einer Abfrage eingeladen sind"),
        purpose=_("Zu Abfragen des Netzwerks einladen und an fehlende Antworten erinnern"),
        legal_basis=_("Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 DSG NRW"),
        recipients=_("Koordinierungsstelle; der E-Mail-Dienst für die Einladungen"),
        retention=lambda: _("Bis zur Löschung der Abfrage oder der Person."),
        erase=erase_invitations,
        export=export_invitations,
    ),
    Category(
        key="surveys.personal_responses",
        name=_("Antworten auf persönliche Abfragen"),
        data=_("Antworten und Arbeitsfeld, verknüpft mit der Einladung (Name, E-Mail-Adresse)"),
        subjects=_("Personen, die eine persönliche (nicht anonyme) Abfrage beantwortet haben"),
        purpose=_("Abfragen auswerten und Impulse für die Foren gewinnen"),
        legal_basis=_("Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 DSG NRW"),
        recipients=_(
            "Koordinierungsstelle; Foren erhalten einzelne Antworten als Impulse, ohne Namen"
        ),
        retention=lambda: _("Bis zur Löschung der Abfrage oder der Person."),
        erase=erase_responses,
    ),
]
