"""Who may do what with a forum's collection (on top of vielfalt.forums.rules).

- Members of a forum and coordinators see its collection board and entries.
- Members add entries and change the entries they created themselves.
- The forum's moderators change every entry of their forum and publish or
  unpublish it; coordinators may do everything, in every forum.
- The coordinators' overview across all forums is for coordinators only.

Object of the ``*_collection`` and ``add_entry`` perms: the forum; of the
``*_entry`` perms: the entry.
"""

import rules

from vielfalt.forums.rules import is_coordinator, is_forum_member, is_forum_moderator


@rules.predicate
def is_member_of_entry_forum(user, entry) -> bool:
    return entry is not None and is_forum_member(user, entry.forum)


@rules.predicate
def is_moderator_of_entry_forum(user, entry) -> bool:
    return entry is not None and is_forum_moderator(user, entry.forum)


@rules.predicate
def is_entry_author(user, entry) -> bool:
    if entry is None or entry.created_by_id is None or not user.is_authenticated:
        return False
    person = user.linked_person
    return person is not None and person.pk == entry.created_by_id


rules.add_perm("collection.view_collection", is_forum_member | is_coordinator)
rules.add_perm("collection.add_entry", is_forum_member | is_coordinator)
rules.add_perm("collection.view_entry", is_member_of_entry_forum | is_coordinator)
rules.add_perm(
    "collection.change_entry",
    (is_entry_author & is_member_of_entry_forum) | is_moderator_of_entry_forum | is_coordinator,
)
rules.add_perm("collection.publish_entry", is_moderator_of_entry_forum | is_coordinator)
rules.add_perm("collection.view_overview", is_coordinator)
