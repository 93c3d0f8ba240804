"""Fixtures for the browser layer: headless Chromium through Playwright, and the demo data.

The browser tests are marked ``browser`` and run with ``pytest -m browser``
(scripts/run-tests does). Chromium is Debian's, never a downloaded build.
"""

import os
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone

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
        with sync_playwright() as playwright:
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
def demo(transactional_db, settings):
    """The Würselen demo data, as `manage.py load_demo` creates it, with the demo banner on."""
    settings.SITE_DEMO = True
    make_demo_subset()


def make_demo_subset():
    """Until `load_demo` exists: the part of the demo contract the public pages show."""
    from vielfalt.forums.models import Forum, ForumMembership
    from vielfalt.network.models import Organisation, Person
    from vielfalt.offerings.models import Offering
    from vielfalt.pages.models import Page
    from vielfalt.process.models import Milestone
    from vielfalt.vocabularies.models import CrossCuttingTheme, LifePhase

    phases = [
        ("schwangerschaft", "Schwangerschaft und Geburt", "Pregnancy and birth", True),
        ("0-3", "0 bis 3 Jahre", "0 to 3 years", True),
        ("3-6", "3 bis 6 Jahre", "3 to 6 years", True),
        ("6-10", "6 bis 10 Jahre", "6 to 10 years", True),
        ("10-16", "10 bis 16 Jahre", "10 to 16 years", True),
        ("16-27", "16 bis 27 Jahre (Übergang Schule–Beruf)", "16 to 27 years", True),
        ("erwachsene", "Erwachsene und Familien", "Adults and families", False),
        ("aeltere", "Ältere Menschen", "Older people", False),
    ]
    for position, (slug, name, name_en, in_chain) in enumerate(phases, start=1):
        LifePhase.objects.create(
            slug=slug, name=name, name_en=name_en, position=position, in_prevention_chain=in_chain
        )
    themes = [
        ("lebensphasen", "Lebensphasenspezifische Betrachtung"),
        ("interkulturelle-oeffnung", "Interkulturelle Öffnung"),
        ("gleichstellung", "Gleichstellungsrelevante Aspekte"),
    ]
    for position, (slug, name) in enumerate(themes, start=1):
        CrossCuttingTheme.objects.create(slug=slug, name=name, position=position)
    forums = [
        ("sprache-und-bildung", "Sprache und Bildung", "Language and education", "active"),
        ("sport-und-freizeit", "Sport und Freizeit", "Sport and leisure", "active"),
        ("gesundheit", "Gesundheit", "Health", "active"),
        ("sozialraum-und-wohnen", "Sozialraum und Wohnen", "Neighbourhood and housing", "active"),
        (
            "rassismus-und-diskriminierung",
            "Rassismus und Diskriminierung",
            "Racism and discrimination",
            "active",
        ),
        ("arbeitsmarkt", "Arbeitsmarkt", "Labour market", "dormant"),
        ("kultur-und-religion", "Kultur und Religion", "Culture and religion", "dormant"),
    ]
    for position, (slug, name, name_en, status) in enumerate(forums, start=1):
        Forum.objects.create(
            slug=slug,
            name=name,
            name_en=name_en,
            status=status,
            position=position,
            description=f"Im Forum {name} sammeln Fachleute, was es gibt und was fehlt.",
        )
    milestones = [
        (date(2023, 1, 1), "Abfrage an Expert:innen und Multiplikator:innen", "Survey of experts"),
        (date(2023, 8, 1), "Auftaktworkshop mit ca. 60 Teilnehmenden", "Kick-off workshop"),
        (date(2024, 5, 1), "1. Netzwerktreffen", "First network meeting"),
    ]
    for when, title, title_en in milestones:
        Milestone.objects.create(date=when, title=title, title_en=title_en)
    city = Organisation.objects.create(
        name="Stadt Würselen – Koordinierungsstelle Prävention und Integration",
        slug="stadt-wuerselen",
        kind="administration",
    )
    school = Organisation.objects.create(
        name="Grundschule am Lindenplatz (Demo)", slug="grundschule-lindenplatz", kind="school"
    )
    consent = {"public_contact": True, "consent_given_at": timezone.now(), "consent_text": "Ja."}
    for name, email, phone in [
        ("Andrea Schmidt", "andrea.schmidt@wuerselen.de", "02405 67-5007"),
        ("Nathalie Thomé", "nathalie.thome@wuerselen.de", "02405 67-5164"),
    ]:
        Person.objects.create(
            name=name, email=email, phone=phone, organisation=city, is_coordinator=True, **consent
        )
    moderator = Person.objects.create(
        name="Mona Beispiel", email="mona@example.org", organisation=school, **consent
    )
    ForumMembership.objects.create(
        forum=Forum.objects.get(slug="sprache-und-bildung"),
        person=moderator,
        role=ForumMembership.Role.MODERATOR,
    )
    offering = Offering.objects.create(
        name="Hausaufgabenhilfe am Lindenplatz",
        short_description="Hilfe bei den Hausaufgaben für Kinder der Klassen 1 bis 4.",
        organisation=school,
    )
    offering.life_phases.set(LifePhase.objects.filter(slug="6-10"))
    for slug, title, body in [
        ("impressum", "Impressum", "Stadt Würselen\nMorlaixplatz 1\n52146 Würselen"),
        ("datenschutz", "Datenschutz", "Wir speichern nur, was für das Netzwerk nötig ist."),
        ("barrierefreiheit", "Barrierefreiheit", "Diese Website soll für alle gut nutzbar sein."),
    ]:
        Page.objects.create(slug=slug, title=title, body=body)
