"""The reports' counts of offerings, from the finder's in-memory facet index.

A filter of the reports (``filters.ChainListFilter``: life phase, topic,
district, target group) is an AND of the index's bitmaps, a count is
``int.bit_count()``: the coverage matrix and the gaps list count 100,000
offerings in microseconds, always from the same data as the finder and the
Präventionskette, with nothing to keep in a cache.
"""

from collections.abc import Iterable
from typing import Any

from vielfalt.offerings.facets import FacetIndex, current_index

# ChainListFilter key -> the index's facet key (the same relations as ChainListFilter.apply).
FILTERED = {"phase": "phase", "topic": "topic", "district": "district", "group": "group"}


def running_for_families(filters: Any, index: FacetIndex | None = None) -> tuple[FacetIndex, int]:
    """The index and the bitmap of the running offerings for families that ``filters`` leave
    (what ``filters.apply(active_family_offerings())`` returns)."""
    index = index or current_index()
    bitmap = index.families & ~index.paused
    for key, facet in FILTERED.items():
        if filters[key] is not None:
            bitmap &= index.bitmaps[facet].get(filters[key].pk, 0)
    return index, bitmap


def pair_counts(
    index: FacetIndex,
    within: int,
    first: str,
    firsts: Iterable[int],
    second: str,
    seconds: Iterable[int],
) -> dict[tuple[int, int], int]:
    """(first value id, second value id) -> offerings of ``within`` having both (0 left out)."""
    seconds = list(seconds)
    counts = {}
    for a in firsts:
        bitmap_a = within & index.bitmaps[first].get(a, 0)
        if not bitmap_a:
            continue
        for b in seconds:
            n = (bitmap_a & index.bitmaps[second].get(b, 0)).bit_count()
            if n:
                counts[(a, b)] = n
    return counts
