"""A forum's public page comes from a per-worker cache of its parts (issue 18):
every change of what it shows appears on the next request, the cached page is
the page, and what differs per visitor is never taken from the cache."""

import re

import pytest
from django.test import Client

from vielfalt.collection.models import ApproachUpdate, Entry
from vielfalt.conftest import assert_not_found, make_person
from vielfalt.forums import revival
from vielfalt.forums.models import Forum, ForumMembership, Pledge
from vielfalt.network.models import Organisation, Person

from .test_forum_detail import consented, moderate

URL = "/foren/sprache-und-bildung/"


def page(client, url=URL):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def without_tokens(html):
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


@pytest.fixture
def shown(client, forum):
    """The page once, so that its parts are cached before the change."""
    page(client)
    return client


def test_a_changed_description_shows_at_once(shown, forum):
    forum.description = "Wir sprechen über Kitas und Schulen."
    forum.save()

    assert "Wir sprechen über Kitas und Schulen." in page(shown)


def test_a_new_member_is_counted_at_once(shown, forum):
    assert "0 Personen arbeiten mit" in page(shown)

    ForumMembership.objects.create(forum=forum, person=Person.objects.create(name="Neu"))

    assert "1 Person arbeitet mit" in page(shown)


def test_members_added_without_signals_are_counted_at_once(shown, forum):
    # As an accepted interest request adds them: bulk_create sends no signal.
    people = [Person.objects.create(name=f"Person {number}") for number in range(3)]
    ForumMembership.objects.bulk_create([ForumMembership(forum=forum, person=p) for p in people])

    assert "3 Personen arbeiten mit" in page(shown)


def test_the_organisations_count_follows_a_members_organisation(shown, forum, organisation):
    person = Person.objects.create(name="Neu", organisation=organisation)
    ForumMembership.objects.create(forum=forum, person=person)
    assert "1 Person arbeitet mit, aus 1 Organisation." in page(shown)

    person.organisation = None
    person.save()

    assert "1 Person arbeitet mit." in page(shown)


def test_a_moderators_changed_contact_shows_at_once(shown, forum, organisation):
    person = moderate(forum, name="Mona Moderation", organisation=organisation, **consented())
    assert "Mona Moderation" in page(shown)

    person.phone = "02405 123"
    person.save()
    assert "02405 123" in page(shown)

    organisation.name = "Familienzentrum am Markt"
    organisation.save()
    assert "Familienzentrum am Markt" in page(shown)

    ForumMembership.objects.filter(person=person).delete()
    html = page(shown)
    assert "Mona Moderation" not in html
    assert "Dieses Forum hat zurzeit keine Moderation." in html


def test_a_changed_coordinator_contact_shows_at_once(shown, db):
    assert "Clara" not in page(shown)

    Person.objects.create(name="Clara Koordination", is_coordinator=True, **consented())

    assert "Clara Koordination" in page(shown)


def test_the_collections_published_entries_show_at_once(shown, forum):
    need = Entry.objects.create(forum=forum, kind=Entry.Kind.NEED, title="Mehr Sprachkurse")
    assert "Mehr Sprachkurse" not in page(shown)

    need.is_published = True
    need.save()
    assert "Mehr Sprachkurse" in page(shown)

    approach = Entry.objects.create(
        forum=forum,
        kind=Entry.Kind.APPROACH,
        title="Sprachcafé",
        status=Entry.Status.PLANNED,
        is_published=True,
    )
    assert "Sprachcafé</strong> – geplant" in page(shown)

    ApproachUpdate.objects.create(
        approach=approach, text="Begonnen", status=Entry.Status.IN_PROGRESS, progress=40
    )
    approach.status, approach.progress = Entry.Status.IN_PROGRESS, 40
    approach.save()
    assert "Sprachcafé</strong> – in Umsetzung" in page(shown)
    assert "40 %" in page(shown)

    need.delete()
    assert "Mehr Sprachkurse" not in page(shown)


def test_a_reactivated_forum_shows_active_at_once(client, db):
    forum = Forum.objects.create(name="Arbeitsmarkt", slug="arbeitsmarkt", status="dormant")
    assert "Dieses Forum ruht" in page(client, "/foren/arbeitsmarkt/")

    revival.reactivate(forum)  # update(), no signal

    html = page(client, "/foren/arbeitsmarkt/")
    assert "Dieses Forum ruht" not in html
    assert "wieder aktiv" in html


def test_a_confirmed_pledge_is_counted_at_once(client, db):
    forum = Forum.objects.create(name="Arbeitsmarkt", slug="arbeitsmarkt", status="dormant")
    pledge = Pledge.objects.create(forum=forum, name="Ada", email="ada@example.org")
    assert "0 Personen würden" in page(client, "/foren/arbeitsmarkt/")

    revival.confirm(pledge)  # update(), no signal

    assert "1 Person würde" in page(client, "/foren/arbeitsmarkt/")


def test_a_closed_forum_is_gone_at_once(shown, forum):
    forum.status = Forum.Status.CLOSED
    forum.save()

    assert_not_found(shown.get(URL))


def test_each_language_has_its_own_page(client, forum):
    forum.name_en = "Language and education"
    forum.save()

    assert "<h1>Forum Sprache und Bildung</h1>" in page(client)
    assert "Language and education" in page(client, f"/en{URL}")
    assert "<h1>Forum Sprache und Bildung</h1>" in page(client)


def test_the_cached_page_is_the_page(client, forum, organisation, settings):
    moderate(forum, name="Mona Moderation", organisation=organisation, **consented())
    Entry.objects.create(forum=forum, kind="need", title="Mehr Kurse", is_published=True)
    first = page(client)
    cached = page(client)
    settings.CACHES = {
        **settings.CACHES,
        "fragments": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }
    uncached = page(client)

    assert without_tokens(cached) == without_tokens(first) == without_tokens(uncached)


def test_a_member_sees_their_membership_after_the_public_filled_the_cache(
    client, forum, organisation
):
    page(Client())
    person = make_person("Mia Mitglied", "mia@example.org", organisation)
    ForumMembership.objects.create(forum=forum, person=person)
    page(Client())
    client.force_login(person.user)

    html = page(client)

    assert "Sie sind in diesem Forum dabei" in html
    assert "Schon im Netzwerk?" not in html
    anonymous = page(Client())
    assert "Sie sind in diesem Forum dabei" not in anonymous
    assert "Schon im Netzwerk? Melden Sie sich an" in anonymous


def test_a_coordinator_sees_the_editing_links_from_the_cached_page(coordinator_client, forum):
    page(Client())

    html = page(coordinator_client)

    assert f'href="/foren/{forum.slug}/bearbeiten/"' in html
    assert f'href="/foren/{forum.slug}/bearbeiten/"' not in page(Client())


def test_the_pledge_form_carries_each_visitors_own_csrf_token(db):
    Forum.objects.create(name="Arbeitsmarkt", slug="arbeitsmarkt", status="dormant")
    page(Client(), "/foren/arbeitsmarkt/")
    visitor = Client(enforce_csrf_checks=True)
    html = page(visitor, "/foren/arbeitsmarkt/")
    token = re.search(
        r'aufgreifen/"[^>]*>\s*<input type="hidden" name="csrfmiddlewaretoken" '
        r'value="([^"]+)"',
        html,
    )
    assert token

    response = visitor.post(
        "/foren/arbeitsmarkt/aufgreifen/",
        {"csrfmiddlewaretoken": token.group(1), "name": "", "email": ""},
    )

    assert response.status_code != 403  # the form's errors, not a CSRF failure


def test_a_cached_page_runs_one_query(client, forum, django_assert_num_queries):
    for number in range(20):
        organisation = Organisation.objects.create(name=f"Träger {number}", slug=f"t-{number}")
        moderate(forum, name=f"Moderation {number}", organisation=organisation, **consented())
        Entry.objects.create(forum=forum, kind="need", title=f"Bedarf {number}", is_published=True)
    page(client)

    # the forum with its counts and the version of its page
    with django_assert_num_queries(1):
        html = page(client)

    assert html.count("<address>") == 20
    assert html.count("Bedarf ") == 20
