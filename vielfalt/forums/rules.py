"""Who may do what with a forum.

Other apps (meetings, collection, ...) build on these predicates:

- ``is_coordinator(user)``: the user runs the network (``User.is_coordinator``);
- ``is_forum_member(user, forum)``: the user's Person belongs to the forum,
  in any role (moderators count as members);
- ``is_forum_moderator(user, forum)``: the user's Person moderates the forum.

Coordinators also hold every ``forums.*`` permission through the
``CoordinatorBackend``; the perms below name them explicitly anyway, so that
the rules read completely on their own.
"""

import rules

from .models import ForumMembership


@rules.predicate
def is_coordinator(user) -> bool:
    return bool(user.is_authenticated and user.is_coordinator)


def _membership_role(user, forum) -> str | None:
    if forum is None or not user.is_authenticated:
        return None
    return (
        ForumMembership.objects.filter(forum=forum, person__user=user)
        .values_list("role", flat=True)
        .first()
    )


@rules.predicate
def is_forum_member(user, forum) -> bool:
    return _membership_role(user, forum) is not None


@rules.predicate
def is_forum_moderator(user, forum) -> bool:
    return _membership_role(user, forum) == ForumMembership.Role.MODERATOR


# Kept for callers of the earlier name.
is_moderator_of = is_forum_moderator

# A forum's inner pages (meetings, collection, member list): members only.
rules.add_perm("forums.view_workspace", is_forum_member | is_coordinator)
rules.add_perm("forums.view_members", is_forum_member | is_coordinator)
# Moderators run their own forum.
rules.add_perm("forums.change_forum", is_forum_moderator | is_coordinator)
rules.add_perm("forums.manage_members", is_forum_moderator | is_coordinator)
# Bringing a dormant forum back is the coordinators' decision.
rules.add_perm("forums.reactivate_forum", is_coordinator)
