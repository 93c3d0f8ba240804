"""Results over all offerings, kept in the cache until the offerings change.

Counting 100,000 offerings by life phase, topic and district takes the
database most of a second. The finder's facet index already keeps a version
(a ``lib.DataVersion`` row, which no cache can cull) that every change to
offerings, their relations, providers, locations or vocabularies counts up
(``offerings.facets.invalidate``: model signals and the bulk paths); results
stored under that version are right until it changes.
"""

import hashlib
from collections.abc import Callable
from typing import Any

from django.core.cache import cache

from vielfalt.lib import versions
from vielfalt.offerings.facets import VERSION_KEY

TIMEOUT = 24 * 60 * 60


def offerings_version() -> str:
    return str(versions.get(VERSION_KEY))


def cached_over_offerings(name: str, parts: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
    """``compute()`` once per version of the offerings and per ``parts`` (ids, filters)."""
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:24]
    key = f"reports:{name}:{offerings_version()}:{digest}"
    found = cache.get(key)
    if found is None:
        found = compute()
        cache.set(key, found, TIMEOUT)
    return found
