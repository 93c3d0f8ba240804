import json
import re

import pytest
from django.core import mail

from vielfalt.accounts.models import User
from vielfalt.forums.models import ForumMembership
from vielfalt.network.models import Person

CHANGELIST = "/verwaltung/network/person/"


def run_action(client, action, people, **extra):
    data = {"action": action, "_selected_action": [p.pk for p in people], **extra}
    return client.post(CHANGELIST, data, follow=not extra.get("no_follow"))


@pytest.fixture
def newcomer(db, organisation):
    return Person.objects.create(
        name="Ayşe Yılmaz", email="ayse@example.org", organisation=organisation
    )


@pytest.fixture
def no_email(db):
    return Person.objects.create(name="Bernd ohne Mail")


def messages_of(response):
    return [str(m) for m in response.context["messages"]]


# Invitations


def test_a_coordinator_invites_people(
    coordinator_client, newcomer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = run_action(coordinator_client, "send_invitation", [newcomer])

    assert "Einladung wird verschickt an: Ayşe Yılmaz" in messages_of(response)
    newcomer.refresh_from_db()
    assert newcomer.user.email == "ayse@example.org"
    [message] = mail.outbox
    assert re.search(r"/konto/einladung/[^/]+/[^/]+/", message.body)


def test_people_without_email_get_a_clear_admin_message(
    coordinator_client, newcomer, no_email, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = run_action(coordinator_client, "send_invitation", [newcomer, no_email])

    texts = messages_of(response)
    assert "Bernd ohne Mail hat keine E-Mail-Adresse. Bitte tragen Sie zuerst eine ein." in texts
    assert "Einladung wird verschickt an: Ayşe Yılmaz" in texts
    assert len(mail.outbox) == 1
    no_email.refresh_from_db()
    assert no_email.user is None


def test_people_with_a_password_are_not_invited_again(coordinator_client, member):
    response = run_action(coordinator_client, "send_invitation", [member.person])

    assert any("hat schon ein Passwort" in text for text in messages_of(response))
    assert mail.outbox == []


@pytest.mark.parametrize("who", ["moderator_client", "member_client", "client"])
@pytest.mark.parametrize("action", ["send_invitation", "export_data", "erase_people"])
def test_the_actions_are_closed_to_everyone_but_coordinators(request, who, action, newcomer):
    client = request.getfixturevalue(who)

    response = client.post(
        CHANGELIST, {"action": action, "_selected_action": [newcomer.pk], "post": "yes"}
    )

    assert response.status_code == 302
    assert "/verwaltung/login/" in response["Location"]
    assert Person.objects.filter(pk=newcomer.pk, user=None).exists()
    assert mail.outbox == []


# Export


@pytest.mark.argon2  # it checks that the Argon2 hash is left out
def test_a_coordinator_exports_a_persons_data_as_json(coordinator_client, moderator, forum):
    person = moderator.person

    response = run_action(coordinator_client, "export_data", [person])

    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    [data] = json.loads(response.content)["people"]
    assert data["person"]["name"] == "Mona Moderation"
    assert data["person"]["email"] == "mona@example.org"
    assert data["user"]["email"] == "mona@example.org"
    assert "last_login" in data["user"]
    assert data["forum_memberships"][0]["forum"] == "Sprache und Bildung"
    assert data["forum_memberships"][0]["role"] == "moderator"
    assert "argon2" not in response.content.decode()


# Erase


def test_erasing_asks_for_confirmation_first(coordinator_client, member):
    person = member.person

    response = run_action(coordinator_client, "erase_people", [person])

    html = response.content.decode()
    assert response.status_code == 200
    assert "Max Mitglied" in html
    assert "1 Forumsmitgliedschaft" in html
    assert "Benutzerkonto max@example.org" in html
    assert 'name="post" value="yes"' in html
    assert Person.objects.filter(pk=person.pk).exists()


def test_after_confirmation_the_person_their_user_and_memberships_are_gone(
    coordinator_client, member
):
    person = member.person

    response = run_action(coordinator_client, "erase_people", [person], post="yes")

    assert "Endgültig gelöscht: Max Mitglied" in messages_of(response)
    assert not Person.objects.filter(pk=person.pk).exists()
    assert not User.objects.filter(email="max@example.org").exists()
    assert not ForumMembership.objects.filter(person_id=person.pk).exists()


def test_a_coordinator_cannot_erase_themselves(coordinator_client, coordinator):
    response = run_action(coordinator_client, "erase_people", [coordinator.person], post="yes")

    assert any("Nicht gelöscht" in text for text in messages_of(response))
    assert User.objects.filter(pk=coordinator.pk).exists()


def test_a_superuser_account_is_not_erased_here(coordinator_client, member):
    member.is_superuser = True
    member.save()

    run_action(coordinator_client, "erase_people", [member.person], post="yes")

    assert User.objects.filter(pk=member.pk).exists()
    assert Person.objects.filter(pk=member.person.pk).exists()


def test_the_person_page_has_an_invite_button_until_a_password_is_set(
    coordinator_client, newcomer, member
):
    page = coordinator_client.get(f"/verwaltung/network/person/{newcomer.pk}/change/")
    assert 'value="send_invitation"' in page.content.decode()

    page = coordinator_client.get(f"/verwaltung/network/person/{member.person.pk}/change/")
    assert 'value="send_invitation"' not in page.content.decode()


def test_the_invite_button_sends_the_invitation(
    coordinator_client, newcomer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator_client.post(
            CHANGELIST, {"action": "send_invitation", "_selected_action": newcomer.pk}, follow=True
        )

    assert "Einladung wird verschickt an: Ayşe Yılmaz" in messages_of(response)
    assert len(mail.outbox) == 1
