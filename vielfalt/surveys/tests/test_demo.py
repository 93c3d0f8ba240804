"""The January 2023 survey in the demo."""

from io import StringIO

from django.core.management import call_command
from django.db.models import Count

from vielfalt.collection.models import Impulse, Source
from vielfalt.demo.surveys import TITLE
from vielfalt.surveys.models import Answer, Response, Survey


def test_the_demo_holds_the_january_2023_survey_with_forty_responses(demo_data):
    survey = Survey.objects.get(title=TITLE)

    assert survey.opens_at.year == 2023 and survey.opens_at.month == 1
    assert survey.is_anonymous
    assert survey.responses.submitted().count() >= 40
    fields = survey.responses.values("forum").annotate(n=Count("pk"))
    assert len(fields) >= 8  # seven forums and free fields of work
    assert "Abfragen: 1 Abfrage mit" in demo_data


def test_some_answers_are_already_impulses_in_the_forums(demo_data):
    impulses = Impulse.objects.filter(source=Source.SURVEY, forum__isnull=False)

    assert impulses.count() >= 3
    for impulse in impulses:
        assert isinstance(impulse.source_object, Answer)
        assert impulse.text == impulse.source_object.text


def test_loading_the_demo_twice_duplicates_no_survey(demo_data, settings):
    before = (
        Survey.objects.count(),
        Response.objects.count(),
        Answer.objects.count(),
        Impulse.objects.count(),
    )

    call_command("load_demo", stdout=StringIO())

    assert (
        Survey.objects.count(),
        Response.objects.count(),
        Answer.objects.count(),
        Impulse.objects.count(),
    ) == before
