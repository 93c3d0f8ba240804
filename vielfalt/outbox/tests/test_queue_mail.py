import pytest
from django.core import mail
from django.db import transaction

from vielfalt.outbox.mail import queue_mail


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
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "Hallo Ayşe"
    assert mail.outbox[0].body == "Willkommen in Würselen, Ayşe."
    assert mail.outbox[0].to == ["ayse@example.org"]


@pytest.mark.django_db(transaction=True)
def test_it_sends_nothing_when_the_transaction_rolls_back(mail_templates):
    with pytest.raises(RuntimeError), transaction.atomic():
        queue_mail("greeting", {"name": "Ayşe"}, ["ayse@example.org"])
        raise RuntimeError("rolled back")
    assert mail.outbox == []
