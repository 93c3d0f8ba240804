from datetime import timedelta

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from vielfalt.events.models import Event

from .helpers import book, make_event


def test_the_list_shows_upcoming_and_past_events_apart(client, db):
    make_event(title="Netzwerktreffen Herbst")
    past = timezone.now() - timedelta(days=100)
    make_event(title="Auftaktworkshop", starts_at=past, ends_at=past + timedelta(hours=4))

    page = client.get(reverse("events:list")).content.decode()

    upcoming, finished = page.split("Vergangene Veranstaltungen")
    assert "Netzwerktreffen Herbst" in upcoming
    assert "Auftaktworkshop" in finished
    assert "Auftaktworkshop" not in upcoming


def test_members_only_events_are_hidden_from_visitors(member_client, db):
    make_event(title="Internes Treffen", is_public=False)

    assert "Internes Treffen" not in Client().get(reverse("events:list")).content.decode()
    assert "Internes Treffen" in member_client.get(reverse("events:list")).content.decode()


def test_a_members_only_event_is_a_404_for_visitors(client, db):
    event = make_event(is_public=False)

    for name in ("events:detail", "events:ics"):
        response = client.get(reverse(name, args=[event.pk]))
        assert response.status_code == 404
        assert "Netzwerktreffen Herbst" not in response.content.decode()


def test_the_list_shows_how_many_places_are_taken(client, db):
    event = make_event(capacity=2)
    book(event, 1)

    page = client.get(reverse("events:list")).content.decode()

    assert "1 von 2 Plätzen belegt" in page


def test_the_list_takes_the_same_queries_for_more_events(
    client, db, forum, django_assert_num_queries
):
    for n in range(2):
        book(make_event(title=f"Treffen {n}", forums=[forum]), n)
    client.get(reverse("events:list"))  # warm caches (session, site)
    with django_assert_num_queries(4) as few:
        client.get(reverse("events:list"))
    for n in range(6):
        book(make_event(title=f"Weiteres Treffen {n}", forums=[forum]), n)
    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get(reverse("events:list"))
    assert Event.objects.count() == 8
    assert "Weiteres Treffen 5" in response.content.decode()
