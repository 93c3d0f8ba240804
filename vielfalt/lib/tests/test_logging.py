"""With DEBUG=1 the console shows each log record once."""

import os
import subprocess
import sys

from django.conf import settings

BASE_ENV = {key: os.environ[key] for key in ("PATH", "HOME", "LANG", "TMPDIR") if key in os.environ}

SCRIPT = """
import logging
import django
django.setup()
from django.test import Client
Client(HTTP_HOST="localhost").get("/gibt-es-nicht/")
logging.getLogger("vielfalt.offerings").warning("Eine Meldung der Anwendung")
"""
# Without collectstatic a production page cannot be rendered; log as Django would.
PRODUCTION_SCRIPT = """
import logging
import django
django.setup()
logging.getLogger("django.request").warning("Not Found: /gibt-es-nicht/")
logging.getLogger("vielfalt.offerings").warning("Eine Meldung der Anwendung")
"""


def run(tmp_path, script=SCRIPT, **env):
    return subprocess.run(  # noqa: S603 (fixed arguments, no shell)
        [sys.executable, "-c", script],
        cwd=settings.BASE_DIR,
        env=BASE_ENV
        | {"DJANGO_SETTINGS_MODULE": "vielfalt.settings", "VAR_DIR": str(tmp_path)}
        | env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_not_found_page_is_logged_once_with_debug_on(tmp_path):
    result = run(tmp_path, DEBUG="1")

    assert result.returncode == 0, result.stderr
    assert result.stderr.count("Not Found: /gibt-es-nicht/") == 1
    assert result.stderr.count("Eine Meldung der Anwendung") == 1


def test_records_are_logged_once_in_production_too(tmp_path):
    result = run(
        tmp_path,
        PRODUCTION_SCRIPT,
        DEBUG="0",
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="localhost",
        SECURE_SSL_REDIRECT="0",
    )

    assert result.returncode == 0, result.stderr
    assert result.stderr.count("Not Found: /gibt-es-nicht/") == 1
    assert result.stderr.count("Eine Meldung der Anwendung") == 1
