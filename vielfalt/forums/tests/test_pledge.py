"""Pledging to take a dormant forum up: one button for people of the network,
a form with double opt-in for the public; counted on the forum page."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse

from vielfalt.conftest import assert_not_found
from vielfalt.forums.models import Forum, Pledge
from vielfalt.outbox.models import Mail


@pytest.fixture
def dormant(db):
    return Forum.objects.create(name="Arbeitsmarkt", slug="arbeitsmarkt", status="dormant")


def public_data(**overrides):
    data = {
        "name": "Jana Beispiel",
        "email": "jana@example.org",
        "message": "Ich kenne viele Betriebe.",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def confirm_path(mail):
    return re.search(r"https?://[^/\s]+(/\S+/zusage/bestaetigen/\S+/)", mail.body).group(1)


def test_the_dormant_forum_page_counts_only_confirmed_pledges(client, dormant):
    Pledge.objects.create(
        forum=dormant, name="A", email="a@example.org", confirmed_at="2026-01-01T10:00Z"
    )
    Pledge.objects.create(
        forum=dormant, name="B", email="b@example.org", confirmed_at="2026-01-02T10:00Z"
    )
    Pledge.objects.create(forum=dormant, name="C", email="c@example.org")  # unconfirmed
    page = client.get(dormant.get_absolute_url()).content.decode()
    assert "2 Personen würden dieses Forum aufgreifen" in page
    assert "Dieses Forum ruht" in page
    assert 'for="id_email"' in page  # the public form, with labels


def test_a_network_person_pledges_with_one_button(client, dormant, member):
    client.force_login(member)
    response = client.post(reverse("forums:pledge_person", args=[dormant.slug]), follow=True)
    page = response.content.decode()
    assert "Ihre Zusage ist gezählt" in page
    assert "1 Person würde dieses Forum aufgreifen" in page
    pledge = Pledge.objects.get()
    assert pledge.person == member.person and pledge.is_confirmed
    assert pledge.email == "max@example.org"


def test_pledging_twice_counts_once(client, dormant, member):
    client.force_login(member)
    client.post(reverse("forums:pledge_person", args=[dormant.slug]))
    response = client.post(reverse("forums:pledge_person", args=[dormant.slug]), follow=True)
    assert "Sie haben schon zugesagt" in response.content.decode()
    assert Pledge.objects.count() == 1


def test_a_pledge_on_an_active_forum_is_refused(client, forum, member):
    client.force_login(member)
    response = client.post(reverse("forums:pledge_person", args=[forum.slug]), follow=True)
    assert "Dieses Forum ruht nicht" in response.content.decode()
    assert not Pledge.objects.exists()
    client.logout()
    response = client.post(reverse("forums:pledge", args=[forum.slug]), public_data(), follow=True)
    assert "Dieses Forum ruht nicht" in response.content.decode()
    assert not Pledge.objects.exists()
    assert not Mail.objects.exists()


def test_a_pledge_on_a_closed_or_unknown_forum_is_404(client, db):
    closed = Forum.objects.create(name="Alt", slug="alt", status="closed")
    assert_not_found(client.post(reverse("forums:pledge", args=[closed.slug]), public_data()))
    assert_not_found(client.post(reverse("forums:pledge", args=["gibt-es-nicht"]), public_data()))


def test_the_public_pledge_is_counted_after_the_button_in_the_mail(client, dormant):
    response = client.post(reverse("forums:pledge", args=[dormant.slug]), public_data())
    assert response.status_code == 302
    assert "Bitte bestätigen Sie" in client.get(response["Location"]).content.decode()
    pledge = Pledge.objects.get()
    assert not pledge.is_confirmed and pledge.consent_text
    mail = Mail.objects.get()
    assert mail.to == "jana@example.org"
    # No text the visitor typed: neither the name nor the message.
    assert "Jana" not in mail.body and "Betriebe" not in mail.body
    path = confirm_path(mail)
    # Opening the link (as a mail scanner does) confirms nothing.
    assert "Ja, ich würde dieses Forum aufgreifen" in client.get(path).content.decode()
    assert not Pledge.objects.get().is_confirmed
    assert "Zusage ist bestätigt" in client.post(path).content.decode()
    assert Pledge.objects.get().is_confirmed
    assert (
        "1 Person würde dieses Forum aufgreifen"
        in client.get(dormant.get_absolute_url()).content.decode()
    )


def test_a_reused_confirmation_link_is_refused_and_changes_nothing(client, dormant):
    client.post(reverse("forums:pledge", args=[dormant.slug]), public_data())
    path = confirm_path(Mail.objects.get())
    client.post(path)
    confirmed_at = Pledge.objects.get().confirmed_at
    response = client.post(path)
    assert response.status_code == 409
    assert "Der Link gilt nur einmal" in response.content.decode()
    assert Pledge.objects.get().confirmed_at == confirmed_at


def test_a_forged_or_expired_link_is_refused(client, dormant, monkeypatch):
    response = client.get(reverse("forums:pledge_confirm", args=["nichts-gueltiges"]))
    assert response.status_code == 400 and "Der Link ist ungültig" in response.content.decode()
    pledge = Pledge.objects.create(forum=dormant, name="A", email="a@example.org")
    token = pledge.confirmation_token()
    monkeypatch.setattr(Pledge, "CONFIRM_MAX_AGE", timedelta(seconds=-1))
    response = client.post(reverse("forums:pledge_confirm", args=[token]))
    assert response.status_code == 400 and "abgelaufen" in response.content.decode()
    assert not Pledge.objects.get().is_confirmed


def test_bad_input_keeps_what_was_typed_and_stores_nothing(client, dormant):
    response = client.post(
        reverse("forums:pledge", args=[dormant.slug]),
        public_data(email="kein-at-zeichen", consent=""),
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "gültige E-Mail-Adresse" in page and "Bitte stimmen Sie zu" in page
    assert 'value="Jana Beispiel"' in page
    assert not Pledge.objects.exists()


def test_a_bot_filling_the_honeypot_is_told_nothing_and_stores_nothing(client, dormant):
    response = client.post(reverse("forums:pledge", args=[dormant.slug]), public_data(website="x"))
    assert response.status_code == 302
    assert not Pledge.objects.exists() and not Mail.objects.exists()


def test_one_pledge_and_one_mail_per_address_in_a_quarter_hour(client, dormant):
    client.post(reverse("forums:pledge", args=[dormant.slug]), public_data())
    client.post(
        reverse("forums:pledge", args=[dormant.slug]),
        public_data(email="JANA@example.org", name="Jana B."),
    )
    assert Pledge.objects.count() == 1
    assert Pledge.objects.get().name == "Jana B."
    assert Mail.objects.count() == 1


def test_the_client_limit_stops_a_flood(client, dormant, settings):
    settings.PLEDGE_RATE_LIMIT = 2
    for number in range(2):
        client.post(
            reverse("forums:pledge", args=[dormant.slug]),
            public_data(email=f"p{number}@example.org"),
        )
    response = client.post(
        reverse("forums:pledge", args=[dormant.slug]), public_data(email="p9@example.org")
    )
    assert response.status_code == 429
    assert "Bitte warten Sie etwas" in response.content.decode()
    assert Pledge.objects.count() == 2


def test_a_network_person_takes_over_their_earlier_public_pledge(client, dormant, member):
    Pledge.objects.create(forum=dormant, name="Max", email="MAX@example.org")
    client.force_login(member)
    client.post(reverse("forums:pledge_person", args=[dormant.slug]))
    pledge = Pledge.objects.get()
    assert pledge.person == member.person and pledge.is_confirmed


def test_a_pledge_is_not_plain_interest(client, dormant, member):
    client.force_login(member)
    client.post(reverse("forums:pledge_person", args=[dormant.slug]))
    assert not dormant.memberships.exists()
    assert not dormant.membership_requests.exists()


def test_a_forum_dormant_again_takes_new_pledges_from_earlier_pledgers(client, dormant, member):
    Pledge.objects.create(
        forum=dormant,
        person=member.person,
        name="Max",
        email="max@example.org",
        confirmed_at="2025-01-01T10:00Z",
        notified_at="2025-02-01T10:00Z",
    )
    client.force_login(member)
    response = client.post(reverse("forums:pledge_person", args=[dormant.slug]), follow=True)
    assert "Ihre Zusage ist gezählt" in response.content.decode()
    pledge = Pledge.objects.get()
    assert pledge.notified_at is None and pledge.is_confirmed
