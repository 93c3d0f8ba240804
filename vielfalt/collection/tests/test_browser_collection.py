"""The collection's workspace pages in a real browser, as the demo's moderator:
axe-core finds no violation, the pages reflow at 320 px, and the board's
filters work without JavaScript."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.test import Client

from vielfalt.accounts.models import User
from vielfalt.collection.models import Entry
from vielfalt.conftest import pass_second_factor
from vielfalt.pages.tests.test_browser_public_pages import axe_report

pytestmark = pytest.mark.browser

BOARD = "/foren/sprache-und-bildung/sammlung/"


def log_in_moderator(page, live_server):
    client = Client()
    client.force_login(User.objects.get(email="moderation@example.org"))
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def workspace_paths():
    approach = Entry.objects.get(title="Sprachkurse mit Kinderbetreuung")
    need = Entry.objects.get(title="Kinderbetreuung während der Sprachkurse")
    return [
        BOARD,
        f"{BOARD}?kind=need&theme_state=not_considered",
        approach.get_absolute_url(),
        need.get_absolute_url(),
        f"{approach.get_absolute_url()}bearbeiten/",
        f"{BOARD}neu/inventory/",
    ]


def test_the_collection_pages_are_accessible_and_reflow(live_server, demo, browser_page):
    log_in_moderator(browser_page, live_server)
    for path in workspace_paths():
        browser_page.set_viewport_size({"width": 1280, "height": 900})
        response = browser_page.goto(f"{live_server.url}{path}")
        assert response.status == 200, path
        results = Axe().run(browser_page)
        assert results.violations_count == 0, f"axe-core on {path}:\n{axe_report(results)}"
        browser_page.set_viewport_size({"width": 320, "height": 640})
        width = browser_page.evaluate("document.documentElement.scrollWidth")
        # The board's table scrolls inside its own wrapper, not the page.
        assert width <= 320, f"{path} is {width}px wide at a 320px viewport"


def test_the_board_filters_without_javascript(live_server, demo, no_js_page):
    log_in_moderator(no_js_page, live_server)
    no_js_page.goto(f"{live_server.url}{BOARD}")
    no_js_page.get_by_label("Art").select_option("approach")
    no_js_page.get_by_role("button", name="Anzeigen").click()
    rows = no_js_page.locator("table.collection-board tbody tr")
    assert rows.count() == 4
    assert "kind=approach" in no_js_page.url
    assert "Bestand: 8" in no_js_page.locator(".collection-counts").inner_text()


def test_an_update_is_recorded_by_keyboard(live_server, demo, browser_page):
    log_in_moderator(browser_page, live_server)
    approach = Entry.objects.get(title="Pool von Sprachmittelnden")
    browser_page.goto(f"{live_server.url}{approach.get_absolute_url()}")
    browser_page.get_by_label("Was ist passiert?").focus()
    browser_page.keyboard.type("Schulung der Sprachmittelnden hat begonnen.")
    browser_page.get_by_label("neuer Stand").select_option("in_progress")
    browser_page.get_by_label("neuer Fortschritt (%)").fill("45")
    browser_page.get_by_label("neuer Fortschritt (%)").press("Enter")
    browser_page.wait_for_url("**#verlauf")
    assert "Schulung der Sprachmittelnden hat begonnen." in browser_page.content()
    approach.refresh_from_db()
    assert (approach.status, approach.progress) == ("in_progress", 45)


def test_the_coordinators_overview_is_accessible(live_server, demo, browser_page):
    user = User.objects.get(email="koordination@example.org")
    client = Client()
    client.force_login(user)
    pass_second_factor(client, user)
    browser_page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    response = browser_page.goto(f"{live_server.url}/foren/uebersicht/")
    assert response.status == 200
    assert "Bedarfe ohne Lösungsansatz" in browser_page.content()
    results = Axe().run(browser_page)
    assert results.violations_count == 0, axe_report(results)
