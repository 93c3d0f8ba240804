"""Invitations: from the network's people or a CSV file, mailed through the
outbox, with a status per recipient and reminders for those still missing."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from vielfalt.network.models import Person
from vielfalt.outbox.models import Mail
from vielfalt.surveys.models import Invitation, Response

from .conftest import answers_for

pytestmark = pytest.mark.django_db


def page_url(survey, rest=""):
    return f"/umfragen/verwalten/{survey.pk}/einladungen/{rest}"


def csv_file(text, name="liste.csv"):
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def test_people_of_the_network_are_invited_with_a_personal_link(
    coordinator_client, survey, moderator, member
):
    people = [moderator.person.pk, member.person.pk]

    coordinator_client.post(page_url(survey, "personen/"), {"people": people})

    invitations = list(survey.invitations.order_by("name"))
    assert [i.name for i in invitations] == ["Max Mitglied", "Mona Moderation"]
    mails = Mail.objects.filter(subject__contains="Abfrage Fachkräfte 2025")
    assert mails.count() == 2
    mail = Mail.objects.get(to="mona@example.org")
    assert f"/umfrage/{invitations[1].token}/" in mail.body
    assert invitations[1].mail == mail
    assert len(invitations[1].token) >= 32


def test_a_person_is_invited_only_once(coordinator_client, survey, moderator):
    for _ in range(2):
        coordinator_client.post(page_url(survey, "personen/"), {"people": [moderator.person.pk]})

    assert survey.invitations.count() == 1
    assert Mail.objects.count() == 1


def test_forged_person_ids_invite_nobody(coordinator_client, survey):
    page = coordinator_client.post(
        page_url(survey, "personen/"), {"people": ["99999", "x"]}, follow=True
    )

    assert "Bitte wählen Sie mindestens eine Person aus" in page.content.decode()
    assert not Invitation.objects.exists()


def test_a_csv_file_invites_everyone_in_it(coordinator_client, survey):
    data = "Name;E-Mail\nAnna Alt;anna@example.org\nBerta Berg;berta@example.org\n"

    coordinator_client.post(page_url(survey, "import/"), {"file": csv_file(data)})

    assert sorted(survey.invitations.values_list("email", flat=True)) == [
        "anna@example.org",
        "berta@example.org",
    ]
    assert Mail.objects.count() == 2


def test_bad_rows_of_a_csv_file_are_named_and_nobody_is_invited(coordinator_client, survey):
    data = "Name,E-Mail\nAnna Alt,anna@example.org\nBerta Berg,keine-adresse\nnur ein Feld\n,leer@example.org\nAnna Alt,anna@example.org\n"

    page = coordinator_client.post(page_url(survey, "import/"), {"file": csv_file(data)})

    html = page.content.decode()
    assert page.status_code == 400
    assert "Zeile 3: „keine-adresse“ ist keine gültige E-Mail-Adresse." in html
    assert "Zeile 4: Es fehlen Name oder E-Mail-Adresse." in html
    assert "Zeile 5: Der Name fehlt oder ist zu lang." in html
    assert "Zeile 6: Die Adresse anna@example.org steht schon weiter oben." in html
    assert not Invitation.objects.exists()
    assert not Mail.objects.exists()


def test_the_status_shows_queued_sent_failed_answered_and_revoked(
    coordinator_client, client, survey, forum
):
    coordinator_client.post(
        page_url(survey, "import/"),
        {
            "file": csv_file(
                "a,a@example.org\nb,b@example.org\nc,c@example.org\nd,d@example.org\ne,e@example.org\n"
            )
        },
    )
    a, b, c, d, e = survey.invitations.order_by("name")
    Mail.objects.filter(pk=b.mail_id).update(state=Mail.State.SENT)
    Mail.objects.filter(pk=c.mail_id).update(state=Mail.State.FAILED)
    client.post(f"/umfrage/{d.token}/", answers_for(survey, forum))
    coordinator_client.post(page_url(survey, f"{e.pk}/zurueckziehen/"))

    html = coordinator_client.get(page_url(survey)).content.decode()

    for status, label in [
        ("queued", "wartet auf Versand"),
        ("sent", "verschickt"),
        ("failed", "Versand fehlgeschlagen"),
        ("answered", "beantwortet"),
        ("revoked", "zurückgezogen"),
    ]:
        assert f'survey-status-{status}">{label}<' in html
    assert client.get(f"/umfrage/{e.token}/").status_code == 404


def test_reminders_go_only_to_those_who_have_not_answered(
    coordinator_client, client, survey, forum
):
    coordinator_client.post(
        page_url(survey, "import/"),
        {"file": csv_file("a,a@example.org\nb,b@example.org\nc,c@example.org\n")},
    )
    a, b, c = survey.invitations.order_by("name")
    client.post(f"/umfrage/{a.token}/", answers_for(survey, forum))
    Response.objects.create(survey=survey, invitation=b)  # a draft still counts as missing
    coordinator_client.post(page_url(survey, f"{c.pk}/zurueckziehen/"))
    Mail.objects.all().delete()

    coordinator_client.post(page_url(survey, "erinnern/"))

    assert list(Mail.objects.values_list("to", flat=True)) == ["b@example.org"]
    assert "Erinnerung" in Mail.objects.get().subject
    b.refresh_from_db()
    assert b.reminded_at is not None


def test_the_invitation_page_runs_a_constant_number_of_queries(
    coordinator_client, survey, django_assert_num_queries
):
    def count_queries():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            coordinator_client.get(page_url(survey))
        return len(queries)

    Invitation.objects.create(survey=survey, name="x", email="x@example.org")
    few = count_queries()
    for i in range(10):
        invitation = Invitation.objects.create(
            survey=survey, name=f"p{i}", email=f"p{i}@example.org"
        )
        Response.objects.create(survey=survey, invitation=invitation)
        Person.objects.create(name=f"Person {i}", email=f"person{i}@example.org")

    assert count_queries() == few


@pytest.mark.parametrize("who", ["moderator_client", "member_client"])
def test_only_coordinators_invite(request, who, survey, moderator):
    client = request.getfixturevalue(who)

    page = client.post(page_url(survey, "personen/"), {"people": [moderator.person.pk]})

    assert page.status_code == 403
    assert not Invitation.objects.exists()
