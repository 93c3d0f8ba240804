"""iCalendar files (RFC 5545) of events, built with the ``icalendar`` library."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC

import icalendar
from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone

from .models import Event

PRODUCT_ID = "-//Vielfalt//Veranstaltungen//DE"


def calendar_for(events: Iterable[Event], name: str) -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    for event in events:
        calendar.add_component(component_for(event))
    return calendar


def component_for(event: Event) -> icalendar.Event:
    """One VEVENT; times in UTC so that every program reads them alike."""
    url = settings.SITE_URL + event.get_absolute_url()
    component = icalendar.Event()
    component.add("uid", f"event-{event.pk}@{settings.SITE_URL.split('://')[-1]}")
    component.add("dtstamp", timezone.now().astimezone(UTC))
    component.add("dtstart", event.starts_at.astimezone(UTC))
    component.add("dtend", event.ends_at.astimezone(UTC))
    component.add("summary", event.title)
    description = "\n\n".join(part for part in (event.description, url) if part)
    component.add("description", description)
    if event.place:
        component.add("location", event.place)
    component.add("url", event.online_url or url)
    component.add("class", "PUBLIC" if event.is_public else "PRIVATE")
    return component


def ics_response(calendar: icalendar.Calendar, filename: str) -> HttpResponse:
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
