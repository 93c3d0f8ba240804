"""The home page's content, rendered once per language and data version.

Rendering it took five queries and about 15 ms of template work per request
(bench/README.md, issue 18). The content block is cached with
``{% cache %}`` under a key of the language, the day (milestones and
dormant forums read differently over time) and the version
``pages:home`` in the ``lib.DataVersion`` table, which every change of what
the page shows bumps: forums, milestones, cross-cutting
themes, life phases, people and organisations (the contact block). The
version is bumped inside the changing transaction: other workers see the new
number together with the new data, when it commits.
"""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from vielfalt.lib import versions

HOME_VERSION_KEY = "pages:home"


def home_key() -> str:
    """The part of the home fragment's cache key that changes with its data."""
    return f"{versions.get(HOME_VERSION_KEY)}-{timezone.localdate().isoformat()}"


def _changed(**kwargs: Any) -> None:
    versions.bump(HOME_VERSION_KEY)


def connect_signals() -> None:
    """Called from the app's ready()."""
    from vielfalt.forums.models import Forum
    from vielfalt.network.models import Organisation, Person
    from vielfalt.process.models import Milestone
    from vielfalt.vocabularies.models import CrossCuttingTheme, LifePhase

    for model in (Forum, Milestone, CrossCuttingTheme, LifePhase, Person, Organisation):
        uid = f"home-fragment-{model._meta.label_lower}"
        post_save.connect(_changed, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"{uid}-delete")
