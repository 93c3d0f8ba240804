"""Registration, waiting list, promotion and cancellation end to end in a real
browser, with axe-core on every page of the flow and reflow at 320 px."""

from datetime import timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone

from vielfalt.events.models import Briefing, Event, Registration
from vielfalt.pages.tests.test_browser_public_pages import axe_report

pytestmark = pytest.mark.browser


def check(page):
    """No axe-core violation, and no sideways scrolling at 320 px."""
    results = Axe().run(page)
    assert results.violations_count == 0, f"axe-core on {page.url}:\n{axe_report(results)}"
    page.set_viewport_size({"width": 320, "height": 640})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320, page.url
    page.set_viewport_size({"width": 1280, "height": 900})


def register(page, url, name, email):
    page.goto(url)
    page.get_by_label("Ihr Name").fill(name)
    page.get_by_label("Ihre E-Mail-Adresse").fill(email)
    page.locator("#id_consent").check()
    page.get_by_role("button", name="Verbindlich anmelden").click()


def test_register_wait_cancel_and_move_up(live_server, demo, browser_page):
    now = timezone.now()
    event = Event.objects.create(
        kind=Event.Kind.INFORMATION_EVENING,
        title="Informationsabend Kita-Anmeldung",
        starts_at=now + timedelta(days=7),
        ends_at=now + timedelta(days=7, hours=2),
        place="Bürgerhaus",
        capacity=1,
        registration_opens=now - timedelta(days=1),
        registration_closes=now + timedelta(days=6),
    )
    url = f"{live_server.url}{event.get_absolute_url()}"

    browser_page.goto(url)
    check(browser_page)
    register(browser_page, url, "Ayşe Demir", "ayse@example.org")
    assert "Sie sind angemeldet" in browser_page.locator("main").inner_text()
    check(browser_page)
    first_page = browser_page.url

    register(browser_page, url, "Jan Hoffmann", "jan@example.org")
    assert "Sie stehen auf der Warteliste" in browser_page.locator("main").inner_text()
    check(browser_page)
    second_page = browser_page.url

    register(browser_page, url, "Ayşe Demir", "ayse@example.org")
    assert "schon jemand angemeldet" in browser_page.locator("main").inner_text()
    check(browser_page)

    browser_page.goto(first_page)
    browser_page.get_by_role("link", name="Anmeldung zurückziehen").click()
    check(browser_page)
    browser_page.get_by_role("button", name="Ja, abmelden").click()
    assert "Sie sind von" in browser_page.locator("main").inner_text()
    check(browser_page)

    browser_page.goto(second_page)
    assert "Sie sind angemeldet" in browser_page.locator("main").inner_text()
    statuses = dict(Registration.objects.filter(event=event).values_list("email", "status"))
    assert statuses == {"ayse@example.org": "cancelled", "jan@example.org": "confirmed"}


@pytest.mark.parametrize(
    "path",
    [
        "/veranstaltungen/",
        "/veranstaltungen/prozess/",
        "/en/veranstaltungen/",
        "/en/veranstaltungen/prozess/",
        "briefing",
        "upcoming",
    ],
)
def test_the_public_event_pages_are_accessible(live_server, demo, browser_page, path):
    if path == "briefing":
        path = Briefing.objects.public().first().get_absolute_url()
    if path == "upcoming":
        path = Event.objects.upcoming().first().get_absolute_url()

    response = browser_page.goto(f"{live_server.url}{path}")

    assert response.status == 200
    check(browser_page)


@pytest.mark.parametrize(
    "tool", ["participants", "check_in", "name_list", "message", "minutes", "assign_forums"]
)
def test_the_organiser_tools_are_accessible(live_server, demo, browser_page, tool):
    from django.test import Client
    from django.urls import reverse

    from vielfalt.accounts.models import User
    from vielfalt.conftest import pass_second_factor

    coordinator = User.objects.get(email="koordination@example.org")
    client = Client()
    client.force_login(coordinator)
    pass_second_factor(client, coordinator)
    browser_page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    kickoff = Event.objects.get(asks_forum_preferences=True)

    response = browser_page.goto(f"{live_server.url}{reverse(f'events:{tool}', args=[kickoff.pk])}")

    assert response.status == 200
    check(browser_page)
