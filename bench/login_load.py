"""Failed logins over HTTP from 10 concurrent clients: worker memory and latency.

Run:  .venv/bin/python bench/login_load.py  (needs `make demo`'s database in var/)

Serves the site with gunicorn (2 workers, 4 threads each, DEBUG=0) and lets
10 clients post wrong passwords for 10 different demo addresses, 20 each, at
the same time. The per-client and per-IP limits are raised for the run, so
every attempt reaches the password check: the worst case of an attacker
spread over many addresses. Prints latency percentiles and the peak RSS of
each gunicorn worker, which the bounded Argon2 hasher keeps small.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
PORT = 8199
URL = f"http://127.0.0.1:{PORT}/konto/login/"
CLIENTS, TRIES = 10, 20


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def client(number: int, timings: list[float], statuses: list[int]) -> None:
    # Production cookies are Secure and this runs over plain HTTP on loopback,
    # so the CSRF cookie is sent back by hand.
    opener = urllib.request.build_opener()
    with opener.open(URL) as first:
        page = first.read().decode()
        cookie = re.search(r"csrftoken=([^;]+)", first.headers.get("Set-Cookie", "")).group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    for attempt in range(TRIES):
        data = urllib.parse.urlencode(
            {
                "csrfmiddlewaretoken": token,
                "login": f"bench-{number}@example.org",
                "password": f"wrong-password-{attempt}",
            }
        ).encode()
        request = urllib.request.Request(
            URL, data=data, headers={"Referer": URL, "Cookie": f"csrftoken={cookie}"}
        )
        start = time.perf_counter()
        try:
            with opener.open(request) as response:
                statuses.append(response.status)
        except urllib.error.HTTPError as error:
            statuses.append(error.code)
        timings.append(time.perf_counter() - start)


def main() -> None:
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": "bench-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "LOGIN_FAILURES_PER_CLIENT": "1000",
        "LOGIN_FAILURES_PER_IP": "100000",
        "LOGIN_FAILURES_PER_ACCOUNT": "100000",
        "STATIC_ROOT": str(BASE_DIR / "var" / "bench-static"),
    }
    # Start from no recorded failures (the limit counters outlive a server).
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from django.core.cache import cache; from vielfalt.lib.models import LimitCounter; "
            "LimitCounter.objects.all().delete(); cache.clear()",
        ],
        cwd=BASE_DIR,
        env=env,
        check=True,
    )
    # Production settings serve the collected, hashed static files.
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"],
        cwd=BASE_DIR,
        env=env,
        check=True,
    )
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "vielfalt.wsgi",
            "--workers",
            "2",
            "--threads",
            "4",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--log-level",
            "warning",
        ],
        cwd=BASE_DIR,
        env=env,
    )
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(URL, timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        workers = [
            int(pid)
            for pid in subprocess.run(
                ["pgrep", "-P", str(server.pid)], capture_output=True, text=True
            ).stdout.split()
        ]
        before = {pid: rss_mib(pid) for pid in workers}
        peak = dict(before)
        timings: list[float] = []
        statuses: list[int] = []
        threads = [
            threading.Thread(target=client, args=(n, timings, statuses)) for n in range(CLIENTS)
        ]
        start = time.perf_counter()
        for thread in threads:
            thread.start()
        while any(thread.is_alive() for thread in threads):
            for pid in workers:
                peak[pid] = max(peak[pid], rss_mib(pid))
            time.sleep(0.05)
        elapsed = time.perf_counter() - start
        timings.sort()
        q = statistics.quantiles(timings, n=100)
        print(
            f"{len(timings)} failed logins from {CLIENTS} concurrent clients in {elapsed:.1f} s "
            f"({len(timings) / elapsed:.1f}/s); statuses "
            + ", ".join(f"{code}: {statuses.count(code)}" for code in sorted(set(statuses)))
        )
        print(
            f"latency p50 {q[49] * 1000:.0f} ms, p95 {q[94] * 1000:.0f} ms, "
            f"max {timings[-1] * 1000:.0f} ms"
        )
        for pid in workers:
            print(f"worker {pid}: RSS {before[pid]:.0f} MiB before, peak {peak[pid]:.0f} MiB")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
