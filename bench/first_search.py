"""The first search for the broadest words, over HTTP (issue 18: under 200 ms).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/load_bench VAR_DIR=/tmp/bench-var \
        .venv/bin/python bench/first_search.py

Uses the database bench/finder.py prepares (100,000 generated offerings),
starts gunicorn (2 workers, production settings), warms both workers up with
other words, waits ``BENCH_SETTLE`` seconds (10) for them to read the
offerings' words, then asks for the ten words whose search finds the most
public offerings (worked out here from an index of words built as a worker
builds it), each once, one request at a time: every one is a first-time
search in the worker that answers it. Prints each word, the
number of offerings holding it and the time of its page.
"""

import os
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR / "bench"))
sys.path.insert(0, str(BASE_DIR))

from bench.common import gunicorn  # noqa: E402 (needs the path above)
from bench.finder import fetch, prepare  # noqa: E402

SETTLE = float(os.environ.get("BENCH_SETTLE", "10"))


def broadest_words(count=10):
    """The ``count`` words whose search finds the most public offerings (as the finder counts)."""
    from vielfalt.offerings.facets import FacetIndex
    from vielfalt.offerings.folding import STOPWORDS
    from vielfalt.offerings.search import query_terms

    index = FacetIndex.build(0)
    found = {}
    for word in index.text.text.postings:
        if len(word) < 4 or word in STOPWORDS or not word.isalpha():
            continue
        terms = query_terms(word)
        if terms:
            found[word] = index.text.text.matching(terms[0]).bit_count()
    return sorted(found.items(), key=lambda item: -item[1])[:count]


def main():
    prepare()
    broadest = broadest_words()
    timings = []
    with gunicorn("bench-first-search-gunicorn.log") as (base, _server):
        for word in ("chor", "theater", "yoga", "musik") * 2:  # both workers, other words
            fetch(f"{base}/angebote/?{urlencode({'q': word})}")
        time.sleep(SETTLE)
        for word, count in broadest:
            started = time.perf_counter()
            fetch(f"{base}/angebote/?{urlencode({'q': word})}")
            timings.append((word, count, time.perf_counter() - started))
    print(f"First searches for the broadest words, one at a time (load {os.getloadavg()[0]:.2f}):")
    for word, count, seconds in timings:
        print(f"  {word:<20} in {count:>6} offerings  {seconds * 1000:7.1f} ms")
    print(f"slowest {max(seconds for _w, _c, seconds in timings) * 1000:.1f} ms (target < 200 ms)")


if __name__ == "__main__":
    main()
