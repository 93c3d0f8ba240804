"""What the benchmarks over HTTP share: gunicorn (from finder.py), a signed-in
session, requests one at a time or from several clients at once, and the
figures of a series (requests/s, p50/p95/p99).

Django must be set up before ``signed_in_session`` is called.
"""

import os
import threading
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from bench.finder import free_port, percentile, start_server, stop_server

__all__ = [
    "drive",
    "fetch",
    "free_port",
    "gunicorn",
    "percentile",
    "report",
    "signed_in_session",
    "start_server",
    "stop_server",
]

BASE_DIR = Path(__file__).resolve().parent.parent


@contextmanager
def gunicorn(log_name: str):
    """gunicorn (2 workers, production settings) on a free port: yields (base URL, process).

    Its output goes to VAR_DIR/``log_name``; when the benchmark fails, the end of
    that log is printed. The server is always stopped.
    """
    port = free_port()
    log_path = Path(os.environ.get("VAR_DIR", "/tmp")) / log_name
    server = None
    with open(log_path, "w") as log:
        try:
            server = start_server(port, log)
            yield f"http://127.0.0.1:{port}", server
        except Exception:
            log.flush()
            print(log_path.read_text()[-3000:])
            raise
        finally:
            stop_server(server)


def signed_in_session(user) -> str:
    """The session id of ``user`` signed in with password and second factor."""
    from django.test import Client

    from vielfalt.conftest import pass_second_factor

    client = Client()
    client.force_login(user)
    pass_second_factor(client, user)
    return client.cookies["sessionid"].value


def fetch(url: str, session: str | None = None) -> tuple[float, int]:
    """(seconds, status) of one GET; a redirect elsewhere (to the login) counts as 302."""
    headers = {"Cookie": f"sessionid={session}"} if session else {}
    request = urllib.request.Request(url, headers=headers)
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            response.read()
            status = response.status if response.geturl() == url else 302
    except urllib.error.HTTPError as error:
        error.read()
        status = error.code
    return time.perf_counter() - started, status


def drive(urls: list[str], clients: int, session: str | None = None):
    """Fetch ``urls`` with ``clients`` threads: (seconds per request, statuses, wall seconds)."""
    todo = list(reversed(urls))
    lock = threading.Lock()
    timings: list[float] = []
    statuses: list[int] = []

    def client():
        while True:
            with lock:
                if not todo:
                    return
                url = todo.pop()
            seconds, status = fetch(url, session)
            with lock:
                timings.append(seconds)
                statuses.append(status)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return timings, statuses, time.perf_counter() - started


def report(label: str, timings: list[float], statuses: list[int], wall: float) -> None:
    ms = [seconds * 1000 for seconds in timings]
    print(
        f"{label:<28} n={len(ms):>4}  {len(ms) / wall:7.1f} req/s  "
        f"p50 {percentile(ms, 0.5):7.1f}  p95 {percentile(ms, 0.95):7.1f}  "
        f"p99 {percentile(ms, 0.99):7.1f} ms  status {sorted(set(statuses))}"
    )


def wait_for_words() -> None:
    """Wait until this process has read the offerings' words: a worker reads them in a
    thread after it built its facet index (offerings/facets.py), which would slow
    whatever this process measures meanwhile."""
    for thread in threading.enumerate():
        if thread.name == "text-index":
            thread.join()
