import pytest

from vielfalt.forums.models import Forum

URL = "/foren/sprache-und-bildung/bearbeiten/"
OTHER_URL = "/foren/sport-und-freizeit/bearbeiten/"
NEW = {"description": "Wir treffen uns jeden Monat.", "description_en": "We meet every month."}


def test_it_redirects_anonymous_visitors_to_the_login(client, forum):
    response = client.get(URL)

    assert response.status_code == 302
    assert response["Location"] == f"/konto/login/?next={URL}"


def test_anonymous_posts_change_nothing(client, forum):
    client.post(URL, NEW)

    forum.refresh_from_db()
    assert forum.description == ""


def test_a_moderator_sees_the_form_with_labelled_fields(moderator_client, forum):
    response = moderator_client.get(URL)

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Forum Sprache und Bildung bearbeiten</h1>" in html
    assert '<label for="id_description">Beschreibung' in html
    assert '<label for="id_description_en">Beschreibung auf Englisch' in html
    assert 'aria-describedby="id_description_helptext"' in html


def test_a_moderator_saves_the_description(moderator_client, forum):
    response = moderator_client.post(URL, NEW)

    assert response.status_code == 302
    assert response["Location"] == "/foren/sprache-und-bildung/"
    forum.refresh_from_db()
    assert forum.description == "Wir treffen uns jeden Monat."
    assert forum.description_en == "We meet every month."


def test_a_moderator_cannot_change_other_fields(moderator_client, forum):
    moderator_client.post(URL, {**NEW, "name": "Umbenannt", "status": "closed", "slug": "neu"})

    forum.refresh_from_db()
    assert forum.name == "Sprache und Bildung"
    assert forum.status == "active"
    assert forum.slug == "sprache-und-bildung"


def test_a_moderator_gets_403_for_another_forum(moderator_client, forum, other_forum):
    assert moderator_client.get(OTHER_URL).status_code == 403

    response = moderator_client.post(OTHER_URL, NEW)

    assert response.status_code == 403
    other_forum.refresh_from_db()
    assert other_forum.description == ""


def test_a_member_of_another_forum_gets_403(member_client, forum):
    assert member_client.get(URL).status_code == 403

    response = member_client.post(URL, NEW)

    assert response.status_code == 403
    forum.refresh_from_db()
    assert forum.description == ""


def test_a_plain_member_cannot_edit_their_own_forum(member_client, other_forum):
    response = member_client.get(OTHER_URL)

    assert response.status_code == 403
    assert "Diese Seite ist nicht für Sie freigegeben" in response.content.decode()
    assert "<textarea" not in response.content.decode()


@pytest.mark.parametrize("url", [URL, OTHER_URL])
def test_a_coordinator_edits_every_forum(coordinator_client, forum, other_forum, url):
    response = coordinator_client.post(url, NEW)

    assert response.status_code == 302
    assert Forum.objects.get(slug=url.split("/")[2]).description == NEW["description"]


def test_a_coordinator_edits_a_closed_forum_and_stays_on_the_page(coordinator_client, forum):
    forum.status = Forum.Status.CLOSED
    forum.save()

    response = coordinator_client.post(URL, NEW)

    assert response["Location"] == URL
    assert coordinator_client.get(URL).status_code == 200


def test_an_unknown_forum_is_404(coordinator_client, db):
    response = coordinator_client.get("/foren/gibt-es-nicht/bearbeiten/")

    assert response.status_code == 404
    assert "Diese Seite gibt es nicht" in response.content.decode()


def test_the_forum_page_links_to_editing_for_its_moderator_only(client, moderator, member, forum):
    client.force_login(moderator)
    assert URL in client.get("/foren/sprache-und-bildung/").content.decode()

    client.force_login(member)
    assert URL not in client.get("/foren/sprache-und-bildung/").content.decode()
