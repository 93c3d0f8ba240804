"""The Leichte Sprache page, its place for a German Sign Language video, and the header links."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from vielfalt.pages.models import Page

URL = "/leichte-sprache/"
# The smallest files the checks accept: a WebM header and a WebVTT caption file.
WEBM = (
    b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01\x42\xf2\x81\x04\x42\xf3\x81\x08\x42\x82\x84webm"
    + b"\0" * 64
)
VTT = b"WEBVTT\n\n00:00.000 --> 00:02.000\nHallo.\n"


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def easy_read(db, media):
    return Page.objects.create(
        slug="leichte-sprache",
        title="Leichte Sprache",
        body="Hier erklären wir die Seite.\n\nDie Seite ist für Familien.",
    )


def with_video(page):
    page.sign_language_video = SimpleUploadedFile("dgs.webm", WEBM, content_type="video/webm")
    page.sign_language_captions = SimpleUploadedFile("dgs.vtt", VTT, content_type="text/vtt")
    page.full_clean()
    page.save()
    return page


def test_the_page_shows_the_easy_read_text_marked_as_german(client, easy_read):
    html = client.get(URL).content.decode()

    assert '<article class="easy-read" lang="de" dir="ltr">' in html
    assert "<h1>Leichte Sprache</h1>" in html
    assert "<p>Hier erklären wir die Seite.</p>" in html
    assert "<p>Die Seite ist für Familien.</p>" in html


def test_on_an_english_page_the_text_stays_german_and_is_marked_so(client, easy_read):
    html = client.get("/en" + URL).content.decode()

    assert '<html lang="en" dir="ltr">' in html
    assert '<article class="easy-read" lang="de" dir="ltr">' in html
    assert "Die Seite ist für Familien." in html


def test_without_a_video_the_page_says_so_politely(client, easy_read):
    html = client.get(URL).content.decode()

    assert "Ein Video in Deutscher Gebärdensprache gibt es noch nicht." in html
    assert "<video" not in html


def test_every_page_links_leichte_sprache_in_the_header_as_german(client, easy_read):
    for path in ["/", "/en/angebote/"]:
        html = client.get(path).content.decode()
        header = html.split('<header class="site-header">')[1].split("</header>")[0]
        assert (
            '<a href="'
            + ("/en" if path.startswith("/en") else "")
            + URL
            + '" lang="de">Leichte Sprache</a>'
            in header
        )
        assert "Gebärdensprache" not in header


def test_an_uploaded_video_is_shown_with_captions_and_without_autoplay(client, easy_read):
    with_video(easy_read)

    html = client.get(URL).content.decode()

    assert "<video " in html and " controls " in html
    assert "autoplay" not in html
    assert 'type="video/webm"' in html
    assert '<track kind="captions" src="/media/gebaerdensprache/dgs' in html
    assert 'srclang="de"' in html


def test_with_a_video_the_header_links_the_sign_language_section(client, easy_read):
    with_video(easy_read)

    html = client.get("/angebote/").content.decode()

    assert '<a href="/leichte-sprache/#gebaerdensprache" lang="de">Gebärdensprache</a>' in html


def test_a_removed_video_leaves_no_header_link_and_no_file(client, easy_read, media):
    with_video(easy_read)
    easy_read.sign_language_video = ""
    easy_read.sign_language_captions = ""
    easy_read.save()

    html = client.get("/").content.decode()

    assert "Gebärdensprache</a>" not in html
    assert list((media / "gebaerdensprache").iterdir()) == []


def test_a_video_needs_captions(easy_read):
    easy_read.sign_language_video = SimpleUploadedFile("dgs.webm", WEBM)

    with pytest.raises(ValidationError) as error:
        easy_read.full_clean()

    assert "Ein Video braucht Untertitel" in str(error.value)


@pytest.mark.parametrize(
    ("field", "name", "content", "message"),
    [
        ("sign_language_video", "dgs.webm", b"not a video at all" * 20, "MP4- oder WebM-Datei"),
        ("sign_language_video", "dgs.exe", WEBM, "Dateiendung"),
        ("sign_language_captions", "dgs.vtt", b"1\n00:00:00,000 --> x\n", "keine WebVTT-Datei"),
    ],
)
def test_wrong_files_are_refused_with_a_reason(easy_read, field, name, content, message):
    easy_read.sign_language_video = SimpleUploadedFile("dgs.webm", WEBM)
    easy_read.sign_language_captions = SimpleUploadedFile("dgs.vtt", VTT)
    setattr(easy_read, field, SimpleUploadedFile(name, content))

    with pytest.raises(ValidationError) as error:
        easy_read.full_clean()

    assert message in str(error.value)


def test_a_video_belongs_only_on_the_leichte_sprache_page(db, media):
    imprint = Page(slug="impressum", title="Impressum", body="Text")
    imprint.sign_language_video = SimpleUploadedFile("dgs.webm", WEBM)
    imprint.sign_language_captions = SimpleUploadedFile("dgs.vtt", VTT)

    with pytest.raises(ValidationError) as error:
        imprint.full_clean()

    assert "nur auf die Seite „Leichte Sprache“" in str(error.value)


def test_the_demo_fills_the_page_in_leichte_sprache(client, demo_data):
    html = client.get(URL).content.decode()

    assert "Was ist diese Internet-Seite?" in html
    assert "Wie finden Sie Hilfe?" in html
    assert "Wie können Sie mitmachen?" in html


def test_questions_opening_a_paragraph_become_headings_and_each_sentence_keeps_its_line(
    client, easy_read
):
    easy_read.body = "Was ist das?\nDas ist eine Seite.\nSie ist leicht.\n\nNoch ein Satz."
    easy_read.save()

    html = client.get(URL).content.decode()

    assert "<h2>Was ist das?</h2>" in html
    assert "<p>Das ist eine Seite.<br>Sie ist leicht.</p>" in html
    assert "<p>Noch ein Satz.</p>" in html


def test_before_the_coordinators_write_it_a_general_text_stands_in(client, db, media):
    html = client.get(URL).content.decode()

    assert "<h1>Leichte Sprache</h1>" in html
    assert "<h2>Wie finden Sie Hilfe?</h2>" in html
    assert "Ein Video in Deutscher Gebärdensprache gibt es noch nicht." in html


def test_a_coordinator_uploads_the_video_and_captions_in_the_back_office(
    coordinator_client, easy_read
):
    url = f"/verwaltung/pages/page/{easy_read.pk}/change/"
    data = {"slug": "leichte-sprache", "title": "Leichte Sprache", "title_en": "",
            "body": easy_read.body, "body_en": ""}  # fmt: skip

    response = coordinator_client.post(
        url,
        {
            **data,
            "sign_language_video": SimpleUploadedFile("dgs.webm", WEBM),
            "sign_language_captions": SimpleUploadedFile("dgs.vtt", VTT),
        },  # fmt: skip
    )

    assert response.status_code == 302
    easy_read.refresh_from_db()
    assert easy_read.sign_language_video.name.startswith("gebaerdensprache/dgs")
    assert easy_read.sign_language_captions.name.endswith(".vtt")


def test_the_back_office_refuses_a_video_without_captions_and_says_why(
    coordinator_client, easy_read
):
    url = f"/verwaltung/pages/page/{easy_read.pk}/change/"
    data = {"slug": "leichte-sprache", "title": "Leichte Sprache", "title_en": "",
            "body": easy_read.body, "body_en": ""}  # fmt: skip

    response = coordinator_client.post(
        url, {**data, "sign_language_video": SimpleUploadedFile("dgs.webm", WEBM)}
    )

    assert "Ein Video braucht Untertitel" in response.content.decode()
    easy_read.refresh_from_db()
    assert not easy_read.sign_language_video
