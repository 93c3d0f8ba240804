"""Builds the wheel and proves that it serves the site on its own.

The wheel must hold the package with its templates, static files, migrations
and compiled catalogues, and nothing of the checkout (tests, bench/, scripts/).
Unpacked into an empty directory, away from the checkout, it migrates, collects
its static files into the working directory's var/ and serves the home page
in German and English with DEBUG=0.

Offline when the virtualenv has setuptools 77 or newer (requirements-dev.lock
pins it); with an older one pip fetches the build backend from the registry.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from importlib.metadata import version
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MUST_HAVE = [
    "vielfalt/settings.py",
    "vielfalt/templates/base.html",
    "vielfalt/static/vielfalt/site.css",
    "vielfalt/locale/en/LC_MESSAGES/django.mo",
    "vielfalt/offerings/migrations/0001_initial.py",
]
MUST_NOT_START = ("bench/", "scripts/", "vielfalt/locale/pending/")

SERVE = """
from django.test import Client
client = Client(HTTP_HOST="vielfalt.example.org", HTTP_X_FORWARDED_PROTO="https")
for path, words in (("/", "Netzwerk"), ("/en/", "network")):
    response = client.get(path)
    text = response.content.decode()
    assert response.status_code == 200, (path, response.status_code, text[:2000])
    assert words in text, (path, text[:2000])
import vielfalt
print("served from", vielfalt.__file__)
"""


def setuptools_is_recent() -> bool:
    try:
        return int(version("setuptools").split(".")[0]) >= 77
    except Exception:  # noqa: BLE001 (not installed)
        return False


def run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, **kwargs)  # noqa: S603
    if result.returncode != 0:
        sys.exit(f"FAILED: {' '.join(command)}\n{result.stdout}\n{result.stderr}")
    return result


def build(out: Path) -> Path:
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out)]
    if setuptools_is_recent():
        command.append("--no-build-isolation")
    else:
        print("note: setuptools < 77 in this virtualenv, so pip fetches the build backend")
    # setuptools builds in build/ beside pyproject.toml; a stale build/lib would
    # pack files that were deleted or moved since, so start and end without it.
    clean()
    try:
        run([*command, str(ROOT)], cwd=out)
    finally:
        clean()
    wheels = list(out.glob("vielfalt-*.whl"))
    if len(wheels) != 1:
        sys.exit(f"FAILED: expected one wheel in {out}, found {wheels}")
    return wheels[0]


def clean() -> None:
    shutil.rmtree(ROOT / "build", ignore_errors=True)
    shutil.rmtree(ROOT / "vielfalt.egg-info", ignore_errors=True)


def check_contents(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    problems = [f"missing: {name}" for name in MUST_HAVE if name not in names]
    problems += [f"must not be packed: {n}" for n in names if n.startswith(MUST_NOT_START)]
    problems += [f"must not be packed: {n}" for n in names if "/tests/" in n]
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    if "License-Expression: GPL-3.0-or-later" not in zipfile.ZipFile(wheel).read(metadata).decode():
        problems.append("METADATA lacks License-Expression: GPL-3.0-or-later")
    if problems:
        sys.exit("FAILED: the wheel's contents\n  " + "\n  ".join(problems))


def serve(wheel: Path, workdir: Path) -> None:
    unpacked = workdir / "site-packages"
    zipfile.ZipFile(wheel).extractall(unpacked)
    env = {key: os.environ[key] for key in ("PATH", "HOME", "LANG") if key in os.environ} | {
        "PYTHONPATH": str(unpacked),
        "DJANGO_SETTINGS_MODULE": "vielfalt.settings",
        "DEBUG": "0",
        "SECRET_KEY": "wheel-check-" + "x" * 50,
        "ALLOWED_HOSTS": "vielfalt.example.org",
        "SECURE_PROXY_SSL_HEADER": "1",
    }
    admin = [sys.executable, "-m", "django"]
    run([*admin, "migrate", "--no-input", "-v0"], cwd=workdir, env=env)
    run([*admin, "createcachetable"], cwd=workdir, env=env)
    run([*admin, "collectstatic", "--no-input", "-v0"], cwd=workdir, env=env)
    result = run(
        [sys.executable, "-c", "import django; django.setup()\n" + SERVE], cwd=workdir, env=env
    )
    if str(unpacked) not in result.stdout:
        sys.exit(f"FAILED: the site was not served from the wheel: {result.stdout}")
    if not (workdir / "var" / "vielfalt.sqlite3").exists():
        sys.exit("FAILED: the installed site did not keep its data in the working directory's var/")
    if (unpacked / "var").exists() or (unpacked / "staticfiles").exists():
        sys.exit("FAILED: the installed site wrote into its own package directory")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="vielfalt-wheel-") as tmp:
        workdir = Path(tmp)
        wheel = build(workdir)
        check_contents(wheel)
        serve(wheel, workdir)
        print(f"{wheel.name}: builds, holds what the site needs, serves / and /en/ with DEBUG=0")


if __name__ == "__main__":
    main()
