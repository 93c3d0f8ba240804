"""Public pages: the events, registering and cancelling, calendars, the process."""

from __future__ import annotations

from django.conf import settings
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from vielfalt.forums.models import Forum
from vielfalt.lib.client_ip import limit_ip
from vielfalt.lib.limits import Limit, consume, hashed, is_reached
from vielfalt.process.models import Milestone

from . import booking, ical
from .forms import RegistrationForm
from .models import Briefing, Event, Registration


def visible_event(request: HttpRequest, pk: int) -> Event:
    """The event, if this visitor may see it; a members-only event is a 404 for others."""
    return get_object_or_404(
        Event.objects.visible_to(request.user).select_related(
            "organiser_person", "organiser_organisation"
        ),
        pk=pk,
    )


def event_list(request: HttpRequest) -> HttpResponse:
    events = Event.objects.visible_to(request.user).for_lists()
    now = timezone.now()
    return render(
        request,
        "events/list.html",
        {
            "upcoming": events.upcoming(now),
            "past": events.past(now),
            "forums": Forum.objects.public(),
        },
    )


def event_detail(request: HttpRequest, pk: int) -> HttpResponse:
    event = visible_event(request, pk)
    confirmed = event.registrations.confirmed().count()
    return render(
        request,
        "events/detail.html",
        {
            "event": event,
            "forums": event.forums.all(),
            "confirmed": confirmed,
            "places_left": event.places_left(confirmed),
            "form": RegistrationForm(event=event) if event.is_registration_open else None,
            "can_organise": request.user.has_perm("events.organise_event", event),
        },
    )


@require_http_methods(["GET", "POST"])
def registration_limit(request: HttpRequest) -> Limit:
    """Registrations one client may send an hour, over all events: enough for an
    organisation that registers its team from one office, too few for a bot
    that fills an event with invented addresses."""
    amount = getattr(settings, "EVENT_REGISTRATION_RATE_LIMIT", 20)
    return Limit("events:register:" + hashed(limit_ip(request)), amount, 60 * 60)


def register(request: HttpRequest, pk: int) -> HttpResponse:
    event = visible_event(request, pk)
    form = RegistrationForm(request.POST or None, event=event)
    refused = "" if event.is_registration_open else "closed"
    if request.method == "POST" and not refused and is_reached(registration_limit(request)):
        refused = "rate_limited"
    if request.method == "POST" and not refused and form.is_valid():
        usage, limit_held = consume(registration_limit(request))
        try:
            if limit_held is not None:
                raise booking.RegistrationRefused("rate_limited")
            registration = booking.register(event.pk, form.applicant())
        except booking.RegistrationRefused as error:
            refused = error.reason
            if usage is not None and refused == "duplicate":
                usage.rollback()  # a second try with a taken address costs nothing
            if refused == "duplicate":
                form.add_error(
                    "email",
                    _(
                        "Mit dieser E-Mail-Adresse ist schon jemand angemeldet. Sie brauchen "
                        "sich nicht noch einmal anzumelden; die Bestätigung kam per E-Mail."
                    ),
                )
        else:
            return redirect("events:registered", registration.cancel_token)
    status = 409 if refused == "closed" and request.method == "POST" else 200
    if refused == "rate_limited":
        status = 429
    return render(
        request,
        "events/register.html",
        {
            "event": event,
            "form": form,
            "closed": refused == "closed",
            "rate_limited": refused == "rate_limited",
        },
        status=status,
    )


def registered(request: HttpRequest, token: str) -> HttpResponse:
    registration = Registration.from_cancel_token(token)
    if registration is None:
        raise Http404
    return render(
        request,
        "events/registered.html",
        {"registration": registration, "event": registration.event},
    )


@require_http_methods(["GET", "POST"])
def cancel(request: HttpRequest, token: str) -> HttpResponse:
    registration = Registration.from_cancel_token(token)
    if registration is None:
        return render(request, "events/cancel_invalid.html", status=404)
    if registration.status == Registration.Status.CANCELLED:
        return render(
            request,
            "events/cancel_done.html",
            {"registration": registration, "event": registration.event, "already": True},
        )
    if request.method == "POST":
        cancelled, _promoted = booking.cancel(registration.pk)
        return render(
            request,
            "events/cancel_done.html",
            {
                "registration": registration,
                "event": registration.event,
                "already": cancelled is None,
            },
        )
    return render(
        request, "events/cancel.html", {"registration": registration, "event": registration.event}
    )


def event_ics(request: HttpRequest, pk: int) -> HttpResponse:
    event = visible_event(request, pk)
    return ical.ics_response(ical.calendar_for([event], event.title), f"veranstaltung-{pk}.ics")


def feed_ics(request: HttpRequest) -> HttpResponse:
    events = Event.objects.public().order_by("starts_at")
    return ical.ics_response(ical.calendar_for(events, _("Veranstaltungen")), "veranstaltungen.ics")


def forum_feed_ics(request: HttpRequest, slug: str) -> HttpResponse:
    forum = get_object_or_404(Forum.objects.public(), slug=slug)
    events = Event.objects.public().filter(forums=forum).order_by("starts_at")
    return ical.ics_response(ical.calendar_for(events, forum.label), f"forum-{slug}.ics")


def process(request: HttpRequest) -> HttpResponse:
    """The public timeline: milestones in order with their events and briefings."""
    events = Event.objects.visible_to(request.user).with_counts().order_by("starts_at")
    briefings = Briefing.objects.public().select_related("committee").order_by("date")
    milestones = Milestone.objects.prefetch_related(
        Prefetch("events", queryset=events), Prefetch("briefings", queryset=briefings)
    )
    now = timezone.now()
    return render(
        request,
        "events/process.html",
        {
            "milestones": milestones,
            "upcoming": events.upcoming(now).prefetch_related("forums"),
            "briefings": briefings.filter(milestone=None)
            .order_by("-date")
            .prefetch_related("forums", "documents"),
        },
    )


def briefing_detail(request: HttpRequest, pk: int) -> HttpResponse:
    briefings = Briefing.objects.for_lists()
    if not request.user.has_perm("events.record_feedback"):
        briefings = briefings.public()
    briefing = get_object_or_404(briefings, pk=pk)
    return render(
        request,
        "events/briefing.html",
        {
            "briefing": briefing,
            "can_record": request.user.has_perm("events.record_feedback"),
        },
    )
