"""The public import templates (CSV and XLSX) name only values a person may use."""

import io

from django.urls import reverse
from openpyxl import load_workbook

from vielfalt.forums.models import Forum

from .test_export import content
from .test_import_tabular import make_vocabulary


def test_the_templates_never_name_a_closed_forum(client, organisation, other_organisation):
    make_vocabulary(organisation)
    Forum.objects.create(
        name="Alte Arbeitsgruppe", slug="alte-arbeitsgruppe", status=Forum.Status.CLOSED
    )
    Forum.objects.update(position=5)
    Forum.objects.filter(slug="alte-arbeitsgruppe").update(position=0)  # first in order

    csv_text = content(client.get(reverse("exchange:import_template", args=["csv"]))).decode(
        "utf-8-sig"
    )
    assert "alte-arbeitsgruppe" not in csv_text
    assert "sprache-und-bildung" in csv_text

    workbook = load_workbook(
        io.BytesIO(content(client.get(reverse("exchange:import_template", args=["xlsx"]))))
    )
    cells = [
        str(value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value
    ]
    assert not any("alte-arbeitsgruppe" in cell for cell in cells)
    assert any("sprache-und-bildung" in cell for cell in cells)
