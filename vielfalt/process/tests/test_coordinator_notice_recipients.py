"""Notices about join requests go to the coordinators who can act on them:
those with an active login. A published contact without an account gets none."""

import pytest
from django.core import mail
from django.utils import timezone

from vielfalt.conftest import make_person
from vielfalt.network.models import Person
from vielfalt.process.models import InterestRequest, coordinator_emails

from .helpers import make_request

pytestmark = pytest.mark.django_db


@pytest.fixture
def published_contact_only(db):
    return Person.objects.create(
        name="Öffentlicher Kontakt",
        email="kontakt@stadt.example",
        is_coordinator=True,
        public_contact=True,
        consent_given_at=timezone.now(),
        consent_text="Veröffentlicht.",
    )


def test_only_coordinators_with_an_active_login_get_the_notice(
    coordinator, published_contact_only, django_capture_on_commit_callbacks
):
    away = make_person("Ehemalige Koordination", "weg@example.org", is_coordinator=True)
    away.user.is_active = False
    away.user.save()
    interest = make_request(status=InterestRequest.Status.UNCONFIRMED)

    with django_capture_on_commit_callbacks(execute=True):
        assert interest.confirm()

    assert [m.to for m in mail.outbox] == [["clara@example.org"]]
    assert coordinator_emails() == ["clara@example.org"]
