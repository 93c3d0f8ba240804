import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from vielfalt.outbox import daily
from vielfalt.outbox.models import Mail
from vielfalt.outbox.retention import delete_old_mails
from vielfalt.privacy import registry
from vielfalt.privacy.erasure import erase_person

from .conftest import make_mail

pytestmark = pytest.mark.django_db


def ago(days):
    return timezone.now() - timedelta(days=days)


def test_old_sent_and_failed_mails_are_deleted_after_their_periods(settings):
    settings.RETENTION_SENT_MAILS_DAYS = 30
    settings.RETENTION_FAILED_MAILS_DAYS = 90
    old_sent = make_mail(state=Mail.State.SENT, created_at=ago(32), sent_at=ago(31))
    recent_sent = make_mail(state=Mail.State.SENT, created_at=ago(40), sent_at=ago(29))
    failed_kept = make_mail(state=Mail.State.FAILED, created_at=ago(31))
    failed_old = make_mail(state=Mail.State.FAILED, created_at=ago(91))
    queued_old = make_mail(state=Mail.State.QUEUED, created_at=ago(200))

    assert delete_old_mails() == (1, 1)

    left = set(Mail.objects.values_list("pk", flat=True))
    assert left == {recent_sent.pk, failed_kept.pk, queued_old.pk}
    assert old_sent.pk not in left and failed_old.pk not in left


def test_manage_py_daily_deletes_old_mails_and_points_at_failed_ones(settings):
    settings.RETENTION_SENT_MAILS_DAYS = 30
    make_mail(state=Mail.State.SENT, sent_at=ago(40))
    make_mail(state=Mail.State.FAILED)
    out = io.StringIO()
    call_command("daily", stdout=out)
    assert list(Mail.objects.values_list("state", flat=True)) == [Mail.State.FAILED]
    assert "1 E-Mail ist endgültig fehlgeschlagen" in out.getvalue()


def test_daily_run_is_silent_when_nothing_failed():
    out = io.StringIO()
    daily.run(out)
    assert out.getvalue() == ""


def test_mails_to_an_address_are_found_for_export_and_erasure():
    mine = make_mail(to="Ayse.Yilmaz@example.org")
    make_mail(to="someone@example.org")
    assert list(Mail.objects.to_address(" ayse.yilmaz@EXAMPLE.org")) == [mine]


def test_erasing_a_person_deletes_every_mail_to_them(member):
    make_mail(to="MAX@example.org", state=Mail.State.SENT)
    make_mail(to="max@example.org", state=Mail.State.FAILED)
    other = make_mail(to="clara@example.org")

    erase_person(member.person)

    assert list(Mail.objects.all()) == [other]
    assert "outbox.mails" in {c.key for c in registry.categories()}
