"""A person's data, for the right of access (export) and to erasure (GDPR Art. 15, 17)."""

from collections.abc import Collection
from typing import Any

from django.core import serializers
from django.db import transaction
from django.db.models import Model

from vielfalt.accounts.models import User
from vielfalt.forums.models import ForumMembership
from vielfalt.network.models import Person

from . import registry

# The login's fields worth exporting; the password hash and flags are not data about the person.
USER_FIELDS = ["email", "name", "is_active", "date_joined", "last_login"]


def row(obj: Model) -> dict[str, Any]:
    """One model instance as a plain dict (foreign keys as ids)."""
    data = serializers.serialize("python", [obj])[0]
    return {"id": data["pk"], **data["fields"]}


def related_rows(obj: Model, skip: Collection[type[Model]] = ()) -> dict[str, list[dict[str, Any]]]:
    """Rows of other models that point at ``obj`` by a foreign key or one-to-one link."""
    rows: dict[str, list[dict[str, Any]]] = {}
    for relation in obj._meta.related_objects:
        model = relation.related_model
        if relation.many_to_many or model in skip:
            continue
        found = [row(item) for item in model._default_manager.filter(**{relation.field.name: obj})]
        if found:
            rows[model._meta.label] = found
    return rows


def user_data(user: User) -> dict[str, Any]:
    return {field: getattr(user, field) for field in USER_FIELDS}


def person_data(person: Person) -> dict[str, Any]:
    """Everything the network stores about ``person``, ready for DjangoJSONEncoder.

    Besides the person, their login and forum memberships it lists the rows of
    every other model that points at the person or the login, so data that
    later apps store is included without changing this function.
    """
    user = person.user
    return {
        "person": {
            **row(person),
            "organisation": person.organisation.name if person.organisation else None,
        },
        "user": user_data(user) if user else None,
        "forum_memberships": [
            {
                "forum": membership.forum.name,
                "forum_slug": membership.forum.slug,
                "role": membership.role,
                "joined_on": membership.joined_on,
            }
            for membership in person.forum_memberships.select_related("forum")
        ],
        "other": {
            **related_rows(person, skip={ForumMembership}),
            **(related_rows(user, skip={Person}) if user else {}),
        },
        "by_address": registry.export(registry.subject_for(person=person)),
    }


def account_data(user: User) -> dict[str, Any]:
    """The export for a logged-in user: their person's data, or the login alone."""
    person = user.linked_person
    if person is not None:
        return person_data(person)
    return {
        "person": None,
        "user": user_data(user),
        "other": related_rows(user),
        "by_address": registry.export(registry.subject_for(user=user)),
    }


def erase_person(person: Person) -> dict[str, int]:
    """Erase the person everywhere: every app's declared personal data about them
    (their login, memberships, join requests also those matched by address,
    mails to them, the admin history naming them). All or nothing.

    Returns the rows touched per kind of data (see ``vielfalt.privacy.registry``).
    """
    with transaction.atomic():
        return registry.erase(registry.subject_for(person=person))
