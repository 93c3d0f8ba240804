"""Coordinators keep the finder's everyday words (Begriffsgruppen) in the back office."""

import pytest
from django.urls import reverse

from vielfalt.lib import versions
from vielfalt.offerings import facets
from vielfalt.offerings.facets import VERSION_KEY
from vielfalt.offerings.synonyms import SynonymGroup

from .test_search import make_offering

FINDER = reverse("offerings:finder")
ADD = reverse("admin:offerings_synonymgroup_add")


@pytest.fixture(autouse=True)
def fresh_index():
    facets._current = None
    yield
    facets._current = None


def shown(response):
    return [offering.name for offering in response.context["result"].offerings]


@pytest.fixture
def homework_help(organisation):
    return make_offering(
        organisation, "Hausaufgabenhilfe am Lindenplatz", "Für die Klassen 1 bis 4."
    )


@pytest.mark.django_db(transaction=True)  # committed, as in production: the version is bumped
def test_a_new_group_changes_the_finders_results_at_once(coordinator_client, homework_help):
    # The search is asked once and kept with the finder's index.
    assert shown(coordinator_client.get(FINDER, {"q": "Nachhilfe"})) == []
    before = versions.get(VERSION_KEY)

    response = coordinator_client.post(ADD, {"terms": "Nachhilfe\nHausaufgabenhilfe", "note": ""})

    assert response.status_code == 302
    assert shown(coordinator_client.get(FINDER, {"q": "Nachhilfe"})) == [homework_help.name]
    # Every other worker rebuilds its index (and drops its cached searches) after the commit.
    assert versions.get(VERSION_KEY) > before


def test_changing_and_deleting_a_group_change_the_results_at_once(
    coordinator_client, homework_help
):
    group = SynonymGroup.objects.create(terms="Nachhilfe\nHausaufgabenhilfe")
    assert shown(coordinator_client.get(FINDER, {"q": "Nachhilfe"})) == [homework_help.name]
    change = reverse("admin:offerings_synonymgroup_change", args=[group.pk])

    response = coordinator_client.post(change, {"terms": "Nachhilfe, Lernhilfe", "note": ""})

    assert response.status_code == 302
    assert shown(coordinator_client.get(FINDER, {"q": "Nachhilfe"})) == []
    assert shown(coordinator_client.get(FINDER, {"q": "tutoring"})) == []

    group.terms = "tutoring\nHausaufgabenhilfe"
    group.save()
    assert shown(coordinator_client.get(FINDER, {"q": "tutoring"})) == [homework_help.name]
    delete = reverse("admin:offerings_synonymgroup_delete", args=[group.pk])
    coordinator_client.post(delete, {"post": "yes"})
    assert not SynonymGroup.objects.exists()
    assert shown(coordinator_client.get(FINDER, {"q": "tutoring"})) == []


def test_the_terms_are_tidied_one_per_line(coordinator_client):
    response = coordinator_client.post(
        ADD,
        {
            "terms": "Nachhilfe,  Hausaufgabenhilfe ;Lernhilfe\n\nnachhilfe\n„homework help“",
            "note": "",
        },
    )

    assert response.status_code == 302
    group = SynonymGroup.objects.get()
    assert group.terms == "Nachhilfe\nHausaufgabenhilfe\nLernhilfe\nhomework help"
    assert str(group) == "Nachhilfe, Hausaufgabenhilfe, Lernhilfe, homework help"


@pytest.mark.parametrize(
    ("terms", "message"),
    [
        ("Nachhilfe", "Eine Begriffsgruppe braucht mindestens zwei verschiedene Begriffe"),
        (
            "Nachhilfe, nachhilfe, NACHHILFE",
            "Eine Begriffsgruppe braucht mindestens zwei verschiedene Begriffe",
        ),
        ("", "Dieses Feld ist zwingend erforderlich."),
        ("Nachhilfe, 1234", "„1234“ enthält kein Wort: bitte Buchstaben verwenden."),
        ("Nachhilfe, " + "x" * 70, "ist zu lang: höchstens 60 Zeichen pro Begriff."),
        (
            "Nachhilfe, Hilfe bei den Hausaufgaben nach der Schule",
            "hat zu viele Wörter: höchstens 5 pro Begriff.",
        ),
        (", ".join(f"Wort{number}" for number in range(31)), "Zu viele Begriffe: höchstens 30"),
    ],
)
def test_bad_terms_are_explained_and_nothing_is_stored(coordinator_client, terms, message):
    response = coordinator_client.post(ADD, {"terms": terms, "note": ""})

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not SynonymGroup.objects.exists()


def test_the_form_explains_how_to_write_the_terms(coordinator_client):
    html = coordinator_client.get(ADD).content.decode()
    assert "jeder Begriff in eine eigene Zeile oder durch Kommas getrennt" in html
    assert "Begriffsgruppe" in html


def test_only_the_back_office_may_edit_the_groups(member_client):
    response = member_client.get(ADD)
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_the_list_shows_and_searches_the_groups(coordinator_client):
    SynonymGroup.objects.create(
        terms="Nachhilfe\nHausaufgabenhilfe\nLernhilfe\ntutoring\nhomework help"
    )
    SynonymGroup.objects.create(terms="Kita\nKindergarten")
    changelist = reverse("admin:offerings_synonymgroup_changelist")

    html = coordinator_client.get(changelist, {"q": "tutoring"}).content.decode()

    assert "Nachhilfe, Hausaufgabenhilfe, Lernhilfe, tutoring …" in html
    assert "Kindergarten" not in html
