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

    assert '<html lang="en" dir="ltr">' in html
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
    heading = "This page does not exist" if path.startswith("/en/") else "Diese Seite gibt es nicht"
    assert f"<h1>{heading}</h1>" in response.content.decode()


def test_in_english_it_marks_german_fallback_text_as_german(client, db):
    Page.objects.create(slug="datenschutz", title="Datenschutz", body="Wir speichern wenig.")

    html = client.get("/en/datenschutz/").content.decode()

    assert '<h1 lang="de">Datenschutz</h1>' in html
    assert '<div lang="de">\n<p>Wir speichern wenig.</p>\n</div>' in html


def test_in_german_it_needs_no_language_mark(client, imprint):
    html = client.get("/impressum/").content.decode()

    assert 'lang="de">' not in html.split("<main", 1)[1]


def test_the_footer_marks_the_current_page(client, imprint):
    html = client.get("/impressum/").content.decode()

    footer = html[html.index('<footer class="site-footer">') :]
    assert '<a href="/impressum/" aria-current="page">Impressum</a>' in footer
    assert '<a href="/datenschutz/">Datenschutz</a>' in footer


@pytest.mark.parametrize(
    ("slug", "path"),
    [
        ("impressum", "/impressum/"),
        ("datenschutz", "/datenschutz/"),
        ("barrierefreiheit", "/barrierefreiheit/"),
    ],
)
def test_view_on_site_in_the_back_office_opens_the_page(admin_client, slug, path):
    from django.contrib.contenttypes.models import ContentType

    page = Page.objects.create(slug=slug, title=slug.title(), body="Text")
    content_type = ContentType.objects.get_for_model(Page)

    response = admin_client.get(f"/verwaltung/r/{content_type.pk}/{page.pk}/", follow=True)

    assert response.status_code == 200
    assert response.redirect_chain[-1][0].endswith(path)
    assert f"<h1>{page.title}</h1>" in response.content.decode()
