"""Where the time of the finder and the home page goes (cProfile, in process).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h_api_bench VAR_DIR=/tmp/bench-var \
        .venv/bin/python bench/profile_load.py [finder|home|forum list|offering|chain]

Uses the database that bench/load.py prepared, production settings and
Django's test client (no HTTP), requests the same URLs as the load benchmark
after a warm-up and prints the functions with the most cumulative and own time.
"""

import cProfile
import os
import pstats
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR / "bench"))
sys.path.insert(0, str(BASE_DIR))

from finder import SERVER_ENV  # noqa: E402
from load import WARM_UP_WORDS, finder_params, public_pages  # noqa: E402


def main():
    kind = sys.argv[1] if len(sys.argv) > 1 else "finder"
    os.environ.update(SERVER_ENV)
    import django

    django.setup()
    from django.test import Client

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
    profile = cProfile.Profile()
    started = time.perf_counter()
    profile.enable()
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
    profile.disable()
    elapsed = time.perf_counter() - started
    print(f"{kind}: {len(urls)} requests, {elapsed / len(urls) * 1000:.1f} ms each (profiled)")
    stats = pstats.Stats(profile).strip_dirs()
    stats.sort_stats("cumulative").print_stats(35)
    stats.sort_stats("tottime").print_stats(20)


if __name__ == "__main__":
    main()
