"""An HSDS import keeps country, currency and dates as given, marks the data as not
confirmed by the provider, and lists the fields it could not keep."""

import io
import json
from datetime import date
from decimal import Decimal

from django.core.management import call_command
from django.urls import reverse

from vielfalt.exchange import files
from vielfalt.exchange.parse import parse_file
from vielfalt.offerings.models import Location, Offering

from .test_export import content, make_offerings
from .test_hsds import example
from .test_import_tabular import make_vocabulary
from .test_import_views import upload


def imported():
    return Offering.objects.get(external_id="ac148810-d857-441c-9679-408f346de14b")


def test_country_currency_amount_and_assured_date_are_kept_as_given(db):
    report = parse_file(files.JSON, example("service_full")).run(dry_run=False)
    assert report.created == 1
    offering = imported()
    assert offering.currency == "GBP" and offering.fee_amount == Decimal("35")
    assert offering.last_confirmed == date(2005, 1, 1)  # assured_date, not the day of the import
    location = offering.locations.get()
    assert (location.country, location.state_province) == ("US", "MyState")


def test_they_come_out_again_in_the_export(client, db):
    parse_file(files.JSON, example("service_full")).run(dry_run=False)
    Offering.objects.update(status=Offering.Status.ACTIVE)
    imported().organisation.__class__.objects.update(is_public=True)
    document = json.loads(content(client.get(reverse("exchange:export", args=["json"]))))
    service = document["services"][0]
    assert service["assured_date"] == "2005-01-01"
    assert service["cost_options"][0]["currency"] == "GBP"
    assert service["cost_options"][0]["amount"] == 35
    address = service["service_at_locations"][0]["location"]["addresses"][0]
    assert (address["country"], address["state_province"]) == ("US", "MyState")


def test_imported_data_is_marked_as_not_confirmed_by_the_provider(client, db):
    parse_file(files.JSON, example("service_full")).run(dry_run=False)
    offering = imported()
    assert offering.provider_confirmed is False
    assert Offering.objects.needing_confirmation().filter(pk=offering.pk).exists()
    Offering.objects.filter(pk=offering.pk).mark_confirmed()
    offering.refresh_from_db()
    assert offering.provider_confirmed is True
    # The same file again changes nothing, and so leaves the provider's confirmation alone.
    again = parse_file(files.JSON, example("service_full")).run(dry_run=False)
    assert again.unchanged == 1
    offering.refresh_from_db()
    assert offering.provider_confirmed is True
    # A changed file does need the provider's word again.
    document = json.loads(example("service_full"))
    document["name"] = "Community Counselling (neu)"
    parse_file(files.JSON, json.dumps(document).encode()).run(dry_run=False)
    offering.refresh_from_db()
    assert offering.provider_confirmed is False


def test_the_offering_page_says_the_provider_has_not_confirmed(client, db):
    parse_file(files.JSON, example("service_full")).run(dry_run=False)
    offering = imported()
    Offering.objects.filter(pk=offering.pk).update(status=Offering.Status.ACTIVE)
    offering.organisation.__class__.objects.update(is_public=True)
    html = client.get(offering.get_absolute_url()).content.decode()
    assert "vom Anbieter noch nicht bestätigt" in html
    assert "Zuletzt vom Anbieter bestätigt" not in html


def test_the_fields_it_could_not_keep_are_listed(coordinator_client, db, settings, tmp_path):
    parsed = parse_file(files.JSON, example("service_full"))
    unkept = dict(parsed.unkept)
    for path in (
        "program",
        "last_modified",
        "schedules[].valid_from",
        "cost_options[].valid_to",
        "organization.legal_status",
        "service_at_locations[].location.transportation",
    ):
        assert unkept.get(path) == 1, path
    for kept in ("name", "description", "assured_date", "cost_options[].currency", "languages"):
        assert not any(path == kept or path.startswith(kept + ".") for path in unkept), kept
    settings.VAR_DIR = tmp_path
    preview = upload(coordinator_client, example("service_full"), name="service.json")["Location"]
    html = coordinator_client.get(preview).content.decode()
    assert "Nicht übernommene Angaben" in html
    assert "<td><code>organization.legal_status</code></td><td>1</td>" in html


def test_the_import_command_lists_them_too(db, tmp_path):
    path = tmp_path / "service.json"
    path.write_bytes(example("service_full"))
    out = io.StringIO()
    call_command("import_hsds", str(path), "--dry-run", stdout=out)
    assert "Nicht übernommen: program (1 Einträge)" in out.getvalue()


def test_our_own_export_loses_nothing_that_matters_and_round_trips(
    client, db, organisation, other_organisation
):
    make_vocabulary(organisation)
    make_offerings(2, organisation)
    Offering.objects.filter(name="Angebot 001").update(fee_amount=Decimal("12.50"), currency="CHF")
    Location.objects.filter(name="Haus 0").update(country="NL", state_province="Limburg")
    data = content(client.get(reverse("exchange:export", args=["json"])))
    parsed = parse_file(files.JSON, data)
    assert {path for path, _count in parsed.unkept} <= {
        "last_modified",  # Vielfalt keeps its own time of change
        "minimum_age",  # both come from the life phases
        "maximum_age",
    }
    report = parsed.run(dry_run=False)
    assert (report.created, report.updated, report.places_updated) == (0, 0, 0)
    Offering.objects.all().delete()
    Location.objects.all().delete()
    parse_file(files.JSON, data).run(dry_run=False)
    paid = Offering.objects.get(name="Angebot 001")
    assert (paid.fee_amount, paid.currency) == (Decimal("12.50"), "CHF")
    assert Location.objects.get(name="Haus 0").country == "NL"
    assert Location.objects.get(name="Haus 1").country == ""  # the site's own, as before
