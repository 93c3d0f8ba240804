"""Large imports run as background tasks whose progress the page shows; the check runs once."""

import pytest

from vielfalt.exchange import jobs, pending
from vielfalt.exchange.jobs import apply_import, check_import
from vielfalt.exchange.models import ImportJob
from vielfalt.offerings.models import Offering

from .test_import_tabular import csv_bytes, make_vocabulary, row
from .test_import_views import URL, kept_files, upload


@pytest.fixture
def vocabulary(db, organisation, other_organisation):
    return make_vocabulary(organisation)


@pytest.fixture(autouse=True)
def var_dir(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    return tmp_path


@pytest.fixture
def large(settings):
    settings.IMPORT_BACKGROUND_BYTES = 10  # every test file counts as large


@pytest.fixture
def no_worker(monkeypatch):
    """As with the database task backend before a worker picked the task up."""
    queued = []

    class Queue:
        def enqueue(self, *args):
            queued.append(args)

    monkeypatch.setattr(jobs, "check_import", Queue())
    monkeypatch.setattr(jobs, "apply_import", Queue())
    return queued


def test_a_large_file_is_checked_and_imported_by_background_tasks(
    coordinator_client, vocabulary, large, var_dir
):
    preview = upload(coordinator_client, csv_bytes([row()]))["Location"]
    job = ImportJob.objects.get()
    assert job.background and job.state == ImportJob.State.CHECKED
    html = coordinator_client.get(preview).content.decode()
    assert "1 Angebot neu" in html and "Jetzt importieren" in html
    response = coordinator_client.post(preview, {"action": "confirm"})
    assert response["Location"] == preview  # back to the job's page, not the form
    job.refresh_from_db()
    assert job.state == ImportJob.State.DONE and Offering.objects.count() == 1
    html = coordinator_client.get(preview).content.decode()
    assert "Import abgeschlossen: 1 neu" in html and "Jetzt importieren" not in html
    assert kept_files(var_dir) == []


def test_the_page_shows_the_progress_and_a_way_to_reload_without_javascript(
    coordinator_client, vocabulary, large, no_worker
):
    preview = upload(coordinator_client, csv_bytes([row()]))["Location"]
    job = ImportJob.objects.get()
    assert no_worker == [(job.pk,)]
    html = coordinator_client.get(preview).content.decode()
    assert "wartet auf die Prüfung" in html
    assert f'href="{preview}"' in html and "Stand aktualisieren" in html
    assert "Jetzt importieren" not in html
    ImportJob.objects.filter(pk=job.pk).update(state=ImportJob.State.CHECKING)
    pending.write_progress(job.token, 1200, 5000)
    html = coordinator_client.get(preview).content.decode()
    assert "wird geprüft" in html
    assert '<progress max="5000" value="1200"' in html and "1200 von 5000 Angeboten" in html
    assert "<script" not in html.split("<main", 1)[-1].split("</main>", 1)[0]


def test_the_person_may_leave_and_come_back_to_a_running_import(
    coordinator_client, vocabulary, large, no_worker
):
    preview = upload(coordinator_client, csv_bytes([row()], encoding="utf-8"), name="viele.csv")[
        "Location"
    ]
    html = coordinator_client.get(URL).content.decode()
    assert "Ihre Importe" in html
    assert f'<a href="{preview}">viele.csv</a>: wartet auf die Prüfung' in html
    check_import.call(ImportJob.objects.get().pk)  # the worker gets to it
    html = coordinator_client.get(URL).content.decode()
    assert f'<a href="{preview}">viele.csv</a>: geprüft' in html


def test_the_preview_is_computed_once_and_never_reparsed(
    coordinator_client, vocabulary, monkeypatch
):
    preview = upload(coordinator_client, csv_bytes([row()]))["Location"]

    def fail(*args, **kwargs):
        raise AssertionError("the file was parsed again")

    monkeypatch.setattr("vielfalt.exchange.views.parse_file", fail)
    monkeypatch.setattr("vielfalt.exchange.jobs.parse_file", fail)
    for _number in range(3):
        assert "1 Angebot neu" in coordinator_client.get(preview).content.decode()


def test_a_background_check_that_finds_errors_shows_them_and_keeps_nothing(
    coordinator_client, vocabulary, large, var_dir
):
    preview = upload(coordinator_client, csv_bytes([row(life_phases="teenager")]))["Location"]
    assert ImportJob.objects.get().state == ImportJob.State.FAILED
    html = coordinator_client.get(preview).content.decode()
    assert "Die Datei hat 1 Fehler" in html and "Jetzt importieren" not in html
    assert kept_files(var_dir) == []
    response = coordinator_client.post(preview, {"action": "cancel"})
    assert response["Location"] == URL


def test_a_second_confirm_does_not_import_twice(coordinator_client, vocabulary, large, no_worker):
    preview = upload(coordinator_client, csv_bytes([row()]))["Location"]
    check_import.call(ImportJob.objects.get().pk)
    coordinator_client.post(preview, {"action": "confirm"})
    coordinator_client.post(preview, {"action": "confirm"})
    job = ImportJob.objects.get()
    assert len(no_worker) == 2  # one check, one import
    assert job.state == ImportJob.State.IMPORTING
    apply_import.call(job.pk)
    apply_import.call(job.pk)
    assert Offering.objects.count() == 1


def test_jobs_older_than_a_week_are_swept_with_the_next_upload(coordinator_client, vocabulary):
    from datetime import timedelta

    from django.utils import timezone

    upload(coordinator_client, csv_bytes([row()]))
    ImportJob.objects.update(created=timezone.now() - timedelta(days=8))
    upload(coordinator_client, csv_bytes([row()]))
    assert ImportJob.objects.count() == 1


def test_erasing_the_uploader_deletes_their_jobs(coordinator_client, vocabulary, coordinator):
    from vielfalt.privacy import registry

    upload(coordinator_client, csv_bytes([row()]))
    registry.erase(registry.subject_for(user=coordinator))
    assert ImportJob.objects.count() == 0


def test_the_daily_retention_purges_old_jobs(coordinator_client, vocabulary):
    from datetime import timedelta

    from django.utils import timezone

    from vielfalt.privacy import registry

    upload(coordinator_client, csv_bytes([row()]))
    ImportJob.objects.update(created=timezone.now() - timedelta(days=8))
    assert registry.purge(timezone.now())["exchange.import_jobs"] == 1
