"""The finder on a phone: after a search the first result is on the first screen,
with and without JavaScript, and the filters fold away behind one button."""

import pytest

from .test_browser_public_pages import screenshot

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 667}


def phone_page(chromium, *, javascript):
    context = chromium.new_context(viewport=PHONE, locale="de-DE", java_script_enabled=javascript)
    return context, context.new_page()


@pytest.mark.parametrize("javascript", [True, False], ids=["htmx", "no-js"])
def test_after_a_search_the_first_result_is_on_the_first_screen(
    live_server, demo, chromium, javascript
):
    context, page = phone_page(chromium, javascript=javascript)
    try:
        page.goto(f"{live_server.url}/angebote/")
        page.fill("#finder-q", "Beratung")
        with page.expect_response(lambda r: "q=Beratung" in r.url):
            page.press("#finder-q", "Enter")
        page.wait_for_function(
            "document.querySelector('#finder-count').textContent.includes('gefunden')"
        )
        page.wait_for_timeout(300)

        first = page.locator(".offering-list > li").first.bounding_box()
        assert first is not None
        assert 0 <= first["y"] < PHONE["height"], f"the first result starts at {first['y']}px"
        if javascript:
            assert page.evaluate("document.activeElement.id") == "finder-count"
        else:
            assert page.url.endswith("#treffer")
        screenshot(
            page, "finder-search-phone-js" if javascript else "finder-search-phone", "de", 375
        )
    finally:
        context.close()


def test_the_filters_fold_away_behind_one_button_that_counts_the_results(
    live_server, demo, chromium
):
    context, page = phone_page(chromium, javascript=False)
    try:
        page.goto(f"{live_server.url}/angebote/")

        summary = page.locator(".finder-filters > summary")
        assert summary.is_visible()
        assert summary.text_content().strip().startswith("Filter (")
        assert "Treffer)" in summary.text_content()
        assert not page.locator(".finder-filters fieldset").first.is_visible()
        assert page.locator(".finder-results").bounding_box()["y"] < 1400

        summary.click()
        assert page.locator(".finder-filters fieldset").first.is_visible()
    finally:
        context.close()


def test_on_a_wide_screen_the_filters_stand_beside_the_results(live_server, demo, browser_page):
    browser_page.goto(f"{live_server.url}/angebote/")

    assert not browser_page.locator(".finder-filters > summary").is_visible()
    assert browser_page.locator(".finder-filters fieldset").first.is_visible()
    filters = browser_page.locator(".finder-form").bounding_box()
    results = browser_page.locator(".finder-results").bounding_box()
    assert filters["x"] < results["x"]
