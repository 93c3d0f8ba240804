"""After a kickoff: the participants' forum preferences become forum memberships.

Who counts: the confirmed registrations, and if attendance was recorded at
the door, only those who came. Each registration is linked to the network's
Person with the same e-mail address; where there is none, a Person is created
from the registration's name and address (without a login: the coordinators
can invite them later). The organiser sees the whole plan first and confirms
it in one step; memberships that exist already are left as they are.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from vielfalt.forums.models import Forum, ForumMembership
from vielfalt.network.models import Person

from .models import Event, Registration


@dataclass
class Move:
    registration: Registration
    forum: Forum
    rank: int
    person: Person | None  # None: a Person will be created
    already_member: bool


def participants_of(event: Event) -> list[Registration]:
    confirmed = event.registrations.confirmed().with_preferences().select_related("person")
    if confirmed.filter(attended=True).exists():
        confirmed = confirmed.filter(attended=True)
    return list(confirmed.order_by("name", "pk"))


def plan(event: Event, per_person: int = 1) -> list[Move]:
    """Who goes to which forum, in forum order; nothing is written."""
    registrations = participants_of(event)
    emails = {r.email.lower() for r in registrations}
    people = {
        p.email.lower(): p
        for p in Person.objects.filter(email__in=emails).order_by("-pk")
        if p.email
    }
    memberships = set(
        ForumMembership.objects.filter(person__in=people.values()).values_list(
            "person_id", "forum_id"
        )
    )
    moves = []
    for registration in registrations:
        person = registration.person or people.get(registration.email.lower())
        for preference in sorted(registration.preferences.all(), key=lambda p: p.rank):
            if preference.rank > per_person:
                continue
            moves.append(
                Move(
                    registration=registration,
                    forum=preference.forum,
                    rank=preference.rank,
                    person=person,
                    already_member=person is not None
                    and (person.pk, preference.forum.pk) in memberships,
                )
            )
    return sorted(moves, key=lambda m: (m.forum.position, m.forum.name, m.registration.name))


@transaction.atomic
def carry_out(moves: list[Move]) -> int:
    """Create the people and memberships of the plan; returns the memberships created."""
    created = 0
    people: dict[int, Person] = {}
    for move in moves:
        registration = move.registration
        person = people.get(registration.pk) or move.person
        if person is None:
            person = Person.objects.create(name=registration.name, email=registration.email)
        people[registration.pk] = person
        if registration.person_id != person.pk:
            registration.person = person
            registration.save(update_fields=["person"])
        _membership, new = ForumMembership.objects.get_or_create(forum=move.forum, person=person)
        created += int(new)
    return created
