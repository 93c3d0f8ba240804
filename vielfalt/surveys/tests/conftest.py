"""A survey with one question of every kind, open now, and invitations to it."""

from datetime import timedelta

import pytest
from django.utils import timezone

from vielfalt.surveys.models import Choice, Invitation, Question, Section, Survey


def build_survey(forum=None, **extra):
    now = timezone.now()
    values = {
        "title": "Abfrage Fachkräfte 2025",
        "intro": "Bitte nehmen Sie sich zehn Minuten Zeit.",
        "opens_at": now - timedelta(days=1),
        "closes_at": now + timedelta(days=14),
        **extra,
    }
    survey = Survey.objects.create(**values)
    first = Section.objects.create(survey=survey, title="Ihr Arbeitsfeld", position=0)
    second = Section.objects.create(survey=survey, title="Ihre Einschätzung", position=1)
    q = {}
    q["field"] = Question.objects.create(
        section=first, kind="field_of_work", text="In welchem Feld arbeiten Sie?", required=True
    )
    q["positive"] = Question.objects.create(
        section=second, kind="long_text", text="Was hat sich positiv entwickelt?", position=0
    )
    q["needs"] = Question.objects.create(
        section=second, kind="long_text", text="Was fehlt?", required=True, position=1
    )
    q["role"] = Question.objects.create(
        section=second, kind="single", text="Ihre Rolle?", position=2
    )
    q["topics"] = Question.objects.create(
        section=second, kind="multiple", text="Welche Themen?", position=3
    )
    q["scale"] = Question.objects.create(
        section=second,
        kind="scale",
        text="Wie zufrieden sind Sie?",
        position=4,
        scale_min=1,
        scale_max=5,
        scale_min_label="gar nicht",
        scale_max_label="sehr",
    )
    q["yes_no"] = Question.objects.create(
        section=second, kind="yes_no", text="Kennen Sie das Netzwerk?", position=5
    )
    q["name"] = Question.objects.create(
        section=second, kind="short_text", text="Ein Stichwort", position=6
    )
    for i, label in enumerate(["Fachkraft", "Ehrenamt"]):
        Choice.objects.create(question=q["role"], label=label, position=i)
    for i, label in enumerate(["Sprache", "Sport", "Wohnen"]):
        Choice.objects.create(question=q["topics"], label=label, position=i)
    survey.q = q
    return survey


@pytest.fixture
def survey(db, forum):
    return build_survey()


@pytest.fixture
def invitation(survey):
    return Invitation.objects.create(survey=survey, name="Ina Eingeladen", email="ina@example.org")


def answers_for(survey, forum, **overrides):
    """A complete, valid POST for ``survey`` (its questions from ``build_survey``)."""
    q = survey.q
    role = q["role"].choices.first()
    topics = list(q["topics"].choices.all()[:2])
    data = {
        f"q{q['field'].pk}": str(forum.pk),
        f"q{q['field'].pk}_other": "",
        f"q{q['positive'].pk}": "Mehr Sprachkurse am Nachmittag.",
        f"q{q['needs'].pk}": "Ein Treffpunkt für Jugendliche in Broichweiden.",
        f"q{q['role'].pk}": str(role.pk),
        f"q{q['topics'].pk}": [str(t.pk) for t in topics],
        f"q{q['scale'].pk}": "4",
        f"q{q['yes_no'].pk}": "1",
        f"q{q['name'].pk}": "Treffpunkt",
        "action": "submit",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}
