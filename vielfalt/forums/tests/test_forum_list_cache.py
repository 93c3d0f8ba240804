"""The forum list comes from a per-worker cache (issue 18): every change of a
forum appears on the next request, and the cached list is the list."""

import pytest
from django.test import Client

from vielfalt.forums import revival
from vielfalt.forums.models import Forum

from .test_forum_page_cache import page, without_tokens

URL = "/foren/"


@pytest.fixture
def shown(client, forum):
    page(client, URL)
    return client


def between(html, start, end):
    return html[html.index(start) : html.index(end)]


def test_a_new_forum_shows_at_once(shown):
    Forum.objects.create(name="Gesundheit", slug="gesundheit")

    assert "Forum Gesundheit" in page(shown, URL)


def test_a_renamed_forum_shows_at_once(shown, forum):
    forum.name = "Sprache, Bildung und Kultur"
    forum.save(update_fields=["name"])  # also without its last change

    assert "Forum Sprache, Bildung und Kultur" in page(shown, URL)


def test_a_forum_gone_dormant_moves_at_once(shown, forum):
    forum.status = Forum.Status.DORMANT
    forum.save()

    assert "Forum Sprache und Bildung" in between(page(shown, URL), "Ruhende Foren", "</section>")


def test_a_reactivated_forum_moves_at_once(client, db):
    forum = Forum.objects.create(name="Arbeitsmarkt", slug="arbeitsmarkt", status="dormant")
    assert "Ruhende Foren" in page(client, URL)

    revival.reactivate(forum)  # update(), no signal

    html = page(client, URL)
    assert "Ruhende Foren" not in html
    assert "Forum Arbeitsmarkt" in between(html, "Aktive Foren", "</section>")


def test_closed_and_deleted_forums_leave_at_once(shown, forum, other_forum):
    assert "Forum Sport und Freizeit" in page(shown, URL)
    other_forum.status = Forum.Status.CLOSED
    other_forum.save()
    assert "Forum Sport und Freizeit" not in page(shown, URL)

    forum.delete()
    assert "Noch gibt es keine Foren." in page(shown, URL)


def test_each_language_has_its_own_list(client, forum):
    forum.name_en = "Language and education"
    forum.save()

    assert "Forum Sprache und Bildung" in page(client, URL)
    assert "Language and education" in page(client, "/en/foren/")
    assert "Forum Sprache und Bildung" in page(client, URL)


def test_the_cached_list_is_the_list(client, forum, other_forum, settings):
    first = page(client, URL)
    cached = page(client, URL)
    settings.CACHES = {
        **settings.CACHES,
        "fragments": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }
    uncached = page(client, URL)

    assert without_tokens(cached) == without_tokens(first) == without_tokens(uncached)


def test_a_signed_in_person_gets_their_own_menu(member_client, forum):
    page(Client(), URL)

    html = page(member_client, URL)

    assert "Mein Bereich" in html
    assert "Forum Sprache und Bildung" in html


def test_a_cached_list_runs_one_query(client, db, django_assert_num_queries):
    for number in range(25):
        Forum.objects.create(name=f"Thema {number}", slug=f"thema-{number}")
    page(client, URL)

    with django_assert_num_queries(1):  # the forums' count, last change and version
        html = page(client, URL)

    assert html.count('<li class="card') == 25
