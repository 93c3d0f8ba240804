"""Who may do what with a forum: moderators edit their own forum."""

import rules

from .models import ForumMembership


@rules.predicate
def is_moderator_of(user, forum):
    if forum is None or not user.is_authenticated:
        return False
    return ForumMembership.objects.filter(
        forum=forum, person__user=user, role=ForumMembership.Role.MODERATOR
    ).exists()


rules.add_perm("forums.change_forum", is_moderator_of)
rules.add_perm("forums.manage_members", is_moderator_of)
