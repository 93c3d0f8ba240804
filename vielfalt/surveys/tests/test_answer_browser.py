"""In a real browser at phone width: an invited person answers, reloads
halfway and finds the draft (saved by htmx while typing), submits with a
single click and counts once; axe-core finds nothing on the answering pages."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from vielfalt.pages.tests.test_browser_public_pages import axe_report
from vielfalt.surveys.models import Invitation, Response

from .conftest import build_survey

pytestmark = pytest.mark.browser


@pytest.fixture
def phone(chromium):
    context = chromium.new_context(viewport={"width": 375, "height": 812}, locale="de-DE")
    page = context.new_page()
    yield page
    context.close()


def assert_accessible(page):
    results = Axe().run(page)
    assert results.violations_count == 0, f"axe-core on {page.url}:\n{axe_report(results)}"
    width = page.evaluate("document.documentElement.scrollWidth")
    wide = page.evaluate(
        "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 376 && !e.closest('.table-wrap'))"
        ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + getComputedStyle(e.parentElement).overflowX + ' ' + e.parentElement.className + ' ' + e.parentElement.clientWidth)"
    )
    assert width <= 375, f"{page.url} scrolls sideways ({width}px): {wide}"


def test_an_invited_person_answers_on_a_phone(live_server, phone, transactional_db, forum):
    survey = build_survey()
    invitation = Invitation.objects.create(survey=survey, name="Ina", email="ina@example.org")
    url = f"{live_server.url}/umfrage/{invitation.token}/"
    refused = []
    phone.on("console", lambda m: refused.append(m.text) if "Refused to" in m.text else None)
    positive = f"#id_q{survey.q['positive'].pk}"
    needs = f"#id_q{survey.q['needs'].pk}"

    phone.goto(url)
    assert_accessible(phone)
    phone.select_option(f"#id_q{survey.q['field'].pk}", str(forum.pk))
    phone.fill(positive, "Mehr Sprachkurse am Nachmittag.")
    phone.get_by_label("Fachkraft").check()
    phone.locator(positive).blur()
    phone.locator("#draft-status").filter(has_text="Entwurf gespeichert").wait_for()

    phone.reload()
    assert phone.locator(positive).input_value() == "Mehr Sprachkurse am Nachmittag."
    assert phone.locator(f"#id_q{survey.q['field'].pk}").input_value() == str(forum.pk)
    assert phone.get_by_label("Fachkraft").is_checked()

    phone.get_by_role("button", name="Antworten abschicken").click()
    phone.locator("#error-summary").wait_for()
    assert (
        "Was fehlt?: Bitte beantworten Sie diese Frage."
        in phone.locator("#error-summary").inner_text()
    )
    assert_accessible(phone)

    phone.fill(needs, "Ein Treffpunkt für Jugendliche.")
    # One click: two posts at once would race for SQLite's write lock in the
    # live server (a 500 under load); answering twice is test_answer.py's.
    phone.get_by_role("button", name="Antworten abschicken").click()
    phone.get_by_role("heading", name="Vielen Dank für Ihre Antworten").wait_for()
    assert_accessible(phone)

    assert Response.objects.count() == 1
    response = Response.objects.get()
    assert response.submitted_at is not None
    assert (
        response.answers.get(question=survey.q["needs"]).text == "Ein Treffpunkt für Jugendliche."
    )
    phone.goto(url)
    assert "schon eingegangen" in phone.content()
    assert refused == []  # htmx works under the site's Content-Security-Policy


def test_the_coordinators_pages_are_accessible(
    live_server, phone, transactional_db, forum, coordinator
):
    from django.test import Client

    from vielfalt.conftest import pass_second_factor

    from .conftest import answers_for

    survey = build_survey()
    invitation = Invitation.objects.create(survey=survey, name="Ina", email="ina@example.org")
    Client().post(f"/umfrage/{invitation.token}/", answers_for(survey, forum))
    answer = Response.objects.get().answers.get(question=survey.q["needs"])
    client = Client()
    client.force_login(coordinator)
    pass_second_factor(client, coordinator)
    phone.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    base = f"{live_server.url}/umfragen/verwalten/"
    section = survey.sections.first()

    for path in [
        "",
        "neu/",
        f"{survey.pk}/",
        f"{survey.pk}/vorschau/",
        f"{survey.pk}/abschnitte/{section.pk}/fragen/neu/?kind=single",
        f"{survey.pk}/einladungen/",
        f"{survey.pk}/ergebnisse/",
        f"{survey.pk}/ergebnisse/antworten/{answer.pk}/",
    ]:
        response = phone.goto(base + path)
        assert response.status == 200, path
        assert_accessible(phone)
