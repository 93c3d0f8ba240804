import pytest
from django.core import mail
from django.db import transaction

from vielfalt.outbox.mail import queue_mail
from vielfalt.outbox.models import Mail


@pytest.fixture
def mail_templates(settings, tmp_path):
    (tmp_path / "greeting_subject.txt").write_text("Hallo\n  {{ name }}\n")
    (tmp_path / "greeting_body.txt").write_text("Willkommen in {{ SITE_TOWN }}, {{ name }}.")
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}
    ]


@pytest.mark.django_db(transaction=True)
def test_it_sends_the_rendered_mail_after_commit(mail_templates):
    with transaction.atomic():
        queue_mail("greeting", {"name": "Ayşe"}, ["ayse@example.org"])
        assert mail.outbox == []
        assert Mail.objects.get().state == Mail.State.QUEUED
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "Hallo Ayşe"
    assert mail.outbox[0].body == "Willkommen in Würselen, Ayşe."
    assert mail.outbox[0].to == ["ayse@example.org"]
    stored = Mail.objects.get()
    assert stored.state == Mail.State.SENT
    assert stored.sent_at is not None
    assert stored.attempts == 1


@pytest.mark.django_db(transaction=True)
def test_it_stores_and_sends_nothing_when_the_transaction_rolls_back(mail_templates):
    with pytest.raises(RuntimeError), transaction.atomic():
        queue_mail("greeting", {"name": "Ayşe"}, ["ayse@example.org"])
        raise RuntimeError("rolled back")
    assert mail.outbox == []
    assert not Mail.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_each_recipient_gets_a_mail_of_their_own_in_the_given_language(mail_templates):
    queue_mail(
        "greeting",
        {"name": "Team"},
        ["a@example.org", "b@example.org", "a@example.org", ""],
        language="en",
        reply_to=["koordination@example.org"],
    )
    assert sorted(m.to for m in mail.outbox) == [["a@example.org"], ["b@example.org"]]
    assert mail.outbox[0].reply_to == ["koordination@example.org"]
    assert set(Mail.objects.values_list("language", flat=True)) == {"en"}


@pytest.mark.django_db(transaction=True)
def test_a_mail_that_cannot_be_sent_is_kept_and_the_page_does_not_break(
    mail_templates, broken_mail_server
):
    queue_mail("greeting", {"name": "Ayşe"}, ["ayse@example.org"])

    stored = Mail.objects.get()
    assert stored.state == Mail.State.QUEUED
    assert stored.attempts == 1
    assert "SMTPServerDisconnected" in stored.last_error
    assert stored.next_attempt_at > stored.created_at


@pytest.mark.django_db(transaction=True)
def test_with_the_console_backend_the_mail_is_printed_without_a_worker(
    mail_templates, settings, capsys
):
    # `make demo`: immediate task backend and console mail, no worker running.
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    queue_mail("greeting", {"name": "Ayşe"}, ["ayse@example.org"])
    out = capsys.readouterr().out
    assert "To: ayse@example.org" in out
    assert "Willkommen in Würselen, Ayşe." in out
