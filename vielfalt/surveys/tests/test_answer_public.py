"""Answering by the survey's public link, with the join form's limits."""

import pytest

from vielfalt.surveys.models import Response

from .conftest import answers_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def public_survey(survey):
    survey.public_token = "oeffentlich-abc"
    survey.save()
    return survey


URL = "/umfrage/offen/oeffentlich-abc/"


def test_anyone_with_the_link_can_answer_once_per_visit(client, public_survey, forum):
    client.post(URL, answers_for(public_survey, forum))
    again = client.post(URL, answers_for(public_survey, forum))

    assert "schon eingegangen" in again.content.decode()
    response = Response.objects.get()
    assert response.invitation is None
    assert response.submitted_at is not None


def test_the_draft_of_a_public_answer_resumes_in_the_same_session(client, public_survey):
    field = f"q{public_survey.q['positive'].pk}"
    client.post(URL, {field: "Mein Entwurf", "action": "draft"})

    assert "Mein Entwurf" in client.get(URL).content.decode()


def test_a_bot_filling_the_honeypot_stores_nothing(client, public_survey, forum):
    page = client.post(URL, answers_for(public_survey, forum, website="http://spam.example"))

    assert "Vielen Dank" in page.content.decode()
    assert not Response.objects.exists()


def test_one_client_may_start_only_a_few_responses(client, public_survey, forum, settings):
    settings.JOIN_RATE_LIMIT = 2
    from django.test import Client

    for _ in range(2):
        Client().post(URL, answers_for(public_survey, forum))
    page = Client().post(URL, answers_for(public_survey, forum))

    assert page.status_code == 429
    assert "Bitte warten Sie etwas" in page.content.decode()
    assert "Mehr Sprachkurse am Nachmittag." in page.content.decode()
    assert Response.objects.count() == 2


def test_a_survey_without_a_public_link_refuses_the_old_link(client, survey):
    page = client.get(URL)

    assert page.status_code == 404
    assert "Dieser Link gilt nicht" in page.content.decode()


def test_only_the_public_form_has_the_honeypot(client, public_survey, invitation):
    public = client.get(URL).content.decode()
    personal = client.get(f"/umfrage/{invitation.token}/").content.decode()

    assert 'name="website"' in public
    assert 'name="website"' not in personal
