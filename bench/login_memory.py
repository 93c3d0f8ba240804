"""Peak memory of one process under 8 parallel failed logins, before and after.

Run:  .venv/bin/python bench/login_memory.py

Each failed login costs one password hash (see
vielfalt/accounts/tests/test_password_hashing.py: one hash per failed login,
none once the limit holds). This script measures what those hashes cost in
memory: for each setting it starts a fresh Python process, which makes an
Argon2 hash of a password, then lets 8 threads check a wrong password against
it at the same moment (what 8 parallel failed logins do in one gunicorn
worker with threads) and reports the process's peak RSS above its RSS before.

- before: Django's Argon2PasswordHasher (m=100 MiB, t=2, p=8), no bound;
- after:  the project's hasher (Argon2id m=19 MiB, t=2, p=1) with at most
          PASSWORD_HASH_CONCURRENCY (default 2) hashes at once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
PARALLEL = 8

CHILD = r"""
import json, os, resource, sys, threading, time
sys.path.insert(0, sys.argv[1])
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vielfalt.settings")
os.environ.setdefault("DEBUG", "1")
import django
from django.conf import settings
django.setup()
mode, parallel = sys.argv[2], int(sys.argv[3])
if mode == "before":
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
from django.contrib.auth.hashers import check_password, get_hasher, make_password
from django.contrib.auth.hashers import reset_hashers
reset_hashers(setting="PASSWORD_HASHERS")
encoded = make_password("Lindenplatz-Brunnen-2024")

def rss_kib():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])

baseline = rss_kib()
peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
barrier = threading.Barrier(parallel)
def guess():
    barrier.wait()
    check_password("falsch-falsch-1", encoded)
threads = [threading.Thread(target=guess) for _ in range(parallel)]
start = time.perf_counter()
for t in threads: t.start()
for t in threads: t.join()
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({
    "mode": mode,
    "hasher": get_hasher().__class__.__name__,
    "params": encoded.split("$")[3],
    "concurrency": getattr(settings, "PASSWORD_HASH_CONCURRENCY", None) if mode == "after" else None,
    "baseline_mib": baseline / 1024,
    "peak_mib": peak / 1024,
    "added_mib": (peak - max(baseline, 0)) / 1024,
    "seconds": seconds,
}))
"""


def measure(mode: str) -> dict:
    output = subprocess.run(
        [sys.executable, "-c", CHILD, str(BASE_DIR), mode, str(PARALLEL)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "VAR_DIR": os.environ.get("VAR_DIR", str(BASE_DIR / "var"))},
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    print(f"{PARALLEL} parallel failed logins (password checks) in one process")
    for mode in ("before", "after"):
        result = measure(mode)
        print(
            f"{mode:>6}: {result['hasher']} ({result['params']}"
            + (f", at most {result['concurrency']} at once" if result["concurrency"] else "")
            + f"): peak RSS {result['peak_mib']:.0f} MiB, "
            f"{result['added_mib']:.0f} MiB above the {result['baseline_mib']:.0f} MiB before; "
            f"{result['seconds']:.2f} s for all {PARALLEL}"
        )


if __name__ == "__main__":
    main()
