import io
from datetime import timedelta

import pytest
from django.utils import timezone

from vielfalt.outbox import daily
from vielfalt.outbox.models import Mail
from vielfalt.outbox.retention import delete_old_mails

from .conftest import make_mail

pytestmark = pytest.mark.django_db


def ago(days):
    return timezone.now() - timedelta(days=days)


def test_old_sent_and_failed_mails_are_deleted_after_their_periods(settings):
    settings.OUTBOX_KEEP_SENT_DAYS = 30
    settings.OUTBOX_KEEP_FAILED_DAYS = 90
    old_sent = make_mail(state=Mail.State.SENT, created_at=ago(31))
    recent_sent = make_mail(state=Mail.State.SENT, created_at=ago(29))
    failed_kept = make_mail(state=Mail.State.FAILED, created_at=ago(31))
    failed_old = make_mail(state=Mail.State.FAILED, created_at=ago(91))
    queued_old = make_mail(state=Mail.State.QUEUED, created_at=ago(200))

    assert delete_old_mails() == (1, 1)

    left = set(Mail.objects.values_list("pk", flat=True))
    assert left == {recent_sent.pk, failed_kept.pk, queued_old.pk}
    assert old_sent.pk not in left and failed_old.pk not in left


def test_daily_run_reports_what_it_did(settings):
    settings.OUTBOX_KEEP_SENT_DAYS = 30
    make_mail(state=Mail.State.SENT, created_at=ago(40))
    make_mail(state=Mail.State.FAILED)
    out = io.StringIO()
    daily.run(out)
    text = out.getvalue()
    assert "1 verschickte und 0 fehlgeschlagene E-Mails gelöscht" in text
    assert "1 E-Mail ist endgültig fehlgeschlagen" in text


def test_mails_to_an_address_are_found_for_export_and_erasure():
    mine = make_mail(to="Ayse.Yilmaz@example.org")
    make_mail(to="someone@example.org")
    assert list(Mail.objects.to_address(" ayse.yilmaz@EXAMPLE.org")) == [mine]
    Mail.objects.to_address("ayse.yilmaz@example.org").delete()
    assert not Mail.objects.to_address("ayse.yilmaz@example.org").exists()
