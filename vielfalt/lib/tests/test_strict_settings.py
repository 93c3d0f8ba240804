"""A mistyped setting stops the start with a message that names the variable."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

BASE_ENV = {key: os.environ[key] for key in ("PATH", "HOME", "LANG", "TMPDIR") if key in os.environ}


def start(tmp_path, *args, **env):
    """Run Python with only the given variables (and DEBUG=1 unless overridden).

    Without arguments it only reads the settings, as every start does first.
    """
    command = list(args) or ["-c", "import vielfalt.settings"]
    return subprocess.run(  # noqa: S603 (fixed arguments, no shell)
        [sys.executable, *command],
        cwd=settings.BASE_DIR,
        env=BASE_ENV | {"DEBUG": "1", "VAR_DIR": str(tmp_path)} | env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def site_setting(tmp_path, name, **env):
    script = f"import vielfalt.settings as s; print(s.{name})"
    result = start(tmp_path, "-c", script, **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("DEBUG", "ture", "DEBUG must be 1 or 0"),
        ("SITE_DEMO", "ja", "SITE_DEMO must be 1 or 0"),
        ("SECURE_PROXY_SSL_HEADER", "enabled", "SECURE_PROXY_SSL_HEADER must be 1 or 0"),
        ("CACHE_URL", "memcached://127.0.0.1:11211", "CACHE_URL must be a Redis address"),
        ("DATABASE_URL", "postgress://vielfalt@db/vielfalt", "DATABASE_URL is not a database"),
        ("DATABASE_URL", "postgres://vielfalt@db:port/vielfalt", "DATABASE_URL is not a database"),
        ("EMAIL_URL", "smtp.example.org:587", "EMAIL_URL must start with"),
        ("EMAIL_URL", "smtp://mail.example.org:25x", "EMAIL_URL has a port that is not a number"),
        ("EMAIL_URL", "smtp://user:pass@:587", "EMAIL_URL names no mail server"),
        ("EMAIL_URL", "smtp://mail.example.org:587?tls=ja", "EMAIL_URL's tls option"),
        ("EMAIL_URL", "smtp://mail.example.org:587?ssl=1", "EMAIL_URL has unknown options"),
        ("CONN_MAX_AGE", "60s", "CONN_MAX_AGE must be a whole number"),
        ("OFFERING_CONFIRM_AFTER_DAYS", "ein Jahr", "OFFERING_CONFIRM_AFTER_DAYS must be a whole"),
        ("OFFERING_STALE_GRACE_DAYS", "-5", "OFFERING_STALE_GRACE_DAYS must be at least 0"),
        ("PORT", "80 80", "PORT must be a whole number"),
        ("TASKS_BACKEND", "databse", "TASKS_BACKEND must be one of immediate, database"),
        ("LOG_LEVEL", "VERBOSE", "LOG_LEVEL must be one of DEBUG"),
    ],
)
def test_a_mistyped_variable_stops_the_start_and_is_named(tmp_path, variable, value, message):
    result = start(tmp_path, **{variable: value})

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def test_a_mistyped_integer_stops_the_production_start_too(tmp_path):
    result = start(
        tmp_path,
        "manage.py",
        "check",
        DEBUG="0",
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="vielfalt.example.org",
        SECURE_HSTS_SECONDS="ein Jahr",
    )

    assert result.returncode != 0
    assert "SECURE_HSTS_SECONDS must be a whole number, not 'ein Jahr'" in result.stderr


@pytest.mark.parametrize("value", ["1", "true", "True", "yes", "on", " ON "])
def test_every_spelling_of_yes_switches_on(tmp_path, value):
    assert site_setting(tmp_path, "SITE_DEMO", SITE_DEMO=value) == "True"


@pytest.mark.parametrize("value", ["0", "false", "no", "off", ""])
def test_every_spelling_of_no_and_an_empty_value_switch_off(tmp_path, value):
    assert site_setting(tmp_path, "SITE_DEMO", SITE_DEMO=value) == "False"


def test_mail_links_follow_the_port_the_demo_is_served_on(tmp_path):
    assert site_setting(tmp_path, "SITE_URL", PORT="8080") == "http://127.0.0.1:8080"
    assert site_setting(tmp_path, "SITE_URL") == "http://127.0.0.1:8000"


def test_an_explicit_site_url_wins_over_the_port(tmp_path):
    url = site_setting(tmp_path, "SITE_URL", PORT="8080", SITE_URL="https://vielfalt.example.org/")

    assert url == "https://vielfalt.example.org"


def test_a_well_formed_mail_address_is_read(tmp_path):
    script = (
        "import vielfalt.settings as s; "
        "print(s.EMAIL_HOST, s.EMAIL_PORT, s.EMAIL_HOST_USER, s.EMAIL_USE_TLS, s.EMAIL_USE_SSL)"
    )
    result = start(
        tmp_path, "-c", script, EMAIL_URL="smtp://post%40stadt:geheim@mail.example.org:587?tls=1"
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "mail.example.org 587 post@stadt True False"


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_demo_passes_its_port_to_the_site_so_mail_links_follow_it(tmp_path):
    # The demo's recipe runs the site with make's environment; this recipe does the same.
    recipe = (
        "site-url: ; @DEBUG=1 VAR_DIR=$(TMP_VAR) $(BIN)/python -c "
        "'import vielfalt.settings as s; print(s.SITE_URL)'"
    )
    result = subprocess.run(  # noqa: S603 (fixed arguments, no shell)
        [
            shutil.which("make"),
            "--no-print-directory",
            f"--eval={recipe}",
            "site-url",
            f"TMP_VAR={tmp_path}",
            f"BIN={Path(sys.executable).parent}",
        ],
        cwd=settings.BASE_DIR,
        env=BASE_ENV | {"PORT": "8080"},  # as in `PORT=8080 make demo`
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "http://127.0.0.1:8080"
