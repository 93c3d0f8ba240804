"""The cast every test can use: a coordinator, a moderator of one forum,
a member of another forum, and an anonymous visitor (the plain client);
and the Würselen demo, loaded once per test session (``demo_data``)."""

import os
import time
from io import StringIO
from pathlib import Path

import pytest
from allauth.account.internal.flows.login import AUTHENTICATION_METHODS_SESSION_KEY
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection, connections, transaction
from django.test.utils import override_settings
from django.utils import timezone, translation

from vielfalt.accounts.models import User
from vielfalt.forums.models import Forum, ForumMembership
from vielfalt.network.models import Organisation, Person

PASSWORD = "Lindenplatz-Brunnen-2024"
FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def keeps_argon2(node: pytest.Item) -> bool:
    """Password and login tests hash as the site does; ``@pytest.mark.argon2`` asks for it too."""
    names = f"{node.path.stem} {node.name}".lower()
    return "password" in names or "login" in names or node.get_closest_marker("argon2") is not None


@pytest.fixture(autouse=True)
def fast_password_hashing(request, settings):
    # Argon2 costs about 100 ms and 100 MiB a hash, on purpose; every test that
    # creates a user would pay it. MD5 is fine for passwords that guard nothing.
    if not keeps_argon2(request.node):
        settings.PASSWORD_HASHERS = FAST_HASHERS


@pytest.fixture(autouse=True)
def site_language():
    """Every test starts in the site's language. A request to /en/ leaves English
    active in the thread afterwards, which would make the next test's mails and
    URLs English."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def fresh_facet_index():
    """Every test builds the finder's index from its own data. In production the
    version row only counts up, so an index is never answered from old data; a
    test's rollback sets the row back, and the next test with the same number
    would see the index of the one before."""
    from vielfalt.offerings import facets

    facets._current = None
    yield
    facets._current = None
    facets._rebuilding.clear()


@pytest.fixture(autouse=True)
def fresh_fragments():
    """The per-worker cache of page parts (and the finder's filter values, the
    vocabularies of the offerings' pages) starts empty: its keys hold data
    versions, which the rollback of a test returns to earlier numbers."""
    caches["fragments"].clear()
    caches["cards"].clear()
    from vielfalt.offerings import search

    search._values = (None, {}, [])


TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # base32; a test-only authenticator app


def make_person(name, email, organisation=None, **extra):
    user = User.objects.create_user(email=email, password=PASSWORD, name=name)
    return Person.objects.create(
        name=name, email=email, organisation=organisation, user=user, **extra
    )


@pytest.fixture
def organisation(db):
    return Organisation.objects.create(
        name="Familienzentrum Lindenplatz", slug="familienzentrum-lindenplatz", kind="free_provider"
    )


@pytest.fixture
def other_organisation(db):
    return Organisation.objects.create(name="Sportverein Pley", slug="sv-pley", kind="association")


@pytest.fixture
def forum(db):
    return Forum.objects.create(name="Sprache und Bildung", slug="sprache-und-bildung")


@pytest.fixture
def other_forum(db):
    return Forum.objects.create(name="Sport und Freizeit", slug="sport-und-freizeit")


@pytest.fixture
def coordinator(db):
    person = make_person(
        "Clara Koordination",
        "clara@example.org",
        is_coordinator=True,
        public_contact=True,
        consent_given_at=timezone.now(),
        consent_text="Ich bin einverstanden.",
        phone="02405 000-0",
    )
    return person.user


@pytest.fixture
def moderator(db, forum, organisation):
    person = make_person("Mona Moderation", "mona@example.org", organisation)
    ForumMembership.objects.create(forum=forum, person=person, role=ForumMembership.Role.MODERATOR)
    return person.user


@pytest.fixture
def member(db, other_forum, other_organisation):
    """A member of another forum than the moderator's."""
    person = make_person("Max Mitglied", "max@example.org", other_organisation)
    ForumMembership.objects.create(forum=other_forum, person=person)
    return person.user


def pass_second_factor(client, user):
    """Give ``user`` an authenticator app and let ``client``'s session count as
    having used it, as after a login with password and code: the back office asks
    everyone with its rights for a second factor (accounts.second_factor)."""
    authenticator, _ = Authenticator.objects.get_or_create(
        user=user, type=Authenticator.Type.TOTP, defaults={"data": {"secret": TOTP_SECRET}}
    )
    session = client.session
    now = time.time()
    session[AUTHENTICATION_METHODS_SESSION_KEY] = [
        {"method": "password", "at": now, "email": user.email},
        {"method": "mfa", "at": now, "type": "totp", "id": authenticator.pk},
    ]
    session["account_authentication_methods_user"] = str(user.pk)
    session.save()
    return authenticator


@pytest.fixture
def admin_client(client, admin_user):
    """pytest-django's superuser client, past the back office's second factor."""
    client.force_login(admin_user)
    pass_second_factor(client, admin_user)
    return client


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    pass_second_factor(client, coordinator)
    return client


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


# --- The demo, loaded once per session -------------------------------------
#
# ``load_demo`` takes seconds, and the browser layer and the demo tests all
# read the same data. So it is loaded once, inside a transaction that stays
# open for the rest of the session and is rolled back at its end (the way
# Django's TestCase.setUpTestData works for a class). Each test that asks for
# ``demo_data`` runs in a savepoint inside it, so what a test changes is
# undone after it. Those tests are moved to the end of the run, so that no
# other test ever sees the demo's rows.

# The demo logins need no strong hashing in a test, and Argon2 is slow.
DEMO_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
DEMO_FIXTURE = "demo_data"


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the tests that use the shared demo last (after pytest-django's own ordering).

    pytest-django creates the test database only when a selected test asks for
    one (``db``, a ``django_db`` mark or the live server); a test of the demo
    without the live server gets the mark, so that a file of such tests also
    runs alone. Its transaction is a savepoint in the demo's, as in every test."""
    uses_demo = [item for item in items if DEMO_FIXTURE in getattr(item, "fixturenames", ())]
    for item in uses_demo:
        if "live_server" not in item.fixturenames and not item.get_closest_marker("django_db"):
            item.add_marker(pytest.mark.django_db)
    if uses_demo:
        others = [item for item in items if DEMO_FIXTURE not in getattr(item, "fixturenames", ())]
        items[:] = others + uses_demo


@pytest.fixture(scope="session")
def _demo_transaction(django_db_setup, django_db_blocker):
    """The output of ``load_demo``, run once in a transaction open until the session ends."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            # In the site's language, as `manage.py load_demo` runs, whatever
            # language an earlier test left active.
            with (
                override_settings(PASSWORD_HASHERS=DEMO_HASHERS),
                translation.override(settings.LANGUAGE_CODE),
            ):
                out = StringIO()
                call_command("load_demo", stdout=out)
        except BaseException as error:
            atomic.__exit__(type(error), error, error.__traceback__)
            raise
    yield out.getvalue()
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)


@pytest.fixture
def demo_data(_demo_transaction, django_db_blocker, settings):
    """The Würselen demo data from `manage.py load_demo` (its output as the value).

    The test runs in a savepoint of the demo's transaction, rolled back after
    it. (Not pytest-django's ``db``: with ``live_server`` that would become a
    flushing transactional database and wipe the shared demo.)
    """
    settings.PASSWORD_HASHERS = DEMO_HASHERS
    with django_db_blocker.unblock():
        savepoint = transaction.atomic()
        savepoint.__enter__()
        try:
            yield _demo_transaction
        finally:
            transaction.set_rollback(True)
            savepoint.__exit__(None, None, None)


def _shares_the_test_connection() -> bool:
    """Whether pytest-django's live server uses the tests' own connection (in-memory SQLite)."""
    return connection.vendor == "sqlite" and connection.is_in_memory_db()


@pytest.fixture(scope="session")
def live_server(django_db_setup, live_server):
    """pytest-django's live server, started after the test database exists.

    Only then does it see that the database is in-memory SQLite and share the
    tests' connection with its threads (pytest-django otherwise may start it
    first, and its threads open connections of their own).
    """
    return live_server


@pytest.fixture(autouse=True)
def _live_server_helper(request):
    """pytest-django's helper of the same name (4.14), overridden for the shared demo.

    pytest-django gives every test that uses ``live_server`` a flushing
    transactional database; the flush would wipe the shared demo. A test that
    uses the demo runs in its savepoint instead (``demo_data``): the live
    server shares the test's in-memory SQLite connection, so it sees the same
    data. That needs SQLite (the browser layer runs on it); any other test is
    left as before.
    """
    if "live_server" not in request.fixturenames:
        yield
        return
    if DEMO_FIXTURE in request.fixturenames:
        if not _shares_the_test_connection():
            pytest.fail("Browser tests with the demo need the in-memory SQLite test database.")
    else:
        request.getfixturevalue("transactional_db")
    live_server = request.getfixturevalue("live_server")
    live_server._live_server_modified_settings.enable()
    yield
    live_server._live_server_modified_settings.disable()


def assert_not_found(response):
    """The visitor gets the site's 404 page: nothing about what may exist there."""
    assert response.status_code == 404
    assert "Fehler 404" in response.content.decode()


# --- The browser layer: one headless Chromium for every app's browser tests ---
#
# The tests are marked ``browser`` and run with ``pytest -m browser``
# (scripts/run-tests does). Chromium is Debian's, never a downloaded build.

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
