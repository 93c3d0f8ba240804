"""The Content-Security-Policy in a real browser: no page, public or in the
back office, German or English, breaks a rule of the policy.

A violation shows in two ways, and both are collected: Chromium's console
message ("Refused to ...") and the page's ``securitypolicyviolation`` event.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.test import Client

from vielfalt.conftest import make_person, pass_second_factor

from .test_browser_public_pages import (
    LANGUAGES,
    PUBLIC_PAGES,
    axe_report,
    page_url,
    public_offering_path,
)

pytestmark = pytest.mark.browser

COLLECT_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`
  );
});
"""

# The back office pages a coordinator uses most, each with a form or a list.
ADMIN_PATHS = [
    "/verwaltung/",
    "/verwaltung/network/person/",
    "/verwaltung/network/person/add/",
    "/verwaltung/network/organisation/",
    "/verwaltung/offerings/offering/",
    "/verwaltung/offerings/offering/add/",
    "/verwaltung/pages/page/",
    "/verwaltung/accounts/user/",
    "/verwaltung/forums/forum/",
    "/verwaltung/forums/forum/add/",
    "/verwaltung/process/interestrequest/",
    "/verwaltung/vocabularies/language/",
    "/verwaltung/verarbeitungsverzeichnis/",
    "/verwaltung/outbox/mail/",
]
# The pages behind the login that coordinators and members use.
SIGNED_IN_PATHS = [
    "/konto/start/",
    "/angebote/verwalten/",
    "/angebote/neu/",
    "/mitmachen/anfragen/",
    "/foren/sprache-und-bildung/mitglieder/",
    "/foren/sprache-und-bildung/bearbeiten/",
    "/angebote/import/",
    "/konto/2fa/",
    "/foren/sprache-und-bildung/arbeitsbereich/",
    "/konto/zwei-faktoren/",
    "/konto/password/change/",
]


def visit(browser_page, url):
    """Open ``url``; return its status and every CSP violation it caused."""
    console = []
    browser_page.on(
        "console",
        lambda message: (
            console.append(message.text)
            if "Content Security Policy" in message.text or "Refused to" in message.text
            else None
        ),
    )
    browser_page.add_init_script(COLLECT_VIOLATIONS)
    response = browser_page.goto(url)
    browser_page.wait_for_load_state("load")
    events = browser_page.evaluate("window.__cspViolations")
    return response.status, console + events


@pytest.mark.parametrize(
    ("page", "prefix"),
    [
        pytest.param(page, prefix, id=f"{page.name}-{lang}")
        for page in PUBLIC_PAGES
        for lang, prefix in LANGUAGES
    ],
)
def test_no_public_page_violates_the_policy(live_server, demo, browser_page, page, prefix):
    url = page_url(live_server, page, prefix)

    status, violations = visit(browser_page, url)

    assert status == 200, f"{url} answered {status}"
    assert violations == [], f"{url}:\n" + "\n".join(violations)


@pytest.mark.parametrize(("lang", "prefix"), LANGUAGES)
def test_the_finder_filters_without_violating_the_policy(
    live_server, demo, browser_page, lang, prefix
):
    status, violations = visit(browser_page, f"{live_server.url}{prefix}/angebote/")
    # htmx swaps the results in: that must not need inline styles or eval either.
    browser_page.locator("#finder-results").wait_for()
    checkbox = browser_page.locator("form input[type=checkbox]").first
    with browser_page.expect_response(lambda response: "/angebote/" in response.url):
        checkbox.check()
    browser_page.wait_for_load_state("networkidle")
    violations += browser_page.evaluate("window.__cspViolations")

    assert status == 200
    assert violations == [], "\n".join(violations)


@pytest.mark.parametrize(("lang", "prefix"), LANGUAGES)
@pytest.mark.parametrize(
    ("path", "expected"), [("/gibt-es-nicht/", 404), ("/mitmachen/anfragen/", 403)]
)
def test_the_error_pages_keep_the_policy_and_are_accessible(
    live_server, demo, browser_page, lang, prefix, path, expected
):
    url = f"{live_server.url}{prefix}{path}"
    if expected == 403:  # a member who is not a coordinator
        member = make_person("Mia Mitglied", "mia@example.org")
        log_in(browser_page, live_server, member.user)

    status, violations = visit(browser_page, url)

    assert status == expected
    assert violations == [], "\n".join(violations)
    assert browser_page.get_attribute("html", "lang") == lang
    results = Axe().run(browser_page)
    assert results.violations_count == 0, f"axe-core on {url}:\n{axe_report(results)}"


def log_in(browser_page, live_server, user):
    """Sign ``user`` in for the browser through a session made by Django's test client."""
    client = Client()
    client.force_login(user)
    if user.is_staff:  # the back office asks for a second factor
        pass_second_factor(client, user)
    browser_page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def log_in_superuser(browser_page, live_server):
    person = make_person("Sina Super", "sina@example.org", is_coordinator=True)
    person.user.is_superuser = True
    person.user.save()
    log_in(browser_page, live_server, person.user)
    return person


@pytest.mark.parametrize(("lang", "prefix"), LANGUAGES)
def test_the_back_office_and_the_signed_in_pages_do_not_violate_the_policy(
    live_server, demo, browser_page, lang, prefix
):
    person = log_in_superuser(browser_page, live_server)
    paths = [
        *ADMIN_PATHS,
        f"/verwaltung/network/person/{person.pk}/change/",
        *SIGNED_IN_PATHS,
        public_offering_path().rstrip("/") + "/drucken/",
    ]

    failures = []
    for path in paths:
        url = f"{live_server.url}{prefix}{path}"
        status, violations = visit(browser_page, url)
        if status != 200 or violations:
            failures.append(f"{url} ({status}):\n  " + "\n  ".join(violations))

    assert failures == [], "\n".join(failures)
