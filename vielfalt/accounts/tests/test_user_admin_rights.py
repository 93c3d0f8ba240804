"""Only superusers hand out rights in the back office (issue 11, point 6)."""

import pytest
from django.contrib.auth.models import Group

from vielfalt.accounts.models import User
from vielfalt.conftest import PASSWORD, pass_second_factor
from vielfalt.network.models import Person


@pytest.fixture
def superuser(db):
    return User.objects.create_superuser("root@example.org", password=PASSWORD, name="Root")


@pytest.fixture
def superuser_client(client, superuser):
    client.force_login(superuser)
    pass_second_factor(client, superuser)
    return client


def change_url(user):
    return f"/verwaltung/accounts/user/{user.pk}/change/"


def user_form(user, **changes):
    data = {
        "email": user.email,
        "name": user.name,
        "is_active": "on" if user.is_active else "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value != ""}


def test_a_coordinator_cannot_make_themselves_superuser(coordinator_client, coordinator):
    response = coordinator_client.post(
        change_url(coordinator), user_form(coordinator, is_superuser="on"), follow=True
    )

    assert response.status_code == 200
    coordinator.refresh_from_db()
    assert not coordinator.is_superuser
    # ...and so still cannot open the pages only superusers see.
    assert coordinator_client.get("/verwaltung/auth/group/").status_code == 403


def test_a_coordinator_cannot_give_themselves_groups_or_permissions(
    coordinator_client, coordinator
):
    group = Group.objects.create(name="Alles")

    coordinator_client.post(
        change_url(coordinator), user_form(coordinator, groups=[group.pk]), follow=True
    )

    assert not coordinator.groups.exists()
    assert not coordinator.user_permissions.exists()


def test_a_coordinator_sees_the_rights_but_no_checkbox_for_them(coordinator_client, member):
    html = coordinator_client.get(change_url(member)).content.decode()

    assert 'name="name"' in html
    assert 'name="is_superuser"' not in html
    assert 'name="groups"' not in html
    assert 'name="user_permissions"' not in html


def test_a_coordinator_can_still_change_an_ordinary_account(coordinator_client, member):
    coordinator_client.post(change_url(member), user_form(member, name="Max M."), follow=True)

    member.refresh_from_db()
    assert member.name == "Max M."


def test_a_coordinator_cannot_edit_a_superusers_account(coordinator_client, superuser):
    response = coordinator_client.post(
        change_url(superuser),
        user_form(superuser, email="takeover@example.org", is_active=""),
    )

    assert response.status_code == 403
    superuser.refresh_from_db()
    assert superuser.email == "root@example.org"
    assert superuser.is_active
    html = coordinator_client.get(change_url(superuser)).content.decode()
    assert 'name="email"' not in html  # shown read-only


def test_a_coordinator_cannot_delete_a_superuser(coordinator_client, superuser):
    response = coordinator_client.post(
        f"/verwaltung/accounts/user/{superuser.pk}/delete/", {"post": "yes"}
    )
    assert response.status_code == 403

    response = coordinator_client.post(
        "/verwaltung/accounts/user/",
        {"action": "delete_selected", "_selected_action": [superuser.pk], "post": "yes"},
    )
    assert response.status_code == 403
    assert User.objects.filter(pk=superuser.pk).exists()


def test_a_coordinator_cannot_appoint_coordinators(coordinator_client, member):
    person = member.person
    url = f"/verwaltung/network/person/{person.pk}/change/"
    data = {
        "name": person.name,
        "email": person.email,
        "is_coordinator": "on",
        "user": "",
        "forum_memberships-TOTAL_FORMS": "0",
        "forum_memberships-INITIAL_FORMS": "0",
    }
    html = coordinator_client.get(url).content.decode()
    assert 'name="is_coordinator"' not in html

    coordinator_client.post(url, data, follow=True)

    person = Person.objects.get(pk=person.pk)
    assert not person.is_coordinator
    assert person.user == member


def test_a_superuser_can_hand_out_rights(superuser_client, coordinator):
    response = superuser_client.post(
        change_url(coordinator), user_form(coordinator, is_superuser="on"), follow=True
    )

    assert response.status_code == 200
    coordinator.refresh_from_db()
    assert coordinator.is_superuser
