import re
from datetime import timedelta

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from vielfalt.events.models import Event, Registration

from .helpers import book, make_event, registration_data


def post_registration(client, event, capture, **fields):
    with capture(execute=True):
        return client.post(reverse("events:register", args=[event.pk]), registration_data(**fields))


def test_registering_confirms_a_place_and_sends_a_mail_with_the_cancel_and_ical_links(
    client, db, django_capture_on_commit_callbacks
):
    event = make_event(title="Netzwerktreffen Herbst")

    response = post_registration(client, event, django_capture_on_commit_callbacks)

    registration = Registration.objects.get()
    assert registration.status == Registration.Status.CONFIRMED
    assert registration.email == "ayse@example.org"
    page = client.get(response["Location"]).content.decode()
    assert "Sie sind angemeldet für „Netzwerktreffen Herbst“" in page
    [message] = mail.outbox
    assert message.to == ["ayse@example.org"]
    assert "Anmeldung bestätigt: Netzwerktreffen Herbst" in message.subject
    # The signed token carries the second it was made: compare what it names.
    [token] = re.findall(r"/veranstaltungen/abmelden/([^/\s]+)/", message.body)
    assert Registration.from_cancel_token(token) == registration
    assert reverse("events:ics", args=[event.pk]) in message.body


def test_when_the_event_is_full_people_go_on_the_waiting_list(
    client, db, django_capture_on_commit_callbacks
):
    event = make_event(capacity=1)
    book(event, 1)

    response = post_registration(client, event, django_capture_on_commit_callbacks)

    registration = Registration.objects.get(email="ayse@example.org")
    assert registration.status == Registration.Status.WAITING
    assert "Sie stehen auf der Warteliste" in client.get(response["Location"]).content.decode()
    assert "Warteliste:" in mail.outbox[-1].subject


def test_a_cancellation_moves_the_first_waiting_person_up_with_a_mail(
    client, db, django_capture_on_commit_callbacks
):
    event = make_event(capacity=1)
    first = book(event, 1)
    waiting = book(event, 2)
    book(event, 3)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(first.cancel_url)

    assert "Sie sind von" in response.content.decode()
    waiting.refresh_from_db()
    assert waiting.status == Registration.Status.CONFIRMED
    assert waiting.promoted_at is not None
    assert Registration.objects.get(email="person3@example.org").status == "waiting"
    assert sorted(m.to[0] for m in mail.outbox) == ["person1@example.org", "person2@example.org"]
    promoted = next(m for m in mail.outbox if m.to == ["person2@example.org"])
    assert "Ein Platz ist frei geworden" in promoted.subject


def test_a_cancel_link_used_twice_says_so_and_changes_nothing(
    client, db, django_capture_on_commit_callbacks
):
    event = make_event(capacity=1)
    first = book(event, 1)
    book(event, 2)
    client.post(first.cancel_url)
    book(event, 3)

    again = client.post(first.cancel_url).content.decode()

    assert "wurde schon zurückgezogen. Es hat sich nichts geändert." in again
    assert Registration.objects.get(email="person3@example.org").status == "waiting"


def test_a_forged_cancel_link_is_refused(client, db):
    response = client.get(reverse("events:cancel", args=["nicht-echt"]))

    assert response.status_code == 404
    assert "Dieser Abmeldelink ist ungültig" in response.content.decode()


def test_the_same_address_cannot_register_twice(client, db, django_capture_on_commit_callbacks):
    event = make_event()
    post_registration(client, event, django_capture_on_commit_callbacks)

    response = post_registration(
        client, event, django_capture_on_commit_callbacks, email="AYSE@example.org"
    )

    assert "Mit dieser E-Mail-Adresse ist schon jemand angemeldet" in response.content.decode()
    assert Registration.objects.count() == 1


def test_after_cancelling_the_same_address_may_register_again(client, db):
    event = make_event()
    first = book(event, 1)
    client.post(first.cancel_url)

    again = book(event, 1)

    assert again.status == Registration.Status.CONFIRMED
    assert Registration.objects.count() == 2


def test_a_registration_after_the_window_is_refused_and_nothing_is_stored(
    client, db, django_capture_on_commit_callbacks
):
    event = make_event(registration_closes=timezone.now() - timedelta(hours=1))

    response = post_registration(client, event, django_capture_on_commit_callbacks)

    assert response.status_code == 409
    assert "Die Anmeldung ist geschlossen." in response.content.decode()
    assert Registration.objects.count() == 0
    assert mail.outbox == []


def test_a_registration_before_the_window_is_refused(client, db):
    event = make_event(registration_opens=timezone.now() + timedelta(days=1))

    response = client.post(reverse("events:register", args=[event.pk]), registration_data())

    assert "Die Anmeldung beginnt am" in response.content.decode()
    assert Registration.objects.count() == 0


def test_a_forged_event_id_is_a_404(client, db):
    response = client.post(reverse("events:register", args=[99999]), registration_data())

    assert response.status_code == 404
    assert Registration.objects.count() == 0


def test_an_overlong_name_gives_a_form_error_and_keeps_the_input(client, db):
    event = make_event()

    response = client.post(
        reverse("events:register", args=[event.pk]), registration_data(name="A" * 201)
    )

    page = response.content.decode()
    assert "Bitte höchstens 200 Zeichen eingeben (jetzt: 201)." in page
    assert 'value="ayse@example.org"' in page
    assert Registration.objects.count() == 0


def test_without_consent_nothing_is_stored(client, db):
    event = make_event()

    response = client.post(
        reverse("events:register", args=[event.pk]), registration_data(consent="")
    )

    assert "Bitte stimmen Sie zu" in response.content.decode()
    assert Registration.objects.count() == 0


def test_at_a_kickoff_people_rank_up_to_three_forums(client, forum, other_forum):
    event = make_event(asks_forum_preferences=True, capacity=None)

    client.post(
        reverse("events:register", args=[event.pk]),
        registration_data(forum_1=other_forum.pk, forum_2=forum.pk),
    )

    registration = Registration.objects.get()
    assert registration.ranked_forums() == [other_forum, forum]


def test_choosing_the_same_forum_twice_is_refused(client, forum):
    event = make_event(asks_forum_preferences=True)

    response = client.post(
        reverse("events:register", args=[event.pk]),
        registration_data(forum_1=forum.pk, forum_2=forum.pk),
    )

    assert "Bitte wählen Sie jedes Forum nur einmal." in response.content.decode()
    assert Registration.objects.count() == 0


def test_the_detail_page_shows_the_form_while_registration_is_open(client, db):
    event = make_event(capacity=1)
    book(event, 1)

    page = client.get(reverse("events:detail", args=[event.pk])).content.decode()

    assert "noch 0 von 1 Plätzen frei" in page
    assert "kommen Sie auf die Warteliste" in page
    assert "Verbindlich anmelden" in page


def test_nobody_moves_up_once_the_event_is_over(client, db):
    event = make_event(capacity=1)
    first = book(event, 1)
    waiting = book(event, 2)
    Event.objects.filter(pk=event.pk).update(
        starts_at=timezone.now() - timedelta(days=2), ends_at=timezone.now() - timedelta(days=1)
    )

    client.post(first.cancel_url)

    waiting.refresh_from_db()
    assert waiting.status == Registration.Status.WAITING
