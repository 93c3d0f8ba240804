"""The forum predicates and perms other apps build on, for every role."""

from django.contrib.auth.models import AnonymousUser

from vielfalt.forums import rules as forum_rules

PERMS = [
    "forums.view_workspace",
    "forums.view_members",
    "forums.change_forum",
    "forums.manage_members",
    "forums.reactivate_forum",
]


def granted(user, forum):
    return {perm for perm in PERMS if user.has_perm(perm, forum)}


def test_anonymous_visitors_hold_nothing(forum):
    anonymous = AnonymousUser()

    assert not forum_rules.is_coordinator(anonymous)
    assert not forum_rules.is_forum_member(anonymous, forum)
    assert not forum_rules.is_forum_moderator(anonymous, forum)
    assert granted(anonymous, forum) == set()


def test_a_member_sees_the_workspace_of_their_own_forum_only(member, forum, other_forum):
    assert forum_rules.is_forum_member(member, other_forum)
    assert not forum_rules.is_forum_moderator(member, other_forum)
    assert granted(member, other_forum) == {"forums.view_workspace", "forums.view_members"}

    assert not forum_rules.is_forum_member(member, forum)
    assert granted(member, forum) == set()


def test_a_moderator_counts_as_member_and_runs_their_forum(moderator, forum, other_forum):
    assert forum_rules.is_forum_member(moderator, forum)
    assert forum_rules.is_forum_moderator(moderator, forum)
    assert granted(moderator, forum) == {
        "forums.view_workspace",
        "forums.view_members",
        "forums.change_forum",
        "forums.manage_members",
    }
    assert granted(moderator, other_forum) == set()


def test_a_coordinator_holds_every_perm_without_being_a_member(coordinator, forum):
    assert forum_rules.is_coordinator(coordinator)
    assert not forum_rules.is_forum_member(coordinator, forum)
    assert granted(coordinator, forum) == set(PERMS)


def test_no_forum_means_no_membership(moderator):
    assert not forum_rules.is_forum_member(moderator, None)
    assert not forum_rules.is_forum_moderator(moderator, None)
