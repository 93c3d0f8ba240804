"""The five interface languages: the switcher, the first visit, right to left, and mails."""

import re

import pytest
from django.conf import settings
from django.core import mail

from vielfalt.outbox.models import Mail
from vielfalt.process.models import InterestRequest
from vielfalt.process.tests.helpers import join_data

SITE_LANGUAGES = ["de", "en", "tr", "ar", "uk"]


def test_the_site_speaks_five_languages_each_named_in_its_own_language():
    assert dict(settings.LANGUAGES) == {
        "de": "Deutsch",
        "en": "English",
        "tr": "Türkçe",
        "ar": "العربية",
        "uk": "Українська",
    }


def test_the_switcher_names_every_language_in_its_own_language_with_its_lang(client, db):
    html = client.get("/").content.decode()

    assert (
        '<span class="lang-current" aria-current="true" lang="de" dir="auto">Deutsch</span>' in html
    )
    for code, name in [
        ("en", "English"),
        ("tr", "Türkçe"),
        ("ar", "العربية"),
        ("uk", "Українська"),
    ]:
        assert re.search(
            rf'<button type="submit" name="language" value="{code}" lang="{code}"[^>]*>{name}</button>',
            html,
        ), code


@pytest.mark.parametrize("code", ["tr", "ar", "uk"])
def test_every_language_has_its_pages_under_its_prefix(client, db, code):
    response = client.get(f"/{code}/angebote/")

    assert response.status_code == 200
    assert f'<html lang="{code}"' in response.content.decode()


def test_arabic_pages_run_right_to_left_and_the_others_left_to_right(client, db):
    for code in SITE_LANGUAGES:
        prefix = "" if code == "de" else f"/{code}"
        html = client.get(f"{prefix}/").content.decode()
        direction = "rtl" if code == "ar" else "ltr"
        assert f'<html lang="{code}" dir="{direction}">' in html


@pytest.mark.parametrize(
    ("accept", "location"),
    [
        ("tr-TR,tr;q=0.9,de;q=0.5", "/tr/angebote/?q=Kurs"),
        ("ar", "/ar/angebote/?q=Kurs"),
        ("uk-UA,uk;q=0.9", "/uk/angebote/?q=Kurs"),
        ("en-GB,en;q=0.8", "/en/angebote/?q=Kurs"),
    ],
)
def test_a_first_visit_goes_to_the_browsers_language(client, db, accept, location):
    response = client.get("/angebote/", {"q": "Kurs"}, HTTP_ACCEPT_LANGUAGE=accept)

    assert response.status_code == 302
    assert response["Location"] == location
    assert "Accept-Language" in response["Vary"]


@pytest.mark.parametrize("accept", ["de-DE,de;q=0.9,en;q=0.5", "fr-FR,fr;q=0.9", ""])
def test_a_german_or_unknown_browser_language_stays_on_the_german_page(client, db, accept):
    headers = {"HTTP_ACCEPT_LANGUAGE": accept} if accept else {}
    response = client.get("/angebote/", **headers)

    assert response.status_code == 200
    assert '<html lang="de" dir="ltr">' in response.content.decode()


def test_a_chosen_language_wins_over_the_browsers(client, db):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "de"

    response = client.get("/angebote/", HTTP_ACCEPT_LANGUAGE="tr")

    assert response.status_code == 200
    assert '<html lang="de" dir="ltr">' in response.content.decode()


def test_the_switcher_sets_the_choice_so_german_stays_german(client, db):
    response = client.post("/i18n/setlang/", {"language": "de", "next": "/angebote/"},
                           HTTP_ACCEPT_LANGUAGE="tr")  # fmt: skip
    assert response["Location"] == "/angebote/"

    html = client.get("/angebote/", HTTP_ACCEPT_LANGUAGE="tr").content.decode()

    assert '<html lang="de" dir="ltr">' in html


def test_a_form_sent_from_a_german_address_is_never_redirected(client, db):
    response = client.post("/mitmachen/", join_data(), HTTP_ACCEPT_LANGUAGE="tr")

    assert response.status_code != 302 or not response["Location"].startswith("/tr/")
    assert InterestRequest.objects.get().language == "de"


@pytest.mark.parametrize("code", ["tr", "ar", "uk"])
def test_a_join_request_remembers_the_language_and_its_mail_goes_out_in_it(
    client, db, django_capture_on_commit_callbacks, code
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/{code}/mitmachen/", join_data())

    assert InterestRequest.objects.get().language == code
    assert Mail.objects.get().language == code
    assert f"/{code}/mitmachen/bestaetigen/" in mail.outbox[0].body


def test_phone_numbers_and_mail_addresses_stay_left_to_right(client, demo_data):
    html = client.get("/ar/").content.decode()

    assert re.search(r'<a href="tel:[0-9+]+" dir="ltr">', html)
    assert re.search(r'<a href="mailto:[^"]+" dir="ltr">', html)


@pytest.mark.parametrize("code", ["tr", "ar", "uk"])
def test_a_public_pledge_remembers_the_language_and_its_mail_goes_out_in_it(
    client, db, django_capture_on_commit_callbacks, code
):
    from vielfalt.forums.models import Forum, Pledge
    from vielfalt.forums.tests.test_pledge import public_data

    Forum.objects.create(name="Arbeitsmarkt", slug="arbeitsmarkt", status="dormant")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/{code}/foren/arbeitsmarkt/aufgreifen/", public_data())

    assert Pledge.objects.get().language == code
    sent = Mail.objects.get()
    assert sent.language == code
    assert f"/{code}/foren/zusage/bestaetigen/" in sent.body
