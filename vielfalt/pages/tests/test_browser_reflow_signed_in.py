"""Pages behind the login in a real browser: axe-core finds no violation and
the page reflows at 320 px (WCAG 1.4.10), tables scrolling inside their wrapper.

The outside audit found the forum's member list and the offerings' manage list
wider than the screen: their visually hidden labels escaped the table's
scrolling wrapper, and the provider filter was a 539 px select.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import sign_in
from .test_browser_public_pages import axe_report

pytestmark = pytest.mark.browser

COORDINATOR = "koordination@example.org"
MODERATOR = "moderation@example.org"
MEMBER = "mitglied@example.org"

SIGNED_IN_PAGES = [
    pytest.param(COORDINATOR, "/foren/sprache-und-bildung/mitglieder/", id="members-coordinator"),
    pytest.param(MODERATOR, "/foren/sprache-und-bildung/mitglieder/", id="members-moderator"),
    pytest.param(MEMBER, "/foren/sport-und-freizeit/mitglieder/", id="members-member"),
    pytest.param(COORDINATOR, "/angebote/verwalten/", id="manage-coordinator"),
    pytest.param(MODERATOR, "/angebote/verwalten/", id="manage-provider"),
]


def page_width_at_320(browser_page):
    browser_page.set_viewport_size({"width": 320, "height": 640})
    return browser_page.evaluate("document.documentElement.scrollWidth")


@pytest.mark.parametrize(("email", "path"), SIGNED_IN_PAGES)
def test_the_page_is_accessible_and_reflows_at_320_px(live_server, demo, browser_page, email, path):
    sign_in(browser_page, live_server, email, second_factor=True)

    response = browser_page.goto(f"{live_server.url}{path}")

    assert response.status == 200, f"{path} answered {response.status}"
    assert browser_page.locator("table tbody tr").count() > 1, "the list has no rows to check"
    results = Axe().run(browser_page)
    assert results.violations_count == 0, f"axe-core on {path}:\n{axe_report(results)}"
    scroll_width = page_width_at_320(browser_page)
    assert scroll_width <= 320, f"{path} is {scroll_width}px wide at a 320px viewport"


@pytest.mark.parametrize(("email", "path"), SIGNED_IN_PAGES)
def test_the_wide_table_scrolls_inside_its_wrapper(live_server, demo, browser_page, email, path):
    sign_in(browser_page, live_server, email, second_factor=True)
    browser_page.goto(f"{live_server.url}{path}")
    page_width_at_320(browser_page)

    wrapper = browser_page.evaluate(
        "(() => { const w = document.querySelector('.table-wrap');"
        " return {client: w.clientWidth, scroll: w.scrollWidth,"
        " right: w.getBoundingClientRect().right}; })()"
    )

    assert wrapper["right"] <= 320
    # The table keeps its columns and scrolls sideways within the wrapper.
    assert wrapper["scroll"] >= wrapper["client"]
