"""The public site under load: 10 concurrent clients against gunicorn on PostgreSQL.

Run with PostgreSQL:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h_api_bench VAR_DIR=/tmp/bench-var \
        .venv/bin/python bench/load.py

Sets up the database as bench/finder.py does (100,000 generated offerings),
starts gunicorn with two workers (production settings: DEBUG off) and then,
one page type after another, lets 10 client threads fetch a list of URLs as
fast as the server answers:

- finder: a mixed list of finder URLs (text, filters, both, later pages)
  whose text searches are mostly first-time: every text is asked once,
  except a fifth of them that repeat an earlier text with a filter added
  (the way a person refines a search). The texts are words of the
  generated offerings that no warm-up request and no other URL uses.
- home, forum list, forum, offering, chain: the public pages.
- 404: a page that does not exist, the floor of the same server in the same run.

Prints requests per second and p50/p95/p99 per page type, the machine's load
average (other processes share the 2 cores) and the resident memory of each
gunicorn worker. gunicorn is always stopped.
"""

from __future__ import annotations

import os
import random
import re
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR / "bench"))
sys.path.insert(0, str(BASE_DIR))

from bench.common import drive, gunicorn, report  # noqa: E402 (needs the path above)
from bench.finder import DISTRICTS, GROUPS, LANGUAGES, PHASES, TOPICS, prepare  # noqa: E402

CLIENTS = 10
FINDER_URLS = int(os.environ.get("BENCH_FINDER_URLS", "300"))
PAGE_REQUESTS = int(os.environ.get("BENCH_PAGE_REQUESTS", "300"))
# Comma-separated page types to measure (e.g. "home,404"); empty: all of them.
ONLY = [label for label in os.environ.get("BENCH_ONLY", "").split(",") if label]
# 1: the warm-up fetches every page of the list (each worker then serves them from
# its cache of rendered parts); default: the first three of each page type, so that
# the measured requests include each worker's first request for the other pages.
WARM_ALL = os.environ.get("BENCH_WARM_ALL", "") == "1"
# How many different offerings' pages are asked for (spread over all public ones).
OFFERING_PAGES = int(os.environ.get("BENCH_OFFERING_PAGES", "50"))
WARM_UP_WORDS = {"chor", "theater", "yoga", "nachhilfe", "sport", "musik"}
# Seconds to wait after the warm-up: a worker reads the offerings' words in a
# thread after its first request (4–6 s at 100,000 offerings) and meanwhile
# asks the database for text searches; 0 measures that start as well.
SETTLE = float(os.environ.get("BENCH_SETTLE", "10"))


def generated_words():
    """Distinct words of the generated offerings' texts (names, variants, sentences)."""
    from vielfalt.demo.generator import kinds, words

    texts = []
    for kind in kinds.KINDS:
        texts += [kind.name, *kind.variants, *kind.shorts]
    texts += words.GENERAL_SENTENCES + words.DETAIL_SENTENCES + words.STREETS
    found = []
    for text in texts:
        for word in re.findall(r"\w+", text):
            if len(word) >= 5 and word.lower() not in WARM_UP_WORDS and word not in found:
                found.append(word)
    return found


def finder_params(count, seed=18):
    """``count`` finder queries; their texts are first-time except the refinements."""
    rng = random.Random(seed)
    pool = generated_words()
    rng.shuffle(pool)
    # Two-word texts give more distinct first-time searches than the word list alone.
    texts = pool + [f"{a} {b}" for a, b in zip(pool, reversed(pool), strict=True) if a != b]
    texts = iter(texts)
    asked = []
    queries = []
    for number in range(count):
        kind = number % 10
        if kind in (0, 1, 2, 3):  # text alone, first time
            text = next(texts)
            asked.append(text)
            queries.append([("q", text)])
        elif kind in (4, 5):  # text and a filter, first time
            text = next(texts)
            asked.append(text)
            queries.append([("q", text), ("phase", rng.choice(PHASES))])
        elif kind == 6 and asked:  # refining an earlier search (answered from the cache)
            queries.append([("q", rng.choice(asked)), ("district", rng.choice(DISTRICTS))])
        elif kind == 7:  # filters only
            queries.append(
                [
                    ("phase", rng.choice(PHASES)),
                    ("topic", rng.choice(TOPICS)),
                    ("group", rng.choice(GROUPS)),
                ]
            )
        elif kind == 8:
            queries.append([("language", rng.choice(LANGUAGES)), ("free", "on")])
        else:  # a later page of a broad list
            queries.append([("district", rng.choice(DISTRICTS)), ("page", str(rng.randint(2, 6)))])
    return queries


def public_pages():
    """Paths of the public pages: home, forum list, forums, offerings and the chain."""
    from vielfalt.forums.models import Forum
    from vielfalt.offerings.models import Offering

    forums = list(Forum.objects.public().values_list("slug", flat=True))
    step = max(1, Offering.objects.public().count() // OFFERING_PAGES)
    offerings = list(Offering.objects.public().order_by("pk").values_list("pk", flat=True)[::step])
    return {
        "home": ["/"],
        "forum list": ["/foren/"],
        "forum": [f"/foren/{slug}/" for slug in forums],
        "offering": [f"/angebote/{pk}/" for pk in offerings[:OFFERING_PAGES]],
        "chain": ["/praeventionskette/"],
        "404": ["/gibt-es-nicht/"],
    }


def rss_mib(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def workers_of(pid):
    children = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in children.read_text().split()] if children.exists() else []


def main():
    total = prepare()
    finder_queries = finder_params(FINDER_URLS)
    pages = public_pages()
    results = {}
    with gunicorn("bench-load-gunicorn.log") as (base, server):
        # Warm-up (unmeasured): both workers build their facet index and
        # load their templates; no measured finder text is asked here.
        warm = [f"{base}/angebote/?{urlencode({'q': word})}" for word in WARM_UP_WORDS]
        warm += [
            f"{base}{path}" for paths in pages.values() for path in paths[: None if WARM_ALL else 3]
        ] * (4 if WARM_ALL else 2)
        drive(warm * 2, CLIENTS)
        time.sleep(SETTLE)
        load_before = os.getloadavg()
        urls = [f"{base}/angebote/?{urlencode(params)}" for params in finder_queries]
        if not ONLY or "finder" in ONLY:
            results["finder"] = drive(urls, CLIENTS)
        for label, paths in pages.items():
            if ONLY and label not in ONLY:
                continue
            urls = [f"{base}{paths[i % len(paths)]}" for i in range(PAGE_REQUESTS)]
            results[label] = drive(urls, CLIENTS)
        memory = [rss_mib(pid) for pid in workers_of(server.pid)]
    load_after = os.getloadavg()
    texts = [dict(params).get("q") for params in finder_queries]
    first_time = len({text for text in texts if text})
    print(
        f"Load benchmark: {total} offerings, 2 gunicorn workers, {CLIENTS} concurrent clients; "
        f"finder: {len(finder_queries)} URLs, {first_time} distinct texts among "
        f"{sum(1 for text in texts if text)} text searches"
    )
    print(f"load average before {load_before[0]:.2f} / after {load_after[0]:.2f} (1 min)")
    print(
        ("warm-up: every page of the list" if WARM_ALL else "warm-up: three pages of each type")
        + f", then {SETTLE:g} s for the workers to read the offerings' words"
    )
    for label, (timings, statuses, wall) in results.items():
        report(label, timings, statuses, wall)
    print("worker RSS: " + ", ".join(f"{mib:.0f} MiB" for mib in memory))
    return 0


if __name__ == "__main__":
    sys.exit(main())
