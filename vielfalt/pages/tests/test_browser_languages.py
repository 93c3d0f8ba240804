"""Arabic mirrors the layout (checked on the geometry, not only the attribute),
the browser's language is chosen on the first visit, and Leichte Sprache passes axe."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from .test_browser_public_pages import axe_report, screenshot

pytestmark = pytest.mark.browser


def box(page, selector):
    found = page.locator(selector).first.bounding_box()
    assert found, f"{selector} is not on the page"
    return found


def test_an_arabic_page_is_mirrored(live_server, demo, browser_page):
    browser_page.goto(f"{live_server.url}/ar/")

    assert browser_page.get_attribute("html", "dir") == "rtl"
    brand, switch = box(browser_page, ".brand"), box(browser_page, ".lang-switch")
    assert brand["x"] > switch["x"], "the brand should stand right of the language switch"
    first, last = (
        box(browser_page, ".main-nav li:first-child"),
        box(browser_page, ".main-nav li:last-child"),
    )
    assert first["x"] > last["x"], "the main navigation should run from right to left"
    # The contact block's border stands on the right, the start side in Arabic.
    contact = box(browser_page, ".contacts li")
    border = browser_page.evaluate(
        "(() => { const s = getComputedStyle(document.querySelector('.contacts li'));"
        " return [parseFloat(s.borderRightWidth), parseFloat(s.borderLeftWidth)]; })()"
    )
    assert border[0] > 0 and border[1] == 0, border
    assert contact["width"] > 0
    screenshot(browser_page, "home-mirrored", "ar", 1280)
    screenshot(browser_page, "home-mirrored", "ar", 375)


def test_a_german_page_is_not_mirrored(live_server, demo, browser_page):
    browser_page.goto(f"{live_server.url}/")

    brand, switch = box(browser_page, ".brand"), box(browser_page, ".lang-switch")
    assert brand["x"] < switch["x"]


def test_phone_numbers_stay_left_to_right_on_an_arabic_page(live_server, demo, browser_page):
    browser_page.goto(f"{live_server.url}/ar/")

    direction = browser_page.evaluate(
        "getComputedStyle(document.querySelector('.contacts a[href^=\"tel:\"]')).direction"
    )
    assert direction == "ltr"


@pytest.mark.parametrize(("locale", "lang"), [("tr-TR", "tr"), ("ar-SY", "ar"), ("uk-UA", "uk")])
def test_the_first_visit_opens_the_site_in_the_browsers_language(
    live_server, demo, chromium, locale, lang
):
    context = chromium.new_context(locale=locale, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{live_server.url}/angebote/")
        assert page.url == f"{live_server.url}/{lang}/angebote/"
        assert page.get_attribute("html", "lang") == lang
    finally:
        context.close()


@pytest.mark.parametrize(("lang", "prefix"), [("de", ""), ("ar", "/ar")])
def test_the_leichte_sprache_page_is_accessible_and_linked_from_the_header(
    live_server, demo, browser_page, lang, prefix
):
    browser_page.goto(f"{live_server.url}{prefix}/")

    link = browser_page.locator(".site-header a", has_text="Leichte Sprache")
    assert link.get_attribute("lang") == "de"
    link.click()

    assert browser_page.url == f"{live_server.url}{prefix}/leichte-sprache/"
    assert browser_page.locator("article.easy-read").get_attribute("lang") == "de"
    results = Axe().run(browser_page)
    assert results.violations_count == 0, axe_report(results)
    screenshot(browser_page, "easy-read-linked", lang, 1280)


def test_the_leichte_sprache_page_with_a_sign_language_video_is_accessible(
    live_server, demo, browser_page, settings, tmp_path
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from vielfalt.pages.models import Page

    from .test_easy_read import VTT, WEBM

    settings.MEDIA_ROOT = tmp_path
    page = Page.objects.get(slug="leichte-sprache")
    page.sign_language_video = SimpleUploadedFile("dgs.webm", WEBM)
    page.sign_language_captions = SimpleUploadedFile("dgs.vtt", VTT)
    page.save()

    browser_page.goto(f"{live_server.url}/")
    browser_page.locator(".site-header a", has_text="Gebärdensprache").click()

    assert browser_page.url.endswith("/leichte-sprache/#gebaerdensprache")
    video = browser_page.locator("video.sign-language-video")
    assert video.get_attribute("controls") is not None
    assert video.get_attribute("autoplay") is None
    assert browser_page.locator("video track[kind=captions]").count() == 1
    results = Axe().run(browser_page)
    assert results.violations_count == 0, axe_report(results)
    screenshot(browser_page, "easy-read-video", "de", 1280)
    screenshot(browser_page, "easy-read-video", "de", 375)
