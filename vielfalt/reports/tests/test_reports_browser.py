"""The reports in a real browser on the demo: axe-core finds nothing on the
chain, matrix, gaps, map and progress pages in German and English, at 1280 and
375 px, and none of them scrolls sideways."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.test import Client

from vielfalt.accounts.models import User
from vielfalt.conftest import pass_second_factor
from vielfalt.pages.tests.test_browser_public_pages import axe_report

pytestmark = pytest.mark.browser

PATHS = [
    "/praeventionskette/",
    "/berichte/abdeckung/",
    "/berichte/luecken/",
    "/netzwerk/karte/?people=1",
    "/berichte/fortschritt/",
    "/was-ist-passiert/",
]


def log_in_coordinator(page, live_server):
    user = User.objects.filter(person__is_coordinator=True).order_by("pk").first()
    client = Client()
    client.force_login(user)
    pass_second_factor(client, user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


@pytest.mark.parametrize("language", ["", "/en"])
def test_the_reports_are_accessible_at_both_widths(live_server, demo, browser_page, language):
    log_in_coordinator(browser_page, live_server)
    for path in PATHS:
        for width in (1280, 375):
            browser_page.set_viewport_size({"width": width, "height": 900})
            response = browser_page.goto(f"{live_server.url}{language}{path}")
            assert response.status == 200, path
            results = Axe().run(browser_page)
            where = f"{language}{path} at {width}px"
            assert results.violations_count == 0, f"axe-core on {where}:\n{axe_report(results)}"
            scroll = browser_page.evaluate("document.documentElement.scrollWidth")
            assert scroll <= width, f"{where} is {scroll}px wide"
