from django.urls import reverse

from vielfalt.forums.models import ForumMembership
from vielfalt.network.models import Person

from .helpers import book, make_event


def kickoff(forum, other_forum):
    event = make_event(asks_forum_preferences=True, capacity=None)
    book(event, 1, forums=[forum, other_forum])
    book(event, 2, forums=[other_forum])
    return event


def test_the_preview_lists_who_goes_where_and_changes_nothing(
    coordinator_client, forum, other_forum
):
    event = kickoff(forum, other_forum)

    page = coordinator_client.get(reverse("events:assign_forums", args=[event.pk])).content.decode()

    assert "Person 1" in page and "Person 2" in page
    assert "wird als Person angelegt und Mitglied" in page
    assert ForumMembership.objects.count() == 0
    assert not Person.objects.filter(email="person1@example.org").exists()


def test_confirming_creates_people_and_memberships_from_the_first_choices(
    coordinator_client, forum, other_forum
):
    event = kickoff(forum, other_forum)

    response = coordinator_client.post(
        reverse("events:assign_forums", args=[event.pk]), {"choices_per_person": 1, "confirm": "1"}
    )

    assert response.status_code == 302
    first = Person.objects.get(email="person1@example.org")
    second = Person.objects.get(email="person2@example.org")
    assert list(first.forums.all()) == [forum]
    assert list(second.forums.all()) == [other_forum]
    assert event.registrations.get(email="person1@example.org").person == first


def test_confirming_twice_adds_no_second_membership(coordinator_client, forum, other_forum):
    event = kickoff(forum, other_forum)
    url = reverse("events:assign_forums", args=[event.pk])

    coordinator_client.post(url, {"choices_per_person": 3, "confirm": "1"})
    coordinator_client.post(url, {"choices_per_person": 3, "confirm": "1"})

    assert ForumMembership.objects.count() == 3
    assert Person.objects.filter(email="person1@example.org").count() == 1


def test_an_existing_person_is_linked_not_duplicated(
    coordinator_client, forum, other_forum, member
):
    event = make_event(asks_forum_preferences=True, capacity=None)
    book(event, 1, forums=[forum])
    event.registrations.update(email=member.email)

    coordinator_client.post(
        reverse("events:assign_forums", args=[event.pk]), {"choices_per_person": 1, "confirm": "1"}
    )

    assert ForumMembership.objects.filter(person=member.linked_person, forum=forum).exists()
    assert Person.objects.filter(email=member.email).count() == 1


def test_only_attendees_count_once_attendance_was_recorded(coordinator_client, forum, other_forum):
    event = kickoff(forum, other_forum)
    event.registrations.filter(email="person2@example.org").update(attended=True)

    page = coordinator_client.get(reverse("events:assign_forums", args=[event.pk])).content.decode()

    assert "Person 2" in page
    assert "Person 1" not in page


def test_an_event_without_preferences_has_no_assignment(coordinator_client, db):
    event = make_event()

    response = coordinator_client.get(reverse("events:assign_forums", args=[event.pk]))

    assert response.status_code == 404
    assert "Diese Seite gibt es nicht" in response.content.decode()


def test_a_member_of_another_forum_cannot_assign(member_client, forum, other_forum):
    event = kickoff(forum, other_forum)

    response = member_client.post(
        reverse("events:assign_forums", args=[event.pk]), {"choices_per_person": 1, "confirm": "1"}
    )

    assert response.status_code == 404
    assert ForumMembership.objects.filter(forum=forum).count() == 0
