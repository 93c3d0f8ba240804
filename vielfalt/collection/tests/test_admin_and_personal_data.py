"""The back office for entries, and the collection's personal data."""

from vielfalt.collection.models import ApproachUpdate, Entry
from vielfalt.privacy import registry
from vielfalt.privacy.erasure import erase_person, person_data


def test_the_admin_lists_and_edits_entries_with_notes_and_updates(admin_client, approach):
    ApproachUpdate.objects.create(approach=approach, text="Start.", status="planned", progress=20)
    listing = admin_client.get("/verwaltung/collection/entry/").content.decode()
    assert "Vorlesepat:innen in Kitas" in listing
    page = admin_client.get(f"/verwaltung/collection/entry/{approach.pk}/change/").content.decode()
    assert "Notizen zu den Querschnittsthemen" in page
    assert "Start." in page
    assert admin_client.get("/verwaltung/collection/approachupdate/").status_code == 200


def test_coordinators_reach_the_collection_in_the_back_office(coordinator_client, need):
    page = coordinator_client.get("/verwaltung/collection/entry/").content.decode()
    assert need.title in page


def test_the_register_of_processing_names_the_collection(db):
    assert "collection.authorship" in [c.key for c in registry.categories()]


def test_the_export_lists_the_entries_a_person_created(moderator, need):
    need.created_by = moderator.person
    need.save()
    data = person_data(moderator.person)
    assert [row["title"] for row in data["other"]["collection.Entry"]] == [need.title]


def test_erasure_keeps_entries_and_updates_without_the_person(moderator, approach):
    person = moderator.person
    person_id = person.pk
    approach.created_by = person
    approach.save()
    update = ApproachUpdate.objects.create(
        approach=approach, text="Start.", status="planned", progress=20, author=person
    )
    erase_person(person)
    approach.refresh_from_db()
    update.refresh_from_db()
    assert approach.created_by is None and update.author is None
    assert Entry.history.filter(id=approach.pk).exists()
    assert not Entry.history.filter(created_by_id=person_id).exists()
