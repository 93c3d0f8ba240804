"""The back office in a real browser: the pages coordinators use every day,
with the demo's rows in their lists, are checked by axe-core (no violation)
and reflow at 320 px.

ADMIN_PAGES is the one list of back-office pages the browser layer checks:
add a page there when coordinators get a new daily tool.
"""

from dataclasses import dataclass

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.apps import apps
from django.urls import reverse
from django.utils import timezone

from .conftest import sign_in
from .test_browser_public_pages import axe_report

pytestmark = pytest.mark.browser

COORDINATOR = "koordination@example.org"


@dataclass
class AdminPage:
    name: str
    model: str = ""  # "app_label.ModelName"
    view: str = ""  # changelist, add or change (of the first row)
    url_name: str = ""  # a named URL instead of a model's page
    query: str = ""

    def path(self):
        if self.url_name == "admin:app_list":
            return reverse(self.url_name, kwargs={"app_label": self.query})
        if self.url_name:
            return reverse(self.url_name) + self.query
        model = apps.get_model(self.model)
        info = f"admin:{model._meta.app_label}_{model._meta.model_name}_{self.view}"
        if self.view == "change":
            first = model._default_manager.order_by("pk").first()
            assert first, f"the demo has no {self.model}"
            return reverse(info, args=[first.pk])
        return reverse(info) + self.query


def model_pages(model, views=("changelist", "add", "change")):
    return [AdminPage(f"{model.split('.')[1].lower()}-{view}", model, view) for view in views]


ADMIN_PAGES = [
    AdminPage("index", url_name="admin:index"),
    AdminPage("network-app", url_name="admin:app_list", query="network"),
    AdminPage("processing-record", url_name="processing_record"),
    *model_pages("network.Person"),
    AdminPage(
        "person-search", "network.Person", "changelist", query="?q=a&is_coordinator__exact=1"
    ),
    *model_pages("network.Organisation"),
    *model_pages("forums.Forum"),
    *model_pages("forums.ForumMembershipRequest", ("changelist",)),
    *model_pages("offerings.Offering"),
    *model_pages("offerings.Location", ("changelist", "change")),
    *model_pages("process.InterestRequest", ("changelist", "change")),
    *model_pages("process.Milestone"),
    *model_pages("pages.Page"),
    *model_pages("outbox.Mail", ("changelist", "change")),
    *model_pages("vocabularies.LifePhase"),
    *model_pages("vocabularies.District", ("changelist", "change")),
    *model_pages("vocabularies.TargetGroup", ("changelist",)),
    *model_pages("vocabularies.CrossCuttingTheme", ("changelist",)),
    *model_pages("vocabularies.Language", ("changelist", "change")),
    *model_pages("accounts.User", ("changelist",)),
]


@pytest.fixture
def daily_rows(demo):
    """What the demo leaves empty but coordinators see every day: requests to
    take part and the site's mails, one of them failed (undone after the test)."""
    from vielfalt.forums.models import Forum
    from vielfalt.outbox.models import Mail
    from vielfalt.process.models import InterestRequest

    now = timezone.now()
    interest = InterestRequest.objects.create(
        name="Derya Aksoy",
        email="derya.aksoy@example.org",
        organisation_name="Elterncafé Morsbach",
        new_topic="Elternarbeit in mehreren Sprachen",
        message="Ich würde gern im Forum mitarbeiten.",
        consent_given_at=now,
        consent_text="Ich bin einverstanden.",
        status=InterestRequest.Status.CONFIRMED,
        confirmed_at=now,
    )
    interest.forums.set(Forum.objects.order_by("pk")[:2])
    for state in (Mail.State.SENT, Mail.State.FAILED):
        Mail.objects.create(
            to="derya.aksoy@example.org",
            subject="Ihre Anfrage im Netzwerk",
            body="Guten Tag",
            state=state,
            attempts=1,
        )


def open_admin_page(browser_page, live_server, path):
    response = browser_page.goto(f"{live_server.url}{path}")
    assert response.status == 200, f"{path} answered {response.status}"
    assert browser_page.url == f"{live_server.url}{path}", "redirected away from the back office"
    # Django's scripts draw the autocomplete boxes once the page is ready.
    if browser_page.locator("select.admin-autocomplete:not([name*=__prefix__])").count():
        browser_page.locator(".select2-container").first.wait_for(state="attached")


@pytest.mark.parametrize("page", ADMIN_PAGES, ids=lambda page: page.name)
def test_the_back_office_page_is_accessible(live_server, daily_rows, browser_page, page):
    sign_in(browser_page, live_server, COORDINATOR, second_factor=True)
    path = page.path()

    open_admin_page(browser_page, live_server, path)

    results = Axe().run(browser_page)
    assert results.violations_count == 0, f"axe-core on {path}:\n{axe_report(results)}"

    # Reflow (WCAG 1.4.10): at 320 CSS pixels nothing scrolls sideways.
    browser_page.set_viewport_size({"width": 320, "height": 640})
    scroll_width = browser_page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 320, f"{path} is {scroll_width}px wide at a 320px viewport"


def test_the_way_into_the_back_office_is_accessible(live_server, demo, browser_page):
    # Someone not signed in is sent to the site's login, with a heading.
    browser_page.goto(f"{live_server.url}/verwaltung/")

    assert "/konto/login/" in browser_page.url
    assert browser_page.get_by_role("heading", level=1).count() == 1
    results = Axe().run(browser_page)
    assert results.violations_count == 0, f"axe-core on {browser_page.url}:\n{axe_report(results)}"
