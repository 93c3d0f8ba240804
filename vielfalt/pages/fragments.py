"""Public pages rendered once per language and data version (issue 18).

Rendering the home page, the forum list, a forum's page and an offering's page
cost 4–7 queries and 6–10 ms of template work per request (bench/README.md).
Their parts that are the same for every visitor are cached with
``{% cache … using="fragments" %}`` (a per-worker memory cache, see
settings.CACHES) under a key that holds the version of the data they show: a
``lib.DataVersion`` row that every change of that data bumps here, by signal,
inside the changing transaction (other workers see the new number together
with the new data, when it commits). Changes made with ``update()`` or
``bulk_create()`` send no signal; what they change is read into the key by the
view's one query instead (a forum's status, last change and member count; an
offering's status and confirmation).

- ``pages:home``: forums, milestones, cross-cutting themes, life phases,
  people and organisations (the contact block); the key adds the day
  (milestones and dormant forums read differently over time) and the forums'
  last change.
- ``forums:pages`` (vielfalt.forums.views): the forum list and a forum's page:
  forums, memberships (moderators), people and organisations (moderators'
  contact, the contact block), the collection's entries and their updates.
- ``offerings:pages`` (vielfalt.offerings.views): an offering's page: the
  offering, its texts and locations, its provider, and the vocabulary values
  and forums it names.
- The public Präventionskette (``reports.chain_views.chain_key``): the finder's index version, the
  offerings' pages, the forum list's key (forums and their entries, whose life
  phases and target groups bump it too) and ``reports:chain-cells`` (the cells
  marked as not applying).
"""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Max, Value
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

from vielfalt.forums.views import PAGE_VERSION as FORUM_PAGES_VERSION
from vielfalt.lib import versions
from vielfalt.lib.compiled import CompiledQuery
from vielfalt.offerings.views import PAGE_VERSION as OFFERING_PAGES_VERSION
from vielfalt.reports.chain_views import CHAIN_CELLS_VERSION

HOME_VERSION_KEY = "pages:home"


def home_key() -> str:
    """The part of the home fragment's cache key that changes with its data (one query)."""
    count, updated, version = _home_state.row() or (0, None, None)
    if not count:  # no row to read the version with
        version = versions.get(HOME_VERSION_KEY)
    return f"{version}-{count}-{updated}-{timezone.localdate().isoformat()}"


def _home_state_query():
    from vielfalt.forums.models import Forum

    # The forums' count and last change (a reactivation sends no signal), and the version.
    return (
        Forum.objects.order_by()
        .annotate(all=Value(1))
        .values("all")
        .annotate(
            count=Count("pk"),
            updated=Max("updated"),
            version=Max(versions.number(HOME_VERSION_KEY)),
        )
        .values_list("count", "updated", "version")
    )


_home_state = CompiledQuery(_home_state_query)


def _bumper(key: str):
    def changed(**kwargs: Any) -> None:
        versions.bump(key)

    return changed


_home_changed = _bumper(HOME_VERSION_KEY)
_forums_changed = _bumper(FORUM_PAGES_VERSION)
_offerings_changed = _bumper(OFFERING_PAGES_VERSION)
_chain_cells_changed = _bumper(CHAIN_CELLS_VERSION)


def _on_change(handler, models, name: str) -> None:
    for model in models:
        uid = f"{name}-{model._meta.label_lower}"
        post_save.connect(handler, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(handler, sender=model, dispatch_uid=f"{uid}-delete")


def _relation_bumper(key: str):
    def changed(action: str, **kwargs: Any) -> None:
        if action in ("post_add", "post_remove", "post_clear"):
            versions.bump(key)

    return changed


_offering_relation_changed = _relation_bumper(OFFERING_PAGES_VERSION)
# An entry's life phases and target groups place it in the Präventionskette.
_entry_relation_changed = _relation_bumper(FORUM_PAGES_VERSION)


def connect_signals() -> None:
    """Called from the app's ready()."""
    from vielfalt.collection.models import ApproachUpdate, Entry
    from vielfalt.forums.models import Forum, ForumMembership
    from vielfalt.network.models import Organisation, Person
    from vielfalt.offerings.models import Location, Offering, OfferingText
    from vielfalt.process.models import Milestone
    from vielfalt.vocabularies.models import (
        CrossCuttingTheme,
        District,
        Language,
        LifePhase,
        TargetGroup,
    )

    _on_change(
        _home_changed,
        (Forum, Milestone, CrossCuttingTheme, LifePhase, Person, Organisation),
        "home-fragment",
    )
    _on_change(
        _forums_changed,
        (Forum, ForumMembership, Person, Organisation, Entry, ApproachUpdate),
        "forum-pages",
    )
    _on_change(
        _offerings_changed,
        (Offering, OfferingText, Location, Organisation)
        + (Forum, LifePhase, TargetGroup, Language, District),
        "offering-pages",
    )
    for field in ("locations", "life_phases", "forums", "target_groups", "languages"):
        m2m_changed.connect(
            _offering_relation_changed,
            sender=getattr(Offering, field).through,
            dispatch_uid=f"offering-pages-{field}",
        )
    for field in ("life_phases", "target_groups"):
        m2m_changed.connect(
            _entry_relation_changed,
            sender=getattr(Entry, field).through,
            dispatch_uid=f"forum-pages-entry-{field}",
        )
    from vielfalt.reports.models import ChainCell

    _on_change(_chain_cells_changed, (ChainCell,), "chain-cells")
