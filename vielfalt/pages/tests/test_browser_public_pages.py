"""Every public page in a real browser: axe-core finds no violation, the page
reflows at 320 px, and screenshots at 1280 px and 375 px are saved for review.

PUBLIC_PAGES is the one list of public pages: add a page there when it is built.
"""

from dataclasses import dataclass, field

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import NoReverseMatch, Resolver404, resolve

from .conftest import SCREENSHOT_DIR

pytestmark = pytest.mark.browser

# Turkish, Arabic and Ukrainian show German strings until their catalogues are
# complete; the pages must pass axe either way.
LANGUAGES = [("de", ""), ("en", "/en"), ("tr", "/tr"), ("ar", "/ar"), ("uk", "/uk")]


def public_offering_path():
    from vielfalt.offerings.models import Offering

    offering = Offering.objects.public().order_by("pk").first()
    assert offering, "the demo data has no public offering"
    return offering.get_absolute_url()


@dataclass
class PublicPage:
    name: str
    path: str = ""
    # For pages whose address depends on the data: a function giving the path.
    path_from_data: object = field(default=None, repr=False)

    def german_path(self):
        return self.path_from_data() if self.path_from_data else self.path


PUBLIC_PAGES = [
    PublicPage("home", "/"),
    PublicPage("forums", "/foren/"),
    PublicPage("forum-active", "/foren/sprache-und-bildung/"),
    PublicPage("forum-dormant", "/foren/arbeitsmarkt/"),
    PublicPage("join", "/mitmachen/"),
    PublicPage("login", "/konto/login/"),
    PublicPage("imprint", "/impressum/"),
    PublicPage("privacy", "/datenschutz/"),
    PublicPage("accessibility", "/barrierefreiheit/"),
    PublicPage("offerings", "/angebote/"),
    # A typo: the results of the nearest word, "Meinten Sie …?" and the query as typed.
    PublicPage("offerings-typo", "/angebote/?q=Sprachkurz"),
    # Nothing found: the way on (filters to remove, a neighbouring phase, the coordinators).
    PublicPage("offerings-empty", "/angebote/?q=Schwimmkurs&phase=schwangerschaft"),
    PublicPage("prevention-chain", "/praeventionskette/"),
    PublicPage("offering", path_from_data=public_offering_path),
    PublicPage("events", "/veranstaltungen/"),
    PublicPage("process", "/veranstaltungen/prozess/"),
    PublicPage("suggestion", "/foren/sprache-und-bildung/vorschlag/"),
    PublicPage("easy-read", "/leichte-sprache/"),
    PublicPage("my-chain", "/meine-praeventionskette/"),
    PublicPage(
        "my-chain-answered", "/meine-praeventionskette/?alter=2&stadtteil=bardenberg&sprache=tr"
    ),
]

PAGE_PARAMS = [
    pytest.param(page, lang, prefix, id=f"{page.name}-{lang}")
    for page in PUBLIC_PAGES
    for lang, prefix in LANGUAGES
]


def page_url(live_server, page, prefix):
    """The page's URL; a listed page that is not routed fails the test."""
    try:
        path = page.german_path()
        resolve(path.split("?")[0])
    except (Resolver404, NoReverseMatch) as error:
        pytest.fail(f"{page.name}: not routed ({error.__class__.__name__}: {error})")
    return f"{live_server.url}{prefix}{path}"


def axe_report(results):
    lines = []
    for violation in results.response["violations"]:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"]:
            lines.append(f"    at {', '.join(map(str, node['target']))}")
            lines.append(f"       {node['html'][:200]}")
            if node.get("failureSummary"):
                summary = node["failureSummary"].replace("\n", "\n         ")
                lines.append(f"       {summary}")
    return "\n".join(lines)


def screenshot(browser_page, name, lang, width):
    SCREENSHOT_DIR.mkdir(exist_ok=True)
    browser_page.set_viewport_size({"width": width, "height": 900})
    browser_page.screenshot(path=SCREENSHOT_DIR / f"{name}-{lang}-{width}.png", full_page=True)


@pytest.mark.parametrize(("page", "lang", "prefix"), PAGE_PARAMS)
def test_the_page_is_accessible(live_server, demo, browser_page, page, lang, prefix):
    url = page_url(live_server, page, prefix)

    response = browser_page.goto(url)

    assert response.status == 200, f"{url} answered {response.status}"
    assert browser_page.get_attribute("html", "lang") == lang
    results = Axe().run(browser_page)
    assert results.violations_count == 0, f"axe-core on {url}:\n{axe_report(results)}"

    screenshot(browser_page, page.name, lang, 1280)
    screenshot(browser_page, page.name, lang, 375)

    # Reflow (WCAG 1.4.10): at 320 CSS pixels nothing scrolls sideways.
    browser_page.set_viewport_size({"width": 320, "height": 640})
    scroll_width = browser_page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 320, f"{url} is {scroll_width}px wide at a 320px viewport"


@pytest.mark.parametrize(("lang", "prefix"), LANGUAGES)
def test_the_first_tab_reaches_the_skip_link_and_it_moves_focus_to_main(
    live_server, demo, browser_page, lang, prefix
):
    browser_page.goto(f"{live_server.url}{prefix}/")

    browser_page.keyboard.press("Tab")
    focused = browser_page.evaluate(
        "({cls: document.activeElement.className, href: document.activeElement.getAttribute('href'),"
        " visible: document.activeElement.getBoundingClientRect().top >= 0})"
    )
    assert focused == {"cls": "skip-link", "href": "#main", "visible": True}

    browser_page.keyboard.press("Enter")
    assert browser_page.evaluate("document.activeElement.id") == "main"


def test_the_focused_link_shows_a_visible_outline(live_server, demo, browser_page):
    browser_page.goto(f"{live_server.url}/")

    browser_page.keyboard.press("Tab")
    browser_page.keyboard.press("Tab")  # the brand link after the skip link
    outline = browser_page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, parseFloat(s.outlineWidth)]; })()"
    )

    assert outline[0] != "none" and outline[1] >= 2


@pytest.mark.parametrize(
    ("start", "button", "expected_path", "expected_lang"),
    [
        ("/foren/arbeitsmarkt/", "English", "/en/foren/arbeitsmarkt/", "en"),
        ("/en/foren/?x=1", "Deutsch", "/foren/?x=1", "de"),
        ("/foren/", "العربية", "/ar/foren/", "ar"),
        ("/ar/foren/", "Українська", "/uk/foren/", "uk"),
        ("/uk/angebote/", "Türkçe", "/tr/angebote/", "tr"),
    ],
)
def test_the_language_switch_keeps_the_page_without_javascript(
    live_server, demo, no_js_page, start, button, expected_path, expected_lang
):
    no_js_page.goto(f"{live_server.url}{start}")

    no_js_page.locator(".lang-switch button", has_text=button).click()

    assert no_js_page.url == f"{live_server.url}{expected_path}"
    assert no_js_page.get_attribute("html", "lang") == expected_lang
