"""A backup restores into an empty database with the same rows and a working login.

SQLite always (when the suite runs on SQLite); PostgreSQL when the suite runs
on it and pg_dump/pg_restore exist, into a scratch database named after the
test database. The restore is done the way the README describes it.
"""

import os
import shutil
import sqlite3
import subprocess
from contextlib import closing
from io import StringIO

import pytest
from django.apps import apps
from django.contrib.auth.hashers import check_password
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import timezone

from vielfalt.conftest import PASSWORD
from vielfalt.process.models import InterestRequest

pytestmark = pytest.mark.django_db(transaction=True)

on_sqlite = pytest.mark.skipif(connection.vendor != "sqlite", reason="the suite runs on PostgreSQL")
on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql"
    or not (shutil.which("pg_dump") and shutil.which("pg_restore")),
    reason="needs PostgreSQL with pg_dump and pg_restore",
)


def tables():
    """Every table of the project's and the libraries' models, with Django's row count."""
    return {
        model._meta.db_table: model._default_manager.count()
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy
    }


@pytest.fixture
def data(coordinator, moderator, member):
    InterestRequest.objects.create(
        name="Anna", email="anna@example.org", consent_given_at=timezone.now(), consent_text="Ja."
    )
    counts = tables()
    assert counts["accounts_user"] == 3
    return counts


def run_backup(output):
    out = StringIO()
    call_command("backup", str(output), stdout=out)
    return out.getvalue().strip()


def assert_restored(expected, query):
    """``query(sql)`` runs on the restored database and returns all rows."""
    sql = 'SELECT COUNT(*) FROM "%s"'  # table names from the models, not from input
    found = {table: query(sql % table)[0][0] for table in expected}
    assert found == expected
    [(encoded, active)] = query(
        "SELECT password, is_active FROM accounts_user WHERE email = 'max@example.org'"
    )
    assert active
    assert check_password(PASSWORD, encoded)  # the member can log in with their password
    assert not check_password("falsch", encoded)


@on_sqlite
def test_a_sqlite_backup_restores_with_the_same_rows_and_login(data, tmp_path):
    written = run_backup(tmp_path)

    assert written.endswith(".sqlite3")
    # Restore as the README says: copy the file into place (with the site stopped).
    restored = tmp_path / "restored.sqlite3"
    shutil.copy(written, restored)
    with closing(sqlite3.connect(restored)) as db:
        assert_restored(data, lambda sql: db.execute(sql).fetchall())


@on_postgres
def test_a_postgres_backup_restores_into_an_empty_database(data, tmp_path):
    import psycopg
    from django.db.backends.postgresql.client import DatabaseClient

    written = run_backup(tmp_path)
    assert written.endswith(".dump")
    scratch = f"{connection.settings_dict['NAME']}_restore"
    with connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{scratch}"')
        cursor.execute(f'CREATE DATABASE "{scratch}"')
    try:
        settings = {**connection.settings_dict, "NAME": scratch}
        # As in the README: pg_restore --no-owner --exit-on-error -d DATABASE FILE
        args, env = DatabaseClient.settings_to_cmd_args_env(
            settings, ["--no-owner", "--exit-on-error", "--no-password", "-d"]
        )
        args[0] = "pg_restore"
        command = [*args, written]
        result = subprocess.run(command, env={**os.environ, **(env or {})}, capture_output=True)  # noqa: S603
        assert result.returncode == 0, result.stderr.decode()
        params = connection.get_connection_params()
        params["dbname"] = scratch
        params.pop("cursor_factory", None)
        params.pop("context", None)
        with psycopg.connect(**params) as db:
            assert_restored(data, lambda sql: db.execute(sql).fetchall())
    finally:
        with connection._nodb_cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{scratch}"')


def test_the_backup_file_is_for_its_owner_only(data, tmp_path):
    written = run_backup(tmp_path / "b")

    assert oct(os.stat(written).st_mode & 0o777) == "0o600"


def test_a_given_file_name_is_used_as_it_is(data, tmp_path):
    name = tmp_path / ("nightly.dump" if connection.vendor == "postgresql" else "nightly.sqlite3")

    assert run_backup(name) == str(name)
    assert name.exists()
    assert not list(tmp_path.glob("*.partial"))


def test_an_unwritable_place_gives_a_clear_error(data, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")

    with pytest.raises(CommandError):
        call_command("backup", str(blocker / "sub" / "x.sqlite3"), stdout=StringIO())
