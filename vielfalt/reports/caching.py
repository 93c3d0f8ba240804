"""Results over all offerings, kept in the cache until the offerings change.

Counting 100,000 offerings by life phase, topic and district takes the
database most of a second. The finder's facet index already keeps a version in
the cache that every change to offerings, their relations, providers,
locations or vocabularies replaces (``offerings.facets.invalidate``: model
signals and the bulk paths); results stored under that version are right until
it changes.
"""

import hashlib
import uuid
from collections.abc import Callable
from typing import Any

from django.core.cache import cache

from vielfalt.offerings.facets import VERSION_KEY

TIMEOUT = 24 * 60 * 60


def offerings_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        if not cache.add(VERSION_KEY, version, timeout=None):
            version = cache.get(VERSION_KEY) or version
    return str(version)


def cached_over_offerings(name: str, parts: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
    """``compute()`` once per version of the offerings and per ``parts`` (ids, filters)."""
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:24]
    key = f"reports:{name}:{offerings_version()}:{digest}"
    found = cache.get(key)
    if found is None:
        found = compute()
        cache.set(key, found, TIMEOUT)
    return found
