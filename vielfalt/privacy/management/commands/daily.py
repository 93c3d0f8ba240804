"""Every daily job in one run: reminders and retention (cron or a systemd timer)."""

from collections.abc import Callable
from functools import partial
from importlib import import_module
from typing import Any

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

# Jobs that are management commands of their own (still usable alone).
COMMANDS = ["notify_unconfirmed_offerings", "purge_unconfirmed_requests"]


def app_jobs() -> list[tuple[str, Callable[..., Any]]]:
    """``run(stdout)`` of every installed app's ``daily`` module, in INSTALLED_APPS order."""
    jobs = []
    for config in apps.get_app_configs():
        name = f"{config.name}.daily"
        try:
            module = import_module(name)
        except ModuleNotFoundError as error:
            if error.name == name:
                continue
            raise
        jobs.append((name, module.run))
    return jobs


class Command(BaseCommand):
    help = (
        "Run every daily job: reminders, purging expired join requests, the retention "
        "periods and each app's daily.py. Run once a day by cron or a systemd timer."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        jobs: list[tuple[str, Callable[[], Any]]] = [
            (command, partial(call_command, command, stdout=self.stdout)) for command in COMMANDS
        ]
        jobs += [(name, partial(run, self.stdout)) for name, run in app_jobs()]
        failed = []
        for name, job in jobs:
            try:
                job()
            except Exception as error:  # one failing job must not keep the others from running
                failed.append(name)
                self.stderr.write(f"{name}: {error.__class__.__name__}: {error}")
        if failed:
            raise CommandError(
                _("Tägliche Aufgaben fehlgeschlagen: %(jobs)s") % {"jobs": ", ".join(failed)}
            )
