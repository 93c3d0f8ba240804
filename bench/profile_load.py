"""Where the time of the public pages goes (cProfile, in process).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h_api_bench VAR_DIR=/tmp/bench-var \
        .venv/bin/python bench/profile_load.py [finder|home|forum list|forum|offering|chain|404]

Uses the database that bench/load.py prepared, production settings and
Django's test client (no HTTP), requests the same URLs as the load benchmark
after a warm-up and prints a summary per request (queries and their time,
template rendering, the context processors, the middleware around the view),
then the functions with the most cumulative and own time. ``BENCH_COLD=1``
clears the caches first.
"""

import cProfile
import logging
import os
import pstats
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR / "bench"))
sys.path.insert(0, str(BASE_DIR))

from common import wait_for_words  # noqa: E402
from finder import SERVER_ENV  # noqa: E402
from load import WARM_UP_WORDS, finder_params, public_pages  # noqa: E402

# (label, file name ending, function name): cumulative time of these calls.
PARTS = [
    ("view function", "views.py", None),
    ("SQL sent and awaited", "utils.py", "_execute"),
    ("SQL compiled (ORM)", "compiler.py", "as_sql"),
    ("template rendering", "django.py", "render"),
    ("context processors", "context.py", "bind_template"),
    ("cache reads", "db.py", "get_many"),
    ("CSRF token", "csrf.py", "get_token"),
    ("session", "base.py", "_get_session"),
    ("translations (gettext)", "trans_real.py", "gettext"),
    ("URL reversing", "resolvers.py", "_reverse_with_prefix"),
]


def summary(stats, requests, view_name):
    """Per request: the cumulative milliseconds of a few functions that tell where time goes."""
    rows = {}
    for (filename, _line, name), (_cc, _nc, _tt, cumulative, _callers) in stats.stats.items():
        for label, ending, function in PARTS:
            if not filename.endswith(ending):
                continue
            if function is None and name != view_name or function and name != function:
                continue
            rows[label] = max(rows.get(label, 0.0), cumulative)
    for label, _ending, _function in PARTS:
        if label in rows:
            print(f"  {label:<26} {rows[label] / requests * 1000:6.2f} ms")


def main():
    kind = sys.argv[1] if len(sys.argv) > 1 else "finder"
    os.environ.update(SERVER_ENV)
    import django

    django.setup()
    logging.getLogger("django.request").setLevel(logging.ERROR)  # no line per 404
    from django.core.cache import caches
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    if kind == "finder":
        urls = [f"/angebote/?{urlencode(params)}" for params in finder_params(100)]
        warm = [f"/angebote/?{urlencode({'q': word})}" for word in WARM_UP_WORDS]
    else:
        paths = public_pages()[kind]
        urls = [paths[i % len(paths)] for i in range(50)]
        warm = paths[:3]
    for url in warm:
        client.get(url)
    wait_for_words()
    if os.environ.get("BENCH_COLD"):  # the warm-up's rendered parts are forgotten
        caches["default"].clear()
        caches["fragments"].clear()
        caches["cards"].clear()
    profile = cProfile.Profile()
    started = time.perf_counter()
    with CaptureQueriesContext(connection) as queries:
        profile.enable()
        for url in urls:
            response = client.get(url)
            assert response.status_code in (200, 404), url
        profile.disable()
    elapsed = time.perf_counter() - started
    try:
        view = response.resolver_match.func.__name__
    except Exception:  # a 404 resolves no view
        view = ""
    print(
        f"{kind}: {len(urls)} requests, {elapsed / len(urls) * 1000:.1f} ms each (profiled), "
        f"{len(queries) / len(urls):.1f} queries each; view {view or '(none)'}"
    )
    stats = pstats.Stats(profile)
    summary(stats, len(urls), view)
    stats.strip_dirs()
    stats.sort_stats("cumulative").print_stats(35)
    stats.sort_stats("tottime").print_stats(20)


if __name__ == "__main__":
    main()
