"""Benchmark of the public finder (/angebote/) on 100,000 offerings.

Run with PostgreSQL:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h8_bench VAR_DIR=/tmp/bench-var \
        .venv/bin/python bench/finder.py

It makes sure the database holds 100,000 generated offerings (generating the
missing ones), starts gunicorn with two workers on a free port of 127.0.0.1
(production settings: DEBUG off), sends a fixed list of searches over HTTP one
after another and prints p50, p95 and max. Then it runs the same searches'
database work in this process (the finder's own functions, no HTTP, no
template) as the floor, and the ratio of the two. gunicorn is always stopped.
Targets: p95 of the page <= 100 ms and <= 3 x the floor's p95.
"""

import math
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from vielfalt.demo import wuerselen  # noqa: E402 (needs the path above)

OFFERINGS = int(os.environ.get("BENCH_OFFERINGS", "100000"))
# Warm-up requests (unmeasured, spread over both workers): they build each
# worker's in-memory facet index. Different texts and filters than the measured
# list, so that no measured text search is answered from a warm-up's cache.
WARM_UP = [
    *([("q", term)] for term in ("Chor", "Theater", "Yoga", "Nachhilfe", "Sport", "Musik")),
    *([("topic", "gesundheit"), ("group", group)] for group in ("eltern", "kinder")),
    *([("group", "fachkraefte"), ("language", code)] for code in ("pl", "ro", "bg", "ku")),
] * 4
SERVER_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-secret-key-only-for-this-local-benchmark"),
    "ALLOWED_HOSTS": "127.0.0.1",
    "SECURE_SSL_REDIRECT": "0",
    "SECURE_HSTS_SECONDS": "0",
    "DJANGO_SETTINGS_MODULE": "vielfalt.settings",
}

TERMS = [
    "Sprachkurs", "Sprachkurse", "Beratung", "Hausaufgaben", "Hausaufgabenhilfe", "Schwimmen",
    "Schwimmkurs", "Familienberatung", "Elterncafé", "Krabbelgruppe", "Bewerbungstraining",
    "Hebamme", "Hebammensprechstunde", "Seniorentreff", "Integrationskurs", "Jugendtreff",
    "Fußball", "Mädchen", "Deutsch lernen", "Beratung für Geflüchtete", "Eltern-Kind-Turnen",
    "Migrationsberatung", "Frauencafé", "Ausbildung", "Kochkurs", "Tanz", "Lernförderung",
    "Sprachcafe", "Muettercafe", "Ferien", "Rassismus", "Computerkurs für Senioren",
]  # fmt: skip
PHASES = [slug for slug, *_ in wuerselen.LIFE_PHASES]
DISTRICTS = [slug for slug, _name in wuerselen.DISTRICTS]
TOPICS = [slug for slug, *_ in wuerselen.FORUMS]
GROUPS = ["kinder", "jugendliche", "eltern", "gefluechtete", "frauen-und-maedchen"]
LANGUAGES = ["ar", "tr", "uk", "ru", "fa", "en"]


def searches():
    """The fixed, ordered list of finder queries (lists of (parameter, value))."""
    found = [[("q", term)] for term in TERMS]
    found += [[("phase", phase)] for phase in PHASES]
    found += [[("district", district)] for district in DISTRICTS]
    found += [[("topic", topic)] for topic in TOPICS]
    found += [[("group", group)] for group in GROUPS]
    found += [[("language", language)] for language in LANGUAGES]
    found += [[("free", "on")], []]
    for i, term in enumerate(TERMS):
        found.append([("q", term), ("phase", PHASES[i % len(PHASES)])])
    for i in range(40):
        found.append([("phase", PHASES[i % 8]), ("district", DISTRICTS[(i * 3) % 10])])
    for i in range(20):
        found.append([("q", TERMS[i]), ("district", DISTRICTS[i % 10]), ("free", "on")])
    for i in range(16):
        found.append([("language", LANGUAGES[i % 6]), ("phase", PHASES[(i * 5) % 8])])
    for i in range(10):
        found.append(
            [
                ("phase", PHASES[i % 8]),
                ("phase", PHASES[(i + 1) % 8]),
                ("district", DISTRICTS[i]),
                ("district", DISTRICTS[(i + 4) % 10]),
                ("topic", TOPICS[i % 7]),
            ]
        )
    for i in range(10):
        found.append(
            [("q", TERMS[(i * 7) % len(TERMS)]), ("language", LANGUAGES[i % 6]), ("free", "on")]
        )
    # Later pages of broad result lists.
    broad = [[("phase", p)] for p in PHASES[:5]] + [[("q", t)] for t in TERMS[:5]]
    broad += [[("district", d), ("free", "on")] for d in DISTRICTS[:5]]
    for params in broad:
        found.append([*params, ("page", "2")])
        found.append([*params, ("page", "3")])
    return found


def percentile(values, share):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def summary(label, seconds):
    ms = [s * 1000 for s in seconds]
    p50, p95 = percentile(ms, 0.5), percentile(ms, 0.95)
    print(f"{label}: n={len(ms)}  p50 {p50:.1f} ms  p95 {p95:.1f} ms  max {max(ms):.1f} ms")
    return p50, p95


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def prepare():
    """Django set up in this process, the database migrated and filled."""
    os.environ.update(SERVER_ENV)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from vielfalt.demo import generator as generate
    from vielfalt.offerings.models import Offering

    if connection.vendor != "postgresql":
        print("Warning: DATABASE_URL is not PostgreSQL; the targets are for PostgreSQL.")
    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    have = Offering.objects.filter(external_id__startswith=generate.PREFIX).count()
    if have < OFFERINGS:
        missing = OFFERINGS - have
        print(f"Generating {missing} offerings ...")
        result = generate.generate(missing, max(1, missing // 50), seed=have)
        print(f"  done in {result['timings']['total']:.1f} s")
    total = Offering.objects.count()
    public = Offering.objects.public().count()
    print(f"Dataset: {total} offerings, {public} of them public")
    return total


def start_server(port, log):
    env = {**os.environ, **SERVER_ENV}
    server = subprocess.Popen(  # noqa: S603
        [
            str(BASE_DIR / ".venv" / "bin" / "gunicorn"),
            "vielfalt.wsgi",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
            "--timeout",
            "60",
        ],  # fmt: skip
        cwd=BASE_DIR,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("gunicorn stopped at start; see its log above")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/angebote/", timeout=5) as r:
                r.read()
            return server
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("gunicorn did not answer within 60 s")


def stop_server(server):
    if server is None or server.poll() is not None:
        return
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()


def fetch(url):
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=120) as response:
        body = response.read()
        if response.status != 200:
            raise RuntimeError(f"{url}: HTTP {response.status}")
    elapsed = time.perf_counter() - started
    if b"<main" not in body:
        raise RuntimeError(f"{url}: not a finder page")
    return elapsed


def floor(params):
    """The finder view's database work, as the view does it, without HTTP and templates."""
    from django.http import QueryDict

    from vielfalt.offerings.forms import FinderForm
    from vielfalt.offerings.search import find, finder_facets

    started = time.perf_counter()
    facets = finder_facets()
    form = FinderForm(QueryDict(urlencode(params)), facets)
    form.is_valid()
    find(facets, form.selected(), form.query, form.only_free, form.page_number)
    return time.perf_counter() - started


def main():
    total = prepare()
    queries = searches()
    from bench.common import gunicorn  # common imports this module's server helpers

    with gunicorn("bench-gunicorn.log") as (server_url, _server):
        base = f"{server_url}/angebote/"
        urls = [f"{base}?{urlencode(params)}" if params else base for params in queries]
        for params in WARM_UP:
            fetch(f"{base}?{urlencode(params)}")
        page = [fetch(url) for url in urls]

    for params in WARM_UP:
        floor(params)
    database = [floor(params) for params in queries]

    print(f"Finder benchmark, {total} offerings, {len(queries)} searches, 2 gunicorn workers")
    page_p50, page_p95 = summary("page over HTTP ", page)
    floor_p50, floor_p95 = summary("floor (queries)", database)
    print(f"ratio page/floor: p50 {page_p50 / floor_p50:.2f}  p95 {page_p95 / floor_p95:.2f}")
    slowest = sorted(zip(page, urls, strict=True), reverse=True)[:5]
    print("slowest pages:")
    for seconds, url in slowest:
        print(f"  {seconds * 1000:.0f} ms  {url.removeprefix(base)}")
    ok = page_p95 <= 100 and page_p95 <= 3 * floor_p95
    print("targets (p95 <= 100 ms and <= 3 x floor):", "met" if ok else "MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
