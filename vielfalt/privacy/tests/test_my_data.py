import json

from vielfalt.accounts.models import User

URL = "/konto/meine-daten/"


def test_it_redirects_anonymous_visitors_to_the_login(client, db):
    response = client.get(URL)

    assert response.status_code == 302
    assert response["Location"].startswith("/konto/login/")


def test_a_member_downloads_their_own_data(member_client, member):
    response = member_client.get(URL)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["person"]["name"] == "Max Mitglied"
    assert data["person"]["organisation"] == "Sportverein Pley"
    assert data["user"]["email"] == "max@example.org"
    assert data["forum_memberships"] == [
        {
            "forum": "Sport und Freizeit",
            "forum_slug": "sport-und-freizeit",
            "role": "member",
            "joined_on": data["forum_memberships"][0]["joined_on"],
        }
    ]
    assert "password" not in json.dumps(data)


def test_it_holds_nobody_elses_data(member_client, moderator, coordinator):
    text = member_client.get(URL).content.decode()

    assert "mona@example.org" not in text
    assert "Mona Moderation" not in text
    assert "clara@example.org" not in text


def test_a_login_without_person_gets_the_login_data(client, db):
    user = User.objects.create_user("solo@example.org", password="x", name="Solo")
    client.force_login(user)

    data = json.loads(client.get(URL).content)

    assert data["person"] is None
    assert data["user"]["email"] == "solo@example.org"
