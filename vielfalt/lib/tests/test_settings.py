"""The production settings: what an operator gets with only the required variables."""

import os
import secrets
import subprocess
import sys

import pytest
from django.conf import settings

# Only what a process needs to run at all; no settings variables.
BASE_ENV = {key: os.environ[key] for key in ("PATH", "HOME", "LANG", "TMPDIR") if key in os.environ}


def manage(*args, **env):
    return subprocess.run(  # noqa: S603 (fixed arguments, no shell)
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=BASE_ENV | env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_deploy_check_passes_with_only_the_required_variables():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(45),  # 60 characters
        ALLOWED_HOSTS="vielfalt.example.org",
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in result.stdout + result.stderr
    assert "?: (security." not in result.stdout + result.stderr


def test_it_refuses_to_start_without_a_secret_key_in_production():
    result = manage("check", DEBUG="0", ALLOWED_HOSTS="vielfalt.example.org")

    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="the suite runs on PostgreSQL; the default database is SQLite",
)
@pytest.mark.parametrize("database_url", [None, ""], ids=["unset", "empty"])
def test_the_default_database_is_sqlite_in_wal_mode(tmp_path, database_url):
    script = (
        "from django.db import connection\n"
        "with connection.cursor() as cursor:\n"
        "    cursor.execute('PRAGMA journal_mode')\n"
        "    print(connection.vendor, cursor.fetchone()[0])\n"
    )

    env = {"DEBUG": "1", "VAR_DIR": str(tmp_path)}
    if database_url is not None:
        env["DATABASE_URL"] = database_url

    result = manage("shell", "-c", script, **env)

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "sqlite wal"
    assert (tmp_path / "vielfalt.sqlite3").exists()
