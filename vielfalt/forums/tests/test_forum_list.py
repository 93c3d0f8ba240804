import pytest
from django.utils import timezone

from vielfalt.forums.models import Forum, ForumMembership
from vielfalt.network.models import Organisation, Person


def section(html, status):
    """The <section> of one status group."""
    start = html.index(f'id="group-{status}"')
    return html[start : html.index("</section>", start)]


@pytest.fixture
def forums(db):
    Forum.objects.create(name="Sprache und Bildung", slug="sprache", status="active")
    Forum.objects.create(name="Gesundheit", slug="gesundheit", status="active")
    Forum.objects.create(name="Arbeitsmarkt", slug="arbeitsmarkt", status="dormant")
    Forum.objects.create(name="Digitales", slug="digitales", status="proposed")
    Forum.objects.create(name="Altes Thema", slug="alt", status="closed")


def test_it_groups_the_forums_by_status(client, forums):
    html = client.get("/foren/").content.decode()

    assert "Forum Sprache und Bildung" in section(html, "active")
    assert "Forum Gesundheit" in section(html, "active")
    assert "Forum Arbeitsmarkt" in section(html, "dormant")
    assert "Forum Arbeitsmarkt" not in section(html, "active")
    assert "Forum Digitales" in section(html, "proposed")
    assert html.index('id="group-active"') < html.index('id="group-dormant"')


def test_it_hides_closed_forums(client, forums):
    html = client.get("/foren/").content.decode()

    assert "Altes Thema" not in html
    assert 'id="group-closed"' not in html


def test_it_leaves_out_empty_groups(client, db):
    Forum.objects.create(name="Gesundheit", slug="gesundheit")

    html = client.get("/foren/").content.decode()

    assert 'id="group-active"' in html
    assert 'id="group-dormant"' not in html


def test_it_says_when_there_is_no_forum(client, db):
    html = client.get("/foren/").content.decode()

    assert "Noch gibt es keine Foren." in html


def test_it_runs_a_constant_number_of_queries(client, db, django_assert_num_queries):
    organisation = Organisation.objects.create(name="Verein", slug="verein")
    for number in range(25):
        forum = Forum.objects.create(
            name=f"Thema {number}", slug=f"thema-{number}", status=["active", "dormant"][number % 2]
        )
        for role in ["moderator", "moderator", "member", "member"]:
            person = Person.objects.create(
                name=f"Person {number} {role} {Person.objects.count()}",
                organisation=organisation,
                public_contact=True,
                consent_given_at=timezone.now(),
            )
            ForumMembership.objects.create(forum=forum, person=person, role=role)

    # the forums with their member counts, and their moderators
    with django_assert_num_queries(2):
        response = client.get("/foren/")

    assert response.content.decode().count('<li class="card') == 25


def test_in_english_it_shows_the_english_names(client, db):
    Forum.objects.create(name="Gesundheit", name_en="Health", slug="gesundheit")

    html = client.get("/en/foren/").content.decode()

    assert '<html lang="en" dir="ltr">' in html
    assert "Health" in html
    assert 'href="/en/foren/gesundheit/"' in html
