"""The import pages: upload, errors, dry run, confirm and cancel, for coordinators only."""

import os
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from vielfalt.conftest import pass_second_factor
from vielfalt.exchange import files, pending
from vielfalt.offerings.models import Location, Offering

from .test_hsds import example
from .test_import_tabular import csv_bytes, make_vocabulary, row

URL = reverse("exchange:import")


@pytest.fixture
def vocabulary(db, organisation, other_organisation):
    return make_vocabulary(organisation)


@pytest.fixture(autouse=True)
def var_dir(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    return tmp_path


def upload(client, data, name="angebote.csv", **extra):
    return client.post(URL, {"file": SimpleUploadedFile(name, data), "encoding": "auto", **extra})


def kept_files(var_dir):
    folder = var_dir / "imports"
    return sorted(folder.iterdir()) if folder.exists() else []


def test_it_asks_anonymous_visitors_to_log_in(client, db):
    response = client.get(URL)
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_it_forbids_members_who_are_not_coordinators(member_client, moderator):
    response = member_client.get(URL)
    assert response.status_code == 403
    assert "Diese Seite ist nicht für Sie freigegeben" in response.content.decode()
    assert 'type="file"' not in response.content.decode()
    response = upload(member_client, b"Name des Angebots\nx\n")
    assert response.status_code == 403
    assert "Diese Seite ist nicht für Sie freigegeben" in response.content.decode()
    assert not Offering.objects.exists()


def test_it_shows_the_upload_form_and_the_columns(coordinator_client, vocabulary):
    response = coordinator_client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'type="file"' in html and 'for="id_file"' in html
    assert "Ort: Stadtteil" in html and "mitte, pley" in html
    assert reverse("exchange:import_template", args=["xlsx"]) in html


def test_an_upload_with_errors_shows_every_error_and_stores_nothing(
    coordinator_client, vocabulary, var_dir
):
    data = csv_bytes([row(life_phases="teenager"), row(external_id="x", contact_email="nein")])
    response = upload(coordinator_client, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Die Datei hat 2 Fehler" in html
    assert "<td>2</td><td>Lebensphasen</td>" in html
    assert "<td>3</td><td>Kontakt-E-Mail</td>" in html
    assert Offering.objects.count() == 0
    assert kept_files(var_dir) == []


def test_upload_dry_run_then_confirm_stores_the_offerings(coordinator_client, vocabulary, var_dir):
    response = upload(coordinator_client, csv_bytes([row()]))
    assert response.status_code == 302
    preview = response["Location"]
    assert len(kept_files(var_dir)) == 1
    response = coordinator_client.get(preview)
    html = response.content.decode()
    assert "1 Angebot neu" in html and "2 Orte neu" in html and "Eltern-Café" in html
    assert Offering.objects.count() == 0
    response = coordinator_client.post(preview, {"action": "confirm"})
    assert response.status_code == 302
    assert Offering.objects.count() == 1 and Location.objects.count() == 2
    assert kept_files(var_dir) == []
    followed = coordinator_client.get(response["Location"])
    assert "Import abgeschlossen: 1 neu" in followed.content.decode()


def test_the_second_upload_of_the_same_file_reports_unchanged(coordinator_client, vocabulary):
    preview = upload(coordinator_client, csv_bytes([row()]))["Location"]
    coordinator_client.post(preview, {"action": "confirm"})
    preview = upload(coordinator_client, csv_bytes([row()]))["Location"]
    html = coordinator_client.get(preview).content.decode()
    assert "1 Angebot unverändert" in html and "nichts Neues" in html


def test_cancel_stores_nothing_and_removes_the_file(coordinator_client, vocabulary, var_dir):
    preview = upload(coordinator_client, csv_bytes([row()]))["Location"]
    response = coordinator_client.post(preview, {"action": "cancel"})
    assert response.status_code == 302
    assert Offering.objects.count() == 0
    assert kept_files(var_dir) == []
    assert coordinator_client.post(preview, {"action": "confirm"}).status_code == 302
    assert Offering.objects.count() == 0


def test_another_session_cannot_confirm_an_upload(
    coordinator_client, vocabulary, client, coordinator
):
    preview = upload(coordinator_client, csv_bytes([row()]))["Location"]
    other = client.__class__()
    other.force_login(coordinator)
    pass_second_factor(other, coordinator)
    response = other.post(preview, {"action": "confirm"})
    assert response.status_code == 302
    assert Offering.objects.count() == 0


def test_an_expired_upload_is_refused(coordinator_client, vocabulary, monkeypatch):
    preview = upload(coordinator_client, csv_bytes([row()]))["Location"]
    monkeypatch.setattr(pending, "MAX_AGE", -1)
    response = coordinator_client.post(preview, {"action": "confirm"}, follow=True)
    assert "abgelaufen" in response.content.decode()
    assert Offering.objects.count() == 0


def test_the_confirm_reads_the_file_again_and_ignores_posted_data(coordinator_client, vocabulary):
    preview = upload(coordinator_client, csv_bytes([row()]))["Location"]
    coordinator_client.post(preview, {"action": "confirm", "name": "Gefälscht", "rows": "[]"})
    assert list(Offering.objects.values_list("name", flat=True)) == ["Eltern-Café"]


def test_a_20_mb_file_is_refused_with_a_clear_message(coordinator_client, vocabulary, var_dir):
    data = b"Name des Angebots;Kurzbeschreibung;Anbieter\n" + b"x;y;z\n" * (20 * 1024 * 1024 // 6)
    response = upload(coordinator_client, data)
    assert response.status_code == 413
    assert (
        "Die Datei ist zu groß (20,0 MB). Erlaubt sind höchstens 5,0 MB."
        in response.content.decode()
    )
    assert 'aria-invalid="true"' in response.content.decode()
    assert kept_files(var_dir) == [] and Offering.objects.count() == 0


def test_the_upload_is_stopped_at_the_limit_when_no_length_is_declared(
    coordinator_client, vocabulary, monkeypatch
):
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 1000)
    response = upload(coordinator_client, b"a;b\n" * 100_000)
    # 400 kB declared is above 1000 bytes plus the allowance for the form: refused unread.
    assert response.status_code == 413
    monkeypatch.setattr("vielfalt.exchange.views.UPLOAD_OVERHEAD", 10**9)
    response = upload(coordinator_client, b"a;b\n" * 100_000)
    assert response.status_code == 413
    assert "Die Datei ist zu groß. Erlaubt sind höchstens 0,0 MB." in response.content.decode()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("leer.csv", b"", "Die Datei ist leer."),
        ("leer.csv", b"  \n", "Die Datei ist leer."),
        ("bild.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "weder eine CSV-Datei"),
        ("alt.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "(.xls)"),
    ],
)
def test_files_that_cannot_be_read_get_a_clear_message(
    coordinator_client, vocabulary, name, data, message
):
    response = upload(coordinator_client, data, name=name)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Offering.objects.count() == 0


def test_an_hsds_json_upload_goes_through_the_same_dry_run(coordinator_client, db):
    preview = upload(coordinator_client, example("service_full"), name="service.json")["Location"]
    html = coordinator_client.get(preview).content.decode()
    assert "Community Counselling" in html and "Example Organization Inc." in html
    assert "Urdu" in html  # the note about a language we do not know
    coordinator_client.post(preview, {"action": "confirm"})
    assert Offering.objects.get().external_id == "ac148810-d857-441c-9679-408f346de14b"


def test_the_upload_needs_the_csrf_token(vocabulary, coordinator):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(coordinator)
    pass_second_factor(client, coordinator)
    response = upload(client, csv_bytes([row()]))
    assert response.status_code == 403
    assert "Das Formular konnte nicht angenommen werden" in response.content.decode()
    assert not Offering.objects.exists()


def test_uploads_left_behind_are_swept_after_an_hour(coordinator_client, vocabulary, var_dir):
    folder = var_dir / "imports"
    folder.mkdir()
    old = folder / ("x" * 32)
    old.write_bytes(b"alt")
    os.utime(old, (time.time() - 2 * 3600, time.time() - 2 * 3600))
    upload(coordinator_client, csv_bytes([row()]))
    assert not old.exists()
    assert len(kept_files(var_dir)) == 1
