"""Helpers for the browser layer's tests of the pages app.

The browser fixtures themselves (``chromium``, ``browser_page``, ``no_js_page``,
``demo``) live in ``vielfalt/conftest.py``, so that every app's browser tests
share one Chromium: a second Playwright in the same thread fails.
"""

from vielfalt.conftest import CHROMIUM_ARGS, SCREENSHOT_DIR  # noqa: F401 (used by the tests)


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
