"""Invitations to a survey: who is invited, their status, reminders."""

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from vielfalt.accounts.decorators import coordinator_required
from vielfalt.network.models import Person

from . import invitations as inviting
from .models import Invitation, Survey


class CsvForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV-Datei"),
        help_text=gettext_lazy("Zwei Spalten: Name und E-Mail-Adresse, eine Person pro Zeile."),
        error_messages={"required": gettext_lazy("Bitte wählen Sie eine CSV-Datei aus.")},
    )


def invited_people(survey: Survey):
    """The survey's invitations with what their status needs (one query)."""
    return survey.invitations.select_related("mail", "person", "response")


def invitable_people(survey: Survey):
    """The network's people with an address who are not invited yet."""
    return (
        Person.objects.exclude(email="")
        .exclude(survey_invitations__survey=survey)
        .select_related("organisation")
    )


@coordinator_required
def invitations(request: HttpRequest, pk: int, csv_form=None, csv_errors=None) -> HttpResponse:
    survey = get_object_or_404(Survey, pk=pk)
    rows = []
    for invitation in invited_people(survey):
        response = getattr(invitation, "response", None) if _has_response(invitation) else None
        answered = bool(response and response.submitted_at)
        status = invitation.status(answered)
        rows.append(
            {"invitation": invitation, "status": status, "label": Invitation.Status(status).label}
        )
    return render(
        request,
        "surveys/manage/invitations.html",
        {
            "survey": survey,
            "rows": rows,
            "people": invitable_people(survey),
            "csv_form": csv_form or CsvForm(),
            "csv_errors": csv_errors or [],
            "pending": sum(1 for r in rows if r["status"] not in ("answered", "revoked")),
        },
        status=400 if csv_errors else 200,
    )


def _has_response(invitation: Invitation) -> bool:
    try:
        invitation.response  # noqa: B018 – selected with it
    except Invitation.response.RelatedObjectDoesNotExist:
        return False
    return True


@require_POST
@coordinator_required
def invite_people(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_object_or_404(Survey, pk=pk)
    ids = [value for value in request.POST.getlist("people") if value.isdigit()]
    people = invitable_people(survey).filter(pk__in=ids)
    created = inviting.invite(survey, [(p.name, p.email, p) for p in people])
    if created:
        messages.success(request, _invited_message(len(created)))
    else:
        messages.error(
            request,
            _("Bitte wählen Sie mindestens eine Person aus, die noch nicht eingeladen ist."),
        )
    return redirect("surveys:invitations", pk)


def _invited_message(count: int) -> str:
    return ngettext(
        "%(count)d Einladung wird verschickt.", "%(count)d Einladungen werden verschickt.", count
    ) % {"count": count}


@require_POST
@coordinator_required
def import_csv(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_object_or_404(Survey, pk=pk)
    form = CsvForm(request.POST, request.FILES)
    if not form.is_valid():
        return invitations(
            request, pk, csv_form=form, csv_errors=[_("Bitte wählen Sie eine CSV-Datei aus.")]
        )
    rows, errors = inviting.parse_csv(form.cleaned_data["file"].read())
    if errors:
        # Nothing is stored half: fix the file and import it again.
        return invitations(request, pk, csv_form=form, csv_errors=errors)
    created = inviting.invite(survey, [(name, email, None) for name, email in rows])
    skipped = len(rows) - len(created)
    messages.success(request, _invited_message(len(created)))
    if skipped:
        messages.info(
            request,
            ngettext(
                "%(count)d Adresse war schon eingeladen.",
                "%(count)d Adressen waren schon eingeladen.",
                skipped,
            )
            % {"count": skipped},
        )
    return redirect("surveys:invitations", pk)


@require_POST
@coordinator_required
def remind(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_object_or_404(Survey, pk=pk)
    count = inviting.remind(survey)
    messages.success(
        request,
        ngettext(
            "%(count)d Erinnerung wird verschickt.",
            "%(count)d Erinnerungen werden verschickt.",
            count,
        )
        % {"count": count},
    )
    return redirect("surveys:invitations", pk)


@require_POST
@coordinator_required
def revoke(request: HttpRequest, pk: int, invitation_pk: int) -> HttpResponse:
    invitation = get_object_or_404(Invitation, pk=invitation_pk, survey_id=pk)
    Invitation.objects.filter(pk=invitation.pk).update(revoked=True)
    messages.success(
        request, _("Der Link von %(name)s gilt nicht mehr.") % {"name": invitation.name}
    )
    return redirect("surveys:invitations", pk)
