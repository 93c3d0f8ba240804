"""The warning before a back-office session ends, in a real browser (WCAG 2.2.1)."""

import re
import time

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.test import Client

from vielfalt.accounts.idle_timeout import LAST_SEEN
from vielfalt.conftest import make_person, pass_second_factor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def short_limit(settings):
    # Three minutes, so that the warning (three minutes ahead) shows at once.
    settings.BACKOFFICE_IDLE_MINUTES = 3


def log_in_coordinator(browser_page, live_server):
    user = make_person("Clara Koordination", "clara@example.org", is_coordinator=True).user
    client = Client()
    client.force_login(user)
    pass_second_factor(client, user)
    session_key = client.cookies["sessionid"].value
    browser_page.context.add_cookies(
        [{"name": "sessionid", "value": session_key, "url": live_server.url}]
    )
    return session_key


def idle_for(session_key, minutes):
    session = SessionStore(session_key)
    session[LAST_SEEN] = time.time() - minutes * 60
    session.save()


def test_the_warning_opens_and_staying_keeps_the_session(live_server, browser_page):
    log_in_coordinator(browser_page, live_server)
    errors = []
    browser_page.on("pageerror", lambda error: errors.append(str(error)))

    browser_page.goto(f"{live_server.url}/verwaltung/")
    dialog = browser_page.locator("#idle-warning")
    dialog.wait_for(state="visible")

    assert browser_page.get_by_role("dialog", name="Sind Sie noch da?").is_visible()
    assert browser_page.evaluate("document.activeElement.textContent") == "Angemeldet bleiben"
    # The limit is three minutes: the countdown starts at 3:00 or just below.
    assert re.fullmatch(
        r"[0-2]:[0-5]\d|3:00", browser_page.locator("[data-idle-left]").inner_text()
    )
    assert not browser_page.get_by_role("link", name="Wieder anmelden").is_visible()
    browser_page.get_by_role("button", name="Angemeldet bleiben").click()
    dialog.wait_for(state="hidden")
    status = browser_page.request.get(
        f"{live_server.url}/konto/sitzung/", headers={"Accept": "application/json"}
    )
    assert status.json()["seconds_left"] > 170
    assert errors == []


def test_it_says_so_when_the_session_has_ended(live_server, browser_page):
    session_key = log_in_coordinator(browser_page, live_server)
    browser_page.goto(f"{live_server.url}/konto/start/")
    browser_page.locator("#idle-warning").wait_for(state="visible")

    idle_for(session_key, 4)  # meanwhile the limit has passed
    browser_page.get_by_role("button", name="Angemeldet bleiben").click()
    browser_page.get_by_text("Sie wurden abgemeldet.").wait_for()

    assert browser_page.get_by_role("link", name="Wieder anmelden").is_visible()
    assert not browser_page.get_by_role("button", name="Angemeldet bleiben").is_visible()
