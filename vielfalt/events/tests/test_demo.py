"""The events part of the Würselen demo (``vielfalt/demo/events.py``)."""

from django.urls import reverse

from vielfalt.collection.models import Impulse, Source
from vielfalt.events.models import Briefing, Event, Registration


def test_the_kickoff_has_60_registrations_whose_choices_are_memberships(demo_data):
    kickoff = Event.objects.get(title="Auftaktworkshop #vielfaltgestalten")
    registrations = list(kickoff.registrations.with_preferences().select_related("person"))

    assert len(registrations) == 60
    with_choices = [r for r in registrations if r.ranked_forums()]
    assert len(with_choices) >= 50
    for registration in with_choices:
        person_forums = set(registration.person.forums.all())
        assert set(registration.ranked_forums()) <= person_forums
    assert kickoff.milestone.title == "Auftaktworkshop mit ca. 60 Teilnehmenden"


def test_the_may_2024_meeting_has_minutes_and_the_next_one_is_open(client, demo_data):
    meeting = Event.objects.get(title="1. Netzwerktreffen")
    upcoming = Event.objects.upcoming().get()

    assert "Berichte aus den Foren" in meeting.minutes
    assert meeting.starts_at.date().isoformat() == "2024-05-15"
    assert upcoming.is_registration_open
    page = client.get(reverse("events:detail", args=[upcoming.pk])).content.decode()
    assert "Verbindlich anmelden" in page
    assert "noch 46 von 60 Plätzen frei" in page


def test_three_committees_gave_feedback_that_reached_forums(demo_data):
    briefings = Briefing.objects.select_related("committee")

    assert {b.committee.name for b in briefings} == {
        "Jugendhilfeausschuss",
        "Integrationsrat",
        "Sozialausschuss",
    }
    impulses = Impulse.objects.filter(source=Source.COMMITTEE)
    assert {i.source_object for i in impulses} == set(briefings)
    assert all(i.forum is not None for i in impulses)


def test_the_process_page_shows_the_demo_in_order(client, demo_data):
    page = client.get(reverse("events:process")).content.decode()

    assert page.index("Jugendhilfeausschuss") < page.index("Auftaktworkshop #vielfaltgestalten")
    assert "60 Teilnehmende" in page
    assert Registration.objects.filter(needs__gt="").count() == 0
