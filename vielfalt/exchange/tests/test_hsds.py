"""HSDS 3.0: the export validates against the official schemas; HSDS files import."""

import io
import json
from pathlib import Path

import jsonschema
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.urls import reverse

from vielfalt.exchange import files
from vielfalt.exchange.parse import parse_file
from vielfalt.network.models import Organisation
from vielfalt.offerings.models import Location, Offering

from .test_export import content, make_offerings
from .test_import_tabular import make_vocabulary

SHARED = Path(settings.BASE_DIR).parent / "shared" / "hsds"
BUNDLED = Path(__file__).parent / "hsds"
EXAMPLES = ["service_full", "service_list", "organization_full", "organization_list",
            "service_at_location_full", "service_at_location_list"]  # fmt: skip


@pytest.fixture
def vocabulary(db, organisation, other_organisation):
    return make_vocabulary(organisation)


def schema_folder(source):
    if source == "bundled":
        return BUNDLED / "schema"
    if not SHARED.is_dir():
        pytest.skip(f"the shared HSDS folder {SHARED} is not beside this clone")
    return SHARED / "schema" / "compiled"


def validator(folder, name):
    schema = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def example(name):
    return (BUNDLED / "examples" / f"{name}.json").read_bytes()


@pytest.mark.parametrize("source", ["shared", "bundled"])
def test_every_exported_service_and_organization_is_valid_hsds(client, vocabulary, source):
    folder = schema_folder(source)
    make_offerings(3, vocabulary)
    Offering.objects.filter(name="Angebot 001").update(status=Offering.Status.PAUSED)
    document = json.loads(content(client.get(reverse("exchange:export", args=["json"]))))
    assert len(document["services"]) == 3 and len(document["organizations"]) == 1
    services, organizations = validator(folder, "service"), validator(folder, "organization")
    for service in document["services"]:
        errors = [error.message for error in services.iter_errors(service)]
        assert errors == [], service["name"]
    for organization in document["organizations"]:
        assert [error.message for error in organizations.iter_errors(organization)] == []
    assert {s["status"] for s in document["services"]} == {"active", "inactive"}


def test_the_bundled_examples_match_the_shared_ones():
    if not SHARED.is_dir():
        pytest.skip(f"the shared HSDS folder {SHARED} is not beside this clone")
    for name in EXAMPLES:
        assert example(name) == (SHARED / "examples" / f"{name}.json").read_bytes()


def test_the_validator_catches_a_broken_service():
    service = json.loads(example("service_full"))
    service["status"] = "maybe"
    del service["id"]
    assert len(list(validator(BUNDLED / "schema", "service").iter_errors(service))) == 2


@pytest.mark.parametrize("name", EXAMPLES)
def test_the_official_examples_import_and_a_second_import_changes_nothing(db, name):
    first = parse_file(files.JSON, example(name))
    assert first.problems == []
    report = first.run(dry_run=False)
    assert report.applied and report.problems == []
    second = parse_file(files.JSON, example(name)).run(dry_run=False)
    assert second.created == second.updated == 0
    assert second.organisations_created == [] and second.places_created == 0
    assert second.places_updated == 0
    assert second.unchanged == report.created


def test_the_full_service_example_brings_its_organization_location_and_contact(db):
    report = parse_file(files.JSON, example("service_full")).run(dry_run=False)
    assert report.created == 1
    offering = Offering.objects.get(external_id="ac148810-d857-441c-9679-408f346de14b")
    assert offering.organisation.name == "Example Organization Inc."
    assert offering.contact_name == "Ann Persona"
    assert offering.contact_email == "email@example.com"
    assert offering.is_free is False
    assert offering.short_description.startswith("Counselling Services provided")
    location = offering.locations.get()
    assert location.external_id == "3a19ff88-4620-4d17-9830-ac1d859eb5d5"
    assert (location.street, location.city) == ("1-30 Main Street, MyVillage", "MyCity")
    assert location.latitude is None  # 100° is no latitude


def test_unknown_vocabularies_become_notes_not_errors(vocabulary):
    parsed = parse_file(files.JSON, example("service_full"))
    assert parsed.problems == []
    notes = " ".join(parsed.notes)
    assert "Urdu" in notes and "„name“" in notes


def test_a_service_and_its_organization_in_two_examples_are_one_offering(db):
    parse_file(files.JSON, example("organization_full")).run(dry_run=False)
    report = parse_file(files.JSON, example("service_full")).run(dry_run=False)
    assert report.created == 0 and report.organisations_created == []
    assert Organisation.objects.count() == 1 and Offering.objects.count() == 1


def test_our_own_export_imports_elsewhere_and_again_here_without_changes(client, vocabulary):
    make_offerings(3, vocabulary)
    data = content(client.get(reverse("exchange:export", args=["json"])))
    here = parse_file(files.JSON, data).run(dry_run=False)
    assert (here.created, here.updated, here.unchanged) == (0, 0, 3)
    assert here.places_created == 0 and here.places_updated == 0
    # Elsewhere: the same file into a site without these offerings.
    Offering.objects.all().delete()
    Location.objects.all().delete()
    elsewhere = parse_file(files.JSON, data).run(dry_run=False)
    assert elsewhere.created == 3 and elsewhere.organisations_created == []
    offering = Offering.objects.get(name="Angebot 000")
    assert offering.short_description == "Kurz und klar." and offering.description == "Ausführlich."
    assert offering.life_phases.count() == 2 and offering.languages.count() == 2
    assert offering.locations.get().district.slug == "mitte"
    again = parse_file(files.JSON, data).run(dry_run=False)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"{nicht json", "fehlerhaft"),
        (b'{"hallo": 1}', "keine HSDS-Angebote"),
        (b'[{"status": "active", "name": "Ohne ID"}]', "HSDS-ID (id) fehlt"),
        (b"[" * 100000 + b"]" * 100000, "verschachtelt"),
    ],
)
def test_broken_hsds_files_give_clear_errors(db, data, message):
    parsed = parse_file(files.JSON, data)
    assert parsed.records == []
    assert any(message in problem.message for problem in parsed.problems)


def test_the_import_command_has_a_dry_run(db, tmp_path):
    path = tmp_path / "service.json"
    path.write_bytes(example("service_full"))
    out = io.StringIO()
    call_command("import_hsds", str(path), "--dry-run", stdout=out)
    assert "Probelauf" in out.getvalue() and "1 neu" in out.getvalue()
    assert Offering.objects.count() == 0
    call_command("import_hsds", str(path), stdout=io.StringIO())
    out = io.StringIO()
    call_command("import_hsds", str(path), stdout=out)
    assert "0 neu, 0 geändert, 1 unverändert" in out.getvalue()
    assert Offering.objects.count() == 1


def test_the_export_command_writes_the_document(vocabulary, tmp_path):
    make_offerings(2, vocabulary)
    path = tmp_path / "export.json"
    call_command("export_hsds", "--output", str(path))
    assert len(json.loads(path.read_text(encoding="utf-8"))["services"]) == 2


def test_the_import_command_refuses_a_broken_file_and_stores_nothing(db, tmp_path):
    path = tmp_path / "kaputt.json"
    path.write_bytes(b'[{"status": "active", "name": "Ohne ID"}]')
    with pytest.raises(CommandError, match="Nichts importiert"):
        call_command("import_hsds", str(path), stdout=io.StringIO())
    assert Offering.objects.count() == 0
