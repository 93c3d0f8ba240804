"""The results: counts and shares as a table with an SVG chart, free text
filtered by field of work and words, the response rate, and the exports."""

import csv
import io

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from vielfalt.surveys.models import Invitation

from .conftest import answers_for

pytestmark = pytest.mark.django_db


def respond(survey, forum, n=1, **overrides):
    for i in range(n):
        invitation = Invitation.objects.create(
            survey=survey, name=f"Person {i} {forum.slug}", email=f"p{i}-{forum.slug}@example.org"
        )
        Client().post(f"/umfrage/{invitation.token}/", answers_for(survey, forum, **overrides))


def results_url(survey, query=""):
    return f"/umfragen/verwalten/{survey.pk}/ergebnisse/{query}"


def test_counts_and_shares_are_a_table_with_a_chart(coordinator_client, survey, forum, other_forum):
    respond(survey, forum, 3)
    respond(
        survey,
        other_forum,
        1,
        **{f"q{survey.q['scale'].pk}": "2", f"q{survey.q['yes_no'].pk}": "0"},
    )
    Invitation.objects.create(survey=survey, name="Noch offen", email="offen@example.org")

    html = coordinator_client.get(results_url(survey)).content.decode()

    assert "4 abgeschickte Antworten." in html
    assert "Rücklauf: 80 % von 5 Eingeladenen." in html
    assert "<caption>Wie zufrieden sind Sie?" in html
    assert '<th scope="row">4</th><td>3</td><td>75 %</td>' in html
    assert '<th scope="row">Nein</th><td>1</td><td>25 %</td>' in html
    assert '<th scope="row">Forum Sprache und Bildung</th><td>3</td><td>75 %</td>' in html
    assert '<th scope="row">Sprache</th><td>4</td><td>100 %</td>' in html
    assert 'role="img"' in html
    assert "Balkendiagramm zu „Wie zufrieden sind Sie?“: 1: 0 (0 %); 2: 1 (25 %)" in html


def test_free_text_answers_filter_by_field_of_work_and_words(
    coordinator_client, survey, forum, other_forum
):
    needs = f"q{survey.q['needs'].pk}"
    respond(survey, forum, 1, **{needs: "Mehr Plätze in der Kita"})
    respond(survey, other_forum, 1, **{needs: "Ein Bolzplatz in Bardenberg"})

    by_forum = coordinator_client.get(
        results_url(survey, f"?arbeitsfeld={other_forum.pk}")
    ).content.decode()
    by_words = coordinator_client.get(results_url(survey, "?suche=kita")).content.decode()

    assert "Ein Bolzplatz in Bardenberg" in by_forum and "Mehr Plätze in der Kita" not in by_forum
    assert "Mehr Plätze in der Kita" in by_words and "Bolzplatz" not in by_words


def test_drafts_do_not_count(coordinator_client, survey, forum, invitation):
    Client().post(
        f"/umfrage/{invitation.token}/", {f"q{survey.q['needs'].pk}": "Entwurf", "action": "draft"}
    )

    html = coordinator_client.get(results_url(survey)).content.decode()

    assert "0 abgeschickte Antworten." in html
    assert "Entwurf" not in html


def test_the_results_page_runs_a_constant_number_of_queries(
    coordinator_client, survey, forum, other_forum
):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert coordinator_client.get(results_url(survey)).status_code == 200
        return len(captured)

    respond(survey, forum, 1)
    few = queries()
    respond(survey, other_forum, 8)

    assert queries() == few


def test_the_csv_export_has_a_row_per_response(coordinator_client, survey, forum):
    respond(survey, forum, 2, **{f"q{survey.q['name'].pk}": "=SUMME(A1)"})

    response = coordinator_client.get(f"/umfragen/verwalten/{survey.pk}/ergebnisse/export.csv")

    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:3] == ["Nr.", "abgeschickt am", "Arbeitsfeld"]
    assert "Name" not in rows[0]  # anonymous
    assert len(rows) == 3
    assert rows[1][2] == "Sprache und Bildung"
    assert "Sprache, Sport" in rows[1]
    assert "'=SUMME(A1)" in rows[1]
    assert "Ja" in rows[1]


def test_a_personal_survey_exports_names(coordinator_client, survey, forum):
    survey.is_anonymous = False
    survey.save()
    respond(survey, forum, 1)

    response = coordinator_client.get(f"/umfragen/verwalten/{survey.pk}/ergebnisse/export.csv")

    text = b"".join(response.streaming_content).decode("utf-8-sig")
    assert "Person 0 sprache-und-bildung" in text


def test_the_xlsx_export_has_a_row_per_response(coordinator_client, survey, forum):
    respond(survey, forum, 3)

    response = coordinator_client.get(f"/umfragen/verwalten/{survey.pk}/ergebnisse/export.xlsx")

    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.iter_rows(values_only=True))
    assert len(rows) == 4
    assert rows[0][3] == "In welchem Feld arbeiten Sie?"
    assert rows[1][2] == "Sprache und Bildung"


def test_the_pdf_report_is_a_pdf(coordinator_client, survey, forum):
    respond(survey, forum, 2)

    response = coordinator_client.get(f"/umfragen/verwalten/{survey.pk}/ergebnisse/bericht.pdf")

    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


@pytest.mark.parametrize("who", ["moderator_client", "member_client"])
@pytest.mark.parametrize("path", ["", "export.csv", "export.xlsx", "bericht.pdf"])
def test_only_coordinators_see_results(request, who, path, survey, forum):
    respond(survey, forum, 1)
    client = request.getfixturevalue(who)

    page = client.get(f"/umfragen/verwalten/{survey.pk}/ergebnisse/{path}")

    assert page.status_code == 403
    assert "Ein Treffpunkt für Jugendliche" not in page.content.decode()
