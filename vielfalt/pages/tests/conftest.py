"""Fixtures for the browser layer: headless Chromium through Playwright, and the demo data.

The browser tests are marked ``browser`` and run with ``pytest -m browser``
(scripts/run-tests does). Chromium is Debian's, never a downloaded build.
"""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connections

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOT_DIR = Path(settings.BASE_DIR) / "screenshots"


@pytest.fixture(scope="session")
def chromium():
    """One headless Chromium for the whole session (Playwright gives it a fresh profile)."""
    from playwright.sync_api import sync_playwright

    executable = os.environ.get("CHROMIUM") or "/usr/bin/chromium"
    if not Path(executable).exists():
        pytest.fail(f"Chromium not found at {executable} (Debian: apt-get install chromium)")
    # Playwright's sync API keeps an event loop running in this thread, and
    # Django refuses ORM calls there unless told that they are safe (they are:
    # the calls stay synchronous).
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        # Django keeps its connections in an asgiref Local, which switches to
        # per-context storage while an event loop runs in the thread (Playwright's
        # does): keep using this thread's connections, so that the tests, the
        # live server and the shared demo's transaction see the same database.
        shared = {alias: connections[alias] for alias in connections}
        with sync_playwright() as playwright:
            for alias, conn in shared.items():
                connections[alias] = conn
            browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def browser_page(chromium):
    """A page in a new browser context (no cookies from other tests)."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="de-DE")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def no_js_page(chromium):
    """A page with JavaScript switched off, to prove the site works without it."""
    context = chromium.new_context(
        viewport={"width": 1280, "height": 900}, locale="de-DE", java_script_enabled=False
    )
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def demo(demo_data, settings):
    """The Würselen demo data (loaded once per session, see vielfalt/conftest.py), with the demo banner on."""
    settings.SITE_DEMO = True
    return demo_data


def sign_in(browser_page, live_server, email, *, second_factor=False):
    """Let ``browser_page`` be signed in as the demo's person with ``email``
    (with the second factor passed, as the back office asks of coordinators)."""
    from django.test import Client

    from vielfalt.accounts.models import User
    from vielfalt.conftest import pass_second_factor

    user = User.objects.get(email__iexact=email)
    client = Client()
    client.force_login(user)
    if second_factor:
        pass_second_factor(client, user)
    browser_page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    return user
