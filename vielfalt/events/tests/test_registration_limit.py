"""A client can send only so many registrations an hour: no bot fills an event."""

from django.urls import reverse

from vielfalt.events.models import Registration

from .helpers import make_event, registration_data


def register(client, event, number, **extra):
    return client.post(
        reverse("events:register", args=[event.pk]),
        registration_data(email=f"person-{number}@example.org", name=f"Person {number}"),
        **extra,
    )


def test_the_client_is_stopped_after_the_limit_and_keeps_what_it_typed(client, db, settings):
    settings.EVENT_REGISTRATION_RATE_LIMIT = 3
    event = make_event(capacity=50)
    for number in range(3):
        assert register(client, event, number).status_code == 302

    response = register(client, event, 99)

    assert response.status_code == 429
    page = response.content.decode()
    assert "Zu viele Anmeldungen von diesem Anschluss" in page
    assert 'value="person-99@example.org"' in page
    assert Registration.objects.count() == 3


def test_another_client_may_still_register(client, db, settings):
    settings.EVENT_REGISTRATION_RATE_LIMIT = 1
    event = make_event(capacity=50)
    register(client, event, 1, REMOTE_ADDR="192.0.2.1")

    response = register(client, event, 2, REMOTE_ADDR="192.0.2.2")

    assert response.status_code == 302
    assert Registration.objects.filter(email="person-2@example.org").exists()


def test_a_refused_duplicate_does_not_count(client, db, settings):
    settings.EVENT_REGISTRATION_RATE_LIMIT = 2
    event = make_event(capacity=50)
    register(client, event, 1)
    register(client, event, 1)  # the same address again: refused, not counted

    response = register(client, event, 2)

    assert response.status_code == 302
    assert Registration.objects.count() == 2
