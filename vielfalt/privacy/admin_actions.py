"""Admin actions on people: invite, export their data, erase them.

Added to ``vielfalt.network.admin.PersonAdmin`` by ``vielfalt.privacy.admin``.
"""

import json
from typing import cast

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, ProtectedError, QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from vielfalt.accounts.invitations import InvitationError, invite
from vielfalt.accounts.models import User
from vielfalt.network.models import Person

from .erasure import erase_person, person_data


@admin.action(description=gettext_lazy("Zugang per Einladung senden"), permissions=["change"])
def send_invitation(
    modeladmin: admin.ModelAdmin[Person], request: HttpRequest, queryset: QuerySet[Person]
) -> None:
    sent: list[str] = []
    for person in queryset.select_related("user"):
        try:
            invite(person)
        except InvitationError as error:
            modeladmin.message_user(request, str(error), messages.WARNING)
        else:
            sent.append(person.name)
    if sent:
        modeladmin.message_user(
            request,
            _("Einladung wird verschickt an: %(names)s") % {"names": ", ".join(sent)},
            messages.SUCCESS,
        )


@admin.action(description=gettext_lazy("Daten als JSON exportieren"), permissions=["view"])
def export_data(
    modeladmin: admin.ModelAdmin[Person], request: HttpRequest, queryset: QuerySet[Person]
) -> HttpResponse:
    people = queryset.select_related("organisation", "user")
    data = {
        "exported_at": timezone.now(),
        # The admin lets only signed-in coordinators run its actions.
        "exported_by": cast(User, request.user).email,
        "people": [person_data(person) for person in people],
    }
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    filename = f"personendaten-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@admin.action(
    description=gettext_lazy("Person und Konto endgültig löschen"), permissions=["delete"]
)
def erase_people(
    modeladmin: admin.ModelAdmin[Person], request: HttpRequest, queryset: QuerySet[Person]
) -> HttpResponse | None:
    people = list(
        queryset.select_related("user", "organisation").annotate(
            membership_count=Count("forum_memberships")
        )
    )
    refused = [
        person
        for person in people
        if person.user is not None
        and (person.user_id == request.user.pk or person.user.is_superuser)
    ]
    if refused:
        modeladmin.message_user(
            request,
            _(
                "Nicht gelöscht: %(names)s. Das eigene Konto und Konten mit allen Rechten "
                "(Superuser) löscht man hier nicht."
            )
            % {"names": ", ".join(person.name for person in refused)},
            messages.ERROR,
        )
        return None
    if request.POST.get("post") == "yes":
        erased: list[str] = []
        for person in people:
            try:
                erase_person(person)
            except ProtectedError:
                modeladmin.message_user(
                    request,
                    _("%(name)s ist noch mit anderen Daten verknüpft und wurde nicht gelöscht.")
                    % {"name": person.name},
                    messages.ERROR,
                )
            else:
                erased.append(person.name)
        if erased:
            modeladmin.message_user(
                request,
                _("Endgültig gelöscht: %(names)s") % {"names": ", ".join(erased)},
                messages.SUCCESS,
            )
        return None
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": _("Personen endgültig löschen?"),
        "opts": modeladmin.model._meta,
        "people": people,
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
    }
    return TemplateResponse(request, "privacy/admin/erase_confirmation.html", context)
