"""The collection's permissions, per role."""

from django.contrib.auth.models import AnonymousUser

from vielfalt.collection.models import Entry


def test_coordinators_may_do_everything(coordinator, forum, need):
    for perm in ["view_entry", "change_entry", "publish_entry"]:
        assert coordinator.has_perm(f"collection.{perm}", need)
    assert coordinator.has_perm("collection.add_entry", forum)
    assert coordinator.has_perm("collection.view_overview")


def test_moderators_run_their_own_forum_only(moderator, forum, need, other_need):
    assert moderator.has_perm("collection.change_entry", need)
    assert moderator.has_perm("collection.publish_entry", need)
    assert moderator.has_perm("collection.add_entry", forum)
    assert not moderator.has_perm("collection.view_entry", other_need)
    assert not moderator.has_perm("collection.change_entry", other_need)
    assert not moderator.has_perm("collection.view_overview")


def test_members_change_their_own_entries_only(forum_member, forum, need):
    own = Entry.objects.create(
        forum=forum, kind="need", title="Eigener", created_by=forum_member.person
    )
    assert forum_member.has_perm("collection.add_entry", forum)
    assert forum_member.has_perm("collection.view_entry", need)
    assert forum_member.has_perm("collection.change_entry", own)
    assert not forum_member.has_perm("collection.change_entry", need)
    assert not forum_member.has_perm("collection.publish_entry", own)


def test_an_author_who_left_the_forum_may_no_longer_change_the_entry(forum_member, forum):
    own = Entry.objects.create(
        forum=forum, kind="need", title="Eigener", created_by=forum_member.person
    )
    forum_member.person.forum_memberships.all().delete()
    assert not forum_member.has_perm("collection.change_entry", own)


def test_members_of_another_forum_and_anonymous_visitors_may_do_nothing(member, forum, need):
    for user in (member, AnonymousUser()):
        assert not user.has_perm("collection.add_entry", forum)
        assert not user.has_perm("collection.view_entry", need)
        assert not user.has_perm("collection.change_entry", need)
        assert not user.has_perm("collection.publish_entry", need)
