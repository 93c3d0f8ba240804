"""The survey builder: only coordinators; sections, questions, order, copy, preview."""

import pytest

from vielfalt.surveys.models import Choice, Question, Section, Survey

from .conftest import build_survey

pytestmark = pytest.mark.django_db

BASE = "/umfragen/verwalten/"


@pytest.mark.parametrize("who", ["moderator_client", "member_client"])
def test_only_coordinators_reach_the_builder(request, who, survey):
    client = request.getfixturevalue(who)

    assert client.get(BASE).status_code == 403
    assert client.get(f"{BASE}{survey.pk}/").status_code == 403
    assert client.post(f"{BASE}{survey.pk}/kopieren/").status_code == 403
    assert Survey.objects.count() == 1


def test_anonymous_visitors_are_sent_to_the_login(client, survey):
    page = client.get(f"{BASE}{survey.pk}/ergebnisse/")

    assert page.status_code == 302
    assert "/konto/login/" in page["Location"]


def test_a_coordinator_creates_a_survey_with_a_section_and_a_choice_question(coordinator_client):
    page = coordinator_client.post(
        f"{BASE}neu/",
        {
            "title": "Abfrage 2026",
            "intro": "",
            "opens_at": "2026-01-10T08:00",
            "is_anonymous": "on",
        },
    )
    survey = Survey.objects.get()
    assert page["Location"] == f"{BASE}{survey.pk}/"

    coordinator_client.post(f"{BASE}{survey.pk}/abschnitte/neu/", {"title": "Allgemein"})
    section = Section.objects.get()
    coordinator_client.post(
        f"{BASE}{survey.pk}/abschnitte/{section.pk}/fragen/neu/",
        {
            "kind": "single",
            "text": "Ihre Rolle?",
            "required": "on",
            "scale_min": 1,
            "scale_max": 5,
            "choices_text": "Fachkraft\nEhrenamt\n\nFachkraft",
        },
    )

    question = Question.objects.get()
    assert question.required
    assert [c.label for c in question.choices.all()] == ["Fachkraft", "Ehrenamt"]
    detail = coordinator_client.get(f"{BASE}{survey.pk}/").content.decode()
    assert "Ihre Rolle?" in detail and "Ehrenamt" in detail


def test_a_choice_question_needs_two_choices(coordinator_client, survey):
    section = survey.sections.first()

    page = coordinator_client.post(
        f"{BASE}{survey.pk}/abschnitte/{section.pk}/fragen/neu/",
        {
            "kind": "multiple",
            "text": "Was?",
            "scale_min": 1,
            "scale_max": 5,
            "choices_text": "nur eine",
        },
    )

    assert "mindestens zwei Antwortmöglichkeiten" in page.content.decode()
    assert not Question.objects.filter(text="Was?").exists()


def test_the_close_date_must_follow_the_open_date(coordinator_client, survey):
    page = coordinator_client.post(
        f"{BASE}{survey.pk}/bearbeiten/",
        {"title": "X", "opens_at": "2026-02-01T08:00", "closes_at": "2026-01-01T08:00"},
    )

    assert "Das Ende muss nach dem Beginn liegen." in page.content.decode()


def test_editing_choices_keeps_the_ones_still_listed(coordinator_client, survey):
    question = survey.q["topics"]
    sprache = question.choices.get(label="Sprache")

    coordinator_client.post(
        f"{BASE}{survey.pk}/fragen/{question.pk}/bearbeiten/",
        {
            "kind": "multiple",
            "text": question.text,
            "scale_min": 1,
            "scale_max": 5,
            "choices_text": "Wohnen\nSprache\nKultur",
        },
    )

    assert [c.label for c in question.choices.all()] == ["Wohnen", "Sprache", "Kultur"]
    assert question.choices.get(label="Sprache").pk == sprache.pk


def test_questions_move_up_and_down_by_buttons(coordinator_client, survey):
    section = survey.q["positive"].section
    needs = survey.q["needs"]

    coordinator_client.post(
        f"{BASE}{survey.pk}/fragen/{needs.pk}/verschieben/", {"direction": "up"}
    )

    order = list(section.questions.order_by("position").values_list("text", flat=True))
    assert order[:2] == ["Was fehlt?", "Was hat sich positiv entwickelt?"]
    html = coordinator_client.get(f"{BASE}{survey.pk}/").content.decode()
    assert html.index("Was fehlt?") < html.index("Was hat sich positiv entwickelt?")
    assert 'name="direction" value="down"' in html


def test_the_first_section_cannot_move_further_up(coordinator_client, survey):
    first = survey.sections.order_by("position").first()

    coordinator_client.post(
        f"{BASE}{survey.pk}/abschnitte/{first.pk}/verschieben/", {"direction": "up"}
    )

    assert survey.sections.order_by("position").first() == first


def test_a_question_of_another_survey_cannot_be_moved_through_this_one(
    coordinator_client, survey, forum
):
    other = build_survey(title="Andere")
    question = other.q["needs"]

    page = coordinator_client.post(
        f"{BASE}{survey.pk}/fragen/{question.pk}/verschieben/", {"direction": "up"}
    )

    assert page.status_code == 404
    question.refresh_from_db()
    assert question.position == 1


def test_copying_a_survey_copies_sections_questions_and_choices(coordinator_client, survey):
    coordinator_client.post(f"{BASE}{survey.pk}/kopieren/")

    copy = Survey.objects.exclude(pk=survey.pk).get()
    assert copy.title == "Kopie von Abfrage Fachkräfte 2025"
    assert copy.copied_from == survey
    assert copy.opens_at is None
    assert Question.objects.filter(section__survey=copy).count() == 8
    assert Choice.objects.filter(question__section__survey=copy).count() == 5
    assert Choice.objects.filter(question__section__survey=survey).count() == 5


def test_the_preview_shows_the_form_without_saving(coordinator_client, survey):
    html = coordinator_client.get(f"{BASE}{survey.pk}/vorschau/").content.decode()

    assert "Vorschau" in html
    assert "In der Vorschau wird nichts gespeichert." in html
    assert "<legend>Kennen Sie das Netzwerk?" in html


def test_the_public_link_can_be_made_and_removed(coordinator_client, survey):
    coordinator_client.post(f"{BASE}{survey.pk}/oeffentlicher-link/")
    survey.refresh_from_db()
    assert survey.public_token
    assert survey.public_token in coordinator_client.get(f"{BASE}{survey.pk}/").content.decode()

    coordinator_client.post(f"{BASE}{survey.pk}/oeffentlicher-link/", {"action": "remove"})
    survey.refresh_from_db()
    assert survey.public_token is None


def test_the_list_of_surveys_runs_a_constant_number_of_queries(coordinator_client, survey):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries():
        with CaptureQueriesContext(connection) as captured:
            page = coordinator_client.get(BASE)
        return len(captured), page.content.decode()

    few, _html = queries()
    for i in range(5):
        build_survey(title=f"Abfrage {i}", copied_from=survey)
    many, html = queries()

    assert many == few
    assert "Abfrage 4" in html
