"""A coordinator builds a survey, invites three people, sees their answers,
exports them, and sends one answer to a forum as an impulse."""

import re

import pytest
from django.test import Client

from vielfalt.collection.models import Impulse
from vielfalt.outbox.models import Mail
from vielfalt.surveys.models import Question, Section, Survey

pytestmark = pytest.mark.django_db
BASE = "/umfragen/verwalten/"


def test_from_building_to_an_impulse(
    coordinator_client, moderator, member, coordinator, forum, other_forum
):
    c = coordinator_client
    c.post(
        f"{BASE}neu/",
        {"title": "Abfrage 2026", "opens_at": "2020-01-01T08:00", "is_anonymous": "on"},
    )
    survey = Survey.objects.get()
    c.post(f"{BASE}{survey.pk}/abschnitte/neu/", {"title": "Arbeitsfeld"})
    section = Section.objects.get()
    new_question = f"{BASE}{survey.pk}/abschnitte/{section.pk}/fragen/neu/"
    c.post(
        new_question,
        {
            "kind": "field_of_work",
            "text": "Ihr Arbeitsfeld?",
            "required": "on",
            "scale_min": 1,
            "scale_max": 5,
        },
    )
    c.post(
        new_question, {"kind": "long_text", "text": "Was fehlt?", "scale_min": 1, "scale_max": 5}
    )
    field, needs = Question.objects.order_by("position")

    people = [moderator.person.pk, member.person.pk, coordinator.person.pk]
    c.post(f"{BASE}{survey.pk}/einladungen/personen/", {"people": people})
    assert Mail.objects.count() == 3

    for mail, (forum_id, text) in zip(
        Mail.objects.order_by("to"),
        [
            (forum.pk, "Ein Elterncafé"),
            (other_forum.pk, "Mehr Hallenzeiten"),
            (forum.pk, "Lesepaten"),
        ],
        strict=True,
    ):
        link = re.search(r"/umfrage/[\w-]+/", mail.body).group(0)
        person = Client()
        assert "Was fehlt?" in person.get(link).content.decode()
        person.post(link, {f"q{field.pk}": forum_id, f"q{needs.pk}": text, "action": "submit"})

    results = c.get(f"{BASE}{survey.pk}/ergebnisse/").content.decode()
    assert "3 abgeschickte Antworten." in results
    assert "Rücklauf: 100 % von 3 Eingeladenen." in results
    assert "Mehr Hallenzeiten" in results

    export = c.get(f"{BASE}{survey.pk}/ergebnisse/export.csv")
    assert b"".join(export.streaming_content).decode("utf-8-sig").count("\n") == 4

    answer = needs.answers.get(text="Mehr Hallenzeiten")
    c.post(answer.get_absolute_url(), {"forum": other_forum.pk, "title": "Hallenzeiten"})
    impulse = Impulse.objects.get()
    assert (impulse.forum, impulse.text) == (other_forum, "Mehr Hallenzeiten")
    assert "beantwortet" in c.get(f"{BASE}{survey.pk}/einladungen/").content.decode()
