from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils.translation import gettext as _

from vielfalt.outbox.sending import send_due


class Command(BaseCommand):
    help = (
        "Send every outbox mail that is due (new ones and retries). "
        "Run every few minutes from cron or a systemd timer."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--batch", type=int, default=100, help=_("so viele E-Mails auf einmal"))

    def handle(self, *args: str, batch: int, **options: Any) -> None:
        result = send_due(limit=batch)
        if options["verbosity"] >= 1:
            self.stdout.write(
                _(
                    "E-Mails: %(sent)d verschickt, %(retry)d später erneut versucht, "
                    "%(failed)d endgültig fehlgeschlagen."
                )
                % {"sent": result.sent, "retry": result.retry, "failed": result.failed}
            )
