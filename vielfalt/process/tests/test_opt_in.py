import time
from datetime import timedelta

from django.core import mail, signing
from django.urls import reverse

from vielfalt.process.models import InterestRequest

from .helpers import make_request

UNCONFIRMED = InterestRequest.Status.UNCONFIRMED
CONFIRMED = InterestRequest.Status.CONFIRMED


def confirm_url(interest):
    return reverse("process:confirm", args=[interest.confirmation_token()])


def test_opening_the_link_only_shows_a_button(client, db):
    interest = make_request(status=UNCONFIRMED)
    response = client.get(confirm_url(interest))
    assert response.status_code == 200
    assert "Ja, ich möchte mitmachen" in response.content.decode()
    interest.refresh_from_db()
    assert interest.status == UNCONFIRMED


def test_pressing_the_button_confirms_and_tells_the_coordinators(
    client, coordinator, forum, django_capture_on_commit_callbacks
):
    interest = make_request(status=UNCONFIRMED, forums=[forum], new_topic="Digitale Teilhabe")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(confirm_url(interest))
    assert response.status_code == 200
    assert "Danke, Ihre Anfrage ist bestätigt" in response.content.decode()
    interest.refresh_from_db()
    assert interest.status == CONFIRMED
    assert interest.confirmed_at is not None
    assert len(mail.outbox) == 1
    notice = mail.outbox[0]
    assert notice.to == ["clara@example.org"]
    assert "Ayşe Yılmaz" in notice.subject
    assert "Sprache und Bildung" in notice.body
    assert "Digitale Teilhabe" in notice.body
    assert reverse("process:triage") in notice.body


def test_a_replayed_link_says_it_is_already_confirmed(
    client, coordinator, django_capture_on_commit_callbacks
):
    interest = make_request(status=UNCONFIRMED)
    url = confirm_url(interest)
    client.post(url)
    interest.refresh_from_db()
    first_confirmed_at = interest.confirmed_at

    with django_capture_on_commit_callbacks(execute=True):
        for response in (client.get(url), client.post(url)):
            assert response.status_code == 200
            assert "Schon bestätigt" in response.content.decode()

    interest.refresh_from_db()
    assert interest.confirmed_at == first_confirmed_at
    assert mail.outbox == []


def test_a_link_to_a_decided_request_changes_nothing(client, db):
    interest = make_request(status=InterestRequest.Status.DECLINED)
    response = client.post(confirm_url(interest))
    assert "Schon bestätigt" in response.content.decode()
    interest.refresh_from_db()
    assert interest.status == InterestRequest.Status.DECLINED


def assert_invalid(response, heading):
    assert response.status_code == 400
    assert heading in response.content.decode()


def test_a_forged_link_is_rejected(client, db):
    interest = make_request(status=UNCONFIRMED)
    forged = signing.dumps(interest.pk, salt="some-other-salt")
    for method in (client.get, client.post):
        assert_invalid(method(reverse("process:confirm", args=[forged])), "Der Link ist ungültig")
    interest.refresh_from_db()
    assert interest.status == UNCONFIRMED


def test_a_tampered_link_is_rejected(client, db):
    interest = make_request(status=UNCONFIRMED)
    other = make_request(status=UNCONFIRMED, email="other@example.org")
    token = interest.confirmation_token()
    # Swap in the other request's id, keeping the signature.
    payload, rest = token.split(":", 1)
    tampered = other.confirmation_token().split(":", 1)[0] + ":" + rest
    assert_invalid(
        client.post(reverse("process:confirm", args=[tampered])), "Der Link ist ungültig"
    )
    assert InterestRequest.objects.filter(status=UNCONFIRMED).count() == 2


def test_a_garbage_link_is_rejected(client, db):
    for token in ("x", "abc:def:ghi", "%00", "a" * 500):
        assert_invalid(
            client.get(reverse("process:confirm", args=[token])), "Der Link ist ungültig"
        )


def test_a_link_to_a_deleted_request_is_rejected(client, db):
    interest = make_request(status=UNCONFIRMED)
    url = confirm_url(interest)
    interest.delete()
    assert_invalid(client.post(url), "Der Link ist ungültig")


def test_an_expired_link_is_rejected(client, db, monkeypatch):
    interest = make_request(status=UNCONFIRMED)
    eight_days_ago = time.time() - timedelta(days=8).total_seconds()
    with monkeypatch.context() as m:
        m.setattr(signing.time, "time", lambda: eight_days_ago)
        url = confirm_url(interest)

    response = client.post(url)

    assert_invalid(response, "Der Link ist abgelaufen")
    interest.refresh_from_db()
    assert interest.status == UNCONFIRMED


def test_a_link_just_inside_the_time_limit_still_works(client, db, monkeypatch):
    interest = make_request(status=UNCONFIRMED)
    six_days_ago = time.time() - timedelta(days=6).total_seconds()
    with monkeypatch.context() as m:
        m.setattr(signing.time, "time", lambda: six_days_ago)
        url = confirm_url(interest)
    assert client.post(url).status_code == 200
    interest.refresh_from_db()
    assert interest.status == CONFIRMED
