"""From answers to work: a free-text answer becomes an impulse for a forum's
triage inbox, linked to the answer, never revealing an anonymous respondent."""

import pytest
from django.test import Client

from vielfalt.collection.models import Impulse, Source
from vielfalt.surveys.models import Answer, Invitation

from .conftest import answers_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def answer(survey, forum):
    invitation = Invitation.objects.create(
        survey=survey, name="Ina Geheim", email="ina.geheim@example.org"
    )
    Client().post(
        f"/umfrage/{invitation.token}/",
        answers_for(survey, forum, **{f"q{survey.q['needs'].pk}": "Ein Jugendtreff in Scherberg"}),
    )
    return Answer.objects.get(question=survey.q["needs"])


def detail_url(answer):
    return f"/umfragen/verwalten/{answer.response.survey_id}/ergebnisse/antworten/{answer.pk}/"


def test_a_coordinator_sends_an_answer_to_a_forum_as_an_impulse(
    coordinator_client, answer, other_forum
):
    page = coordinator_client.post(
        detail_url(answer), {"forum": other_forum.pk, "title": "Jugendtreff Scherberg"}, follow=True
    )

    impulse = Impulse.objects.get()
    assert impulse.forum == other_forum
    assert impulse.source == Source.SURVEY
    assert impulse.source_object == answer
    assert impulse.text == "Ein Jugendtreff in Scherberg"
    assert impulse.status == Impulse.Status.OPEN
    assert "ist als Impuls beim Forum Sport und Freizeit eingegangen" in page.content.decode()
    assert "Jugendtreff Scherberg (offen)" in page.content.decode()


def test_the_same_answer_goes_to_a_forum_only_once(coordinator_client, answer, forum):
    coordinator_client.post(detail_url(answer), {"forum": forum.pk, "title": "Eins"})
    page = coordinator_client.post(detail_url(answer), {"forum": forum.pk, "title": "Zwei"})

    assert "schon ein Impuls für dieses Forum" in page.content.decode()
    assert Impulse.objects.count() == 1


def test_the_impulse_links_to_the_answer_for_coordinators_only(
    coordinator_client, moderator, member, answer, forum
):
    coordinator_client.post(detail_url(answer), {"forum": forum.pk, "title": "Jugendtreff"})
    link = Impulse.objects.get().source_object.get_absolute_url()
    moderator_client, member_client = Client(), Client()
    moderator_client.force_login(moderator)
    member_client.force_login(member)

    assert link == detail_url(answer)
    assert coordinator_client.get(link).status_code == 200
    assert moderator_client.get(link).status_code == 403  # the forum's own moderator too
    assert member_client.get(link).status_code == 403
    assert Client().get(link).status_code == 302


def test_an_anonymous_respondent_is_never_revealed(coordinator_client, answer, forum):
    coordinator_client.post(detail_url(answer), {"forum": forum.pk, "title": "Jugendtreff"})
    impulse = Impulse.objects.get()

    page = coordinator_client.get(impulse.source_object.get_absolute_url()).content.decode()

    stored = " ".join(str(getattr(impulse, f.attname)) for f in Impulse._meta.concrete_fields)
    for secret in ("Ina Geheim", "ina.geheim@example.org"):
        assert secret not in page
        assert secret not in stored
        assert secret not in str(impulse.source_object)
    assert "anonym" in page


def test_a_personal_survey_names_the_respondent_to_coordinators(coordinator_client, answer):
    survey = answer.response.survey
    survey.is_anonymous = False
    survey.save()

    page = coordinator_client.get(detail_url(answer)).content.decode()

    assert "Ina Geheim" in page
    assert "ina.geheim@example.org" not in page


def test_a_draft_answer_cannot_be_opened(coordinator_client, answer):
    answer.response.submitted_at = None
    answer.response.save()

    page = coordinator_client.get(detail_url(answer))

    assert page.status_code == 404
    assert "Ein Jugendtreff in Scherberg" not in page.content.decode()


def test_an_answer_of_another_survey_is_not_found_through_this_one(coordinator_client, answer):
    from .conftest import build_survey

    other = build_survey(title="Andere")

    page = coordinator_client.get(
        f"/umfragen/verwalten/{other.pk}/ergebnisse/antworten/{answer.pk}/"
    )

    assert page.status_code == 404
    assert "Ein Jugendtreff in Scherberg" not in page.content.decode()
