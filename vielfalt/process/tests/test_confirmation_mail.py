"""The confirmation mail goes to an address nobody has confirmed yet, so it
must not carry anything the sender typed: otherwise the join form sends a
text of anyone's choice from the town's address to anyone."""

import pytest
from django.core import mail
from django.urls import reverse

from .helpers import join_data

pytestmark = pytest.mark.django_db

SPAM = "Gewinn! Jetzt Konto bestätigen: https://boese.example/login"


def test_the_confirmation_mail_repeats_nothing_the_sender_typed(
    client, forum, django_capture_on_commit_callbacks
):
    data = join_data(
        name=SPAM,
        email="opfer@example.org",
        organisation_name=SPAM,
        new_topic=SPAM,
        message=SPAM,
        forums=[forum.pk],
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("process:join"), data)

    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.to == ["opfer@example.org"]
    for part in (message.subject, message.body):
        assert "boese.example" not in part
        assert "Gewinn" not in part
    assert message.body.startswith("Guten Tag,")
    assert "/mitmachen/bestaetigen/" in message.body


def test_the_next_page_does_not_claim_the_mail_was_already_sent(client):
    html = client.get(reverse("process:check_mail")).content.decode()
    assert "Wir schicken Ihnen eine E-Mail mit einem Link" in html
    assert "Wir haben Ihnen eine E-Mail" not in html
