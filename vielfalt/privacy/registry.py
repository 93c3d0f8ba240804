"""The registry of personal data: every app's ``personal_data.CATEGORIES``, in one list.

See ``vielfalt.lib.personal_data`` for how an app declares its data. The
order is that of INSTALLED_APPS; erasure runs it backwards (the apps that
depend on others first) and the ``late`` erasers last.
"""

import datetime
from functools import cache
from importlib import import_module
from importlib.util import find_spec
from typing import Any

from django.apps import apps

from vielfalt.lib.personal_data import Category, Subject

MODULE = "personal_data"


@cache
def categories() -> tuple[Category, ...]:
    """All declared kinds of personal data, apps in INSTALLED_APPS order."""
    found: list[Category] = []
    for config in apps.get_app_configs():
        name = f"{config.name}.{MODULE}"
        try:
            spec = find_spec(name)
        except ModuleNotFoundError:
            spec = None
        if spec is None:
            continue
        found.extend(getattr(import_module(name), "CATEGORIES", []))
    keys = [category.key for category in found]
    duplicates = {key for key in keys if keys.count(key) > 1}
    if duplicates:
        raise ValueError(f"personal data declared twice: {sorted(duplicates)}")
    return tuple(found)


def subject_for(person=None, user=None) -> Subject:  # type: ignore[no-untyped-def]
    """The subject to erase: a person, their login, or both, with every address and name."""
    if user is None and person is not None:
        user = person.user
    if person is None and user is not None:
        person = getattr(user, "linked_person", None)
    subject = Subject(person=person, user=user)
    for holder in (person, user):
        if holder is None:
            continue
        if getattr(holder, "email", ""):
            subject.emails.add(holder.email.strip().lower())
        if getattr(holder, "name", ""):
            subject.names.add(holder.name.strip())
    return subject


def erase(subject: Subject) -> dict[str, int]:
    """Run every category's eraser on ``subject``; returns the rows touched per category.

    The caller wraps this in a transaction so that nothing is erased half.
    """
    ordered = [c for c in reversed(categories()) if c.erase and not c.late]
    ordered += [c for c in categories() if c.erase and c.late]
    return {category.key: category.erase(subject) for category in ordered}  # type: ignore[misc]


def export(subject: Subject) -> dict[str, list[dict[str, Any]]]:
    """The rows every category finds for ``subject`` by address, per category (empty ones left out)."""
    found = {}
    for category in categories():
        if category.export is not None:
            rows = category.export(subject)
            if rows:
                found[category.key] = rows
    return found


def purge(now: datetime.datetime) -> dict[str, int]:
    """Run every retention job; returns the rows deleted per category."""
    return {category.key: category.purge(now) for category in categories() if category.purge}
