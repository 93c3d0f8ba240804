"""Benchmark of a forum's collection board (/foren/<slug>/sammlung/) with 2,000 entries.

Run with PostgreSQL:

    createdb -h 127.0.0.1 -U postgres h_collection
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h_collection VAR_DIR=/tmp/bench-var \
        .venv/bin/python bench/collection_board.py

It migrates the database, loads the Würselen vocabularies, and makes sure a
forum "Benchmark Sammlung" holds 2,000 entries (BENCH_ENTRIES changes the
number): 40 % inventory, 35 % needs, 25 % approaches in every status, each with
one to three life phases, one or two districts, a target group and notes on
most cross-cutting themes (a few left "not considered yet"). Then a moderator
of that forum requests the board in this process through Django's test
client (the whole stack: middleware, session, permissions, view, template;
production settings, DEBUG off): a fixed list of views (the default, each
filter alone, combinations, later pages), once cold (the first time each URL
is seen in a fresh process) and then five times warm. It prints p50, p95 and
max of each. Target: p95 under 300 ms.
"""

import math
import os
import random
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

ENTRIES = int(os.environ.get("BENCH_ENTRIES", "2000"))
SLUG = "benchmark-sammlung"
EMAIL = "bench-moderation@example.org"
WARM_ROUNDS = 5
SETTINGS_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-secret-key-only-for-this-local-benchmark"),
    "ALLOWED_HOSTS": "testserver,127.0.0.1",
    "SECURE_SSL_REDIRECT": "0",
    "SECURE_HSTS_SECONDS": "0",
    "DJANGO_SETTINGS_MODULE": "vielfalt.settings",
}

WORDS = [
    "Sprachförderung", "Hausaufgabenhilfe", "Schwimmkurs", "Elterncafé", "Beratung",
    "Treffpunkt", "Lernpatenschaft", "Bewegung", "Sprachmittlung", "Ferienprogramm",
    "Begegnung", "Wohnberatung", "Nachbarschaftshilfe", "Fortbildung", "Sprechstunde",
]  # fmt: skip
PLACES = ["in Morsbach", "in Bardenberg", "für Ältere", "für Jugendliche", "in der Kita"]


def percentile(values, share):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def summary(label, seconds):
    ms = [s * 1000 for s in seconds]
    p50, p95 = percentile(ms, 0.5), percentile(ms, 0.95)
    print(f"{label}: n={len(ms)}  p50 {p50:.1f} ms  p95 {p95:.1f} ms  max {max(ms):.1f} ms")
    return p50, p95


def fill(forum, count, rng):
    """``count`` more entries in ``forum``, with their relations, in a few bulk inserts."""
    from vielfalt.collection.models import CrossCuttingNote, Entry
    from vielfalt.vocabularies.models import CrossCuttingTheme, District, LifePhase, TargetGroup

    phases = list(LifePhase.objects.all())
    districts = list(District.objects.all())
    groups = list(TargetGroup.objects.all())
    themes = list(CrossCuttingTheme.objects.all())
    statuses = Entry.Status.values
    entries = []
    for i in range(count):
        roll = rng.random()
        kind = "inventory" if roll < 0.4 else "need" if roll < 0.75 else "approach"
        entries.append(
            Entry(
                forum=forum,
                kind=kind,
                title=f"{rng.choice(WORDS)} {rng.choice(PLACES)} ({i + 1})",
                description="Beschreibung des Eintrags für den Benchmark. " * 5,
                status=rng.choice(statuses) if kind == "approach" else "",
                progress=rng.randrange(0, 101, 10) if kind == "approach" else 0,
                discard_reason="Keine Finanzierung.",
                source=rng.choice(["survey", "workshop", "meeting", "other"]),
                is_published=rng.random() < 0.3,
            )
        )
    entries = Entry.objects.bulk_create(entries, batch_size=500)
    Entry.life_phases.through.objects.bulk_create(
        [
            Entry.life_phases.through(entry_id=e.pk, lifephase_id=p.pk)
            for e in entries
            for p in rng.sample(phases, rng.randint(1, 3))
        ],
        batch_size=2000,
    )
    Entry.districts.through.objects.bulk_create(
        [
            Entry.districts.through(entry_id=e.pk, district_id=d.pk)
            for e in entries
            for d in rng.sample(districts, rng.randint(1, 2))
        ],
        batch_size=2000,
    )
    Entry.target_groups.through.objects.bulk_create(
        [
            Entry.target_groups.through(entry_id=e.pk, targetgroup_id=rng.choice(groups).pk)
            for e in entries
        ],
        batch_size=2000,
    )
    CrossCuttingNote.objects.bulk_create(
        [
            CrossCuttingNote(
                entry=e, theme=t, considered=rng.random() < 0.8, note="Wie berücksichtigt."
            )
            for e in entries
            for t in themes
            if rng.random() < 0.9
        ],
        batch_size=2000,
    )


def prepare():
    """Django set up in this process, the database migrated, the forum filled."""
    os.environ.update(SETTINGS_ENV)
    import django

    django.setup()
    from io import StringIO

    from django.core.management import call_command
    from django.db import connection, transaction

    from vielfalt.accounts.models import User
    from vielfalt.collection.models import Entry
    from vielfalt.demo import vocabularies
    from vielfalt.forums.models import Forum, ForumMembership
    from vielfalt.network.models import Person

    if connection.vendor != "postgresql":
        print("Warning: DATABASE_URL is not PostgreSQL; the target is for PostgreSQL.")
    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    with transaction.atomic():
        vocabularies.load(StringIO())
        forum, _ = Forum.objects.get_or_create(
            slug=SLUG, defaults={"name": "Benchmark Sammlung", "status": "active"}
        )
        user = User.objects.filter(email=EMAIL).first()
        if user is None:
            user = User.objects.create_user(email=EMAIL, password=None, name="Bench Moderation")
        person, _ = Person.objects.get_or_create(
            email=EMAIL, defaults={"name": "Bench Moderation", "user": user}
        )
        ForumMembership.objects.get_or_create(
            forum=forum, person=person, defaults={"role": ForumMembership.Role.MODERATOR}
        )
        have = Entry.objects.filter(forum=forum).count()
        if have < ENTRIES:
            started = time.perf_counter()
            fill(forum, ENTRIES - have, random.Random(have + 42))
            print(f"Created {ENTRIES - have} entries in {time.perf_counter() - started:.1f} s")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM (ANALYZE)")
    total = Entry.objects.filter(forum=forum).count()
    print(f"Dataset: forum {SLUG} with {total} entries")
    return user, total


def views():
    """The fixed list of board views (lists of (parameter, value))."""
    from vielfalt.demo import wuerselen

    phases = [slug for slug, *_ in wuerselen.LIFE_PHASES]
    districts = [slug for slug, _name in wuerselen.DISTRICTS]
    themes = [slug for slug, *_ in wuerselen.CROSS_CUTTING_THEMES]
    found = [[]]
    found += [[("kind", kind)] for kind in ("inventory", "need", "approach")]
    found += [[("phase", phase)] for phase in phases]
    found += [[("district", district)] for district in districts]
    found += [[("status", status)] for status in ("idea", "planned", "in_progress", "implemented")]
    for theme in themes:
        found.append([("theme", theme), ("theme_state", "not_considered")])
        found.append([("theme", theme), ("theme_state", "considered")])
    found.append([("theme_state", "not_considered")])
    for i in range(8):
        found.append(
            [("kind", "need"), ("phase", phases[i]), ("district", districts[i % len(districts)])]
        )
    found += [[("seite", str(page))] for page in (2, 5, 20, 40)]
    found.append([("kind", "need"), ("theme_state", "not_considered"), ("seite", "2")])
    return found


def main():
    user, total = prepare()
    from django.test import Client

    client = Client()
    client.force_login(user)
    base = f"/foren/{SLUG}/sammlung/"
    urls = [f"{base}?{urlencode(params)}" if params else base for params in views()]

    def fetch(url):
        started = time.perf_counter()
        response = client.get(url)
        elapsed = time.perf_counter() - started
        if response.status_code != 200 or b"collection-board" not in response.content:
            raise RuntimeError(f"{url}: HTTP {response.status_code}, not a board with entries")
        return elapsed

    cold = [fetch(url) for url in urls]
    warm = [fetch(url) for _round in range(WARM_ROUNDS) for url in urls]

    print(f"Collection board, {total} entries, {len(urls)} views, in-process test client")
    summary("cold (first time)", cold)
    _p50, p95 = summary("warm (5 rounds)  ", warm)
    default_warm = warm[:: len(urls)]
    summary("default view warm", default_warm)
    slowest = sorted(zip(cold, urls, strict=True), reverse=True)[:5]
    print("slowest cold views:")
    for seconds, url in slowest:
        print(f"  {seconds * 1000:.0f} ms  {url.removeprefix(base) or '(default)'}")
    medians = [(percentile(warm[i :: len(urls)], 0.5), url) for i, url in enumerate(urls)]
    print("slowest warm views (median of the rounds):")
    for seconds, url in sorted(medians, reverse=True)[:5]:
        print(f"  {seconds * 1000:.0f} ms  {url.removeprefix(base) or '(default)'}")
    ok = max(p95, percentile([s * 1000 for s in cold], 0.95)) < 300
    print("target (p95 < 300 ms, cold and warm):", "met" if ok else "MISSED")
    session = client.cookies["sessionid"].value
    ok = over_http(urls, session) and ok
    return 0 if ok else 1


def over_http(paths, session):
    """The same views through gunicorn (2 workers, production settings): once each,
    one at a time, on a fresh server; then 10 clients at once, 3 rounds each in an
    order of their own. Returns whether p95 stayed under 300 ms in both."""
    from concurrent.futures import ThreadPoolExecutor

    from bench.finder import free_port, start_server, stop_server

    port = free_port()
    log_path = Path(os.environ.get("VAR_DIR", "/tmp")) / "bench-collection-gunicorn.log"
    headers = {"Cookie": f"sessionid={session}"}

    def get(path):
        request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers=headers)
        started = time.perf_counter()
        with urllib.request.urlopen(request, timeout=120) as response:
            body = response.read()
        if b"collection-board" not in body:
            raise RuntimeError(f"{path}: not a board with entries (signed out?)")
        return time.perf_counter() - started

    server = None
    with open(log_path, "w") as log:
        try:
            server = start_server(port, log)
            single = [get(path) for path in paths]
            orders = [random.Random(n).sample(paths, len(paths)) * 3 for n in range(10)]
            started = time.perf_counter()
            with ThreadPoolExecutor(10) as pool:
                times = [t for ts in pool.map(lambda o: [get(p) for p in o], orders) for t in ts]
            wall = time.perf_counter() - started
        finally:
            stop_server(server)
    print(f"Over HTTP, gunicorn 2 workers (load average {os.getloadavg()[0]:.1f}):")
    _p50, single_p95 = summary("one at a time    ", single)
    _p50, loaded_p95 = summary("10 clients       ", times)
    print(
        f"  10 clients: {len(times) / wall:.1f} requests/s, p99 {percentile([t * 1000 for t in times], 0.99):.0f} ms"
    )
    ok = max(single_p95, loaded_p95) < 300
    print("target over HTTP (p95 < 300 ms, alone and under 10 clients):", "met" if ok else "MISSED")
    return ok


if __name__ == "__main__":
    sys.exit(main())
