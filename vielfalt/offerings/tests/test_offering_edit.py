from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from vielfalt.conftest import make_person
from vielfalt.forums.models import Forum
from vielfalt.offerings.editing import views
from vielfalt.offerings.models import Location, Offering
from vielfalt.vocabularies.models import District, Language, LifePhase, TargetGroup

CREATE_URL = reverse("offerings:create")


@pytest.fixture
def vocabulary(db, forum):
    return {
        "life_phase": LifePhase.objects.create(name="6 bis 10 Jahre", slug="6-10", position=4),
        "target_group": TargetGroup.objects.create(name="Kinder", slug="kinder"),
        "language": Language.objects.create(name="Türkisch", slug="tr", code="tr"),
        "district": District.objects.create(name="Pley", slug="pley"),
        "forum": forum,
    }


@pytest.fixture
def indexed(monkeypatch):
    """Records the offerings whose search index the view refreshed."""
    calls = []
    real = views.refresh_search_index

    def record(pks):
        calls.append(list(pks))
        return real(pks)

    monkeypatch.setattr(views, "refresh_search_index", record)
    return calls


def form_data(vocabulary, **changes):
    data = {
        "name": "Schwimmkurs für Kinder",
        "short_description": "Kinder lernen schwimmen.",
        "description": "Zehn Termine im Hallenbad.",
        "contact_name": "Paula Pley",
        "contact_email": "kurse@sv-pley.example",
        "contact_phone": "02405 123",
        "url": "https://sv-pley.example/schwimmen",
        "life_phases": [vocabulary["life_phase"].pk],
        "forums": [vocabulary["forum"].pk],
        "target_groups": [vocabulary["target_group"].pk],
        "languages": [vocabulary["language"].pk],
        "is_free": "on",
        "fee": "",
        "eligibility": "Ab 6 Jahren.",
        "schedule": "dienstags 15–16 Uhr",
        "accessibility": "Mit Aufzug.",
        "is_public": "on",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def edit_url(offering):
    return reverse("offerings:edit", args=[offering.pk])


def test_a_member_creates_an_offering_for_the_own_organisation(
    member_client, member, vocabulary, organisation, indexed
):
    data = form_data(vocabulary, organisation=organisation.pk)  # ignored for members

    response = member_client.post(CREATE_URL, data)

    assert response.status_code == 302
    assert response["Location"] == reverse("offerings:manage")
    offering = Offering.objects.get()
    assert offering.organisation == member.person.organisation
    assert offering.name == "Schwimmkurs für Kinder"
    assert list(offering.life_phases.all()) == [vocabulary["life_phase"]]
    assert list(offering.forums.all()) == [vocabulary["forum"]]
    assert list(offering.target_groups.all()) == [vocabulary["target_group"]]
    assert list(offering.languages.all()) == [vocabulary["language"]]
    assert offering.last_confirmed == timezone.localdate()
    assert indexed == [[offering.pk]]


def test_the_form_offers_all_the_fields(member_client, vocabulary):
    response = member_client.get(CREATE_URL)

    content = response.content.decode()
    assert response.status_code == 200
    for name in ("name", "short_description", "life_phases", "fee", "new_location-name"):
        assert f'name="{name}"' in content
    assert 'name="organisation"' not in content


def test_it_requires_a_fee_when_the_offering_is_not_free(member_client, vocabulary):
    response = member_client.post(CREATE_URL, form_data(vocabulary, is_free=None))

    assert response.status_code == 200
    assert "Das Angebot kostet etwas. Bitte schreiben Sie, wie viel" in response.content.decode()
    assert response.context["form"]["name"].value() == "Schwimmkurs für Kinder"
    assert 'aria-invalid="true"' in response.content.decode()
    assert not Offering.objects.exists()


def test_it_accepts_a_fee(member_client, vocabulary):
    member_client.post(CREATE_URL, form_data(vocabulary, is_free=None, fee="30 € für 10 Termine"))

    offering = Offering.objects.get()
    assert not offering.is_free
    assert offering.fee == "30 € für 10 Termine"


def test_it_adds_a_new_location_for_the_organisation(member_client, member, vocabulary):
    data = form_data(
        vocabulary,
        **{
            "new_location-name": "Hallenbad Pley",
            "new_location-street": "Badstraße 1",
            "new_location-postal_code": "52146",
            "new_location-city": "Würselen",
            "new_location-district": vocabulary["district"].pk,
        },
    )

    member_client.post(CREATE_URL, data)

    location = Location.objects.get()
    assert location.organisation == member.person.organisation
    assert location.district == vocabulary["district"]
    assert list(Offering.objects.get().locations.all()) == [location]


def test_it_chooses_existing_locations_of_the_organisation(member_client, member, vocabulary):
    place = Location.objects.create(name="Turnhalle", organisation=member.person.organisation)

    member_client.post(CREATE_URL, form_data(vocabulary, locations=[place.pk]))

    assert list(Offering.objects.get().locations.all()) == [place]


def test_it_rejects_locations_of_other_organisations(member_client, vocabulary, organisation):
    foreign = Location.objects.create(name="Familienzentrum", organisation=organisation)

    response = member_client.post(CREATE_URL, form_data(vocabulary, locations=[foreign.pk]))

    assert response.status_code == 200
    assert "Bitte wählen Sie nur Orte des Anbieters aus." in response.content.decode()
    assert not Offering.objects.exists()


def test_a_new_location_needs_a_name(member_client, vocabulary):
    data = form_data(vocabulary, **{"new_location-street": "Badstraße 1"})

    response = member_client.post(CREATE_URL, data)

    assert response.status_code == 200
    assert "Bitte geben Sie dem neuen Ort einen Namen" in response.content.decode()
    assert response.context["location_form"]["street"].value() == "Badstraße 1"
    assert not Offering.objects.exists()
    assert not Location.objects.exists()


def test_editing_saves_and_confirms(member_client, member, vocabulary):
    offering = Offering.objects.create(
        name="Alter Name",
        short_description="x",
        organisation=member.person.organisation,
        last_confirmed=timezone.localdate() - timedelta(days=500),
        confirmation_requested_at=timezone.now(),
    )

    response = member_client.post(edit_url(offering), form_data(vocabulary))

    assert response.status_code == 302
    offering.refresh_from_db()
    assert offering.name == "Schwimmkurs für Kinder"
    assert offering.last_confirmed == timezone.localdate()
    assert offering.confirmation_requested_at is None


def test_editing_keeps_the_locations_the_offering_already_has(member_client, member, vocabulary):
    shared = Location.objects.create(name="Stadtbibliothek")  # no organisation
    offering = Offering.objects.create(
        name="Lesestunde", short_description="x", organisation=member.person.organisation
    )
    offering.locations.add(shared)

    member_client.post(edit_url(offering), form_data(vocabulary, locations=[shared.pk]))

    assert list(offering.locations.all()) == [shared]


def test_a_member_may_not_edit_another_organisations_offering(
    member_client, vocabulary, organisation
):
    offering = Offering.objects.create(
        name="Fremd", short_description="x", organisation=organisation
    )

    assert member_client.get(edit_url(offering)).status_code == 404
    assert member_client.post(edit_url(offering), form_data(vocabulary)).status_code == 404
    offering.refresh_from_db()
    assert offering.name == "Fremd"


def test_anonymous_visitors_are_sent_to_the_login(client, organisation):
    offering = Offering.objects.create(name="A", short_description="x", organisation=organisation)

    for url in (CREATE_URL, edit_url(offering)):
        response = client.get(url)
        assert response.status_code == 302
        assert reverse("account_login") in response["Location"]


def test_a_member_without_organisation_learns_how_to_get_one(client, db):
    person = make_person("Olga Ohne", "olga@example.org")
    client.force_login(person.user)

    response = client.get(CREATE_URL)

    assert response.status_code == 403
    assert "Ihr Konto gehört noch zu keiner Organisation" in response.content.decode()


def test_a_coordinator_edits_any_offering_and_chooses_the_organisation(
    coordinator_client, vocabulary, organisation, other_organisation
):
    offering = Offering.objects.create(name="A", short_description="x", organisation=organisation)
    place = Location.objects.create(name="Sportplatz", organisation=other_organisation)

    response = coordinator_client.post(
        edit_url(offering),
        form_data(vocabulary, organisation=other_organisation.pk, locations=[place.pk]),
    )

    assert response.status_code == 302
    offering.refresh_from_db()
    assert offering.organisation == other_organisation
    assert list(offering.locations.all()) == [place]


def test_a_coordinator_must_choose_an_organisation(coordinator_client, vocabulary):
    response = coordinator_client.post(CREATE_URL, form_data(vocabulary))

    assert response.status_code == 200
    assert response.context["form"].errors["organisation"]
    assert not Offering.objects.exists()


def test_a_coordinators_new_location_belongs_to_the_chosen_organisation(
    coordinator_client, vocabulary, organisation
):
    data = form_data(vocabulary, organisation=organisation.pk, **{"new_location-name": "Treff"})

    coordinator_client.post(CREATE_URL, data)

    assert Location.objects.get().organisation == organisation
    assert Offering.objects.get().organisation == organisation


def test_the_coordinators_form_lists_the_preselected_organisations_locations(
    coordinator_client, organisation, other_organisation
):
    Location.objects.create(name="Eigener Ort", organisation=organisation)
    Location.objects.create(name="Fremder Ort", organisation=other_organisation)

    response = coordinator_client.get(CREATE_URL, {"organisation": organisation.pk})

    content = response.content.decode()
    assert "Eigener Ort" in content
    assert "Fremder Ort" not in content


def test_editing_keeps_a_closed_forum_the_offering_already_has(member_client, member, vocabulary):
    closed = Forum.objects.create(name="Altes Forum", slug="alt", status=Forum.Status.CLOSED)
    offering = Offering.objects.create(
        name="Lesestunde", short_description="x", organisation=member.person.organisation
    )
    offering.forums.add(closed)

    member_client.post(edit_url(offering), form_data(vocabulary, forums=[closed.pk]))

    assert list(offering.forums.all()) == [closed]
    assert "Altes Forum" not in member_client.get(CREATE_URL).content.decode()


def test_another_organisations_offering_answers_like_one_that_does_not_exist(
    member_client, organisation
):
    offering = Offering.objects.create(
        name="Entwurf", short_description="x", organisation=organisation
    )
    missing_pk = offering.pk + 1000

    existing = member_client.get(edit_url(offering))
    missing = member_client.get(f"/angebote/{missing_pk}/bearbeiten/")

    assert existing.status_code == missing.status_code == 404
    assert "Entwurf" not in existing.content.decode()
