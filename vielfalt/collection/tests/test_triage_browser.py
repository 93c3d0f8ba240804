"""A moderator sorts three impulses by keyboard alone: into a need, into an
approach, and merged with an entry; axe-core finds nothing on the inbox and
the decision pages."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse

from vielfalt.collection.models import Entry, Impulse
from vielfalt.pages.tests.test_browser_csp import log_in
from vielfalt.pages.tests.test_browser_public_pages import axe_report

from .triage_helpers import make_entry, make_impulse

pytestmark = pytest.mark.browser


def tab_to(page, selector, limit=120):
    """Press Tab until the element matching ``selector`` has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => !!document.activeElement?.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def assert_accessible(page):
    results = Axe().run(page)
    assert results.violations_count == 0, f"axe-core on {page.url}:\n{axe_report(results)}"


def open_from_inbox(page, impulse):
    tab_to(page, f'a[href="{reverse("triage:impulse", args=[impulse.pk])}"]')
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text() == f"Impuls: {impulse.title}"


def back_to_inbox(page):
    tab_to(page, f'nav a[href="{reverse("triage:inbox")}"]')
    with page.expect_navigation():
        page.keyboard.press("Enter")


def choose_by_arrows(page, selector, label, limit=20):
    """Move through a focused select with the arrow key until ``label`` is chosen."""
    for _ in range(limit):
        page.keyboard.press("ArrowDown")
        chosen = page.evaluate("(s) => document.querySelector(s).selectedOptions[0].text", selector)
        if chosen == label:
            return
    raise AssertionError(f"{label} is no option of {selector}")


def sort_as(page, arrow_presses):
    """Choose the kind by arrow keys from the first radio (inventory) and sort."""
    tab_to(page, "#id_sort-kind_0")
    page.keyboard.press("Space")
    for _ in range(arrow_presses):
        page.keyboard.press("ArrowDown")
    tab_to(page, "form[action$='/einsortieren/'] button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_a_moderator_sorts_three_impulses_by_keyboard(
    live_server,
    browser_page,
    moderator,
    forum,
):
    entry = make_entry(forum, "Sprachcafé im Familienzentrum", description="Offen für alle.")
    first = make_impulse(forum, "Abendkurse für Eltern")
    second = make_impulse(forum, "Lesepaten aus der Nachbarschaft")
    third = make_impulse(forum, "Sprachcafé auch samstags", text="Bitte auch am Wochenende.")
    page = browser_page
    log_in(page, live_server, moderator)

    page.goto(f"{live_server.url}{reverse('triage:inbox')}")
    assert "3 Impulse" in page.locator("main").inner_text()
    assert_accessible(page)

    open_from_inbox(page, first)
    assert_accessible(page)
    sort_as(page, 1)  # need
    assert "ist in die Sammlung einsortiert" in page.locator("main").inner_text()
    assert_accessible(page)

    back_to_inbox(page)
    open_from_inbox(page, second)
    sort_as(page, 2)  # approach
    assert "Einsortiert als Lösungsansatz" in page.locator("main").inner_text()

    back_to_inbox(page)
    open_from_inbox(page, third)
    tab_to(page, "#id_merge-entry")
    choose_by_arrows(page, "#id_merge-entry", "Bedarf: Sprachcafé im Familienzentrum")
    tab_to(page, "form[action$='/zusammenfuehren/'] button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "Zusammengeführt mit Sprachcafé im Familienzentrum" in page.locator("main").inner_text()

    back_to_inbox(page)
    assert_accessible(page)

    first.refresh_from_db()
    second.refresh_from_db()
    third.refresh_from_db()
    entry.refresh_from_db()
    assert (first.status, first.entry.kind) == (Impulse.Status.SORTED, Entry.Kind.NEED)
    assert (second.status, second.entry.kind) == (Impulse.Status.SORTED, Entry.Kind.APPROACH)
    assert second.entry.status == Entry.Status.IDEA
    assert (third.status, third.entry) == (Impulse.Status.MERGED, entry)
    assert entry.description.endswith("Bitte auch am Wochenende.")


def test_the_suggestion_form_and_its_errors_are_accessible(
    live_server,
    browser_page,
    forum,
):
    page = browser_page
    page.goto(f"{live_server.url}{reverse('triage:suggest', args=[forum.slug])}")
    assert_accessible(page)

    tab_to(page, "form.join-form button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert "Bitte prüfen Sie Ihre Angaben" in page.locator("main").inner_text()
    assert_accessible(page)
