"""Every environment variable the code reads is in the README's configuration tables."""

import re
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
READS = re.compile(
    r"""(?:\benv(?:_bool|_int|_list|_choice)?|os\.environ\.get|os\.getenv|os\.environ)"""
    r"""\s*[(\[]\s*["']([A-Z][A-Z0-9_]+)["']"""
)
SHELL_READS = re.compile(r"\$\{?([A-Z][A-Z0-9_]+)(?::-|\})")
NOT_SETTINGS = {"DJANGO_ALLOW_ASYNC_UNSAFE", "DJANGO_SETTINGS_MODULE", "RANDOM", "HOME", "PATH"}


def variables_read() -> dict[str, str]:
    found = {}
    sources = [p for p in (ROOT / "vielfalt").rglob("*.py") if "/tests/" not in str(p)]
    sources += [
        ROOT / "manage.py",
        *(ROOT / "scripts").glob("*.py"),
        *(ROOT / "bench").glob("*.py"),
    ]
    sources += [ROOT / "vielfalt" / "pages" / "tests" / "conftest.py"]  # CHROMIUM
    for path in sources:
        for name in READS.findall(path.read_text()):
            found.setdefault(name, str(path.relative_to(ROOT)))
    for path in (ROOT / "scripts" / "run-tests", ROOT / ".ci" / "run"):
        for name in SHELL_READS.findall(path.read_text()):
            found.setdefault(name, str(path.relative_to(ROOT)))
    return {name: where for name, where in found.items() if name not in NOT_SETTINGS}


def test_every_variable_the_code_reads_is_documented():
    documented = (ROOT / "README.md").read_text() + (ROOT / "bench" / "README.md").read_text()
    read = variables_read()

    missing = {name: where for name, where in read.items() if f"`{name}`" not in documented}

    assert "DEBUG" in read and "SITE_URL" in read and "CHROMIUM" in read  # the scan finds them
    assert missing == {}
