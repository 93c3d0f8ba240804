from django.utils import timezone

from vielfalt.accounts.models import User
from vielfalt.network.models import Person
from vielfalt.privacy.erasure import erase_person, person_data
from vielfalt.process.models import InterestRequest


def interest_of(person):
    return InterestRequest.objects.create(
        name=person.name,
        email=person.email,
        message="Ich möchte im Forum mitmachen.",
        consent_given_at=timezone.now(),
        consent_text="Ich bin einverstanden.",
        person=person,
    )


def test_the_export_includes_data_that_other_apps_link_to_the_person(member):
    interest_of(member.person)

    data = person_data(member.person)

    [row] = data["other"]["process.InterestRequest"]
    assert row["message"] == "Ich möchte im Forum mitmachen."


def test_erasing_deletes_the_persons_interest_requests_and_login(member, coordinator):
    person = member.person
    interest_of(person)
    kept = interest_of(coordinator.person)

    erase_person(person)

    assert not Person.objects.filter(pk=person.pk).exists()
    assert not User.objects.filter(pk=member.pk).exists()
    assert list(InterestRequest.objects.all()) == [kept]


def test_erasing_a_person_without_login_works(db):
    person = Person.objects.create(name="Ohne Konto")

    erase_person(person)

    assert not Person.objects.filter(pk=person.pk).exists()
