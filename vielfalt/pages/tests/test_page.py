import pytest

from vielfalt.pages.models import Page


@pytest.fixture
def imprint(db):
    return Page.objects.create(
        slug="impressum",
        title="Impressum",
        title_en="Legal notice",
        body="Stadt Würselen\nMorlaixplatz 1\n\nMehr unter https://www.wuerselen.de",
        body_en="Town of Würselen",
    )


def test_it_shows_the_text_the_coordinators_wrote(client, imprint):
    html = client.get("/impressum/").content.decode()

    assert "<h1>Impressum</h1>" in html
    assert "<p>Stadt Würselen<br>Morlaixplatz 1</p>" in html
    assert '<a href="https://www.wuerselen.de"' in html


def test_it_shows_an_edited_text_at_once(client, imprint):
    imprint.body = "Neue Anschrift: Rathaus, Zimmer 12"
    imprint.save()

    html = client.get("/impressum/").content.decode()

    assert "Neue Anschrift: Rathaus, Zimmer 12" in html
    assert "Morlaixplatz" not in html


def test_it_escapes_markup_in_the_text(client, db):
    Page.objects.create(slug="datenschutz", title="Datenschutz", body="<script>alert(1)</script>")

    html = client.get("/datenschutz/").content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_in_english_it_shows_the_english_text(client, imprint):
    html = client.get("/en/impressum/").content.decode()

    assert '<html lang="en">' in html
    assert "<h1>Legal notice</h1>" in html
    assert "Town of Würselen" in html
    assert "Morlaixplatz" not in html


def test_in_english_it_falls_back_to_the_german_text(client, db):
    Page.objects.create(slug="barrierefreiheit", title="Barrierefreiheit", body="Wir prüfen alles.")

    html = client.get("/en/barrierefreiheit/").content.decode()

    assert "Wir prüfen alles." in html


@pytest.mark.parametrize(
    "path", ["/impressum/", "/datenschutz/", "/barrierefreiheit/", "/en/datenschutz/"]
)
def test_a_page_not_written_yet_is_not_found(client, db, path):
    response = client.get(path)

    assert response.status_code == 404
