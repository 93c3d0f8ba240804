"""The export finds what a person sent under their address without being linked to
them: event registrations, survey invitations with their answers, public suggestions."""

import json

from django.utils import timezone

from vielfalt.collection.models import Impulse, PublicSuggestion
from vielfalt.events.models import Registration
from vielfalt.events.tests.helpers import book, make_event
from vielfalt.surveys.models import Invitation, Survey

URL = "/konto/meine-daten/"


def test_the_export_holds_rows_found_by_the_address(member_client, member, forum):
    event = make_event(title="Netzwerktreffen Herbst")
    book(event, "x", needs="Rollstuhlplatz")
    Registration.objects.update(email="MAX@example.org", person=None)
    survey = Survey.objects.create(title="Abfrage 2023")
    Invitation.objects.create(survey=survey, name="Max", email="max@example.org")
    impulse = Impulse.objects.create(forum=forum, title="Mehr Bänke", text="Am Spielplatz")
    PublicSuggestion.objects.create(
        impulse=impulse,
        email="max@example.org",
        consent_given_at=timezone.now(),
        consent_text="Ja",
    )

    data = json.loads(member_client.get(URL).content)["by_address"]

    [registration] = data["events.registrations"]
    assert (registration["event"], registration["needs"]) == (
        "Netzwerktreffen Herbst",
        "Rollstuhlplatz",
    )
    assert data["surveys.invitations"][0]["survey"] == "Abfrage 2023"
    assert data["collection.public_suggestions"][0]["text"] == "Am Spielplatz"


def test_the_export_holds_nothing_of_other_addresses(member_client, member):
    event = make_event()
    book(event, 1)

    data = json.loads(member_client.get(URL).content)

    assert data["by_address"] == {}
    assert "person1@example.org" not in json.dumps(data)
