import time
from datetime import timedelta

from django.core import signing
from django.urls import reverse
from django.utils import timezone

from vielfalt.collection.models import Impulse, PublicSuggestion, Source
from vielfalt.collection.suggestions import confirmation_token, stale_unconfirmed
from vielfalt.outbox.models import Mail

from .triage_helpers import make_impulse


def make_suggestion(forum, email="ayse@example.org", title="Hausaufgabenhilfe"):
    impulse = make_impulse(forum, title, status=Impulse.Status.UNCONFIRMED, source=Source.PUBLIC)
    return PublicSuggestion.objects.create(
        impulse=impulse,
        name="Ayşe Yılmaz",
        email=email,
        consent_given_at=timezone.now(),
        consent_text="Ich bin einverstanden.",
    )


def confirm_url(suggestion):
    return reverse("triage:suggestion_confirm", args=[confirmation_token(suggestion)])


def test_opening_the_link_only_shows_a_button(client, forum):
    suggestion = make_suggestion(forum)

    response = client.get(confirm_url(suggestion))

    assert response.status_code == 200
    assert "Ja, ich habe das geschickt" in response.content.decode()
    assert "„Hausaufgabenhilfe“ an das Forum Sprache und Bildung" in response.content.decode()
    suggestion.impulse.refresh_from_db()
    assert suggestion.impulse.status == Impulse.Status.UNCONFIRMED


def test_the_button_opens_the_impulse_in_the_forums_inbox(client, moderator_client, forum):
    suggestion = make_suggestion(forum)

    response = client.post(confirm_url(suggestion))

    assert "Danke, Ihr Vorschlag ist bestätigt" in response.content.decode()
    suggestion.refresh_from_db()
    suggestion.impulse.refresh_from_db()
    assert suggestion.impulse.status == Impulse.Status.OPEN
    assert suggestion.confirmed_at is not None
    inbox = moderator_client.get(reverse("triage:inbox")).content.decode()
    assert "Hausaufgabenhilfe" in inbox
    assert "Vorschlag aus der Öffentlichkeit" in inbox


def test_the_link_also_opens_other_waiting_suggestions_of_the_address(client, forum, other_forum):
    first = make_suggestion(forum)
    second = make_suggestion(other_forum, email="AYSE@example.org", title="Zweite Idee")
    foreign = make_suggestion(forum, email="jemand@example.org", title="Fremd")

    client.post(confirm_url(first))

    statuses = dict(Impulse.objects.values_list("title", "status"))
    assert statuses == {"Hausaufgabenhilfe": "open", "Zweite Idee": "open", "Fremd": "unconfirmed"}
    assert second.pk and foreign.pk


def test_a_replayed_link_says_it_is_already_confirmed(client, forum):
    suggestion = make_suggestion(forum)
    url = confirm_url(suggestion)
    client.post(url)

    for response in (client.get(url), client.post(url)):
        assert response.status_code == 200
        assert "Schon bestätigt" in response.content.decode()


def test_a_forged_link_is_refused(client, db):
    response = client.get(reverse("triage:suggestion_confirm", args=["abc:def"]))
    assert response.status_code == 400
    assert "Der Link ist ungültig" in response.content.decode()


def test_a_link_older_than_seven_days_has_expired(client, forum, monkeypatch):
    suggestion = make_suggestion(forum)
    url = confirm_url(suggestion)
    later = time.time() + timedelta(days=8).total_seconds()
    monkeypatch.setattr(signing.time, "time", lambda: later)

    response = client.post(url)

    assert response.status_code == 400
    assert "Der Link ist abgelaufen" in response.content.decode()
    suggestion.impulse.refresh_from_db()
    assert suggestion.impulse.status == Impulse.Status.UNCONFIRMED


def test_a_new_suggestion_clears_expired_unconfirmed_ones(client, forum):
    old = make_suggestion(forum, email="alt@example.org")
    Impulse.objects.filter(pk=old.impulse_id).update(created=timezone.now() - timedelta(days=8))
    assert stale_unconfirmed().count() == 1

    client.post(
        reverse("triage:suggest", args=[forum.slug]),
        {"email": "neu@example.org", "title": "Neu", "text": "Text", "consent": "on"},
    )

    assert not Impulse.objects.filter(pk=old.impulse_id).exists()
    assert Impulse.objects.filter(title="Neu").exists()


def test_the_moderators_hear_of_a_confirmed_suggestion(client, moderator, forum):
    suggestion = make_suggestion(forum, title="Titel der Besucherin")

    client.post(confirm_url(suggestion))

    notice = Mail.objects.get()
    assert notice.to == "mona@example.org"
    assert "Neuer Vorschlag für das Forum Sprache und Bildung" in notice.subject
    assert f"/foren/impulse/?forum={forum.slug}&status=open" in notice.body
    assert "Titel der Besucherin" not in notice.body


def test_without_moderators_the_coordinators_hear_of_it(client, coordinator, other_forum):
    client.post(confirm_url(make_suggestion(other_forum)))

    assert list(Mail.objects.values_list("to", flat=True)) == ["clara@example.org"]
