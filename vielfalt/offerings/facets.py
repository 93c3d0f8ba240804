"""The finder's filter counts, from an in-memory index of bitmaps.

Counting, for every filter value, how many offerings the other filters
leave means one GROUP BY over a large join per filter group: hundreds of
milliseconds at 100,000 offerings. Instead each worker keeps, for the public
offerings numbered in name order, one bitmap (a Python int) per filter value.
A filter is an OR of bitmaps, a combination an AND, and a count is
``int.bit_count()``: microseconds, whatever the filters.

The index is rebuilt when its version (a ``DataVersion`` row, which no cache
can cull) changes; every change to what the finder counts or searches calls
``invalidate()``: the signals below, which leave out saves that change
nothing the finder uses, and the bulk paths explicitly.

Each build also holds the recent text searches' ranked ids (``SearchCache``),
bounded in bytes, so that a few broad searches cannot fill a worker's memory.

Memory and rebuild time at 100,000 and 1,000,000 offerings: see
docs/architecture.md ("Finder counts in memory").
"""

import sys
import threading
import time
import uuid
from array import array
from collections import OrderedDict
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_init, post_save

from vielfalt.lib import versions

from .models import Location, Offering
from .text_index import TextIndex, pack

VERSION_KEY = "offerings:facet-index"
# Saving an offering with update_fields changes the finder only with one of these.
FINDER_FIELDS = {
    "name",
    "short_description",
    "description",
    "organisation",
    "organisation_id",
    "is_public",
    "status",
    "is_free",
    "for_professionals",
}
DEFAULT_SEARCH_CACHE_BYTES = 16 * 1024 * 1024
FEW = 32  # ids_in_order() takes up to this many first ids bit by bit


class SearchCache:
    """Recent text searches' results, least recently used dropped first.

    A result is the bitmaps of the matches (from the index of words), or
    the ranked ids from the database while that index is being built.

    Bounded by the bytes the ids take (8 per id in an ``array``, plus the
    key), not by the number of searches: one broad search at 100,000
    offerings holds tens of thousands of ids, a narrow one a handful.
    """

    ENTRY_OVERHEAD = 200  # the key, the array header and the dict slot, roughly

    def __init__(self, budget):
        self.budget = budget
        self.used = 0
        self._entries = OrderedDict()

    def __len__(self):
        return len(self._entries)

    def get(self, key):
        ids = self._entries.get(key)
        if ids is not None:
            self._entries.move_to_end(key)
        return ids

    def put(self, key, ids):
        """Keep ``ids`` (an iterable of ints, or a tuple of bitmaps) under ``key``; returns them as stored."""
        stored = ids if isinstance(ids, tuple) else array("q", ids)
        size = self.size_of(key, stored)
        old = self._entries.pop(key, None)
        if old is not None:
            self.used -= self.size_of(key, old)
        if size > self.budget:
            return stored  # larger than the whole budget: answered, not kept
        self._entries[key] = stored
        self.used += size
        while self.used > self.budget:
            old_key, old_ids = self._entries.popitem(last=False)
            self.used -= self.size_of(old_key, old_ids)
        return stored

    @classmethod
    def size_of(cls, key, ids):
        if isinstance(ids, tuple):
            held = sum(sys.getsizeof(bitmap) for bitmap in ids)
        else:
            held = ids.itemsize * len(ids)
        return held + sys.getsizeof(key) + cls.ENTRY_OVERHEAD


def search_cache_budget():
    return getattr(settings, "FINDER_SEARCH_CACHE_BYTES", DEFAULT_SEARCH_CACHE_BYTES)


# Facet key -> (through model, column of the value) for the direct relations.
M2M_FACETS = {
    "phase": ("life_phases", "lifephase_id"),
    "topic": ("forums", "forum_id"),
    "group": ("target_groups", "targetgroup_id"),
    "language": ("languages", "language_id"),
}


@dataclass
class FacetIndex:
    version: int
    ids: array  # offering ids by position (name order), 8 bytes each
    positions: array  # offering id -> position (-1: not in the index), 4 bytes per id
    free: int  # bitmap of the free offerings
    professional: int = 0  # bitmap of the offerings for professionals (not for families)
    paused: int = 0  # bitmap of the paused offerings
    bitmaps: dict = field(default_factory=dict)  # facet key -> {value id: bitmap}
    # Differs for every build, also when this worker rebuilds within a transaction.
    token: str = field(default_factory=lambda: uuid.uuid4().hex)
    searches: SearchCache = field(default_factory=lambda: SearchCache(search_cache_budget()))
    build_seconds: float = 0.0
    # The words of the offerings' texts (text_index.py); None until built, and
    # meanwhile the text search asks the database.
    text: TextIndex | None = None
    text_seconds: float = 0.0

    def memory_bytes(self):
        """What the index itself holds (ids, positions, bitmaps), without the searches."""
        size = sys.getsizeof(self.ids) + sys.getsizeof(self.positions)
        size += sum(sys.getsizeof(b) for b in (self.free, self.professional, self.paused))
        for per_value in self.bitmaps.values():
            size += sys.getsizeof(per_value)
            size += sum(sys.getsizeof(bitmap) for bitmap in per_value.values())
        return size

    def position(self, pk):
        """The offering's position, or -1 when it is not in the index."""
        return self.positions[pk] if 0 <= pk < len(self.positions) else -1

    @property
    def everything(self):
        return (1 << len(self.ids)) - 1

    @property
    def families(self):
        """What the finder shows by default and the chain counts: ``Offering.objects.for_families()``."""
        return self.everything & ~self.professional

    def bitmap_of(self, offering_ids):
        """The bitmap of those ``offering_ids`` that are in the index."""
        positions, size = self.positions, len(self.positions)
        found = (positions[pk] if 0 <= pk < size else -1 for pk in offering_ids)
        return self._pack(position for position in found if position >= 0)

    def any_of(self, key, value_ids):
        """Offerings having at least one of the values (0 when none is given)."""
        bitmap = 0
        for value_id in value_ids:
            bitmap |= self.bitmaps[key].get(value_id, 0)
        return bitmap

    def counts(self, key, within):
        """Value id -> number of offerings in ``within`` that have it."""
        return {
            value_id: (within & bitmap).bit_count()
            for value_id, bitmap in self.bitmaps[key].items()
        }

    def ids_in_order(self, bitmap, start, stop):
        """The ids of the set bits number ``start`` to ``stop`` (exclusive), in name order."""
        if start == 0 and stop <= FEW:
            # The first few: take the lowest set bit again and again (each step
            # a handful of big-integer operations, no loop over the bytes).
            found = []
            while bitmap and len(found) < stop:
                lowest = bitmap & -bitmap
                found.append(self.ids[lowest.bit_length() - 1])
                bitmap ^= lowest
            return found
        found = []
        seen = 0
        data = bitmap.to_bytes((len(self.ids) + 7) // 8, "little")
        for byte_index, byte in enumerate(data):
            if not byte:
                continue
            ones = byte.bit_count()
            if seen + ones <= start:
                seen += ones
                continue
            for bit in range(8):
                if byte >> bit & 1:
                    if seen >= start:
                        found.append(self.ids[byte_index * 8 + bit])
                        if len(found) == stop - start:
                            return found
                    seen += 1
        return found

    def ids_among(self, ordered_ids, bitmap, start, stop):
        """Those of ``ordered_ids`` in ``bitmap``, number ``start`` to ``stop``, in their order."""
        data = bitmap.to_bytes((len(self.ids) + 7) // 8, "little")
        position_of = self.position
        found = []
        for pk in ordered_ids:
            position = position_of(pk)
            if position >= 0 and data[position >> 3] >> (position & 7) & 1:
                found.append(pk)
                if len(found) == stop:
                    break
        return found[start:stop]

    def ids_in_tiers(self, tiers, start, stop):
        """The ids number ``start`` to ``stop`` of the bitmaps ``tiers`` one after the other,
        each in name order (the best ranked matches first, see text_index.score_tiers)."""
        found = []
        for tier in tiers:
            size = tier.bit_count()
            if start < size:
                found += self.ids_in_order(tier, start, min(stop, size))
            start, stop = max(0, start - size), stop - size
            if stop <= 0:
                break
        return found

    @classmethod
    def build(cls, version, with_text=True):
        started = time.perf_counter()
        index = cls._build(version)
        index.build_seconds = time.perf_counter() - started
        if with_text:
            index.add_text()
        return index

    def add_text(self):
        """Build the index of the offerings' words (``self.text``)."""
        started = time.perf_counter()
        rows = Offering.objects.public().values_list("pk", "search_name", "search_text")
        self.text = TextIndex.build(rows.iterator(chunk_size=5_000), self.positions, len(self.ids))
        self.text_seconds = time.perf_counter() - started

    @classmethod
    def _build(cls, version):
        rows = (
            Offering.objects.public()
            .order_by("name", "pk")
            .values_list("pk", "is_free", "for_professionals", "status")
        )
        ids, free, professional, paused = array("q"), [], [], []
        for position, (pk, is_free, for_professionals, status) in enumerate(
            rows.iterator(chunk_size=10_000)
        ):
            ids.append(pk)
            if is_free:
                free.append(position)
            if for_professionals:
                professional.append(position)
            if status == Offering.Status.PAUSED:
                paused.append(position)
        positions = array("i", [-1]) * (max(ids, default=0) + 1)
        for position, pk in enumerate(ids):
            positions[pk] = position
        index = cls(version, ids, positions, 0)
        index.free = index._pack(free)
        index.professional = index._pack(professional)
        index.paused = index._pack(paused)
        for key, (relation, column) in M2M_FACETS.items():
            through = getattr(Offering, relation).through
            pairs = through.objects.values_list("offering_id", column)
            index.bitmaps[key] = index._pack_pairs(pairs)
        district_pairs = Offering.locations.through.objects.filter(
            location__district__isnull=False
        ).values_list("offering_id", "location__district_id")
        index.bitmaps["district"] = index._pack_pairs(district_pairs)
        return index

    def _pack(self, positions):
        return pack(positions, len(self.ids))

    def _pack_pairs(self, pairs):
        size = (len(self.ids) + 7) // 8
        per_value = {}
        positions, known = self.positions, len(self.positions)
        for offering_id, value_id in pairs.iterator(chunk_size=20_000):
            position = positions[offering_id] if offering_id < known else -1
            if position < 0:
                continue
            bits = per_value.get(value_id)
            if bits is None:
                bits = per_value[value_id] = bytearray(size)
            bits[position >> 3] |= 1 << (position & 7)
        return {value_id: int.from_bytes(bits, "little") for value_id, bits in per_value.items()}


_current = None
_lock = threading.Lock()
_rebuilding = threading.Event()  # set while a thread builds the next index


def current_index() -> "FacetIndex":
    """This worker's index, rebuilt if the data changed since it was built.

    A small index is rebuilt at once. A large one (``FINDER_BACKGROUND_REBUILD_FROM``
    offerings or more; 1–1.5 s at 100,000) is rebuilt by a thread while the
    requests go on with the index they have: for that second the counts can
    lag behind one change, but no visitor waits for a rebuild that another
    person's edit caused. The worker that made the change dropped its index
    (``invalidate()``) and rebuilds at once, so an editor sees their change.
    """
    global _current
    version = versions.get(VERSION_KEY)
    index = _current
    if index is not None and index.version == version:
        return index
    if index is not None and len(index.ids) >= background_rebuild_from():
        _rebuild_in_background(version)
        return index
    with _lock:
        if _current is None or _current.version != version:
            index = FacetIndex.build(version, with_text=False)
            small = len(index.ids) < background_rebuild_from()
            if small:
                index.add_text()
            _current = index
            if not small:
                # The words take longer than the counts (3–5 s at 100,000): a
                # thread adds them while the text search asks the database.
                _add_text_in_background(index)
        return _current


def background_rebuild_from():
    return getattr(settings, "FINDER_BACKGROUND_REBUILD_FROM", 20_000)


def _rebuild_in_background(version):
    if _rebuilding.is_set():
        return
    _rebuilding.set()
    threading.Thread(target=_rebuild, args=(version,), name="facet-index", daemon=True).start()


def _rebuild(version):
    """The rebuilding thread: build, put in place, close this thread's connection."""
    from django.db import connection

    try:
        build_and_install(version)
    finally:
        connection.close()
        _rebuilding.clear()


_text_lock = threading.Lock()  # one thread at a time reads the texts


def _add_text_in_background(index):
    threading.Thread(target=_add_text, args=(index,), name="text-index", daemon=True).start()


def _add_text(index):
    """The thread adding the words to ``index``: then it closes its database connection."""
    from django.db import connection

    try:
        add_text_if_current(index)
    finally:
        connection.close()


def add_text_if_current(index):
    """Add the words to ``index``, unless a newer index replaced it meanwhile."""
    with _text_lock:
        if _current is index and index.text is None:
            index.add_text()


def build_and_install(version):
    """Build the index of ``version`` and use it from now on, unless a newer one is in place."""
    global _current
    index = FacetIndex.build(version)
    with _lock:
        if _current is None or _current.version < index.version:
            _current = index


def _bump():
    versions.bump(VERSION_KEY)


def invalidate():
    """Mark the index as out of date: in this worker at once, in all after the commit.

    Inside a transaction the shared version is bumped once, when it commits
    (no worker can rebuild from data that is not yet committed, and deleting
    many offerings does not write to the cache once per row).
    """
    global _current
    _current = None
    connection = transaction.get_connection()
    if connection.in_atomic_block and any(
        func is _bump for _savepoints, func, _robust in connection.run_on_commit
    ):
        return
    transaction.on_commit(_bump)


def _invalidate_on_signal(**kwargs):
    invalidate()


def _invalidate_on_m2m(action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        invalidate()


def _offering_saved(instance, created, update_fields=None, **kwargs):
    # Offering.save() tells whether a field the finder uses changed since the
    # row was loaded; a save without that knowledge (raw, fixtures) invalidates.
    changed = instance.__dict__.get("_finder_changed")
    if changed is None:
        changed = (
            created or update_fields is None or bool(FINDER_FIELDS.intersection(update_fields))
        )
    if changed:
        invalidate()


# A location or a provider counts for the finder by one field each: remember it
# when the row is loaded and invalidate only when a save changed it.
WATCHED = {"location": "district_id", "organisation": "is_public"}


def _remember(sender, instance, **kwargs):
    attribute = WATCHED[sender._meta.model_name]
    instance._finder_before = instance.__dict__.get(attribute)


def _watched_saved(sender, instance, created, **kwargs):
    attribute = WATCHED[sender._meta.model_name]
    now = instance.__dict__.get(attribute)
    if not created and getattr(instance, "_finder_before", now) != now:
        invalidate()
    instance._finder_before = now


def connect_signals():
    """Changes that alter what the finder counts (called from the app's ready()).

    Saving a vocabulary value or a forum changes no count (the finder reads
    their names per request); deleting one removes its relations without
    m2m signals, so deletions always invalidate. A provider's new name
    reaches the search text through ``refresh_search_index``, which invalidates.
    """
    from vielfalt.forums.models import Forum
    from vielfalt.network.models import Organisation
    from vielfalt.vocabularies.models import District, Language, LifePhase, TargetGroup

    post_save.connect(_offering_saved, sender=Offering, dispatch_uid="facet-index-offering-save")
    for model in (Location, Organisation):
        uid = f"facet-index-{model._meta.label_lower}"
        post_init.connect(_remember, sender=model, dispatch_uid=f"{uid}-init")
        post_save.connect(_watched_saved, sender=model, dispatch_uid=f"{uid}-save")
    for model in (
        Offering,
        Location,
        Organisation,
        Forum,
        District,
        Language,
        LifePhase,
        TargetGroup,
    ):
        uid = f"facet-index-{model._meta.label_lower}"
        post_delete.connect(_invalidate_on_signal, sender=model, dispatch_uid=f"{uid}-delete")
    for relation in (*(relation for relation, _column in M2M_FACETS.values()), "locations"):
        through = getattr(Offering, relation).through
        m2m_changed.connect(
            _invalidate_on_m2m, sender=through, dispatch_uid=f"facet-index-m2m-{relation}"
        )
