"""Answering by a personal link: drafts, submitting once, and bad input."""

from datetime import timedelta

import pytest
from django.utils import timezone

from vielfalt.surveys.models import Answer, Response

from .conftest import answers_for

pytestmark = pytest.mark.django_db


def url(invitation):
    return f"/umfrage/{invitation.token}/"


def test_the_invited_person_sees_every_question_in_fieldsets(client, invitation):
    html = client.get(url(invitation)).content.decode()

    assert "Abfrage Fachkräfte 2025" in html
    assert "<legend>Ihre Rolle?" in html
    assert "<legend>In welchem Feld arbeiten Sie?" in html
    assert 'label for="id_q' in html
    assert "Zwischenspeichern" in html
    assert 'data-hx-post="/umfrage/' in html


def test_submitting_stores_one_response_with_every_answer(client, invitation, survey, forum):
    page = client.post(url(invitation), answers_for(survey, forum))

    assert "Vielen Dank für Ihre Antworten" in page.content.decode()
    response = Response.objects.get()
    assert response.submitted_at is not None
    assert response.invitation == invitation
    assert response.forum == forum
    assert response.answers.count() == 8
    topics = Answer.objects.get(question=survey.q["topics"])
    assert sorted(c.label for c in topics.choices.all()) == ["Sport", "Sprache"]
    assert Answer.objects.get(question=survey.q["scale"]).number == 4


def test_a_second_submit_changes_nothing_and_says_so(client, invitation, survey, forum):
    client.post(url(invitation), answers_for(survey, forum))
    first = Response.objects.get()

    again = client.post(
        url(invitation), answers_for(survey, forum, **{f"q{survey.q['needs'].pk}": "Anders"})
    )

    assert "schon eingegangen" in again.content.decode()
    assert Response.objects.count() == 1
    assert Response.objects.get().submitted_at == first.submitted_at
    assert Answer.objects.get(question=survey.q["needs"]).text.startswith("Ein Treffpunkt")


def test_submit_is_a_conditional_update_that_counts_once(invitation, survey):
    response = Response.objects.create(survey=survey, invitation=invitation)

    assert response.submit() is True
    assert Response.objects.get(pk=response.pk).submit() is False


def test_a_draft_is_saved_without_required_answers_and_resumed(client, invitation, survey):
    needs = f"q{survey.q['positive'].pk}"

    page = client.post(url(invitation), {needs: "Halb fertig", "action": "draft"})

    assert "zwischengespeichert" in page.content.decode()
    response = Response.objects.get()
    assert response.submitted_at is None
    resumed = client.get(url(invitation)).content.decode()
    assert "Halb fertig" in resumed


def test_htmx_autosave_answers_with_a_status_line(client, invitation, survey):
    page = client.post(
        url(invitation),
        {f"q{survey.q['positive'].pk}": "Automatisch", "action": "draft"},
        headers={"HX-Request": "true"},
    )

    assert "Entwurf gespeichert um" in page.content.decode()
    assert "<html" not in page.content.decode()
    assert Answer.objects.get().text == "Automatisch"


def test_a_required_question_left_empty_keeps_everything_typed(client, invitation, survey, forum):
    data = answers_for(survey, forum, **{f"q{survey.q['needs'].pk}": ""})

    page = client.post(url(invitation), data)

    html = page.content.decode()
    assert "Bitte prüfen Sie Ihre Antworten" in html
    assert "Was fehlt?: Bitte beantworten Sie diese Frage." in html
    assert "Mehr Sprachkurse am Nachmittag." in html
    assert f'aria-describedby="id_q{survey.q["needs"].pk}_error"' in html
    response = Response.objects.get()
    assert response.submitted_at is None  # nothing submitted ...
    assert response.answers.filter(question=survey.q["positive"]).exists()  # ... but kept


def test_an_overlong_answer_is_refused_and_not_stored(client, invitation, survey, forum):
    data = answers_for(survey, forum, **{f"q{survey.q['name'].pk}": "x" * 301})

    page = client.post(url(invitation), data)

    assert "Bitte höchstens 300 Zeichen eingeben (jetzt: 301)" in page.content.decode()
    assert not Answer.objects.filter(question=survey.q["name"]).exists()
    assert Response.objects.get().submitted_at is None


def test_a_choice_that_is_not_offered_is_refused(client, invitation, survey, forum, other_forum):
    from vielfalt.surveys.models import Choice

    foreign = Choice.objects.create(question=survey.q["scale"], label="fremd")
    data = answers_for(survey, forum, **{f"q{survey.q['role'].pk}": str(foreign.pk)})

    page = client.post(url(invitation), data)

    assert "Diese Antwort steht nicht zur Auswahl" in page.content.decode()
    assert not Answer.objects.filter(question=survey.q["role"]).exists()
    assert Response.objects.get().submitted_at is None


def test_another_field_of_work_needs_its_name(client, invitation, survey, forum):
    field = f"q{survey.q['field'].pk}"
    data = answers_for(survey, forum, **{field: "other", f"{field}_other": ""})

    page = client.post(url(invitation), data)

    assert "Bitte nennen Sie Ihr Arbeitsfeld." in page.content.decode()
    data[f"{field}_other"] = "Stadtteilbibliothek"
    client.post(url(invitation), data)
    response = Response.objects.get()
    assert response.forum is None
    assert response.field_of_work_text == "Stadtteilbibliothek"
    assert response.submitted_at is not None


def test_an_unknown_token_is_refused(client, survey):
    page = client.get("/umfrage/gibt-es-nicht/")

    assert page.status_code == 404
    assert "Dieser Link gilt nicht" in page.content.decode()


def test_a_revoked_invitation_is_refused_and_stores_nothing(client, invitation, survey, forum):
    invitation.revoked = True
    invitation.save()

    page = client.post(url(invitation), answers_for(survey, forum))

    assert page.status_code == 404
    assert "zurückgezogen" in page.content.decode()
    assert not Response.objects.exists()


def test_a_closed_survey_takes_no_answers(client, invitation, survey, forum):
    survey.closes_at = timezone.now() - timedelta(minutes=1)
    survey.save()

    page = client.post(url(invitation), answers_for(survey, forum))

    assert page.status_code == 410
    assert "Die Abfrage ist beendet" in page.content.decode()
    assert not Response.objects.exists()


def test_a_survey_not_yet_open_says_when_it_opens(client, invitation, survey):
    survey.opens_at = timezone.now() + timedelta(days=2)
    survey.save()

    page = client.get(url(invitation))

    assert "noch nicht offen" in page.content.decode()


def test_answers_can_be_changed_until_the_end_if_allowed(client, invitation, survey, forum):
    survey.allows_editing = True
    survey.save()
    client.post(url(invitation), answers_for(survey, forum))

    form = client.get(url(invitation)).content.decode()
    page = client.post(
        url(invitation), answers_for(survey, forum, **{f"q{survey.q['needs'].pk}": "Neu"})
    )

    assert "Sie können Ihre Antworten bis zum Ende der Abfrage ändern" in form
    assert "Ihre Änderungen sind gespeichert." in page.content.decode()
    assert Response.objects.count() == 1
    assert Answer.objects.get(question=survey.q["needs"]).text == "Neu"


def test_an_error_in_a_choice_question_is_linked_to_its_fieldset(client, invitation, survey, forum):
    role = survey.q["role"]
    data = answers_for(survey, forum, **{f"q{role.pk}": "999"})

    html = client.post(url(invitation), data).content.decode()

    assert f'id="group-q{role.pk}" tabindex="-1" aria-describedby="id_q{role.pk}_error"' in html
    assert f'<ul class="errorlist" id="id_q{role.pk}_error">' in html
    assert (
        f'<a href="#group-q{role.pk}">Ihre Rolle?: Diese Antwort steht nicht zur Auswahl.' in html
    )


def test_personal_links_are_kept_out_of_search_engines(client, invitation):
    html = client.get(url(invitation)).content.decode()

    assert '<meta name="robots" content="noindex">' in html
