"""A demo must never mail real people: its notices go to example.org logins,
while the public contact block still shows the town's published contact."""

import pytest
from django.core import mail
from django.urls import reverse

from vielfalt.accounts.models import User
from vielfalt.network.models import Person
from vielfalt.outbox.models import Mail
from vielfalt.process.models import InterestRequest, coordinator_emails
from vielfalt.process.tests.helpers import join_data

PUBLISHED = {"andrea.schmidt@wuerselen.de", "nathalie.thome@wuerselen.de"}


@pytest.fixture
def demo(demo_data, db):
    """The demo, loaded once per session (vielfalt/conftest.py)."""
    return demo_data


def test_demo_notices_go_to_example_org_only(demo):
    recipients = coordinator_emails()
    assert recipients == ["koordination@example.org"]
    assert all(user.email.endswith("@example.org") for user in User.objects.all())


def test_a_join_request_in_the_demo_mails_no_real_coordinator(
    demo, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("process:join"), join_data(email="gast@example.org"))
    interest = InterestRequest.objects.get(email="gast@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        interest.confirm()
    coordinator = User.objects.get(email="koordination@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        interest.accept(coordinator)

    addressed = {a for m in mail.outbox for a in [*m.to, *m.cc, *m.bcc, *m.reply_to]}
    assert addressed == {"gast@example.org", "koordination@example.org"}
    assert not Mail.objects.filter(to__iendswith="@wuerselen.de").exists()


def test_the_public_contact_still_shows_the_published_addresses(demo, client):
    published = set(Person.objects.public_coordinators().values_list("email", flat=True))
    assert published == PUBLISHED
    html = client.get(reverse("pages:home")).content.decode()
    for address in PUBLISHED:
        assert address in html
