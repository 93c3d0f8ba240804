from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from vielfalt.conftest import make_person
from vielfalt.network.models import Person
from vielfalt.offerings.models import Offering
from vielfalt.offerings.tasks import notify_unconfirmed_offerings


def days_ago(days):
    return timezone.localdate() - timedelta(days=days)


def make_offering(organisation, name, confirmed_days_ago=400, **extra):
    return Offering.objects.create(
        name=name,
        short_description="x",
        organisation=organisation,
        last_confirmed=days_ago(confirmed_days_ago),
        **extra,
    )


@pytest.fixture
def provider(organisation):
    organisation.email = "info@familienzentrum.example"
    organisation.save()
    make_person("Lena Login", "lena@familienzentrum.example", organisation)
    Person.objects.create(name="Ohne Konto", email="ohne@example.org", organisation=organisation)
    return organisation


def run(capture):
    with capture(execute=True):
        return notify_unconfirmed_offerings.call()


def test_it_sends_one_mail_per_organisation_listing_its_offerings(
    provider, other_organisation, mailoutbox, django_capture_on_commit_callbacks, settings
):
    settings.SITE_URL = "https://vielfalt.example"
    make_offering(provider, "Elterncafé")
    make_offering(provider, "Krabbelgruppe")
    make_offering(provider, "Frisch bestätigt", confirmed_days_ago=10)
    other_organisation.email = "sv@pley.example"
    other_organisation.save()
    make_offering(other_organisation, "Fußball")

    assert run(django_capture_on_commit_callbacks) == 2

    # One mail per organisation and address: each recipient gets a mail of their own.
    assert sorted(address for m in mailoutbox for address in m.to) == [
        "info@familienzentrum.example",
        "lena@familienzentrum.example",
        "sv@pley.example",
    ]
    mail = next(m for m in mailoutbox if m.to == ["info@familienzentrum.example"])
    assert "Bitte bestätigen Sie Ihre 2 Angebote" in mail.subject
    assert "Elterncafé" in mail.body
    assert "Krabbelgruppe" in mail.body
    assert "Frisch bestätigt" not in mail.body
    assert "Fußball" not in mail.body
    assert "https://vielfalt.example/angebote/verwalten/" in mail.body


def test_it_records_when_it_asked(provider, mailoutbox, django_capture_on_commit_callbacks):
    due = make_offering(provider, "Elterncafé")
    fresh = make_offering(provider, "Frisch", confirmed_days_ago=10)

    run(django_capture_on_commit_callbacks)

    due.refresh_from_db()
    fresh.refresh_from_db()
    assert due.confirmation_requested_at is not None
    assert fresh.confirmation_requested_at is None


def test_it_does_not_ask_again_within_thirty_days(
    provider, mailoutbox, django_capture_on_commit_callbacks
):
    make_offering(
        provider, "Gerade gefragt", confirmation_requested_at=timezone.now() - timedelta(days=29)
    )

    assert run(django_capture_on_commit_callbacks) == 0
    assert mailoutbox == []


def test_it_asks_again_after_thirty_days(provider, mailoutbox, django_capture_on_commit_callbacks):
    offering = make_offering(
        provider, "Lange her gefragt", confirmation_requested_at=timezone.now() - timedelta(days=31)
    )

    assert run(django_capture_on_commit_callbacks) == 1
    offering.refresh_from_db()
    assert offering.confirmation_requested_at > timezone.now() - timedelta(minutes=1)


def test_it_ignores_ended_offerings(provider, mailoutbox, django_capture_on_commit_callbacks):
    make_offering(provider, "Beendet", status=Offering.Status.ENDED)

    assert run(django_capture_on_commit_callbacks) == 0
    assert mailoutbox == []


def test_it_includes_paused_offerings(provider, mailoutbox, django_capture_on_commit_callbacks):
    make_offering(provider, "Pausiert", status=Offering.Status.PAUSED)

    assert run(django_capture_on_commit_callbacks) == 1
    assert "Pausiert" in mailoutbox[0].body


def test_it_skips_an_organisation_without_any_address_and_asks_later(
    other_organisation, mailoutbox, django_capture_on_commit_callbacks
):
    offering = make_offering(other_organisation, "Ohne Adresse")

    assert run(django_capture_on_commit_callbacks) == 0
    assert mailoutbox == []
    offering.refresh_from_db()
    assert offering.confirmation_requested_at is None


def test_it_uses_the_login_addresses_when_the_organisation_has_none(
    member, mailoutbox, django_capture_on_commit_callbacks
):
    make_offering(member.person.organisation, "Schwimmkurs")

    run(django_capture_on_commit_callbacks)

    assert mailoutbox[0].to == ["max@example.org"]


@override_settings(OFFERING_CONFIRM_AFTER_DAYS=30)
def test_it_follows_the_confirmation_period(
    provider, mailoutbox, django_capture_on_commit_callbacks
):
    make_offering(provider, "31 Tage", confirmed_days_ago=31)
    make_offering(provider, "29 Tage", confirmed_days_ago=29)

    run(django_capture_on_commit_callbacks)

    assert "31 Tage" in mailoutbox[0].body
    assert "29 Tage" not in mailoutbox[0].body


def test_the_command_queues_the_reminders(
    provider, mailoutbox, django_capture_on_commit_callbacks, capsys
):
    make_offering(provider, "Elterncafé")

    with django_capture_on_commit_callbacks(execute=True):
        call_command("notify_unconfirmed_offerings")

    assert "Erinnerungen eingereiht" in capsys.readouterr().out
    assert [m.to for m in mailoutbox] == [
        ["info@familienzentrum.example"],
        ["lena@familienzentrum.example"],
    ]


@override_settings(OFFERING_CONFIRM_AFTER_DAYS=365, OFFERING_STALE_GRACE_DAYS=90)
def test_an_offering_becomes_stale_after_the_grace_period(organisation):
    assert not make_offering(organisation, "Fällig", confirmed_days_ago=400).is_stale
    assert not make_offering(organisation, "Grenze", confirmed_days_ago=455).is_stale
    assert make_offering(organisation, "Veraltet", confirmed_days_ago=456).is_stale
