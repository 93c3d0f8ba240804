"""Backups of the database: pg_dump's custom format on PostgreSQL, SQLite's online backup API.

Restoring is described in the README ("Backup and restore"); the test suite
restores a backup into an empty database and compares it with the original.
"""

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connections
from django.utils import timezone
from django.utils.translation import gettext as _


class BackupError(Exception):
    """The backup could not be written; the message says why."""


def suffix(vendor: str) -> str:
    return ".dump" if vendor == "postgresql" else ".sqlite3"


def target_path(output: str | os.PathLike[str] | None, vendor: str) -> Path:
    """The file to write: ``output`` if it names a file, else a timestamped name in a directory."""
    path = Path(output) if output else Path(settings.BACKUP_DIR)
    if path.is_dir() or not path.suffix:
        stamp = timezone.localtime().strftime("%Y-%m-%d-%H%M%S")
        path = path / f"vielfalt-{stamp}{suffix(vendor)}"
    return path


def postgres_command(
    settings_dict: dict[str, Any], output: Path
) -> tuple[list[str], dict[str, str]]:
    """pg_dump's arguments and environment for a database of the settings (password in the environment)."""
    from django.db.backends.postgresql.client import DatabaseClient

    args, env = DatabaseClient.settings_to_cmd_args_env(
        settings_dict, ["--format=custom", "--no-password", f"--file={output}"]
    )
    args[0] = shutil.which("pg_dump") or "pg_dump"
    return args, {**os.environ, **(env or {})}


def backup(output: str | os.PathLike[str] | None = None, using: str = "default") -> Path:
    """Write a consistent backup of database ``using``; returns the file written.

    The file appears only when complete (written under a temporary name, then
    renamed) and is readable by its owner alone: it holds personal data.
    """
    connection = connections[using]
    path = target_path(output, connection.vendor)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    old_umask = os.umask(0o077)
    try:
        if connection.vendor == "postgresql":
            args, env = postgres_command(connection.settings_dict, partial)
            try:
                result = subprocess.run(  # noqa: S603 (arguments from the settings, no shell)
                    args, env=env, capture_output=True, text=True, check=False
                )
            except FileNotFoundError as error:
                raise BackupError(
                    _("pg_dump ist nicht installiert (Paket postgresql-client).")
                ) from error
            if result.returncode != 0:
                raise BackupError(
                    _("pg_dump ist fehlgeschlagen: %(error)s") % {"error": result.stderr.strip()}
                )
        elif connection.vendor == "sqlite":
            connection.ensure_connection()
            target = sqlite3.connect(partial)
            try:
                with target:
                    connection.connection.backup(target)
            finally:
                target.close()
        else:
            raise BackupError(
                _("Für die Datenbank %(engine)s gibt es keine Sicherung.")
                % {"engine": connection.vendor}
            )
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        os.umask(old_umask)
    return path
