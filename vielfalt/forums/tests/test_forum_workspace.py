import pytest

from vielfalt.conftest import assert_not_found
from vielfalt.forums import sections

URL = "/foren/sprache-und-bildung/arbeitsbereich/"


def test_it_redirects_anonymous_visitors_to_the_login(client, forum):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/konto/login/" in response["Location"]


def test_it_hides_the_forum_from_members_of_other_forums(member_client, forum):
    assert_not_found(member_client.get(URL))


def test_it_answers_404_for_an_unknown_forum(moderator_client):
    assert_not_found(moderator_client.get("/foren/gibt-es-nicht/arbeitsbereich/"))


def test_it_shows_the_overview_and_tabs_to_the_moderator(moderator_client, forum):
    page = moderator_client.get(URL).content.decode()
    assert "Arbeitsbereich: Forum Sprache und Bildung" in page
    assert 'aria-current="page">Überblick</a>' in page
    assert 'href="/foren/sprache-und-bildung/mitglieder/"' in page


def test_it_shows_the_overview_to_coordinators(coordinator_client, forum):
    assert (
        "Arbeitsbereich: Forum Sprache und Bildung" in coordinator_client.get(URL).content.decode()
    )


def test_the_forum_page_links_members_to_the_workspace(moderator_client, forum):
    assert URL in moderator_client.get("/foren/sprache-und-bildung/").content.decode()


def test_the_forum_page_does_not_link_others_to_the_workspace(member_client, forum):
    assert URL not in member_client.get("/foren/sprache-und-bildung/").content.decode()


@pytest.fixture
def registered_tab():
    tab = sections.Tab(label="Mitglieder-Test", url_name="forums:members", position=99)
    sections.register_tab(tab)
    yield tab
    sections._tabs.pop(tab.url_name)


def test_it_lists_the_tabs_that_higher_apps_register(moderator_client, forum, registered_tab):
    assert ">Mitglieder-Test</a>" in moderator_client.get(URL).content.decode()
