from vielfalt.forums.models import Forum, ForumMembership
from vielfalt.network.models import Person

DASHBOARD = "/konto/start/"


def test_it_redirects_anonymous_visitors_to_the_login(client, db):
    response = client.get(DASHBOARD)

    assert response.status_code == 302
    assert response["Location"] == "/konto/login/?next=/konto/start/"


def test_a_member_sees_their_forums_with_role_but_no_edit_links(member_client):
    html = member_client.get(DASHBOARD).content.decode()

    assert "<h1>Mein Bereich</h1>" in html
    assert "Forum Sport und Freizeit" in html
    assert "<td>Mitglied</td>" in html
    assert "/foren/sport-und-freizeit/bearbeiten/" not in html
    assert "/verwaltung/" not in html
    assert "/mitmachen/anfragen/" not in html
    assert "/angebote/import/" not in html


def test_a_moderator_gets_links_to_edit_their_forum(moderator_client, other_forum):
    html = moderator_client.get(DASHBOARD).content.decode()

    assert "<td>Moderation</td>" in html
    assert "/foren/sprache-und-bildung/bearbeiten/" in html
    assert "/foren/sprache-und-bildung/mitglieder/" in html
    assert "/foren/sport-und-freizeit/bearbeiten/" not in html
    assert "/verwaltung/" not in html


def test_a_coordinator_gets_the_back_office_and_every_forum(coordinator_client, forum, other_forum):
    html = coordinator_client.get(DASHBOARD).content.decode()

    assert 'href="/verwaltung/"' in html
    assert "/foren/sprache-und-bildung/bearbeiten/" in html
    assert "/foren/sport-und-freizeit/mitglieder/" in html
    assert 'href="/mitmachen/anfragen/"' in html
    assert 'href="/angebote/import/"' in html


def test_it_offers_the_data_download_and_password_change(member_client):
    html = member_client.get(DASHBOARD).content.decode()

    assert 'href="/konto/meine-daten/"' in html
    assert 'href="/konto/password/change/"' in html


def test_a_user_without_person_sees_an_empty_page_without_error(client, db):
    from vielfalt.accounts.models import User

    client.force_login(User.objects.create_user("ohne.person@example.org", password="x"))

    response = client.get(DASHBOARD)

    assert response.status_code == 200
    assert "Sie sind noch in keinem Forum eingetragen." in response.content.decode()


def test_it_runs_the_same_number_of_queries_however_many_forums(
    client, member, django_assert_num_queries, django_assert_max_num_queries
):
    person = member.person

    def join_forums(start, count):
        for index in range(start, start + count):
            forum = Forum.objects.create(name=f"Forum {index}", slug=f"forum-{index}")
            ForumMembership.objects.create(forum=forum, person=person, role="moderator")

    client.force_login(member)
    join_forums(0, 2)
    with django_assert_max_num_queries(8) as few:
        client.get(DASHBOARD)
    join_forums(2, 20)
    with django_assert_num_queries(len(few.captured_queries)):
        html = client.get(DASHBOARD).content.decode()
    assert html.count("/bearbeiten/") == 22
    assert Person.objects.count() == 1
