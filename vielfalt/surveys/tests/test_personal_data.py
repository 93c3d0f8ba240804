"""The surveys' personal data: declared, erased with the person, exported."""

import pytest
from django.test import Client

from vielfalt.privacy.erasure import erase_person, person_data
from vielfalt.privacy.registry import categories
from vielfalt.surveys.models import Invitation, Response

from .conftest import answers_for, build_survey

pytestmark = pytest.mark.django_db


def answer_as(person, survey, forum):
    invitation = Invitation.objects.create(
        survey=survey, name=person.name, email=person.email, person=person
    )
    Client().post(f"/umfrage/{invitation.token}/", answers_for(survey, forum))
    return invitation


def test_the_categories_are_declared():
    keys = {c.key for c in categories()}

    assert {"surveys.invitations", "surveys.personal_responses"} <= keys


def test_erasing_a_person_removes_invitations_and_personal_responses(moderator, forum):
    person = moderator.person
    anonymous = build_survey(title="Anonym")
    personal = build_survey(title="Persönlich", is_anonymous=False)
    answer_as(person, anonymous, forum)
    answer_as(person, personal, forum)
    Invitation.objects.create(survey=personal, name="Mona per CSV", email="MONA@example.org")

    erase_person(person)

    assert not Invitation.objects.exists()
    assert not Response.objects.filter(survey=personal).exists()
    kept = Response.objects.get(survey=anonymous)  # anonymous: kept, no longer linked
    assert kept.invitation is None
    assert kept.answers.exists()


def test_the_data_export_lists_the_invitations(moderator, survey, forum):
    answer_as(moderator.person, survey, forum)

    data = person_data(moderator.person)

    assert "mona@example.org" in str(data["other"])
