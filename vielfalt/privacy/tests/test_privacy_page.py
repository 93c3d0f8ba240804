"""The privacy notice states the retention periods as they are configured."""

import pytest
from django.test import override_settings

from vielfalt.pages.models import Page


@pytest.fixture
def privacy_page(db):
    return Page.objects.create(
        slug=Page.Slug.PRIVACY, title="Datenschutz", body="Wir speichern wenig."
    )


@override_settings(
    RETENTION_DECIDED_REQUESTS_DAYS=60, RETENTION_SENT_MAILS_DAYS=14, RETENTION_ADMIN_LOG_DAYS=400
)
def test_the_privacy_page_lists_the_configured_periods(client, privacy_page):
    html = client.get("/datenschutz/").content.decode()

    assert "Wir speichern wenig." in html
    assert '<h2 id="retention-heading">Speicherdauer</h2>' in html
    assert "gelöscht 60 Tage nach der Entscheidung" in html
    assert "Gelöscht 14 Tage nach dem Versand" in html
    assert "Gelöscht 400 Tage nach der Änderung" in html
    assert "Nicht bestätigte Anfragen: gelöscht nach 7 Tagen" in html


@override_settings(RETENTION_DECIDED_REQUESTS_DAYS=1)
def test_a_period_of_one_day_reads_in_the_singular(client, privacy_page):
    html = client.get("/datenschutz/").content.decode()

    assert "gelöscht 1 Tag nach der Entscheidung" in html


def test_other_pages_do_not_get_the_list(client, db):
    Page.objects.create(slug=Page.Slug.IMPRINT, title="Impressum", body="Stadt")

    html = client.get("/impressum/").content.decode()

    assert "retention-heading" not in html
