import io

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from openpyxl import load_workbook

from vielfalt.conftest import pass_second_factor
from vielfalt.events.models import Registration

from .helpers import book, make_event

PAGES = [
    "participants",
    "export_csv",
    "export_xlsx",
    "check_in",
    "name_list",
    "message",
    "minutes",
]


@pytest.fixture
def event(db, moderator):
    """An event organised by the moderator's person, with two confirmed and one waiting."""
    event = make_event(capacity=2, organiser_person=moderator.linked_person)
    book(event, 1, organisation_name="=HYPERLINK(1)", needs="Rollstuhl")
    book(event, 2)
    book(event, 3)
    return event


@pytest.mark.parametrize("page", PAGES)
def test_the_organiser_and_coordinators_open_every_tool(page, event, moderator, coordinator):
    for user in (moderator, coordinator):
        client = Client()
        client.force_login(user)
        pass_second_factor(client, user)  # coordinators need it everywhere
        response = client.get(reverse(f"events:{page}", args=[event.pk]))
        assert response.status_code == 200
        if page not in ("message", "minutes", "export_xlsx"):
            assert "Person 1" in response.content.decode("utf-8-sig")


@pytest.mark.parametrize("page", PAGES)
def test_others_get_a_404_and_visitors_the_login(page, event, member_client):
    url = reverse(f"events:{page}", args=[event.pk])

    refused = member_client.get(url)
    assert refused.status_code == 404
    assert "Person 1" not in refused.content.decode()
    assert "/login/" in Client().get(url)["Location"]


def test_a_forged_event_id_is_a_404_for_coordinators_too(coordinator_client, db):
    response = coordinator_client.get(reverse("events:participants", args=[99999]))

    assert response.status_code == 404
    assert "Diese Seite gibt es nicht" in response.content.decode()


def test_the_participant_list_filters_by_status(moderator_client, event):
    url = reverse("events:participants", args=[event.pk])

    everyone = moderator_client.get(url).content.decode()
    waiting = moderator_client.get(url, {"status": "waiting"}).content.decode()

    assert "Person 1" in everyone and "Person 3" in everyone
    assert "Person 3" in waiting and "Person 1" not in waiting


def test_the_participant_list_takes_the_same_queries_for_more_people(
    moderator_client, event, forum, django_assert_num_queries
):
    url = reverse("events:participants", args=[event.pk])
    moderator_client.get(url)
    with django_assert_num_queries(7) as few:
        moderator_client.get(url)
    for n in range(4, 20):
        book(event, n)
    with django_assert_num_queries(len(few.captured_queries)):
        response = moderator_client.get(url)
    assert "Person 19" in response.content.decode()


def test_the_csv_export_holds_the_filtered_people_and_defuses_formulas(moderator_client, event):
    response = moderator_client.get(
        reverse("events:export_csv", args=[event.pk]), {"status": "confirmed"}
    )

    text = response.content.decode("utf-8-sig")
    assert "Person 1;person1@example.org;'=HYPERLINK(1);angemeldet" in text
    assert "Person 3" not in text


def test_the_xlsx_export_opens_with_openpyxl(moderator_client, event):
    response = moderator_client.get(reverse("events:export_xlsx", args=[event.pk]))

    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Name"
    assert {row[0] for row in rows[1:]} == {"Person 1", "Person 2", "Person 3"}


def test_check_in_marks_a_person_as_present(moderator_client, event):
    registration = Registration.objects.get(email="person1@example.org")

    response = moderator_client.post(
        reverse("events:mark_attended", args=[event.pk, registration.pk]), {"attended": "1"}
    )

    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.attended
    page = moderator_client.get(reverse("events:check_in", args=[event.pk])).content.decode()
    assert "1 von 2 Personen da" in page


def test_check_in_refuses_a_registration_of_another_event(moderator_client, event):
    other = book(make_event(title="Anderes"), 9)

    response = moderator_client.post(
        reverse("events:mark_attended", args=[event.pk, other.pk]), {"attended": "1"}
    )

    assert response.status_code == 404
    other.refresh_from_db()
    assert not other.attended


def test_the_name_list_shows_the_confirmed_people_only(moderator_client, event):
    page = moderator_client.get(reverse("events:name_list", args=[event.pk])).content.decode()

    assert "Person 1" in page and "Person 2" in page
    assert "Person 3" not in page


def test_a_message_goes_to_every_confirmed_person(
    moderator_client, event, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(
            reverse("events:message", args=[event.pk]),
            {"subject": "Raumänderung", "body": "Wir treffen uns im Ratssaal."},
        )

    assert response.status_code == 302
    assert sorted(m.to[0] for m in mail.outbox) == ["person1@example.org", "person2@example.org"]
    assert mail.outbox[0].subject == "Raumänderung"
    assert mail.outbox[0].reply_to == ["mona@example.org"]


def test_check_in_through_htmx_answers_with_the_row(moderator_client, event):
    registration = Registration.objects.get(email="person2@example.org")

    response = moderator_client.post(
        reverse("events:mark_attended", args=[event.pk, registration.pk]),
        {"attended": "1"},
        headers={"HX-Request": "true"},
    )

    html = response.content.decode()
    assert html.lstrip().startswith(f'<li id="r{registration.pk}"')
    assert "Anwesend – zurücknehmen" in html


def test_the_organiser_writes_the_minutes_and_they_appear_sanitised(
    moderator_client, client, event
):
    response = moderator_client.post(
        reverse("events:minutes", args=[event.pk]),
        {"minutes": "## Ergebnisse\n\n- Alle Foren berichten\n\n<script>alert(1)</script>"},
    )

    assert response.status_code == 302
    page = Client().get(event.get_absolute_url()).content.decode()
    assert "<h2>Ergebnisse</h2>" in page
    assert "<li>Alle Foren berichten</li>" in page
    assert "<script>alert(1)</script>" not in page


def test_a_member_of_another_forum_cannot_write_the_minutes(member_client, event):
    response = member_client.post(reverse("events:minutes", args=[event.pk]), {"minutes": "x"})

    assert response.status_code == 404
    event.refresh_from_db()
    assert event.minutes == ""


def test_the_participant_list_filters_by_forum_preference_and_name(
    moderator_client, moderator, forum
):
    event = make_event(
        asks_forum_preferences=True, capacity=None, organiser_person=moderator.linked_person
    )
    book(event, 1, forums=[forum])
    book(event, 2)
    url = reverse("events:participants", args=[event.pk])

    by_forum = moderator_client.get(url, {"forum": forum.pk}).content.decode()
    by_name = moderator_client.get(url, {"q": "Person 2"}).content.decode()

    assert "Person 1" in by_forum and "Person 2" not in by_forum
    assert "Person 2" in by_name and "Person 1" not in by_name
