"""Erasing a person leaves nothing about them: other requests, admin history, mails, contacts."""

import dataclasses
import json

import pytest
from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from vielfalt.accounts.models import User
from vielfalt.network.models import Person
from vielfalt.offerings.models import Offering
from vielfalt.outbox.mail import queue_mail
from vielfalt.outbox.models import Mail
from vielfalt.privacy import registry
from vielfalt.privacy.erasure import erase_person
from vielfalt.process.models import InterestRequest


def request_from(name, email, person=None, status=InterestRequest.Status.CONFIRMED):
    return InterestRequest.objects.create(
        name=name,
        email=email,
        message="Ich möchte mitmachen.",
        consent_given_at=timezone.now(),
        consent_text="Ich bin einverstanden.",
        status=status,
        person=person,
    )


def log(user, obj, action, message, repr_=None):
    return LogEntry.objects.create(
        user=user,
        content_type=ContentType.objects.get_for_model(obj),
        object_id=str(obj.pk),
        object_repr=repr_ or str(obj),
        action_flag=action,
        change_message=message,
    )


def test_join_requests_from_the_persons_address_go_too_even_unlinked(member, coordinator):
    person = member.person
    linked = request_from(person.name, person.email, person=person)
    earlier = request_from("M. Mitglied", "MAX@example.org")  # same address, other spelling
    kept = request_from("Clara", "clara@example.org", person=coordinator.person)

    erase_person(person)

    assert not InterestRequest.objects.filter(pk__in=[linked.pk, earlier.pk]).exists()
    assert list(InterestRequest.objects.all()) == [kept]


def test_the_admin_history_no_longer_names_the_person(member, coordinator, other_organisation):
    person = member.person
    about_person = log(coordinator, person, ADDITION, json.dumps([{"added": {}}]))
    about_login = log(coordinator, member, CHANGE, json.dumps([{"changed": {"fields": ["Name"]}}]))
    request = request_from("M. Mitglied", "max@example.org")
    about_request = log(coordinator, request, CHANGE, "Status geändert")
    # Django stores inline changes in the parent's entry, with non-ASCII escaped.
    in_organisation = log(
        coordinator,
        other_organisation,
        CHANGE,
        json.dumps([{"added": {"name": "Person", "object": "Max Mitglied"}}]),
    )
    plain_text = log(coordinator, other_organisation, CHANGE, "Kontakt max@example.org ergänzt")
    unrelated = log(coordinator, coordinator.person, CHANGE, "Telefon geändert")

    erase_person(person)

    text = " ".join(
        f"{entry.object_repr} {entry.change_message}" for entry in LogEntry.objects.all()
    )
    assert "Max Mitglied" not in text
    assert "max@example.org" not in text.lower()
    assert "M. Mitglied" not in text
    for entry in (about_person, about_login, about_request):
        entry.refresh_from_db()
        assert entry.object_repr == "[gelöscht]"
    in_organisation.refresh_from_db()
    assert in_organisation.object_repr == "Sportverein Pley"
    assert json.loads(in_organisation.change_message) == [
        {"added": {"name": "Person", "object": "[gelöscht]"}}
    ]
    plain_text.refresh_from_db()
    assert plain_text.change_message == "Kontakt [gelöscht] ergänzt"
    unrelated.refresh_from_db()
    assert unrelated.object_repr == "Clara Koordination"
    assert unrelated.change_message == "Telefon geändert"


def test_a_name_with_umlauts_is_found_in_the_escaped_history(db, coordinator, organisation):
    person = Person.objects.create(name="Jürgen Özdemir", email="juergen@example.org")
    entry = log(
        coordinator,
        organisation,
        CHANGE,
        json.dumps([{"changed": {"name": "Person", "object": "Jürgen Özdemir"}}]),
    )

    erase_person(person)

    entry.refresh_from_db()
    assert "Özdemir" not in json.loads(entry.change_message)[0]["changed"]["object"]


def test_mails_to_the_person_are_deleted(member, coordinator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        queue_mail("accounts/mail/invite", {"valid_days": 7}, ["Max@example.org"])
        queue_mail("accounts/mail/invite", {"valid_days": 7}, ["clara@example.org"])
    assert Mail.objects.count() == 2

    erase_person(member.person)

    assert list(Mail.objects.values_list("to", flat=True)) == ["clara@example.org"]


def test_offerings_lose_the_person_as_contact_but_stay(member, organisation):
    offering = Offering.objects.create(
        name="Sprachcafé",
        short_description="Deutsch sprechen bei Kaffee.",
        organisation=organisation,
        contact_name="Max Mitglied",
        contact_email="max@example.org",
        contact_phone="02405 1",
    )

    erase_person(member.person)

    offering.refresh_from_db()
    assert (offering.contact_name, offering.contact_email, offering.contact_phone) == ("", "", "")


def test_nothing_is_erased_when_one_part_fails(member, monkeypatch):
    def broken(subject):
        raise RuntimeError("disk full")

    patched = tuple(
        dataclasses.replace(c, erase=broken) if c.key == "admin.history" else c
        for c in registry.categories()
    )
    monkeypatch.setattr(registry, "categories", lambda: patched)
    person_pk = member.person.pk

    with pytest.raises(RuntimeError):
        erase_person(Person.objects.get(pk=person_pk))

    assert Person.objects.filter(pk=person_pk).exists()
    assert User.objects.filter(pk=member.pk).exists()
