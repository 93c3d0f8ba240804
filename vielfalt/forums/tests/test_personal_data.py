"""Requests to join forums are part of a person's export and erasure."""

from vielfalt.conftest import make_person
from vielfalt.forums.models import ForumMembershipRequest
from vielfalt.privacy.erasure import erase_person, person_data


def test_requests_are_exported_and_erased_with_the_person(forum):
    person = make_person("Aylin Anfrage", "aylin@example.org")
    ForumMembershipRequest.objects.create(forum=forum, person=person)

    exported = person_data(person)["other"]["forums.ForumMembershipRequest"]
    assert [(row["forum"], row["status"]) for row in exported] == [(forum.pk, "pending")]

    touched = erase_person(person)

    assert touched["forums.membership_requests"] == 1
    assert not ForumMembershipRequest.objects.exists()
