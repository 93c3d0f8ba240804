from datetime import timedelta

from django.utils import timezone

from vielfalt.events.booking import Applicant, register
from vielfalt.events.models import Event


def make_event(**fields):
    now = timezone.now()
    values = {
        "kind": Event.Kind.NETWORK_MEETING,
        "title": "Netzwerktreffen Herbst",
        "starts_at": now + timedelta(days=10),
        "ends_at": now + timedelta(days=10, hours=3),
        "place": "Rathaus Würselen, Ratssaal",
        "capacity": 3,
        "registration_opens": now - timedelta(days=1),
        "registration_closes": now + timedelta(days=9),
    }
    values.update(fields)
    forums = values.pop("forums", [])
    event = Event.objects.create(**values)
    event.forums.set(forums)
    return event


def registration_data(**fields):
    data = {
        "name": "Ayşe Demir",
        "email": "ayse@example.org",
        "organisation_name": "Familienzentrum Lindenplatz",
        "needs": "",
        "consent": "on",
    }
    data.update(fields)
    return data


def book(event, n, **fields):
    return register(
        event.pk,
        Applicant(
            name=f"Person {n}",
            email=f"person{n}@example.org",
            consent_text="Ja",
            **fields,
        ),
    )
