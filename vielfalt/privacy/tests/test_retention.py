"""Retention: what has outlived its period goes, everything younger stays."""

from datetime import timedelta

from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.test import override_settings
from django.utils import timezone

from vielfalt.outbox.mail import queue_mail
from vielfalt.outbox.models import Mail
from vielfalt.privacy import registry
from vielfalt.process.models import InterestRequest

Status = InterestRequest.Status


def make_request(status, decided_days_ago=None, email="a@example.org"):
    request = InterestRequest.objects.create(
        name="Anna",
        email=email,
        consent_given_at=timezone.now(),
        consent_text="Ja.",
        status=status,
    )
    if decided_days_ago is not None:
        request.decided_at = timezone.now() - timedelta(days=decided_days_ago)
        request.save()
    return request


@override_settings(RETENTION_DECIDED_REQUESTS_DAYS=90)
def test_decided_requests_go_after_the_period_open_ones_stay(db):
    old_accepted = make_request(Status.ACCEPTED, 91)
    old_declined = make_request(Status.DECLINED, 91)
    recent = make_request(Status.DECLINED, 89)
    waiting = make_request(Status.CONFIRMED)

    registry.purge(timezone.now())

    left = set(InterestRequest.objects.values_list("pk", flat=True))
    assert old_accepted.pk not in left and old_declined.pk not in left
    assert left == {recent.pk, waiting.pk}


@override_settings(RETENTION_SENT_MAILS_DAYS=30)
def test_sent_mails_go_after_the_period(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for address in ["old@example.org", "new@example.org"]:
            queue_mail("accounts/mail/invite", {"valid_days": 7}, [address])
    queue_mail("accounts/mail/invite", {"valid_days": 7}, ["queued@example.org"])  # no commit
    now = timezone.now()
    Mail.objects.filter(to="old@example.org").update(sent_at=now - timedelta(days=31))
    Mail.objects.filter(to="new@example.org").update(sent_at=now - timedelta(days=29))

    registry.purge(now)

    left = sorted(Mail.objects.values_list("to", flat=True))
    assert left == ["new@example.org", "queued@example.org"]


@override_settings(RETENTION_ADMIN_LOG_DAYS=365)
def test_old_admin_history_goes(coordinator):
    def entry(days_ago):
        entry = LogEntry.objects.create(
            user=coordinator,
            content_type=ContentType.objects.get_for_model(coordinator),
            object_id=str(coordinator.pk),
            object_repr="x",
            action_flag=CHANGE,
        )
        LogEntry.objects.filter(pk=entry.pk).update(
            action_time=timezone.now() - timedelta(days=days_ago)
        )
        return entry

    old, recent = entry(366), entry(364)

    registry.purge(timezone.now())

    assert list(LogEntry.objects.values_list("pk", flat=True)) == [recent.pk]
    assert old.pk != recent.pk


def test_every_declared_kind_has_texts_for_the_record(db):
    for category in registry.categories():
        for text in (
            category.name,
            category.data,
            category.subjects,
            category.purpose,
            category.legal_basis,
            category.recipients,
            category.retention(),
        ):
            assert str(text).strip(), category.key
