import pytest
from django.core import mail
from django.urls import reverse

from vielfalt.collection.models import Impulse, PublicSuggestion, Source
from vielfalt.forums.models import Forum
from vielfalt.outbox.models import Mail


@pytest.fixture
def suggest_url(forum):
    return reverse("triage:suggest", args=[forum.slug])


def suggestion_data(**extra):
    return {
        "name": "Ayşe Yılmaz",
        "email": "ayse@example.org",
        "title": "Hausaufgabenhilfe in Scherberg",
        "text": "Im Stadtteil fehlt ein Ort für Hausaufgaben.",
        "consent": "on",
        **extra,
    }


def test_the_forum_page_links_to_the_suggestion_form(client, forum, suggest_url):
    page = client.get(forum.get_absolute_url()).content.decode()
    assert "Ihr Vorschlag an das Forum" in page
    assert f'href="{suggest_url}"' in page


def test_a_closed_forum_takes_no_suggestions(client, db):
    closed = Forum.objects.create(name="Alt", slug="alt", status=Forum.Status.CLOSED)
    response = client.get(reverse("triage:suggest", args=[closed.slug]))
    assert response.status_code == 404
    assert "Diese Seite gibt es nicht" in response.content.decode()


def test_the_form_asks_for_the_fields_with_labels(client, suggest_url):
    page = client.get(suggest_url).content.decode()
    for label in ("Ihr Name (freiwillig)", "Ihre E-Mail-Adresse", "Beschreibung", "Datenschutz"):
        assert label in page


def test_a_suggestion_waits_unconfirmed_and_a_mail_goes_out(
    client, forum, suggest_url, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(suggest_url, suggestion_data())

    assert response.status_code == 302
    assert response["Location"] == reverse("triage:suggestion_sent", args=[forum.slug])
    impulse = Impulse.objects.get()
    assert impulse.status == Impulse.Status.UNCONFIRMED
    assert impulse.source == Source.PUBLIC
    assert impulse.forum == forum
    assert impulse.title == "Hausaufgabenhilfe in Scherberg"
    suggestion = impulse.suggestion
    assert (suggestion.name, suggestion.email) == ("Ayşe Yılmaz", "ayse@example.org")
    assert suggestion.consent_text.startswith("Ich bin einverstanden")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["ayse@example.org"]


def test_the_mail_carries_no_word_the_visitor_typed(client, suggest_url):
    client.post(
        suggest_url,
        suggestion_data(name="Gewinnen Sie jetzt", title="Klicken Sie hier", text="Spam-Text"),
    )

    sent = Mail.objects.get()
    for typed in ("Gewinnen Sie jetzt", "Klicken Sie hier", "Spam-Text"):
        assert typed not in sent.subject
        assert typed not in sent.body
    assert "/foren/vorschlag/bestaetigen/" in sent.body
    assert "Sprache und Bildung" in sent.body  # the site's own name of the forum


def test_mistakes_are_explained_and_what_was_typed_stays(client, suggest_url):
    response = client.post(suggest_url, suggestion_data(email="kein-at", consent=""))

    page = response.content.decode()
    assert response.status_code == 400
    assert "Bitte geben Sie eine gültige E-Mail-Adresse ein" in page
    assert "Bitte stimmen Sie zu" in page
    assert "Hausaufgabenhilfe in Scherberg" in page
    assert not Impulse.objects.exists()


def test_a_bot_filling_the_honeypot_stores_nothing(client, forum, suggest_url):
    response = client.post(suggest_url, suggestion_data(website="http://spam.example"))

    assert response.status_code == 302
    assert not Impulse.objects.exists()
    assert not Mail.objects.exists()


def test_at_most_one_mail_per_address_in_a_quarter_hour(client, suggest_url):
    client.post(suggest_url, suggestion_data())
    client.post(suggest_url, suggestion_data(title="Noch eine Idee"))

    assert Impulse.objects.count() == 2
    assert Mail.objects.filter(to="ayse@example.org").count() == 1


def test_a_client_is_held_after_the_limit(client, suggest_url, settings):
    settings.JOIN_RATE_LIMIT = 2
    for n in range(2):
        client.post(suggest_url, suggestion_data(email=f"p{n}@example.org"))

    response = client.post(suggest_url, suggestion_data(email="p9@example.org"))

    assert response.status_code == 429
    assert "Bitte warten Sie etwas" in response.content.decode()
    assert "Hausaufgabenhilfe in Scherberg" in response.content.decode()
    assert Impulse.objects.count() == 2


def test_an_unconfirmed_suggestion_is_not_in_the_inbox(client, coordinator_client, suggest_url):
    client.post(suggest_url, suggestion_data())

    page = coordinator_client.get(reverse("triage:inbox")).content.decode()

    assert "Hausaufgabenhilfe in Scherberg" not in page
    assert PublicSuggestion.objects.count() == 1
