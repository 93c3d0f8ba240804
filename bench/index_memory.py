"""Memory and build time of the finder's facet index and index of words (one worker's copy).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h_api_bench VAR_DIR=/tmp/bench-var \
        .venv/bin/python bench/index_memory.py

Builds the index from the database as a worker does, three times, and prints
the build time, the memory the build allocated and kept (tracemalloc) and
what the index's own structures hold (``FacetIndex.memory_bytes``), split
into the ids, the positions and the bitmaps; then the same for the index of
the offerings' words (text_index.py), at 100,000 and, from the same texts
repeated, at ten times as many offerings.
"""

import os
import sys
import time
import tracemalloc
from array import array
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR / "bench"))
sys.path.insert(0, str(BASE_DIR))

from finder import SERVER_ENV  # noqa: E402


def mib(size):
    return f"{size / 1024 / 1024:.1f} MiB"


class Rows(list):
    """Pairs that answer ``.iterator()`` like a queryset."""

    def iterator(self, chunk_size=None):
        return iter(self)


def synthetic(index, factor):
    """The index rebuilt from the 100,000 offerings' relations repeated ``factor`` times.

    Measures the Python side of a build (packing the bitmaps) and the memory at
    ``factor`` times the offerings, without generating them in the database;
    the database's part of the build grows with the rows it returns.
    """
    from vielfalt.offerings.facets import FacetIndex

    step = len(index.positions)
    pairs = {
        key: [(pk + copy * step, value) for pk, value in per_key]
        for key, per_key in relation_pairs(index).items()
        for copy in [0]
    }
    started = time.perf_counter()
    ids = array("q", (pk + copy * step for copy in range(factor) for pk in index.ids))
    positions = array("i", [-1]) * (step * factor)
    for position, pk in enumerate(ids):
        positions[pk] = position
    big = FacetIndex(0, ids, positions, 0)
    for key, per_key in pairs.items():
        big.bitmaps[key] = big._pack_pairs(
            Rows((pk + copy * step, value) for copy in range(factor) for pk, value in per_key)
        )
    return big, time.perf_counter() - started


def relation_pairs(index):
    """Offering id -> value pairs of each facet, read back from the bitmaps."""
    pairs = {}
    for key, per_value in index.bitmaps.items():
        found = []
        for value, bitmap in per_value.items():
            found += [(pk, value) for pk in index.ids_in_order(bitmap, 0, len(index.ids))]
        pairs[key] = found
    return pairs


def main():
    os.environ.update(SERVER_ENV)
    import django

    django.setup()
    from vielfalt.offerings.facets import FacetIndex

    times = []
    for _ in range(3):
        started = time.perf_counter()
        FacetIndex.build(0)
        times.append(time.perf_counter() - started)
    tracemalloc.start()
    index = FacetIndex.build(0)
    kept, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    ids = sys.getsizeof(index.ids)
    positions = sys.getsizeof(index.positions)
    bitmaps = index.memory_bytes() - ids - positions
    values = sum(len(per_value) for per_value in index.bitmaps.values())
    print(f"{len(index.ids)} public offerings, {values} filter values (+ free)")
    print(f"build: {min(times):.2f} s (best of 3; all: {', '.join(f'{t:.2f}' for t in times)})")
    print(f"tracemalloc: kept {mib(kept)}, peak during the build {mib(peak)}")
    print(f"index: {mib(index.memory_bytes())} = ids {mib(ids)} + positions {mib(positions)} "
          f"+ bitmaps {mib(bitmaps)}")  # fmt: skip
    _big, seconds = synthetic(index, 10)  # timed without tracemalloc (it slows Python down)
    del _big
    tracemalloc.start()
    big, _seconds = synthetic(index, 10)
    kept, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"x10 (synthetic): {len(big.ids)} offerings, Python part of the build {seconds:.2f} s, "
          f"index {mib(big.memory_bytes())}, tracemalloc kept {mib(kept)}, peak {mib(peak)}")  # fmt: skip
    words(index)
    print(f"load average: {os.getloadavg()[0]:.2f}")


def words(index):
    """The index of the offerings' words (text_index.py): at 100,000 and ten times that."""
    from vielfalt.offerings.models import Offering
    from vielfalt.offerings.text_index import TextIndex

    started = time.perf_counter()
    rows = list(
        Offering.objects.public()
        .values_list("pk", "search_name", "search_text")
        .iterator(chunk_size=5_000)
    )
    read = time.perf_counter() - started
    started = time.perf_counter()
    text = TextIndex.build(rows, index.positions, len(index.ids))
    built = time.perf_counter() - started
    print(
        f"words: {len(text.text.postings)} distinct in the texts, {len(text.name.postings)} in "
        f"the names; read {read:.2f} s, built {built:.2f} s; {mib(text.memory_bytes())}"
    )
    step = len(index.positions)
    positions = array("i", [-1]) * (step * 10)
    for copy in range(10):
        for pk in index.ids:
            positions[pk + copy * step] = index.positions[pk] + copy * len(index.ids)

    def repeated():
        for copy in range(10):
            for pk, name, body in rows:
                yield pk + copy * step, name, body

    del text
    tracemalloc.start()
    started = time.perf_counter()
    big = TextIndex.build(repeated(), positions, len(index.ids) * 10)
    built = time.perf_counter() - started
    kept, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"words x10 (synthetic, the same texts ten times): built {built:.2f} s (under "
        f"tracemalloc), {mib(big.memory_bytes())}, tracemalloc kept {mib(kept)}, peak {mib(peak)}"
    )


if __name__ == "__main__":
    main()
