import pytest

from vielfalt.forums.models import Forum, ForumMembership
from vielfalt.network.models import Organisation, Person

URL = "/foren/sprache-und-bildung/mitglieder/"
OTHER_URL = "/foren/sport-und-freizeit/mitglieder/"


def role_url(membership):
    return f"/foren/{membership.forum.slug}/mitglieder/{membership.pk}/rolle/"


def remove_url(membership):
    return f"/foren/{membership.forum.slug}/mitglieder/{membership.pk}/entfernen/"


@pytest.fixture
def newcomer(db, organisation):
    return Person.objects.create(
        name="Ayşe Yılmaz", email="ayse@example.org", organisation=organisation
    )


@pytest.fixture
def helper_membership(forum, organisation):
    person = Person.objects.create(
        name="Hanna Helfer", email="hanna@example.org", organisation=organisation
    )
    return ForumMembership.objects.create(forum=forum, person=person)


def mod_membership(user):
    return ForumMembership.objects.get(person__user=user, role="moderator")


# Who may see the page


def test_it_redirects_anonymous_visitors_to_the_login(client, forum):
    response = client.get(URL)

    assert response.status_code == 302
    assert response["Location"] == f"/konto/login/?next={URL}"


def test_anonymous_posts_change_nothing(client, forum, newcomer, helper_membership):
    responses = [
        client.post(URL, {"person": newcomer.pk, "role": "member"}),
        client.post(role_url(helper_membership), {"role": "moderator"}),
        client.post(remove_url(helper_membership)),
    ]

    assert all(r.status_code == 302 for r in responses)
    assert all(r["Location"].startswith("/konto/login/?next=") for r in responses)

    assert not ForumMembership.objects.filter(person=newcomer).exists()
    helper_membership.refresh_from_db()
    assert helper_membership.role == "member"


def test_a_moderator_sees_the_members_with_their_roles(moderator_client, helper_membership):
    response = moderator_client.get(URL)

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Mitglieder im Forum Sprache und Bildung</h1>" in html
    assert "Mona Moderation" in html
    assert "Hanna Helfer" in html
    assert '<option value="moderator" selected>Moderation</option>' in html
    assert '<label class="visually-hidden" for="role-' in html


def test_the_page_lists_nobody_outside_the_forum(moderator_client, newcomer, member):
    hidden = Organisation.objects.create(name="Beratungsstelle Nicht Öffentlich", slug="geheim")
    Person.objects.create(
        name="Nina Nichtöffentlich", email="nina@example.org", organisation=hidden
    )

    html = moderator_client.get(URL).content.decode()

    assert "Mona Moderation" in html  # the forum's own members
    for outsider in ("Ayşe Yılmaz", "Max Mitglied", "Sportverein Pley", "Nina Nichtöffentlich"):
        assert outsider not in html
    assert "Beratungsstelle Nicht Öffentlich" not in html
    assert "nina@example.org" not in html
    assert 'type="email" name="email"' in html


def test_a_moderator_gets_404_for_another_forum(moderator_client, forum, member, newcomer):
    membership = ForumMembership.objects.get(person__user=member)

    response = moderator_client.get(OTHER_URL)
    assert response.status_code == 404
    assert "Max Mitglied" not in response.content.decode()
    assert (
        moderator_client.post(OTHER_URL, {"email": newcomer.email, "role": "member"}).status_code
        == 404
    )
    assert moderator_client.post(role_url(membership), {"role": "moderator"}).status_code == 404
    assert moderator_client.post(remove_url(membership)).status_code == 404

    membership.refresh_from_db()
    assert membership.role == "member"
    assert not ForumMembership.objects.filter(person=newcomer).exists()


def test_a_membership_of_another_forum_cannot_be_reached_through_ones_own_forum(
    moderator_client, forum, member
):
    membership = ForumMembership.objects.get(person__user=member)

    response = moderator_client.post(
        f"/foren/sprache-und-bildung/mitglieder/{membership.pk}/entfernen/"
    )

    assert response.status_code == 404
    assert ForumMembership.objects.filter(pk=membership.pk).exists()


def test_a_member_of_another_forum_gets_404(member_client, forum, helper_membership):
    response = member_client.get(URL)
    assert response.status_code == 404
    assert "Hanna Helfer" not in response.content.decode()
    assert member_client.post(remove_url(helper_membership)).status_code == 404
    assert ForumMembership.objects.filter(pk=helper_membership.pk).exists()


def test_a_plain_member_sees_the_list_of_their_forum_but_cannot_manage_it(
    member_client, member, other_forum
):
    response = member_client.get(OTHER_URL)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Max Mitglied" in html
    assert "Rolle ändern" not in html
    assert 'type="email" name="email"' not in html
    membership = ForumMembership.objects.get(person__user=member)
    refused = member_client.post(role_url(membership), {"role": "moderator"})
    assert refused.status_code == 403
    membership.refresh_from_db()
    assert membership.role == "member"


def test_a_coordinator_manages_every_forum(coordinator_client, forum, other_forum, newcomer):
    assert coordinator_client.get(URL).status_code == 200

    response = coordinator_client.post(OTHER_URL, {"email": newcomer.email, "role": "moderator"})

    assert response.status_code == 302
    assert ForumMembership.objects.get(person=newcomer, forum=other_forum).role == "moderator"


def test_changes_need_post(moderator_client, helper_membership):
    for response in (
        moderator_client.get(role_url(helper_membership)),
        moderator_client.get(remove_url(helper_membership)),
    ):
        assert response.status_code == 405
        assert response["Allow"] == "POST"
    assert ForumMembership.objects.filter(pk=helper_membership.pk).exists()


def test_changes_need_the_csrf_token(moderator, helper_membership):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(moderator)

    response = client.post(remove_url(helper_membership))

    assert response.status_code == 403
    assert ForumMembership.objects.filter(pk=helper_membership.pk).exists()


# What moderators can do


def test_a_moderator_adds_a_person_from_the_network(moderator_client, forum, newcomer):
    response = moderator_client.post(URL, {"email": newcomer.email, "role": "member"}, follow=True)

    assert ForumMembership.objects.get(forum=forum, person=newcomer).role == "member"
    assert "Ayşe Yılmaz ist jetzt im Forum (Mitglied)." in response.content.decode()


def test_the_address_is_found_whatever_its_case(moderator_client, forum, newcomer):
    moderator_client.post(URL, {"email": " AYSE@Example.org ", "role": "member"})

    assert ForumMembership.objects.filter(forum=forum, person=newcomer).exists()


def test_an_unknown_address_is_explained_and_kept(moderator_client, forum, newcomer):
    response = moderator_client.post(URL, {"email": "ayse@example.com", "role": "moderator"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Unter dieser Adresse ist niemand im Netzwerk eingetragen." in html
    assert 'value="ayse@example.com"' in html
    assert '<option value="moderator" selected>Moderation</option>' in html.split('id="id_role"')[1]
    assert not ForumMembership.objects.filter(person=newcomer).exists()


def test_a_part_of_an_address_or_a_name_finds_nobody(moderator_client, forum, newcomer):
    for guess in ("ayse@", "Ayşe Yılmaz", "%@example.org"):
        response = moderator_client.post(URL, {"email": guess, "role": "member"})
        html = response.content.decode()
        assert "Unter dieser Adresse ist niemand im Netzwerk eingetragen." in html or (
            "gültige E-Mail-Adresse" in html
        )
        assert "ayse@example.org" not in html

    assert not ForumMembership.objects.filter(person=newcomer).exists()


def test_adding_someone_already_in_the_forum_is_refused(moderator_client, helper_membership):
    response = moderator_client.post(URL, {"email": "hanna@example.org", "role": "member"})

    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_email_error"' in html
    assert "Hanna Helfer ist schon in diesem Forum." in html
    assert ForumMembership.objects.filter(person=helper_membership.person).count() == 1


def test_adding_without_choosing_keeps_the_role(moderator_client, forum):
    response = moderator_client.post(URL, {"email": "", "role": "moderator"})

    html = response.content.decode()
    assert 'id="id_email_error"' in html
    assert '<option value="moderator" selected>Moderation</option>' in html.split('id="id_role"')[1]


def test_a_moderator_makes_a_member_moderator(moderator_client, helper_membership):
    response = moderator_client.post(role_url(helper_membership), {"role": "moderator"})

    assert response.status_code == 302
    assert response["Location"] == URL
    helper_membership.refresh_from_db()
    assert helper_membership.role == "moderator"


def test_an_unknown_role_is_refused(moderator_client, helper_membership):
    response = moderator_client.post(role_url(helper_membership), {"role": "chef"})

    assert response.status_code == 400
    helper_membership.refresh_from_db()
    assert helper_membership.role == "member"


def test_a_moderator_removes_a_member(moderator_client, helper_membership):
    response = moderator_client.post(remove_url(helper_membership), follow=True)

    assert not ForumMembership.objects.filter(pk=helper_membership.pk).exists()
    assert Person.objects.filter(pk=helper_membership.person_id).exists()
    assert "Hanna Helfer ist nicht mehr im Forum." in response.content.decode()


# The last moderator


def test_the_last_moderator_cannot_step_down(moderator_client, moderator):
    membership = mod_membership(moderator)

    response = moderator_client.post(role_url(membership), {"role": "member"})

    assert response.status_code == 400
    assert "Das Forum braucht mindestens eine Moderation." in response.content.decode()
    membership.refresh_from_db()
    assert membership.role == "moderator"


def test_the_last_moderator_cannot_remove_themselves(moderator_client, moderator):
    membership = mod_membership(moderator)

    response = moderator_client.post(remove_url(membership))

    assert response.status_code == 400
    assert ForumMembership.objects.filter(pk=membership.pk).exists()


def test_with_a_second_moderator_one_may_leave_and_loses_access(
    moderator_client, moderator, helper_membership
):
    helper_membership.role = "moderator"
    helper_membership.save()
    membership = mod_membership(moderator)

    response = moderator_client.post(remove_url(membership))

    assert response["Location"] == "/konto/start/"
    assert not ForumMembership.objects.filter(pk=membership.pk).exists()
    assert moderator_client.get(URL).status_code == 404


def test_a_coordinator_may_leave_a_forum_without_moderation(coordinator_client, moderator):
    membership = mod_membership(moderator)

    response = coordinator_client.post(role_url(membership), {"role": "member"})

    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.role == "member"


# Query count


def test_the_members_page_runs_a_constant_number_of_queries(
    moderator_client, forum, django_assert_num_queries, django_assert_max_num_queries
):
    def add_people(start, count):
        for index in range(start, start + count):
            org = Organisation.objects.create(name=f"Verein {index}", slug=f"verein-{index}")
            person = Person.objects.create(name=f"Person {index}", organisation=org)
            ForumMembership.objects.create(forum=forum, person=person)
            Person.objects.create(name=f"Außen {index}", organisation=org)  # never listed

    add_people(0, 2)
    with django_assert_max_num_queries(15) as few:
        moderator_client.get(URL)
    add_people(2, 30)
    with django_assert_num_queries(len(few.captured_queries)):
        html = moderator_client.get(URL).content.decode()
    assert html.count('name="role" id="role-') == 33
    assert "Außen 31" not in html
    assert Forum.objects.count() == 1
