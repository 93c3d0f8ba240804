from django.core.management.base import BaseCommand

from vielfalt.process.models import InterestRequest


class Command(BaseCommand):
    help = "Delete join requests whose confirmation link has expired (run daily)."

    def handle(self, *args, **options):
        deleted, _ = InterestRequest.objects.stale_unconfirmed().delete()
        self.stdout.write(f"{deleted} object(s) deleted.")
