"""The organisers' tools: participants, exports, check-in, name list, message, forums."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from vielfalt.outbox.mail import queue_message

from . import assignment, exports
from .forms import AssignmentForm, MessageForm, MinutesForm, ParticipantFilterForm
from .models import Event, Registration


def organised_event(request: HttpRequest, pk: int) -> Event:
    """The event, for its organiser and the coordinators; a 404 for everyone else."""
    event = get_object_or_404(Event.objects.select_related("organiser_person"), pk=pk)
    if not request.user.has_perm("events.organise_event", event):
        raise Http404
    return event


def filtered_participants(
    event: Event, data: dict[str, str]
) -> tuple[ParticipantFilterForm, list[Registration]]:
    """The event's registrations as the filter form asks (everyone but cancellations by default)."""
    form = ParticipantFilterForm(data or None)
    registrations = event.registrations.with_preferences().select_related("person")
    if form.is_valid():
        cleaned = form.cleaned_data
        if cleaned["status"]:
            registrations = registrations.filter(status=cleaned["status"])
        else:
            registrations = registrations.active()
        if cleaned["forum"]:
            registrations = registrations.filter(preferences__forum=cleaned["forum"])
        if cleaned["attended"] == "yes":
            registrations = registrations.filter(attended=True)
        elif cleaned["attended"] == "no":
            registrations = registrations.filter(attended=False)
        if cleaned["q"]:
            registrations = registrations.filter(
                Q(name__icontains=cleaned["q"]) | Q(organisation_name__icontains=cleaned["q"])
            )
    else:
        registrations = registrations.active()
    return form, list(registrations.order_by("status", "name", "pk").distinct())


@login_required
def participants(request: HttpRequest, pk: int) -> HttpResponse:
    event = organised_event(request, pk)
    form, registrations = filtered_participants(event, request.GET.dict())
    query = request.GET.urlencode()
    return render(
        request,
        "events/organise/participants.html",
        {"event": event, "form": form, "registrations": registrations, "query": query},
    )


@login_required
def export_csv(request: HttpRequest, pk: int) -> HttpResponse:
    event = organised_event(request, pk)
    _form, registrations = filtered_participants(event, request.GET.dict())
    response = HttpResponse(exports.csv_text(registrations), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="teilnehmende-{pk}.csv"'
    return response


@login_required
def export_xlsx(request: HttpRequest, pk: int) -> HttpResponse:
    event = organised_event(request, pk)
    _form, registrations = filtered_participants(event, request.GET.dict())
    response = HttpResponse(
        exports.xlsx_bytes(registrations),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="teilnehmende-{pk}.xlsx"'
    return response


@login_required
def check_in(request: HttpRequest, pk: int) -> HttpResponse:
    event = organised_event(request, pk)
    registrations = event.registrations.confirmed().order_by("name", "pk")
    return render(
        request,
        "events/organise/check_in.html",
        {
            "event": event,
            "registrations": registrations,
            "present": sum(1 for r in registrations if r.attended),
        },
    )


@login_required
@require_POST
def mark_attended(request: HttpRequest, pk: int, registration_pk: int) -> HttpResponse:
    event = organised_event(request, pk)
    registration = get_object_or_404(event.registrations.confirmed(), pk=registration_pk)
    registration.attended = request.POST.get("attended") == "1"
    registration.save(update_fields=["attended"])
    if request.htmx:  # type: ignore[attr-defined]
        return render(
            request, "events/organise/check_in_row.html", {"event": event, "r": registration}
        )
    return redirect(reverse("events:check_in", args=[event.pk]) + f"#r{registration.pk}")


@login_required
def name_list(request: HttpRequest, pk: int) -> HttpResponse:
    event = organised_event(request, pk)
    registrations = event.registrations.confirmed().order_by("name", "pk")
    return render(
        request, "events/organise/name_list.html", {"event": event, "registrations": registrations}
    )


@login_required
def message(request: HttpRequest, pk: int) -> HttpResponse:
    event = organised_event(request, pk)
    form = MessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        recipients = event.registrations.confirmed()
        if form.cleaned_data["include_waiting"]:
            recipients = event.registrations.active()
        addresses = list(recipients.values_list("email", flat=True))
        with transaction.atomic():
            queue_message(
                form.cleaned_data["subject"],
                form.cleaned_data["body"],
                addresses,
                reply_to=[request.user.email],  # type: ignore[union-attr]
            )
        messages.success(
            request,
            ngettext(
                "Die Nachricht geht an %(count)d Person.",
                "Die Nachricht geht an %(count)d Personen.",
                len(addresses),
            )
            % {"count": len(addresses)},
        )
        return redirect("events:participants", event.pk)
    return render(request, "events/organise/message.html", {"event": event, "form": form})


@login_required
def minutes(request: HttpRequest, pk: int) -> HttpResponse:
    event = organised_event(request, pk)
    form = MinutesForm(request.POST or None, instance=event)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Das Protokoll ist gespeichert."))
        return redirect(event)
    return render(request, "events/organise/minutes.html", {"event": event, "form": form})


@login_required
def assign_forums(request: HttpRequest, pk: int) -> HttpResponse:
    """Preview who joins which forum; a second step (POST with confirm) creates the memberships."""
    event = organised_event(request, pk)
    if not event.asks_forum_preferences:
        raise Http404
    form = AssignmentForm(request.POST or request.GET or None)
    per_person = form.cleaned_data["choices_per_person"] if form.is_valid() else 1
    plan = assignment.plan(event, per_person)
    if request.method == "POST" and form.is_valid() and request.POST.get("confirm") == "1":
        created = assignment.carry_out(plan)
        messages.success(
            request,
            ngettext(
                "%(count)d Mitgliedschaft wurde angelegt.",
                "%(count)d Mitgliedschaften wurden angelegt.",
                created,
            )
            % {"count": created},
        )
        return redirect("events:participants", event.pk)
    return render(
        request,
        "events/organise/assign_forums.html",
        {"event": event, "form": form, "plan": plan, "per_person": per_person},
    )
