"""The two locks: what runs the site, and what develops and tests it on top."""

import re
import tomllib
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
TOOLS = {
    "playwright",
    "axe-playwright-python",
    "pytest",
    "pytest-django",
    "hypothesis",
    "ruff",
    "mypy",
}


def name(requirement: str) -> str:
    return re.split(r"[\[<>=~! ;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def pins(path: Path) -> dict[str, str]:
    lines = [line.strip() for line in path.read_text().splitlines()]
    return {
        name(line): line.split("==", 1)[1]
        for line in lines
        if line and not line.startswith(("#", "-r"))
    }


def test_every_line_of_both_locks_is_an_exact_pin():
    for path in (ROOT / "requirements.lock", ROOT / "requirements-dev.lock"):
        for line in path.read_text().splitlines():
            if line.strip() and not line.startswith(("#", "-r")):
                assert re.fullmatch(r"[A-Za-z0-9_.\-]+==[0-9][A-Za-z0-9.]*", line), line


def test_a_production_install_carries_no_browser_automation_or_test_tools():
    site = pins(ROOT / "requirements.lock")

    assert TOOLS.isdisjoint(site)
    assert {"django", "gunicorn", "psycopg-binary", "django-csp", "fido2", "qrcode"} <= set(site)


def test_the_dev_lock_adds_the_tools_on_top_of_the_site_lock():
    dev_lines = (ROOT / "requirements-dev.lock").read_text().splitlines()
    site, dev = pins(ROOT / "requirements.lock"), pins(ROOT / "requirements-dev.lock")

    assert "-r requirements.lock" in dev_lines
    assert set(site).isdisjoint(dev)
    assert set(dev) >= TOOLS


def test_pyproject_declares_what_the_locks_pin():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    site, dev = pins(ROOT / "requirements.lock"), pins(ROOT / "requirements-dev.lock")

    assert {name(r) for r in project["dependencies"]} <= set(site)
    assert {name(r) for r in project["optional-dependencies"]["dev"]} <= set(dev)
    assert project["license"] == "GPL-3.0-or-later"
