from datetime import date

import pytest
from django.utils import timezone

from vielfalt.forums.models import Forum, ForumMembership
from vielfalt.network.models import Person
from vielfalt.process.models import Milestone
from vielfalt.vocabularies.models import CrossCuttingTheme


@pytest.fixture
def forums(db):
    return {
        "active": Forum.objects.create(
            name="Sprache und Bildung", name_en="Language and education", slug="sprache"
        ),
        "dormant": Forum.objects.create(
            name="Arbeitsmarkt", name_en="Labour market", slug="arbeitsmarkt", status="dormant"
        ),
        "closed": Forum.objects.create(name="Altes Thema", slug="alt", status="closed"),
    }


def consented(**extra):
    return {
        "public_contact": True,
        "consent_given_at": timezone.now(),
        "consent_text": "Ja.",
    } | extra


def between(html, start, end):
    """The part of the page between two texts (both must be there)."""
    assert start in html and end in html
    return html[html.index(start) : html.index(end)]


def test_it_lists_forums_in_active_and_dormant_sections(client, forums):
    html = client.get("/").content.decode()

    active = between(html, "Aktive Foren mit regelmäßigen Treffen", "Ruhende Foren")
    dormant = between(html, "Ruhende Foren", "Weitere Themen sind jederzeit willkommen")
    assert "Forum Sprache und Bildung" in active
    assert "Forum Arbeitsmarkt" not in active
    assert "Forum Arbeitsmarkt" in dormant
    assert 'href="/foren/arbeitsmarkt/"' in dormant
    assert "badge-dormant" in dormant


def test_it_hides_closed_forums(client, forums):
    html = client.get("/").content.decode()

    assert "Altes Thema" not in html


def test_it_shows_the_milestones_in_order(client, db):
    Milestone.objects.create(date=date(2024, 5, 1), title="1. Netzwerktreffen")
    Milestone.objects.create(date=date(2023, 1, 1), title="Abfrage an die Fachleute")
    Milestone.objects.create(date=date(2023, 8, 1), title="Auftaktworkshop")
    Milestone.objects.create(date=date(2025, 3, 1), title="Zweites Treffen", is_done=False)

    html = client.get("/").content.decode()

    titles = [
        "Abfrage an die Fachleute",
        "Auftaktworkshop",
        "1. Netzwerktreffen",
        "Zweites Treffen",
    ]
    positions = [html.index(title) for title in titles]
    assert positions == sorted(positions)
    assert "Januar 2023" in html
    assert "geplant" in between(html, "Zweites Treffen", "Die Foren")


def test_it_shows_the_cross_cutting_themes(client, db):
    CrossCuttingTheme.objects.create(name="Interkulturelle Öffnung", slug="io", position=2)
    CrossCuttingTheme.objects.create(
        name="Lebensphasenspezifische Betrachtung", slug="lp", position=1
    )

    html = client.get("/").content.decode()

    themes = between(html, "Querschnittsthemen", 'id="join-heading"')
    assert themes.index("Lebensphasenspezifische Betrachtung") < themes.index(
        "Interkulturelle Öffnung"
    )


def test_it_links_to_joining(client, db):
    html = client.get("/").content.decode()

    assert 'class="button" href="/mitmachen/"' in html


def test_the_contact_block_shows_only_coordinators_who_consented(client, db):
    Person.objects.create(
        name="Andrea Schmidt",
        email="andrea.schmidt@example.org",
        phone="02405 67-5007",
        is_coordinator=True,
        **consented(),
    )
    Person.objects.create(
        name="Nora Ohnezustimmung",
        email="nora@example.org",
        is_coordinator=True,
        public_contact=True,
    )
    Person.objects.create(
        name="Paul Privat",
        email="paul@example.org",
        is_coordinator=True,
        consent_given_at=timezone.now(),
    )
    Person.objects.create(name="Mia Mitglied", email="mia@example.org", **consented())

    html = client.get("/").content.decode()

    contact = html[html.index('id="contact-heading"') :]
    assert "Andrea Schmidt" in contact
    assert 'href="mailto:andrea.schmidt@example.org"' in contact
    assert 'href="tel:02405675007"' in contact
    assert "Nora" not in html and "nora@example.org" not in html
    assert "Paul Privat" not in html
    assert "Mia Mitglied" not in html


def test_it_runs_a_constant_number_of_queries(
    client, db, django_assert_num_queries, django_assert_max_num_queries
):
    for number in range(30):
        forum = Forum.objects.create(
            name=f"Forum {number}",
            slug=f"forum-{number}",
            status="dormant" if number % 3 else "active",
        )
        person = Person.objects.create(
            name=f"Koordinatorin {number}", is_coordinator=True, **consented()
        )
        ForumMembership.objects.create(forum=forum, person=person, role="moderator")
        Milestone.objects.create(date=date(2023, 1, 1 + number % 28), title=f"Schritt {number}")
        CrossCuttingTheme.objects.create(name=f"Thema {number}", slug=f"thema-{number}")

    # the content's key (its version and the forums' last change), then forums,
    # milestones, themes, life phases and coordinators
    with django_assert_max_num_queries(12):
        response = client.get("/")
    # then only the key: the content comes from the worker's memory
    with django_assert_num_queries(1):
        again = client.get("/")

    assert response.content.decode().count('<li class="card') == 30
    assert again.content.decode().count('<li class="card') == 30


def test_a_changed_forum_shows_at_once_although_the_content_is_cached(client, db):
    forum = Forum.objects.create(name="Gesundheit", slug="gesundheit", status="active")
    assert "Forum Gesundheit" in client.get("/").content.decode()
    forum.name = "Gesundheit und Sport"
    forum.save()
    html = client.get("/").content.decode()
    assert "Forum Gesundheit und Sport" in html


def test_a_reactivated_forum_moves_at_once_although_no_signal_told(client, forums):
    from vielfalt.forums import revival

    assert "Forum Arbeitsmarkt" in between(
        client.get("/").content.decode(), "Ruhende Foren", "Weitere Themen"
    )

    revival.reactivate(forums["dormant"])  # update(), no signal

    html = client.get("/").content.decode()
    assert "Forum Arbeitsmarkt" in between(html, "Aktive Foren mit", "Weitere Themen")
    assert "Ruhende Foren" not in html


def test_in_english_it_shows_the_english_names(client, forums):
    Milestone.objects.create(
        date=date(2023, 8, 1), title="Start im Rathaus", title_en="Kick-off workshop"
    )

    html = client.get("/en/").content.decode()

    assert '<html lang="en" dir="ltr">' in html
    assert "Language and education" in html
    assert "Labour market" in html
    assert "Kick-off workshop" in html
    assert "Start im Rathaus" not in html
    assert 'href="/en/foren/sprache/"' in html


def test_in_english_it_falls_back_to_german_names(client, db):
    Forum.objects.create(name="Gesundheit", slug="gesundheit")

    html = client.get("/en/").content.decode()

    assert "Gesundheit" in html


# This test needs the English catalogue (vielfalt/locale/en), which is written
# at the end of the project: it fails until then, on purpose.
def test_it_speaks_english(client, db):
    html = client.get("/en/").content.decode()

    assert "Find offerings" in html
    assert "Angebote finden" not in html


@pytest.mark.parametrize(
    ("page", "language", "expected"),
    [("/foren/", "en", "/en/foren/"), ("/en/foren/?seite=2", "de", "/foren/?seite=2")],
)
def test_the_language_switch_keeps_the_page(client, db, page, language, expected):
    html = client.get(page).content.decode()
    action = html.split('class="lang-switch" action="', 1)[1].split('"', 1)[0]

    response = client.post(action, {"language": language, "next": page})

    assert response.status_code == 302
    assert response["Location"] == expected


def test_in_english_it_marks_german_fallback_names_as_german(client, db):
    Forum.objects.create(name="Gesundheit", slug="gesundheit", description="Wir sprechen.")
    CrossCuttingTheme.objects.create(name="Interkulturelle Öffnung", slug="io")
    Milestone.objects.create(date=date(2023, 8, 1), title="Auftakt", title_en="Kick-off")

    html = client.get("/en/").content.decode()

    assert '<p lang="de">Wir sprechen.</p>' in html
    assert '<li lang="de">Interkulturelle Öffnung</li>' in html
    assert "<strong>Kick-off</strong>" in html


def test_it_leads_to_the_events_and_the_whole_process(client, db):
    page = client.get("/").content.decode()
    assert 'href="/veranstaltungen/prozess/"' in page
    assert '<a href="/veranstaltungen/">Veranstaltungen</a>' in page
