"""The back office's list of mails: find, see what failed, send again."""

import pytest
from django.urls import reverse

from vielfalt.outbox.models import Mail

from .conftest import make_mail

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:outbox_mail_changelist")


@pytest.fixture
def mails(db):
    return {
        "sent": make_mail(to="sent@example.org", subject="Willkommen", state=Mail.State.SENT),
        "failed": make_mail(
            to="kaputt@example.org",
            subject="Einladung",
            body="Ihr Link: https://vielfalt.example/einladung/GEHEIM-123/",
            state=Mail.State.FAILED,
            attempts=8,
            last_error="SMTPRecipientsRefused: 550 no such user",
        ),
    }


def test_coordinators_list_mails_with_the_failed_ones_highlighted(coordinator_client, mails):
    response = coordinator_client.get(CHANGELIST)
    assert response.status_code == 200
    html = response.content.decode()
    assert "sent@example.org" in html
    assert '<strong class="outbox-failed">fehlgeschlagen</strong>' in html
    assert "vielfalt/outbox-admin.css" in html


def test_the_list_filters_by_state_and_searches_by_recipient(coordinator_client, mails):
    failed = coordinator_client.get(CHANGELIST, {"state__exact": "failed"}).content.decode()
    assert "kaputt@example.org" in failed
    assert "sent@example.org" not in failed
    found = coordinator_client.get(CHANGELIST, {"q": "SENT@example"}).content.decode()
    assert "sent@example.org" in found
    assert "kaputt@example.org" not in found


def test_a_mail_shows_its_error_but_not_its_text_with_one_time_links(coordinator_client, mails):
    url = reverse("admin:outbox_mail_change", args=[mails["failed"].pk])
    html = coordinator_client.get(url).content.decode()
    assert "550 no such user" in html
    assert "GEHEIM-123" not in html


def test_send_again_delivers_a_failed_mail(
    coordinator_client, mails, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator_client.post(
            CHANGELIST,
            {"action": "send_again", "_selected_action": [m.pk for m in mails.values()]},
            follow=True,
        )
    texts = [str(m) for m in response.context["messages"]]
    assert "1 E-Mail wird erneut verschickt." in texts
    assert any("nicht noch einmal gesendet (1)" in text for text in texts)
    assert [m.to for m in mailoutbox] == [["kaputt@example.org"]]
    failed = Mail.objects.get(pk=mails["failed"].pk)
    assert failed.state == Mail.State.SENT
    assert failed.attempts == 1


def test_mails_cannot_be_written_or_deleted_by_hand(coordinator_client, mails):
    assert coordinator_client.get(reverse("admin:outbox_mail_add")).status_code == 403
    delete = reverse("admin:outbox_mail_delete", args=[mails["sent"].pk])
    assert coordinator_client.post(delete, {"post": "yes"}).status_code == 403
    assert Mail.objects.count() == 2


def test_people_without_back_office_rights_see_no_mails(member_client, mails):
    response = member_client.get(CHANGELIST)
    assert response.status_code == 302
    assert "kaputt@example.org" not in response.content.decode()
