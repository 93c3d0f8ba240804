"""`manage.py daily` runs every reminder and retention job, and each app's daily.py."""

import sys
import types
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone

from vielfalt.process.models import InterestRequest

Status = InterestRequest.Status


def make_request(status, created_days_ago=0, decided_days_ago=None):
    request = InterestRequest.objects.create(
        name="Anna",
        email="anna@example.org",
        consent_given_at=timezone.now(),
        consent_text="Ja.",
        status=status,
    )
    InterestRequest.objects.filter(pk=request.pk).update(
        created=timezone.now() - timedelta(days=created_days_ago),
        decided_at=(
            timezone.now() - timedelta(days=decided_days_ago) if decided_days_ago else None
        ),
    )
    return request


@override_settings(RETENTION_DECIDED_REQUESTS_DAYS=10)
def test_daily_runs_reminders_purge_and_retention(db):
    stale = make_request(Status.UNCONFIRMED, created_days_ago=8)
    decided = make_request(Status.ACCEPTED, created_days_ago=30, decided_days_ago=11)
    waiting = make_request(Status.CONFIRMED, created_days_ago=30)
    out = StringIO()

    call_command("daily", stdout=out)

    assert list(InterestRequest.objects.all()) == [waiting]
    assert stale.pk and decided.pk
    text = out.getvalue()
    assert "Erinnerungen eingereiht" in text  # notify_unconfirmed_offerings
    assert "Interessensbekundungen" in text  # the retention job names what it purged


def test_daily_runs_an_apps_daily_module(db, monkeypatch):
    ran = []
    module = types.ModuleType("vielfalt.forums.daily")
    module.run = lambda stdout: ran.append(stdout)
    monkeypatch.setitem(sys.modules, "vielfalt.forums.daily", module)

    call_command("daily", stdout=StringIO())

    assert len(ran) == 1


def test_one_failing_job_does_not_stop_the_others_but_fails_the_run(db, monkeypatch):
    module = types.ModuleType("vielfalt.forums.daily")

    def broken(stdout):
        raise RuntimeError("kaputt")

    module.run = broken
    monkeypatch.setitem(sys.modules, "vielfalt.forums.daily", module)
    stale = make_request(Status.UNCONFIRMED, created_days_ago=8)
    err = StringIO()

    with pytest.raises(CommandError):
        call_command("daily", stdout=StringIO(), stderr=err)

    assert not InterestRequest.objects.filter(pk=stale.pk).exists()
    assert "vielfalt.forums.daily" in err.getvalue()
