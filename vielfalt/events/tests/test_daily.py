from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from vielfalt.events import personal_data
from vielfalt.events.models import Registration
from vielfalt.privacy import registry

from .helpers import book, make_event


def test_daily_erases_the_needs_once_the_event_is_over(db):
    now = timezone.now()
    over = make_event(starts_at=now - timedelta(days=2), ends_at=now - timedelta(days=1))
    coming = make_event()
    Registration.objects.create(
        event=over, name="A", email="a@example.org", needs="Rollstuhl", consent_text="Ja"
    )
    book(coming, 1, needs="vegetarisch")
    out = StringIO()

    call_command("daily", stdout=out)

    assert Registration.objects.get(event=over).needs == ""
    assert Registration.objects.get(event=coming).needs == "vegetarisch"
    assert "Bedürfnissen von 1 Anmeldung gelöscht" in out.getvalue()


def test_registrations_go_two_years_after_the_event(db):
    now = timezone.now()
    old = make_event(starts_at=now - timedelta(days=800), ends_at=now - timedelta(days=799))
    Registration.objects.create(event=old, name="A", email="a@example.org", consent_text="Ja")
    kept = book(make_event(), 1)

    assert personal_data.purge(now) == 1
    assert list(Registration.objects.all()) == [kept]


def test_erasing_a_person_deletes_their_registrations_by_address(db):
    event = make_event()
    book(event, 1)
    other = book(event, 2)
    subject = registry.subject_for()
    subject.emails.add("person1@example.org")

    assert personal_data.erase(subject) == 1
    assert list(Registration.objects.all()) == [other]
    assert "Person 1" in subject.names


def test_the_record_of_processing_lists_the_registrations(db):
    keys = [category.key for category in registry.categories()]

    assert "events.registrations" in keys
