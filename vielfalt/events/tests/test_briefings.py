import datetime
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from vielfalt.collection.models import Impulse, Source
from vielfalt.events.documents import check_document
from vielfalt.events.models import Briefing, Committee
from vielfalt.process.models import Milestone

from .helpers import book, make_event


@pytest.fixture
def briefing(db):
    committee = Committee.objects.create(name="Jugendhilfeausschuss", kind=Committee.Kind.POLITICAL)
    return Briefing.objects.create(
        date=datetime.date(2024, 3, 12),
        committee=committee,
        topic="Sachstand Präventionskette",
        summary="Die Foren haben ihre Arbeit aufgenommen.",
    )


def test_a_public_briefing_has_a_public_page(client, briefing):
    page = client.get(reverse("events:briefing", args=[briefing.pk])).content.decode()

    assert "Jugendhilfeausschuss: Sachstand Präventionskette" in page
    assert "Die Foren haben ihre Arbeit aufgenommen." in page
    assert "Rückmeldung erfassen" not in page


def test_an_internal_briefing_is_a_404_for_visitors_and_members(client, member_client, briefing):
    briefing.is_public = False
    briefing.save()
    url = reverse("events:briefing", args=[briefing.pk])

    for response in (Client().get(url), member_client.get(url)):
        assert response.status_code == 404
        assert "Sachstand Präventionskette" not in response.content.decode()


def test_recording_feedback_puts_an_impulse_in_the_forums_inbox(
    coordinator_client, briefing, forum
):
    response = coordinator_client.post(
        reverse("events:feedback", args=[briefing.pk]),
        {
            "feedback": "Der Ausschuss wünscht mehr Angebote für Väter.",
            "forum": forum.pk,
            "title": "Angebote für Väter",
        },
    )

    assert response.status_code == 302
    impulse = Impulse.objects.get()
    assert impulse.forum == forum
    assert impulse.status == Impulse.Status.OPEN
    assert impulse.source == Source.COMMITTEE
    assert impulse.source_object == briefing
    briefing.refresh_from_db()
    assert briefing.feedback == "Der Ausschuss wünscht mehr Angebote für Väter."
    assert list(briefing.forums.all()) == [forum]


def test_only_coordinators_record_feedback(moderator_client, briefing, forum):
    response = moderator_client.post(
        reverse("events:feedback", args=[briefing.pk]),
        {"feedback": "x", "forum": forum.pk, "title": "x"},
    )

    assert response.status_code == 404
    assert Impulse.objects.count() == 0


def test_feedback_for_a_forged_forum_is_refused_and_nothing_stored(coordinator_client, briefing):
    response = coordinator_client.post(
        reverse("events:feedback", args=[briefing.pk]),
        {"feedback": "Etwas", "forum": 99999, "title": "Etwas"},
    )

    assert "Dieses Forum gibt es nicht (mehr)." in response.content.decode()
    assert Impulse.objects.count() == 0
    briefing.refresh_from_db()
    assert briefing.feedback == ""


def test_documents_must_be_pdf_or_office_files():
    check_document(SimpleUploadedFile("bericht.pdf", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj\n"))
    with pytest.raises(ValidationError):
        check_document(SimpleUploadedFile("bericht.pdf", b"<html><script>"))
    with pytest.raises(ValidationError):
        check_document(SimpleUploadedFile("bericht.exe", b"%PDF-1.7\n"))


def test_the_process_page_shows_milestones_with_their_events_and_briefings(client, briefing):
    milestone = Milestone.objects.create(date=datetime.date(2023, 8, 1), title="Auftakt")
    past = timezone.now() - timedelta(days=400)
    kickoff = make_event(
        title="Auftaktworkshop",
        starts_at=past,
        ends_at=past + timedelta(hours=4),
        milestone=milestone,
    )
    kickoff.registration_closes = None
    kickoff.save()
    briefing.milestone = milestone
    briefing.save()
    make_event(title="Netzwerktreffen Herbst")
    from vielfalt.events.models import Registration

    Registration.objects.create(event=kickoff, name="A", email="a@example.org", consent_text="Ja")

    page = client.get(reverse("events:process")).content.decode()

    coming, steps = page.split("Der Weg bisher")
    assert "Netzwerktreffen Herbst" in coming
    assert "Auftaktworkshop</a> (" in steps and "1 Teilnehmende" in steps
    assert "Jugendhilfeausschuss: Sachstand Präventionskette" in steps


def test_the_process_page_takes_the_same_queries_for_more_steps(
    client, briefing, django_assert_num_queries
):
    def add(n):
        milestone = Milestone.objects.create(date=datetime.date(2023, 1, n), title=f"Schritt {n}")
        event = make_event(title=f"Treffen {n}", milestone=milestone)
        book(event, n)
        Briefing.objects.create(
            date=datetime.date(2024, 1, n),
            committee=briefing.committee,
            topic=f"Bericht {n}",
            milestone=milestone,
        )

    add(1)
    client.get(reverse("events:process"))
    # milestones, their events and briefings, the upcoming events and their forums,
    # the briefings without a step with their forums and documents
    with django_assert_num_queries(8) as few:
        client.get(reverse("events:process"))
    for n in range(2, 8):
        add(n)
    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get(reverse("events:process"))
    assert "Bericht 7" in response.content.decode()
