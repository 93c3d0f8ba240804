"""Who may triage impulses: coordinators everywhere, moderators in their forums.

An impulse without a forum waits for the coordinators; a moderator sees and
decides the impulses of the forums they moderate, and sorts only into those.
"""

import rules
from django.db.models import QuerySet

from vielfalt.forums.models import Forum, ForumMembership
from vielfalt.forums.rules import is_coordinator, is_forum_moderator

from .models import Impulse


def moderated_forums(user) -> QuerySet[Forum]:
    """The forums a user may triage for: all for coordinators, else the ones they moderate."""
    if not user.is_authenticated:
        return Forum.objects.none()
    if user.is_coordinator:
        return Forum.objects.all()
    return Forum.objects.filter(
        memberships__person__user=user, memberships__role=ForumMembership.Role.MODERATOR
    )


def triageable_impulses(user) -> QuerySet[Impulse]:
    """The impulses in the user's inbox: confirmed ones, of the forums they triage for."""
    impulses = Impulse.objects.exclude(status=Impulse.Status.UNCONFIRMED)
    if user.is_authenticated and user.is_coordinator:
        return impulses
    return impulses.filter(forum__in=moderated_forums(user))


@rules.predicate
def moderates_any_forum(user) -> bool:
    return moderated_forums(user).exists()


@rules.predicate
def moderates_impulse_forum(user, impulse) -> bool:
    return impulse is not None and is_forum_moderator(user, impulse.forum)


rules.add_perm("collection.triage_impulses", is_coordinator | moderates_any_forum)
rules.add_perm("collection.decide_impulse", is_coordinator | moderates_impulse_forum)
# Adding an impulse by hand, for a forum (None: without a forum, coordinators only).
rules.add_perm("collection.add_impulse", is_coordinator | is_forum_moderator)
