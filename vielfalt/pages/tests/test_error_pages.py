"""The error pages: in the site's layout and the reader's language, with a way on."""

import pytest
from django.core.exceptions import SuspiciousOperation
from django.test import Client

from vielfalt.forums.models import Forum

WAYS_ON = ('href="{p}/"', 'href="{p}/angebote/"', 'href="{p}/#contact-heading"')


def assert_error_page(response, status, lang, heading):
    html = response.content.decode()
    assert response.status_code == status
    assert f'<html lang="{lang}" dir="ltr">' in html
    assert 'class="site-header"' in html and 'class="site-footer"' in html
    assert f"<h1>{heading}</h1>" in html
    prefix = "" if lang == "de" else "/en"
    for link in WAYS_ON:
        assert link.format(p=prefix) in html, link
    return html


@pytest.mark.parametrize(
    ("path", "lang", "heading"),
    [
        ("/gibt-es-nicht/", "de", "Diese Seite gibt es nicht"),
        ("/en/gibt-es-nicht/", "en", "This page does not exist"),
    ],
)
def test_a_missing_page_answers_404_in_the_readers_language(client, db, path, lang, heading):
    assert_error_page(client.get(path), 404, lang, heading)


def test_a_missing_page_offers_the_way_back_to_a_page_of_this_site(client, db):
    html = client.get("/gibt-es-nicht/", HTTP_REFERER="http://testserver/foren/").content.decode()

    assert '<a href="http://testserver/foren/">Zurück zur vorigen Seite</a>' in html


def test_no_way_back_is_offered_to_another_site(client, db):
    html = client.get("/gibt-es-nicht/", HTTP_REFERER="https://evil.example/").content.decode()

    assert "evil.example" not in html
    assert "Zurück zur vorigen Seite" not in html


def test_a_page_without_permission_answers_403_in_the_layout(member_client, forum):
    response = member_client.get(f"/foren/{forum.slug}/bearbeiten/")

    html = assert_error_page(response, 403, "de", "Diese Seite ist nicht für Sie freigegeben")
    assert "an die Koordination" in html


def test_the_403_page_in_english(member_client, forum):
    response = member_client.get(f"/en/foren/{forum.slug}/bearbeiten/")

    assert_error_page(response, 403, "en", "This page is not open to you")


def test_a_bad_request_answers_400_in_the_layout(client, db, monkeypatch):
    def suspicious():
        raise SuspiciousOperation("tampered")

    monkeypatch.setattr("vielfalt.pages.views.contact_people", suspicious)

    response = client.get("/en/")

    assert_error_page(response, 400, "en", "We cannot process this request")


def test_a_request_for_another_host_answers_400(client, db):
    response = client.get("/", HTTP_HOST="evil.example")

    html = assert_error_page(response, 400, "de", "Diese Anfrage können wir nicht bearbeiten")
    assert "evil.example" not in html


def test_a_form_without_csrf_token_gets_the_sites_page(db):
    Forum.objects.create(name="Sprache", slug="sprache", status=Forum.Status.ACTIVE)
    client = Client(enforce_csrf_checks=True)

    response = client.post("/en/mitmachen/", {"name": "Ayşe"})

    html = assert_error_page(response, 403, "en", "The form could not be accepted")
    assert "allow cookies" in html


@pytest.mark.parametrize(
    ("path", "lang", "heading"),
    [
        ("/", "de", "Auf unserer Seite ist ein Fehler aufgetreten"),
        ("/en/", "en", "An error occurred on our site"),
    ],
)
def test_the_500_page_renders_while_the_database_is_down(path, lang, heading):
    """No ``db`` fixture: every query raises, so the home page fails and the
    500 page must be built without the database, the session or the user."""
    client = Client(raise_request_exception=False)

    response = client.get(path, HTTP_REFERER="http://testserver/foren/")

    html = assert_error_page(response, 500, lang, heading)
    assert "Zurück zur vorigen Seite" in html or "Back to the previous page" in html
    assert "Traceback" not in html


def test_the_500_page_falls_back_to_plain_text_if_its_template_fails(monkeypatch, rf):
    from vielfalt.pages import errors

    def broken(name):
        raise OSError("no manifest")

    monkeypatch.setattr(errors.loader, "get_template", broken)

    response = errors.server_error(rf.get("/"))

    assert response.status_code == 500
    assert "Serverfehler (500)" in response.content.decode()
