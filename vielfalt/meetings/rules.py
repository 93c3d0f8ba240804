"""Who may do what with a forum's meetings (built on vielfalt.forums.rules).

The object of ``view_meeting`` and ``change_meeting`` is the forum (a meeting's
pages, its action items and attachments follow their forum); the object of
``mark_actionitem_done`` is the action item.

- members of the forum (and coordinators) read meetings and download attachments;
- moderators of the forum and coordinators create and edit meetings, action
  items and attachments;
- the person responsible for an action item may also mark it done.
"""

import rules

from vielfalt.forums.rules import is_coordinator, is_forum_member, is_forum_moderator


@rules.predicate
def is_responsible_for(user, item) -> bool:
    if item is None or not user.is_authenticated or item.responsible_id is None:
        return False
    person = user.linked_person
    return person is not None and person.pk == item.responsible_id


@rules.predicate
def moderates_item_forum(user, item) -> bool:
    return item is not None and is_forum_moderator(user, item.meeting.forum)


can_view = is_forum_member | is_coordinator
can_change = is_forum_moderator | is_coordinator

rules.add_perm("meetings.view_meeting", can_view)
rules.add_perm("meetings.view_attachment", can_view)
rules.add_perm("meetings.add_meeting", can_change)
rules.add_perm("meetings.change_meeting", can_change)
rules.add_perm("meetings.change_actionitem", can_change)
rules.add_perm("meetings.change_attachment", can_change)
rules.add_perm(
    "meetings.mark_actionitem_done", is_coordinator | moderates_item_forum | is_responsible_for
)
