"""The site's own CSV and XLSX exports import again without any change (the demo's offerings)."""

import csv
import io
from io import StringIO

from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse

from vielfalt.exchange import files
from vielfalt.exchange.parse import parse_file
from vielfalt.offerings.models import Location, Offering

from .test_export import content


class DemoRoundTripTests(TestCase):
    """Loads the demo once for the class; each test rolls back."""

    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", stdout=StringIO())

    def export(self, fmt):
        return content(self.client.get(reverse("exchange:export", args=[fmt])))

    def assert_no_changes(self, kind, data):
        offerings, places = Offering.objects.count(), Location.objects.count()
        parsed = parse_file(kind, data)
        assert parsed.problems == []
        report = parsed.run(dry_run=False)
        assert report.problems == []
        assert (report.created, report.updated) == (0, 0), [
            (o.name, o.changes) for o in report.outcomes if o.changes
        ]
        assert report.unchanged == Offering.objects.public().count() > 100
        assert (report.places_created, report.places_updated) == (0, 0)
        assert report.organisations_created == []
        assert not report.changes_anything
        assert (Offering.objects.count(), Location.objects.count()) == (offerings, places)

    def test_the_csv_export_imports_again_with_0_changes(self):
        self.assert_no_changes(files.CSV, self.export("csv"))

    def test_the_xlsx_export_imports_again_with_0_changes(self):
        self.assert_no_changes(files.XLSX, self.export("xlsx"))

    def test_a_csv_without_place_ids_finds_the_shared_places_by_address(self):
        # Places are shared: a provider's offering meets in another provider's house.
        text = self.export("csv").decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text), delimiter=";"))
        assert rows[0][-1] == "Ort: ID"
        out = io.StringIO()
        csv.writer(out, delimiter=";").writerows(row[:-1] for row in rows)
        self.assert_no_changes(files.CSV, out.getvalue().encode())
