"""500 concurrent registrations for 60 places over HTTP: no overbooking, no failures.

Run with PostgreSQL:

    createdb -h 127.0.0.1 -U postgres vielfalt_bench_events
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/vielfalt_bench_events \
        VAR_DIR=/tmp/bench-var .venv/bin/python bench/event_registration.py

It migrates the database, creates a fresh event with 60 places (open for
registration), starts gunicorn (2 workers with 4 threads each, production
settings: DEBUG off) on a free port of 127.0.0.1, and lets 500 clients, each
with an address of its own, fetch the registration form and then post it at
the same moment (a barrier releases all posts together). It prints how many
were confirmed (must be exactly 60), waitlisted (the rest), failed (must be 0)
and the latency of the posts (p50, p95, max). gunicorn is always stopped.
"""

import os
import re
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from bench.finder import SERVER_ENV, free_port, percentile, stop_server  # noqa: E402

ATTEMPTS = int(os.environ.get("BENCH_ATTEMPTS", "500"))
CAPACITY = int(os.environ.get("BENCH_CAPACITY", "60"))
TITLE = "Benchmark: Netzwerktreffen mit 60 Plätzen"


def prepare():
    """Django set up here, the database migrated, a fresh event with CAPACITY places."""
    os.environ.update(SERVER_ENV)
    import django

    django.setup()
    from datetime import timedelta

    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone

    from vielfalt.events.models import Event

    if connection.vendor != "postgresql":
        print("Warning: DATABASE_URL is not PostgreSQL; the benchmark is for PostgreSQL.")
    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    Event.objects.filter(title=TITLE).delete()
    now = timezone.now()
    return Event.objects.create(
        title=TITLE,
        kind=Event.Kind.NETWORK_MEETING,
        starts_at=now + timedelta(days=30),
        ends_at=now + timedelta(days=30, hours=3),
        capacity=CAPACITY,
        registration_opens=now - timedelta(days=1),
        registration_closes=now + timedelta(days=29),
    )


def start_server(port, log):
    import subprocess

    # Each simulated client names its own address in X-Forwarded-For, as a
    # reverse proxy would: the per-client registration limit counts them apart.
    env = {**os.environ, **SERVER_ENV, "TRUSTED_PROXY_COUNT": "1"}
    server = subprocess.Popen(  # noqa: S603
        [
            str(BASE_DIR / ".venv" / "bin" / "gunicorn"),
            "vielfalt.wsgi",
            "--workers",
            "2",
            "--threads",
            "4",
            "--bind",
            f"127.0.0.1:{port}",
            "--timeout",
            "120",
            "--backlog",
            "2048",
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
            raise RuntimeError("gunicorn stopped at start; see its log")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/veranstaltungen/", timeout=5):
                return server
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("gunicorn did not answer within 60 s")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def attempt(url, number, barrier, results):
    """GET the form (CSRF cookie and token), wait for everyone, POST; record status and time."""
    # Production cookies are Secure and this runs over plain HTTP on loopback,
    # so the CSRF cookie is sent back by hand.
    opener = urllib.request.build_opener(NoRedirect)
    status, elapsed = "error", 0.0
    client = {"X-Forwarded-For": f"198.18.{number // 250}.{number % 250 + 1}"}
    try:
        with opener.open(urllib.request.Request(url, headers=client), timeout=120) as first:
            page = first.read().decode()
            cookie = re.search(r"csrftoken=([^;]+)", first.headers.get("Set-Cookie", "")).group(1)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        data = urllib.parse.urlencode(
            {
                "csrfmiddlewaretoken": token,
                "name": f"Benchmark Person {number}",
                "email": f"bench-{number}@example.org",
                "consent": "on",
            }
        ).encode()
        request = urllib.request.Request(
            url, data=data, headers={"Referer": url, "Cookie": f"csrftoken={cookie}", **client}
        )
        barrier.wait()
        started = time.perf_counter()
        try:
            with opener.open(request, timeout=120) as response:
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
        elapsed = time.perf_counter() - started
    except Exception as error:  # counted as failed, reported below
        status = f"{error.__class__.__name__}: {error}"
        barrier.abort()
    results.append((number, status, elapsed))


def main():
    event = prepare()
    port = free_port()
    url = f"http://127.0.0.1:{port}/veranstaltungen/{event.pk}/anmelden/"
    log_path = Path(os.environ.get("VAR_DIR", "/tmp")) / "bench-events-gunicorn.log"
    results = []
    server = None
    with open(log_path, "w") as log:
        try:
            server = start_server(port, log)
            barrier = threading.Barrier(ATTEMPTS)
            threads = [
                threading.Thread(target=attempt, args=(url, n, barrier, results))
                for n in range(ATTEMPTS)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        finally:
            stop_server(server)

    from vielfalt.events.models import Registration

    registrations = Registration.objects.filter(event=event)
    confirmed = registrations.confirmed().count()
    waiting = registrations.waiting().count()
    redirected = [r for r in results if r[1] == 302]
    failed = [r for r in results if r[1] != 302]
    timings = [r[2] * 1000 for r in redirected]
    print(
        f"Event registration benchmark: {ATTEMPTS} concurrent attempts for {CAPACITY} places, "
        "2 gunicorn workers x 4 threads, PostgreSQL"
    )
    print(f"confirmed {confirmed}, waitlisted {waiting}, failed {len(failed)}")
    if timings:
        print(
            f"POST latency: p50 {percentile(timings, 0.5):.0f} ms  "
            f"p95 {percentile(timings, 0.95):.0f} ms  max {max(timings):.0f} ms"
        )
    for number, status, _elapsed in failed[:5]:
        print(f"  failed #{number}: {status}")
    ok = confirmed == CAPACITY and waiting == ATTEMPTS - CAPACITY and not failed
    print("result:", "as required" if ok else "WRONG")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
