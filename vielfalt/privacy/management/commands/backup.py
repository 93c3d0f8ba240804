"""Write a backup of the database (see the README for restoring it)."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from vielfalt.privacy.backup import BackupError, backup


class Command(BaseCommand):
    help = (
        "Back up the database: pg_dump in custom format on PostgreSQL, the online backup "
        "API on SQLite. Writes a timestamped file into BACKUP_DIR (var/backups/) or the "
        "given directory, or to the given file name."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("output", nargs="?", help="directory or file (default: BACKUP_DIR)")
        parser.add_argument("--database", default="default", help="database alias")

    def handle(
        self, *args: Any, output: str | None = None, database: str = "default", **options: Any
    ) -> None:
        try:
            path = backup(output, using=database)
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(path))
