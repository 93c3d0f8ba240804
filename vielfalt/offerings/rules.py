"""Who may maintain offerings: members for their own organisation.

Coordinators may do everything through the CoordinatorBackend.
"""

import rules


def user_organisation(user):
    """The organisation the signed-in user works for, or None."""
    if not user.is_authenticated:
        return None
    person = user.linked_person
    return person.organisation if person else None


@rules.predicate
def belongs_to_an_organisation(user):
    if not user.is_authenticated:
        return False
    person = user.linked_person
    return bool(person and person.organisation_id)


@rules.predicate
def works_for_provider(user, offering):
    """The user's Person belongs to the organisation that provides the offering."""
    if offering is None or not user.is_authenticated:
        return False
    person = user.linked_person
    return bool(person and person.organisation_id == offering.organisation_id)


rules.add_perm("offerings.add_offering", belongs_to_an_organisation)
rules.add_perm("offerings.change_offering", works_for_provider)
