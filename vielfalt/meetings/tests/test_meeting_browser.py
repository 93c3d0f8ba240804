"""A moderator holds a meeting in a real browser, by keyboard alone, and
axe-core finds no violation on the meeting list, the forms and the meeting page."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.test import Client

from vielfalt.accounts.models import User
from vielfalt.meetings.models import ActionItem, Meeting
from vielfalt.pages.tests.test_browser_public_pages import axe_report

pytestmark = pytest.mark.browser

LIST = "/foren/sprache-und-bildung/treffen/"


def log_in(browser_page, live_server, email):
    client = Client()
    client.force_login(User.objects.get(email=email))
    browser_page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def tab_to(page, selector, limit=150):
    """Press Tab until the element matching ``selector`` has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    pytest.fail(f"Tab never reached {selector}")


def assert_accessible(page):
    results = Axe().run(page)
    assert results.violations_count == 0, f"axe-core on {page.url}:\n{axe_report(results)}"


def test_a_moderator_holds_a_meeting_by_keyboard(live_server, demo_data, db, browser_page):
    page = browser_page
    log_in(page, live_server, "moderation@example.org")

    page.goto(f"{live_server.url}{LIST}")
    assert page.get_by_role("heading", level=1).inner_text() == (
        "Treffen des Forums Sprache und Bildung"
    )
    assert page.get_by_text("Forumstreffen Herbst 2024").is_visible()
    assert_accessible(page)

    tab_to(page, 'a[href$="/treffen/neu/"]')
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert_accessible(page)

    tab_to(page, "#id_title")
    page.keyboard.type("Forumstreffen Dezember")
    tab_to(page, "#id_starts_at")
    # Day and month alike: the same keys whether the browser orders them d.m. or m/d.
    page.keyboard.type("12122026")
    page.keyboard.press("Tab")
    page.keyboard.type("1800")
    assert page.input_value("#id_starts_at") == "2026-12-12T18:00"
    tab_to(page, "#id_place")
    page.keyboard.type("Bildungswerk Wurmtal, Seminarraum 1")
    tab_to(page, "#id_minutes")
    page.keyboard.type("## Ergebnisse\n\nDer Abendkurs startet im Januar.")
    tab_to(page, "form.meeting-form button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert page.get_by_role("heading", level=1).inner_text() == "Forumstreffen Dezember"
    assert page.get_by_role("heading", name="Ergebnisse").is_visible()
    assert page.get_by_text("Der Abendkurs startet im Januar.").is_visible()
    assert_accessible(page)

    tab_to(page, 'a[href$="/aufgaben/neu/"]')
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert_accessible(page)
    tab_to(page, "#id_what")
    page.keyboard.type("Anmeldungen für den Abendkurs sammeln")
    tab_to(page, "#id_responsible")
    page.keyboard.type("Murat")
    tab_to(page, "#id_due_on")
    page.keyboard.type("11112027")
    assert page.input_value("#id_due_on") == "2027-11-11"
    tab_to(page, "main form button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert page.get_by_text("Die Aufgabe ist gespeichert.").is_visible()
    assert page.get_by_text("Anmeldungen für den Abendkurs sammeln", exact=True).is_visible()
    assert page.get_by_text("zuständig: Murat Yıldız").is_visible()
    assert_accessible(page)

    page.goto(f"{live_server.url}/konto/start/")
    assert page.get_by_role("heading", name="Meine offenen Aufgaben").is_visible()
    assert page.get_by_role("cell", name="Anmeldungen für den Abendkurs sammeln").is_visible()
    assert_accessible(page)

    meeting = Meeting.objects.get(title="Forumstreffen Dezember")
    assert meeting.minutes.startswith("## Ergebnisse")
    item = ActionItem.objects.get(meeting=meeting)
    assert item.responsible.email == "moderation@example.org"


@pytest.mark.parametrize("path", [LIST, f"{LIST}neu/"])
def test_the_meeting_pages_reflow_at_320_pixels(live_server, demo_data, db, browser_page, path):
    log_in(browser_page, live_server, "moderation@example.org")
    browser_page.set_viewport_size({"width": 320, "height": 640})
    browser_page.goto(f"{live_server.url}{path}")
    meeting = Meeting.objects.filter(forum__slug="sprache-und-bildung").first()
    assert browser_page.evaluate("document.documentElement.scrollWidth") <= 320
    browser_page.goto(f"{live_server.url}{meeting.get_absolute_url()}")
    assert_accessible(browser_page)
    assert browser_page.evaluate("document.documentElement.scrollWidth") <= 320
