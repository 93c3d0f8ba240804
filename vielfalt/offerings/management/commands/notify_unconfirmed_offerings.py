"""Queue the reminder mails for unconfirmed offerings (run daily by cron or a timer)."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from vielfalt.offerings.tasks import notify_unconfirmed_offerings


class Command(BaseCommand):
    help = "Queue the task that reminds providers to confirm their offerings."

    def handle(self, *args, **options):
        result = notify_unconfirmed_offerings.enqueue()
        self.stdout.write(_("Erinnerungen eingereiht (Aufgabe %(id)s).") % {"id": result.id})
