"""Import offerings from an Open Referral HSDS 3.0 JSON file."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from vielfalt.exchange import files
from vielfalt.exchange.parse import parse_file


class Command(BaseCommand):
    help = "Import services and organizations from an HSDS 3.0 JSON file (idempotent by HSDS id)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="an HSDS JSON file: a service, organization, list or page")
        parser.add_argument(
            "--dry-run", action="store_true", help="show what would change, store nothing"
        )

    def handle(self, *args: str, **options: Any) -> None:
        path = Path(options["file"])
        try:
            files.check_size(path.stat().st_size)  # before anything is read
            data = path.read_bytes()
        except files.FileProblem as problem:
            raise CommandError(_("Nichts importiert:") + "\n" + str(problem)) from problem
        except OSError as error:
            raise CommandError(
                _("Die Datei {path} lässt sich nicht lesen: {error}").format(path=path, error=error)
            ) from error
        parsed = parse_file(files.JSON, data)
        report = None if parsed.problems else parsed.run(dry_run=options["dry_run"])
        problems = parsed.problems + (report.problems if report else [])
        if problems:
            lines = [f"{p.row} · {p.column}: {p.message}" for p in problems]
            raise CommandError(_("Nichts importiert:") + "\n" + "\n".join(lines))
        assert report is not None  # no problems in the file: the import ran
        for outcome in report.outcomes:
            changes = f" ({', '.join(outcome.changes)})" if outcome.changes else ""
            self.stdout.write(f"{outcome.action_label}: {outcome.name}{changes}")
        for note in report.notes:
            self.stdout.write(_("Hinweis: {note}").format(note=note))
        for path, count in report.unkept:
            self.stdout.write(
                _("Nicht übernommen: {field} ({count} Einträge)").format(field=path, count=count)
            )
        prefix = _("Probelauf, nichts gespeichert: ") if options["dry_run"] else ""
        self.stdout.write(self.style.SUCCESS(prefix + report.summary()))
